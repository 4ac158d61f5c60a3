// k6_relu_add_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k6_relu_add_reshape_mul: 1 launch(es)
// launch 6: reads 64 B, writes 32 B; fuses:
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
//   %49 relu  @ nn/tam.ts:158:32
// stores %49 relu: read by 2 kernels (of %50 conv, %93 permute): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k6_relu_add_reshape_mul_params (by value, 40 bytes).

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
struct k6_relu_add_reshape_mul_params {
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
};

extern "C" __global__ void __launch_bounds__(64) k6_relu_add_reshape_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k6_relu_add_reshape_mul_params p
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
  const float sub3 = in0[i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2))] - reshape4;
  const float reshape8 = in2[i32_mul(out_i1, p.in2_s0)];
  const float add7 = reshape8 + 0.00001f;
  const float rsqrt6 = rsqrtf(add7);
  const float reshape9 = in3[i32_mul(out_i1, p.in3_s0)];
  const float mul5 = rsqrt6 * reshape9;
  const float mul2 = sub3 * mul5;
  const float reshape10 = in4[i32_mul(out_i1, p.in4_s0)];
  const float add1 = mul2 + reshape10;
  const float relu0 = add1 < 0.0f ? 0.0f : add1;
  out[gid] = relu0;
}
