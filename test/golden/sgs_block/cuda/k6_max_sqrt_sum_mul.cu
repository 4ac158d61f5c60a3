// k6_max_sqrt_sum_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k6_max_sqrt_sum_mul: 1 launch(es)
// launch 6: reads 64 B, writes 4 B; fuses:
//   %33 add  @ nn/sgs.ts:222:11
//   %34 mul  @ nn/sgs.ts:224:52
//   %35 sum  @ nn/sgs.ts:224:46
//   %36 sqrt  @ nn/sgs.ts:224:39
//   %37 max  @ nn/sgs.ts:227:44
// stores %37 max: read by 2 kernels (of %50 sum, %61 matmul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k6_max_sqrt_sum_mul_params (by value, 12 bytes).

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
struct k6_max_sqrt_sum_mul_params {
  int total;
  int in0_s1;
  int in0_s2;
};

extern "C" __global__ void __launch_bounds__(64) k6_max_sqrt_sum_mul(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k6_max_sqrt_sum_mul_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  float acc = -__int_as_float(0x7f800000);
  float acc_1 = 0.0f;
  const float add4 = in0[0] + 0.000001f;
  const float mul3 = add4 * add4;
  acc_1 = acc_1 + mul3;
  const float add4_1 = in0[p.in0_s2] + 0.000001f;
  const float mul3_1 = add4_1 * add4_1;
  acc_1 = acc_1 + mul3_1;
  const float add4_2 = in0[i32_mul(2, p.in0_s2)] + 0.000001f;
  const float mul3_2 = add4_2 * add4_2;
  acc_1 = acc_1 + mul3_2;
  const float add4_3 = in0[i32_mul(3, p.in0_s2)] + 0.000001f;
  const float mul3_3 = add4_3 * add4_3;
  acc_1 = acc_1 + mul3_3;
  const float sqrt1 = sqrtf(acc_1);
  acc = f32_max_nan(acc, sqrt1);
  float acc_2 = 0.0f;
  const float add4_4 = in0[p.in0_s1] + 0.000001f;
  const float mul3_4 = add4_4 * add4_4;
  acc_2 = acc_2 + mul3_4;
  const float add4_5 = in0[i32_add(p.in0_s1, p.in0_s2)] + 0.000001f;
  const float mul3_5 = add4_5 * add4_5;
  acc_2 = acc_2 + mul3_5;
  const float add4_6 = in0[i32_add(p.in0_s1, i32_mul(2, p.in0_s2))] + 0.000001f;
  const float mul3_6 = add4_6 * add4_6;
  acc_2 = acc_2 + mul3_6;
  const float add4_7 = in0[i32_add(p.in0_s1, i32_mul(3, p.in0_s2))] + 0.000001f;
  const float mul3_7 = add4_7 * add4_7;
  acc_2 = acc_2 + mul3_7;
  const float sqrt1_1 = sqrtf(acc_2);
  acc = f32_max_nan(acc, sqrt1_1);
  float acc_3 = 0.0f;
  const float add4_8 = in0[i32_mul(2, p.in0_s1)] + 0.000001f;
  const float mul3_8 = add4_8 * add4_8;
  acc_3 = acc_3 + mul3_8;
  const float add4_9 = in0[i32_add(i32_mul(2, p.in0_s1), p.in0_s2)] + 0.000001f;
  const float mul3_9 = add4_9 * add4_9;
  acc_3 = acc_3 + mul3_9;
  const float add4_10 = in0[i32_add(i32_mul(2, p.in0_s1), i32_mul(2, p.in0_s2))] + 0.000001f;
  const float mul3_10 = add4_10 * add4_10;
  acc_3 = acc_3 + mul3_10;
  const float add4_11 = in0[i32_add(i32_mul(2, p.in0_s1), i32_mul(3, p.in0_s2))] + 0.000001f;
  const float mul3_11 = add4_11 * add4_11;
  acc_3 = acc_3 + mul3_11;
  const float sqrt1_2 = sqrtf(acc_3);
  acc = f32_max_nan(acc, sqrt1_2);
  float acc_4 = 0.0f;
  const float add4_12 = in0[i32_mul(3, p.in0_s1)] + 0.000001f;
  const float mul3_12 = add4_12 * add4_12;
  acc_4 = acc_4 + mul3_12;
  const float add4_13 = in0[i32_add(i32_mul(3, p.in0_s1), p.in0_s2)] + 0.000001f;
  const float mul3_13 = add4_13 * add4_13;
  acc_4 = acc_4 + mul3_13;
  const float add4_14 = in0[i32_add(i32_mul(3, p.in0_s1), i32_mul(2, p.in0_s2))] + 0.000001f;
  const float mul3_14 = add4_14 * add4_14;
  acc_4 = acc_4 + mul3_14;
  const float add4_15 = in0[i32_add(i32_mul(3, p.in0_s1), i32_mul(3, p.in0_s2))] + 0.000001f;
  const float mul3_15 = add4_15 * add4_15;
  acc_4 = acc_4 + mul3_15;
  const float sqrt1_3 = sqrtf(acc_4);
  acc = f32_max_nan(acc, sqrt1_3);
  out[gid] = acc;
}
