// k4_mean_sub_relu_maximum: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k4_mean_sub_relu_maximum: 1 launch(es)
// launch 4: reads 48 B, writes 8 B; fuses:
//   %17 add  @ nn/linear.ts:37:19
//   %18 neg  @ nn/sgs.ts:284:21
//   %19 maximum  @ nn/sgs.ts:285:17
//   %20 relu  @ nn/sgs.ts:285:42
//   %21 sub  @ nn/sgs.ts:285:11
//   %22 mean  @ nn/sgs.ts:290:21
// stores %22 mean: %25 matmul reads each element 4 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k4_mean_sub_relu_maximum_params (by value, 24 bytes).

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
struct k4_mean_sub_relu_maximum_params {
  int total;
  int out_d2;
  int in0_s1;
  int in0_s2;
  int in1_s2;
  int in2_s0;
};

extern "C" __global__ void __launch_bounds__(64) k4_mean_sub_relu_maximum(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k4_mean_sub_relu_maximum_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i2 = gid % p.out_d2;
  float acc = 0.0f;
  const float add4 = in1[i32_mul(out_i2, p.in1_s2)] + in2[i32_mul(out_i2, p.in2_s0)];
  const float neg3 = -add4;
  const float maximum2 = f32_max_nan(in0[i32_mul(out_i2, p.in0_s2)], neg3);
  const float relu5 = neg3 < 0.0f ? 0.0f : neg3;
  const float sub1 = maximum2 - relu5;
  acc = acc + sub1;
  const float maximum2_1 = f32_max_nan(in0[i32_add(p.in0_s1, i32_mul(out_i2, p.in0_s2))], neg3);
  const float sub1_1 = maximum2_1 - relu5;
  acc = acc + sub1_1;
  const float maximum2_2 = f32_max_nan(in0[i32_add(i32_mul(2, p.in0_s1), i32_mul(out_i2, p.in0_s2))], neg3);
  const float sub1_2 = maximum2_2 - relu5;
  acc = acc + sub1_2;
  const float maximum2_3 = f32_max_nan(in0[i32_add(i32_mul(3, p.in0_s1), i32_mul(out_i2, p.in0_s2))], neg3);
  const float sub1_3 = maximum2_3 - relu5;
  acc = acc + sub1_3;
  const float mean0 = acc / 4.0f;
  out[gid] = mean0;
}
