// k3_add_irfft_mul_complex: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_add_irfft_mul_complex: 1 launch(es)
// launch 3: reads 2560 B, writes 1024 B; fuses:
//   %29 slice  @ nn/dtf.ts:113:51
//   %30 add  @ nn/dtf.ts:137:22
//   %31 slice  @ nn/dtf.ts:113:51
//   %32 concat  @ nn/dtf.ts:137:12
//   %34 rfft  @ nn/dtf.ts:142:18
//   %39 reshape  @ nn/dtf.ts:153:18
//   %40 slice  @ nn/dtf.ts:149:64
//   %41 reshape  @ nn/dtf.ts:155:19
//   %42 expand  @ nn/dtf.ts:156:26
//   %43 reshape  @ nn/dtf.ts:156:16
//   %44 slice  @ nn/dtf.ts:149:64
//   %45 reshape  @ nn/dtf.ts:155:19
//   %46 expand  @ nn/dtf.ts:156:26
//   %47 reshape  @ nn/dtf.ts:156:16
//   %48 complex  @ nn/dtf.ts:158:20
//   %49 mul  @ nn/dtf.ts:159:34
//   %50 irfft  @ nn/dtf.ts:159:26
//   %51 add  @ nn/dtf.ts:159:17
// stores %51 add: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k3_add_irfft_mul_complex_params (by value, 216 bytes).

