// k15_mul_reshape_rsqrt_add: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k15_mul_reshape_rsqrt_add: 1 launch(es)
// launch 15: reads 48 B, writes 32 B; fuses:
//   %39 reshape  @ nn/norm.ts:101:40
//   %40 add  @ nn/norm.ts:120:25
//   %41 rsqrt  @ nn/norm.ts:120:17
//   %42 reshape  @ nn/norm.ts:101:40
//   %43 mul  @ nn/norm.ts:121:27
//   %99 mul  @ nn/norm.ts:122:13 <- ∂ of %45 mul
// stores %99 mul: read by 2 kernels (of %109 conv, %115 permute): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k15_mul_reshape_rsqrt_add_params (by value, 32 bytes).

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
struct k15_mul_reshape_rsqrt_add_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int in0_s1;
  int in0_s2;
  int in1_s0;
  int in2_s0;
};

extern "C" __global__ void __launch_bounds__(64) k15_mul_reshape_rsqrt_add(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k15_mul_reshape_rsqrt_add_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  const float reshape4 = in1[i32_mul(out_i1, p.in1_s0)];
  const float add3 = reshape4 + 0.00001f;
  const float rsqrt2 = rsqrtf(add3);
  const float reshape5 = in2[i32_mul(out_i1, p.in2_s0)];
  const float mul1 = rsqrt2 * reshape5;
  const float mul0 = in0[i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2))] * mul1;
  out[gid] = mul0;
}
