// k13_where_gt_add_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k13_where_gt_add_reshape: 1 launch(es)
// launch 13: reads 96 B, writes 32 B; fuses:
//   %38 reshape  @ nn/norm.ts:101:40
//   %39 reshape  @ nn/norm.ts:101:40
//   %40 add  @ nn/norm.ts:120:25
//   %41 rsqrt  @ nn/norm.ts:120:17
//   %42 reshape  @ nn/norm.ts:101:40
//   %43 mul  @ nn/norm.ts:121:27
//   %44 sub  @ nn/norm.ts:122:19
//   %45 mul  @ nn/norm.ts:122:13
//   %46 reshape  @ nn/norm.ts:101:40
//   %47 add  @ nn/norm.ts:123:21
//   %95 gt  @ nn/tam.ts:158:32 <- ∂ of %49 relu
//   %96 where  @ nn/tam.ts:158:32 <- ∂ of %49 relu
// stores %96 where: read by 2 kernels (of %98 reshape, %99 mul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, out, k13_where_gt_add_reshape_params (by value, 48 bytes).

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
struct k13_where_gt_add_reshape_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int in0_s1;
  int in0_s2;
  int in1_s0;
  int in2_s0;
  int in3_s0;
  int in4_s0;
  int in5_s1;
  int in5_s2;
};

extern "C" __global__ void __launch_bounds__(64) k13_where_gt_add_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    float* __restrict__ out,
    const k13_where_gt_add_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  const float reshape5 = in1[i32_mul(out_i1, p.in1_s0)];
  const float sub4 = in0[i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2))] - reshape5;
  const float reshape9 = in2[i32_mul(out_i1, p.in2_s0)];
  const float add8 = reshape9 + 0.00001f;
  const float rsqrt7 = rsqrtf(add8);
  const float reshape10 = in3[i32_mul(out_i1, p.in3_s0)];
  const float mul6 = rsqrt7 * reshape10;
  const float mul3 = sub4 * mul6;
  const float reshape11 = in4[i32_mul(out_i1, p.in4_s0)];
  const float add2 = mul3 + reshape11;
  const bool gt1 = add2 > 0.0f;
  const float where0 = gt1 ? in5[i32_add(i32_mul(out_i1, p.in5_s1), i32_mul(out_i2, p.in5_s2))] : 0.0f;
  out[gid] = where0;
}
