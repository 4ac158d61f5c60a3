// k1_sum_concat_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_sum_concat_reshape_mul: 1 launch(es)
// launch 1: reads 1904 B, writes 896 B; fuses:
//   %7 reshape  @ nn/norm.ts:101:40
//   %8 reshape  @ nn/norm.ts:101:40
//   %10 add  @ nn/norm.ts:120:25
//   %11 rsqrt  @ nn/norm.ts:120:17
//   %12 reshape  @ nn/norm.ts:101:40
//   %13 mul  @ nn/norm.ts:121:27
//   %14 sub  @ nn/norm.ts:122:19
//   %15 mul  @ nn/norm.ts:122:13
//   %16 reshape  @ nn/norm.ts:101:40
//   %17 add  @ nn/norm.ts:123:21
//   %18 relu  @ nn/mtconv-paper.ts:87:16
//   %19 slice  @ nn/softpool.ts:54:29
//   %20 reshape  @ nn/softpool.ts:54:19
//   %21 slice  @ nn/softpool.ts:54:29
//   %22 reshape  @ nn/softpool.ts:54:19
//   %23 slice  @ nn/softpool.ts:54:29
//   %24 reshape  @ nn/softpool.ts:54:19
//   %25 slice  @ nn/softpool.ts:54:29
//   %26 reshape  @ nn/softpool.ts:54:19
//   %27 concat  @ nn/softpool.ts:57:35
//   %28 max  @ nn/softpool.ts:58:15
//   %29 sub  @ nn/softpool.ts:59:21
//   %30 exp [register table along axis 3]  @ nn/softpool.ts:59:15
//   %31 mul [register table along axis 3]  @ nn/softpool.ts:63:44
//   %32 reshape  @ nn/softpool.ts:63:34
//   %33 reshape  @ nn/softpool.ts:63:76
//   %34 concat  @ nn/softpool.ts:63:24
//   %35 sum  @ nn/softpool.ts:63:18
// stores %35 sum: read by 2 kernels (of %51 sum, %85 add): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k1_sum_concat_reshape_mul_params (by value, 176 bytes).

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
struct k1_sum_concat_reshape_mul_params {
  int total;
  int line_s1;
  int line_d1;
  int line_s2;
  int line_d2;
  int line_s4;
  int line_d4;
  int line_d5;
  int out_s1;
  int out_s2;
  int out_s3;
  int out_s4;
  int out_s5;
  int out_d3;
  int concat1_end0;
  int mul3_tabn;
  int exp4_tabn;
  int concat6_end0;
  int slice8_start3;
  int slice8_step3;
  int slice8_start4;
  int slice8_step4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s0;
  int in2_s0;
  int in3_s0;
  int in4_s0;
  int concat6_end1;
  int slice21_start3;
  int slice21_step3;
  int slice21_start4;
  int slice21_step4;
  int concat6_end2;
  int slice23_start3;
  int slice23_step3;
  int slice23_start4;
  int slice23_step4;
  int slice25_start3;
  int slice25_step3;
  int slice25_start4;
  int slice25_step4;
};

