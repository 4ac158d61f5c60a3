// k8_max_concat_reshape_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k8_max_concat_reshape_slice: 1 launch(es)
// launch 8: reads 1024 B, writes 256 B; fuses:
//   %86 slice  @ nn/softpool.ts:51:29
//   %87 reshape  @ nn/softpool.ts:51:19
//   %88 slice  @ nn/softpool.ts:51:29
//   %89 reshape  @ nn/softpool.ts:51:19
//   %90 slice  @ nn/softpool.ts:51:29
//   %91 reshape  @ nn/softpool.ts:51:19
//   %92 slice  @ nn/softpool.ts:51:29
//   %93 reshape  @ nn/softpool.ts:51:19
//   %94 concat  @ nn/softpool.ts:54:35
//   %95 max  @ nn/softpool.ts:55:15
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k8_max_concat_reshape_slice_params (by value, 128 bytes).

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
struct k8_max_concat_reshape_slice_params {
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
  int concat1_end1;
  int slice5_start3;
  int slice5_step3;
  int slice5_start4;
  int slice5_step4;
  int concat1_end2;
  int slice7_start3;
  int slice7_step3;
  int slice7_start4;
  int slice7_step4;
  int slice9_start3;
  int slice9_step3;
  int slice9_start4;
  int slice9_step4;
};

extern "C" __global__ void __launch_bounds__(64) k8_max_concat_reshape_slice(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k8_max_concat_reshape_slice_params p
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
      const float slice3 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice3_start3, i32_mul(out_i4, p.slice3_step3)), p.in0_s3)), i32_mul(i32_add(p.slice3_start4, i32_mul(out_i5, p.slice3_step4)), p.in0_s4))];
      part = slice3;
    } else {
      if (r < p.concat1_end1) {
        const float slice5 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice5_start3, i32_mul(out_i4, p.slice5_step3)), p.in0_s3)), i32_mul(i32_add(p.slice5_start4, i32_mul(out_i5, p.slice5_step4)), p.in0_s4))];
        part = slice5;
      } else {
        if (r < p.concat1_end2) {
          const float slice7 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice7_start3, i32_mul(out_i4, p.slice7_step3)), p.in0_s3)), i32_mul(i32_add(p.slice7_start4, i32_mul(out_i5, p.slice7_step4)), p.in0_s4))];
          part = slice7;
        } else {
          const float slice9 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice9_start3, i32_mul(out_i4, p.slice9_step3)), p.in0_s3)), i32_mul(i32_add(p.slice9_start4, i32_mul(out_i5, p.slice9_step4)), p.in0_s4))];
          part = slice9;
        }
      }
    }
    acc = f32_max_nan(acc, part);
  }
  out[gid] = acc;
}
