// k3_sub_relu_maximum_neg: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_sub_relu_maximum_neg: 1 launch(es)
// launch 3: reads 128 B, writes 32 B; fuses:
//   %10 permute  @ nn/sgs.ts:191:17
//   %12 sub  @ nn/sgs.ts:285:34
//   %13 permute  @ nn/linear.ts:32:16
//   %14 matmul  @ nn/linear.ts:36:9
//   %17 add  @ nn/linear.ts:37:19
//   %18 neg  @ nn/sgs.ts:289:21
//   %19 maximum  @ nn/sgs.ts:290:17
//   %20 relu  @ nn/sgs.ts:290:42
//   %21 sub  @ nn/sgs.ts:290:11
// stores %21 sub: read by 2 kernels (of %22 mean, %31 mul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k3_sub_relu_maximum_neg_params (by value, 48 bytes).

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
struct k3_sub_relu_maximum_neg_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int matmul2_k;
  int in0_s1;
  int in0_s2;
  int in1_s2;
  int in2_s0;
  int in2_s1;
  int in3_s2;
  int in4_s0;
};

extern "C" __global__ void __launch_bounds__(64) k3_sub_relu_maximum_neg(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k3_sub_relu_maximum_neg_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  float acc = 0.0f;
  for (int r = 0; r < p.matmul2_k; ++r) {
    const float permute4 = in0[i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i1, p.in0_s2))];
    const float sub3 = permute4 - in1[i32_mul(r, p.in1_s2)];
    const float permute5 = in2[i32_add(i32_mul(out_i2, p.in2_s0), i32_mul(r, p.in2_s1))];
    acc = acc + sub3 * permute5;
  }
  const float add7 = in3[i32_mul(out_i2, p.in3_s2)] + in4[i32_mul(out_i2, p.in4_s0)];
  const float neg6 = -add7;
  const float maximum1 = f32_max_nan(acc, neg6);
  const float relu8 = neg6 < 0.0f ? 0.0f : neg6;
  const float sub0 = maximum1 - relu8;
  out[gid] = sub0;
}
