// k5_sum_mul_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k5_sum_mul_slice: 2 launch(es)
// launch 8: reads 112 B, writes 12 B; fuses:
//   %46 slice  @ nn/cossim.ts:58:59
//   %47 slice  @ nn/cossim.ts:58:59
//   %48 mul  @ nn/cossim.ts:60:54
//   %49 sum  @ nn/cossim.ts:60:48
// launch 21: reads 64 B, writes 12 B; fuses:
//   %111 slice  @ nn/cossim.ts:58:59
//   %112 slice  @ nn/cossim.ts:58:59
//   %113 mul  @ nn/cossim.ts:60:54
//   %114 sum  @ nn/cossim.ts:60:48
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k5_sum_mul_slice_params (by value, 36 bytes).

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
struct k5_sum_mul_slice_params {
  int total;
  int out_d1;
  int sum0_n;
  int slice2_start2;
  int slice2_step2;
  int in0_s1;
  int in0_s2;
  int slice3_start2;
  int slice3_step2;
};

extern "C" __global__ void __launch_bounds__(64) k5_sum_mul_slice(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k5_sum_mul_slice_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid % p.out_d1;
  float acc = 0.0f;
  for (int r = 0; r < p.sum0_n; ++r) {
    const float slice2 = in0[i32_add(i32_mul(r, p.in0_s1), i32_mul(i32_add(p.slice2_start2, i32_mul(out_i1, p.slice2_step2)), p.in0_s2))];
    const float slice3 = in0[i32_add(i32_mul(r, p.in0_s1), i32_mul(i32_add(p.slice3_start2, i32_mul(out_i1, p.slice3_step2)), p.in0_s2))];
    const float mul1 = slice2 * slice3;
    acc = acc + mul1;
  }
  out[gid] = acc;
}
