// k1_irfft_mul_rfft_complex: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_irfft_mul_rfft_complex: 1 launch(es)
// launch 1: reads 65888 B, writes 65536 B; fuses:
//   %4 reshape  @ examples/tiny_video_net.ts:26:65
//   %5 add  @ examples/tiny_video_net.ts:26:21
//   %6 relu  @ examples/tiny_video_net.ts:26:14
//   %9 reshape  @ examples/tiny_video_net.ts:34:32
//   %10 reshape  @ examples/tiny_video_net.ts:34:75
//   %11 complex  @ examples/tiny_video_net.ts:34:22
//   %12 rfft  @ examples/tiny_video_net.ts:35:24
//   %13 mul  @ examples/tiny_video_net.ts:36:22
//   %14 irfft  @ examples/tiny_video_net.ts:36:14
// stores %14 irfft: %16 mean reads it inside its own loop, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, out, k1_irfft_mul_rfft_complex_params (by value, 76 bytes).

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
#ifndef TEMPOFUSE_CUDA_C64_MUL
#define TEMPOFUSE_CUDA_C64_MUL
// Complex product.
static __device__ __forceinline__ float2 c64_mul(float2 a, float2 b) {
  return make_float2(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k1_irfft_mul_rfft_complex_params {
  int total;
  int line_s1;
  int line_d1;
  int line_s3;
  int line_d3;
  int line_d4;
  int out_s1;
  int out_s2;
  int out_s3;
  int out_s4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s0;
  int in2_s0;
  int in2_s1;
  int in3_s0;
  int in3_s1;
};

extern "C" __global__ void __launch_bounds__(64) k1_irfft_mul_rfft_complex(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    float* __restrict__ out,
    const k1_irfft_mul_rfft_complex_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i1 = gid / p.line_s1 % p.line_d1;
  const int line_i3 = gid / p.line_s3 % p.line_d3;
  const int line_i4 = gid % p.line_d4;
  const float reshape5 = in1[i32_mul(line_i1, p.in1_s0)];
  const float add4 = in0[i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + reshape5;
  const float relu3 = add4 < 0.0f ? 0.0f : add4;
  const float add4_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), p.in0_s2), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + reshape5;
  const float relu3_1 = add4_1 < 0.0f ? 0.0f : add4_1;
  const float add4_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + reshape5;
  const float relu3_2 = add4_2 < 0.0f ? 0.0f : add4_2;
  const float add4_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(3, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + reshape5;
  const float relu3_3 = add4_3 < 0.0f ? 0.0f : add4_3;
  const float add4_4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(4, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + reshape5;
  const float relu3_4 = add4_4 < 0.0f ? 0.0f : add4_4;
  const float add4_5 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(5, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + reshape5;
  const float relu3_5 = add4_5 < 0.0f ? 0.0f : add4_5;
  const float add4_6 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(6, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + reshape5;
  const float relu3_6 = add4_6 < 0.0f ? 0.0f : add4_6;
  const float add4_7 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(7, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + reshape5;
  const float relu3_7 = add4_7 < 0.0f ? 0.0f : add4_7;
  const float rfft2_v = relu3 + relu3_4;
  const float rfft2_v_1 = relu3_2 + relu3_6;
  const float rfft2_v_2 = rfft2_v + rfft2_v_1;
  const float rfft2_v_3 = relu3_1 + relu3_5;
  const float rfft2_v_4 = relu3_3 + relu3_7;
  const float rfft2_v_5 = rfft2_v_3 + rfft2_v_4;
  const float2 rfft2 = make_float2((rfft2_v_2 + rfft2_v_5) * 0.35355338f, 0.0f);
  const float reshape7 = in2[i32_mul(line_i1, p.in2_s0)];
  const float reshape8 = in3[i32_mul(line_i1, p.in3_s0)];
  const float2 complex6 = make_float2(reshape7, reshape8);
  const float2 mul1 = c64_mul(rfft2, complex6);
  const float rfft2_v_6 = relu3 - relu3_4;
  const float rfft2_v_7 = relu3_1 - relu3_5;
  const float rfft2_v_8 = rfft2_v_7 * 0.70710677f;
  const float rfft2_v_9 = relu3_3 - relu3_7;
  const float rfft2_v_10 = rfft2_v_9 * -0.70710677f;
  const float rfft2_v_11 = rfft2_v_7 * -0.70710677f;
  const float rfft2_v_12 = rfft2_v_9 * -0.70710677f;
  const float rfft2_v_13 = relu3_2 - relu3_6;
  const float2 rfft2_1 = make_float2((rfft2_v_6 + (rfft2_v_8 + rfft2_v_10)) * 0.35355338f, (rfft2_v_11 + rfft2_v_12 - rfft2_v_13) * 0.35355338f);
  const float reshape7_1 = in2[i32_add(i32_mul(line_i1, p.in2_s0), p.in2_s1)];
  const float reshape8_1 = in3[i32_add(i32_mul(line_i1, p.in3_s0), p.in3_s1)];
  const float2 complex6_1 = make_float2(reshape7_1, reshape8_1);
  const float2 mul1_1 = c64_mul(rfft2_1, complex6_1);
  const float2 rfft2_2 = make_float2((rfft2_v - rfft2_v_1) * 0.35355338f, -(rfft2_v_3 - rfft2_v_4) * 0.35355338f);
  const float reshape7_2 = in2[i32_add(i32_mul(line_i1, p.in2_s0), i32_mul(2, p.in2_s1))];
  const float reshape8_2 = in3[i32_add(i32_mul(line_i1, p.in3_s0), i32_mul(2, p.in3_s1))];
  const float2 complex6_2 = make_float2(reshape7_2, reshape8_2);
  const float2 mul1_2 = c64_mul(rfft2_2, complex6_2);
  const float2 rfft2_3 = make_float2((rfft2_v_6 + (rfft2_v_11 - rfft2_v_12)) * 0.35355338f, (rfft2_v_13 - (rfft2_v_8 - rfft2_v_10)) * 0.35355338f);
  const float reshape7_3 = in2[i32_add(i32_mul(line_i1, p.in2_s0), i32_mul(3, p.in2_s1))];
  const float reshape8_3 = in3[i32_add(i32_mul(line_i1, p.in3_s0), i32_mul(3, p.in3_s1))];
  const float2 complex6_3 = make_float2(reshape7_3, reshape8_3);
  const float2 mul1_3 = c64_mul(rfft2_3, complex6_3);
  const float2 rfft2_4 = make_float2((rfft2_v_2 - rfft2_v_5) * 0.35355338f, 0.0f);
  const float reshape7_4 = in2[i32_add(i32_mul(line_i1, p.in2_s0), i32_mul(4, p.in2_s1))];
  const float reshape8_4 = in3[i32_add(i32_mul(line_i1, p.in3_s0), i32_mul(4, p.in3_s1))];
  const float2 complex6_4 = make_float2(reshape7_4, reshape8_4);
  const float2 mul1_4 = c64_mul(rfft2_4, complex6_4);
  const float irfft0_v = mul1.x;
  const float irfft0_v_1 = mul1_4.x;
  const float irfft0_v_2 = irfft0_v + irfft0_v_1;
  const float irfft0_v_3 = mul1_2.x;
  const float irfft0_v_4 = irfft0_v_3 + irfft0_v_3;
  const float irfft0_v_5 = irfft0_v_2 + irfft0_v_4;
  const float irfft0_v_6 = mul1_1.x;
  const float irfft0_v_7 = mul1_3.x;
  const float irfft0_v_8 = irfft0_v_6 + irfft0_v_7;
  const float irfft0_v_9 = irfft0_v_8 + irfft0_v_8;
  const float irfft0 = (irfft0_v_5 + irfft0_v_9) * 0.35355338f;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = irfft0;
  const float irfft0_v_10 = irfft0_v - irfft0_v_1;
  const float irfft0_v_11 = mul1_2.y;
  const float irfft0_v_12 = irfft0_v_11 + irfft0_v_11;
  const float irfft0_v_13 = irfft0_v_10 - irfft0_v_12;
  const float irfft0_v_14 = irfft0_v_6 - irfft0_v_7;
  const float irfft0_v_15 = mul1_1.y;
  const float irfft0_v_16 = mul1_3.y;
  const float irfft0_v_17 = irfft0_v_15 + irfft0_v_16;
  const float irfft0_v_18 = irfft0_v_7 - irfft0_v_6;
  const float irfft0_v_19 = irfft0_v_17 * 0.70710677f;
  const float irfft0_v_20 = irfft0_v_14 * 0.70710677f - irfft0_v_17 * 0.70710677f + (irfft0_v_18 * -0.70710677f - irfft0_v_19);
  const float irfft0_1 = (irfft0_v_13 + irfft0_v_20) * 0.35355338f;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), p.out_s2), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = irfft0_1;
  const float irfft0_v_21 = irfft0_v_2 - irfft0_v_4;
  const float irfft0_v_22 = irfft0_v_16 - irfft0_v_15 - (irfft0_v_15 - irfft0_v_16);
  const float irfft0_2 = (irfft0_v_21 + irfft0_v_22) * 0.35355338f;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = irfft0_2;
  const float irfft0_v_23 = irfft0_v_10 + irfft0_v_12;
  const float irfft0_v_24 = irfft0_v_18 * 0.70710677f + irfft0_v_17 * -0.70710677f - (irfft0_v_14 * 0.70710677f + irfft0_v_19);
  const float irfft0_3 = (irfft0_v_23 + irfft0_v_24) * 0.35355338f;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(3, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = irfft0_3;
  const float irfft0_4 = (irfft0_v_5 - irfft0_v_9) * 0.35355338f;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(4, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = irfft0_4;
  const float irfft0_5 = (irfft0_v_13 - irfft0_v_20) * 0.35355338f;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(5, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = irfft0_5;
  const float irfft0_6 = (irfft0_v_21 - irfft0_v_22) * 0.35355338f;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(6, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = irfft0_6;
  const float irfft0_7 = (irfft0_v_23 - irfft0_v_24) * 0.35355338f;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(7, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = irfft0_7;
}
