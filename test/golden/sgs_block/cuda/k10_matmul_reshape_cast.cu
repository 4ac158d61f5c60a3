// k10_matmul_reshape_cast: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k10_matmul_reshape_cast: 1 launch(es)
// launch 10: reads 68 B, writes 16 B; fuses:
//   %57 cast  @ nn/sgs.ts:239:27
//   %58 reshape  @ nn/sgs.ts:239:17
//   %60 matmul  @ nn/sgs.ts:241:20
// stores %60 matmul: %65 matmul reads each element 4 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k10_matmul_reshape_cast_params (by value, 24 bytes).

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
struct k10_matmul_reshape_cast_params {
  int total;
  int out_d2;
  int matmul0_k;
  int in0_s1;
  int in1_s0;
  int in1_s1;
};

extern "C" __global__ void __launch_bounds__(64) k10_matmul_reshape_cast(
    const unsigned int* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k10_matmul_reshape_cast_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i2 = gid % p.out_d2;
  float acc = 0.0f;
  for (int r = 0; r < p.matmul0_k; ++r) {
    const float cast2 = in0[i32_mul(r, p.in0_s1)] != 0u ? 1.0f : 0.0f;
    acc = acc + cast2 * in1[i32_add(i32_mul(r, p.in1_s0), i32_mul(out_i2, p.in1_s1))];
  }
  out[gid] = acc;
}
