// k14_reshape_mul_sum_sub: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k14_reshape_mul_sum_sub: 1 launch(es)
// launch 14: reads 80 B, writes 16 B; fuses:
//   %38 reshape  @ nn/norm.ts:101:40
//   %39 reshape  @ nn/norm.ts:101:40
//   %40 add  @ nn/norm.ts:120:25
//   %41 rsqrt  @ nn/norm.ts:120:17
//   %44 sub  @ nn/norm.ts:122:19
//   %97 sum  @ nn/norm.ts:123:21 <- ∂ of %47 add
//   %98 reshape  @ nn/norm.ts:101:40 <- ∂ of %46 reshape
//   %100 mul  @ nn/norm.ts:122:13 <- ∂ of %45 mul
//   %101 sum  @ nn/norm.ts:122:13 <- ∂ of %45 mul
//   %102 mul  @ nn/norm.ts:121:27 <- ∂ of %43 mul
//   %103 reshape [also written, at the same index as the root (a sibling kernel merged, rule 9)]  @ nn/norm.ts:101:40 <- ∂ of %42 reshape
// stores %98 reshape: a graph output
// stores %103 reshape: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, out, out1, k14_reshape_mul_sum_sub_params (by value, 28 bytes).

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
struct k14_reshape_mul_sum_sub_params {
  int total;
  int in0_s1;
  int in0_s2;
  int in1_s1;
  int in1_s2;
  int in2_s0;
  int in3_s0;
};

extern "C" __global__ void __launch_bounds__(64) k14_reshape_mul_sum_sub(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    float* __restrict__ out,
    float* __restrict__ out1,
    const k14_reshape_mul_sum_sub_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  float acc = 0.0f;
  acc = acc + in0[i32_mul(gid, p.in0_s1)];
  acc = acc + in0[i32_add(i32_mul(gid, p.in0_s1), p.in0_s2)];
  acc = acc + in0[i32_add(i32_mul(gid, p.in0_s1), i32_mul(2, p.in0_s2))];
  acc = acc + in0[i32_add(i32_mul(gid, p.in0_s1), i32_mul(3, p.in0_s2))];
  out[gid] = acc;
  float acc_1 = 0.0f;
  const float reshape7 = in2[i32_mul(gid, p.in2_s0)];
  const float sub6 = in1[i32_mul(gid, p.in1_s1)] - reshape7;
  const float mul5 = in0[i32_mul(gid, p.in0_s1)] * sub6;
  acc_1 = acc_1 + mul5;
  const float sub6_1 = in1[i32_add(i32_mul(gid, p.in1_s1), p.in1_s2)] - reshape7;
  const float mul5_1 = in0[i32_add(i32_mul(gid, p.in0_s1), p.in0_s2)] * sub6_1;
  acc_1 = acc_1 + mul5_1;
  const float sub6_2 = in1[i32_add(i32_mul(gid, p.in1_s1), i32_mul(2, p.in1_s2))] - reshape7;
  const float mul5_2 = in0[i32_add(i32_mul(gid, p.in0_s1), i32_mul(2, p.in0_s2))] * sub6_2;
  acc_1 = acc_1 + mul5_2;
  const float sub6_3 = in1[i32_add(i32_mul(gid, p.in1_s1), i32_mul(3, p.in1_s2))] - reshape7;
  const float mul5_3 = in0[i32_add(i32_mul(gid, p.in0_s1), i32_mul(3, p.in0_s2))] * sub6_3;
  acc_1 = acc_1 + mul5_3;
  const float reshape10 = in3[i32_mul(gid, p.in3_s0)];
  const float add9 = reshape10 + 0.00001f;
  const float rsqrt8 = rsqrtf(add9);
  const float mul3 = acc_1 * rsqrt8;
  out1[gid] = mul3;
}
