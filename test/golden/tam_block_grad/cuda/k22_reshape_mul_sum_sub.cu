// k22_reshape_mul_sum_sub: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k22_reshape_mul_sum_sub: 1 launch(es)
// launch 22: reads 576 B, writes 64 B; fuses:
//   %12 reshape  @ nn/norm.ts:101:40
//   %13 reshape  @ nn/norm.ts:101:40
//   %15 add  @ nn/norm.ts:120:25
//   %16 rsqrt  @ nn/norm.ts:120:17
//   %19 sub  @ nn/norm.ts:122:19
//   %126 sum  @ nn/norm.ts:123:21 <- ∂ of %22 add
//   %127 reshape  @ nn/norm.ts:101:40 <- ∂ of %21 reshape
//   %129 mul  @ nn/norm.ts:122:13 <- ∂ of %20 mul
//   %130 sum  @ nn/norm.ts:122:13 <- ∂ of %20 mul
//   %131 mul  @ nn/norm.ts:121:27 <- ∂ of %18 mul
//   %132 reshape [also written, at the same index as the root (a sibling kernel merged, rule 9)]  @ nn/norm.ts:101:40 <- ∂ of %17 reshape
// stores %127 reshape: a graph output
// stores %132 reshape: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, out, out1, k22_reshape_mul_sum_sub_params (by value, 28 bytes).

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
struct k22_reshape_mul_sum_sub_params {
  int total;
  int in0_s0;
  int in0_s1;
  int in1_s0;
  int in1_s1;
  int in2_s0;
  int in3_s0;
};

extern "C" __global__ void __launch_bounds__(64) k22_reshape_mul_sum_sub(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    float* __restrict__ out,
    float* __restrict__ out1,
    const k22_reshape_mul_sum_sub_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  float acc = 0.0f;
  acc = acc + in0[i32_mul(gid, p.in0_s1)];
  acc = acc + in0[i32_add(p.in0_s0, i32_mul(gid, p.in0_s1))];
  acc = acc + in0[i32_add(i32_mul(2, p.in0_s0), i32_mul(gid, p.in0_s1))];
  acc = acc + in0[i32_add(i32_mul(3, p.in0_s0), i32_mul(gid, p.in0_s1))];
  acc = acc + in0[i32_add(i32_mul(4, p.in0_s0), i32_mul(gid, p.in0_s1))];
  acc = acc + in0[i32_add(i32_mul(5, p.in0_s0), i32_mul(gid, p.in0_s1))];
  acc = acc + in0[i32_add(i32_mul(6, p.in0_s0), i32_mul(gid, p.in0_s1))];
  acc = acc + in0[i32_add(i32_mul(7, p.in0_s0), i32_mul(gid, p.in0_s1))];
  out[gid] = acc;
  float acc_1 = 0.0f;
  const float reshape7 = in2[i32_mul(gid, p.in2_s0)];
  const float sub6 = in1[i32_mul(gid, p.in1_s1)] - reshape7;
  const float mul5 = in0[i32_mul(gid, p.in0_s1)] * sub6;
  acc_1 = acc_1 + mul5;
  const float sub6_1 = in1[i32_add(p.in1_s0, i32_mul(gid, p.in1_s1))] - reshape7;
  const float mul5_1 = in0[i32_add(p.in0_s0, i32_mul(gid, p.in0_s1))] * sub6_1;
  acc_1 = acc_1 + mul5_1;
  const float sub6_2 = in1[i32_add(i32_mul(2, p.in1_s0), i32_mul(gid, p.in1_s1))] - reshape7;
  const float mul5_2 = in0[i32_add(i32_mul(2, p.in0_s0), i32_mul(gid, p.in0_s1))] * sub6_2;
  acc_1 = acc_1 + mul5_2;
  const float sub6_3 = in1[i32_add(i32_mul(3, p.in1_s0), i32_mul(gid, p.in1_s1))] - reshape7;
  const float mul5_3 = in0[i32_add(i32_mul(3, p.in0_s0), i32_mul(gid, p.in0_s1))] * sub6_3;
  acc_1 = acc_1 + mul5_3;
  const float sub6_4 = in1[i32_add(i32_mul(4, p.in1_s0), i32_mul(gid, p.in1_s1))] - reshape7;
  const float mul5_4 = in0[i32_add(i32_mul(4, p.in0_s0), i32_mul(gid, p.in0_s1))] * sub6_4;
  acc_1 = acc_1 + mul5_4;
  const float sub6_5 = in1[i32_add(i32_mul(5, p.in1_s0), i32_mul(gid, p.in1_s1))] - reshape7;
  const float mul5_5 = in0[i32_add(i32_mul(5, p.in0_s0), i32_mul(gid, p.in0_s1))] * sub6_5;
  acc_1 = acc_1 + mul5_5;
  const float sub6_6 = in1[i32_add(i32_mul(6, p.in1_s0), i32_mul(gid, p.in1_s1))] - reshape7;
  const float mul5_6 = in0[i32_add(i32_mul(6, p.in0_s0), i32_mul(gid, p.in0_s1))] * sub6_6;
  acc_1 = acc_1 + mul5_6;
  const float sub6_7 = in1[i32_add(i32_mul(7, p.in1_s0), i32_mul(gid, p.in1_s1))] - reshape7;
  const float mul5_7 = in0[i32_add(i32_mul(7, p.in0_s0), i32_mul(gid, p.in0_s1))] * sub6_7;
  acc_1 = acc_1 + mul5_7;
  const float reshape10 = in3[i32_mul(gid, p.in3_s0)];
  const float add9 = reshape10 + 0.00001f;
  const float rsqrt8 = rsqrtf(add9);
  const float mul3 = acc_1 * rsqrt8;
  out1[gid] = mul3;
}
