// k5_mul_neg_rsqrt_add: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k5_mul_neg_rsqrt_add: 1 launch(es)
// launch 5: reads 104 B, writes 64 B; fuses:
//   %23 sub  @ nn/sgs.ts:295:12
//   %24 permute  @ nn/linear.ts:32:16
//   %25 matmul  @ nn/linear.ts:36:9
//   %27 add  @ nn/sgs.ts:221:35
//   %28 rsqrt  @ nn/sgs.ts:221:27
//   %29 mul  @ nn/sgs.ts:221:21
//   %30 neg  @ nn/sgs.ts:222:23
//   %31 mul  @ nn/sgs.ts:222:17
// stores %31 mul: read by 3 kernels (of %37 max, %50 sum, %61 matmul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k5_mul_neg_rsqrt_add_params (by value, 48 bytes).

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
struct k5_mul_neg_rsqrt_add_params {
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
  int in3_s0;
  int in4_s0;
};

extern "C" __global__ void __launch_bounds__(64) k5_mul_neg_rsqrt_add(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k5_mul_neg_rsqrt_add_params p
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
    const float sub3 = in0[i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(r, p.in0_s2))] - in1[i32_mul(r, p.in1_s2)];
    const float permute4 = in2[i32_add(i32_mul(out_i2, p.in2_s0), i32_mul(r, p.in2_s1))];
    acc = acc + sub3 * permute4;
  }
  const float neg1 = -acc;
  const float add7 = in3[i32_mul(out_i2, p.in3_s0)] + 0.00001f;
  const float rsqrt6 = rsqrtf(add7);
  const float mul5 = rsqrt6 * in4[i32_mul(out_i2, p.in4_s0)];
  const float mul0 = neg1 * mul5;
  out[gid] = mul0;
}