#ifndef TEMPOFUSE_CUDA_I32_ADD
#define TEMPOFUSE_CUDA_I32_ADD
// i32 + i32 wrapping modulo 2^32: signed overflow is undefined in C++, unsigned arithmetic is not.
static __device__ __forceinline__ int i32_add(int a, int b) {
  return (int)((unsigned int)a + (unsigned int)b);
}
#endif
#ifndef TEMPOFUSE_CUDA_I32_SUB
#define TEMPOFUSE_CUDA_I32_SUB
// i32 - i32 wrapping modulo 2^32.
static __device__ __forceinline__ int i32_sub(int a, int b) {
  return (int)((unsigned int)a - (unsigned int)b);
}
#endif
#ifndef TEMPOFUSE_CUDA_I32_MUL
#define TEMPOFUSE_CUDA_I32_MUL
// i32 * i32 wrapping modulo 2^32 (the low 32 bits of the product).
static __device__ __forceinline__ int i32_mul(int a, int b) {
  return (int)((unsigned int)a * (unsigned int)b);
}
#endif
#ifndef TEMPOFUSE_CUDA_C64_MUL
#define TEMPOFUSE_CUDA_C64_MUL
// Complex product.
static __device__ __forceinline__ float2 c64_mul(float2 a, float2 b) {
  return make_float2(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k3_add_irfft_mul_complex_params {
  int total;
  int line_s1;
  int line_d1;
  int line_s3;
  int line_d3;
  int line_d4;
  int out_s1;
  int out_s2;
  int out_s3;
  int out_s4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int concat4_end0;
  int concat4_off0;
  int slice6_start2;
  int slice6_step2;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int slice7_start2;
  int slice7_step2;
  int reshape9_os1;
  int reshape9_os2;
  int reshape9_os3;
  int reshape9_is1;
  int reshape9_is2;
  int reshape9_id2;
  int reshape9_is3;
  int reshape9_id3;
  int reshape9_is4;
  int reshape9_id4;
  int reshape9_id5;
  int slice12_start3;
  int slice12_step3;
  int reshape13_os1;
  int reshape13_os2;
  int reshape13_os3;
  int reshape13_os4;
  int reshape14_os1;
  int reshape14_os2;
  int reshape14_os3;
  int reshape14_is1;
  int reshape14_is2;
  int reshape14_id2;
  int reshape14_is3;
  int reshape14_id3;
  int reshape14_is4;
  int reshape14_id4;
  int reshape14_id5;
  int slice17_start3;
  int slice17_step3;
};

extern "C" __global__ void __launch_bounds__(64) k3_add_irfft_mul_complex(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k3_add_irfft_mul_complex_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i1 = gid / p.line_s1 % p.line_d1;
  const int line_i3 = gid / p.line_s3 % p.line_d3;
  const int line_i4 = gid % p.line_d4;
  float part = 0.0f;
  if (0 < p.concat4_end0) {
    const float slice6 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(i32_add(p.slice6_start2, i32_mul(i32_sub(0, p.concat4_off0), p.slice6_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    const float add5 = slice6 + in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s1), i32_mul(i32_sub(0, p.concat4_off0), p.in1_s2)), i32_mul(line_i3, p.in1_s3)), i32_mul(line_i4, p.in1_s4))];
    part = add5;
  } else {
    const float slice7 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(p.slice7_start2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    part = slice7;
  }
  float part_1 = 0.0f;
  if (1 < p.concat4_end0) {
    const float slice6_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(i32_add(p.slice6_start2, i32_mul(i32_sub(1, p.concat4_off0), p.slice6_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    const float add5_1 = slice6_1 + in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s1), i32_mul(i32_sub(1, p.concat4_off0), p.in1_s2)), i32_mul(line_i3, p.in1_s3)), i32_mul(line_i4, p.in1_s4))];
    part_1 = add5_1;
  } else {
    const float slice7_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(p.slice7_start2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    part_1 = slice7_1;
  }
  float part_2 = 0.0f;
  if (2 < p.concat4_end0) {
    const float slice6_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(i32_add(p.slice6_start2, i32_mul(i32_sub(2, p.concat4_off0), p.slice6_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    const float add5_2 = slice6_2 + in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s1), i32_mul(i32_sub(2, p.concat4_off0), p.in1_s2)), i32_mul(line_i3, p.in1_s3)), i32_mul(line_i4, p.in1_s4))];
    part_2 = add5_2;
  } else {
    const float slice7_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(p.slice7_start2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    part_2 = slice7_2;
  }
  float part_3 = 0.0f;
  if (3 < p.concat4_end0) {
    const float slice6_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(i32_add(p.slice6_start2, i32_mul(i32_sub(3, p.concat4_off0), p.slice6_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    const float add5_3 = slice6_3 + in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s1), i32_mul(i32_sub(3, p.concat4_off0), p.in1_s2)), i32_mul(line_i3, p.in1_s3)), i32_mul(line_i4, p.in1_s4))];
    part_3 = add5_3;
  } else {
    const float slice7_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(p.slice7_start2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    part_3 = slice7_3;
  }
  const float rfft3_v = part + part_2;
  const float rfft3_v_1 = part_1 + part_3;
  const float2 rfft3 = make_float2((rfft3_v + rfft3_v_1) * 0.5f, 0.0f);
  const int ii1 = i32_add(i32_add(i32_mul(line_i1, p.reshape9_os1), i32_mul(line_i3, p.reshape9_os3)), line_i4) / p.reshape9_is1;
  const int ii3 = i32_add(i32_add(i32_mul(line_i1, p.reshape9_os1), i32_mul(line_i3, p.reshape9_os3)), line_i4) / p.reshape9_is3 % p.reshape9_id3;
  const int ii4 = i32_add(i32_add(i32_mul(line_i1, p.reshape9_os1), i32_mul(line_i3, p.reshape9_os3)), line_i4) / p.reshape9_is4 % p.reshape9_id4;
  const int ii5 = i32_add(i32_add(i32_mul(line_i1, p.reshape9_os1), i32_mul(line_i3, p.reshape9_os3)), line_i4) % p.reshape9_id5;
  const float reshape13 = in2[i32_add(i32_add(i32_add(i32_add(i32_mul(ii1, p.reshape13_os1), i32_mul(ii3, p.reshape13_os2)), i32_mul(p.slice12_start3, p.reshape13_os3)), i32_mul(ii4, p.reshape13_os4)), ii5)];
  const int ii1_1 = i32_add(i32_add(i32_mul(line_i1, p.reshape14_os1), i32_mul(line_i3, p.reshape14_os3)), line_i4) / p.reshape14_is1;
  const int ii3_1 = i32_add(i32_add(i32_mul(line_i1, p.reshape14_os1), i32_mul(line_i3, p.reshape14_os3)), line_i4) / p.reshape14_is3 % p.reshape14_id3;
  const int ii4_1 = i32_add(i32_add(i32_mul(line_i1, p.reshape14_os1), i32_mul(line_i3, p.reshape14_os3)), line_i4) / p.reshape14_is4 % p.reshape14_id4;
  const int ii5_1 = i32_add(i32_add(i32_mul(line_i1, p.reshape14_os1), i32_mul(line_i3, p.reshape14_os3)), line_i4) % p.reshape14_id5;
  const float reshape13_1 = in2[i32_add(i32_add(i32_add(i32_add(i32_mul(ii1_1, p.reshape13_os1), i32_mul(ii3_1, p.reshape13_os2)), i32_mul(p.slice17_start3, p.reshape13_os3)), i32_mul(ii4_1, p.reshape13_os4)), ii5_1)];
  const float2 complex8 = make_float2(reshape13, reshape13_1);
  const float2 mul2 = c64_mul(rfft3, complex8);
  const float2 rfft3_1 = make_float2((part - part_2) * 0.5f, -(part_1 - part_3) * 0.5f);
  const int ii1_2 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape9_os1), p.reshape9_os2), i32_mul(line_i3, p.reshape9_os3)), line_i4) / p.reshape9_is1;
  const int ii3_2 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape9_os1), p.reshape9_os2), i32_mul(line_i3, p.reshape9_os3)), line_i4) / p.reshape9_is3 % p.reshape9_id3;
  const int ii4_2 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape9_os1), p.reshape9_os2), i32_mul(line_i3, p.reshape9_os3)), line_i4) / p.reshape9_is4 % p.reshape9_id4;
  const int ii5_2 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape9_os1), p.reshape9_os2), i32_mul(line_i3, p.reshape9_os3)), line_i4) % p.reshape9_id5;
  const float reshape13_2 = in2[i32_add(i32_add(i32_add(i32_add(i32_mul(ii1_2, p.reshape13_os1), i32_mul(ii3_2, p.reshape13_os2)), i32_mul(p.slice12_start3, p.reshape13_os3)), i32_mul(ii4_2, p.reshape13_os4)), ii5_2)];
  const int ii1_3 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape14_os1), p.reshape14_os2), i32_mul(line_i3, p.reshape14_os3)), line_i4) / p.reshape14_is1;
  const int ii3_3 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape14_os1), p.reshape14_os2), i32_mul(line_i3, p.reshape14_os3)), line_i4) / p.reshape14_is3 % p.reshape14_id3;
  const int ii4_3 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape14_os1), p.reshape14_os2), i32_mul(line_i3, p.reshape14_os3)), line_i4) / p.reshape14_is4 % p.reshape14_id4;
  const int ii5_3 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape14_os1), p.reshape14_os2), i32_mul(line_i3, p.reshape14_os3)), line_i4) % p.reshape14_id5;
  const float reshape13_3 = in2[i32_add(i32_add(i32_add(i32_add(i32_mul(ii1_3, p.reshape13_os1), i32_mul(ii3_3, p.reshape13_os2)), i32_mul(p.slice17_start3, p.reshape13_os3)), i32_mul(ii4_3, p.reshape13_os4)), ii5_3)];
  const float2 complex8_1 = make_float2(reshape13_2, reshape13_3);
  const float2 mul2_1 = c64_mul(rfft3_1, complex8_1);
  const float2 rfft3_2 = make_float2((rfft3_v - rfft3_v_1) * 0.5f, 0.0f);
  const int ii1_4 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape9_os1), i32_mul(2, p.reshape9_os2)), i32_mul(line_i3, p.reshape9_os3)), line_i4) / p.reshape9_is1;
  const int ii3_4 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape9_os1), i32_mul(2, p.reshape9_os2)), i32_mul(line_i3, p.reshape9_os3)), line_i4) / p.reshape9_is3 % p.reshape9_id3;
  const int ii4_4 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape9_os1), i32_mul(2, p.reshape9_os2)), i32_mul(line_i3, p.reshape9_os3)), line_i4) / p.reshape9_is4 % p.reshape9_id4;
  const int ii5_4 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape9_os1), i32_mul(2, p.reshape9_os2)), i32_mul(line_i3, p.reshape9_os3)), line_i4) % p.reshape9_id5;
  const float reshape13_4 = in2[i32_add(i32_add(i32_add(i32_add(i32_mul(ii1_4, p.reshape13_os1), i32_mul(ii3_4, p.reshape13_os2)), i32_mul(p.slice12_start3, p.reshape13_os3)), i32_mul(ii4_4, p.reshape13_os4)), ii5_4)];
  const int ii1_5 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape14_os1), i32_mul(2, p.reshape14_os2)), i32_mul(line_i3, p.reshape14_os3)), line_i4) / p.reshape14_is1;
  const int ii3_5 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape14_os1), i32_mul(2, p.reshape14_os2)), i32_mul(line_i3, p.reshape14_os3)), line_i4) / p.reshape14_is3 % p.reshape14_id3;
  const int ii4_5 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape14_os1), i32_mul(2, p.reshape14_os2)), i32_mul(line_i3, p.reshape14_os3)), line_i4) / p.reshape14_is4 % p.reshape14_id4;
  const int ii5_5 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape14_os1), i32_mul(2, p.reshape14_os2)), i32_mul(line_i3, p.reshape14_os3)), line_i4) % p.reshape14_id5;
  const float reshape13_5 = in2[i32_add(i32_add(i32_add(i32_add(i32_mul(ii1_5, p.reshape13_os1), i32_mul(ii3_5, p.reshape13_os2)), i32_mul(p.slice17_start3, p.reshape13_os3)), i32_mul(ii4_5, p.reshape13_os4)), ii5_5)];
  const float2 complex8_2 = make_float2(reshape13_4, reshape13_5);
  const float2 mul2_2 = c64_mul(rfft3_2, complex8_2);
  const float irfft1_v = mul2.x;
  const float irfft1_v_1 = mul2_2.x;
  const float irfft1_v_2 = irfft1_v + irfft1_v_1;
  const float irfft1_v_3 = mul2_1.x;
  const float irfft1_v_4 = irfft1_v_3 + irfft1_v_3;
  const float irfft1 = (irfft1_v_2 + irfft1_v_4) * 0.5f;
  const float add0 = in0[i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + irfft1;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = add0;
  const float irfft1_v_5 = irfft1_v - irfft1_v_1;
  const float irfft1_v_6 = mul2_1.y;
  const float irfft1_v_7 = irfft1_v_6 + irfft1_v_6;
  const float irfft1_1 = (irfft1_v_5 - irfft1_v_7) * 0.5f;
  const float add0_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), p.in0_s2), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + irfft1_1;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), p.out_s2), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = add0_1;
  const float irfft1_2 = (irfft1_v_2 - irfft1_v_4) * 0.5f;
  const float add0_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + irfft1_2;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = add0_2;
  const float irfft1_3 = (irfft1_v_5 + irfft1_v_7) * 0.5f;
  const float add0_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(3, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + irfft1_3;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(3, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = add0_3;
}
