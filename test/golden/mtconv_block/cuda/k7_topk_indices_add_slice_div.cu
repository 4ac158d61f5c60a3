// k7_topk_indices_add_slice_div: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k7_topk_indices_add_slice_div: 2 launch(es)
// launch 11: reads 36 B, writes 8 B; fuses:
//   %54 mul  @ nn/cossim.ts:62:34
//   %56 maximum  @ nn/cossim.ts:62:24
//   %57 sqrt  @ nn/cossim.ts:62:17
//   %58 div  @ nn/cossim.ts:63:13
//   %59 slice  @ nn/cossim.ts:65:24
//   %60 slice  @ nn/cossim.ts:65:79
//   %61 add  @ nn/cossim.ts:65:18
//   %62 topk_indices  @ nn/cossim.ts:73:17
// launch 24: reads 36 B, writes 8 B; fuses:
//   %119 mul  @ nn/cossim.ts:62:34
//   %121 maximum  @ nn/cossim.ts:62:24
//   %122 sqrt  @ nn/cossim.ts:62:17
//   %123 div  @ nn/cossim.ts:63:13
//   %124 slice  @ nn/cossim.ts:65:24
//   %125 slice  @ nn/cossim.ts:65:79
//   %126 add  @ nn/cossim.ts:65:18
//   %127 topk_indices  @ nn/cossim.ts:73:17
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k7_topk_indices_add_slice_div_params (by value, 44 bytes).

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
struct k7_topk_indices_add_slice_div_params {
  int total;
  int out_d1;
  int topk_indices0_n;
  int slice2_start1;
  int slice2_step1;
  int in0_s1;
  int in1_s1;
  int in2_s1;
  int slice7_start1;
  int slice7_step1;
  int topk_indices0_k;
};

extern "C" __global__ void __launch_bounds__(64) k7_topk_indices_add_slice_div(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    int* __restrict__ out,
    const k7_topk_indices_add_slice_div_params p
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
    const float mul6 = in1[i32_mul(i32_add(p.slice2_start1, i32_mul(i, p.slice2_step1)), p.in1_s1)] * in2[i32_mul(i32_add(p.slice2_start1, i32_mul(i, p.slice2_step1)), p.in2_s1)];
    const float maximum5 = f32_max_nan(mul6, 1.0e-8f);
    const float sqrt4 = sqrtf(maximum5);
    const float div3 = in0[i32_mul(i32_add(p.slice2_start1, i32_mul(i, p.slice2_step1)), p.in0_s1)] / sqrt4;
    const float mul6_1 = in1[i32_mul(i32_add(p.slice7_start1, i32_mul(i, p.slice7_step1)), p.in1_s1)] * in2[i32_mul(i32_add(p.slice7_start1, i32_mul(i, p.slice7_step1)), p.in2_s1)];
    const float maximum5_1 = f32_max_nan(mul6_1, 1.0e-8f);
    const float sqrt4_1 = sqrtf(maximum5_1);
    const float div3_1 = in0[i32_mul(i32_add(p.slice7_start1, i32_mul(i, p.slice7_step1)), p.in0_s1)] / sqrt4_1;
    const float add1 = div3 + div3_1;
    int rank = 0;
    for (int j = 0; j < p.topk_indices0_n; ++j) {
      const float mul6_2 = in1[i32_mul(i32_add(p.slice2_start1, i32_mul(j, p.slice2_step1)), p.in1_s1)] * in2[i32_mul(i32_add(p.slice2_start1, i32_mul(j, p.slice2_step1)), p.in2_s1)];
      const float maximum5_2 = f32_max_nan(mul6_2, 1.0e-8f);
      const float sqrt4_2 = sqrtf(maximum5_2);
      const float div3_2 = in0[i32_mul(i32_add(p.slice2_start1, i32_mul(j, p.slice2_step1)), p.in0_s1)] / sqrt4_2;
      const float mul6_3 = in1[i32_mul(i32_add(p.slice7_start1, i32_mul(j, p.slice7_step1)), p.in1_s1)] * in2[i32_mul(i32_add(p.slice7_start1, i32_mul(j, p.slice7_step1)), p.in2_s1)];
      const float maximum5_3 = f32_max_nan(mul6_3, 1.0e-8f);
      const float sqrt4_3 = sqrtf(maximum5_3);
      const float div3_3 = in0[i32_mul(i32_add(p.slice7_start1, i32_mul(j, p.slice7_step1)), p.in0_s1)] / sqrt4_3;
      const float add1_1 = div3_2 + div3_3;
      rank = i32_add(rank, (isnan(add1) && !isnan(add1_1)) || (add1 > add1_1) || ((j < i) && !((isnan(add1_1) && !isnan(add1)) || (add1_1 > add1))) ? 1 : 0);
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
