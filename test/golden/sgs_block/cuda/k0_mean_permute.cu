// k0_mean_permute: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_mean_permute: 1 launch(es)
// launch 0: reads 1024 B, writes 16 B; fuses:
//   %9 mean  @ nn/sgs.ts:186:27
//   %10 permute  @ nn/sgs.ts:186:17
//   %11 mean  @ nn/sgs.ts:279:15
// stores %11 mean: read by 2 kernels (of %16 matmul, %21 sub): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k0_mean_permute_params (by value, 40 bytes).

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
struct k0_mean_permute_params {
  int total;
  int out_d2;
  int mean0_n;
  int mean2_n;
  int mean2_rs0;
  int mean2_rd1;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
};

extern "C" __global__ void __launch_bounds__(64) k0_mean_permute(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k0_mean_permute_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i2 = gid % p.out_d2;
  float acc = 0.0f;
  for (int r = 0; r < p.mean0_n; ++r) {
    float acc_1 = 0.0f;
    for (int r_1 = 0; r_1 < p.mean2_n; ++r_1) {
      const int ri0 = r_1 / p.mean2_rs0;
      const int ri1 = r_1 % p.mean2_rd1;
      acc_1 = acc_1 + in0[i32_add(i32_add(i32_add(i32_mul(out_i2, p.in0_s1), i32_mul(r, p.in0_s2)), i32_mul(ri0, p.in0_s3)), i32_mul(ri1, p.in0_s4))];
    }
    const float mean2 = acc_1 / (float)p.mean2_n;
    acc = acc + mean2;
  }
  const float mean0 = acc / (float)p.mean0_n;
  out[gid] = mean0;
}
