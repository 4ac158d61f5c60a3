// k8_conv_pad_flip_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k8_conv_pad_flip_reshape: 1 launch(es)
// launch 8: reads 6048 B, writes 768 B; fuses:
//   %102 reshape  @ nn/sifa.ts:132:25 <- ∂ of %11 reshape
//   %103 permute  @ nn/sifa.ts:131:46 <- ∂ of %10 permute
//   %104 reshape  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
//   %105 permute  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
//   %106 reshape  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
//   %107 flip  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
//   %108 pad  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
//   %109 pad  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
//   %110 conv  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
// stores %110 conv: kept apart so that the kernel of %130 add fits the storage-buffer limit, or cheaper to store than to recompute
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k8_conv_pad_flip_reshape_params (by value, 112 bytes).

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
struct k8_conv_pad_flip_reshape_params {
  int total;
  int line_s1;
  int line_d1;
  int line_s2;
  int line_d2;
  int line_d3;
  int out_s1;
  int out_s2;
  int out_s3;
  int out_s4;
  int conv0_stride0;
  int conv0_pad0;
  int conv0_stride1;
  int conv0_pad1;
  int conv0_cing;
  int flip1_last3;
  int flip1_last4;
  int in1_s0;
  int in1_s1;
  int in1_s3;
  int in1_s4;
  int pad5_lo4;
  int pad5_d4;
  int pad6_lo3;
  int pad6_d3;
  int reshape8_os1;
  int reshape8_os2;
  int reshape8_os3;
};

