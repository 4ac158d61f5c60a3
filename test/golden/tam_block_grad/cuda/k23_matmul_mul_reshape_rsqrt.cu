// k23_matmul_mul_reshape_rsqrt: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k23_matmul_mul_reshape_rsqrt: 1 launch(es)
// launch 23: reads 448 B, writes 128 B; fuses:
//   %13 reshape  @ nn/norm.ts:101:40
//   %15 add  @ nn/norm.ts:120:25
//   %16 rsqrt  @ nn/norm.ts:120:17
//   %17 reshape  @ nn/norm.ts:101:40
//   %18 mul  @ nn/norm.ts:121:27
//   %128 mul  @ nn/norm.ts:122:13 <- ∂ of %20 mul
//   %133 matmul  @ nn/linear.ts:36:9 <- ∂ of %7 matmul
// stores %133 matmul: kept apart so that the kernel of %144 add fits the storage-buffer limit, or cheaper to store than to recompute
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, out, k23_matmul_mul_reshape_rsqrt_params (by value, 40 bytes).

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
struct k23_matmul_mul_reshape_rsqrt_params {
  int total;
  int out_s0;
  int out_d1;
  int matmul0_k;
  int in0_s0;
  int in0_s1;
  int in1_s0;
  int in2_s0;
  int in3_s0;
  int in3_s1;
};

extern "C" __global__ void __launch_bounds__(64) k23_matmul_mul_reshape_rsqrt(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    float* __restrict__ out,
    const k23_matmul_mul_reshape_rsqrt_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid % p.out_d1;
  float acc = 0.0f;
  for (int r = 0; r < p.matmul0_k; ++r) {
    const float reshape5 = in1[i32_mul(r, p.in1_s0)];
    const float add4 = reshape5 + 0.00001f;
    const float rsqrt3 = rsqrtf(add4);
    const float reshape6 = in2[i32_mul(r, p.in2_s0)];
    const float mul2 = rsqrt3 * reshape6;
    const float mul1 = in0[i32_add(i32_mul(out_i0, p.in0_s0), i32_mul(r, p.in0_s1))] * mul2;
    acc = acc + mul1 * in3[i32_add(i32_mul(r, p.in3_s0), i32_mul(out_i1, p.in3_s1))];
  }
  out[gid] = acc;
}
