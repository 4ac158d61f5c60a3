// k1_sum_mul_slice_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_sum_mul_slice_reshape: 1 launch(es)
// launch 1: reads 1600 B, writes 2496 B; fuses:
//   %2 unfold  @ nn/dtf.ts:116:16
//   %3 reshape  @ nn/dtf.ts:118:36
//   %4 permute  @ nn/dtf.ts:118:26
//   %5 reshape  @ nn/dtf.ts:118:16
//   %13 slice  @ nn/dtf.ts:113:51
//   %14 reshape  @ nn/dtf.ts:121:18
//   %15 slice  @ nn/dtf.ts:113:51
//   %16 mul  @ nn/dtf.ts:122:26
//   %17 slice  @ nn/dtf.ts:113:51
//   %18 mul  @ nn/dtf.ts:122:20
//   %19 sum [register table along axis 1, also written]  @ nn/dtf.ts:122:14
//   %20 max  @ nn/activations.ts:8:21
//   %21 sub  @ nn/activations.ts:8:12
//   %22 exp  @ nn/activations.ts:14:15
//   %23 sum  @ nn/activations.ts:15:21
//   %24 div [register table along axis 1]  @ nn/activations.ts:15:12
//   %25 reshape  @ nn/dtf.ts:135:18
//   %26 slice  @ nn/dtf.ts:113:51
//   %27 mul  @ nn/dtf.ts:136:25
//   %28 sum  @ nn/dtf.ts:136:19
// stores %28 sum: read by 2 kernels (of %38 conv, %51 add): cheaper to store once than to recompute in each
// stores %19 sum: %38 conv reads each element 12 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, out1, k1_sum_mul_slice_reshape_params (by value, 152 bytes).

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
#ifndef TEMPOFUSE_CUDA_F32_MAX_NAN
#define TEMPOFUSE_CUDA_F32_MAX_NAN
// max that propagates NaN (fmaxf returns the other operand when one is NaN).
static __device__ __forceinline__ float f32_max_nan(float a, float b) {
  return (isnan(a) || isnan(b)) ? __int_as_float(0x7fc00000) : fmaxf(a, b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k1_sum_mul_slice_reshape_params {
  int total;
  int line_s2;
  int line_d2;
  int line_s3;
  int line_d3;
  int line_d4;
  int out_s1;
  int out_s2;
  int out_s3;
  int out_s4;
  int out_d1;
  int sum0_n;
  int div3_tabn;
  int sum6_tabn;
  int slice10_start2;
  int slice10_step2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int slice11_start3;
  int slice11_step3;
  int unfold12_pad4;
  int unfold12_d4;
  int unfold12_pad3;
  int unfold12_d3;
  int slice13_start3;
  int slice13_step3;
  int reshape16_os0;
  int reshape16_os1;
  int out1_s1;
  int out1_s2;
  int out1_s3;
  int out1_s4;
  int max17_n;
  int sum18_n;
  int slice19_start3;
  int slice19_step3;
};

extern "C" __global__ void __launch_bounds__(64) k1_sum_mul_slice_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    float* __restrict__ out1,
    const k1_sum_mul_slice_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i2 = gid / p.line_s2 % p.line_d2;
  const int line_i3 = gid / p.line_s3 % p.line_d3;
  const int line_i4 = gid % p.line_d4;
  float div3_tab[16] = {};
  float sum6_tab[16] = {};
  const float slice10 = in0[i32_add(i32_add(i32_mul(i32_add(p.slice10_start2, i32_mul(line_i2, p.slice10_step2)), p.in0_s2), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
  const float slice10_1 = in0[i32_add(i32_add(i32_add(p.in0_s1, i32_mul(i32_add(p.slice10_start2, i32_mul(line_i2, p.slice10_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
  const float slice10_2 = in0[i32_add(i32_add(i32_add(i32_mul(2, p.in0_s1), i32_mul(i32_add(p.slice10_start2, i32_mul(line_i2, p.slice10_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
  const float slice10_3 = in0[i32_add(i32_add(i32_add(i32_mul(3, p.in0_s1), i32_mul(i32_add(p.slice10_start2, i32_mul(line_i2, p.slice10_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
  for (int k_1 = 0; k_1 < p.sum6_tabn; ++k_1) {
    float acc_1 = 0.0f;
    const int tap4 = k_1 % 3;
    const int taps4 = k_1 / 3;
    const int w4 = i32_sub(i32_add(line_i4, tap4), p.unfold12_pad4);
    const bool ok4 = (w4 >= 0) && (w4 < p.unfold12_d4);
    const int w3 = i32_sub(i32_add(line_i3, taps4), p.unfold12_pad3);
    const bool ok3 = (w3 >= 0) && (w3 < p.unfold12_d3);
    const bool inside = ok4 && ok3;
    const float unfold12 = inside ? in0[i32_add(i32_add(i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2), i32_mul(min(max(w3, 0), i32_sub(p.unfold12_d3, 1)), p.in0_s3)), i32_mul(min(max(w4, 0), i32_sub(p.unfold12_d4, 1)), p.in0_s4))] : 0.0f;
    const float mul8 = slice10 * unfold12;
    const float reshape16 = in1[i32_add(i32_mul(i32_add(p.slice13_start3, i32_mul(line_i2, p.slice13_step3)), p.reshape16_os1), k_1)];
    const float mul7 = mul8 * reshape16;
    acc_1 = acc_1 + mul7;
    const float unfold12_1 = inside ? in0[i32_add(i32_add(i32_add(p.in0_s1, i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2)), i32_mul(min(max(w3, 0), i32_sub(p.unfold12_d3, 1)), p.in0_s3)), i32_mul(min(max(w4, 0), i32_sub(p.unfold12_d4, 1)), p.in0_s4))] : 0.0f;
    const float mul8_1 = slice10_1 * unfold12_1;
    const float reshape16_1 = in1[i32_add(i32_add(p.reshape16_os0, i32_mul(i32_add(p.slice13_start3, i32_mul(line_i2, p.slice13_step3)), p.reshape16_os1)), k_1)];
    const float mul7_1 = mul8_1 * reshape16_1;
    acc_1 = acc_1 + mul7_1;
    const float unfold12_2 = inside ? in0[i32_add(i32_add(i32_add(i32_mul(2, p.in0_s1), i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2)), i32_mul(min(max(w3, 0), i32_sub(p.unfold12_d3, 1)), p.in0_s3)), i32_mul(min(max(w4, 0), i32_sub(p.unfold12_d4, 1)), p.in0_s4))] : 0.0f;
    const float mul8_2 = slice10_2 * unfold12_2;
    const float reshape16_2 = in1[i32_add(i32_add(i32_mul(2, p.reshape16_os0), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i2, p.slice13_step3)), p.reshape16_os1)), k_1)];
    const float mul7_2 = mul8_2 * reshape16_2;
    acc_1 = acc_1 + mul7_2;
    const float unfold12_3 = inside ? in0[i32_add(i32_add(i32_add(i32_mul(3, p.in0_s1), i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2)), i32_mul(min(max(w3, 0), i32_sub(p.unfold12_d3, 1)), p.in0_s3)), i32_mul(min(max(w4, 0), i32_sub(p.unfold12_d4, 1)), p.in0_s4))] : 0.0f;
    const float mul8_3 = slice10_3 * unfold12_3;
    const float reshape16_3 = in1[i32_add(i32_add(i32_mul(3, p.reshape16_os0), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i2, p.slice13_step3)), p.reshape16_os1)), k_1)];
    const float mul7_3 = mul8_3 * reshape16_3;
    acc_1 = acc_1 + mul7_3;
    out1[i32_add(i32_add(i32_add(i32_mul(k_1, p.out1_s1), i32_mul(line_i2, p.out1_s2)), i32_mul(line_i3, p.out1_s3)), i32_mul(line_i4, p.out1_s4))] = acc_1;
    sum6_tab[k_1] = acc_1;
  }
  float acc_2 = -__int_as_float(0x7f800000);
  for (int r_1 = 0; r_1 < p.max17_n; ++r_1) {
    acc_2 = f32_max_nan(acc_2, sum6_tab[r_1]);
  }
  float acc_3 = 0.0f;
  for (int r_2 = 0; r_2 < p.sum18_n; ++r_2) {
    const float sub5_1 = sum6_tab[r_2] - acc_2;
    const float exp4_1 = expf(sub5_1);
    acc_3 = acc_3 + exp4_1;
  }
  for (int k = 0; k < p.div3_tabn; ++k) {
    const float sub5 = sum6_tab[k] - acc_2;
    const float exp4 = expf(sub5);
    const float div3 = exp4 / acc_3;
    div3_tab[k] = div3;
  }
  for (int pos = 0; pos < p.out_d1; ++pos) {
    float acc = 0.0f;
    for (int r = 0; r < p.sum0_n; ++r) {
      const float reshape2 = div3_tab[r];
      const int tap4_1 = r % 3;
      const int taps4_1 = r / 3;
      const int w4_1 = i32_sub(i32_add(line_i4, tap4_1), p.unfold12_pad4);
      const bool ok4_1 = (w4_1 >= 0) && (w4_1 < p.unfold12_d4);
      const int w3_1 = i32_sub(i32_add(line_i3, taps4_1), p.unfold12_pad3);
      const bool ok3_1 = (w3_1 >= 0) && (w3_1 < p.unfold12_d3);
      const bool inside_1 = ok4_1 && ok3_1;
      const float unfold12_4 = inside_1 ? in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice19_start3, i32_mul(line_i2, p.slice19_step3)), p.in0_s2)), i32_mul(min(max(w3_1, 0), i32_sub(p.unfold12_d3, 1)), p.in0_s3)), i32_mul(min(max(w4_1, 0), i32_sub(p.unfold12_d4, 1)), p.in0_s4))] : 0.0f;
      const float mul1 = reshape2 * unfold12_4;
      acc = acc + mul1;
    }
    out[i32_add(i32_add(i32_add(i32_mul(pos, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = acc;
  }
}
