// k1_conv: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_conv: 1 launch(es)
// launch 1: reads 3360 B, writes 3456 B; fuses:
//   %9 conv  @ nn/sifa.ts:128:20
// stores %9 conv: kept apart so that the kernel of %15 add fits the storage-buffer limit, or cheaper to store than to recompute
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k1_conv_params (by value, 96 bytes).

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
struct k1_conv_params {
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
  int conv0_in1;
  int in1_s0;
  int in1_s1;
  int in1_s3;
  int in1_s4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
};

extern "C" __global__ void __launch_bounds__(64) k1_conv(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k1_conv_params p
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
  const bool in1_1 = (start1 >= 0) && (start1 < p.conv0_in1);
  const int q1 = min(max(start1, 0), i32_sub(p.conv0_in1, 1));
  const int p1 = i32_add(start1, 1);
  const bool in1_2 = (p1 >= 0) && (p1 < p.conv0_in1);
  const int q1_1 = min(max(p1, 0), i32_sub(p.conv0_in1, 1));
  const int p1_1 = i32_add(start1, 2);
  const bool in1_3 = (p1_1 >= 0) && (p1_1 < p.conv0_in1);
  const int q1_2 = min(max(p1_1, 0), i32_sub(p.conv0_in1, 1));
  for (int ci = 0; ci < p.conv0_cing; ++ci) {
    const float w = in1[i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1))];
    const float w_1 = in1[i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s4)];
    const float w_2 = in1[i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s4))];
    const float x = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1, p.in0_s3))];
    acc = acc + (in1_1 ? x * w_1 : 0.0f);
    const float x_1 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1, p.in0_s3)), p.in0_s4)];
    acc = acc + (in1_1 ? x_1 * w_2 : 0.0f);
    acc_1 = acc_1 + (in1_1 ? x * w : 0.0f);
    acc_1 = acc_1 + (in1_1 ? x_1 * w_1 : 0.0f);
    const float x_2 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(2, p.in0_s4))];
    acc_1 = acc_1 + (in1_1 ? x_2 * w_2 : 0.0f);
    acc_2 = acc_2 + (in1_1 ? x_1 * w : 0.0f);
    acc_2 = acc_2 + (in1_1 ? x_2 * w_1 : 0.0f);
    const float x_3 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(3, p.in0_s4))];
    acc_2 = acc_2 + (in1_1 ? x_3 * w_2 : 0.0f);
    acc_3 = acc_3 + (in1_1 ? x_2 * w : 0.0f);
    acc_3 = acc_3 + (in1_1 ? x_3 * w_1 : 0.0f);
    const float w_3 = in1[i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s3)];
    const float w_4 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s3), p.in1_s4)];
    const float w_5 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s3), i32_mul(2, p.in1_s4))];
    const float x_4 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_1, p.in0_s3))];
    acc = acc + (in1_2 ? x_4 * w_4 : 0.0f);
    const float x_5 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), p.in0_s4)];
    acc = acc + (in1_2 ? x_5 * w_5 : 0.0f);
    acc_1 = acc_1 + (in1_2 ? x_4 * w_3 : 0.0f);
    acc_1 = acc_1 + (in1_2 ? x_5 * w_4 : 0.0f);
    const float x_6 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(2, p.in0_s4))];
    acc_1 = acc_1 + (in1_2 ? x_6 * w_5 : 0.0f);
    acc_2 = acc_2 + (in1_2 ? x_5 * w_3 : 0.0f);
    acc_2 = acc_2 + (in1_2 ? x_6 * w_4 : 0.0f);
    const float x_7 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(3, p.in0_s4))];
    acc_2 = acc_2 + (in1_2 ? x_7 * w_5 : 0.0f);
    acc_3 = acc_3 + (in1_2 ? x_6 * w_3 : 0.0f);
    acc_3 = acc_3 + (in1_2 ? x_7 * w_4 : 0.0f);
    const float w_6 = in1[i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s3))];
    const float w_7 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s3)), p.in1_s4)];
    const float w_8 = in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s3)), i32_mul(2, p.in1_s4))];
    const float x_8 = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_2, p.in0_s3))];
    acc = acc + (in1_3 ? x_8 * w_7 : 0.0f);
    const float x_9 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), p.in0_s4)];
    acc = acc + (in1_3 ? x_9 * w_8 : 0.0f);
    acc_1 = acc_1 + (in1_3 ? x_8 * w_6 : 0.0f);
    acc_1 = acc_1 + (in1_3 ? x_9 * w_7 : 0.0f);
    const float x_10 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(2, p.in0_s4))];
    acc_1 = acc_1 + (in1_3 ? x_10 * w_8 : 0.0f);
    acc_2 = acc_2 + (in1_3 ? x_9 * w_6 : 0.0f);
    acc_2 = acc_2 + (in1_3 ? x_10 * w_7 : 0.0f);
    const float x_11 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(3, p.in0_s4))];
    acc_2 = acc_2 + (in1_3 ? x_11 * w_8 : 0.0f);
    acc_3 = acc_3 + (in1_3 ? x_10 * w_6 : 0.0f);
    acc_3 = acc_3 + (in1_3 ? x_11 * w_7 : 0.0f);
  }
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3))] = acc;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), p.out_s4)] = acc_1;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(2, p.out_s4))] = acc_2;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(3, p.out_s4))] = acc_3;
}
