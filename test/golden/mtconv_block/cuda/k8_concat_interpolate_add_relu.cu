// k8_concat_interpolate_add_relu: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k8_concat_interpolate_add_relu: 1 launch(es)
// launch 11: reads 1968 B, writes 2048 B; fuses:
//   %7 reshape  @ nn/norm.ts:101:40
//   %8 reshape  @ nn/norm.ts:101:40
//   %10 add  @ nn/norm.ts:120:25
//   %11 rsqrt  @ nn/norm.ts:120:17
//   %12 reshape  @ nn/norm.ts:101:40
//   %13 mul  @ nn/norm.ts:121:27
//   %14 sub  @ nn/norm.ts:122:19
//   %15 mul  @ nn/norm.ts:122:13
//   %16 reshape  @ nn/norm.ts:101:40
//   %17 add  @ nn/norm.ts:123:21
//   %18 relu  @ nn/mtconv-paper.ts:87:16
//   %153 relu  @ nn/mtconv-paper.ts:90:36
//   %154 relu  @ nn/mtconv-paper.ts:90:49
//   %155 add  @ nn/mtconv-paper.ts:90:30
//   %156 interpolate  @ nn/mtconv-paper.ts:90:16
//   %157 concat  @ nn/mtconv-paper.ts:91:12
// stores %157 concat: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, in6, out, k8_concat_interpolate_add_relu_params (by value, 132 bytes).

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
struct k8_concat_interpolate_add_relu_params {
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
  int concat0_end0;
  int concat0_off0;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s0;
  int in2_s0;
  int in3_s0;
  int in4_s0;
  int interpolate12_in0;
  int interpolate12_out0;
  int interpolate12_in1;
  int interpolate12_out1;
  int interpolate12_in2;
  int interpolate12_out2;
  int in5_s2;
  int in5_s3;
  int in5_s4;
  int in6_s2;
  int in6_s3;
  int in6_s4;
};

