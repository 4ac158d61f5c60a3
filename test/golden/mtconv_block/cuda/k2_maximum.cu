// k2_maximum: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_maximum: 2 launch(es)
// launch 5: reads 1792 B, writes 448 B; fuses:
//   %23 maximum  @ nn/softpool.ts:49:39
//   %24 maximum  @ nn/softpool.ts:49:39
//   %25 maximum  @ nn/softpool.ts:49:39
// launch 18: reads 1024 B, writes 256 B; fuses:
//   %88 maximum  @ nn/softpool.ts:49:39
//   %89 maximum  @ nn/softpool.ts:49:39
//   %90 maximum  @ nn/softpool.ts:49:39
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, out, k2_maximum_params (by value, 96 bytes).

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
struct k2_maximum_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int in2_s1;
  int in2_s2;
  int in2_s3;
  int in2_s4;
  int in3_s1;
  int in3_s2;
  int in3_s3;
  int in3_s4;
};

extern "C" __global__ void __launch_bounds__(64) k2_maximum(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    float* __restrict__ out,
    const k2_maximum_params p
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
  const float maximum2 = f32_max_nan(in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))], in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(out_i2, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))]);
  const float maximum1 = f32_max_nan(maximum2, in2[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in2_s1), i32_mul(out_i2, p.in2_s2)), i32_mul(out_i3, p.in2_s3)), i32_mul(out_i4, p.in2_s4))]);
  const float maximum0 = f32_max_nan(maximum1, in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(out_i2, p.in3_s2)), i32_mul(out_i3, p.in3_s3)), i32_mul(out_i4, p.in3_s4))]);
  out[gid] = maximum0;
}
