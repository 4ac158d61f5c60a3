// k21_where_gt_matmul_add: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k21_where_gt_matmul_add: 1 launch(es)
// launch 21: reads 576 B, writes 256 B; fuses:
//   %12 reshape  @ nn/norm.ts:101:40
//   %13 reshape  @ nn/norm.ts:101:40
//   %15 add  @ nn/norm.ts:120:25
//   %16 rsqrt  @ nn/norm.ts:120:17
//   %17 reshape  @ nn/norm.ts:101:40
//   %18 mul  @ nn/norm.ts:121:27
//   %19 sub  @ nn/norm.ts:122:19
//   %20 mul  @ nn/norm.ts:122:13
//   %21 reshape  @ nn/norm.ts:101:40
//   %22 add  @ nn/norm.ts:123:21
//   %120 matmul  @ nn/linear.ts:36:9 <- ∂ of %26 matmul
//   %124 gt  @ nn/tam.ts:149:47 <- ∂ of %23 relu
//   %125 where  @ nn/tam.ts:149:47 <- ∂ of %23 relu
// stores %125 where: read by 3 kernels (of %127 reshape, %133 matmul, %136 permute): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, in6, out, k21_where_gt_matmul_add_params (by value, 56 bytes).

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
struct k21_where_gt_matmul_add_params {
  int total;
  int out_s0;
  int out_d1;
  int in0_s0;
  int in0_s1;
  int in1_s0;
  int in2_s0;
  int in3_s0;
  int in4_s0;
  int matmul12_k;
  int in5_s0;
  int in5_s1;
  int in6_s0;
  int in6_s1;
};

extern "C" __global__ void __launch_bounds__(64) k21_where_gt_matmul_add(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    const float* __restrict__ in6,
    float* __restrict__ out,
    const k21_where_gt_matmul_add_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid % p.out_d1;
  const float reshape5 = in1[i32_mul(out_i1, p.in1_s0)];
  const float sub4 = in0[i32_add(i32_mul(out_i0, p.in0_s0), i32_mul(out_i1, p.in0_s1))] - reshape5;
  const float reshape9 = in2[i32_mul(out_i1, p.in2_s0)];
  const float add8 = reshape9 + 0.00001f;
  const float rsqrt7 = rsqrtf(add8);
  const float reshape10 = in3[i32_mul(out_i1, p.in3_s0)];
  const float mul6 = rsqrt7 * reshape10;
  const float mul3 = sub4 * mul6;
  const float reshape11 = in4[i32_mul(out_i1, p.in4_s0)];
  const float add2 = mul3 + reshape11;
  const bool gt1 = add2 > 0.0f;
  float acc = 0.0f;
  for (int r = 0; r < p.matmul12_k; ++r) {
    acc = acc + in5[i32_add(i32_mul(out_i0, p.in5_s0), i32_mul(r, p.in5_s1))] * in6[i32_add(i32_mul(r, p.in6_s0), i32_mul(out_i1, p.in6_s1))];
  }
  const float where0 = gt1 ? acc : 0.0f;
  out[gid] = where0;
}
