// k1_mean_permute: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_mean_permute: 1 launch(es)
// launch 1: reads 64 B, writes 16 B; fuses:
//   %10 permute  @ nn/sgs.ts:191:17
//   %11 mean  @ nn/sgs.ts:279:15
// stores %11 mean: read by 2 kernels (of %14 matmul, %16 matmul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k1_mean_permute_params (by value, 16 bytes).

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
struct k1_mean_permute_params {
  int total;
  int out_d2;
  int in0_s1;
  int in0_s2;
};

extern "C" __global__ void __launch_bounds__(64) k1_mean_permute(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k1_mean_permute_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i2 = gid % p.out_d2;
  float acc = 0.0f;
  const float permute1 = in0[i32_mul(out_i2, p.in0_s1)];
  acc = acc + permute1;
  const float permute1_1 = in0[i32_add(i32_mul(out_i2, p.in0_s1), p.in0_s2)];
  acc = acc + permute1_1;
  const float permute1_2 = in0[i32_add(i32_mul(out_i2, p.in0_s1), i32_mul(2, p.in0_s2))];
  acc = acc + permute1_2;
  const float permute1_3 = in0[i32_add(i32_mul(out_i2, p.in0_s1), i32_mul(3, p.in0_s2))];
  acc = acc + permute1_3;
  const float mean0 = acc / 4.0f;
  out[gid] = mean0;
}
