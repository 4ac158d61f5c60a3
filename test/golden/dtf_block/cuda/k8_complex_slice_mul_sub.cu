// k8_complex_slice_mul_sub: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k8_complex_slice_mul_sub: 1 launch(es)
// launch 8: reads 1584 B, writes 1536 B; fuses:
//   %68 reshape  @ nn/dtf.ts:170:16
//   %69 real  @ nn/dtf.ts:173:32
//   %70 imag  @ nn/dtf.ts:173:44
//   %71 concat  @ nn/dtf.ts:173:22
//   %74 reshape  @ nn/norm.ts:96:40
//   %75 reshape  @ nn/norm.ts:96:40
//   %77 add  @ nn/norm.ts:115:25
//   %78 rsqrt  @ nn/norm.ts:115:17
//   %79 sub  @ nn/norm.ts:117:19
//   %80 mul  @ nn/norm.ts:117:13
//   %82 mul  @ nn/dtf.ts:177:20
//   %83 slice  @ nn/dtf.ts:178:26
//   %84 slice  @ nn/dtf.ts:178:82
//   %85 complex  @ nn/dtf.ts:178:16
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, out, k8_complex_slice_mul_sub_params (by value, 100 bytes).

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
struct k8_complex_slice_mul_sub_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int slice1_start4;
  int slice1_step4;
  int concat5_end0;
  int concat5_off0;
  int reshape7_os1;
  int reshape7_os2;
  int reshape7_os3;
  int reshape7_is1;
  int reshape7_id2;
  int in0_s1;
  int in0_s2;
  int concat5_off1;
  int in1_s0;
  int in2_s0;
  int in3_s1;
  int slice13_start4;
  int slice13_step4;
};

extern "C" __global__ void __launch_bounds__(64) k8_complex_slice_mul_sub(
    const float2* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    float2* __restrict__ out,
    const k8_complex_slice_mul_sub_params p
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
  const int out_i4 = gid % p.out_d4;
  float part = 0.0f;
  if (i32_add(p.slice1_start4, i32_mul(out_i4, p.slice1_step4)) < p.concat5_end0) {
    const int ii1 = i32_add(i32_add(i32_add(i32_mul(out_i1, p.reshape7_os1), i32_mul(out_i2, p.reshape7_os2)), i32_mul(out_i3, p.reshape7_os3)), i32_sub(i32_add(p.slice1_start4, i32_mul(out_i4, p.slice1_step4)), p.concat5_off0)) / p.reshape7_is1;
    const int ii2 = i32_add(i32_add(i32_add(i32_mul(out_i1, p.reshape7_os1), i32_mul(out_i2, p.reshape7_os2)), i32_mul(out_i3, p.reshape7_os3)), i32_sub(i32_add(p.slice1_start4, i32_mul(out_i4, p.slice1_step4)), p.concat5_off0)) % p.reshape7_id2;
    const float2 reshape7 = in0[i32_add(i32_mul(ii1, p.in0_s1), i32_mul(ii2, p.in0_s2))];
    const float real6 = reshape7.x;
    part = real6;
  } else {
    const int ii1_1 = i32_add(i32_add(i32_add(i32_mul(out_i1, p.reshape7_os1), i32_mul(out_i2, p.reshape7_os2)), i32_mul(out_i3, p.reshape7_os3)), i32_sub(i32_add(p.slice1_start4, i32_mul(out_i4, p.slice1_step4)), p.concat5_off1)) / p.reshape7_is1;
    const int ii2_1 = i32_add(i32_add(i32_add(i32_mul(out_i1, p.reshape7_os1), i32_mul(out_i2, p.reshape7_os2)), i32_mul(out_i3, p.reshape7_os3)), i32_sub(i32_add(p.slice1_start4, i32_mul(out_i4, p.slice1_step4)), p.concat5_off1)) % p.reshape7_id2;
    const float2 reshape7_1 = in0[i32_add(i32_mul(ii1_1, p.in0_s1), i32_mul(ii2_1, p.in0_s2))];
    const float imag8 = reshape7_1.y;
    part = imag8;
  }
  const float reshape9 = in1[i32_mul(out_i1, p.in1_s0)];
  const float sub4 = part - reshape9;
  const float reshape12 = in2[i32_mul(out_i1, p.in2_s0)];
  const float add11 = reshape12 + 0.00001f;
  const float rsqrt10 = rsqrtf(add11);
  const float mul3 = sub4 * rsqrt10;
  const float mul2 = mul3 * in3[i32_mul(out_i1, p.in3_s1)];
  float part_1 = 0.0f;
  if (i32_add(p.slice13_start4, i32_mul(out_i4, p.slice13_step4)) < p.concat5_end0) {
    const int ii1_2 = i32_add(i32_add(i32_add(i32_mul(out_i1, p.reshape7_os1), i32_mul(out_i2, p.reshape7_os2)), i32_mul(out_i3, p.reshape7_os3)), i32_sub(i32_add(p.slice13_start4, i32_mul(out_i4, p.slice13_step4)), p.concat5_off0)) / p.reshape7_is1;
    const int ii2_2 = i32_add(i32_add(i32_add(i32_mul(out_i1, p.reshape7_os1), i32_mul(out_i2, p.reshape7_os2)), i32_mul(out_i3, p.reshape7_os3)), i32_sub(i32_add(p.slice13_start4, i32_mul(out_i4, p.slice13_step4)), p.concat5_off0)) % p.reshape7_id2;
    const float2 reshape7_2 = in0[i32_add(i32_mul(ii1_2, p.in0_s1), i32_mul(ii2_2, p.in0_s2))];
    const float real6_1 = reshape7_2.x;
    part_1 = real6_1;
  } else {
    const int ii1_3 = i32_add(i32_add(i32_add(i32_mul(out_i1, p.reshape7_os1), i32_mul(out_i2, p.reshape7_os2)), i32_mul(out_i3, p.reshape7_os3)), i32_sub(i32_add(p.slice13_start4, i32_mul(out_i4, p.slice13_step4)), p.concat5_off1)) / p.reshape7_is1;
    const int ii2_3 = i32_add(i32_add(i32_add(i32_mul(out_i1, p.reshape7_os1), i32_mul(out_i2, p.reshape7_os2)), i32_mul(out_i3, p.reshape7_os3)), i32_sub(i32_add(p.slice13_start4, i32_mul(out_i4, p.slice13_step4)), p.concat5_off1)) % p.reshape7_id2;
    const float2 reshape7_3 = in0[i32_add(i32_mul(ii1_3, p.in0_s1), i32_mul(ii2_3, p.in0_s2))];
    const float imag8_1 = reshape7_3.y;
    part_1 = imag8_1;
  }
  const float sub4_1 = part_1 - reshape9;
  const float mul3_1 = sub4_1 * rsqrt10;
  const float mul2_1 = mul3_1 * in3[i32_mul(out_i1, p.in3_s1)];
  const float2 complex0 = make_float2(mul2, mul2_1);
  out[gid] = complex0;
}
