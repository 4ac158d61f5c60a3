// k2_max_slice_concat: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_max_slice_concat: 1 launch(es)
// launch 10: reads 2304 B, writes 192 B; fuses:
//   %61 concat  @ nn/dtf.ts:123:16
//   %62 concat  @ nn/dtf.ts:123:16
//   %63 slice  @ nn/dtf.ts:110:69
//   %64 max  @ nn/activations.ts:8:21
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k2_max_slice_concat_params (by value, 92 bytes).

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
#ifndef TEMPOFUSE_CUDA_F32_MAX_NAN
#define TEMPOFUSE_CUDA_F32_MAX_NAN
// max that propagates NaN (fmaxf returns the other operand when one is NaN).
static __device__ __forceinline__ float f32_max_nan(float a, float b) {
  return (isnan(a) || isnan(b)) ? __int_as_float(0x7fc00000) : fmaxf(a, b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k2_max_slice_concat_params {
  int total;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int max0_n;
  int slice1_start2;
  int slice1_step2;
  int concat2_end0;
  int concat2_off0;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int concat2_off1;
  int concat3_end0;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int in2_s2;
  int in2_s3;
  int in2_s4;
};

extern "C" __global__ void __launch_bounds__(64) k2_max_slice_concat(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k2_max_slice_concat_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid / p.out_s3 % p.out_d3;
  const int out_i4 = gid % p.out_d4;
  float acc = -__int_as_float(0x7f800000);
  for (int r = 0; r < p.max0_n; ++r) {
    float part = 0.0f;
    if (r < p.concat2_end0) {
      part = in0[i32_add(i32_add(i32_add(i32_mul(i32_sub(r, p.concat2_off0), p.in0_s1), i32_mul(i32_add(p.slice1_start2, i32_mul(out_i2, p.slice1_step2)), p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
    } else {
      float part_1 = 0.0f;
      if (i32_sub(r, p.concat2_off1) < p.concat3_end0) {
        part_1 = in1[i32_add(i32_add(i32_mul(i32_add(p.slice1_start2, i32_mul(out_i2, p.slice1_step2)), p.in1_s2), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
      } else {
        part_1 = in2[i32_add(i32_add(i32_mul(i32_add(p.slice1_start2, i32_mul(out_i2, p.slice1_step2)), p.in2_s2), i32_mul(out_i3, p.in2_s3)), i32_mul(out_i4, p.in2_s4))];
      }
      part = part_1;
    }
    acc = f32_max_nan(acc, part);
  }
  out[gid] = acc;
}
