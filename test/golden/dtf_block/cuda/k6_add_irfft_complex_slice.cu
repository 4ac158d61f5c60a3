// k6_add_irfft_complex_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k6_add_irfft_complex_slice: 1 launch(es)
// launch 6: reads 2624 B, writes 1024 B; fuses:
//   %56 reshape  @ nn/dtf.ts:171:16
//   %57 real  @ nn/dtf.ts:174:32
//   %58 imag  @ nn/dtf.ts:174:44
//   %59 concat  @ nn/dtf.ts:174:22
//   %62 reshape  @ nn/norm.ts:101:40
//   %63 reshape  @ nn/norm.ts:101:40
//   %65 add  @ nn/norm.ts:120:25
//   %66 rsqrt  @ nn/norm.ts:120:17
//   %67 sub  @ nn/norm.ts:122:19
//   %68 mul  @ nn/norm.ts:122:13
//   %70 mul  @ nn/dtf.ts:178:20
//   %71 slice  @ nn/dtf.ts:179:26
//   %72 slice  @ nn/dtf.ts:179:82
//   %73 complex  @ nn/dtf.ts:179:16
//   %75 irfft  @ nn/dtf.ts:183:30
//   %76 add  @ nn/dtf.ts:183:21
//   %77 add  @ nn/dtf.ts:183:15
// stores %77 add: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, out, k6_add_irfft_complex_slice_params (by value, 112 bytes).

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

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k6_add_irfft_complex_slice_params {
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
  int slice4_start4;
  int slice4_step4;
  int concat8_end0;
  int concat8_off0;
  int reshape10_os1;
  int reshape10_os2;
  int reshape10_os3;
  int concat8_off1;
  int in2_s0;
  int in3_s0;
  int in4_s1;
  int slice16_start4;
  int slice16_step4;
  int in5_s1;
};

