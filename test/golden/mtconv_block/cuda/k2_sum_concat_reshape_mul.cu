// k2_sum_concat_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_sum_concat_reshape_mul: 1 launch(es)
// launch 2: reads 2352 B, writes 896 B; fuses:
//   %7 reshape  @ nn/norm.ts:96:40
//   %8 reshape  @ nn/norm.ts:96:40
//   %10 add  @ nn/norm.ts:115:25
//   %11 rsqrt  @ nn/norm.ts:115:17
//   %12 reshape  @ nn/norm.ts:96:40
//   %13 mul  @ nn/norm.ts:116:27
//   %14 sub  @ nn/norm.ts:117:19
//   %15 mul  @ nn/norm.ts:117:13
//   %16 reshape  @ nn/norm.ts:96:40
//   %17 add  @ nn/norm.ts:118:21
//   %18 relu  @ nn/mtconv-paper.ts:82:16
//   %19 slice  @ nn/softpool.ts:51:29
//   %20 reshape  @ nn/softpool.ts:51:19
//   %21 slice  @ nn/softpool.ts:51:29
//   %22 reshape  @ nn/softpool.ts:51:19
//   %23 slice  @ nn/softpool.ts:51:29
//   %24 reshape  @ nn/softpool.ts:51:19
//   %25 slice  @ nn/softpool.ts:51:29
//   %26 reshape  @ nn/softpool.ts:51:19
//   %27 concat  @ nn/softpool.ts:54:35
//   %29 sub  @ nn/softpool.ts:56:21
//   %30 exp  @ nn/softpool.ts:56:15
//   %31 mul  @ nn/softpool.ts:60:44
//   %32 reshape  @ nn/softpool.ts:60:34
//   %33 reshape  @ nn/softpool.ts:60:76
//   %34 concat  @ nn/softpool.ts:60:24
//   %35 sum  @ nn/softpool.ts:60:18
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, out, k2_sum_concat_reshape_mul_params (by value, 172 bytes).

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
struct k2_sum_concat_reshape_mul_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_s4;
  int out_d4;
  int out_d5;
  int sum0_n;
  int concat1_end0;
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
  int in5_s1;
  int in5_s2;
  int in5_s4;
  int in5_s5;
};

