// k0_conv: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_conv: 1 launch(es)
// launch 0: reads 27168 B, writes 65536 B; fuses:
//   %3 conv  @ examples/tiny_video_net.ts:26:27
// stores %3 conv: read by 2 kernels (of %14 irfft, %16 mean): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k0_conv_params (by value, 108 bytes).

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
struct k0_conv_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int conv0_stride0;
  int conv0_pad0;
  int conv0_stride1;
  int conv0_pad1;
  int conv0_stride2;
  int conv0_pad2;
  int conv0_cing;
  int conv0_in0;
  int conv0_in1;
  int conv0_in2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
};

extern "C" __global__ void __launch_bounds__(64) k0_conv(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k0_conv_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid / p.out_s3 % p.out_d3;
  const int out_i4 = gid % p.out_d4;
  float acc = 0.0f;
  const int start0 = i32_sub(i32_mul(out_i2, p.conv0_stride0), p.conv0_pad0);
  const int start1 = i32_sub(i32_mul(out_i3, p.conv0_stride1), p.conv0_pad1);
  const int start2 = i32_sub(i32_mul(out_i4, p.conv0_stride2), p.conv0_pad2);
  const bool in0_1 = (start0 >= 0) && (start0 < p.conv0_in0);
  const int q0 = min(max(start0, 0), i32_sub(p.conv0_in0, 1));
  const bool in1_1 = in0_1 && (start1 >= 0) && (start1 < p.conv0_in1);
  const int q1 = min(max(start1, 0), i32_sub(p.conv0_in1, 1));
  const bool in2 = in1_1 && (start2 >= 0) && (start2 < p.conv0_in2);
  const int q2 = min(max(start2, 0), i32_sub(p.conv0_in2, 1));
  const int p2 = i32_add(start2, 1);
  const bool in2_1 = in1_1 && (p2 >= 0) && (p2 < p.conv0_in2);
  const int q2_1 = min(max(p2, 0), i32_sub(p.conv0_in2, 1));
  const int p2_1 = i32_add(start2, 2);
  const bool in2_2 = in1_1 && (p2_1 >= 0) && (p2_1 < p.conv0_in2);
  const int q2_2 = min(max(p2_1, 0), i32_sub(p.conv0_in2, 1));
  const int p1 = i32_add(start1, 1);
  const bool in1_2 = in0_1 && (p1 >= 0) && (p1 < p.conv0_in1);
  const int q1_1 = min(max(p1, 0), i32_sub(p.conv0_in1, 1));
  const bool in2_3 = in1_2 && (start2 >= 0) && (start2 < p.conv0_in2);
  const int q2_3 = min(max(start2, 0), i32_sub(p.conv0_in2, 1));
  const int p2_2 = i32_add(start2, 1);
  const bool in2_4 = in1_2 && (p2_2 >= 0) && (p2_2 < p.conv0_in2);
  const int q2_4 = min(max(p2_2, 0), i32_sub(p.conv0_in2, 1));
  const int p2_3 = i32_add(start2, 2);
  const bool in2_5 = in1_2 && (p2_3 >= 0) && (p2_3 < p.conv0_in2);
  const int q2_5 = min(max(p2_3, 0), i32_sub(p.conv0_in2, 1));
  const int p1_1 = i32_add(start1, 2);
  const bool in1_3 = in0_1 && (p1_1 >= 0) && (p1_1 < p.conv0_in1);
  const int q1_2 = min(max(p1_1, 0), i32_sub(p.conv0_in1, 1));
  const bool in2_6 = in1_3 && (start2 >= 0) && (start2 < p.conv0_in2);
  const int q2_6 = min(max(start2, 0), i32_sub(p.conv0_in2, 1));
  const int p2_4 = i32_add(start2, 1);
  const bool in2_7 = in1_3 && (p2_4 >= 0) && (p2_4 < p.conv0_in2);
  const int q2_7 = min(max(p2_4, 0), i32_sub(p.conv0_in2, 1));
  const int p2_5 = i32_add(start2, 2);
  const bool in2_8 = in1_3 && (p2_5 >= 0) && (p2_5 < p.conv0_in2);
  const int q2_8 = min(max(p2_5, 0), i32_sub(p.conv0_in2, 1));
  const int p0 = i32_add(start0, 1);
  const bool in0_2 = (p0 >= 0) && (p0 < p.conv0_in0);
  const int q0_1 = min(max(p0, 0), i32_sub(p.conv0_in0, 1));
  const bool in1_4 = in0_2 && (start1 >= 0) && (start1 < p.conv0_in1);
  const int q1_3 = min(max(start1, 0), i32_sub(p.conv0_in1, 1));
  const bool in2_9 = in1_4 && (start2 >= 0) && (start2 < p.conv0_in2);
  const int q2_9 = min(max(start2, 0), i32_sub(p.conv0_in2, 1));
  const int p2_6 = i32_add(start2, 1);
  const bool in2_10 = in1_4 && (p2_6 >= 0) && (p2_6 < p.conv0_in2);
  const int q2_10 = min(max(p2_6, 0), i32_sub(p.conv0_in2, 1));
  const int p2_7 = i32_add(start2, 2);
  const bool in2_11 = in1_4 && (p2_7 >= 0) && (p2_7 < p.conv0_in2);
  const int q2_11 = min(max(p2_7, 0), i32_sub(p.conv0_in2, 1));
  const int p1_2 = i32_add(start1, 1);
  const bool in1_5 = in0_2 && (p1_2 >= 0) && (p1_2 < p.conv0_in1);
  const int q1_4 = min(max(p1_2, 0), i32_sub(p.conv0_in1, 1));
  const bool in2_12 = in1_5 && (start2 >= 0) && (start2 < p.conv0_in2);
  const int q2_12 = min(max(start2, 0), i32_sub(p.conv0_in2, 1));
  const int p2_8 = i32_add(start2, 1);
  const bool in2_13 = in1_5 && (p2_8 >= 0) && (p2_8 < p.conv0_in2);
  const int q2_13 = min(max(p2_8, 0), i32_sub(p.conv0_in2, 1));
  const int p2_9 = i32_add(start2, 2);
  const bool in2_14 = in1_5 && (p2_9 >= 0) && (p2_9 < p.conv0_in2);
  const int q2_14 = min(max(p2_9, 0), i32_sub(p.conv0_in2, 1));
  const int p1_3 = i32_add(start1, 2);
  const bool in1_6 = in0_2 && (p1_3 >= 0) && (p1_3 < p.conv0_in1);
  const int q1_5 = min(max(p1_3, 0), i32_sub(p.conv0_in1, 1));
  const bool in2_15 = in1_6 && (start2 >= 0) && (start2 < p.conv0_in2);
  const int q2_15 = min(max(start2, 0), i32_sub(p.conv0_in2, 1));
  const int p2_10 = i32_add(start2, 1);
  const bool in2_16 = in1_6 && (p2_10 >= 0) && (p2_10 < p.conv0_in2);
  const int q2_16 = min(max(p2_10, 0), i32_sub(p.conv0_in2, 1));
  const int p2_11 = i32_add(start2, 2);
  const bool in2_17 = in1_6 && (p2_11 >= 0) && (p2_11 < p.conv0_in2);
  const int q2_17 = min(max(p2_11, 0), i32_sub(p.conv0_in2, 1));
  const int p0_1 = i32_add(start0, 2);
  const bool in0_3 = (p0_1 >= 0) && (p0_1 < p.conv0_in0);
  const int q0_2 = min(max(p0_1, 0), i32_sub(p.conv0_in0, 1));
  const bool in1_7 = in0_3 && (start1 >= 0) && (start1 < p.conv0_in1);
  const int q1_6 = min(max(start1, 0), i32_sub(p.conv0_in1, 1));
  const bool in2_18 = in1_7 && (start2 >= 0) && (start2 < p.conv0_in2);
  const int q2_18 = min(max(start2, 0), i32_sub(p.conv0_in2, 1));
  const int p2_12 = i32_add(start2, 1);
  const bool in2_19 = in1_7 && (p2_12 >= 0) && (p2_12 < p.conv0_in2);
  const int q2_19 = min(max(p2_12, 0), i32_sub(p.conv0_in2, 1));
  const int p2_13 = i32_add(start2, 2);
  const bool in2_20 = in1_7 && (p2_13 >= 0) && (p2_13 < p.conv0_in2);
  const int q2_20 = min(max(p2_13, 0), i32_sub(p.conv0_in2, 1));
  const int p1_4 = i32_add(start1, 1);
  const bool in1_8 = in0_3 && (p1_4 >= 0) && (p1_4 < p.conv0_in1);
  const int q1_7 = min(max(p1_4, 0), i32_sub(p.conv0_in1, 1));
  const bool in2_21 = in1_8 && (start2 >= 0) && (start2 < p.conv0_in2);
  const int q2_21 = min(max(start2, 0), i32_sub(p.conv0_in2, 1));
  const int p2_14 = i32_add(start2, 1);
  const bool in2_22 = in1_8 && (p2_14 >= 0) && (p2_14 < p.conv0_in2);
  const int q2_22 = min(max(p2_14, 0), i32_sub(p.conv0_in2, 1));
  const int p2_15 = i32_add(start2, 2);
  const bool in2_23 = in1_8 && (p2_15 >= 0) && (p2_15 < p.conv0_in2);
  const int q2_23 = min(max(p2_15, 0), i32_sub(p.conv0_in2, 1));
  const int p1_5 = i32_add(start1, 2);
  const bool in1_9 = in0_3 && (p1_5 >= 0) && (p1_5 < p.conv0_in1);
  const int q1_8 = min(max(p1_5, 0), i32_sub(p.conv0_in1, 1));
  const bool in2_24 = in1_9 && (start2 >= 0) && (start2 < p.conv0_in2);
  const int q2_24 = min(max(start2, 0), i32_sub(p.conv0_in2, 1));
  const int p2_16 = i32_add(start2, 1);
  const bool in2_25 = in1_9 && (p2_16 >= 0) && (p2_16 < p.conv0_in2);
  const int q2_25 = min(max(p2_16, 0), i32_sub(p.conv0_in2, 1));
  const int p2_17 = i32_add(start2, 2);
  const bool in2_26 = in1_9 && (p2_17 >= 0) && (p2_17 < p.conv0_in2);
  const int q2_26 = min(max(p2_17, 0), i32_sub(p.conv0_in2, 1));
  for (int ci = 0; ci < p.conv0_cing; ++ci) {
    acc = acc + (in2 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2, p.in0_s4))] * in1[i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1))] : 0.0f);
    acc = acc + (in2_1 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_1, p.in0_s4))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s4)] : 0.0f);
    acc = acc + (in2_2 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_2, p.in0_s4))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s4))] : 0.0f);
    acc = acc + (in2_3 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_3, p.in0_s4))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s3)] : 0.0f);
    acc = acc + (in2_4 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_4, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s3), p.in1_s4)] : 0.0f);
    acc = acc + (in2_5 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_5, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s3), i32_mul(2, p.in1_s4))] : 0.0f);
    acc = acc + (in2_6 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_6, p.in0_s4))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s3))] : 0.0f);
    acc = acc + (in2_7 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_7, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s3)), p.in1_s4)] : 0.0f);
    acc = acc + (in2_8 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_8, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s3)), i32_mul(2, p.in1_s4))] : 0.0f);
    acc = acc + (in2_9 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_9, p.in0_s4))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2)] : 0.0f);
    acc = acc + (in2_10 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_10, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2), p.in1_s4)] : 0.0f);
    acc = acc + (in2_11 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_11, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2), i32_mul(2, p.in1_s4))] : 0.0f);
    acc = acc + (in2_12 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_4, p.in0_s3)), i32_mul(q2_12, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2), p.in1_s3)] : 0.0f);
    acc = acc + (in2_13 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_4, p.in0_s3)), i32_mul(q2_13, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2), p.in1_s3), p.in1_s4)] : 0.0f);
    acc = acc + (in2_14 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_4, p.in0_s3)), i32_mul(q2_14, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2), p.in1_s3), i32_mul(2, p.in1_s4))] : 0.0f);
    acc = acc + (in2_15 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_5, p.in0_s3)), i32_mul(q2_15, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2), i32_mul(2, p.in1_s3))] : 0.0f);
    acc = acc + (in2_16 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_5, p.in0_s3)), i32_mul(q2_16, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2), i32_mul(2, p.in1_s3)), p.in1_s4)] : 0.0f);
    acc = acc + (in2_17 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_5, p.in0_s3)), i32_mul(q2_17, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2), i32_mul(2, p.in1_s3)), i32_mul(2, p.in1_s4))] : 0.0f);
    acc = acc + (in2_18 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_6, p.in0_s3)), i32_mul(q2_18, p.in0_s4))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2))] : 0.0f);
    acc = acc + (in2_19 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_6, p.in0_s3)), i32_mul(q2_19, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2)), p.in1_s4)] : 0.0f);
    acc = acc + (in2_20 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_6, p.in0_s3)), i32_mul(q2_20, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2)), i32_mul(2, p.in1_s4))] : 0.0f);
    acc = acc + (in2_21 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_7, p.in0_s3)), i32_mul(q2_21, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2)), p.in1_s3)] : 0.0f);
    acc = acc + (in2_22 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_7, p.in0_s3)), i32_mul(q2_22, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2)), p.in1_s3), p.in1_s4)] : 0.0f);
    acc = acc + (in2_23 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_7, p.in0_s3)), i32_mul(q2_23, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2)), p.in1_s3), i32_mul(2, p.in1_s4))] : 0.0f);
    acc = acc + (in2_24 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_8, p.in0_s3)), i32_mul(q2_24, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2)), i32_mul(2, p.in1_s3))] : 0.0f);
    acc = acc + (in2_25 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_8, p.in0_s3)), i32_mul(q2_25, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2)), i32_mul(2, p.in1_s3)), p.in1_s4)] : 0.0f);
    acc = acc + (in2_26 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_8, p.in0_s3)), i32_mul(q2_26, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2)), i32_mul(2, p.in1_s3)), i32_mul(2, p.in1_s4))] : 0.0f);
  }
  out[gid] = acc;
}
