// k1_max_concat_reshape_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_max_concat_reshape_slice: 1 launch(es)
// launch 1: reads 1904 B, writes 448 B; fuses:
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
//   %28 max  @ nn/softpool.ts:55:15
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k1_max_concat_reshape_slice_params (by value, 144 bytes).

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
struct k1_max_concat_reshape_slice_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s4;
  int out_d4;
  int out_d5;
  int max0_n;
  int concat1_end0;
  int slice3_start3;
  int slice3_step3;
  int slice3_start4;
  int slice3_step4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s0;
  int in2_s0;
  int in3_s0;
  int in4_s0;
  int concat1_end1;
  int slice16_start3;
  int slice16_step3;
  int slice16_start4;
  int slice16_step4;
  int concat1_end2;
  int slice18_start3;
  int slice18_step3;
  int slice18_start4;
  int slice18_step4;
  int slice20_start3;
  int slice20_step3;
  int slice20_start4;
  int slice20_step4;
};

extern "C" __global__ void __launch_bounds__(64) k1_max_concat_reshape_slice(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k1_max_concat_reshape_slice_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i4 = gid / p.out_s4 % p.out_d4;
  const int out_i5 = gid % p.out_d5;
  float acc = -__int_as_float(0x7f800000);
  for (int r = 0; r < p.max0_n; ++r) {
    float part = 0.0f;
    if (r < p.concat1_end0) {
      const float reshape8 = in1[i32_mul(out_i1, p.in1_s0)];
      const float sub7 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice3_start3, i32_mul(out_i4, p.slice3_step3)), p.in0_s3)), i32_mul(i32_add(p.slice3_start4, i32_mul(out_i5, p.slice3_step4)), p.in0_s4))] - reshape8;
      const float reshape12 = in2[i32_mul(out_i1, p.in2_s0)];
      const float add11 = reshape12 + 0.00001f;
      const float rsqrt10 = rsqrtf(add11);
      const float reshape13 = in3[i32_mul(out_i1, p.in3_s0)];
      const float mul9 = rsqrt10 * reshape13;
      const float mul6 = sub7 * mul9;
      const float reshape14 = in4[i32_mul(out_i1, p.in4_s0)];
      const float add5 = mul6 + reshape14;
      const float relu4 = add5 < 0.0f ? 0.0f : add5;
      part = relu4;
    } else {
      if (r < p.concat1_end1) {
        const float reshape8_1 = in1[i32_mul(out_i1, p.in1_s0)];
        const float sub7_1 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice16_start3, i32_mul(out_i4, p.slice16_step3)), p.in0_s3)), i32_mul(i32_add(p.slice16_start4, i32_mul(out_i5, p.slice16_step4)), p.in0_s4))] - reshape8_1;
        const float reshape12_1 = in2[i32_mul(out_i1, p.in2_s0)];
        const float add11_1 = reshape12_1 + 0.00001f;
        const float rsqrt10_1 = rsqrtf(add11_1);
        const float reshape13_1 = in3[i32_mul(out_i1, p.in3_s0)];
        const float mul9_1 = rsqrt10_1 * reshape13_1;
        const float mul6_1 = sub7_1 * mul9_1;
        const float reshape14_1 = in4[i32_mul(out_i1, p.in4_s0)];
        const float add5_1 = mul6_1 + reshape14_1;
        const float relu4_1 = add5_1 < 0.0f ? 0.0f : add5_1;
        part = relu4_1;
      } else {
        if (r < p.concat1_end2) {
          const float reshape8_2 = in1[i32_mul(out_i1, p.in1_s0)];
          const float sub7_2 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice18_start3, i32_mul(out_i4, p.slice18_step3)), p.in0_s3)), i32_mul(i32_add(p.slice18_start4, i32_mul(out_i5, p.slice18_step4)), p.in0_s4))] - reshape8_2;
          const float reshape12_2 = in2[i32_mul(out_i1, p.in2_s0)];
          const float add11_2 = reshape12_2 + 0.00001f;
          const float rsqrt10_2 = rsqrtf(add11_2);
          const float reshape13_2 = in3[i32_mul(out_i1, p.in3_s0)];
          const float mul9_2 = rsqrt10_2 * reshape13_2;
          const float mul6_2 = sub7_2 * mul9_2;
          const float reshape14_2 = in4[i32_mul(out_i1, p.in4_s0)];
          const float add5_2 = mul6_2 + reshape14_2;
          const float relu4_2 = add5_2 < 0.0f ? 0.0f : add5_2;
          part = relu4_2;
        } else {
          const float reshape8_3 = in1[i32_mul(out_i1, p.in1_s0)];
          const float sub7_3 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice20_start3, i32_mul(out_i4, p.slice20_step3)), p.in0_s3)), i32_mul(i32_add(p.slice20_start4, i32_mul(out_i5, p.slice20_step4)), p.in0_s4))] - reshape8_3;
          const float reshape12_3 = in2[i32_mul(out_i1, p.in2_s0)];
          const float add11_3 = reshape12_3 + 0.00001f;
          const float rsqrt10_3 = rsqrtf(add11_3);
          const float reshape13_3 = in3[i32_mul(out_i1, p.in3_s0)];
          const float mul9_3 = rsqrt10_3 * reshape13_3;
          const float mul6_3 = sub7_3 * mul9_3;
          const float reshape14_3 = in4[i32_mul(out_i1, p.in4_s0)];
          const float add5_3 = mul6_3 + reshape14_3;
          const float relu4_3 = add5_3 < 0.0f ? 0.0f : add5_3;
          part = relu4_3;
        }
      }
    }
    acc = f32_max_nan(acc, part);
  }
  out[gid] = acc;
}