extern "C" __global__ void __launch_bounds__(64) k1_sum_concat_reshape_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k1_sum_concat_reshape_mul_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i1 = gid / p.line_s1 % p.line_d1;
  const int line_i2 = gid / p.line_s2 % p.line_d2;
  const int line_i4 = gid / p.line_s4 % p.line_d4;
  const int line_i5 = gid % p.line_d5;
  for (int pos = 0; pos < p.out_d3; ++pos) {
    float acc = 0.0f;
    float part = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab[4] = {};
      float exp4_tab[4] = {};
      float acc_1 = -__int_as_float(0x7f800000);
      float part_2 = 0.0f;
      if (0 < p.concat6_end0) {
        const float reshape13_4 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_4;
        const float reshape17_4 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_4 = reshape17_4 + 0.00001f;
        const float rsqrt15_4 = rsqrtf(add16_4);
        const float reshape18_4 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_4 = rsqrt15_4 * reshape18_4;
        const float mul11_4 = sub12_4 * mul14_4;
        const float reshape19_4 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_4 = mul11_4 + reshape19_4;
        const float relu9_4 = add10_4 < 0.0f ? 0.0f : add10_4;
        part_2 = relu9_4;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape13_5 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_5 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_5;
          const float reshape17_5 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_5 = reshape17_5 + 0.00001f;
          const float rsqrt15_5 = rsqrtf(add16_5);
          const float reshape18_5 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_5 = rsqrt15_5 * reshape18_5;
          const float mul11_5 = sub12_5 * mul14_5;
          const float reshape19_5 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_5 = mul11_5 + reshape19_5;
          const float relu9_5 = add10_5 < 0.0f ? 0.0f : add10_5;
          part_2 = relu9_5;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape13_6 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_6 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_6;
            const float reshape17_6 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_6 = reshape17_6 + 0.00001f;
            const float rsqrt15_6 = rsqrtf(add16_6);
            const float reshape18_6 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_6 = rsqrt15_6 * reshape18_6;
            const float mul11_6 = sub12_6 * mul14_6;
            const float reshape19_6 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_6 = mul11_6 + reshape19_6;
            const float relu9_6 = add10_6 < 0.0f ? 0.0f : add10_6;
            part_2 = relu9_6;
          } else {
            const float reshape13_7 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_7 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_7;
            const float reshape17_7 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_7 = reshape17_7 + 0.00001f;
            const float rsqrt15_7 = rsqrtf(add16_7);
            const float reshape18_7 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_7 = rsqrt15_7 * reshape18_7;
            const float mul11_7 = sub12_7 * mul14_7;
            const float reshape19_7 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_7 = mul11_7 + reshape19_7;
            const float relu9_7 = add10_7 < 0.0f ? 0.0f : add10_7;
            part_2 = relu9_7;
          }
        }
      }
      acc_1 = f32_max_nan(acc_1, part_2);
      float part_3 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape13_8 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_8 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_8;
        const float reshape17_8 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_8 = reshape17_8 + 0.00001f;
        const float rsqrt15_8 = rsqrtf(add16_8);
        const float reshape18_8 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_8 = rsqrt15_8 * reshape18_8;
        const float mul11_8 = sub12_8 * mul14_8;
        const float reshape19_8 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_8 = mul11_8 + reshape19_8;
        const float relu9_8 = add10_8 < 0.0f ? 0.0f : add10_8;
        part_3 = relu9_8;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape13_9 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_9 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_9;
          const float reshape17_9 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_9 = reshape17_9 + 0.00001f;
          const float rsqrt15_9 = rsqrtf(add16_9);
          const float reshape18_9 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_9 = rsqrt15_9 * reshape18_9;
          const float mul11_9 = sub12_9 * mul14_9;
          const float reshape19_9 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_9 = mul11_9 + reshape19_9;
          const float relu9_9 = add10_9 < 0.0f ? 0.0f : add10_9;
          part_3 = relu9_9;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape13_10 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_10 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_10;
            const float reshape17_10 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_10 = reshape17_10 + 0.00001f;
            const float rsqrt15_10 = rsqrtf(add16_10);
            const float reshape18_10 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_10 = rsqrt15_10 * reshape18_10;
            const float mul11_10 = sub12_10 * mul14_10;
            const float reshape19_10 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_10 = mul11_10 + reshape19_10;
            const float relu9_10 = add10_10 < 0.0f ? 0.0f : add10_10;
            part_3 = relu9_10;
          } else {
            const float reshape13_11 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_11 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_11;
            const float reshape17_11 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_11 = reshape17_11 + 0.00001f;
            const float rsqrt15_11 = rsqrtf(add16_11);
            const float reshape18_11 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_11 = rsqrt15_11 * reshape18_11;
            const float mul11_11 = sub12_11 * mul14_11;
            const float reshape19_11 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_11 = mul11_11 + reshape19_11;
            const float relu9_11 = add10_11 < 0.0f ? 0.0f : add10_11;
            part_3 = relu9_11;
          }
        }
      }
      acc_1 = f32_max_nan(acc_1, part_3);
      float part_4 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape13_12 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_12 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_12;
        const float reshape17_12 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_12 = reshape17_12 + 0.00001f;
        const float rsqrt15_12 = rsqrtf(add16_12);
        const float reshape18_12 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_12 = rsqrt15_12 * reshape18_12;
        const float mul11_12 = sub12_12 * mul14_12;
        const float reshape19_12 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_12 = mul11_12 + reshape19_12;
        const float relu9_12 = add10_12 < 0.0f ? 0.0f : add10_12;
        part_4 = relu9_12;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape13_13 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_13 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_13;
          const float reshape17_13 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_13 = reshape17_13 + 0.00001f;
          const float rsqrt15_13 = rsqrtf(add16_13);
          const float reshape18_13 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_13 = rsqrt15_13 * reshape18_13;
          const float mul11_13 = sub12_13 * mul14_13;
          const float reshape19_13 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_13 = mul11_13 + reshape19_13;
          const float relu9_13 = add10_13 < 0.0f ? 0.0f : add10_13;
          part_4 = relu9_13;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape13_14 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_14 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_14;
            const float reshape17_14 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_14 = reshape17_14 + 0.00001f;
            const float rsqrt15_14 = rsqrtf(add16_14);
            const float reshape18_14 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_14 = rsqrt15_14 * reshape18_14;
            const float mul11_14 = sub12_14 * mul14_14;
            const float reshape19_14 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_14 = mul11_14 + reshape19_14;
            const float relu9_14 = add10_14 < 0.0f ? 0.0f : add10_14;
            part_4 = relu9_14;
          } else {
            const float reshape13_15 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_15 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_15;
            const float reshape17_15 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_15 = reshape17_15 + 0.00001f;
            const float rsqrt15_15 = rsqrtf(add16_15);
            const float reshape18_15 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_15 = rsqrt15_15 * reshape18_15;
            const float mul11_15 = sub12_15 * mul14_15;
            const float reshape19_15 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_15 = mul11_15 + reshape19_15;
            const float relu9_15 = add10_15 < 0.0f ? 0.0f : add10_15;
            part_4 = relu9_15;
          }
        }
      }
      acc_1 = f32_max_nan(acc_1, part_4);
      float part_5 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape13_16 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_16 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_16;
        const float reshape17_16 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_16 = reshape17_16 + 0.00001f;
        const float rsqrt15_16 = rsqrtf(add16_16);
        const float reshape18_16 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_16 = rsqrt15_16 * reshape18_16;
        const float mul11_16 = sub12_16 * mul14_16;
        const float reshape19_16 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_16 = mul11_16 + reshape19_16;
        const float relu9_16 = add10_16 < 0.0f ? 0.0f : add10_16;
        part_5 = relu9_16;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape13_17 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_17 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_17;
          const float reshape17_17 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_17 = reshape17_17 + 0.00001f;
          const float rsqrt15_17 = rsqrtf(add16_17);
          const float reshape18_17 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_17 = rsqrt15_17 * reshape18_17;
          const float mul11_17 = sub12_17 * mul14_17;
          const float reshape19_17 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_17 = mul11_17 + reshape19_17;
          const float relu9_17 = add10_17 < 0.0f ? 0.0f : add10_17;
          part_5 = relu9_17;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape13_18 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_18 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_18;
            const float reshape17_18 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_18 = reshape17_18 + 0.00001f;
            const float rsqrt15_18 = rsqrtf(add16_18);
            const float reshape18_18 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_18 = rsqrt15_18 * reshape18_18;
            const float mul11_18 = sub12_18 * mul14_18;
            const float reshape19_18 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_18 = mul11_18 + reshape19_18;
            const float relu9_18 = add10_18 < 0.0f ? 0.0f : add10_18;
            part_5 = relu9_18;
          } else {
            const float reshape13_19 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_19 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_19;
            const float reshape17_19 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_19 = reshape17_19 + 0.00001f;
            const float rsqrt15_19 = rsqrtf(add16_19);
            const float reshape18_19 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_19 = rsqrt15_19 * reshape18_19;
            const float mul11_19 = sub12_19 * mul14_19;
            const float reshape19_19 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_19 = mul11_19 + reshape19_19;
            const float relu9_19 = add10_19 < 0.0f ? 0.0f : add10_19;
            part_5 = relu9_19;
          }
        }
      }
      acc_1 = f32_max_nan(acc_1, part_5);
      for (int k_1 = 0; k_1 < p.exp4_tabn; ++k_1) {
        float part_1 = 0.0f;
        if (k_1 < p.concat6_end0) {
          const float reshape13 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13;
          const float reshape17 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16 = reshape17 + 0.00001f;
          const float rsqrt15 = rsqrtf(add16);
          const float reshape18 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14 = rsqrt15 * reshape18;
          const float mul11 = sub12 * mul14;
          const float reshape19 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10 = mul11 + reshape19;
          const float relu9 = add10 < 0.0f ? 0.0f : add10;
          part_1 = relu9;
        } else {
          if (k_1 < p.concat6_end1) {
            const float reshape13_1 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_1;
            const float reshape17_1 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_1 = reshape17_1 + 0.00001f;
            const float rsqrt15_1 = rsqrtf(add16_1);
            const float reshape18_1 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_1 = rsqrt15_1 * reshape18_1;
            const float mul11_1 = sub12_1 * mul14_1;
            const float reshape19_1 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_1 = mul11_1 + reshape19_1;
            const float relu9_1 = add10_1 < 0.0f ? 0.0f : add10_1;
            part_1 = relu9_1;
          } else {
            if (k_1 < p.concat6_end2) {
              const float reshape13_2 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_2;
              const float reshape17_2 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_2 = reshape17_2 + 0.00001f;
              const float rsqrt15_2 = rsqrtf(add16_2);
              const float reshape18_2 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_2 = rsqrt15_2 * reshape18_2;
              const float mul11_2 = sub12_2 * mul14_2;
              const float reshape19_2 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_2 = mul11_2 + reshape19_2;
              const float relu9_2 = add10_2 < 0.0f ? 0.0f : add10_2;
              part_1 = relu9_2;
            } else {
              const float reshape13_3 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_3;
              const float reshape17_3 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_3 = reshape17_3 + 0.00001f;
              const float rsqrt15_3 = rsqrtf(add16_3);
              const float reshape18_3 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_3 = rsqrt15_3 * reshape18_3;
              const float mul11_3 = sub12_3 * mul14_3;
              const float reshape19_3 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_3 = mul11_3 + reshape19_3;
              const float relu9_3 = add10_3 < 0.0f ? 0.0f : add10_3;
              part_1 = relu9_3;
            }
          }
        }
        const float sub5 = part_1 - acc_1;
        const float exp4 = expf(sub5);
        exp4_tab[k_1] = exp4;
      }
      for (int k = 0; k < p.mul3_tabn; ++k) {
        float part_6 = 0.0f;
        if (k < p.concat6_end0) {
          const float reshape13_20 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_20 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_20;
          const float reshape17_20 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_20 = reshape17_20 + 0.00001f;
          const float rsqrt15_20 = rsqrtf(add16_20);
          const float reshape18_20 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_20 = rsqrt15_20 * reshape18_20;
          const float mul11_20 = sub12_20 * mul14_20;
          const float reshape19_20 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_20 = mul11_20 + reshape19_20;
          const float relu9_20 = add10_20 < 0.0f ? 0.0f : add10_20;
          part_6 = relu9_20;
        } else {
          if (k < p.concat6_end1) {
            const float reshape13_21 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_21 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_21;
            const float reshape17_21 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_21 = reshape17_21 + 0.00001f;
            const float rsqrt15_21 = rsqrtf(add16_21);
            const float reshape18_21 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_21 = rsqrt15_21 * reshape18_21;
            const float mul11_21 = sub12_21 * mul14_21;
            const float reshape19_21 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_21 = mul11_21 + reshape19_21;
            const float relu9_21 = add10_21 < 0.0f ? 0.0f : add10_21;
            part_6 = relu9_21;
          } else {
            if (k < p.concat6_end2) {
              const float reshape13_22 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_22 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_22;
              const float reshape17_22 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_22 = reshape17_22 + 0.00001f;
              const float rsqrt15_22 = rsqrtf(add16_22);
              const float reshape18_22 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_22 = rsqrt15_22 * reshape18_22;
              const float mul11_22 = sub12_22 * mul14_22;
              const float reshape19_22 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_22 = mul11_22 + reshape19_22;
              const float relu9_22 = add10_22 < 0.0f ? 0.0f : add10_22;
              part_6 = relu9_22;
            } else {
              const float reshape13_23 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_23 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_23;
              const float reshape17_23 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_23 = reshape17_23 + 0.00001f;
              const float rsqrt15_23 = rsqrtf(add16_23);
              const float reshape18_23 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_23 = rsqrt15_23 * reshape18_23;
              const float mul11_23 = sub12_23 * mul14_23;
              const float reshape19_23 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_23 = mul11_23 + reshape19_23;
              const float relu9_23 = add10_23 < 0.0f ? 0.0f : add10_23;
              part_6 = relu9_23;
            }
          }
        }
        const float mul3 = exp4_tab[k] * part_6;
        mul3_tab[k] = mul3;
      }
      const float reshape2 = mul3_tab[0];
      part = reshape2;
    } else {
      float exp4_tab_1[4] = {};
      float acc_2 = -__int_as_float(0x7f800000);
      float part_8 = 0.0f;
      if (0 < p.concat6_end0) {
        const float reshape13_28 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_28 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_28;
        const float reshape17_28 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_28 = reshape17_28 + 0.00001f;
        const float rsqrt15_28 = rsqrtf(add16_28);
        const float reshape18_28 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_28 = rsqrt15_28 * reshape18_28;
        const float mul11_28 = sub12_28 * mul14_28;
        const float reshape19_28 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_28 = mul11_28 + reshape19_28;
        const float relu9_28 = add10_28 < 0.0f ? 0.0f : add10_28;
        part_8 = relu9_28;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape13_29 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_29 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_29;
          const float reshape17_29 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_29 = reshape17_29 + 0.00001f;
          const float rsqrt15_29 = rsqrtf(add16_29);
          const float reshape18_29 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_29 = rsqrt15_29 * reshape18_29;
          const float mul11_29 = sub12_29 * mul14_29;
          const float reshape19_29 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_29 = mul11_29 + reshape19_29;
          const float relu9_29 = add10_29 < 0.0f ? 0.0f : add10_29;
          part_8 = relu9_29;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape13_30 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_30 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_30;
            const float reshape17_30 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_30 = reshape17_30 + 0.00001f;
            const float rsqrt15_30 = rsqrtf(add16_30);
            const float reshape18_30 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_30 = rsqrt15_30 * reshape18_30;
            const float mul11_30 = sub12_30 * mul14_30;
            const float reshape19_30 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_30 = mul11_30 + reshape19_30;
            const float relu9_30 = add10_30 < 0.0f ? 0.0f : add10_30;
            part_8 = relu9_30;
          } else {
            const float reshape13_31 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_31 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_31;
            const float reshape17_31 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_31 = reshape17_31 + 0.00001f;
            const float rsqrt15_31 = rsqrtf(add16_31);
            const float reshape18_31 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_31 = rsqrt15_31 * reshape18_31;
            const float mul11_31 = sub12_31 * mul14_31;
            const float reshape19_31 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_31 = mul11_31 + reshape19_31;
            const float relu9_31 = add10_31 < 0.0f ? 0.0f : add10_31;
            part_8 = relu9_31;
          }
        }
      }
      acc_2 = f32_max_nan(acc_2, part_8);
      float part_9 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape13_32 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_32 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_32;
        const float reshape17_32 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_32 = reshape17_32 + 0.00001f;
        const float rsqrt15_32 = rsqrtf(add16_32);
        const float reshape18_32 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_32 = rsqrt15_32 * reshape18_32;
        const float mul11_32 = sub12_32 * mul14_32;
        const float reshape19_32 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_32 = mul11_32 + reshape19_32;
        const float relu9_32 = add10_32 < 0.0f ? 0.0f : add10_32;
        part_9 = relu9_32;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape13_33 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_33 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_33;
          const float reshape17_33 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_33 = reshape17_33 + 0.00001f;
          const float rsqrt15_33 = rsqrtf(add16_33);
          const float reshape18_33 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_33 = rsqrt15_33 * reshape18_33;
          const float mul11_33 = sub12_33 * mul14_33;
          const float reshape19_33 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_33 = mul11_33 + reshape19_33;
          const float relu9_33 = add10_33 < 0.0f ? 0.0f : add10_33;
          part_9 = relu9_33;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape13_34 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_34 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_34;
            const float reshape17_34 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_34 = reshape17_34 + 0.00001f;
            const float rsqrt15_34 = rsqrtf(add16_34);
            const float reshape18_34 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_34 = rsqrt15_34 * reshape18_34;
            const float mul11_34 = sub12_34 * mul14_34;
            const float reshape19_34 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_34 = mul11_34 + reshape19_34;
            const float relu9_34 = add10_34 < 0.0f ? 0.0f : add10_34;
            part_9 = relu9_34;
          } else {
            const float reshape13_35 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_35 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_35;
            const float reshape17_35 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_35 = reshape17_35 + 0.00001f;
            const float rsqrt15_35 = rsqrtf(add16_35);
            const float reshape18_35 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_35 = rsqrt15_35 * reshape18_35;
            const float mul11_35 = sub12_35 * mul14_35;
            const float reshape19_35 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_35 = mul11_35 + reshape19_35;
            const float relu9_35 = add10_35 < 0.0f ? 0.0f : add10_35;
            part_9 = relu9_35;
          }
        }
      }
      acc_2 = f32_max_nan(acc_2, part_9);
      float part_10 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape13_36 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_36 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_36;
        const float reshape17_36 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_36 = reshape17_36 + 0.00001f;
        const float rsqrt15_36 = rsqrtf(add16_36);
        const float reshape18_36 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_36 = rsqrt15_36 * reshape18_36;
        const float mul11_36 = sub12_36 * mul14_36;
        const float reshape19_36 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_36 = mul11_36 + reshape19_36;
        const float relu9_36 = add10_36 < 0.0f ? 0.0f : add10_36;
        part_10 = relu9_36;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape13_37 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_37 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_37;
          const float reshape17_37 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_37 = reshape17_37 + 0.00001f;
          const float rsqrt15_37 = rsqrtf(add16_37);
          const float reshape18_37 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_37 = rsqrt15_37 * reshape18_37;
          const float mul11_37 = sub12_37 * mul14_37;
          const float reshape19_37 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_37 = mul11_37 + reshape19_37;
          const float relu9_37 = add10_37 < 0.0f ? 0.0f : add10_37;
          part_10 = relu9_37;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape13_38 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_38 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_38;
            const float reshape17_38 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_38 = reshape17_38 + 0.00001f;
            const float rsqrt15_38 = rsqrtf(add16_38);
            const float reshape18_38 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_38 = rsqrt15_38 * reshape18_38;
            const float mul11_38 = sub12_38 * mul14_38;
            const float reshape19_38 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_38 = mul11_38 + reshape19_38;
            const float relu9_38 = add10_38 < 0.0f ? 0.0f : add10_38;
            part_10 = relu9_38;
          } else {
            const float reshape13_39 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_39 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_39;
            const float reshape17_39 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_39 = reshape17_39 + 0.00001f;
            const float rsqrt15_39 = rsqrtf(add16_39);
            const float reshape18_39 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_39 = rsqrt15_39 * reshape18_39;
            const float mul11_39 = sub12_39 * mul14_39;
            const float reshape19_39 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_39 = mul11_39 + reshape19_39;
            const float relu9_39 = add10_39 < 0.0f ? 0.0f : add10_39;
            part_10 = relu9_39;
          }
        }
      }
      acc_2 = f32_max_nan(acc_2, part_10);
      float part_11 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape13_40 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_40 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_40;
        const float reshape17_40 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_40 = reshape17_40 + 0.00001f;
        const float rsqrt15_40 = rsqrtf(add16_40);
        const float reshape18_40 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_40 = rsqrt15_40 * reshape18_40;
        const float mul11_40 = sub12_40 * mul14_40;
        const float reshape19_40 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_40 = mul11_40 + reshape19_40;
        const float relu9_40 = add10_40 < 0.0f ? 0.0f : add10_40;
        part_11 = relu9_40;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape13_41 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_41 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_41;
          const float reshape17_41 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_41 = reshape17_41 + 0.00001f;
          const float rsqrt15_41 = rsqrtf(add16_41);
          const float reshape18_41 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_41 = rsqrt15_41 * reshape18_41;
          const float mul11_41 = sub12_41 * mul14_41;
          const float reshape19_41 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_41 = mul11_41 + reshape19_41;
          const float relu9_41 = add10_41 < 0.0f ? 0.0f : add10_41;
          part_11 = relu9_41;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape13_42 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_42 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_42;
            const float reshape17_42 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_42 = reshape17_42 + 0.00001f;
            const float rsqrt15_42 = rsqrtf(add16_42);
            const float reshape18_42 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_42 = rsqrt15_42 * reshape18_42;
            const float mul11_42 = sub12_42 * mul14_42;
            const float reshape19_42 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_42 = mul11_42 + reshape19_42;
            const float relu9_42 = add10_42 < 0.0f ? 0.0f : add10_42;
            part_11 = relu9_42;
          } else {
            const float reshape13_43 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_43 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_43;
            const float reshape17_43 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_43 = reshape17_43 + 0.00001f;
            const float rsqrt15_43 = rsqrtf(add16_43);
            const float reshape18_43 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_43 = rsqrt15_43 * reshape18_43;
            const float mul11_43 = sub12_43 * mul14_43;
            const float reshape19_43 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_43 = mul11_43 + reshape19_43;
            const float relu9_43 = add10_43 < 0.0f ? 0.0f : add10_43;
            part_11 = relu9_43;
          }
        }
      }
      acc_2 = f32_max_nan(acc_2, part_11);
      for (int k_2 = 0; k_2 < p.exp4_tabn; ++k_2) {
        float part_7 = 0.0f;
        if (k_2 < p.concat6_end0) {
          const float reshape13_24 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_24 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_24;
          const float reshape17_24 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_24 = reshape17_24 + 0.00001f;
          const float rsqrt15_24 = rsqrtf(add16_24);
          const float reshape18_24 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_24 = rsqrt15_24 * reshape18_24;
          const float mul11_24 = sub12_24 * mul14_24;
          const float reshape19_24 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_24 = mul11_24 + reshape19_24;
          const float relu9_24 = add10_24 < 0.0f ? 0.0f : add10_24;
          part_7 = relu9_24;
        } else {
          if (k_2 < p.concat6_end1) {
            const float reshape13_25 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_25 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_25;
            const float reshape17_25 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_25 = reshape17_25 + 0.00001f;
            const float rsqrt15_25 = rsqrtf(add16_25);
            const float reshape18_25 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_25 = rsqrt15_25 * reshape18_25;
            const float mul11_25 = sub12_25 * mul14_25;
            const float reshape19_25 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_25 = mul11_25 + reshape19_25;
            const float relu9_25 = add10_25 < 0.0f ? 0.0f : add10_25;
            part_7 = relu9_25;
          } else {
            if (k_2 < p.concat6_end2) {
              const float reshape13_26 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_26 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_26;
              const float reshape17_26 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_26 = reshape17_26 + 0.00001f;
              const float rsqrt15_26 = rsqrtf(add16_26);
              const float reshape18_26 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_26 = rsqrt15_26 * reshape18_26;
              const float mul11_26 = sub12_26 * mul14_26;
              const float reshape19_26 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_26 = mul11_26 + reshape19_26;
              const float relu9_26 = add10_26 < 0.0f ? 0.0f : add10_26;
              part_7 = relu9_26;
            } else {
              const float reshape13_27 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_27 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_27;
              const float reshape17_27 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_27 = reshape17_27 + 0.00001f;
              const float rsqrt15_27 = rsqrtf(add16_27);
              const float reshape18_27 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_27 = rsqrt15_27 * reshape18_27;
              const float mul11_27 = sub12_27 * mul14_27;
              const float reshape19_27 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_27 = mul11_27 + reshape19_27;
              const float relu9_27 = add10_27 < 0.0f ? 0.0f : add10_27;
              part_7 = relu9_27;
            }
          }
        }
        const float sub5_1 = part_7 - acc_2;
        const float exp4_1 = expf(sub5_1);
        exp4_tab_1[k_2] = exp4_1;
      }
      const float reshape27 = exp4_tab_1[0];
      part = reshape27;
    }
    acc = acc + part;
    float part_12 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_1[4] = {};
      float exp4_tab_2[4] = {};
      float acc_3 = -__int_as_float(0x7f800000);
      float part_14 = 0.0f;
      if (0 < p.concat6_end0) {
        const float reshape13_48 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_48 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_48;
        const float reshape17_48 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_48 = reshape17_48 + 0.00001f;
        const float rsqrt15_48 = rsqrtf(add16_48);
        const float reshape18_48 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_48 = rsqrt15_48 * reshape18_48;
        const float mul11_48 = sub12_48 * mul14_48;
        const float reshape19_48 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_48 = mul11_48 + reshape19_48;
        const float relu9_48 = add10_48 < 0.0f ? 0.0f : add10_48;
        part_14 = relu9_48;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape13_49 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_49 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_49;
          const float reshape17_49 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_49 = reshape17_49 + 0.00001f;
          const float rsqrt15_49 = rsqrtf(add16_49);
          const float reshape18_49 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_49 = rsqrt15_49 * reshape18_49;
          const float mul11_49 = sub12_49 * mul14_49;
          const float reshape19_49 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_49 = mul11_49 + reshape19_49;
          const float relu9_49 = add10_49 < 0.0f ? 0.0f : add10_49;
          part_14 = relu9_49;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape13_50 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_50 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_50;
            const float reshape17_50 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_50 = reshape17_50 + 0.00001f;
            const float rsqrt15_50 = rsqrtf(add16_50);
            const float reshape18_50 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_50 = rsqrt15_50 * reshape18_50;
            const float mul11_50 = sub12_50 * mul14_50;
            const float reshape19_50 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_50 = mul11_50 + reshape19_50;
            const float relu9_50 = add10_50 < 0.0f ? 0.0f : add10_50;
            part_14 = relu9_50;
          } else {
            const float reshape13_51 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_51 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_51;
            const float reshape17_51 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_51 = reshape17_51 + 0.00001f;
            const float rsqrt15_51 = rsqrtf(add16_51);
            const float reshape18_51 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_51 = rsqrt15_51 * reshape18_51;
            const float mul11_51 = sub12_51 * mul14_51;
            const float reshape19_51 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_51 = mul11_51 + reshape19_51;
            const float relu9_51 = add10_51 < 0.0f ? 0.0f : add10_51;
            part_14 = relu9_51;
          }
        }
      }
      acc_3 = f32_max_nan(acc_3, part_14);
      float part_15 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape13_52 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_52 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_52;
        const float reshape17_52 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_52 = reshape17_52 + 0.00001f;
        const float rsqrt15_52 = rsqrtf(add16_52);
        const float reshape18_52 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_52 = rsqrt15_52 * reshape18_52;
        const float mul11_52 = sub12_52 * mul14_52;
        const float reshape19_52 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_52 = mul11_52 + reshape19_52;
        const float relu9_52 = add10_52 < 0.0f ? 0.0f : add10_52;
        part_15 = relu9_52;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape13_53 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_53 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_53;
          const float reshape17_53 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_53 = reshape17_53 + 0.00001f;
          const float rsqrt15_53 = rsqrtf(add16_53);
          const float reshape18_53 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_53 = rsqrt15_53 * reshape18_53;
          const float mul11_53 = sub12_53 * mul14_53;
          const float reshape19_53 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_53 = mul11_53 + reshape19_53;
          const float relu9_53 = add10_53 < 0.0f ? 0.0f : add10_53;
          part_15 = relu9_53;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape13_54 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_54 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_54;
            const float reshape17_54 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_54 = reshape17_54 + 0.00001f;
            const float rsqrt15_54 = rsqrtf(add16_54);
            const float reshape18_54 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_54 = rsqrt15_54 * reshape18_54;
            const float mul11_54 = sub12_54 * mul14_54;
            const float reshape19_54 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_54 = mul11_54 + reshape19_54;
            const float relu9_54 = add10_54 < 0.0f ? 0.0f : add10_54;
            part_15 = relu9_54;
          } else {
            const float reshape13_55 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_55 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_55;
            const float reshape17_55 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_55 = reshape17_55 + 0.00001f;
            const float rsqrt15_55 = rsqrtf(add16_55);
            const float reshape18_55 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_55 = rsqrt15_55 * reshape18_55;
            const float mul11_55 = sub12_55 * mul14_55;
            const float reshape19_55 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_55 = mul11_55 + reshape19_55;
            const float relu9_55 = add10_55 < 0.0f ? 0.0f : add10_55;
            part_15 = relu9_55;
          }
        }
      }
      acc_3 = f32_max_nan(acc_3, part_15);
      float part_16 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape13_56 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_56 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_56;
        const float reshape17_56 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_56 = reshape17_56 + 0.00001f;
        const float rsqrt15_56 = rsqrtf(add16_56);
        const float reshape18_56 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_56 = rsqrt15_56 * reshape18_56;
        const float mul11_56 = sub12_56 * mul14_56;
        const float reshape19_56 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_56 = mul11_56 + reshape19_56;
        const float relu9_56 = add10_56 < 0.0f ? 0.0f : add10_56;
        part_16 = relu9_56;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape13_57 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_57 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_57;
          const float reshape17_57 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_57 = reshape17_57 + 0.00001f;
          const float rsqrt15_57 = rsqrtf(add16_57);
          const float reshape18_57 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_57 = rsqrt15_57 * reshape18_57;
          const float mul11_57 = sub12_57 * mul14_57;
          const float reshape19_57 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_57 = mul11_57 + reshape19_57;
          const float relu9_57 = add10_57 < 0.0f ? 0.0f : add10_57;
          part_16 = relu9_57;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape13_58 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_58 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_58;
            const float reshape17_58 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_58 = reshape17_58 + 0.00001f;
            const float rsqrt15_58 = rsqrtf(add16_58);
            const float reshape18_58 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_58 = rsqrt15_58 * reshape18_58;
            const float mul11_58 = sub12_58 * mul14_58;
            const float reshape19_58 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_58 = mul11_58 + reshape19_58;
            const float relu9_58 = add10_58 < 0.0f ? 0.0f : add10_58;
            part_16 = relu9_58;
          } else {
            const float reshape13_59 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_59 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_59;
            const float reshape17_59 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_59 = reshape17_59 + 0.00001f;
            const float rsqrt15_59 = rsqrtf(add16_59);
            const float reshape18_59 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_59 = rsqrt15_59 * reshape18_59;
            const float mul11_59 = sub12_59 * mul14_59;
            const float reshape19_59 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_59 = mul11_59 + reshape19_59;
            const float relu9_59 = add10_59 < 0.0f ? 0.0f : add10_59;
            part_16 = relu9_59;
          }
        }
      }
      acc_3 = f32_max_nan(acc_3, part_16);
      float part_17 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape13_60 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_60 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_60;
        const float reshape17_60 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_60 = reshape17_60 + 0.00001f;
        const float rsqrt15_60 = rsqrtf(add16_60);
        const float reshape18_60 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_60 = rsqrt15_60 * reshape18_60;
        const float mul11_60 = sub12_60 * mul14_60;
        const float reshape19_60 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_60 = mul11_60 + reshape19_60;
        const float relu9_60 = add10_60 < 0.0f ? 0.0f : add10_60;
        part_17 = relu9_60;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape13_61 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_61 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_61;
          const float reshape17_61 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_61 = reshape17_61 + 0.00001f;
          const float rsqrt15_61 = rsqrtf(add16_61);
          const float reshape18_61 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_61 = rsqrt15_61 * reshape18_61;
          const float mul11_61 = sub12_61 * mul14_61;
          const float reshape19_61 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_61 = mul11_61 + reshape19_61;
          const float relu9_61 = add10_61 < 0.0f ? 0.0f : add10_61;
          part_17 = relu9_61;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape13_62 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_62 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_62;
            const float reshape17_62 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_62 = reshape17_62 + 0.00001f;
            const float rsqrt15_62 = rsqrtf(add16_62);
            const float reshape18_62 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_62 = rsqrt15_62 * reshape18_62;
            const float mul11_62 = sub12_62 * mul14_62;
            const float reshape19_62 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_62 = mul11_62 + reshape19_62;
            const float relu9_62 = add10_62 < 0.0f ? 0.0f : add10_62;
            part_17 = relu9_62;
          } else {
            const float reshape13_63 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_63 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_63;
            const float reshape17_63 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_63 = reshape17_63 + 0.00001f;
            const float rsqrt15_63 = rsqrtf(add16_63);
            const float reshape18_63 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_63 = rsqrt15_63 * reshape18_63;
            const float mul11_63 = sub12_63 * mul14_63;
            const float reshape19_63 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_63 = mul11_63 + reshape19_63;
            const float relu9_63 = add10_63 < 0.0f ? 0.0f : add10_63;
            part_17 = relu9_63;
          }
        }
      }
      acc_3 = f32_max_nan(acc_3, part_17);
      for (int k_4 = 0; k_4 < p.exp4_tabn; ++k_4) {
        float part_13 = 0.0f;
        if (k_4 < p.concat6_end0) {
          const float reshape13_44 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_44 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_44;
          const float reshape17_44 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_44 = reshape17_44 + 0.00001f;
          const float rsqrt15_44 = rsqrtf(add16_44);
          const float reshape18_44 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_44 = rsqrt15_44 * reshape18_44;
          const float mul11_44 = sub12_44 * mul14_44;
          const float reshape19_44 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_44 = mul11_44 + reshape19_44;
          const float relu9_44 = add10_44 < 0.0f ? 0.0f : add10_44;
          part_13 = relu9_44;
        } else {
          if (k_4 < p.concat6_end1) {
            const float reshape13_45 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_45 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_45;
            const float reshape17_45 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_45 = reshape17_45 + 0.00001f;
            const float rsqrt15_45 = rsqrtf(add16_45);
            const float reshape18_45 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_45 = rsqrt15_45 * reshape18_45;
            const float mul11_45 = sub12_45 * mul14_45;
            const float reshape19_45 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_45 = mul11_45 + reshape19_45;
            const float relu9_45 = add10_45 < 0.0f ? 0.0f : add10_45;
            part_13 = relu9_45;
          } else {
            if (k_4 < p.concat6_end2) {
              const float reshape13_46 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_46 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_46;
              const float reshape17_46 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_46 = reshape17_46 + 0.00001f;
              const float rsqrt15_46 = rsqrtf(add16_46);
              const float reshape18_46 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_46 = rsqrt15_46 * reshape18_46;
              const float mul11_46 = sub12_46 * mul14_46;
              const float reshape19_46 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_46 = mul11_46 + reshape19_46;
              const float relu9_46 = add10_46 < 0.0f ? 0.0f : add10_46;
              part_13 = relu9_46;
            } else {
              const float reshape13_47 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_47 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_47;
              const float reshape17_47 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_47 = reshape17_47 + 0.00001f;
              const float rsqrt15_47 = rsqrtf(add16_47);
              const float reshape18_47 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_47 = rsqrt15_47 * reshape18_47;
              const float mul11_47 = sub12_47 * mul14_47;
              const float reshape19_47 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_47 = mul11_47 + reshape19_47;
              const float relu9_47 = add10_47 < 0.0f ? 0.0f : add10_47;
              part_13 = relu9_47;
            }
          }
        }
        const float sub5_2 = part_13 - acc_3;
        const float exp4_2 = expf(sub5_2);
        exp4_tab_2[k_4] = exp4_2;
      }
      for (int k_3 = 0; k_3 < p.mul3_tabn; ++k_3) {
        float part_18 = 0.0f;
        if (k_3 < p.concat6_end0) {
          const float reshape13_64 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_64 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_64;
          const float reshape17_64 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_64 = reshape17_64 + 0.00001f;
          const float rsqrt15_64 = rsqrtf(add16_64);
          const float reshape18_64 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_64 = rsqrt15_64 * reshape18_64;
          const float mul11_64 = sub12_64 * mul14_64;
          const float reshape19_64 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_64 = mul11_64 + reshape19_64;
          const float relu9_64 = add10_64 < 0.0f ? 0.0f : add10_64;
          part_18 = relu9_64;
        } else {
          if (k_3 < p.concat6_end1) {
            const float reshape13_65 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_65 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_65;
            const float reshape17_65 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_65 = reshape17_65 + 0.00001f;
            const float rsqrt15_65 = rsqrtf(add16_65);
            const float reshape18_65 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_65 = rsqrt15_65 * reshape18_65;
            const float mul11_65 = sub12_65 * mul14_65;
            const float reshape19_65 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_65 = mul11_65 + reshape19_65;
            const float relu9_65 = add10_65 < 0.0f ? 0.0f : add10_65;
            part_18 = relu9_65;
          } else {
            if (k_3 < p.concat6_end2) {
              const float reshape13_66 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_66 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_66;
              const float reshape17_66 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_66 = reshape17_66 + 0.00001f;
              const float rsqrt15_66 = rsqrtf(add16_66);
              const float reshape18_66 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_66 = rsqrt15_66 * reshape18_66;
              const float mul11_66 = sub12_66 * mul14_66;
              const float reshape19_66 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_66 = mul11_66 + reshape19_66;
              const float relu9_66 = add10_66 < 0.0f ? 0.0f : add10_66;
              part_18 = relu9_66;
            } else {
              const float reshape13_67 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_67 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_67;
              const float reshape17_67 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_67 = reshape17_67 + 0.00001f;
              const float rsqrt15_67 = rsqrtf(add16_67);
              const float reshape18_67 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_67 = rsqrt15_67 * reshape18_67;
              const float mul11_67 = sub12_67 * mul14_67;
              const float reshape19_67 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_67 = mul11_67 + reshape19_67;
              const float relu9_67 = add10_67 < 0.0f ? 0.0f : add10_67;
              part_18 = relu9_67;
            }
          }
        }
        const float mul3_1 = exp4_tab_2[k_3] * part_18;
        mul3_tab_1[k_3] = mul3_1;
      }
      const float reshape2_1 = mul3_tab_1[1];
      part_12 = reshape2_1;
    } else {
      float exp4_tab_3[4] = {};
      float acc_4 = -__int_as_float(0x7f800000);
      float part_20 = 0.0f;
      if (0 < p.concat6_end0) {
        const float reshape13_72 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_72 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_72;
        const float reshape17_72 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_72 = reshape17_72 + 0.00001f;
        const float rsqrt15_72 = rsqrtf(add16_72);
        const float reshape18_72 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_72 = rsqrt15_72 * reshape18_72;
        const float mul11_72 = sub12_72 * mul14_72;
        const float reshape19_72 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_72 = mul11_72 + reshape19_72;
        const float relu9_72 = add10_72 < 0.0f ? 0.0f : add10_72;
        part_20 = relu9_72;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape13_73 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_73 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_73;
          const float reshape17_73 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_73 = reshape17_73 + 0.00001f;
          const float rsqrt15_73 = rsqrtf(add16_73);
          const float reshape18_73 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_73 = rsqrt15_73 * reshape18_73;
          const float mul11_73 = sub12_73 * mul14_73;
          const float reshape19_73 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_73 = mul11_73 + reshape19_73;
          const float relu9_73 = add10_73 < 0.0f ? 0.0f : add10_73;
          part_20 = relu9_73;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape13_74 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_74 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_74;
            const float reshape17_74 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_74 = reshape17_74 + 0.00001f;
            const float rsqrt15_74 = rsqrtf(add16_74);
            const float reshape18_74 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_74 = rsqrt15_74 * reshape18_74;
            const float mul11_74 = sub12_74 * mul14_74;
            const float reshape19_74 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_74 = mul11_74 + reshape19_74;
            const float relu9_74 = add10_74 < 0.0f ? 0.0f : add10_74;
            part_20 = relu9_74;
          } else {
            const float reshape13_75 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_75 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_75;
            const float reshape17_75 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_75 = reshape17_75 + 0.00001f;
            const float rsqrt15_75 = rsqrtf(add16_75);
            const float reshape18_75 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_75 = rsqrt15_75 * reshape18_75;
            const float mul11_75 = sub12_75 * mul14_75;
            const float reshape19_75 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_75 = mul11_75 + reshape19_75;
            const float relu9_75 = add10_75 < 0.0f ? 0.0f : add10_75;
            part_20 = relu9_75;
          }
        }
      }
      acc_4 = f32_max_nan(acc_4, part_20);
      float part_21 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape13_76 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_76 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_76;
        const float reshape17_76 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_76 = reshape17_76 + 0.00001f;
        const float rsqrt15_76 = rsqrtf(add16_76);
        const float reshape18_76 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_76 = rsqrt15_76 * reshape18_76;
        const float mul11_76 = sub12_76 * mul14_76;
        const float reshape19_76 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_76 = mul11_76 + reshape19_76;
        const float relu9_76 = add10_76 < 0.0f ? 0.0f : add10_76;
        part_21 = relu9_76;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape13_77 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_77 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_77;
          const float reshape17_77 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_77 = reshape17_77 + 0.00001f;
          const float rsqrt15_77 = rsqrtf(add16_77);
          const float reshape18_77 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_77 = rsqrt15_77 * reshape18_77;
          const float mul11_77 = sub12_77 * mul14_77;
          const float reshape19_77 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_77 = mul11_77 + reshape19_77;
          const float relu9_77 = add10_77 < 0.0f ? 0.0f : add10_77;
          part_21 = relu9_77;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape13_78 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_78 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_78;
            const float reshape17_78 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_78 = reshape17_78 + 0.00001f;
            const float rsqrt15_78 = rsqrtf(add16_78);
            const float reshape18_78 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_78 = rsqrt15_78 * reshape18_78;
            const float mul11_78 = sub12_78 * mul14_78;
            const float reshape19_78 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_78 = mul11_78 + reshape19_78;
            const float relu9_78 = add10_78 < 0.0f ? 0.0f : add10_78;
            part_21 = relu9_78;
          } else {
            const float reshape13_79 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_79 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_79;
            const float reshape17_79 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_79 = reshape17_79 + 0.00001f;
            const float rsqrt15_79 = rsqrtf(add16_79);
            const float reshape18_79 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_79 = rsqrt15_79 * reshape18_79;
            const float mul11_79 = sub12_79 * mul14_79;
            const float reshape19_79 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_79 = mul11_79 + reshape19_79;
            const float relu9_79 = add10_79 < 0.0f ? 0.0f : add10_79;
            part_21 = relu9_79;
          }
        }
      }
      acc_4 = f32_max_nan(acc_4, part_21);
      float part_22 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape13_80 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_80 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_80;
        const float reshape17_80 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_80 = reshape17_80 + 0.00001f;
        const float rsqrt15_80 = rsqrtf(add16_80);
        const float reshape18_80 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_80 = rsqrt15_80 * reshape18_80;
        const float mul11_80 = sub12_80 * mul14_80;
        const float reshape19_80 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_80 = mul11_80 + reshape19_80;
        const float relu9_80 = add10_80 < 0.0f ? 0.0f : add10_80;
        part_22 = relu9_80;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape13_81 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_81 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_81;
          const float reshape17_81 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_81 = reshape17_81 + 0.00001f;
          const float rsqrt15_81 = rsqrtf(add16_81);
          const float reshape18_81 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_81 = rsqrt15_81 * reshape18_81;
          const float mul11_81 = sub12_81 * mul14_81;
          const float reshape19_81 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_81 = mul11_81 + reshape19_81;
          const float relu9_81 = add10_81 < 0.0f ? 0.0f : add10_81;
          part_22 = relu9_81;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape13_82 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_82 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_82;
            const float reshape17_82 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_82 = reshape17_82 + 0.00001f;
            const float rsqrt15_82 = rsqrtf(add16_82);
            const float reshape18_82 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_82 = rsqrt15_82 * reshape18_82;
            const float mul11_82 = sub12_82 * mul14_82;
            const float reshape19_82 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_82 = mul11_82 + reshape19_82;
            const float relu9_82 = add10_82 < 0.0f ? 0.0f : add10_82;
            part_22 = relu9_82;
          } else {
            const float reshape13_83 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_83 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_83;
            const float reshape17_83 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_83 = reshape17_83 + 0.00001f;
            const float rsqrt15_83 = rsqrtf(add16_83);
            const float reshape18_83 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_83 = rsqrt15_83 * reshape18_83;
            const float mul11_83 = sub12_83 * mul14_83;
            const float reshape19_83 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_83 = mul11_83 + reshape19_83;
            const float relu9_83 = add10_83 < 0.0f ? 0.0f : add10_83;
            part_22 = relu9_83;
          }
        }
      }
      acc_4 = f32_max_nan(acc_4, part_22);
      float part_23 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape13_84 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_84 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_84;
        const float reshape17_84 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_84 = reshape17_84 + 0.00001f;
        const float rsqrt15_84 = rsqrtf(add16_84);
        const float reshape18_84 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_84 = rsqrt15_84 * reshape18_84;
        const float mul11_84 = sub12_84 * mul14_84;
        const float reshape19_84 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_84 = mul11_84 + reshape19_84;
        const float relu9_84 = add10_84 < 0.0f ? 0.0f : add10_84;
        part_23 = relu9_84;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape13_85 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_85 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_85;
          const float reshape17_85 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_85 = reshape17_85 + 0.00001f;
          const float rsqrt15_85 = rsqrtf(add16_85);
          const float reshape18_85 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_85 = rsqrt15_85 * reshape18_85;
          const float mul11_85 = sub12_85 * mul14_85;
          const float reshape19_85 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_85 = mul11_85 + reshape19_85;
          const float relu9_85 = add10_85 < 0.0f ? 0.0f : add10_85;
          part_23 = relu9_85;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape13_86 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_86 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_86;
            const float reshape17_86 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_86 = reshape17_86 + 0.00001f;
            const float rsqrt15_86 = rsqrtf(add16_86);
            const float reshape18_86 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_86 = rsqrt15_86 * reshape18_86;
            const float mul11_86 = sub12_86 * mul14_86;
            const float reshape19_86 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_86 = mul11_86 + reshape19_86;
            const float relu9_86 = add10_86 < 0.0f ? 0.0f : add10_86;
            part_23 = relu9_86;
          } else {
            const float reshape13_87 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_87 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_87;
            const float reshape17_87 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_87 = reshape17_87 + 0.00001f;
            const float rsqrt15_87 = rsqrtf(add16_87);
            const float reshape18_87 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_87 = rsqrt15_87 * reshape18_87;
            const float mul11_87 = sub12_87 * mul14_87;
            const float reshape19_87 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_87 = mul11_87 + reshape19_87;
            const float relu9_87 = add10_87 < 0.0f ? 0.0f : add10_87;
            part_23 = relu9_87;
          }
        }
      }
      acc_4 = f32_max_nan(acc_4, part_23);
      for (int k_5 = 0; k_5 < p.exp4_tabn; ++k_5) {
        float part_19 = 0.0f;
        if (k_5 < p.concat6_end0) {
          const float reshape13_68 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_68 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_68;
          const float reshape17_68 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_68 = reshape17_68 + 0.00001f;
          const float rsqrt15_68 = rsqrtf(add16_68);
          const float reshape18_68 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_68 = rsqrt15_68 * reshape18_68;
          const float mul11_68 = sub12_68 * mul14_68;
          const float reshape19_68 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_68 = mul11_68 + reshape19_68;
          const float relu9_68 = add10_68 < 0.0f ? 0.0f : add10_68;
          part_19 = relu9_68;
        } else {
          if (k_5 < p.concat6_end1) {
            const float reshape13_69 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_69 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_69;
            const float reshape17_69 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_69 = reshape17_69 + 0.00001f;
            const float rsqrt15_69 = rsqrtf(add16_69);
            const float reshape18_69 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_69 = rsqrt15_69 * reshape18_69;
            const float mul11_69 = sub12_69 * mul14_69;
            const float reshape19_69 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_69 = mul11_69 + reshape19_69;
            const float relu9_69 = add10_69 < 0.0f ? 0.0f : add10_69;
            part_19 = relu9_69;
          } else {
            if (k_5 < p.concat6_end2) {
              const float reshape13_70 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_70 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_70;
              const float reshape17_70 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_70 = reshape17_70 + 0.00001f;
              const float rsqrt15_70 = rsqrtf(add16_70);
              const float reshape18_70 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_70 = rsqrt15_70 * reshape18_70;
              const float mul11_70 = sub12_70 * mul14_70;
              const float reshape19_70 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_70 = mul11_70 + reshape19_70;
              const float relu9_70 = add10_70 < 0.0f ? 0.0f : add10_70;
              part_19 = relu9_70;
            } else {
              const float reshape13_71 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_71 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_71;
              const float reshape17_71 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_71 = reshape17_71 + 0.00001f;
              const float rsqrt15_71 = rsqrtf(add16_71);
              const float reshape18_71 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_71 = rsqrt15_71 * reshape18_71;
              const float mul11_71 = sub12_71 * mul14_71;
              const float reshape19_71 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_71 = mul11_71 + reshape19_71;
              const float relu9_71 = add10_71 < 0.0f ? 0.0f : add10_71;
              part_19 = relu9_71;
            }
          }
        }
        const float sub5_3 = part_19 - acc_4;
        const float exp4_3 = expf(sub5_3);
        exp4_tab_3[k_5] = exp4_3;
      }
      const float reshape27_1 = exp4_tab_3[1];
      part_12 = reshape27_1;
    }
    acc = acc + part_12;
    float part_24 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_2[4] = {};
      float exp4_tab_4[4] = {};
      float acc_5 = -__int_as_float(0x7f800000);
      float part_26 = 0.0f;
      if (0 < p.concat6_end0) {
        const float reshape13_92 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_92 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_92;
        const float reshape17_92 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_92 = reshape17_92 + 0.00001f;
        const float rsqrt15_92 = rsqrtf(add16_92);
        const float reshape18_92 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_92 = rsqrt15_92 * reshape18_92;
        const float mul11_92 = sub12_92 * mul14_92;
        const float reshape19_92 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_92 = mul11_92 + reshape19_92;
        const float relu9_92 = add10_92 < 0.0f ? 0.0f : add10_92;
        part_26 = relu9_92;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape13_93 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_93 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_93;
          const float reshape17_93 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_93 = reshape17_93 + 0.00001f;
          const float rsqrt15_93 = rsqrtf(add16_93);
          const float reshape18_93 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_93 = rsqrt15_93 * reshape18_93;
          const float mul11_93 = sub12_93 * mul14_93;
          const float reshape19_93 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_93 = mul11_93 + reshape19_93;
          const float relu9_93 = add10_93 < 0.0f ? 0.0f : add10_93;
          part_26 = relu9_93;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape13_94 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_94 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_94;
            const float reshape17_94 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_94 = reshape17_94 + 0.00001f;
            const float rsqrt15_94 = rsqrtf(add16_94);
            const float reshape18_94 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_94 = rsqrt15_94 * reshape18_94;
            const float mul11_94 = sub12_94 * mul14_94;
            const float reshape19_94 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_94 = mul11_94 + reshape19_94;
            const float relu9_94 = add10_94 < 0.0f ? 0.0f : add10_94;
            part_26 = relu9_94;
          } else {
            const float reshape13_95 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_95 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_95;
            const float reshape17_95 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_95 = reshape17_95 + 0.00001f;
            const float rsqrt15_95 = rsqrtf(add16_95);
            const float reshape18_95 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_95 = rsqrt15_95 * reshape18_95;
            const float mul11_95 = sub12_95 * mul14_95;
            const float reshape19_95 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_95 = mul11_95 + reshape19_95;
            const float relu9_95 = add10_95 < 0.0f ? 0.0f : add10_95;
            part_26 = relu9_95;
          }
        }
      }
      acc_5 = f32_max_nan(acc_5, part_26);
      float part_27 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape13_96 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_96 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_96;
        const float reshape17_96 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_96 = reshape17_96 + 0.00001f;
        const float rsqrt15_96 = rsqrtf(add16_96);
        const float reshape18_96 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_96 = rsqrt15_96 * reshape18_96;
        const float mul11_96 = sub12_96 * mul14_96;
        const float reshape19_96 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_96 = mul11_96 + reshape19_96;
        const float relu9_96 = add10_96 < 0.0f ? 0.0f : add10_96;
        part_27 = relu9_96;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape13_97 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_97 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_97;
          const float reshape17_97 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_97 = reshape17_97 + 0.00001f;
          const float rsqrt15_97 = rsqrtf(add16_97);
          const float reshape18_97 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_97 = rsqrt15_97 * reshape18_97;
          const float mul11_97 = sub12_97 * mul14_97;
          const float reshape19_97 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_97 = mul11_97 + reshape19_97;
          const float relu9_97 = add10_97 < 0.0f ? 0.0f : add10_97;
          part_27 = relu9_97;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape13_98 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_98 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_98;
            const float reshape17_98 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_98 = reshape17_98 + 0.00001f;
            const float rsqrt15_98 = rsqrtf(add16_98);
            const float reshape18_98 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_98 = rsqrt15_98 * reshape18_98;
            const float mul11_98 = sub12_98 * mul14_98;
            const float reshape19_98 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_98 = mul11_98 + reshape19_98;
            const float relu9_98 = add10_98 < 0.0f ? 0.0f : add10_98;
            part_27 = relu9_98;
          } else {
            const float reshape13_99 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_99 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_99;
            const float reshape17_99 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_99 = reshape17_99 + 0.00001f;
            const float rsqrt15_99 = rsqrtf(add16_99);
            const float reshape18_99 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_99 = rsqrt15_99 * reshape18_99;
            const float mul11_99 = sub12_99 * mul14_99;
            const float reshape19_99 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_99 = mul11_99 + reshape19_99;
            const float relu9_99 = add10_99 < 0.0f ? 0.0f : add10_99;
            part_27 = relu9_99;
          }
        }
      }
      acc_5 = f32_max_nan(acc_5, part_27);
      float part_28 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape13_100 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_100 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_100;
        const float reshape17_100 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_100 = reshape17_100 + 0.00001f;
        const float rsqrt15_100 = rsqrtf(add16_100);
        const float reshape18_100 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_100 = rsqrt15_100 * reshape18_100;
        const float mul11_100 = sub12_100 * mul14_100;
        const float reshape19_100 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_100 = mul11_100 + reshape19_100;
        const float relu9_100 = add10_100 < 0.0f ? 0.0f : add10_100;
        part_28 = relu9_100;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape13_101 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_101 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_101;
          const float reshape17_101 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_101 = reshape17_101 + 0.00001f;
          const float rsqrt15_101 = rsqrtf(add16_101);
          const float reshape18_101 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_101 = rsqrt15_101 * reshape18_101;
          const float mul11_101 = sub12_101 * mul14_101;
          const float reshape19_101 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_101 = mul11_101 + reshape19_101;
          const float relu9_101 = add10_101 < 0.0f ? 0.0f : add10_101;
          part_28 = relu9_101;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape13_102 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_102 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_102;
            const float reshape17_102 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_102 = reshape17_102 + 0.00001f;
            const float rsqrt15_102 = rsqrtf(add16_102);
            const float reshape18_102 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_102 = rsqrt15_102 * reshape18_102;
            const float mul11_102 = sub12_102 * mul14_102;
            const float reshape19_102 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_102 = mul11_102 + reshape19_102;
            const float relu9_102 = add10_102 < 0.0f ? 0.0f : add10_102;
            part_28 = relu9_102;
          } else {
            const float reshape13_103 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_103 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_103;
            const float reshape17_103 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_103 = reshape17_103 + 0.00001f;
            const float rsqrt15_103 = rsqrtf(add16_103);
            const float reshape18_103 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_103 = rsqrt15_103 * reshape18_103;
            const float mul11_103 = sub12_103 * mul14_103;
            const float reshape19_103 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_103 = mul11_103 + reshape19_103;
            const float relu9_103 = add10_103 < 0.0f ? 0.0f : add10_103;
            part_28 = relu9_103;
          }
        }
      }
      acc_5 = f32_max_nan(acc_5, part_28);
      float part_29 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape13_104 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_104 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_104;
        const float reshape17_104 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_104 = reshape17_104 + 0.00001f;
        const float rsqrt15_104 = rsqrtf(add16_104);
        const float reshape18_104 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_104 = rsqrt15_104 * reshape18_104;
        const float mul11_104 = sub12_104 * mul14_104;
        const float reshape19_104 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_104 = mul11_104 + reshape19_104;
        const float relu9_104 = add10_104 < 0.0f ? 0.0f : add10_104;
        part_29 = relu9_104;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape13_105 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_105 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_105;
          const float reshape17_105 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_105 = reshape17_105 + 0.00001f;
          const float rsqrt15_105 = rsqrtf(add16_105);
          const float reshape18_105 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_105 = rsqrt15_105 * reshape18_105;
          const float mul11_105 = sub12_105 * mul14_105;
          const float reshape19_105 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_105 = mul11_105 + reshape19_105;
          const float relu9_105 = add10_105 < 0.0f ? 0.0f : add10_105;
          part_29 = relu9_105;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape13_106 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_106 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_106;
            const float reshape17_106 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_106 = reshape17_106 + 0.00001f;
            const float rsqrt15_106 = rsqrtf(add16_106);
            const float reshape18_106 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_106 = rsqrt15_106 * reshape18_106;
            const float mul11_106 = sub12_106 * mul14_106;
            const float reshape19_106 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_106 = mul11_106 + reshape19_106;
            const float relu9_106 = add10_106 < 0.0f ? 0.0f : add10_106;
            part_29 = relu9_106;
          } else {
            const float reshape13_107 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_107 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_107;
            const float reshape17_107 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_107 = reshape17_107 + 0.00001f;
            const float rsqrt15_107 = rsqrtf(add16_107);
            const float reshape18_107 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_107 = rsqrt15_107 * reshape18_107;
            const float mul11_107 = sub12_107 * mul14_107;
            const float reshape19_107 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_107 = mul11_107 + reshape19_107;
            const float relu9_107 = add10_107 < 0.0f ? 0.0f : add10_107;
            part_29 = relu9_107;
          }
        }
      }
      acc_5 = f32_max_nan(acc_5, part_29);
      for (int k_7 = 0; k_7 < p.exp4_tabn; ++k_7) {
        float part_25 = 0.0f;
        if (k_7 < p.concat6_end0) {
          const float reshape13_88 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_88 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_88;
          const float reshape17_88 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_88 = reshape17_88 + 0.00001f;
          const float rsqrt15_88 = rsqrtf(add16_88);
          const float reshape18_88 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_88 = rsqrt15_88 * reshape18_88;
          const float mul11_88 = sub12_88 * mul14_88;
          const float reshape19_88 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_88 = mul11_88 + reshape19_88;
          const float relu9_88 = add10_88 < 0.0f ? 0.0f : add10_88;
          part_25 = relu9_88;
        } else {
          if (k_7 < p.concat6_end1) {
            const float reshape13_89 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_89 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_89;
            const float reshape17_89 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_89 = reshape17_89 + 0.00001f;
            const float rsqrt15_89 = rsqrtf(add16_89);
            const float reshape18_89 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_89 = rsqrt15_89 * reshape18_89;
            const float mul11_89 = sub12_89 * mul14_89;
            const float reshape19_89 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_89 = mul11_89 + reshape19_89;
            const float relu9_89 = add10_89 < 0.0f ? 0.0f : add10_89;
            part_25 = relu9_89;
          } else {
            if (k_7 < p.concat6_end2) {
              const float reshape13_90 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_90 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_90;
              const float reshape17_90 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_90 = reshape17_90 + 0.00001f;
              const float rsqrt15_90 = rsqrtf(add16_90);
              const float reshape18_90 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_90 = rsqrt15_90 * reshape18_90;
              const float mul11_90 = sub12_90 * mul14_90;
              const float reshape19_90 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_90 = mul11_90 + reshape19_90;
              const float relu9_90 = add10_90 < 0.0f ? 0.0f : add10_90;
              part_25 = relu9_90;
            } else {
              const float reshape13_91 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_91 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_91;
              const float reshape17_91 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_91 = reshape17_91 + 0.00001f;
              const float rsqrt15_91 = rsqrtf(add16_91);
              const float reshape18_91 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_91 = rsqrt15_91 * reshape18_91;
              const float mul11_91 = sub12_91 * mul14_91;
              const float reshape19_91 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_91 = mul11_91 + reshape19_91;
              const float relu9_91 = add10_91 < 0.0f ? 0.0f : add10_91;
              part_25 = relu9_91;
            }
          }
        }
        const float sub5_4 = part_25 - acc_5;
        const float exp4_4 = expf(sub5_4);
        exp4_tab_4[k_7] = exp4_4;
      }
      for (int k_6 = 0; k_6 < p.mul3_tabn; ++k_6) {
        float part_30 = 0.0f;
        if (k_6 < p.concat6_end0) {
          const float reshape13_108 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_108 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_108;
          const float reshape17_108 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_108 = reshape17_108 + 0.00001f;
          const float rsqrt15_108 = rsqrtf(add16_108);
          const float reshape18_108 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_108 = rsqrt15_108 * reshape18_108;
          const float mul11_108 = sub12_108 * mul14_108;
          const float reshape19_108 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_108 = mul11_108 + reshape19_108;
          const float relu9_108 = add10_108 < 0.0f ? 0.0f : add10_108;
          part_30 = relu9_108;
        } else {
          if (k_6 < p.concat6_end1) {
            const float reshape13_109 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_109 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_109;
            const float reshape17_109 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_109 = reshape17_109 + 0.00001f;
            const float rsqrt15_109 = rsqrtf(add16_109);
            const float reshape18_109 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_109 = rsqrt15_109 * reshape18_109;
            const float mul11_109 = sub12_109 * mul14_109;
            const float reshape19_109 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_109 = mul11_109 + reshape19_109;
            const float relu9_109 = add10_109 < 0.0f ? 0.0f : add10_109;
            part_30 = relu9_109;
          } else {
            if (k_6 < p.concat6_end2) {
              const float reshape13_110 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_110 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_110;
              const float reshape17_110 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_110 = reshape17_110 + 0.00001f;
              const float rsqrt15_110 = rsqrtf(add16_110);
              const float reshape18_110 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_110 = rsqrt15_110 * reshape18_110;
              const float mul11_110 = sub12_110 * mul14_110;
              const float reshape19_110 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_110 = mul11_110 + reshape19_110;
              const float relu9_110 = add10_110 < 0.0f ? 0.0f : add10_110;
              part_30 = relu9_110;
            } else {
              const float reshape13_111 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_111 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_111;
              const float reshape17_111 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_111 = reshape17_111 + 0.00001f;
              const float rsqrt15_111 = rsqrtf(add16_111);
              const float reshape18_111 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_111 = rsqrt15_111 * reshape18_111;
              const float mul11_111 = sub12_111 * mul14_111;
              const float reshape19_111 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_111 = mul11_111 + reshape19_111;
              const float relu9_111 = add10_111 < 0.0f ? 0.0f : add10_111;
              part_30 = relu9_111;
            }
          }
        }
        const float mul3_2 = exp4_tab_4[k_6] * part_30;
        mul3_tab_2[k_6] = mul3_2;
      }
      const float reshape2_2 = mul3_tab_2[2];
      part_24 = reshape2_2;
    } else {
      float exp4_tab_5[4] = {};
      float acc_6 = -__int_as_float(0x7f800000);
      float part_32 = 0.0f;
      if (0 < p.concat6_end0) {
        const float reshape13_116 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_116 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_116;
        const float reshape17_116 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_116 = reshape17_116 + 0.00001f;
        const float rsqrt15_116 = rsqrtf(add16_116);
        const float reshape18_116 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_116 = rsqrt15_116 * reshape18_116;
        const float mul11_116 = sub12_116 * mul14_116;
        const float reshape19_116 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_116 = mul11_116 + reshape19_116;
        const float relu9_116 = add10_116 < 0.0f ? 0.0f : add10_116;
        part_32 = relu9_116;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape13_117 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_117 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_117;
          const float reshape17_117 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_117 = reshape17_117 + 0.00001f;
          const float rsqrt15_117 = rsqrtf(add16_117);
          const float reshape18_117 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_117 = rsqrt15_117 * reshape18_117;
          const float mul11_117 = sub12_117 * mul14_117;
          const float reshape19_117 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_117 = mul11_117 + reshape19_117;
          const float relu9_117 = add10_117 < 0.0f ? 0.0f : add10_117;
          part_32 = relu9_117;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape13_118 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_118 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_118;
            const float reshape17_118 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_118 = reshape17_118 + 0.00001f;
            const float rsqrt15_118 = rsqrtf(add16_118);
            const float reshape18_118 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_118 = rsqrt15_118 * reshape18_118;
            const float mul11_118 = sub12_118 * mul14_118;
            const float reshape19_118 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_118 = mul11_118 + reshape19_118;
            const float relu9_118 = add10_118 < 0.0f ? 0.0f : add10_118;
            part_32 = relu9_118;
          } else {
            const float reshape13_119 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_119 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_119;
            const float reshape17_119 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_119 = reshape17_119 + 0.00001f;
            const float rsqrt15_119 = rsqrtf(add16_119);
            const float reshape18_119 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_119 = rsqrt15_119 * reshape18_119;
            const float mul11_119 = sub12_119 * mul14_119;
            const float reshape19_119 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_119 = mul11_119 + reshape19_119;
            const float relu9_119 = add10_119 < 0.0f ? 0.0f : add10_119;
            part_32 = relu9_119;
          }
        }
      }
      acc_6 = f32_max_nan(acc_6, part_32);
      float part_33 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape13_120 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_120 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_120;
        const float reshape17_120 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_120 = reshape17_120 + 0.00001f;
        const float rsqrt15_120 = rsqrtf(add16_120);
        const float reshape18_120 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_120 = rsqrt15_120 * reshape18_120;
        const float mul11_120 = sub12_120 * mul14_120;
        const float reshape19_120 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_120 = mul11_120 + reshape19_120;
        const float relu9_120 = add10_120 < 0.0f ? 0.0f : add10_120;
        part_33 = relu9_120;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape13_121 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_121 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_121;
          const float reshape17_121 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_121 = reshape17_121 + 0.00001f;
          const float rsqrt15_121 = rsqrtf(add16_121);
          const float reshape18_121 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_121 = rsqrt15_121 * reshape18_121;
          const float mul11_121 = sub12_121 * mul14_121;
          const float reshape19_121 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_121 = mul11_121 + reshape19_121;
          const float relu9_121 = add10_121 < 0.0f ? 0.0f : add10_121;
          part_33 = relu9_121;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape13_122 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_122 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_122;
            const float reshape17_122 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_122 = reshape17_122 + 0.00001f;
            const float rsqrt15_122 = rsqrtf(add16_122);
            const float reshape18_122 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_122 = rsqrt15_122 * reshape18_122;
            const float mul11_122 = sub12_122 * mul14_122;
            const float reshape19_122 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_122 = mul11_122 + reshape19_122;
            const float relu9_122 = add10_122 < 0.0f ? 0.0f : add10_122;
            part_33 = relu9_122;
          } else {
            const float reshape13_123 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_123 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_123;
            const float reshape17_123 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_123 = reshape17_123 + 0.00001f;
            const float rsqrt15_123 = rsqrtf(add16_123);
            const float reshape18_123 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_123 = rsqrt15_123 * reshape18_123;
            const float mul11_123 = sub12_123 * mul14_123;
            const float reshape19_123 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_123 = mul11_123 + reshape19_123;
            const float relu9_123 = add10_123 < 0.0f ? 0.0f : add10_123;
            part_33 = relu9_123;
          }
        }
      }
      acc_6 = f32_max_nan(acc_6, part_33);
      float part_34 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape13_124 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_124 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_124;
        const float reshape17_124 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_124 = reshape17_124 + 0.00001f;
        const float rsqrt15_124 = rsqrtf(add16_124);
        const float reshape18_124 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_124 = rsqrt15_124 * reshape18_124;
        const float mul11_124 = sub12_124 * mul14_124;
        const float reshape19_124 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_124 = mul11_124 + reshape19_124;
        const float relu9_124 = add10_124 < 0.0f ? 0.0f : add10_124;
        part_34 = relu9_124;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape13_125 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_125 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_125;
          const float reshape17_125 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_125 = reshape17_125 + 0.00001f;
          const float rsqrt15_125 = rsqrtf(add16_125);
          const float reshape18_125 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_125 = rsqrt15_125 * reshape18_125;
          const float mul11_125 = sub12_125 * mul14_125;
          const float reshape19_125 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_125 = mul11_125 + reshape19_125;
          const float relu9_125 = add10_125 < 0.0f ? 0.0f : add10_125;
          part_34 = relu9_125;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape13_126 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_126 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_126;
            const float reshape17_126 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_126 = reshape17_126 + 0.00001f;
            const float rsqrt15_126 = rsqrtf(add16_126);
            const float reshape18_126 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_126 = rsqrt15_126 * reshape18_126;
            const float mul11_126 = sub12_126 * mul14_126;
            const float reshape19_126 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_126 = mul11_126 + reshape19_126;
            const float relu9_126 = add10_126 < 0.0f ? 0.0f : add10_126;
            part_34 = relu9_126;
          } else {
            const float reshape13_127 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_127 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_127;
            const float reshape17_127 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_127 = reshape17_127 + 0.00001f;
            const float rsqrt15_127 = rsqrtf(add16_127);
            const float reshape18_127 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_127 = rsqrt15_127 * reshape18_127;
            const float mul11_127 = sub12_127 * mul14_127;
            const float reshape19_127 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_127 = mul11_127 + reshape19_127;
            const float relu9_127 = add10_127 < 0.0f ? 0.0f : add10_127;
            part_34 = relu9_127;
          }
        }
      }
      acc_6 = f32_max_nan(acc_6, part_34);
      float part_35 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape13_128 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_128 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_128;
        const float reshape17_128 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_128 = reshape17_128 + 0.00001f;
        const float rsqrt15_128 = rsqrtf(add16_128);
        const float reshape18_128 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_128 = rsqrt15_128 * reshape18_128;
        const float mul11_128 = sub12_128 * mul14_128;
        const float reshape19_128 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_128 = mul11_128 + reshape19_128;
        const float relu9_128 = add10_128 < 0.0f ? 0.0f : add10_128;
        part_35 = relu9_128;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape13_129 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_129 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_129;
          const float reshape17_129 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_129 = reshape17_129 + 0.00001f;
          const float rsqrt15_129 = rsqrtf(add16_129);
          const float reshape18_129 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_129 = rsqrt15_129 * reshape18_129;
          const float mul11_129 = sub12_129 * mul14_129;
          const float reshape19_129 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_129 = mul11_129 + reshape19_129;
          const float relu9_129 = add10_129 < 0.0f ? 0.0f : add10_129;
          part_35 = relu9_129;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape13_130 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_130 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_130;
            const float reshape17_130 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_130 = reshape17_130 + 0.00001f;
            const float rsqrt15_130 = rsqrtf(add16_130);
            const float reshape18_130 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_130 = rsqrt15_130 * reshape18_130;
            const float mul11_130 = sub12_130 * mul14_130;
            const float reshape19_130 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_130 = mul11_130 + reshape19_130;
            const float relu9_130 = add10_130 < 0.0f ? 0.0f : add10_130;
            part_35 = relu9_130;
          } else {
            const float reshape13_131 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_131 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_131;
            const float reshape17_131 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_131 = reshape17_131 + 0.00001f;
            const float rsqrt15_131 = rsqrtf(add16_131);
            const float reshape18_131 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_131 = rsqrt15_131 * reshape18_131;
            const float mul11_131 = sub12_131 * mul14_131;
            const float reshape19_131 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_131 = mul11_131 + reshape19_131;
            const float relu9_131 = add10_131 < 0.0f ? 0.0f : add10_131;
            part_35 = relu9_131;
          }
        }
      }
      acc_6 = f32_max_nan(acc_6, part_35);
      for (int k_8 = 0; k_8 < p.exp4_tabn; ++k_8) {
        float part_31 = 0.0f;
        if (k_8 < p.concat6_end0) {
          const float reshape13_112 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_112 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_112;
          const float reshape17_112 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_112 = reshape17_112 + 0.00001f;
          const float rsqrt15_112 = rsqrtf(add16_112);
          const float reshape18_112 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_112 = rsqrt15_112 * reshape18_112;
          const float mul11_112 = sub12_112 * mul14_112;
          const float reshape19_112 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_112 = mul11_112 + reshape19_112;
          const float relu9_112 = add10_112 < 0.0f ? 0.0f : add10_112;
          part_31 = relu9_112;
        } else {
          if (k_8 < p.concat6_end1) {
            const float reshape13_113 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_113 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_113;
            const float reshape17_113 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_113 = reshape17_113 + 0.00001f;
            const float rsqrt15_113 = rsqrtf(add16_113);
            const float reshape18_113 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_113 = rsqrt15_113 * reshape18_113;
            const float mul11_113 = sub12_113 * mul14_113;
            const float reshape19_113 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_113 = mul11_113 + reshape19_113;
            const float relu9_113 = add10_113 < 0.0f ? 0.0f : add10_113;
            part_31 = relu9_113;
          } else {
            if (k_8 < p.concat6_end2) {
              const float reshape13_114 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_114 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_114;
              const float reshape17_114 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_114 = reshape17_114 + 0.00001f;
              const float rsqrt15_114 = rsqrtf(add16_114);
              const float reshape18_114 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_114 = rsqrt15_114 * reshape18_114;
              const float mul11_114 = sub12_114 * mul14_114;
              const float reshape19_114 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_114 = mul11_114 + reshape19_114;
              const float relu9_114 = add10_114 < 0.0f ? 0.0f : add10_114;
              part_31 = relu9_114;
            } else {
              const float reshape13_115 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_115 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_115;
              const float reshape17_115 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_115 = reshape17_115 + 0.00001f;
              const float rsqrt15_115 = rsqrtf(add16_115);
              const float reshape18_115 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_115 = rsqrt15_115 * reshape18_115;
              const float mul11_115 = sub12_115 * mul14_115;
              const float reshape19_115 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_115 = mul11_115 + reshape19_115;
              const float relu9_115 = add10_115 < 0.0f ? 0.0f : add10_115;
              part_31 = relu9_115;
            }
          }
        }
        const float sub5_5 = part_31 - acc_6;
        const float exp4_5 = expf(sub5_5);
        exp4_tab_5[k_8] = exp4_5;
      }
      const float reshape27_2 = exp4_tab_5[2];
      part_24 = reshape27_2;
    }
    acc = acc + part_24;
    float part_36 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_3[4] = {};
      float exp4_tab_6[4] = {};
      float acc_7 = -__int_as_float(0x7f800000);
      float part_38 = 0.0f;
      if (0 < p.concat6_end0) {
        const float reshape13_136 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_136 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_136;
        const float reshape17_136 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_136 = reshape17_136 + 0.00001f;
        const float rsqrt15_136 = rsqrtf(add16_136);
        const float reshape18_136 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_136 = rsqrt15_136 * reshape18_136;
        const float mul11_136 = sub12_136 * mul14_136;
        const float reshape19_136 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_136 = mul11_136 + reshape19_136;
        const float relu9_136 = add10_136 < 0.0f ? 0.0f : add10_136;
        part_38 = relu9_136;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape13_137 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_137 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_137;
          const float reshape17_137 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_137 = reshape17_137 + 0.00001f;
          const float rsqrt15_137 = rsqrtf(add16_137);
          const float reshape18_137 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_137 = rsqrt15_137 * reshape18_137;
          const float mul11_137 = sub12_137 * mul14_137;
          const float reshape19_137 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_137 = mul11_137 + reshape19_137;
          const float relu9_137 = add10_137 < 0.0f ? 0.0f : add10_137;
          part_38 = relu9_137;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape13_138 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_138 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_138;
            const float reshape17_138 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_138 = reshape17_138 + 0.00001f;
            const float rsqrt15_138 = rsqrtf(add16_138);
            const float reshape18_138 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_138 = rsqrt15_138 * reshape18_138;
            const float mul11_138 = sub12_138 * mul14_138;
            const float reshape19_138 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_138 = mul11_138 + reshape19_138;
            const float relu9_138 = add10_138 < 0.0f ? 0.0f : add10_138;
            part_38 = relu9_138;
          } else {
            const float reshape13_139 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_139 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_139;
            const float reshape17_139 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_139 = reshape17_139 + 0.00001f;
            const float rsqrt15_139 = rsqrtf(add16_139);
            const float reshape18_139 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_139 = rsqrt15_139 * reshape18_139;
            const float mul11_139 = sub12_139 * mul14_139;
            const float reshape19_139 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_139 = mul11_139 + reshape19_139;
            const float relu9_139 = add10_139 < 0.0f ? 0.0f : add10_139;
            part_38 = relu9_139;
          }
        }
      }
      acc_7 = f32_max_nan(acc_7, part_38);
      float part_39 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape13_140 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_140 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_140;
        const float reshape17_140 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_140 = reshape17_140 + 0.00001f;
        const float rsqrt15_140 = rsqrtf(add16_140);
        const float reshape18_140 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_140 = rsqrt15_140 * reshape18_140;
        const float mul11_140 = sub12_140 * mul14_140;
        const float reshape19_140 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_140 = mul11_140 + reshape19_140;
        const float relu9_140 = add10_140 < 0.0f ? 0.0f : add10_140;
        part_39 = relu9_140;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape13_141 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_141 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_141;
          const float reshape17_141 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_141 = reshape17_141 + 0.00001f;
          const float rsqrt15_141 = rsqrtf(add16_141);
          const float reshape18_141 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_141 = rsqrt15_141 * reshape18_141;
          const float mul11_141 = sub12_141 * mul14_141;
          const float reshape19_141 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_141 = mul11_141 + reshape19_141;
          const float relu9_141 = add10_141 < 0.0f ? 0.0f : add10_141;
          part_39 = relu9_141;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape13_142 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_142 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_142;
            const float reshape17_142 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_142 = reshape17_142 + 0.00001f;
            const float rsqrt15_142 = rsqrtf(add16_142);
            const float reshape18_142 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_142 = rsqrt15_142 * reshape18_142;
            const float mul11_142 = sub12_142 * mul14_142;
            const float reshape19_142 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_142 = mul11_142 + reshape19_142;
            const float relu9_142 = add10_142 < 0.0f ? 0.0f : add10_142;
            part_39 = relu9_142;
          } else {
            const float reshape13_143 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_143 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_143;
            const float reshape17_143 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_143 = reshape17_143 + 0.00001f;
            const float rsqrt15_143 = rsqrtf(add16_143);
            const float reshape18_143 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_143 = rsqrt15_143 * reshape18_143;
            const float mul11_143 = sub12_143 * mul14_143;
            const float reshape19_143 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_143 = mul11_143 + reshape19_143;
            const float relu9_143 = add10_143 < 0.0f ? 0.0f : add10_143;
            part_39 = relu9_143;
          }
        }
      }
      acc_7 = f32_max_nan(acc_7, part_39);
      float part_40 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape13_144 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_144 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_144;
        const float reshape17_144 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_144 = reshape17_144 + 0.00001f;
        const float rsqrt15_144 = rsqrtf(add16_144);
        const float reshape18_144 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_144 = rsqrt15_144 * reshape18_144;
        const float mul11_144 = sub12_144 * mul14_144;
        const float reshape19_144 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_144 = mul11_144 + reshape19_144;
        const float relu9_144 = add10_144 < 0.0f ? 0.0f : add10_144;
        part_40 = relu9_144;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape13_145 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_145 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_145;
          const float reshape17_145 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_145 = reshape17_145 + 0.00001f;
          const float rsqrt15_145 = rsqrtf(add16_145);
          const float reshape18_145 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_145 = rsqrt15_145 * reshape18_145;
          const float mul11_145 = sub12_145 * mul14_145;
          const float reshape19_145 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_145 = mul11_145 + reshape19_145;
          const float relu9_145 = add10_145 < 0.0f ? 0.0f : add10_145;
          part_40 = relu9_145;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape13_146 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_146 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_146;
            const float reshape17_146 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_146 = reshape17_146 + 0.00001f;
            const float rsqrt15_146 = rsqrtf(add16_146);
            const float reshape18_146 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_146 = rsqrt15_146 * reshape18_146;
            const float mul11_146 = sub12_146 * mul14_146;
            const float reshape19_146 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_146 = mul11_146 + reshape19_146;
            const float relu9_146 = add10_146 < 0.0f ? 0.0f : add10_146;
            part_40 = relu9_146;
          } else {
            const float reshape13_147 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_147 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_147;
            const float reshape17_147 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_147 = reshape17_147 + 0.00001f;
            const float rsqrt15_147 = rsqrtf(add16_147);
            const float reshape18_147 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_147 = rsqrt15_147 * reshape18_147;
            const float mul11_147 = sub12_147 * mul14_147;
            const float reshape19_147 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_147 = mul11_147 + reshape19_147;
            const float relu9_147 = add10_147 < 0.0f ? 0.0f : add10_147;
            part_40 = relu9_147;
          }
        }
      }
      acc_7 = f32_max_nan(acc_7, part_40);
      float part_41 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape13_148 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_148 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_148;
        const float reshape17_148 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_148 = reshape17_148 + 0.00001f;
        const float rsqrt15_148 = rsqrtf(add16_148);
        const float reshape18_148 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_148 = rsqrt15_148 * reshape18_148;
        const float mul11_148 = sub12_148 * mul14_148;
        const float reshape19_148 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_148 = mul11_148 + reshape19_148;
        const float relu9_148 = add10_148 < 0.0f ? 0.0f : add10_148;
        part_41 = relu9_148;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape13_149 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_149 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_149;
          const float reshape17_149 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_149 = reshape17_149 + 0.00001f;
          const float rsqrt15_149 = rsqrtf(add16_149);
          const float reshape18_149 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_149 = rsqrt15_149 * reshape18_149;
          const float mul11_149 = sub12_149 * mul14_149;
          const float reshape19_149 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_149 = mul11_149 + reshape19_149;
          const float relu9_149 = add10_149 < 0.0f ? 0.0f : add10_149;
          part_41 = relu9_149;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape13_150 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_150 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_150;
            const float reshape17_150 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_150 = reshape17_150 + 0.00001f;
            const float rsqrt15_150 = rsqrtf(add16_150);
            const float reshape18_150 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_150 = rsqrt15_150 * reshape18_150;
            const float mul11_150 = sub12_150 * mul14_150;
            const float reshape19_150 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_150 = mul11_150 + reshape19_150;
            const float relu9_150 = add10_150 < 0.0f ? 0.0f : add10_150;
            part_41 = relu9_150;
          } else {
            const float reshape13_151 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_151 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_151;
            const float reshape17_151 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_151 = reshape17_151 + 0.00001f;
            const float rsqrt15_151 = rsqrtf(add16_151);
            const float reshape18_151 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_151 = rsqrt15_151 * reshape18_151;
            const float mul11_151 = sub12_151 * mul14_151;
            const float reshape19_151 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_151 = mul11_151 + reshape19_151;
            const float relu9_151 = add10_151 < 0.0f ? 0.0f : add10_151;
            part_41 = relu9_151;
          }
        }
      }
      acc_7 = f32_max_nan(acc_7, part_41);
      for (int k_10 = 0; k_10 < p.exp4_tabn; ++k_10) {
        float part_37 = 0.0f;
        if (k_10 < p.concat6_end0) {
          const float reshape13_132 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_132 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_132;
          const float reshape17_132 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_132 = reshape17_132 + 0.00001f;
          const float rsqrt15_132 = rsqrtf(add16_132);
          const float reshape18_132 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_132 = rsqrt15_132 * reshape18_132;
          const float mul11_132 = sub12_132 * mul14_132;
          const float reshape19_132 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_132 = mul11_132 + reshape19_132;
          const float relu9_132 = add10_132 < 0.0f ? 0.0f : add10_132;
          part_37 = relu9_132;
        } else {
          if (k_10 < p.concat6_end1) {
            const float reshape13_133 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_133 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_133;
            const float reshape17_133 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_133 = reshape17_133 + 0.00001f;
            const float rsqrt15_133 = rsqrtf(add16_133);
            const float reshape18_133 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_133 = rsqrt15_133 * reshape18_133;
            const float mul11_133 = sub12_133 * mul14_133;
            const float reshape19_133 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_133 = mul11_133 + reshape19_133;
            const float relu9_133 = add10_133 < 0.0f ? 0.0f : add10_133;
            part_37 = relu9_133;
          } else {
            if (k_10 < p.concat6_end2) {
              const float reshape13_134 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_134 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_134;
              const float reshape17_134 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_134 = reshape17_134 + 0.00001f;
              const float rsqrt15_134 = rsqrtf(add16_134);
              const float reshape18_134 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_134 = rsqrt15_134 * reshape18_134;
              const float mul11_134 = sub12_134 * mul14_134;
              const float reshape19_134 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_134 = mul11_134 + reshape19_134;
              const float relu9_134 = add10_134 < 0.0f ? 0.0f : add10_134;
              part_37 = relu9_134;
            } else {
              const float reshape13_135 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_135 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_135;
              const float reshape17_135 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_135 = reshape17_135 + 0.00001f;
              const float rsqrt15_135 = rsqrtf(add16_135);
              const float reshape18_135 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_135 = rsqrt15_135 * reshape18_135;
              const float mul11_135 = sub12_135 * mul14_135;
              const float reshape19_135 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_135 = mul11_135 + reshape19_135;
              const float relu9_135 = add10_135 < 0.0f ? 0.0f : add10_135;
              part_37 = relu9_135;
            }
          }
        }
        const float sub5_6 = part_37 - acc_7;
        const float exp4_6 = expf(sub5_6);
        exp4_tab_6[k_10] = exp4_6;
      }
      for (int k_9 = 0; k_9 < p.mul3_tabn; ++k_9) {
        float part_42 = 0.0f;
        if (k_9 < p.concat6_end0) {
          const float reshape13_152 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_152 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_152;
          const float reshape17_152 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_152 = reshape17_152 + 0.00001f;
          const float rsqrt15_152 = rsqrtf(add16_152);
          const float reshape18_152 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_152 = rsqrt15_152 * reshape18_152;
          const float mul11_152 = sub12_152 * mul14_152;
          const float reshape19_152 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_152 = mul11_152 + reshape19_152;
          const float relu9_152 = add10_152 < 0.0f ? 0.0f : add10_152;
          part_42 = relu9_152;
        } else {
          if (k_9 < p.concat6_end1) {
            const float reshape13_153 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_153 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_153;
            const float reshape17_153 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_153 = reshape17_153 + 0.00001f;
            const float rsqrt15_153 = rsqrtf(add16_153);
            const float reshape18_153 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_153 = rsqrt15_153 * reshape18_153;
            const float mul11_153 = sub12_153 * mul14_153;
            const float reshape19_153 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_153 = mul11_153 + reshape19_153;
            const float relu9_153 = add10_153 < 0.0f ? 0.0f : add10_153;
            part_42 = relu9_153;
          } else {
            if (k_9 < p.concat6_end2) {
              const float reshape13_154 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_154 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_154;
              const float reshape17_154 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_154 = reshape17_154 + 0.00001f;
              const float rsqrt15_154 = rsqrtf(add16_154);
              const float reshape18_154 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_154 = rsqrt15_154 * reshape18_154;
              const float mul11_154 = sub12_154 * mul14_154;
              const float reshape19_154 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_154 = mul11_154 + reshape19_154;
              const float relu9_154 = add10_154 < 0.0f ? 0.0f : add10_154;
              part_42 = relu9_154;
            } else {
              const float reshape13_155 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_155 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_155;
              const float reshape17_155 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_155 = reshape17_155 + 0.00001f;
              const float rsqrt15_155 = rsqrtf(add16_155);
              const float reshape18_155 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_155 = rsqrt15_155 * reshape18_155;
              const float mul11_155 = sub12_155 * mul14_155;
              const float reshape19_155 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_155 = mul11_155 + reshape19_155;
              const float relu9_155 = add10_155 < 0.0f ? 0.0f : add10_155;
              part_42 = relu9_155;
            }
          }
        }
        const float mul3_3 = exp4_tab_6[k_9] * part_42;
        mul3_tab_3[k_9] = mul3_3;
      }
      const float reshape2_3 = mul3_tab_3[3];
      part_36 = reshape2_3;
    } else {
      float exp4_tab_7[4] = {};
      float acc_8 = -__int_as_float(0x7f800000);
      float part_44 = 0.0f;
      if (0 < p.concat6_end0) {
        const float reshape13_160 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_160 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_160;
        const float reshape17_160 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_160 = reshape17_160 + 0.00001f;
        const float rsqrt15_160 = rsqrtf(add16_160);
        const float reshape18_160 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_160 = rsqrt15_160 * reshape18_160;
        const float mul11_160 = sub12_160 * mul14_160;
        const float reshape19_160 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_160 = mul11_160 + reshape19_160;
        const float relu9_160 = add10_160 < 0.0f ? 0.0f : add10_160;
        part_44 = relu9_160;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape13_161 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_161 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_161;
          const float reshape17_161 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_161 = reshape17_161 + 0.00001f;
          const float rsqrt15_161 = rsqrtf(add16_161);
          const float reshape18_161 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_161 = rsqrt15_161 * reshape18_161;
          const float mul11_161 = sub12_161 * mul14_161;
          const float reshape19_161 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_161 = mul11_161 + reshape19_161;
          const float relu9_161 = add10_161 < 0.0f ? 0.0f : add10_161;
          part_44 = relu9_161;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape13_162 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_162 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_162;
            const float reshape17_162 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_162 = reshape17_162 + 0.00001f;
            const float rsqrt15_162 = rsqrtf(add16_162);
            const float reshape18_162 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_162 = rsqrt15_162 * reshape18_162;
            const float mul11_162 = sub12_162 * mul14_162;
            const float reshape19_162 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_162 = mul11_162 + reshape19_162;
            const float relu9_162 = add10_162 < 0.0f ? 0.0f : add10_162;
            part_44 = relu9_162;
          } else {
            const float reshape13_163 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_163 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_163;
            const float reshape17_163 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_163 = reshape17_163 + 0.00001f;
            const float rsqrt15_163 = rsqrtf(add16_163);
            const float reshape18_163 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_163 = rsqrt15_163 * reshape18_163;
            const float mul11_163 = sub12_163 * mul14_163;
            const float reshape19_163 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_163 = mul11_163 + reshape19_163;
            const float relu9_163 = add10_163 < 0.0f ? 0.0f : add10_163;
            part_44 = relu9_163;
          }
        }
      }
      acc_8 = f32_max_nan(acc_8, part_44);
      float part_45 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape13_164 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_164 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_164;
        const float reshape17_164 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_164 = reshape17_164 + 0.00001f;
        const float rsqrt15_164 = rsqrtf(add16_164);
        const float reshape18_164 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_164 = rsqrt15_164 * reshape18_164;
        const float mul11_164 = sub12_164 * mul14_164;
        const float reshape19_164 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_164 = mul11_164 + reshape19_164;
        const float relu9_164 = add10_164 < 0.0f ? 0.0f : add10_164;
        part_45 = relu9_164;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape13_165 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_165 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_165;
          const float reshape17_165 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_165 = reshape17_165 + 0.00001f;
          const float rsqrt15_165 = rsqrtf(add16_165);
          const float reshape18_165 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_165 = rsqrt15_165 * reshape18_165;
          const float mul11_165 = sub12_165 * mul14_165;
          const float reshape19_165 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_165 = mul11_165 + reshape19_165;
          const float relu9_165 = add10_165 < 0.0f ? 0.0f : add10_165;
          part_45 = relu9_165;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape13_166 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_166 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_166;
            const float reshape17_166 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_166 = reshape17_166 + 0.00001f;
            const float rsqrt15_166 = rsqrtf(add16_166);
            const float reshape18_166 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_166 = rsqrt15_166 * reshape18_166;
            const float mul11_166 = sub12_166 * mul14_166;
            const float reshape19_166 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_166 = mul11_166 + reshape19_166;
            const float relu9_166 = add10_166 < 0.0f ? 0.0f : add10_166;
            part_45 = relu9_166;
          } else {
            const float reshape13_167 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_167 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_167;
            const float reshape17_167 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_167 = reshape17_167 + 0.00001f;
            const float rsqrt15_167 = rsqrtf(add16_167);
            const float reshape18_167 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_167 = rsqrt15_167 * reshape18_167;
            const float mul11_167 = sub12_167 * mul14_167;
            const float reshape19_167 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_167 = mul11_167 + reshape19_167;
            const float relu9_167 = add10_167 < 0.0f ? 0.0f : add10_167;
            part_45 = relu9_167;
          }
        }
      }
      acc_8 = f32_max_nan(acc_8, part_45);
      float part_46 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape13_168 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_168 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_168;
        const float reshape17_168 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_168 = reshape17_168 + 0.00001f;
        const float rsqrt15_168 = rsqrtf(add16_168);
        const float reshape18_168 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_168 = rsqrt15_168 * reshape18_168;
        const float mul11_168 = sub12_168 * mul14_168;
        const float reshape19_168 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_168 = mul11_168 + reshape19_168;
        const float relu9_168 = add10_168 < 0.0f ? 0.0f : add10_168;
        part_46 = relu9_168;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape13_169 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_169 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_169;
          const float reshape17_169 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_169 = reshape17_169 + 0.00001f;
          const float rsqrt15_169 = rsqrtf(add16_169);
          const float reshape18_169 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_169 = rsqrt15_169 * reshape18_169;
          const float mul11_169 = sub12_169 * mul14_169;
          const float reshape19_169 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_169 = mul11_169 + reshape19_169;
          const float relu9_169 = add10_169 < 0.0f ? 0.0f : add10_169;
          part_46 = relu9_169;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape13_170 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_170 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_170;
            const float reshape17_170 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_170 = reshape17_170 + 0.00001f;
            const float rsqrt15_170 = rsqrtf(add16_170);
            const float reshape18_170 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_170 = rsqrt15_170 * reshape18_170;
            const float mul11_170 = sub12_170 * mul14_170;
            const float reshape19_170 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_170 = mul11_170 + reshape19_170;
            const float relu9_170 = add10_170 < 0.0f ? 0.0f : add10_170;
            part_46 = relu9_170;
          } else {
            const float reshape13_171 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_171 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_171;
            const float reshape17_171 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_171 = reshape17_171 + 0.00001f;
            const float rsqrt15_171 = rsqrtf(add16_171);
            const float reshape18_171 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_171 = rsqrt15_171 * reshape18_171;
            const float mul11_171 = sub12_171 * mul14_171;
            const float reshape19_171 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_171 = mul11_171 + reshape19_171;
            const float relu9_171 = add10_171 < 0.0f ? 0.0f : add10_171;
            part_46 = relu9_171;
          }
        }
      }
      acc_8 = f32_max_nan(acc_8, part_46);
      float part_47 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape13_172 = in1[i32_mul(line_i1, p.in1_s0)];
        const float sub12_172 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_172;
        const float reshape17_172 = in2[i32_mul(line_i1, p.in2_s0)];
        const float add16_172 = reshape17_172 + 0.00001f;
        const float rsqrt15_172 = rsqrtf(add16_172);
        const float reshape18_172 = in3[i32_mul(line_i1, p.in3_s0)];
        const float mul14_172 = rsqrt15_172 * reshape18_172;
        const float mul11_172 = sub12_172 * mul14_172;
        const float reshape19_172 = in4[i32_mul(line_i1, p.in4_s0)];
        const float add10_172 = mul11_172 + reshape19_172;
        const float relu9_172 = add10_172 < 0.0f ? 0.0f : add10_172;
        part_47 = relu9_172;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape13_173 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_173 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_173;
          const float reshape17_173 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_173 = reshape17_173 + 0.00001f;
          const float rsqrt15_173 = rsqrtf(add16_173);
          const float reshape18_173 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_173 = rsqrt15_173 * reshape18_173;
          const float mul11_173 = sub12_173 * mul14_173;
          const float reshape19_173 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_173 = mul11_173 + reshape19_173;
          const float relu9_173 = add10_173 < 0.0f ? 0.0f : add10_173;
          part_47 = relu9_173;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape13_174 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_174 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_174;
            const float reshape17_174 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_174 = reshape17_174 + 0.00001f;
            const float rsqrt15_174 = rsqrtf(add16_174);
            const float reshape18_174 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_174 = rsqrt15_174 * reshape18_174;
            const float mul11_174 = sub12_174 * mul14_174;
            const float reshape19_174 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_174 = mul11_174 + reshape19_174;
            const float relu9_174 = add10_174 < 0.0f ? 0.0f : add10_174;
            part_47 = relu9_174;
          } else {
            const float reshape13_175 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_175 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_175;
            const float reshape17_175 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_175 = reshape17_175 + 0.00001f;
            const float rsqrt15_175 = rsqrtf(add16_175);
            const float reshape18_175 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_175 = rsqrt15_175 * reshape18_175;
            const float mul11_175 = sub12_175 * mul14_175;
            const float reshape19_175 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_175 = mul11_175 + reshape19_175;
            const float relu9_175 = add10_175 < 0.0f ? 0.0f : add10_175;
            part_47 = relu9_175;
          }
        }
      }
      acc_8 = f32_max_nan(acc_8, part_47);
      for (int k_11 = 0; k_11 < p.exp4_tabn; ++k_11) {
        float part_43 = 0.0f;
        if (k_11 < p.concat6_end0) {
          const float reshape13_156 = in1[i32_mul(line_i1, p.in1_s0)];
          const float sub12_156 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] - reshape13_156;
          const float reshape17_156 = in2[i32_mul(line_i1, p.in2_s0)];
          const float add16_156 = reshape17_156 + 0.00001f;
          const float rsqrt15_156 = rsqrtf(add16_156);
          const float reshape18_156 = in3[i32_mul(line_i1, p.in3_s0)];
          const float mul14_156 = rsqrt15_156 * reshape18_156;
          const float mul11_156 = sub12_156 * mul14_156;
          const float reshape19_156 = in4[i32_mul(line_i1, p.in4_s0)];
          const float add10_156 = mul11_156 + reshape19_156;
          const float relu9_156 = add10_156 < 0.0f ? 0.0f : add10_156;
          part_43 = relu9_156;
        } else {
          if (k_11 < p.concat6_end1) {
            const float reshape13_157 = in1[i32_mul(line_i1, p.in1_s0)];
            const float sub12_157 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(line_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(line_i5, p.slice21_step4)), p.in0_s4))] - reshape13_157;
            const float reshape17_157 = in2[i32_mul(line_i1, p.in2_s0)];
            const float add16_157 = reshape17_157 + 0.00001f;
            const float rsqrt15_157 = rsqrtf(add16_157);
            const float reshape18_157 = in3[i32_mul(line_i1, p.in3_s0)];
            const float mul14_157 = rsqrt15_157 * reshape18_157;
            const float mul11_157 = sub12_157 * mul14_157;
            const float reshape19_157 = in4[i32_mul(line_i1, p.in4_s0)];
            const float add10_157 = mul11_157 + reshape19_157;
            const float relu9_157 = add10_157 < 0.0f ? 0.0f : add10_157;
            part_43 = relu9_157;
          } else {
            if (k_11 < p.concat6_end2) {
              const float reshape13_158 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_158 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(line_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(line_i5, p.slice23_step4)), p.in0_s4))] - reshape13_158;
              const float reshape17_158 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_158 = reshape17_158 + 0.00001f;
              const float rsqrt15_158 = rsqrtf(add16_158);
              const float reshape18_158 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_158 = rsqrt15_158 * reshape18_158;
              const float mul11_158 = sub12_158 * mul14_158;
              const float reshape19_158 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_158 = mul11_158 + reshape19_158;
              const float relu9_158 = add10_158 < 0.0f ? 0.0f : add10_158;
              part_43 = relu9_158;
            } else {
              const float reshape13_159 = in1[i32_mul(line_i1, p.in1_s0)];
              const float sub12_159 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(line_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(line_i5, p.slice25_step4)), p.in0_s4))] - reshape13_159;
              const float reshape17_159 = in2[i32_mul(line_i1, p.in2_s0)];
              const float add16_159 = reshape17_159 + 0.00001f;
              const float rsqrt15_159 = rsqrtf(add16_159);
              const float reshape18_159 = in3[i32_mul(line_i1, p.in3_s0)];
              const float mul14_159 = rsqrt15_159 * reshape18_159;
              const float mul11_159 = sub12_159 * mul14_159;
              const float reshape19_159 = in4[i32_mul(line_i1, p.in4_s0)];
              const float add10_159 = mul11_159 + reshape19_159;
              const float relu9_159 = add10_159 < 0.0f ? 0.0f : add10_159;
              part_43 = relu9_159;
            }
          }
        }
        const float sub5_7 = part_43 - acc_8;
        const float exp4_7 = expf(sub5_7);
        exp4_tab_7[k_11] = exp4_7;
      }
      const float reshape27_3 = exp4_tab_7[3];
      part_36 = reshape27_3;
    }
    acc = acc + part_36;
    out[i32_add(i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(pos, p.out_s3)), i32_mul(line_i4, p.out_s4)), i32_mul(line_i5, p.out_s5))] = acc;
  }
}
