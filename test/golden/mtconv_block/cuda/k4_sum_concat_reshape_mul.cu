// k4_sum_concat_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k4_sum_concat_reshape_mul: 2 launch(es)
// launch 4: reads 112 B, writes 36 B; fuses:
//   %42 slice  @ nn/cossim.ts:58:59
//   %43 slice  @ nn/cossim.ts:58:59
//   %44 mul  @ nn/cossim.ts:64:59
//   %45 reshape  @ nn/cossim.ts:64:49
//   %46 mul  @ nn/cossim.ts:64:59
//   %47 reshape  @ nn/cossim.ts:64:49
//   %48 mul  @ nn/cossim.ts:64:59
//   %49 reshape  @ nn/cossim.ts:64:49
//   %50 concat  @ nn/cossim.ts:65:24
//   %51 sum  @ nn/cossim.ts:65:18
// launch 11: reads 64 B, writes 36 B; fuses:
//   %109 slice  @ nn/cossim.ts:58:59
//   %110 slice  @ nn/cossim.ts:58:59
//   %111 mul  @ nn/cossim.ts:64:59
//   %112 reshape  @ nn/cossim.ts:64:49
//   %113 mul  @ nn/cossim.ts:64:59
//   %114 reshape  @ nn/cossim.ts:64:49
//   %115 mul  @ nn/cossim.ts:64:59
//   %116 reshape  @ nn/cossim.ts:64:49
//   %117 concat  @ nn/cossim.ts:65:24
//   %118 sum  @ nn/cossim.ts:65:18
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k4_sum_concat_reshape_mul_params (by value, 52 bytes).

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
struct k4_sum_concat_reshape_mul_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int sum0_n;
  int concat1_end0;
  int slice4_start2;
  int slice4_step2;
  int in0_s1;
  int in0_s2;
  int slice5_start2;
  int slice5_step2;
  int concat1_end1;
};

extern "C" __global__ void __launch_bounds__(64) k4_sum_concat_reshape_mul(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k4_sum_concat_reshape_mul_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  float acc = 0.0f;
  for (int r = 0; r < p.sum0_n; ++r) {
    float part = 0.0f;
    if (out_i1 < p.concat1_end0) {
      const float slice4 = in0[i32_add(i32_mul(r, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(out_i2, p.slice4_step2)), p.in0_s2))];
      const float slice5 = in0[i32_add(i32_mul(r, p.in0_s1), i32_mul(i32_add(p.slice5_start2, i32_mul(out_i2, p.slice5_step2)), p.in0_s2))];
      const float mul3 = slice4 * slice5;
      part = mul3;
    } else {
      if (out_i1 < p.concat1_end1) {
        const float slice4_1 = in0[i32_add(i32_mul(r, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(out_i2, p.slice4_step2)), p.in0_s2))];
        const float mul7 = slice4_1 * slice4_1;
        part = mul7;
      } else {
        const float slice5_1 = in0[i32_add(i32_mul(r, p.in0_s1), i32_mul(i32_add(p.slice5_start2, i32_mul(out_i2, p.slice5_step2)), p.in0_s2))];
        const float mul9 = slice5_1 * slice5_1;
        part = mul9;
      }
    }
    acc = acc + part;
  }
  out[gid] = acc;
}