extern "C" __global__ void __launch_bounds__(64) k2_sum_concat_reshape_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    float* __restrict__ out,
    const k2_sum_concat_reshape_mul_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid / p.out_s3 % p.out_d3;
  const int out_i4 = gid / p.out_s4 % p.out_d4;
  const int out_i5 = gid % p.out_d5;
  float acc = 0.0f;
  for (int r = 0; r < p.sum0_n; ++r) {
    float part = 0.0f;
    if (out_i3 < p.concat1_end0) {
      float part_1 = 0.0f;
      if (r < p.concat6_end0) {
        const float reshape13 = in1[i32_mul(out_i1, p.in1_s0)];
        const float sub12 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(out_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(out_i5, p.slice8_step4)), p.in0_s4))] - reshape13;
        const float reshape17 = in2[i32_mul(out_i1, p.in2_s0)];
        const float add16 = reshape17 + 0.00001f;
        const float rsqrt15 = rsqrtf(add16);
        const float reshape18 = in3[i32_mul(out_i1, p.in3_s0)];
        const float mul14 = rsqrt15 * reshape18;
        const float mul11 = sub12 * mul14;
        const float reshape19 = in4[i32_mul(out_i1, p.in4_s0)];
        const float add10 = mul11 + reshape19;
        const float relu9 = add10 < 0.0f ? 0.0f : add10;
        part_1 = relu9;
      } else {
        if (r < p.concat6_end1) {
          const float reshape13_1 = in1[i32_mul(out_i1, p.in1_s0)];
          const float sub12_1 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(out_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(out_i5, p.slice21_step4)), p.in0_s4))] - reshape13_1;
          const float reshape17_1 = in2[i32_mul(out_i1, p.in2_s0)];
          const float add16_1 = reshape17_1 + 0.00001f;
          const float rsqrt15_1 = rsqrtf(add16_1);
          const float reshape18_1 = in3[i32_mul(out_i1, p.in3_s0)];
          const float mul14_1 = rsqrt15_1 * reshape18_1;
          const float mul11_1 = sub12_1 * mul14_1;
          const float reshape19_1 = in4[i32_mul(out_i1, p.in4_s0)];
          const float add10_1 = mul11_1 + reshape19_1;
          const float relu9_1 = add10_1 < 0.0f ? 0.0f : add10_1;
          part_1 = relu9_1;
        } else {
          if (r < p.concat6_end2) {
            const float reshape13_2 = in1[i32_mul(out_i1, p.in1_s0)];
            const float sub12_2 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(out_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(out_i5, p.slice23_step4)), p.in0_s4))] - reshape13_2;
            const float reshape17_2 = in2[i32_mul(out_i1, p.in2_s0)];
            const float add16_2 = reshape17_2 + 0.00001f;
            const float rsqrt15_2 = rsqrtf(add16_2);
            const float reshape18_2 = in3[i32_mul(out_i1, p.in3_s0)];
            const float mul14_2 = rsqrt15_2 * reshape18_2;
            const float mul11_2 = sub12_2 * mul14_2;
            const float reshape19_2 = in4[i32_mul(out_i1, p.in4_s0)];
            const float add10_2 = mul11_2 + reshape19_2;
            const float relu9_2 = add10_2 < 0.0f ? 0.0f : add10_2;
            part_1 = relu9_2;
          } else {
            const float reshape13_3 = in1[i32_mul(out_i1, p.in1_s0)];
            const float sub12_3 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(out_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(out_i5, p.slice25_step4)), p.in0_s4))] - reshape13_3;
            const float reshape17_3 = in2[i32_mul(out_i1, p.in2_s0)];
            const float add16_3 = reshape17_3 + 0.00001f;
            const float rsqrt15_3 = rsqrtf(add16_3);
            const float reshape18_3 = in3[i32_mul(out_i1, p.in3_s0)];
            const float mul14_3 = rsqrt15_3 * reshape18_3;
            const float mul11_3 = sub12_3 * mul14_3;
            const float reshape19_3 = in4[i32_mul(out_i1, p.in4_s0)];
            const float add10_3 = mul11_3 + reshape19_3;
            const float relu9_3 = add10_3 < 0.0f ? 0.0f : add10_3;
            part_1 = relu9_3;
          }
        }
      }
      const float sub5 = part_1 - in5[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in5_s1), i32_mul(out_i2, p.in5_s2)), i32_mul(out_i4, p.in5_s4)), i32_mul(out_i5, p.in5_s5))];
      const float exp4 = expf(sub5);
      const float mul3 = exp4 * part_1;
      part = mul3;
    } else {
      float part_2 = 0.0f;
      if (r < p.concat6_end0) {
        const float reshape13_4 = in1[i32_mul(out_i1, p.in1_s0)];
        const float sub12_4 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(out_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(out_i5, p.slice8_step4)), p.in0_s4))] - reshape13_4;
        const float reshape17_4 = in2[i32_mul(out_i1, p.in2_s0)];
        const float add16_4 = reshape17_4 + 0.00001f;
        const float rsqrt15_4 = rsqrtf(add16_4);
        const float reshape18_4 = in3[i32_mul(out_i1, p.in3_s0)];
        const float mul14_4 = rsqrt15_4 * reshape18_4;
        const float mul11_4 = sub12_4 * mul14_4;
        const float reshape19_4 = in4[i32_mul(out_i1, p.in4_s0)];
        const float add10_4 = mul11_4 + reshape19_4;
        const float relu9_4 = add10_4 < 0.0f ? 0.0f : add10_4;
        part_2 = relu9_4;
      } else {
        if (r < p.concat6_end1) {
          const float reshape13_5 = in1[i32_mul(out_i1, p.in1_s0)];
          const float sub12_5 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice21_start3, i32_mul(out_i4, p.slice21_step3)), p.in0_s3)), i32_mul(i32_add(p.slice21_start4, i32_mul(out_i5, p.slice21_step4)), p.in0_s4))] - reshape13_5;
          const float reshape17_5 = in2[i32_mul(out_i1, p.in2_s0)];
          const float add16_5 = reshape17_5 + 0.00001f;
          const float rsqrt15_5 = rsqrtf(add16_5);
          const float reshape18_5 = in3[i32_mul(out_i1, p.in3_s0)];
          const float mul14_5 = rsqrt15_5 * reshape18_5;
          const float mul11_5 = sub12_5 * mul14_5;
          const float reshape19_5 = in4[i32_mul(out_i1, p.in4_s0)];
          const float add10_5 = mul11_5 + reshape19_5;
          const float relu9_5 = add10_5 < 0.0f ? 0.0f : add10_5;
          part_2 = relu9_5;
        } else {
          if (r < p.concat6_end2) {
            const float reshape13_6 = in1[i32_mul(out_i1, p.in1_s0)];
            const float sub12_6 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice23_start3, i32_mul(out_i4, p.slice23_step3)), p.in0_s3)), i32_mul(i32_add(p.slice23_start4, i32_mul(out_i5, p.slice23_step4)), p.in0_s4))] - reshape13_6;
            const float reshape17_6 = in2[i32_mul(out_i1, p.in2_s0)];
            const float add16_6 = reshape17_6 + 0.00001f;
            const float rsqrt15_6 = rsqrtf(add16_6);
            const float reshape18_6 = in3[i32_mul(out_i1, p.in3_s0)];
            const float mul14_6 = rsqrt15_6 * reshape18_6;
            const float mul11_6 = sub12_6 * mul14_6;
            const float reshape19_6 = in4[i32_mul(out_i1, p.in4_s0)];
            const float add10_6 = mul11_6 + reshape19_6;
            const float relu9_6 = add10_6 < 0.0f ? 0.0f : add10_6;
            part_2 = relu9_6;
          } else {
            const float reshape13_7 = in1[i32_mul(out_i1, p.in1_s0)];
            const float sub12_7 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice25_start3, i32_mul(out_i4, p.slice25_step3)), p.in0_s3)), i32_mul(i32_add(p.slice25_start4, i32_mul(out_i5, p.slice25_step4)), p.in0_s4))] - reshape13_7;
            const float reshape17_7 = in2[i32_mul(out_i1, p.in2_s0)];
            const float add16_7 = reshape17_7 + 0.00001f;
            const float rsqrt15_7 = rsqrtf(add16_7);
            const float reshape18_7 = in3[i32_mul(out_i1, p.in3_s0)];
            const float mul14_7 = rsqrt15_7 * reshape18_7;
            const float mul11_7 = sub12_7 * mul14_7;
            const float reshape19_7 = in4[i32_mul(out_i1, p.in4_s0)];
            const float add10_7 = mul11_7 + reshape19_7;
            const float relu9_7 = add10_7 < 0.0f ? 0.0f : add10_7;
            part_2 = relu9_7;
          }
        }
      }
      const float sub5_1 = part_2 - in5[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in5_s1), i32_mul(out_i2, p.in5_s2)), i32_mul(out_i4, p.in5_s4)), i32_mul(out_i5, p.in5_s5))];
      const float exp4_1 = expf(sub5_1);
      part = exp4_1;
    }
    acc = acc + part;
  }
  out[gid] = acc;
}
