// k1_conv: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_conv: 1 launch(es)
// launch 1: reads 3360 B, writes 3456 B; fuses:
//   %9 conv  @ nn/sifa.ts:128:24
// stores %9 conv: %34 sum reads it inside its own loop, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k1_conv_params (by value, 100 bytes).

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
  int conv0_in1;
  int conv0_in2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s0;
  int in1_s1;
  int in1_s3;
  int in1_s4;
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
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid / p.out_s3 % p.out_d3;
  const int out_i4 = gid % p.out_d4;
  float acc = 0.0f;
  const int start0 = i32_sub(i32_mul(out_i2, p.conv0_stride0), p.conv0_pad0);
  const int start1 = i32_sub(i32_mul(out_i3, p.conv0_stride1), p.conv0_pad1);
  const int start2 = i32_sub(i32_mul(out_i4, p.conv0_stride2), p.conv0_pad2);
  const bool in1_1 = (start1 >= 0) && (start1 < p.conv0_in1);
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
  const bool in1_2 = (p1 >= 0) && (p1 < p.conv0_in1);
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
  const bool in1_3 = (p1_1 >= 0) && (p1_1 < p.conv0_in1);
  const int q1_2 = min(max(p1_1, 0), i32_sub(p.conv0_in1, 1));
  const bool in2_6 = in1_3 && (start2 >= 0) && (start2 < p.conv0_in2);
  const int q2_6 = min(max(start2, 0), i32_sub(p.conv0_in2, 1));
  const int p2_4 = i32_add(start2, 1);
  const bool in2_7 = in1_3 && (p2_4 >= 0) && (p2_4 < p.conv0_in2);
  const int q2_7 = min(max(p2_4, 0), i32_sub(p.conv0_in2, 1));
  const int p2_5 = i32_add(start2, 2);
  const bool in2_8 = in1_3 && (p2_5 >= 0) && (p2_5 < p.conv0_in2);
  const int q2_8 = min(max(p2_5, 0), i32_sub(p.conv0_in2, 1));
  for (int ci = 0; ci < p.conv0_cing; ++ci) {
    acc = acc + (in2 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2, p.in0_s4))] * in1[i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1))] : 0.0f);
    acc = acc + (in2_1 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_1, p.in0_s4))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s4)] : 0.0f);
    acc = acc + (in2_2 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2_2, p.in0_s4))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s4))] : 0.0f);
    acc = acc + (in2_3 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_3, p.in0_s4))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s3)] : 0.0f);
    acc = acc + (in2_4 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_4, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s3), p.in1_s4)] : 0.0f);
    acc = acc + (in2_5 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_5, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s3), i32_mul(2, p.in1_s4))] : 0.0f);
    acc = acc + (in2_6 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_6, p.in0_s4))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s3))] : 0.0f);
    acc = acc + (in2_7 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_7, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s3)), p.in1_s4)] : 0.0f);
    acc = acc + (in2_8 ? in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_8, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s3)), i32_mul(2, p.in1_s4))] : 0.0f);
  }
  out[gid] = acc;
}