extern "C" __global__ void __launch_bounds__(64) k6_add_irfft_complex_slice(
    const float* __restrict__ in0,
    const float2* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    float* __restrict__ out,
    const k6_add_irfft_complex_slice_params p
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
  if (i32_add(p.slice4_start4, i32_mul(line_i4, p.slice4_step4)) < p.concat8_end0) {
    const float2 reshape10 = in1[i32_add(i32_add(i32_mul(line_i1, p.reshape10_os1), i32_mul(line_i3, p.reshape10_os3)), i32_sub(i32_add(p.slice4_start4, i32_mul(line_i4, p.slice4_step4)), p.concat8_off0))];
    const float real9 = reshape10.x;
    part = real9;
  } else {
    const float2 reshape10_1 = in1[i32_add(i32_add(i32_mul(line_i1, p.reshape10_os1), i32_mul(line_i3, p.reshape10_os3)), i32_sub(i32_add(p.slice4_start4, i32_mul(line_i4, p.slice4_step4)), p.concat8_off1))];
    const float imag11 = reshape10_1.y;
    part = imag11;
  }
  const float reshape12 = in2[i32_mul(line_i1, p.in2_s0)];
  const float sub7 = part - reshape12;
  const float reshape15 = in3[i32_mul(line_i1, p.in3_s0)];
  const float add14 = reshape15 + 0.00001f;
  const float rsqrt13 = rsqrtf(add14);
  const float mul6 = sub7 * rsqrt13;
  const float mul5 = mul6 * in4[i32_mul(line_i1, p.in4_s1)];
  float part_1 = 0.0f;
  if (i32_add(p.slice16_start4, i32_mul(line_i4, p.slice16_step4)) < p.concat8_end0) {
    const float2 reshape10_2 = in1[i32_add(i32_add(i32_mul(line_i1, p.reshape10_os1), i32_mul(line_i3, p.reshape10_os3)), i32_sub(i32_add(p.slice16_start4, i32_mul(line_i4, p.slice16_step4)), p.concat8_off0))];
    const float real9_1 = reshape10_2.x;
    part_1 = real9_1;
  } else {
    const float2 reshape10_3 = in1[i32_add(i32_add(i32_mul(line_i1, p.reshape10_os1), i32_mul(line_i3, p.reshape10_os3)), i32_sub(i32_add(p.slice16_start4, i32_mul(line_i4, p.slice16_step4)), p.concat8_off1))];
    const float imag11_1 = reshape10_3.y;
    part_1 = imag11_1;
  }
  const float sub7_1 = part_1 - reshape12;
  const float mul6_1 = sub7_1 * rsqrt13;
  const float mul5_1 = mul6_1 * in4[i32_mul(line_i1, p.in4_s1)];
  const float2 complex3 = make_float2(mul5, mul5_1);
  float part_2 = 0.0f;
  if (i32_add(p.slice4_start4, i32_mul(line_i4, p.slice4_step4)) < p.concat8_end0) {
    const float2 reshape10_4 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape10_os1), p.reshape10_os2), i32_mul(line_i3, p.reshape10_os3)), i32_sub(i32_add(p.slice4_start4, i32_mul(line_i4, p.slice4_step4)), p.concat8_off0))];
    const float real9_2 = reshape10_4.x;
    part_2 = real9_2;
  } else {
    const float2 reshape10_5 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape10_os1), p.reshape10_os2), i32_mul(line_i3, p.reshape10_os3)), i32_sub(i32_add(p.slice4_start4, i32_mul(line_i4, p.slice4_step4)), p.concat8_off1))];
    const float imag11_2 = reshape10_5.y;
    part_2 = imag11_2;
  }
  const float sub7_2 = part_2 - reshape12;
  const float mul6_2 = sub7_2 * rsqrt13;
  const float mul5_2 = mul6_2 * in4[i32_mul(line_i1, p.in4_s1)];
  float part_3 = 0.0f;
  if (i32_add(p.slice16_start4, i32_mul(line_i4, p.slice16_step4)) < p.concat8_end0) {
    const float2 reshape10_6 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape10_os1), p.reshape10_os2), i32_mul(line_i3, p.reshape10_os3)), i32_sub(i32_add(p.slice16_start4, i32_mul(line_i4, p.slice16_step4)), p.concat8_off0))];
    const float real9_3 = reshape10_6.x;
    part_3 = real9_3;
  } else {
    const float2 reshape10_7 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape10_os1), p.reshape10_os2), i32_mul(line_i3, p.reshape10_os3)), i32_sub(i32_add(p.slice16_start4, i32_mul(line_i4, p.slice16_step4)), p.concat8_off1))];
    const float imag11_3 = reshape10_7.y;
    part_3 = imag11_3;
  }
  const float sub7_3 = part_3 - reshape12;
  const float mul6_3 = sub7_3 * rsqrt13;
  const float mul5_3 = mul6_3 * in4[i32_mul(line_i1, p.in4_s1)];
  const float2 complex3_1 = make_float2(mul5_2, mul5_3);
  float part_4 = 0.0f;
  if (i32_add(p.slice4_start4, i32_mul(line_i4, p.slice4_step4)) < p.concat8_end0) {
    const float2 reshape10_8 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape10_os1), i32_mul(2, p.reshape10_os2)), i32_mul(line_i3, p.reshape10_os3)), i32_sub(i32_add(p.slice4_start4, i32_mul(line_i4, p.slice4_step4)), p.concat8_off0))];
    const float real9_4 = reshape10_8.x;
    part_4 = real9_4;
  } else {
    const float2 reshape10_9 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape10_os1), i32_mul(2, p.reshape10_os2)), i32_mul(line_i3, p.reshape10_os3)), i32_sub(i32_add(p.slice4_start4, i32_mul(line_i4, p.slice4_step4)), p.concat8_off1))];
    const float imag11_4 = reshape10_9.y;
    part_4 = imag11_4;
  }
  const float sub7_4 = part_4 - reshape12;
  const float mul6_4 = sub7_4 * rsqrt13;
  const float mul5_4 = mul6_4 * in4[i32_mul(line_i1, p.in4_s1)];
  float part_5 = 0.0f;
  if (i32_add(p.slice16_start4, i32_mul(line_i4, p.slice16_step4)) < p.concat8_end0) {
    const float2 reshape10_10 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape10_os1), i32_mul(2, p.reshape10_os2)), i32_mul(line_i3, p.reshape10_os3)), i32_sub(i32_add(p.slice16_start4, i32_mul(line_i4, p.slice16_step4)), p.concat8_off0))];
    const float real9_5 = reshape10_10.x;
    part_5 = real9_5;
  } else {
    const float2 reshape10_11 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape10_os1), i32_mul(2, p.reshape10_os2)), i32_mul(line_i3, p.reshape10_os3)), i32_sub(i32_add(p.slice16_start4, i32_mul(line_i4, p.slice16_step4)), p.concat8_off1))];
    const float imag11_5 = reshape10_11.y;
    part_5 = imag11_5;
  }
  const float sub7_5 = part_5 - reshape12;
  const float mul6_5 = sub7_5 * rsqrt13;
  const float mul5_5 = mul6_5 * in4[i32_mul(line_i1, p.in4_s1)];
  const float2 complex3_2 = make_float2(mul5_4, mul5_5);
  const float irfft2_v = complex3.x;
  const float irfft2_v_1 = complex3_2.x;
  const float irfft2_v_2 = irfft2_v + irfft2_v_1;
  const float irfft2_v_3 = complex3_1.x;
  const float irfft2_v_4 = irfft2_v_3 + irfft2_v_3;
  const float irfft2 = (irfft2_v_2 + irfft2_v_4) * 0.5f;
  const float add1 = in0[i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + irfft2;
  const float add0 = add1 + in5[i32_mul(line_i1, p.in5_s1)];
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = add0;
  const float irfft2_v_5 = irfft2_v - irfft2_v_1;
  const float irfft2_v_6 = complex3_1.y;
  const float irfft2_v_7 = irfft2_v_6 + irfft2_v_6;
  const float irfft2_1 = (irfft2_v_5 - irfft2_v_7) * 0.5f;
  const float add1_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), p.in0_s2), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + irfft2_1;
  const float add0_1 = add1_1 + in5[i32_mul(line_i1, p.in5_s1)];
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), p.out_s2), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = add0_1;
  const float irfft2_2 = (irfft2_v_2 - irfft2_v_4) * 0.5f;
  const float add1_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + irfft2_2;
  const float add0_2 = add1_2 + in5[i32_mul(line_i1, p.in5_s1)];
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = add0_2;
  const float irfft2_3 = (irfft2_v_5 + irfft2_v_7) * 0.5f;
  const float add1_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(3, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + irfft2_3;
  const float add0_3 = add1_3 + in5[i32_mul(line_i1, p.in5_s1)];
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(3, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = add0_3;
}
