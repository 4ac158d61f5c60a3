// k0_relu_add_reshape_conv: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_relu_add_reshape_conv: 1 launch(es)
// launch 0: reads 1912 B, writes 1536 B; fuses:
//   %3 conv  @ test/fixtures/golden/conv_bias_relu.ts:9:30
//   %4 reshape  @ test/fixtures/golden/conv_bias_relu.ts:9:65
//   %5 add  @ test/fixtures/golden/conv_bias_relu.ts:9:24
//   %6 relu  @ test/fixtures/golden/conv_bias_relu.ts:9:17
// stores %6 relu: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k0_relu_add_reshape_conv_params (by value, 76 bytes).

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
struct k0_relu_add_reshape_conv_params {
  int total;
  int line_s1;
  int line_d1;
  int line_d2;
  int out_s1;
  int out_s2;
  int out_s3;
  int conv2_stride0;
  int conv2_pad0;
  int conv2_cing;
  int conv2_in0;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in2_s0;
};

extern "C" __global__ void __launch_bounds__(64) k0_relu_add_reshape_conv(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k0_relu_add_reshape_conv_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i1 = gid / p.line_s1 % p.line_d1;
  const int line_i2 = gid % p.line_d2;
  float acc = 0.0f;
  float acc_1 = 0.0f;
  float acc_2 = 0.0f;
  float acc_3 = 0.0f;
  float acc_4 = 0.0f;
  float acc_5 = 0.0f;
  float acc_6 = 0.0f;
  float acc_7 = 0.0f;
  const int start0 = i32_sub(i32_mul(line_i2, p.conv2_stride0), p.conv2_pad0);
  const bool in0_1 = (start0 >= 0) && (start0 < p.conv2_in0);
  const int q0 = min(max(start0, 0), i32_sub(p.conv2_in0, 1));
  const int p0 = i32_add(start0, 1);
  const bool in0_2 = (p0 >= 0) && (p0 < p.conv2_in0);
  const int q0_1 = min(max(p0, 0), i32_sub(p.conv2_in0, 1));
  const int p0_1 = i32_add(start0, 2);
  const bool in0_3 = (p0_1 >= 0) && (p0_1 < p.conv2_in0);
  const int q0_2 = min(max(p0_1, 0), i32_sub(p.conv2_in0, 1));
  for (int ci = 0; ci < p.conv2_cing; ++ci) {
    const float w = in1[i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1))];
    const float w_1 = in1[i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s3)];
    const float w_2 = in1[i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s3))];
    const float x = in0[i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2))];
    acc = acc + (in0_1 ? x * w_1 : 0.0f);
    const float x_1 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), p.in0_s3)];
    acc = acc + (in0_1 ? x_1 * w_2 : 0.0f);
    acc_1 = acc_1 + (in0_1 ? x * w : 0.0f);
    acc_1 = acc_1 + (in0_1 ? x_1 * w_1 : 0.0f);
    const float x_2 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(2, p.in0_s3))];
    acc_1 = acc_1 + (in0_1 ? x_2 * w_2 : 0.0f);
    acc_2 = acc_2 + (in0_1 ? x_1 * w : 0.0f);
    acc_2 = acc_2 + (in0_1 ? x_2 * w_1 : 0.0f);
    const float x_3 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(3, p.in0_s3))];
    acc_2 = acc_2 + (in0_1 ? x_3 * w_2 : 0.0f);
    acc_3 = acc_3 + (in0_1 ? x_2 * w : 0.0f);
    acc_3 = acc_3 + (in0_1 ? x_3 * w_1 : 0.0f);
    const float x_4 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(4, p.in0_s3))];
    acc_3 = acc_3 + (in0_1 ? x_4 * w_2 : 0.0f);
    acc_4 = acc_4 + (in0_1 ? x_3 * w : 0.0f);
    acc_4 = acc_4 + (in0_1 ? x_4 * w_1 : 0.0f);
    const float x_5 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(5, p.in0_s3))];
    acc_4 = acc_4 + (in0_1 ? x_5 * w_2 : 0.0f);
    acc_5 = acc_5 + (in0_1 ? x_4 * w : 0.0f);
    acc_5 = acc_5 + (in0_1 ? x_5 * w_1 : 0.0f);
    const float x_6 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(6, p.in0_s3))];
    acc_5 = acc_5 + (in0_1 ? x_6 * w_2 : 0.0f);
    acc_6 = acc_6 + (in0_1 ? x_5 * w : 0.0f);
    acc_6 = acc_6 + (in0_1 ? x_6 * w_1 : 0.0f);
    const float x_7 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(7, p.in0_s3))];
    acc_6 = acc_6 + (in0_1 ? x_7 * w_2 : 0.0f);
    acc_7 = acc_7 + (in0_1 ? x_6 * w : 0.0f);
    acc_7 = acc_7 + (in0_1 ? x_7 * w_1 : 0.0f);
    const float w_3 = in1[i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2)];
    const float w_4 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2), p.in1_s3)];
    const float w_5 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2), i32_mul(2, p.in1_s3))];
    const float x_8 = in0[i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2))];
    acc = acc + (in0_2 ? x_8 * w_4 : 0.0f);
    const float x_9 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), p.in0_s3)];
    acc = acc + (in0_2 ? x_9 * w_5 : 0.0f);
    acc_1 = acc_1 + (in0_2 ? x_8 * w_3 : 0.0f);
    acc_1 = acc_1 + (in0_2 ? x_9 * w_4 : 0.0f);
    const float x_10 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(2, p.in0_s3))];
    acc_1 = acc_1 + (in0_2 ? x_10 * w_5 : 0.0f);
    acc_2 = acc_2 + (in0_2 ? x_9 * w_3 : 0.0f);
    acc_2 = acc_2 + (in0_2 ? x_10 * w_4 : 0.0f);
    const float x_11 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(3, p.in0_s3))];
    acc_2 = acc_2 + (in0_2 ? x_11 * w_5 : 0.0f);
    acc_3 = acc_3 + (in0_2 ? x_10 * w_3 : 0.0f);
    acc_3 = acc_3 + (in0_2 ? x_11 * w_4 : 0.0f);
    const float x_12 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(4, p.in0_s3))];
    acc_3 = acc_3 + (in0_2 ? x_12 * w_5 : 0.0f);
    acc_4 = acc_4 + (in0_2 ? x_11 * w_3 : 0.0f);
    acc_4 = acc_4 + (in0_2 ? x_12 * w_4 : 0.0f);
    const float x_13 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(5, p.in0_s3))];
    acc_4 = acc_4 + (in0_2 ? x_13 * w_5 : 0.0f);
    acc_5 = acc_5 + (in0_2 ? x_12 * w_3 : 0.0f);
    acc_5 = acc_5 + (in0_2 ? x_13 * w_4 : 0.0f);
    const float x_14 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(6, p.in0_s3))];
    acc_5 = acc_5 + (in0_2 ? x_14 * w_5 : 0.0f);
    acc_6 = acc_6 + (in0_2 ? x_13 * w_3 : 0.0f);
    acc_6 = acc_6 + (in0_2 ? x_14 * w_4 : 0.0f);
    const float x_15 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(7, p.in0_s3))];
    acc_6 = acc_6 + (in0_2 ? x_15 * w_5 : 0.0f);
    acc_7 = acc_7 + (in0_2 ? x_14 * w_3 : 0.0f);
    acc_7 = acc_7 + (in0_2 ? x_15 * w_4 : 0.0f);
    const float w_6 = in1[i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2))];
    const float w_7 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2)), p.in1_s3)];
    const float w_8 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2)), i32_mul(2, p.in1_s3))];
    const float x_16 = in0[i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2))];
    acc = acc + (in0_3 ? x_16 * w_7 : 0.0f);
    const float x_17 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), p.in0_s3)];
    acc = acc + (in0_3 ? x_17 * w_8 : 0.0f);
    acc_1 = acc_1 + (in0_3 ? x_16 * w_6 : 0.0f);
    acc_1 = acc_1 + (in0_3 ? x_17 * w_7 : 0.0f);
    const float x_18 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(2, p.in0_s3))];
    acc_1 = acc_1 + (in0_3 ? x_18 * w_8 : 0.0f);
    acc_2 = acc_2 + (in0_3 ? x_17 * w_6 : 0.0f);
    acc_2 = acc_2 + (in0_3 ? x_18 * w_7 : 0.0f);
    const float x_19 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(3, p.in0_s3))];
    acc_2 = acc_2 + (in0_3 ? x_19 * w_8 : 0.0f);
    acc_3 = acc_3 + (in0_3 ? x_18 * w_6 : 0.0f);
    acc_3 = acc_3 + (in0_3 ? x_19 * w_7 : 0.0f);
    const float x_20 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(4, p.in0_s3))];
    acc_3 = acc_3 + (in0_3 ? x_20 * w_8 : 0.0f);
    acc_4 = acc_4 + (in0_3 ? x_19 * w_6 : 0.0f);
    acc_4 = acc_4 + (in0_3 ? x_20 * w_7 : 0.0f);
    const float x_21 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(5, p.in0_s3))];
    acc_4 = acc_4 + (in0_3 ? x_21 * w_8 : 0.0f);
    acc_5 = acc_5 + (in0_3 ? x_20 * w_6 : 0.0f);
    acc_5 = acc_5 + (in0_3 ? x_21 * w_7 : 0.0f);
    const float x_22 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(6, p.in0_s3))];
    acc_5 = acc_5 + (in0_3 ? x_22 * w_8 : 0.0f);
    acc_6 = acc_6 + (in0_3 ? x_21 * w_6 : 0.0f);
    acc_6 = acc_6 + (in0_3 ? x_22 * w_7 : 0.0f);
    const float x_23 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(7, p.in0_s3))];
    acc_6 = acc_6 + (in0_3 ? x_23 * w_8 : 0.0f);
    acc_7 = acc_7 + (in0_3 ? x_22 * w_6 : 0.0f);
    acc_7 = acc_7 + (in0_3 ? x_23 * w_7 : 0.0f);
  }
  const float reshape3 = in2[i32_mul(line_i1, p.in2_s0)];
  const float add1 = acc + reshape3;
  const float relu0 = add1 < 0.0f ? 0.0f : add1;
  out[i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2))] = relu0;
  const float add1_1 = acc_1 + reshape3;
  const float relu0_1 = add1_1 < 0.0f ? 0.0f : add1_1;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), p.out_s3)] = relu0_1;
  const float add1_2 = acc_2 + reshape3;
  const float relu0_2 = add1_2 < 0.0f ? 0.0f : add1_2;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(2, p.out_s3))] = relu0_2;
  const float add1_3 = acc_3 + reshape3;
  const float relu0_3 = add1_3 < 0.0f ? 0.0f : add1_3;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(3, p.out_s3))] = relu0_3;
  const float add1_4 = acc_4 + reshape3;
  const float relu0_4 = add1_4 < 0.0f ? 0.0f : add1_4;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(4, p.out_s3))] = relu0_4;
  const float add1_5 = acc_5 + reshape3;
  const float relu0_5 = add1_5 < 0.0f ? 0.0f : add1_5;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(5, p.out_s3))] = relu0_5;
  const float add1_6 = acc_6 + reshape3;
  const float relu0_6 = add1_6 < 0.0f ? 0.0f : add1_6;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(6, p.out_s3))] = relu0_6;
  const float add1_7 = acc_7 + reshape3;
  const float relu0_7 = add1_7 < 0.0f ? 0.0f : add1_7;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(7, p.out_s3))] = relu0_7;
}
