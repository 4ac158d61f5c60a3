// k1_matmul_permute_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_matmul_permute_reshape: 1 launch(es)
// launch 1: reads 256 B, writes 256 B; fuses:
//   %2 reshape  @ nn/tam.ts:142:69
//   %3 permute  @ nn/tam.ts:142:59
//   %4 reshape  @ nn/tam.ts:145:18
//   %6 permute  @ nn/linear.ts:32:16
//   %7 matmul  @ nn/linear.ts:36:9
// stores %7 matmul: read by 4 kernels (of %26 matmul, %123 permute, %125 where, %127 reshape): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k1_matmul_permute_reshape_params (by value, 32 bytes).

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
struct k1_matmul_permute_reshape_params {
  int total;
  int out_s0;
  int out_d1;
  int matmul0_k;
  int in0_s0;
  int in0_s1;
  int in1_s0;
  int in1_s1;
};

extern "C" __global__ void __launch_bounds__(64) k1_matmul_permute_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k1_matmul_permute_reshape_params p
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
    const float reshape3 = in0[i32_add(i32_mul(r, p.in0_s0), i32_mul(out_i0, p.in0_s1))];
    const float permute4 = in1[i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(r, p.in1_s1))];
    acc = acc + reshape3 * permute4;
  }
  out[gid] = acc;
}
