// k8_concat_interpolate_add_relu: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k8_concat_interpolate_add_relu: 1 launch(es)
// launch 11: reads 1884 B, writes 2048 B; fuses:
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
// Arguments: in0, in1, in2, in3, out, k8_concat_interpolate_add_relu_params (by value, 120 bytes).

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
  int interpolate4_in0;
  int interpolate4_out0;
  int interpolate4_in1;
  int interpolate4_out1;
  int interpolate4_in2;
  int interpolate4_out2;
  int in2_s2;
  int in2_s3;
  int in2_s4;
  int in3_s2;
  int in3_s3;
  int in3_s4;
};

extern "C" __global__ void __launch_bounds__(64) k8_concat_interpolate_add_relu(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
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
      const float reshape3 = in1[i32_mul(i32_sub(pos, p.concat0_off0), p.in1_s0)];
      const float add2 = in0[i32_add(i32_add(i32_add(i32_mul(i32_sub(pos, p.concat0_off0), p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + reshape3;
      const float relu1 = add2 < 0.0f ? 0.0f : add2;
      part = relu1;
    } else {
      const float src0 = f32_max_nan((float)i32_sub(i32_mul(p.interpolate4_in0, i32_add(i32_mul(line_i2, 2), 1)), p.interpolate4_out0) / (float)i32_mul(p.interpolate4_out0, 2), 0.0f);
      const float lo0 = floorf(src0);
      const float w0_1 = src0 - lo0;
      const int i0_0 = __float2int_rz(lo0);
      const int i0_1 = i0_0 < i32_sub(p.interpolate4_in0, 1) ? i32_add(i0_0, 1) : i0_0;
      const float w0_0 = 1.0f - w0_1;
      const float src1 = f32_max_nan((float)i32_sub(i32_mul(p.interpolate4_in1, i32_add(i32_mul(line_i3, 2), 1)), p.interpolate4_out1) / (float)i32_mul(p.interpolate4_out1, 2), 0.0f);
      const float lo1 = floorf(src1);
      const float w1_1 = src1 - lo1;
      const int i1_0 = __float2int_rz(lo1);
      const int i1_1 = i1_0 < i32_sub(p.interpolate4_in1, 1) ? i32_add(i1_0, 1) : i1_0;
      const float w1_0 = 1.0f - w1_1;
      const float src2 = f32_max_nan((float)i32_sub(i32_mul(p.interpolate4_in2, i32_add(i32_mul(line_i4, 2), 1)), p.interpolate4_out2) / (float)i32_mul(p.interpolate4_out2, 2), 0.0f);
      const float lo2 = floorf(src2);
      const float w2_1 = src2 - lo2;
      const int i2_0 = __float2int_rz(lo2);
      const int i2_1 = i2_0 < i32_sub(p.interpolate4_in2, 1) ? i32_add(i2_0, 1) : i2_0;
      const float w2_0 = 1.0f - w2_1;
      const float relu6 = in2[i32_add(i32_add(i32_mul(i0_0, p.in2_s2), i32_mul(i1_0, p.in2_s3)), i32_mul(i2_0, p.in2_s4))] < 0.0f ? 0.0f : in2[i32_add(i32_add(i32_mul(i0_0, p.in2_s2), i32_mul(i1_0, p.in2_s3)), i32_mul(i2_0, p.in2_s4))];
      const float relu7 = in3[i32_add(i32_add(i32_mul(i0_0, p.in3_s2), i32_mul(i1_0, p.in3_s3)), i32_mul(i2_0, p.in3_s4))] < 0.0f ? 0.0f : in3[i32_add(i32_add(i32_mul(i0_0, p.in3_s2), i32_mul(i1_0, p.in3_s3)), i32_mul(i2_0, p.in3_s4))];
      const float add5 = relu6 + relu7;
      const float acc = 0.0f + w0_0 * w1_0 * w2_0 * add5;
      const float relu6_1 = in2[i32_add(i32_add(i32_mul(i0_1, p.in2_s2), i32_mul(i1_0, p.in2_s3)), i32_mul(i2_0, p.in2_s4))] < 0.0f ? 0.0f : in2[i32_add(i32_add(i32_mul(i0_1, p.in2_s2), i32_mul(i1_0, p.in2_s3)), i32_mul(i2_0, p.in2_s4))];
      const float relu7_1 = in3[i32_add(i32_add(i32_mul(i0_1, p.in3_s2), i32_mul(i1_0, p.in3_s3)), i32_mul(i2_0, p.in3_s4))] < 0.0f ? 0.0f : in3[i32_add(i32_add(i32_mul(i0_1, p.in3_s2), i32_mul(i1_0, p.in3_s3)), i32_mul(i2_0, p.in3_s4))];
      const float add5_1 = relu6_1 + relu7_1;
      const float acc_1 = acc + w0_1 * w1_0 * w2_0 * add5_1;
      const float relu6_2 = in2[i32_add(i32_add(i32_mul(i0_0, p.in2_s2), i32_mul(i1_1, p.in2_s3)), i32_mul(i2_0, p.in2_s4))] < 0.0f ? 0.0f : in2[i32_add(i32_add(i32_mul(i0_0, p.in2_s2), i32_mul(i1_1, p.in2_s3)), i32_mul(i2_0, p.in2_s4))];
      const float relu7_2 = in3[i32_add(i32_add(i32_mul(i0_0, p.in3_s2), i32_mul(i1_1, p.in3_s3)), i32_mul(i2_0, p.in3_s4))] < 0.0f ? 0.0f : in3[i32_add(i32_add(i32_mul(i0_0, p.in3_s2), i32_mul(i1_1, p.in3_s3)), i32_mul(i2_0, p.in3_s4))];
      const float add5_2 = relu6_2 + relu7_2;
      const float acc_2 = acc_1 + w0_0 * w1_1 * w2_0 * add5_2;
      const float relu6_3 = in2[i32_add(i32_add(i32_mul(i0_1, p.in2_s2), i32_mul(i1_1, p.in2_s3)), i32_mul(i2_0, p.in2_s4))] < 0.0f ? 0.0f : in2[i32_add(i32_add(i32_mul(i0_1, p.in2_s2), i32_mul(i1_1, p.in2_s3)), i32_mul(i2_0, p.in2_s4))];
      const float relu7_3 = in3[i32_add(i32_add(i32_mul(i0_1, p.in3_s2), i32_mul(i1_1, p.in3_s3)), i32_mul(i2_0, p.in3_s4))] < 0.0f ? 0.0f : in3[i32_add(i32_add(i32_mul(i0_1, p.in3_s2), i32_mul(i1_1, p.in3_s3)), i32_mul(i2_0, p.in3_s4))];
      const float add5_3 = relu6_3 + relu7_3;
      const float acc_3 = acc_2 + w0_1 * w1_1 * w2_0 * add5_3;
      const float relu6_4 = in2[i32_add(i32_add(i32_mul(i0_0, p.in2_s2), i32_mul(i1_0, p.in2_s3)), i32_mul(i2_1, p.in2_s4))] < 0.0f ? 0.0f : in2[i32_add(i32_add(i32_mul(i0_0, p.in2_s2), i32_mul(i1_0, p.in2_s3)), i32_mul(i2_1, p.in2_s4))];
      const float relu7_4 = in3[i32_add(i32_add(i32_mul(i0_0, p.in3_s2), i32_mul(i1_0, p.in3_s3)), i32_mul(i2_1, p.in3_s4))] < 0.0f ? 0.0f : in3[i32_add(i32_add(i32_mul(i0_0, p.in3_s2), i32_mul(i1_0, p.in3_s3)), i32_mul(i2_1, p.in3_s4))];
      const float add5_4 = relu6_4 + relu7_4;
      const float acc_4 = acc_3 + w0_0 * w1_0 * w2_1 * add5_4;
      const float relu6_5 = in2[i32_add(i32_add(i32_mul(i0_1, p.in2_s2), i32_mul(i1_0, p.in2_s3)), i32_mul(i2_1, p.in2_s4))] < 0.0f ? 0.0f : in2[i32_add(i32_add(i32_mul(i0_1, p.in2_s2), i32_mul(i1_0, p.in2_s3)), i32_mul(i2_1, p.in2_s4))];
      const float relu7_5 = in3[i32_add(i32_add(i32_mul(i0_1, p.in3_s2), i32_mul(i1_0, p.in3_s3)), i32_mul(i2_1, p.in3_s4))] < 0.0f ? 0.0f : in3[i32_add(i32_add(i32_mul(i0_1, p.in3_s2), i32_mul(i1_0, p.in3_s3)), i32_mul(i2_1, p.in3_s4))];
      const float add5_5 = relu6_5 + relu7_5;
      const float acc_5 = acc_4 + w0_1 * w1_0 * w2_1 * add5_5;
      const float relu6_6 = in2[i32_add(i32_add(i32_mul(i0_0, p.in2_s2), i32_mul(i1_1, p.in2_s3)), i32_mul(i2_1, p.in2_s4))] < 0.0f ? 0.0f : in2[i32_add(i32_add(i32_mul(i0_0, p.in2_s2), i32_mul(i1_1, p.in2_s3)), i32_mul(i2_1, p.in2_s4))];
      const float relu7_6 = in3[i32_add(i32_add(i32_mul(i0_0, p.in3_s2), i32_mul(i1_1, p.in3_s3)), i32_mul(i2_1, p.in3_s4))] < 0.0f ? 0.0f : in3[i32_add(i32_add(i32_mul(i0_0, p.in3_s2), i32_mul(i1_1, p.in3_s3)), i32_mul(i2_1, p.in3_s4))];
      const float add5_6 = relu6_6 + relu7_6;
      const float acc_6 = acc_5 + w0_0 * w1_1 * w2_1 * add5_6;
      const float relu6_7 = in2[i32_add(i32_add(i32_mul(i0_1, p.in2_s2), i32_mul(i1_1, p.in2_s3)), i32_mul(i2_1, p.in2_s4))] < 0.0f ? 0.0f : in2[i32_add(i32_add(i32_mul(i0_1, p.in2_s2), i32_mul(i1_1, p.in2_s3)), i32_mul(i2_1, p.in2_s4))];
      const float relu7_7 = in3[i32_add(i32_add(i32_mul(i0_1, p.in3_s2), i32_mul(i1_1, p.in3_s3)), i32_mul(i2_1, p.in3_s4))] < 0.0f ? 0.0f : in3[i32_add(i32_add(i32_mul(i0_1, p.in3_s2), i32_mul(i1_1, p.in3_s3)), i32_mul(i2_1, p.in3_s4))];
      const float add5_7 = relu6_7 + relu7_7;
      const float acc_7 = acc_6 + w0_1 * w1_1 * w2_1 * add5_7;
      part = acc_7;
    }
    out[i32_add(i32_add(i32_add(i32_mul(pos, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = part;
  }
}
