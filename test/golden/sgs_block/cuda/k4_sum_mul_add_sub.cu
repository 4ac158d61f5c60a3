// k4_sum_mul_add_sub: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k4_sum_mul_add_sub: 1 launch(es)
// launch 4: reads 160 B, writes 16 B; fuses:
//   %13 add  @ nn/linear.ts:34:19
//   %14 permute  @ nn/sgs.ts:171:49
//   %19 reshape  @ nn/norm.ts:96:40
//   %20 reshape  @ nn/norm.ts:96:40
//   %22 add  @ nn/norm.ts:115:25
//   %23 rsqrt  @ nn/norm.ts:115:17
//   %24 reshape  @ nn/norm.ts:96:40
//   %25 mul  @ nn/norm.ts:116:27
//   %26 sub  @ nn/norm.ts:117:19
//   %27 mul  @ nn/norm.ts:117:13
//   %28 reshape  @ nn/norm.ts:96:40
//   %29 add  @ nn/norm.ts:118:21
//   %31 sub  @ nn/sgs.ts:177:45
//   %33 add  @ nn/sgs.ts:177:39
//   %34 mul  @ nn/sgs.ts:178:52
//   %35 sum  @ nn/sgs.ts:178:46
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, in6, out, k4_sum_mul_add_sub_params (by value, 44 bytes).

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
  int sum0_n;
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
  for (int r = 0; r < p.sum0_n; ++r) {
    const float add8 = in1[i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(r, p.in1_s2))] + in2[i32_mul(r, p.in2_s0)];
    const float reshape9 = in3[i32_mul(r, p.in3_s0)];
    const float sub6 = add8 - reshape9;
    const float reshape13 = in4[i32_mul(r, p.in4_s0)];
    const float add12 = reshape13 + 0.00001f;
    const float rsqrt11 = rsqrtf(add12);
    const float reshape14 = in5[i32_mul(r, p.in5_s0)];
    const float mul10 = rsqrt11 * reshape14;
    const float mul5 = sub6 * mul10;
    const float reshape15 = in6[i32_mul(r, p.in6_s0)];
    const float add4 = mul5 + reshape15;
    const float sub3 = in0[i32_mul(r, p.in0_s1)] - add4;
    const float add2 = sub3 + 0.000001f;
    const float mul1 = add2 * add2;
    acc = acc + mul1;
  }
  out[gid] = acc;
}
