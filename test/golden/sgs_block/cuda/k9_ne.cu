// k9_ne: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k9_ne: 1 launch(es)
// launch 9: reads 16 B, writes 4 B; fuses:
//   %56 ne  @ nn/sgs.ts:238:22
// stores %56 ne: read by 3 kernels (of %60 matmul, %65 matmul, %67 sum): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k9_ne_params (by value, 12 bytes).

#ifndef TEMPOFUSE_CUDA_I32_MUL
#define TEMPOFUSE_CUDA_I32_MUL
// i32 * i32 wrapping modulo 2^32 (the low 32 bits of the product).
static __device__ __forceinline__ int i32_mul(int a, int b) {
  return (int)((unsigned int)a * (unsigned int)b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k9_ne_params {
  int total;
  int out_d1;
  int in0_s1;
};

extern "C" __global__ void __launch_bounds__(64) k9_ne(
    const float* __restrict__ in0,
    unsigned int* __restrict__ out,
    const k9_ne_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid % p.out_d1;
  const bool ne0 = in0[i32_mul(out_i1, p.in0_s1)] != 0.0f;
  out[gid] = ne0 ? 1u : 0u;
}
