// k3_topk_indices_reshape_add_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_topk_indices_reshape_add_slice: 2 launch(es)
// launch 3: reads 36 B, writes 8 B; fuses:
//   %52 slice  @ nn/cossim.ts:68:39
//   %53 slice  @ nn/cossim.ts:68:39
//   %54 slice  @ nn/cossim.ts:68:39
//   %55 mul  @ nn/cossim.ts:70:34
//   %57 maximum  @ nn/cossim.ts:70:24
//   %58 sqrt  @ nn/cossim.ts:70:17
//   %59 div  @ nn/cossim.ts:71:13
//   %60 slice  @ nn/cossim.ts:73:25
//   %61 slice  @ nn/cossim.ts:73:80
//   %62 add  @ nn/cossim.ts:73:19
//   %63 reshape  @ nn/cossim.ts:74:18
//   %64 topk_indices  @ nn/cossim.ts:82:17
// stores %64 topk_indices: %70 conv reads it inside its own loop, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
// launch 8: reads 36 B, writes 8 B; fuses:
//   %119 slice  @ nn/cossim.ts:68:39
//   %120 slice  @ nn/cossim.ts:68:39
//   %121 slice  @ nn/cossim.ts:68:39
//   %122 mul  @ nn/cossim.ts:70:34
//   %124 maximum  @ nn/cossim.ts:70:24
//   %125 sqrt  @ nn/cossim.ts:70:17
//   %126 div  @ nn/cossim.ts:71:13
//   %127 slice  @ nn/cossim.ts:73:25
//   %128 slice  @ nn/cossim.ts:73:80
//   %129 add  @ nn/cossim.ts:73:19
//   %130 reshape  @ nn/cossim.ts:74:18
//   %131 topk_indices  @ nn/cossim.ts:82:17
// stores %131 topk_indices: %137 conv reads it inside its own loop, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k3_topk_indices_reshape_add_slice_params (by value, 64 bytes).

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
#ifndef TEMPOFUSE_CUDA_F32_MAX_NAN
#define TEMPOFUSE_CUDA_F32_MAX_NAN
// max that propagates NaN (fmaxf returns the other operand when one is NaN).
static __device__ __forceinline__ float f32_max_nan(float a, float b) {
  return (isnan(a) || isnan(b)) ? __int_as_float(0x7fc00000) : fmaxf(a, b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k3_topk_indices_reshape_add_slice_params {
  int total;
  int out_d1;
  int topk_indices0_n;
  int slice3_start2;
  int slice3_step2;
  int slice5_start1;
  int slice5_step1;
  int in0_s1;
  int in0_s2;
  int slice9_start1;
  int slice9_step1;
  int slice10_start1;
  int slice10_step1;
  int slice11_start2;
  int slice11_step2;
  int topk_indices0_k;
};

extern "C" __global__ void __launch_bounds__(64) k3_topk_indices_reshape_add_slice(
    const float* __restrict__ in0,
    int* __restrict__ out,
    const k3_topk_indices_reshape_add_slice_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid % p.out_d1;
  int found = 0;
  int seen = 0;
  for (int i = 0; i < p.topk_indices0_n; ++i) {
    const float slice5 = in0[i32_add(i32_mul(p.slice5_start1, p.in0_s1), i32_mul(i32_add(p.slice3_start2, i32_mul(i, p.slice3_step2)), p.in0_s2))];
    const float slice9 = in0[i32_add(i32_mul(p.slice9_start1, p.in0_s1), i32_mul(i32_add(p.slice3_start2, i32_mul(i, p.slice3_step2)), p.in0_s2))];
    const float slice10 = in0[i32_add(i32_mul(p.slice10_start1, p.in0_s1), i32_mul(i32_add(p.slice3_start2, i32_mul(i, p.slice3_step2)), p.in0_s2))];
    const float mul8 = slice9 * slice10;
    const float maximum7 = f32_max_nan(mul8, 1.0e-8f);
    const float sqrt6 = sqrtf(maximum7);
    const float div4 = slice5 / sqrt6;
    const float slice5_1 = in0[i32_add(i32_mul(p.slice5_start1, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(i, p.slice11_step2)), p.in0_s2))];
    const float slice9_1 = in0[i32_add(i32_mul(p.slice9_start1, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(i, p.slice11_step2)), p.in0_s2))];
    const float slice10_1 = in0[i32_add(i32_mul(p.slice10_start1, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(i, p.slice11_step2)), p.in0_s2))];
    const float mul8_1 = slice9_1 * slice10_1;
    const float maximum7_1 = f32_max_nan(mul8_1, 1.0e-8f);
    const float sqrt6_1 = sqrtf(maximum7_1);
    const float div4_1 = slice5_1 / sqrt6_1;
    const float add2 = div4 + div4_1;
    int rank = 0;
    for (int j = 0; j < p.topk_indices0_n; ++j) {
      const float slice5_2 = in0[i32_add(i32_mul(p.slice5_start1, p.in0_s1), i32_mul(i32_add(p.slice3_start2, i32_mul(j, p.slice3_step2)), p.in0_s2))];
      const float slice9_2 = in0[i32_add(i32_mul(p.slice9_start1, p.in0_s1), i32_mul(i32_add(p.slice3_start2, i32_mul(j, p.slice3_step2)), p.in0_s2))];
      const float slice10_2 = in0[i32_add(i32_mul(p.slice10_start1, p.in0_s1), i32_mul(i32_add(p.slice3_start2, i32_mul(j, p.slice3_step2)), p.in0_s2))];
      const float mul8_2 = slice9_2 * slice10_2;
      const float maximum7_2 = f32_max_nan(mul8_2, 1.0e-8f);
      const float sqrt6_2 = sqrtf(maximum7_2);
      const float div4_2 = slice5_2 / sqrt6_2;
      const float slice5_3 = in0[i32_add(i32_mul(p.slice5_start1, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(j, p.slice11_step2)), p.in0_s2))];
      const float slice9_3 = in0[i32_add(i32_mul(p.slice9_start1, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(j, p.slice11_step2)), p.in0_s2))];
      const float slice10_3 = in0[i32_add(i32_mul(p.slice10_start1, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(j, p.slice11_step2)), p.in0_s2))];
      const float mul8_3 = slice9_3 * slice10_3;
      const float maximum7_3 = f32_max_nan(mul8_3, 1.0e-8f);
      const float sqrt6_3 = sqrtf(maximum7_3);
      const float div4_3 = slice5_3 / sqrt6_3;
      const float add2_1 = div4_2 + div4_3;
      rank = i32_add(rank, (isnan(add2) && !isnan(add2_1)) || (add2 > add2_1) || ((j < i) && !((isnan(add2_1) && !isnan(add2)) || (add2_1 > add2))) ? 1 : 0);
    }
    if (rank < p.topk_indices0_k) {
      if (seen == out_i1) {
        found = i;
      }
      seen = i32_add(seen, 1);
    }
  }
  out[gid] = found;
}
