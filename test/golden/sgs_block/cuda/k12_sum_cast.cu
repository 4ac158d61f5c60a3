// k12_sum_cast: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k12_sum_cast: 1 launch(es)
// launch 12: reads 4 B, writes 4 B; fuses:
//   %66 cast  @ nn/sgs.ts:245:23
//   %67 sum  @ nn/sgs.ts:245:17
// stores %67 sum: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k12_sum_cast_params (by value, 8 bytes).

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
struct k12_sum_cast_params {
  int total;
  int in0_s1;
};

extern "C" __global__ void __launch_bounds__(64) k12_sum_cast(
    const unsigned int* __restrict__ in0,
    int* __restrict__ out,
    const k12_sum_cast_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  int acc = 0;
  const int cast1 = (int)(in0[0] != 0u);
  acc = i32_add(acc, cast1);
  const int cast1_1 = (int)(in0[p.in0_s1] != 0u);
  acc = i32_add(acc, cast1_1);
  const int cast1_2 = (int)(in0[i32_mul(2, p.in0_s1)] != 0u);
  acc = i32_add(acc, cast1_2);
  const int cast1_3 = (int)(in0[i32_mul(3, p.in0_s1)] != 0u);
  acc = i32_add(acc, cast1_3);
  out[gid] = acc;
}
