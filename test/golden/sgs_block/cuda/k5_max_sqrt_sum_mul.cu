// k5_max_sqrt_sum_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k5_max_sqrt_sum_mul: 1 launch(es)
// launch 5: reads 64 B, writes 4 B; fuses:
//   %33 add  @ nn/sgs.ts:217:11
//   %34 mul  @ nn/sgs.ts:219:52
//   %35 sum  @ nn/sgs.ts:219:46
//   %36 sqrt  @ nn/sgs.ts:219:39
//   %37 max  @ nn/sgs.ts:222:44
// stores %37 max: read by 2 kernels (of %50 sum, %61 matmul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k5_max_sqrt_sum_mul_params (by value, 20 bytes).

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
#ifndef TEMPOFUSE_CUDA_F32_MAX_NAN
#define TEMPOFUSE_CUDA_F32_MAX_NAN
// max that propagates NaN (fmaxf returns the other operand when one is NaN).
static __device__ __forceinline__ float f32_max_nan(float a, float b) {
  return (isnan(a) || isnan(b)) ? __int_as_float(0x7fc00000) : fmaxf(a, b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k5_max_sqrt_sum_mul_params {
  int total;
  int max0_n;
  int sum2_n;
  int in0_s1;
  int in0_s2;
};

extern "C" __global__ void __launch_bounds__(64) k5_max_sqrt_sum_mul(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k5_max_sqrt_sum_mul_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  float acc = -__int_as_float(0x7f800000);
  for (int r = 0; r < p.max0_n; ++r) {
    float acc_1 = 0.0f;
    for (int r_1 = 0; r_1 < p.sum2_n; ++r_1) {
      const float add4 = in0[i32_add(i32_mul(r, p.in0_s1), i32_mul(r_1, p.in0_s2))] + 0.000001f;
      const float mul3 = add4 * add4;
      acc_1 = acc_1 + mul3;
    }
    const float sqrt1 = sqrtf(acc_1);
    acc = f32_max_nan(acc, sqrt1);
  }
  out[gid] = acc;
}