extern "C" __global__ void __launch_bounds__(64) k8_concat_interpolate_add_relu(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    const float* __restrict__ in6,
    float* __restrict__ out,
    const k8_concat_interpolate_add_relu_params p
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
  for (int pos = 0; pos < p.out_d1; ++pos) {
    float part = 0.0f;
    if (pos < p.concat0_end0) {
      const float reshape5 = in1[i32_mul(i32_sub(pos, p.concat0_off0), p.in1_s0)];
      const float sub4 = in0[i32_add(i32_add(i32_add(i32_mul(i32_sub(pos, p.concat0_off0), p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] - reshape5;
      const float reshape9 = in2[i32_mul(i32_sub(pos, p.concat0_off0), p.in2_s0)];
      const float add8 = reshape9 + 0.00001f;
      const float rsqrt7 = rsqrtf(add8);
      const float reshape10 = in3[i32_mul(i32_sub(pos, p.concat0_off0), p.in3_s0)];
      const float mul6 = rsqrt7 * reshape10;
      const float mul3 = sub4 * mul6;
      const float reshape11 = in4[i32_mul(i32_sub(pos, p.concat0_off0), p.in4_s0)];
      const float add2 = mul3 + reshape11;
      const float relu1 = add2 < 0.0f ? 0.0f : add2;
      part = relu1;
    } else {
      const float src0 = f32_max_nan((float)i32_sub(i32_mul(p.interpolate12_in0, i32_add(i32_mul(line_i2, 2), 1)), p.interpolate12_out0) / (float)i32_mul(p.interpolate12_out0, 2), 0.0f);
      const float lo0 = floorf(src0);
      const float w0_1 = src0 - lo0;
      const int i0_0 = __float2int_rz(lo0);
      const int i0_1 = i0_0 < i32_sub(p.interpolate12_in0, 1) ? i32_add(i0_0, 1) : i0_0;
      const float w0_0 = 1.0f - w0_1;
      const float src1 = f32_max_nan((float)i32_sub(i32_mul(p.interpolate12_in1, i32_add(i32_mul(line_i3, 2), 1)), p.interpolate12_out1) / (float)i32_mul(p.interpolate12_out1, 2), 0.0f);
      const float lo1 = floorf(src1);
      const float w1_1 = src1 - lo1;
      const int i1_0 = __float2int_rz(lo1);
      const int i1_1 = i1_0 < i32_sub(p.interpolate12_in1, 1) ? i32_add(i1_0, 1) : i1_0;
      const float w1_0 = 1.0f - w1_1;
      const float src2 = f32_max_nan((float)i32_sub(i32_mul(p.interpolate12_in2, i32_add(i32_mul(line_i4, 2), 1)), p.interpolate12_out2) / (float)i32_mul(p.interpolate12_out2, 2), 0.0f);
      const float lo2 = floorf(src2);
      const float w2_1 = src2 - lo2;
      const int i2_0 = __float2int_rz(lo2);
      const int i2_1 = i2_0 < i32_sub(p.interpolate12_in2, 1) ? i32_add(i2_0, 1) : i2_0;
      const float w2_0 = 1.0f - w2_1;
      const float relu14 = in5[i32_add(i32_add(i32_mul(i0_0, p.in5_s2), i32_mul(i1_0, p.in5_s3)), i32_mul(i2_0, p.in5_s4))] < 0.0f ? 0.0f : in5[i32_add(i32_add(i32_mul(i0_0, p.in5_s2), i32_mul(i1_0, p.in5_s3)), i32_mul(i2_0, p.in5_s4))];
      const float relu15 = in6[i32_add(i32_add(i32_mul(i0_0, p.in6_s2), i32_mul(i1_0, p.in6_s3)), i32_mul(i2_0, p.in6_s4))] < 0.0f ? 0.0f : in6[i32_add(i32_add(i32_mul(i0_0, p.in6_s2), i32_mul(i1_0, p.in6_s3)), i32_mul(i2_0, p.in6_s4))];
      const float add13 = relu14 + relu15;
      const float acc = 0.0f + w0_0 * w1_0 * w2_0 * add13;
      const float relu14_1 = in5[i32_add(i32_add(i32_mul(i0_1, p.in5_s2), i32_mul(i1_0, p.in5_s3)), i32_mul(i2_0, p.in5_s4))] < 0.0f ? 0.0f : in5[i32_add(i32_add(i32_mul(i0_1, p.in5_s2), i32_mul(i1_0, p.in5_s3)), i32_mul(i2_0, p.in5_s4))];
      const float relu15_1 = in6[i32_add(i32_add(i32_mul(i0_1, p.in6_s2), i32_mul(i1_0, p.in6_s3)), i32_mul(i2_0, p.in6_s4))] < 0.0f ? 0.0f : in6[i32_add(i32_add(i32_mul(i0_1, p.in6_s2), i32_mul(i1_0, p.in6_s3)), i32_mul(i2_0, p.in6_s4))];
      const float add13_1 = relu14_1 + relu15_1;
      const float acc_1 = acc + w0_1 * w1_0 * w2_0 * add13_1;
      const float relu14_2 = in5[i32_add(i32_add(i32_mul(i0_0, p.in5_s2), i32_mul(i1_1, p.in5_s3)), i32_mul(i2_0, p.in5_s4))] < 0.0f ? 0.0f : in5[i32_add(i32_add(i32_mul(i0_0, p.in5_s2), i32_mul(i1_1, p.in5_s3)), i32_mul(i2_0, p.in5_s4))];
      const float relu15_2 = in6[i32_add(i32_add(i32_mul(i0_0, p.in6_s2), i32_mul(i1_1, p.in6_s3)), i32_mul(i2_0, p.in6_s4))] < 0.0f ? 0.0f : in6[i32_add(i32_add(i32_mul(i0_0, p.in6_s2), i32_mul(i1_1, p.in6_s3)), i32_mul(i2_0, p.in6_s4))];
      const float add13_2 = relu14_2 + relu15_2;
      const float acc_2 = acc_1 + w0_0 * w1_1 * w2_0 * add13_2;
      const float relu14_3 = in5[i32_add(i32_add(i32_mul(i0_1, p.in5_s2), i32_mul(i1_1, p.in5_s3)), i32_mul(i2_0, p.in5_s4))] < 0.0f ? 0.0f : in5[i32_add(i32_add(i32_mul(i0_1, p.in5_s2), i32_mul(i1_1, p.in5_s3)), i32_mul(i2_0, p.in5_s4))];
      const float relu15_3 = in6[i32_add(i32_add(i32_mul(i0_1, p.in6_s2), i32_mul(i1_1, p.in6_s3)), i32_mul(i2_0, p.in6_s4))] < 0.0f ? 0.0f : in6[i32_add(i32_add(i32_mul(i0_1, p.in6_s2), i32_mul(i1_1, p.in6_s3)), i32_mul(i2_0, p.in6_s4))];
      const float add13_3 = relu14_3 + relu15_3;
      const float acc_3 = acc_2 + w0_1 * w1_1 * w2_0 * add13_3;
      const float relu14_4 = in5[i32_add(i32_add(i32_mul(i0_0, p.in5_s2), i32_mul(i1_0, p.in5_s3)), i32_mul(i2_1, p.in5_s4))] < 0.0f ? 0.0f : in5[i32_add(i32_add(i32_mul(i0_0, p.in5_s2), i32_mul(i1_0, p.in5_s3)), i32_mul(i2_1, p.in5_s4))];
      const float relu15_4 = in6[i32_add(i32_add(i32_mul(i0_0, p.in6_s2), i32_mul(i1_0, p.in6_s3)), i32_mul(i2_1, p.in6_s4))] < 0.0f ? 0.0f : in6[i32_add(i32_add(i32_mul(i0_0, p.in6_s2), i32_mul(i1_0, p.in6_s3)), i32_mul(i2_1, p.in6_s4))];
      const float add13_4 = relu14_4 + relu15_4;
      const float acc_4 = acc_3 + w0_0 * w1_0 * w2_1 * add13_4;
      const float relu14_5 = in5[i32_add(i32_add(i32_mul(i0_1, p.in5_s2), i32_mul(i1_0, p.in5_s3)), i32_mul(i2_1, p.in5_s4))] < 0.0f ? 0.0f : in5[i32_add(i32_add(i32_mul(i0_1, p.in5_s2), i32_mul(i1_0, p.in5_s3)), i32_mul(i2_1, p.in5_s4))];
      const float relu15_5 = in6[i32_add(i32_add(i32_mul(i0_1, p.in6_s2), i32_mul(i1_0, p.in6_s3)), i32_mul(i2_1, p.in6_s4))] < 0.0f ? 0.0f : in6[i32_add(i32_add(i32_mul(i0_1, p.in6_s2), i32_mul(i1_0, p.in6_s3)), i32_mul(i2_1, p.in6_s4))];
      const float add13_5 = relu14_5 + relu15_5;
      const float acc_5 = acc_4 + w0_1 * w1_0 * w2_1 * add13_5;
      const float relu14_6 = in5[i32_add(i32_add(i32_mul(i0_0, p.in5_s2), i32_mul(i1_1, p.in5_s3)), i32_mul(i2_1, p.in5_s4))] < 0.0f ? 0.0f : in5[i32_add(i32_add(i32_mul(i0_0, p.in5_s2), i32_mul(i1_1, p.in5_s3)), i32_mul(i2_1, p.in5_s4))];
      const float relu15_6 = in6[i32_add(i32_add(i32_mul(i0_0, p.in6_s2), i32_mul(i1_1, p.in6_s3)), i32_mul(i2_1, p.in6_s4))] < 0.0f ? 0.0f : in6[i32_add(i32_add(i32_mul(i0_0, p.in6_s2), i32_mul(i1_1, p.in6_s3)), i32_mul(i2_1, p.in6_s4))];
      const float add13_6 = relu14_6 + relu15_6;
      const float acc_6 = acc_5 + w0_0 * w1_1 * w2_1 * add13_6;
      const float relu14_7 = in5[i32_add(i32_add(i32_mul(i0_1, p.in5_s2), i32_mul(i1_1, p.in5_s3)), i32_mul(i2_1, p.in5_s4))] < 0.0f ? 0.0f : in5[i32_add(i32_add(i32_mul(i0_1, p.in5_s2), i32_mul(i1_1, p.in5_s3)), i32_mul(i2_1, p.in5_s4))];
      const float relu15_7 = in6[i32_add(i32_add(i32_mul(i0_1, p.in6_s2), i32_mul(i1_1, p.in6_s3)), i32_mul(i2_1, p.in6_s4))] < 0.0f ? 0.0f : in6[i32_add(i32_add(i32_mul(i0_1, p.in6_s2), i32_mul(i1_1, p.in6_s3)), i32_mul(i2_1, p.in6_s4))];
      const float add13_7 = relu14_7 + relu15_7;
      const float acc_7 = acc_6 + w0_1 * w1_1 * w2_1 * add13_7;
      part = acc_7;
    }
    out[i32_add(i32_add(i32_add(i32_mul(pos, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = part;
  }
}
