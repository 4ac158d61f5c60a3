// k9_permute_conv_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k9_permute_conv_reshape: 1 launch(es)
// launch 9: reads 4224 B, writes 2592 B; fuses:
//   %102 reshape  @ nn/sifa.ts:132:25 <- ∂ of %11 reshape
//   %111 reshape  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
//   %112 permute  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
//   %113 reshape  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
//   %114 permute  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
//   %115 conv  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
//   %116 permute  @ nn/sifa.ts:128:20 <- ∂ of %9 conv
// stores %116 permute: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k9_permute_conv_reshape_params (by value, 92 bytes).

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
struct k9_permute_conv_reshape_params {
  int total;
  int out_s0;
  int out_s1;
  int out_d1;
  int out_s3;
  int out_d3;
  int out_d4;
  int conv1_stride0;
  int conv1_pad0;
  int conv1_stride1;
  int conv1_pad1;
  int conv1_stride2;
  int conv1_pad2;
  int conv1_cing;
  int conv1_in1;
  int conv1_in2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int reshape6_os1;
  int reshape6_os2;
  int reshape6_os3;
};

extern "C" __global__ void __launch_bounds__(64) k9_permute_conv_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k9_permute_conv_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i3 = gid / p.out_s3 % p.out_d3;
  const int out_i4 = gid % p.out_d4;
  float acc = 0.0f;
  const int start0 = i32_sub(0, p.conv1_pad0);
  const int start1 = i32_sub(i32_mul(out_i3, p.conv1_stride1), p.conv1_pad1);
  const int start2 = i32_sub(i32_mul(out_i4, p.conv1_stride2), p.conv1_pad2);
  const bool in1_1 = (start1 >= 0) && (start1 < p.conv1_in1);
  const int q1 = min(max(start1, 0), i32_sub(p.conv1_in1, 1));
  const bool in2 = in1_1 && (start2 >= 0) && (start2 < p.conv1_in2);
  const int q2 = min(max(start2, 0), i32_sub(p.conv1_in2, 1));
  const float reshape4 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2, p.in0_s4))];
  const float reshape6 = in1[i32_mul(out_i0, p.reshape6_os2)];
  acc = acc + (in2 ? reshape4 * reshape6 : 0.0f);
  const int p2 = i32_add(start2, 1);
  const bool in2_1 = in1_1 && (p2 >= 0) && (p2 < p.conv1_in2);
  const int q2_1 = min(max(p2, 0), i32_sub(p.conv1_in2, 1));
  const float reshape4_1 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_1, p.in0_s4))];
  const float reshape6_1 = in1[i32_add(i32_mul(out_i0, p.reshape6_os2), 1)];
  acc = acc + (in2_1 ? reshape4_1 * reshape6_1 : 0.0f);
  const int p2_1 = i32_add(start2, 2);
  const bool in2_2 = in1_1 && (p2_1 >= 0) && (p2_1 < p.conv1_in2);
  const int q2_2 = min(max(p2_1, 0), i32_sub(p.conv1_in2, 1));
  const float reshape4_2 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_2, p.in0_s4))];
  const float reshape6_2 = in1[i32_add(i32_mul(out_i0, p.reshape6_os2), 2)];
  acc = acc + (in2_2 ? reshape4_2 * reshape6_2 : 0.0f);
  const int p2_2 = i32_add(start2, 3);
  const bool in2_3 = in1_1 && (p2_2 >= 0) && (p2_2 < p.conv1_in2);
  const int q2_3 = min(max(p2_2, 0), i32_sub(p.conv1_in2, 1));
  const float reshape4_3 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_3, p.in0_s4))];
  const float reshape6_3 = in1[i32_add(i32_mul(out_i0, p.reshape6_os2), 3)];
  acc = acc + (in2_3 ? reshape4_3 * reshape6_3 : 0.0f);
  const int p1 = i32_add(start1, 1);
  const bool in1_2 = (p1 >= 0) && (p1 < p.conv1_in1);
  const int q1_1 = min(max(p1, 0), i32_sub(p.conv1_in1, 1));
  const bool in2_4 = in1_2 && (start2 >= 0) && (start2 < p.conv1_in2);
  const float reshape4_4 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2, p.in0_s4))];
  const float reshape6_4 = in1[i32_add(i32_mul(out_i0, p.reshape6_os2), p.reshape6_os3)];
  acc = acc + (in2_4 ? reshape4_4 * reshape6_4 : 0.0f);
  const bool in2_5 = in1_2 && (p2 >= 0) && (p2 < p.conv1_in2);
  const float reshape4_5 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_1, p.in0_s4))];
  const float reshape6_5 = in1[i32_add(i32_add(i32_mul(out_i0, p.reshape6_os2), p.reshape6_os3), 1)];
  acc = acc + (in2_5 ? reshape4_5 * reshape6_5 : 0.0f);
  const bool in2_6 = in1_2 && (p2_1 >= 0) && (p2_1 < p.conv1_in2);
  const float reshape4_6 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_2, p.in0_s4))];
  const float reshape6_6 = in1[i32_add(i32_add(i32_mul(out_i0, p.reshape6_os2), p.reshape6_os3), 2)];
  acc = acc + (in2_6 ? reshape4_6 * reshape6_6 : 0.0f);
  const bool in2_7 = in1_2 && (p2_2 >= 0) && (p2_2 < p.conv1_in2);
  const float reshape4_7 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_3, p.in0_s4))];
  const float reshape6_7 = in1[i32_add(i32_add(i32_mul(out_i0, p.reshape6_os2), p.reshape6_os3), 3)];
  acc = acc + (in2_7 ? reshape4_7 * reshape6_7 : 0.0f);
  const int p1_1 = i32_add(start1, 2);
  const bool in1_3 = (p1_1 >= 0) && (p1_1 < p.conv1_in1);
  const int q1_2 = min(max(p1_1, 0), i32_sub(p.conv1_in1, 1));
  const bool in2_8 = in1_3 && (start2 >= 0) && (start2 < p.conv1_in2);
  const float reshape4_8 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2, p.in0_s4))];
  const float reshape6_8 = in1[i32_add(i32_mul(out_i0, p.reshape6_os2), i32_mul(2, p.reshape6_os3))];
  acc = acc + (in2_8 ? reshape4_8 * reshape6_8 : 0.0f);
  const bool in2_9 = in1_3 && (p2 >= 0) && (p2 < p.conv1_in2);
  const float reshape4_9 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_1, p.in0_s4))];
  const float reshape6_9 = in1[i32_add(i32_add(i32_mul(out_i0, p.reshape6_os2), i32_mul(2, p.reshape6_os3)), 1)];
  acc = acc + (in2_9 ? reshape4_9 * reshape6_9 : 0.0f);
  const bool in2_10 = in1_3 && (p2_1 >= 0) && (p2_1 < p.conv1_in2);
  const float reshape4_10 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_2, p.in0_s4))];
  const float reshape6_10 = in1[i32_add(i32_add(i32_mul(out_i0, p.reshape6_os2), i32_mul(2, p.reshape6_os3)), 2)];
  acc = acc + (in2_10 ? reshape4_10 * reshape6_10 : 0.0f);
  const bool in2_11 = in1_3 && (p2_2 >= 0) && (p2_2 < p.conv1_in2);
  const float reshape4_11 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_3, p.in0_s4))];
  const float reshape6_11 = in1[i32_add(i32_add(i32_mul(out_i0, p.reshape6_os2), i32_mul(2, p.reshape6_os3)), 3)];
  acc = acc + (in2_11 ? reshape4_11 * reshape6_11 : 0.0f);
  const int p1_2 = i32_add(start1, 3);
  const bool in1_4 = (p1_2 >= 0) && (p1_2 < p.conv1_in1);
  const int q1_3 = min(max(p1_2, 0), i32_sub(p.conv1_in1, 1));
  const bool in2_12 = in1_4 && (start2 >= 0) && (start2 < p.conv1_in2);
  const float reshape4_12 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2, p.in0_s4))];
  const float reshape6_12 = in1[i32_add(i32_mul(out_i0, p.reshape6_os2), i32_mul(3, p.reshape6_os3))];
  acc = acc + (in2_12 ? reshape4_12 * reshape6_12 : 0.0f);
  const bool in2_13 = in1_4 && (p2 >= 0) && (p2 < p.conv1_in2);
  const float reshape4_13 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_1, p.in0_s4))];
  const float reshape6_13 = in1[i32_add(i32_add(i32_mul(out_i0, p.reshape6_os2), i32_mul(3, p.reshape6_os3)), 1)];
  acc = acc + (in2_13 ? reshape4_13 * reshape6_13 : 0.0f);
  const bool in2_14 = in1_4 && (p2_1 >= 0) && (p2_1 < p.conv1_in2);
  const float reshape4_14 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_2, p.in0_s4))];
  const float reshape6_14 = in1[i32_add(i32_add(i32_mul(out_i0, p.reshape6_os2), i32_mul(3, p.reshape6_os3)), 2)];
  acc = acc + (in2_14 ? reshape4_14 * reshape6_14 : 0.0f);
  const bool in2_15 = in1_4 && (p2_2 >= 0) && (p2_2 < p.conv1_in2);
  const float reshape4_15 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_3, p.in0_s4))];
  const float reshape6_15 = in1[i32_add(i32_add(i32_mul(out_i0, p.reshape6_os2), i32_mul(3, p.reshape6_os3)), 3)];
  acc = acc + (in2_15 ? reshape4_15 * reshape6_15 : 0.0f);
  const int p0 = i32_add(start0, 1);
  const float reshape4_16 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2, p.in0_s4))];
  const float reshape6_16 = in1[i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2))];
  acc = acc + (in2 ? reshape4_16 * reshape6_16 : 0.0f);
  const float reshape4_17 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_1, p.in0_s4))];
  const float reshape6_17 = in1[i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), 1)];
  acc = acc + (in2_1 ? reshape4_17 * reshape6_17 : 0.0f);
  const float reshape4_18 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_2, p.in0_s4))];
  const float reshape6_18 = in1[i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), 2)];
  acc = acc + (in2_2 ? reshape4_18 * reshape6_18 : 0.0f);
  const float reshape4_19 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_3, p.in0_s4))];
  const float reshape6_19 = in1[i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), 3)];
  acc = acc + (in2_3 ? reshape4_19 * reshape6_19 : 0.0f);
  const float reshape4_20 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2, p.in0_s4))];
  const float reshape6_20 = in1[i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), p.reshape6_os3)];
  acc = acc + (in2_4 ? reshape4_20 * reshape6_20 : 0.0f);
  const float reshape4_21 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_1, p.in0_s4))];
  const float reshape6_21 = in1[i32_add(i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), p.reshape6_os3), 1)];
  acc = acc + (in2_5 ? reshape4_21 * reshape6_21 : 0.0f);
  const float reshape4_22 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_2, p.in0_s4))];
  const float reshape6_22 = in1[i32_add(i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), p.reshape6_os3), 2)];
  acc = acc + (in2_6 ? reshape4_22 * reshape6_22 : 0.0f);
  const float reshape4_23 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_3, p.in0_s4))];
  const float reshape6_23 = in1[i32_add(i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), p.reshape6_os3), 3)];
  acc = acc + (in2_7 ? reshape4_23 * reshape6_23 : 0.0f);
  const float reshape4_24 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2, p.in0_s4))];
  const float reshape6_24 = in1[i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), i32_mul(2, p.reshape6_os3))];
  acc = acc + (in2_8 ? reshape4_24 * reshape6_24 : 0.0f);
  const float reshape4_25 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_1, p.in0_s4))];
  const float reshape6_25 = in1[i32_add(i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), i32_mul(2, p.reshape6_os3)), 1)];
  acc = acc + (in2_9 ? reshape4_25 * reshape6_25 : 0.0f);
  const float reshape4_26 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_2, p.in0_s4))];
  const float reshape6_26 = in1[i32_add(i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), i32_mul(2, p.reshape6_os3)), 2)];
  acc = acc + (in2_10 ? reshape4_26 * reshape6_26 : 0.0f);
  const float reshape4_27 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_3, p.in0_s4))];
  const float reshape6_27 = in1[i32_add(i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), i32_mul(2, p.reshape6_os3)), 3)];
  acc = acc + (in2_11 ? reshape4_27 * reshape6_27 : 0.0f);
  const float reshape4_28 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2, p.in0_s4))];
  const float reshape6_28 = in1[i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), i32_mul(3, p.reshape6_os3))];
  acc = acc + (in2_12 ? reshape4_28 * reshape6_28 : 0.0f);
  const float reshape4_29 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_1, p.in0_s4))];
  const float reshape6_29 = in1[i32_add(i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), i32_mul(3, p.reshape6_os3)), 1)];
  acc = acc + (in2_13 ? reshape4_29 * reshape6_29 : 0.0f);
  const float reshape4_30 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_2, p.in0_s4))];
  const float reshape6_30 = in1[i32_add(i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), i32_mul(3, p.reshape6_os3)), 2)];
  acc = acc + (in2_14 ? reshape4_30 * reshape6_30 : 0.0f);
  const float reshape4_31 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_3, p.in0_s4))];
  const float reshape6_31 = in1[i32_add(i32_add(i32_add(p.reshape6_os1, i32_mul(out_i0, p.reshape6_os2)), i32_mul(3, p.reshape6_os3)), 3)];
  acc = acc + (in2_15 ? reshape4_31 * reshape6_31 : 0.0f);
  const int p0_1 = i32_add(start0, 2);
  const float reshape4_32 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2, p.in0_s4))];
  const float reshape6_32 = in1[i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2))];
  acc = acc + (in2 ? reshape4_32 * reshape6_32 : 0.0f);
  const float reshape4_33 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_1, p.in0_s4))];
  const float reshape6_33 = in1[i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), 1)];
  acc = acc + (in2_1 ? reshape4_33 * reshape6_33 : 0.0f);
  const float reshape4_34 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_2, p.in0_s4))];
  const float reshape6_34 = in1[i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), 2)];
  acc = acc + (in2_2 ? reshape4_34 * reshape6_34 : 0.0f);
  const float reshape4_35 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_3, p.in0_s4))];
  const float reshape6_35 = in1[i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), 3)];
  acc = acc + (in2_3 ? reshape4_35 * reshape6_35 : 0.0f);
  const float reshape4_36 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2, p.in0_s4))];
  const float reshape6_36 = in1[i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), p.reshape6_os3)];
  acc = acc + (in2_4 ? reshape4_36 * reshape6_36 : 0.0f);
  const float reshape4_37 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_1, p.in0_s4))];
  const float reshape6_37 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), p.reshape6_os3), 1)];
  acc = acc + (in2_5 ? reshape4_37 * reshape6_37 : 0.0f);
  const float reshape4_38 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_2, p.in0_s4))];
  const float reshape6_38 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), p.reshape6_os3), 2)];
  acc = acc + (in2_6 ? reshape4_38 * reshape6_38 : 0.0f);
  const float reshape4_39 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_3, p.in0_s4))];
  const float reshape6_39 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), p.reshape6_os3), 3)];
  acc = acc + (in2_7 ? reshape4_39 * reshape6_39 : 0.0f);
  const float reshape4_40 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2, p.in0_s4))];
  const float reshape6_40 = in1[i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), i32_mul(2, p.reshape6_os3))];
  acc = acc + (in2_8 ? reshape4_40 * reshape6_40 : 0.0f);
  const float reshape4_41 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_1, p.in0_s4))];
  const float reshape6_41 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), i32_mul(2, p.reshape6_os3)), 1)];
  acc = acc + (in2_9 ? reshape4_41 * reshape6_41 : 0.0f);
  const float reshape4_42 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_2, p.in0_s4))];
  const float reshape6_42 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), i32_mul(2, p.reshape6_os3)), 2)];
  acc = acc + (in2_10 ? reshape4_42 * reshape6_42 : 0.0f);
  const float reshape4_43 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_3, p.in0_s4))];
  const float reshape6_43 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), i32_mul(2, p.reshape6_os3)), 3)];
  acc = acc + (in2_11 ? reshape4_43 * reshape6_43 : 0.0f);
  const float reshape4_44 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2, p.in0_s4))];
  const float reshape6_44 = in1[i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), i32_mul(3, p.reshape6_os3))];
  acc = acc + (in2_12 ? reshape4_44 * reshape6_44 : 0.0f);
  const float reshape4_45 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_1, p.in0_s4))];
  const float reshape6_45 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), i32_mul(3, p.reshape6_os3)), 1)];
  acc = acc + (in2_13 ? reshape4_45 * reshape6_45 : 0.0f);
  const float reshape4_46 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_2, p.in0_s4))];
  const float reshape6_46 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), i32_mul(3, p.reshape6_os3)), 2)];
  acc = acc + (in2_14 ? reshape4_46 * reshape6_46 : 0.0f);
  const float reshape4_47 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(p0_1, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_3, p.in0_s4))];
  const float reshape6_47 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.reshape6_os1), i32_mul(out_i0, p.reshape6_os2)), i32_mul(3, p.reshape6_os3)), 3)];
  acc = acc + (in2_15 ? reshape4_47 * reshape6_47 : 0.0f);
  out[gid] = acc;
}
