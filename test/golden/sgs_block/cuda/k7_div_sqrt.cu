// k7_div_sqrt: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k7_div_sqrt: 1 launch(es)
// launch 7: reads 20 B, writes 16 B; fuses:
//   %36 sqrt  @ nn/sgs.ts:184:39
//   %38 div  @ nn/sgs.ts:187:31
// stores %38 div: read by 2 kernels (of %50 sum, %61 matmul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k7_div_sqrt_params (by value, 12 bytes).

#ifndef TEMPOFUSE_CUDA_I32_MUL
#define TEMPOFUSE_CUDA_I32_MUL
// i32 * i32 wrapping modulo 2^32 (the low 32 bits of the product).
static __device__ __forceinline__ int i32_mul(int a, int b) {
  return (int)((unsigned int)a * (unsigned int)b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k7_div_sqrt_params {
  int total;
  int out_d1;
  int in0_s1;
};

extern "C" __global__ void __launch_bounds__(64) k7_div_sqrt(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k7_div_sqrt_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid % p.out_d1;
  const float sqrt1 = sqrtf(in0[i32_mul(out_i1, p.in0_s1)]);
  const float div0 = sqrt1 / in1[0];
  out[gid] = div0;
}
