// k4_sum_mul_add_sub: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k4_sum_mul_add_sub: 1 launch(es)
// launch 4: reads 160 B, writes 16 B; fuses:
//   %13 add  @ nn/linear.ts:37:19
//   %14 permute  @ nn/sgs.ts:182:49
//   %19 reshape  @ nn/norm.ts:101:40
//   %20 reshape  @ nn/norm.ts:101:40
//   %22 add  @ nn/norm.ts:120:25
//   %23 rsqrt  @ nn/norm.ts:120:17
//   %24 reshape  @ nn/norm.ts:101:40
//   %25 mul  @ nn/norm.ts:121:27
//   %26 sub  @ nn/norm.ts:122:19
//   %27 mul  @ nn/norm.ts:122:13
//   %28 reshape  @ nn/norm.ts:101:40
//   %29 add  @ nn/norm.ts:123:21
//   %31 sub  @ nn/sgs.ts:188:45
//   %33 add  @ nn/sgs.ts:188:39
//   %34 mul  @ nn/sgs.ts:189:52
//   %35 sum  @ nn/sgs.ts:189:46
// stores %35 sum: read by 3 kernels (of %37 max, %50 sum, %61 matmul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, in6, out, k4_sum_mul_add_sub_params (by value, 40 bytes).

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
struct k4_sum_mul_add_sub_params {
  int total;
  int out_d1;
  int in0_s1;
  int in1_s1;
  int in1_s2;
  int in2_s0;
  int in3_s0;
  int in4_s0;
  int in5_s0;
  int in6_s0;
};

extern "C" __global__ void __launch_bounds__(64) k4_sum_mul_add_sub(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    const float* __restrict__ in6,
    float* __restrict__ out,
    const k4_sum_mul_add_sub_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid % p.out_d1;
  float acc = 0.0f;
  const float add8 = in1[i32_mul(out_i1, p.in1_s1)] + in2[0];
  const float reshape9 = in3[0];
  const float sub6 = add8 - reshape9;
  const float reshape13 = in4[0];
  const float add12 = reshape13 + 0.00001f;
  const float rsqrt11 = rsqrtf(add12);
  const float reshape14 = in5[0];
  const float mul10 = rsqrt11 * reshape14;
  const float mul5 = sub6 * mul10;
  const float reshape15 = in6[0];
  const float add4 = mul5 + reshape15;
  const float sub3 = in0[0] - add4;
  const float add2 = sub3 + 0.000001f;
  const float mul1 = add2 * add2;
  acc = acc + mul1;
  const float add8_1 = in1[i32_add(i32_mul(out_i1, p.in1_s1), p.in1_s2)] + in2[p.in2_s0];
  const float reshape9_1 = in3[p.in3_s0];
  const float sub6_1 = add8_1 - reshape9_1;
  const float reshape13_1 = in4[p.in4_s0];
  const float add12_1 = reshape13_1 + 0.00001f;
  const float rsqrt11_1 = rsqrtf(add12_1);
  const float reshape14_1 = in5[p.in5_s0];
  const float mul10_1 = rsqrt11_1 * reshape14_1;
  const float mul5_1 = sub6_1 * mul10_1;
  const float reshape15_1 = in6[p.in6_s0];
  const float add4_1 = mul5_1 + reshape15_1;
  const float sub3_1 = in0[p.in0_s1] - add4_1;
  const float add2_1 = sub3_1 + 0.000001f;
  const float mul1_1 = add2_1 * add2_1;
  acc = acc + mul1_1;
  const float add8_2 = in1[i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(2, p.in1_s2))] + in2[i32_mul(2, p.in2_s0)];
  const float reshape9_2 = in3[i32_mul(2, p.in3_s0)];
  const float sub6_2 = add8_2 - reshape9_2;
  const float reshape13_2 = in4[i32_mul(2, p.in4_s0)];
  const float add12_2 = reshape13_2 + 0.00001f;
  const float rsqrt11_2 = rsqrtf(add12_2);
  const float reshape14_2 = in5[i32_mul(2, p.in5_s0)];
  const float mul10_2 = rsqrt11_2 * reshape14_2;
  const float mul5_2 = sub6_2 * mul10_2;
  const float reshape15_2 = in6[i32_mul(2, p.in6_s0)];
  const float add4_2 = mul5_2 + reshape15_2;
  const float sub3_2 = in0[i32_mul(2, p.in0_s1)] - add4_2;
  const float add2_2 = sub3_2 + 0.000001f;
  const float mul1_2 = add2_2 * add2_2;
  acc = acc + mul1_2;
  const float add8_3 = in1[i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(3, p.in1_s2))] + in2[i32_mul(3, p.in2_s0)];
  const float reshape9_3 = in3[i32_mul(3, p.in3_s0)];
  const float sub6_3 = add8_3 - reshape9_3;
  const float reshape13_3 = in4[i32_mul(3, p.in4_s0)];
  const float add12_3 = reshape13_3 + 0.00001f;
  const float rsqrt11_3 = rsqrtf(add12_3);
  const float reshape14_3 = in5[i32_mul(3, p.in5_s0)];
  const float mul10_3 = rsqrt11_3 * reshape14_3;
  const float mul5_3 = sub6_3 * mul10_3;
  const float reshape15_3 = in6[i32_mul(3, p.in6_s0)];
  const float add4_3 = mul5_3 + reshape15_3;
  const float sub3_3 = in0[i32_mul(3, p.in0_s1)] - add4_3;
  const float add2_3 = sub3_3 + 0.000001f;
  const float mul1_3 = add2_3 * add2_3;
  acc = acc + mul1_3;
  out[gid] = acc;
}
