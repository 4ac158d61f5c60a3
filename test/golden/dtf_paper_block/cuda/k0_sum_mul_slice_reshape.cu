// k0_sum_mul_slice_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_sum_mul_slice_reshape: 1 launch(es)
// launch 0: reads 1600 B, writes 576 B; fuses:
//   %2 unfold  @ nn/dtf.ts:116:16
//   %3 reshape  @ nn/dtf.ts:118:36
//   %4 permute  @ nn/dtf.ts:118:26
//   %5 reshape  @ nn/dtf.ts:118:16
//   %6 slice  @ nn/dtf.ts:113:51
//   %7 reshape  @ nn/dtf.ts:121:18
//   %8 slice  @ nn/dtf.ts:113:51
//   %9 mul  @ nn/dtf.ts:122:26
//   %10 slice  @ nn/dtf.ts:113:51
//   %11 mul  @ nn/dtf.ts:122:20
//   %12 sum  @ nn/dtf.ts:122:14
// stores %12 sum: %38 conv reads each element 12 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k0_sum_mul_slice_reshape_params (by value, 88 bytes).

#ifndef TEMPOFUSE_CUDA_I32_ADD
#define TEMPOFUSE_CUDA_I32_ADD
// i32 + i32 wrapping modulo 2^32: signed overflow is undefined in C++, unsigned arithmetic is not.
static __device__ __forceinline__ int i32_add(int a, int b) {
  return (int)((unsigned int)a + (unsigned int)b);
}
#endif
#ifndef TEMPOFUSE_CUDA_I32_SUB
#define TEMPOFUSE_CUDA_I32_SUB
// i32 - i32 wrapping modulo 2^32.
static __device__ __forceinline__ int i32_sub(int a, int b) {
  return (int)((unsigned int)a - (unsigned int)b);
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
struct k0_sum_mul_slice_reshape_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s3;
  int out_d3;
  int out_d4;
  int slice4_start2;
  int slice4_step2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int slice5_start3;
  int slice5_step3;
  int unfold6_pad4;
  int unfold6_d4;
  int unfold6_pad3;
  int unfold6_d3;
  int slice7_start3;
  int slice7_step3;
  int reshape10_os0;
  int reshape10_os1;
};

extern "C" __global__ void __launch_bounds__(64) k0_sum_mul_slice_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k0_sum_mul_slice_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i3 = gid / p.out_s3 % p.out_d3;
  const int out_i4 = gid % p.out_d4;
  float acc = 0.0f;
  const float slice4 = in0[i32_add(i32_add(i32_mul(p.slice4_start2, p.in0_s2), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
  const int tap4 = out_i1 % 3;
  const int taps4 = out_i1 / 3;
  const int w4 = i32_sub(i32_add(out_i4, tap4), p.unfold6_pad4);
  const bool ok4 = (w4 >= 0) && (w4 < p.unfold6_d4);
  const int w3 = i32_sub(i32_add(out_i3, taps4), p.unfold6_pad3);
  const bool ok3 = (w3 >= 0) && (w3 < p.unfold6_d3);
  const bool inside = ok4 && ok3;
  const float unfold6 = inside ? in0[i32_add(i32_add(i32_mul(p.slice5_start3, p.in0_s2), i32_mul(min(max(w3, 0), i32_sub(p.unfold6_d3, 1)), p.in0_s3)), i32_mul(min(max(w4, 0), i32_sub(p.unfold6_d4, 1)), p.in0_s4))] : 0.0f;
  const float mul2 = slice4 * unfold6;
  const float reshape10 = in1[i32_add(i32_mul(p.slice7_start3, p.reshape10_os1), out_i1)];
  const float mul1 = mul2 * reshape10;
  acc = acc + mul1;
  const float slice4_1 = in0[i32_add(i32_add(i32_add(p.in0_s1, i32_mul(p.slice4_start2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
  const float unfold6_1 = inside ? in0[i32_add(i32_add(i32_add(p.in0_s1, i32_mul(p.slice5_start3, p.in0_s2)), i32_mul(min(max(w3, 0), i32_sub(p.unfold6_d3, 1)), p.in0_s3)), i32_mul(min(max(w4, 0), i32_sub(p.unfold6_d4, 1)), p.in0_s4))] : 0.0f;
  const float mul2_1 = slice4_1 * unfold6_1;
  const float reshape10_1 = in1[i32_add(i32_add(p.reshape10_os0, i32_mul(p.slice7_start3, p.reshape10_os1)), out_i1)];
  const float mul1_1 = mul2_1 * reshape10_1;
  acc = acc + mul1_1;
  const float slice4_2 = in0[i32_add(i32_add(i32_add(i32_mul(2, p.in0_s1), i32_mul(p.slice4_start2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
  const float unfold6_2 = inside ? in0[i32_add(i32_add(i32_add(i32_mul(2, p.in0_s1), i32_mul(p.slice5_start3, p.in0_s2)), i32_mul(min(max(w3, 0), i32_sub(p.unfold6_d3, 1)), p.in0_s3)), i32_mul(min(max(w4, 0), i32_sub(p.unfold6_d4, 1)), p.in0_s4))] : 0.0f;
  const float mul2_2 = slice4_2 * unfold6_2;
  const float reshape10_2 = in1[i32_add(i32_add(i32_mul(2, p.reshape10_os0), i32_mul(p.slice7_start3, p.reshape10_os1)), out_i1)];
  const float mul1_2 = mul2_2 * reshape10_2;
  acc = acc + mul1_2;
  const float slice4_3 = in0[i32_add(i32_add(i32_add(i32_mul(3, p.in0_s1), i32_mul(p.slice4_start2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
  const float unfold6_3 = inside ? in0[i32_add(i32_add(i32_add(i32_mul(3, p.in0_s1), i32_mul(p.slice5_start3, p.in0_s2)), i32_mul(min(max(w3, 0), i32_sub(p.unfold6_d3, 1)), p.in0_s3)), i32_mul(min(max(w4, 0), i32_sub(p.unfold6_d4, 1)), p.in0_s4))] : 0.0f;
  const float mul2_3 = slice4_3 * unfold6_3;
  const float reshape10_3 = in1[i32_add(i32_add(i32_mul(3, p.reshape10_os0), i32_mul(p.slice7_start3, p.reshape10_os1)), out_i1)];
  const float mul1_3 = mul2_3 * reshape10_3;
  acc = acc + mul1_3;
  out[gid] = acc;
}
