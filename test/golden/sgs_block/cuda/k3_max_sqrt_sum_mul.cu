// k3_max_sqrt_sum_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_max_sqrt_sum_mul: 1 launch(es)
// launch 3: reads 96 B, writes 4 B; fuses:
//   %28 reshape  @ nn/norm.ts:96:40
//   %29 add  @ nn/norm.ts:118:21
//   %31 sub  @ nn/sgs.ts:183:45
//   %33 add  @ nn/sgs.ts:183:39
//   %34 mul  @ nn/sgs.ts:184:52
//   %35 sum  @ nn/sgs.ts:184:46
//   %36 sqrt  @ nn/sgs.ts:184:39
//   %37 max  @ nn/sgs.ts:187:44
// stores %37 max: kept apart so that the kernel of %38 div fits the storage-buffer limit, or cheaper to store than to recompute
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k3_max_sqrt_sum_mul_params (by value, 20 bytes).

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
struct k3_max_sqrt_sum_mul_params {
  int total;
  int in0_s1;
  int in1_s1;
  int in1_s2;
  int in2_s0;
};

extern "C" __global__ void __launch_bounds__(64) k3_max_sqrt_sum_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k3_max_sqrt_sum_mul_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  float acc = -__int_as_float(0x7f800000);
  float acc_1 = 0.0f;
  const float reshape7 = in2[0];
  const float add6 = in1[0] + reshape7;
  const float sub5 = in0[0] - add6;
  const float add4 = sub5 + 0.000001f;
  const float mul3 = add4 * add4;
  acc_1 = acc_1 + mul3;
  const float reshape7_1 = in2[p.in2_s0];
  const float add6_1 = in1[p.in1_s1] + reshape7_1;
  const float sub5_1 = in0[p.in0_s1] - add6_1;
  const float add4_1 = sub5_1 + 0.000001f;
  const float mul3_1 = add4_1 * add4_1;
  acc_1 = acc_1 + mul3_1;
  const float reshape7_2 = in2[i32_mul(2, p.in2_s0)];
  const float add6_2 = in1[i32_mul(2, p.in1_s1)] + reshape7_2;
  const float sub5_2 = in0[i32_mul(2, p.in0_s1)] - add6_2;
  const float add4_2 = sub5_2 + 0.000001f;
  const float mul3_2 = add4_2 * add4_2;
  acc_1 = acc_1 + mul3_2;
  const float reshape7_3 = in2[i32_mul(3, p.in2_s0)];
  const float add6_3 = in1[i32_mul(3, p.in1_s1)] + reshape7_3;
  const float sub5_3 = in0[i32_mul(3, p.in0_s1)] - add6_3;
  const float add4_3 = sub5_3 + 0.000001f;
  const float mul3_3 = add4_3 * add4_3;
  acc_1 = acc_1 + mul3_3;
  const float sqrt1 = sqrtf(acc_1);
  acc = f32_max_nan(acc, sqrt1);
  float acc_2 = 0.0f;
  const float add6_4 = in1[p.in1_s2] + reshape7;
  const float sub5_4 = in0[0] - add6_4;
  const float add4_4 = sub5_4 + 0.000001f;
  const float mul3_4 = add4_4 * add4_4;
  acc_2 = acc_2 + mul3_4;
  const float add6_5 = in1[i32_add(p.in1_s1, p.in1_s2)] + reshape7_1;
  const float sub5_5 = in0[p.in0_s1] - add6_5;
  const float add4_5 = sub5_5 + 0.000001f;
  const float mul3_5 = add4_5 * add4_5;
  acc_2 = acc_2 + mul3_5;
  const float add6_6 = in1[i32_add(i32_mul(2, p.in1_s1), p.in1_s2)] + reshape7_2;
  const float sub5_6 = in0[i32_mul(2, p.in0_s1)] - add6_6;
  const float add4_6 = sub5_6 + 0.000001f;
  const float mul3_6 = add4_6 * add4_6;
  acc_2 = acc_2 + mul3_6;
  const float add6_7 = in1[i32_add(i32_mul(3, p.in1_s1), p.in1_s2)] + reshape7_3;
  const float sub5_7 = in0[i32_mul(3, p.in0_s1)] - add6_7;
  const float add4_7 = sub5_7 + 0.000001f;
  const float mul3_7 = add4_7 * add4_7;
  acc_2 = acc_2 + mul3_7;
  const float sqrt1_1 = sqrtf(acc_2);
  acc = f32_max_nan(acc, sqrt1_1);
  float acc_3 = 0.0f;
  const float add6_8 = in1[i32_mul(2, p.in1_s2)] + reshape7;
  const float sub5_8 = in0[0] - add6_8;
  const float add4_8 = sub5_8 + 0.000001f;
  const float mul3_8 = add4_8 * add4_8;
  acc_3 = acc_3 + mul3_8;
  const float add6_9 = in1[i32_add(p.in1_s1, i32_mul(2, p.in1_s2))] + reshape7_1;
  const float sub5_9 = in0[p.in0_s1] - add6_9;
  const float add4_9 = sub5_9 + 0.000001f;
  const float mul3_9 = add4_9 * add4_9;
  acc_3 = acc_3 + mul3_9;
  const float add6_10 = in1[i32_add(i32_mul(2, p.in1_s1), i32_mul(2, p.in1_s2))] + reshape7_2;
  const float sub5_10 = in0[i32_mul(2, p.in0_s1)] - add6_10;
  const float add4_10 = sub5_10 + 0.000001f;
  const float mul3_10 = add4_10 * add4_10;
  acc_3 = acc_3 + mul3_10;
  const float add6_11 = in1[i32_add(i32_mul(3, p.in1_s1), i32_mul(2, p.in1_s2))] + reshape7_3;
  const float sub5_11 = in0[i32_mul(3, p.in0_s1)] - add6_11;
  const float add4_11 = sub5_11 + 0.000001f;
  const float mul3_11 = add4_11 * add4_11;
  acc_3 = acc_3 + mul3_11;
  const float sqrt1_2 = sqrtf(acc_3);
  acc = f32_max_nan(acc, sqrt1_2);
  float acc_4 = 0.0f;
  const float add6_12 = in1[i32_mul(3, p.in1_s2)] + reshape7;
  const float sub5_12 = in0[0] - add6_12;
  const float add4_12 = sub5_12 + 0.000001f;
  const float mul3_12 = add4_12 * add4_12;
  acc_4 = acc_4 + mul3_12;
  const float add6_13 = in1[i32_add(p.in1_s1, i32_mul(3, p.in1_s2))] + reshape7_1;
  const float sub5_13 = in0[p.in0_s1] - add6_13;
  const float add4_13 = sub5_13 + 0.000001f;
  const float mul3_13 = add4_13 * add4_13;
  acc_4 = acc_4 + mul3_13;
  const float add6_14 = in1[i32_add(i32_mul(2, p.in1_s1), i32_mul(3, p.in1_s2))] + reshape7_2;
  const float sub5_14 = in0[i32_mul(2, p.in0_s1)] - add6_14;
  const float add4_14 = sub5_14 + 0.000001f;
  const float mul3_14 = add4_14 * add4_14;
  acc_4 = acc_4 + mul3_14;
  const float add6_15 = in1[i32_add(i32_mul(3, p.in1_s1), i32_mul(3, p.in1_s2))] + reshape7_3;
  const float sub5_15 = in0[i32_mul(3, p.in0_s1)] - add6_15;
  const float add4_15 = sub5_15 + 0.000001f;
  const float mul3_15 = add4_15 * add4_15;
  acc_4 = acc_4 + mul3_15;
  const float sqrt1_3 = sqrtf(acc_4);
  acc = f32_max_nan(acc, sqrt1_3);
  out[gid] = acc;
}
