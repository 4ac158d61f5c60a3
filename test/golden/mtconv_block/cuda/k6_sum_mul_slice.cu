// k6_sum_mul_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k6_sum_mul_slice: 4 launch(es)
// launch 9: reads 112 B, writes 12 B; fuses:
//   %46 slice  @ nn/cossim.ts:58:59
//   %50 mul  @ nn/cossim.ts:60:54
//   %51 sum  @ nn/cossim.ts:60:48
// launch 10: reads 112 B, writes 12 B; fuses:
//   %47 slice  @ nn/cossim.ts:58:59
//   %52 mul  @ nn/cossim.ts:60:54
//   %53 sum  @ nn/cossim.ts:60:48
// launch 22: reads 64 B, writes 12 B; fuses:
//   %111 slice  @ nn/cossim.ts:58:59
//   %115 mul  @ nn/cossim.ts:60:54
//   %116 sum  @ nn/cossim.ts:60:48
// launch 23: reads 64 B, writes 12 B; fuses:
//   %112 slice  @ nn/cossim.ts:58:59
//   %117 mul  @ nn/cossim.ts:60:54
//   %118 sum  @ nn/cossim.ts:60:48
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k6_sum_mul_slice_params (by value, 28 bytes).

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
struct k6_sum_mul_slice_params {
  int total;
  int out_d1;
  int sum0_n;
  int slice2_start2;
  int slice2_step2;
  int in0_s1;
  int in0_s2;
};

extern "C" __global__ void __launch_bounds__(64) k6_sum_mul_slice(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k6_sum_mul_slice_params p
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
    const float mul1 = slice2 * slice2;
    acc = acc + mul1;
  }
  out[gid] = acc;
}
