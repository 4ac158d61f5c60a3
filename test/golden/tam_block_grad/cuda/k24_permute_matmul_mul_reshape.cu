// k24_permute_matmul_mul_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k24_permute_matmul_mul_reshape: 1 launch(es)
// launch 24: reads 448 B, writes 128 B; fuses:
//   %2 reshape  @ nn/tam.ts:142:69
//   %3 permute  @ nn/tam.ts:142:59
//   %4 reshape  @ nn/tam.ts:145:18
//   %13 reshape  @ nn/norm.ts:101:40
//   %15 add  @ nn/norm.ts:120:25
//   %16 rsqrt  @ nn/norm.ts:120:17
//   %17 reshape  @ nn/norm.ts:101:40
//   %18 mul  @ nn/norm.ts:121:27
//   %128 mul [register table along axis 0]  @ nn/norm.ts:122:13 <- ∂ of %20 mul
//   %134 permute  @ nn/linear.ts:36:9 <- ∂ of %7 matmul
//   %135 matmul  @ nn/linear.ts:36:9 <- ∂ of %7 matmul
//   %136 permute  @ nn/linear.ts:32:16 <- ∂ of %6 permute
// stores %136 permute: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, out, k24_permute_matmul_mul_reshape_params (by value, 48 bytes).

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
struct k24_permute_matmul_mul_reshape_params {
  int total;
  int out_s0;
  int out_s1;
  int out_d1;
  int matmul1_k;
  int in0_s0;
  int in0_s1;
  int mul6_tabn;
  int in1_s0;
  int in1_s1;
  int in2_s0;
  int in3_s0;
};

extern "C" __global__ void __launch_bounds__(64) k24_permute_matmul_mul_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    float* __restrict__ out,
    const k24_permute_matmul_mul_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  float mul6_tab[8] = {};
  const float reshape10 = in2[i32_mul(gid, p.in2_s0)];
  const float add9 = reshape10 + 0.00001f;
  const float rsqrt8 = rsqrtf(add9);
  const float reshape11 = in3[i32_mul(gid, p.in3_s0)];
  const float mul7 = rsqrt8 * reshape11;
  for (int k = 0; k < p.mul6_tabn; ++k) {
    const float mul6 = in1[i32_add(i32_mul(k, p.in1_s0), i32_mul(gid, p.in1_s1))] * mul7;
    mul6_tab[k] = mul6;
  }
  for (int pos = 0; pos < p.out_d1; ++pos) {
    float acc = 0.0f;
    for (int r = 0; r < p.matmul1_k; ++r) {
      const float reshape5 = in0[i32_add(i32_mul(pos, p.in0_s0), i32_mul(r, p.in0_s1))];
      acc = acc + reshape5 * mul6_tab[r];
    }
    out[i32_add(i32_mul(gid, p.out_s0), i32_mul(pos, p.out_s1))] = acc;
  }
}
