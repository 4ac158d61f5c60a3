// k2_add: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_add: 1 launch(es)
// launch 2: reads 24 B, writes 24 B; fuses:
//   %7 add  @ test/fixtures/golden/scatter_chain.ts:10:17
// stores %7 add: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k2_add_params (by value, 20 bytes).

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
struct k2_add_params {
  int total;
  int out_s0;
  int out_d1;
  int in0_s0;
  int in0_s1;
};

extern "C" __global__ void __launch_bounds__(64) k2_add(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k2_add_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid % p.out_d1;
  const float add0 = in0[i32_add(i32_mul(out_i0, p.in0_s0), i32_mul(out_i1, p.in0_s1))] + 1.0f;
  out[gid] = add0;
}
