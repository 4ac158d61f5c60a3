// k7_argmax_sqrt: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k7_argmax_sqrt: 1 launch(es)
// launch 7: reads 16 B, writes 4 B; fuses:
//   %36 sqrt  @ nn/sgs.ts:224:39
//   %37 argmax  @ nn/sgs.ts:229:33
// stores %37 argmax: read by 2 kernels (of %54 sum, %65 matmul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k7_argmax_sqrt_params (by value, 12 bytes).

#ifndef TEMPOFUSE_CUDA_I32_MUL
#define TEMPOFUSE_CUDA_I32_MUL
// i32 * i32 wrapping modulo 2^32 (the low 32 bits of the product).
static __device__ __forceinline__ int i32_mul(int a, int b) {
  return (int)((unsigned int)a * (unsigned int)b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k7_argmax_sqrt_params {
  int total;
  int in0_s1;
  int argmax0_n;
};

extern "C" __global__ void __launch_bounds__(64) k7_argmax_sqrt(
    const float* __restrict__ in0,
    int* __restrict__ out,
    const k7_argmax_sqrt_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  int best = 0;
  const float sqrt1 = sqrtf(in0[0]);
  float bestv = sqrt1;
  for (int k = 1; k < p.argmax0_n; ++k) {
    const float sqrt1_1 = sqrtf(in0[i32_mul(k, p.in0_s1)]);
    const bool better = !isnan(bestv) && (isnan(sqrt1_1) || (sqrt1_1 > bestv));
    best = better ? k : best;
    bestv = better ? sqrt1_1 : bestv;
  }
  out[gid] = best;
}