extern "C" __global__ void __launch_bounds__(64) k8_conv_pad_flip_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k8_conv_pad_flip_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i1 = gid / p.line_s1 % p.line_d1;
  const int line_i2 = gid / p.line_s2 % p.line_d2;
  const int line_i3 = gid % p.line_d3;
  float acc = 0.0f;
  float acc_1 = 0.0f;
  float acc_2 = 0.0f;
  float acc_3 = 0.0f;
  const int start0 = i32_sub(i32_mul(line_i2, p.conv0_stride0), p.conv0_pad0);
  const int start1 = i32_sub(i32_mul(line_i3, p.conv0_stride1), p.conv0_pad1);
  const int p4 = i32_sub(0, p.pad5_lo4);
  const bool ok4 = (p4 >= 0) && (p4 < p.pad5_d4);
  const int p3 = i32_sub(start1, p.pad6_lo3);
  const bool ok3 = (p3 >= 0) && (p3 < p.pad6_d3);
  const int p4_1 = i32_sub(1, p.pad5_lo4);
  const bool ok4_1 = (p4_1 >= 0) && (p4_1 < p.pad5_d4);
  const int p4_2 = i32_sub(2, p.pad5_lo4);
  const bool ok4_2 = (p4_2 >= 0) && (p4_2 < p.pad5_d4);
  const int p4_3 = i32_sub(3, p.pad5_lo4);
  const bool ok4_3 = (p4_3 >= 0) && (p4_3 < p.pad5_d4);
  const int p4_4 = i32_sub(4, p.pad5_lo4);
  const bool ok4_4 = (p4_4 >= 0) && (p4_4 < p.pad5_d4);
  const int p4_5 = i32_sub(5, p.pad5_lo4);
  const bool ok4_5 = (p4_5 >= 0) && (p4_5 < p.pad5_d4);
  const int p1 = i32_add(start1, 1);
  const int p3_1 = i32_sub(p1, p.pad6_lo3);
  const bool ok3_1 = (p3_1 >= 0) && (p3_1 < p.pad6_d3);
  const int p1_1 = i32_add(start1, 2);
  const int p3_2 = i32_sub(p1_1, p.pad6_lo3);
  const bool ok3_2 = (p3_2 >= 0) && (p3_2 < p.pad6_d3);
  for (int ci = 0; ci < p.conv0_cing; ++ci) {
    const float reshape4 = in1[i32_add(i32_add(i32_add(i32_mul(ci, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(p.flip1_last3, p.in1_s3)), i32_mul(p.flip1_last4, p.in1_s4))];
    const float reshape4_1 = in1[i32_add(i32_add(i32_add(i32_mul(ci, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(p.flip1_last3, p.in1_s3)), i32_mul(i32_sub(p.flip1_last4, 1), p.in1_s4))];
    const float reshape4_2 = in1[i32_add(i32_add(i32_add(i32_mul(ci, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(p.flip1_last3, p.in1_s3)), i32_mul(i32_sub(p.flip1_last4, 2), p.in1_s4))];
    const float reshape8 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6 = ok3 ? reshape8 : 0.0f;
    const float pad5 = ok4 ? pad6 : 0.0f;
    acc = acc + pad5 * reshape4;
    const float reshape8_1 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_1, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_1 = ok3 ? reshape8_1 : 0.0f;
    const float pad5_1 = ok4_1 ? pad6_1 : 0.0f;
    acc = acc + pad5_1 * reshape4_1;
    const float reshape8_2 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_2, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_2 = ok3 ? reshape8_2 : 0.0f;
    const float pad5_2 = ok4_2 ? pad6_2 : 0.0f;
    acc = acc + pad5_2 * reshape4_2;
    acc_1 = acc_1 + pad5_1 * reshape4;
    acc_1 = acc_1 + pad5_2 * reshape4_1;
    const float reshape8_3 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_3, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_3 = ok3 ? reshape8_3 : 0.0f;
    const float pad5_3 = ok4_3 ? pad6_3 : 0.0f;
    acc_1 = acc_1 + pad5_3 * reshape4_2;
    acc_2 = acc_2 + pad5_2 * reshape4;
    acc_2 = acc_2 + pad5_3 * reshape4_1;
    const float reshape8_4 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_4, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_4 = ok3 ? reshape8_4 : 0.0f;
    const float pad5_4 = ok4_4 ? pad6_4 : 0.0f;
    acc_2 = acc_2 + pad5_4 * reshape4_2;
    acc_3 = acc_3 + pad5_3 * reshape4;
    acc_3 = acc_3 + pad5_4 * reshape4_1;
    const float reshape8_5 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_5, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_5 = ok3 ? reshape8_5 : 0.0f;
    const float pad5_5 = ok4_5 ? pad6_5 : 0.0f;
    acc_3 = acc_3 + pad5_5 * reshape4_2;
    const float reshape4_3 = in1[i32_add(i32_add(i32_add(i32_mul(ci, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(i32_sub(p.flip1_last3, 1), p.in1_s3)), i32_mul(p.flip1_last4, p.in1_s4))];
    const float reshape4_4 = in1[i32_add(i32_add(i32_add(i32_mul(ci, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(i32_sub(p.flip1_last3, 1), p.in1_s3)), i32_mul(i32_sub(p.flip1_last4, 1), p.in1_s4))];
    const float reshape4_5 = in1[i32_add(i32_add(i32_add(i32_mul(ci, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(i32_sub(p.flip1_last3, 1), p.in1_s3)), i32_mul(i32_sub(p.flip1_last4, 2), p.in1_s4))];
    const float reshape8_6 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3_1, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_6 = ok3_1 ? reshape8_6 : 0.0f;
    const float pad5_6 = ok4 ? pad6_6 : 0.0f;
    acc = acc + pad5_6 * reshape4_3;
    const float reshape8_7 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3_1, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_1, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_7 = ok3_1 ? reshape8_7 : 0.0f;
    const float pad5_7 = ok4_1 ? pad6_7 : 0.0f;
    acc = acc + pad5_7 * reshape4_4;
    const float reshape8_8 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3_1, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_2, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_8 = ok3_1 ? reshape8_8 : 0.0f;
    const float pad5_8 = ok4_2 ? pad6_8 : 0.0f;
    acc = acc + pad5_8 * reshape4_5;
    acc_1 = acc_1 + pad5_7 * reshape4_3;
    acc_1 = acc_1 + pad5_8 * reshape4_4;
    const float reshape8_9 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3_1, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_3, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_9 = ok3_1 ? reshape8_9 : 0.0f;
    const float pad5_9 = ok4_3 ? pad6_9 : 0.0f;
    acc_1 = acc_1 + pad5_9 * reshape4_5;
    acc_2 = acc_2 + pad5_8 * reshape4_3;
    acc_2 = acc_2 + pad5_9 * reshape4_4;
    const float reshape8_10 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3_1, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_4, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_10 = ok3_1 ? reshape8_10 : 0.0f;
    const float pad5_10 = ok4_4 ? pad6_10 : 0.0f;
    acc_2 = acc_2 + pad5_10 * reshape4_5;
    acc_3 = acc_3 + pad5_9 * reshape4_3;
    acc_3 = acc_3 + pad5_10 * reshape4_4;
    const float reshape8_11 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3_1, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_5, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_11 = ok3_1 ? reshape8_11 : 0.0f;
    const float pad5_11 = ok4_5 ? pad6_11 : 0.0f;
    acc_3 = acc_3 + pad5_11 * reshape4_5;
    const float reshape4_6 = in1[i32_add(i32_add(i32_add(i32_mul(ci, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(i32_sub(p.flip1_last3, 2), p.in1_s3)), i32_mul(p.flip1_last4, p.in1_s4))];
    const float reshape4_7 = in1[i32_add(i32_add(i32_add(i32_mul(ci, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(i32_sub(p.flip1_last3, 2), p.in1_s3)), i32_mul(i32_sub(p.flip1_last4, 1), p.in1_s4))];
    const float reshape4_8 = in1[i32_add(i32_add(i32_add(i32_mul(ci, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(i32_sub(p.flip1_last3, 2), p.in1_s3)), i32_mul(i32_sub(p.flip1_last4, 2), p.in1_s4))];
    const float reshape8_12 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3_2, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_12 = ok3_2 ? reshape8_12 : 0.0f;
    const float pad5_12 = ok4 ? pad6_12 : 0.0f;
    acc = acc + pad5_12 * reshape4_6;
    const float reshape8_13 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3_2, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_1, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_13 = ok3_2 ? reshape8_13 : 0.0f;
    const float pad5_13 = ok4_1 ? pad6_13 : 0.0f;
    acc = acc + pad5_13 * reshape4_7;
    const float reshape8_14 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3_2, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_2, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_14 = ok3_2 ? reshape8_14 : 0.0f;
    const float pad5_14 = ok4_2 ? pad6_14 : 0.0f;
    acc = acc + pad5_14 * reshape4_8;
    acc_1 = acc_1 + pad5_13 * reshape4_6;
    acc_1 = acc_1 + pad5_14 * reshape4_7;
    const float reshape8_15 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3_2, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_3, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_15 = ok3_2 ? reshape8_15 : 0.0f;
    const float pad5_15 = ok4_3 ? pad6_15 : 0.0f;
    acc_1 = acc_1 + pad5_15 * reshape4_8;
    acc_2 = acc_2 + pad5_14 * reshape4_6;
    acc_2 = acc_2 + pad5_15 * reshape4_7;
    const float reshape8_16 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3_2, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_4, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_16 = ok3_2 ? reshape8_16 : 0.0f;
    const float pad5_16 = ok4_4 ? pad6_16 : 0.0f;
    acc_2 = acc_2 + pad5_16 * reshape4_8;
    acc_3 = acc_3 + pad5_15 * reshape4_6;
    acc_3 = acc_3 + pad5_16 * reshape4_7;
    const float reshape8_17 = in0[i32_add(i32_add(i32_add(i32_mul(start0, p.reshape8_os1), i32_mul(ci, p.reshape8_os2)), i32_mul(min(max(p3_2, 0), i32_sub(p.pad6_d3, 1)), p.reshape8_os3)), min(max(p4_5, 0), i32_sub(p.pad5_d4, 1)))];
    const float pad6_17 = ok3_2 ? reshape8_17 : 0.0f;
    const float pad5_17 = ok4_5 ? pad6_17 : 0.0f;
    acc_3 = acc_3 + pad5_17 * reshape4_8;
  }
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3))] = acc;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), p.out_s4)] = acc_1;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(2, p.out_s4))] = acc_2;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(3, p.out_s4))] = acc_3;
}
