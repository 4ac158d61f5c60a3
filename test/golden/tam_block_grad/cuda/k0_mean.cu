// k0_mean: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_mean: 1 launch(es)
// launch 0: reads 2048 B, writes 128 B; fuses:
//   %1 mean  @ nn/tam.ts:142:79
// stores %1 mean: read by 4 kernels (of %7 matmul, %33 conv, %115 permute, %136 permute): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k0_mean_params (by value, 40 bytes).

#ifndef TEMPOFUSE_CUDA_I32_ADD
#define TEMPOFUSE_CUDA_I32_ADD
// i32 + i32 wrapping modulo 2^32: signed overflow is undefined in C++, unsigned arithmetic is not.
static __device__ __forceinline__ int i32_add(int a, int b) {
  return (int)((unsigned int)a + (unsigned int)b);
}
#endif
#ifndef TEMPOFUSE_CUDA_I32_MUL
#define TEMPOFUSE_CUDA_I32_MUL
// i32 * i32 wrapping modulo 2^32 (the low 32 bits of the product).
static __device__ __forceinline__ int i32_mul(int a, int b) {
  return (int)((unsigned int)a * (unsigned int)b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k0_mean_params {
  int total;
  int out_s0;
  int out_d1;
  int mean0_n;
  int mean0_rs0;
  int mean0_rd1;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int in0_s3;
};

extern "C" __global__ void __launch_bounds__(64) k0_mean(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k0_mean_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid % p.out_d1;
  float acc = 0.0f;
  for (int r = 0; r < p.mean0_n; ++r) {
    const int ri0 = r / p.mean0_rs0;
    const int ri1 = r % p.mean0_rd1;
    acc = acc + in0[i32_add(i32_add(i32_add(i32_mul(out_i0, p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(ri0, p.in0_s2)), i32_mul(ri1, p.in0_s3))];
  }
  const float mean0 = acc / (float)p.mean0_n;
  out[gid] = mean0;
}
