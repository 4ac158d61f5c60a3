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
// Arguments: in0, in1, in2, out, k0_relu_add_reshape_conv_params (by value, 84 bytes).

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
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_d3;
  int conv2_stride0;
  int conv2_pad0;
  int conv2_stride1;
  int conv2_pad1;
  int conv2_cing;
  int conv2_in0;
  int conv2_in1;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
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
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid % p.out_d3;
  float acc = 0.0f;
  const int start0 = i32_sub(i32_mul(out_i2, p.conv2_stride0), p.conv2_pad0);
  const int start1 = i32_sub(i32_mul(out_i3, p.conv2_stride1), p.conv2_pad1);
  const bool in0_1 = (start0 >= 0) && (start0 < p.conv2_in0);
  const int q0 = min(max(start0, 0), i32_sub(p.conv2_in0, 1));
  const bool in1_1 = in0_1 && (start1 >= 0) && (start1 < p.conv2_in1);
  const int q1 = min(max(start1, 0), i32_sub(p.conv2_in1, 1));
  const int p1 = i32_add(start1, 1);
  const bool in1_2 = in0_1 && (p1 >= 0) && (p1 < p.conv2_in1);
  const int q1_1 = min(max(p1, 0), i32_sub(p.conv2_in1, 1));
  const int p1_1 = i32_add(start1, 2);
  const bool in1_3 = in0_1 && (p1_1 >= 0) && (p1_1 < p.conv2_in1);
  const int q1_2 = min(max(p1_1, 0), i32_sub(p.conv2_in1, 1));
  const int p0 = i32_add(start0, 1);
  const bool in0_2 = (p0 >= 0) && (p0 < p.conv2_in0);
  const int q0_1 = min(max(p0, 0), i32_sub(p.conv2_in0, 1));
  const bool in1_4 = in0_2 && (start1 >= 0) && (start1 < p.conv2_in1);
  const int q1_3 = min(max(start1, 0), i32_sub(p.conv2_in1, 1));
  const int p1_2 = i32_add(start1, 1);
  const bool in1_5 = in0_2 && (p1_2 >= 0) && (p1_2 < p.conv2_in1);
  const int q1_4 = min(max(p1_2, 0), i32_sub(p.conv2_in1, 1));
  const int p1_3 = i32_add(start1, 2);
  const bool in1_6 = in0_2 && (p1_3 >= 0) && (p1_3 < p.conv2_in1);
  const int q1_5 = min(max(p1_3, 0), i32_sub(p.conv2_in1, 1));
  const int p0_1 = i32_add(start0, 2);
  const bool in0_3 = (p0_1 >= 0) && (p0_1 < p.conv2_in0);
  const int q0_2 = min(max(p0_1, 0), i32_sub(p.conv2_in0, 1));
  const bool in1_7 = in0_3 && (start1 >= 0) && (start1 < p.conv2_in1);
  const int q1_6 = min(max(start1, 0), i32_sub(p.conv2_in1, 1));
  const int p1_4 = i32_add(start1, 1);
  const bool in1_8 = in0_3 && (p1_4 >= 0) && (p1_4 < p.conv2_in1);
  const int q1_7 = min(max(p1_4, 0), i32_sub(p.conv2_in1, 1));
  const int p1_5 = i32_add(start1, 2);
  const bool in1_9 = in0_3 && (p1_5 >= 0) && (p1_5 < p.conv2_in1);
  const int q1_8 = min(max(p1_5, 0), i32_sub(p.conv2_in1, 1));
  for (int ci = 0; ci < p.conv2_cing; ++ci) {
    acc = acc + (in1_1 ? in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1, p.in0_s3))] * in1[i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1))] : 0.0f);
    acc = acc + (in1_2 ? in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1_1, p.in0_s3))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s3)] : 0.0f);
    acc = acc + (in1_3 ? in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1_2, p.in0_s3))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s3))] : 0.0f);
    acc = acc + (in1_4 ? in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_3, p.in0_s3))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2)] : 0.0f);
    acc = acc + (in1_5 ? in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_4, p.in0_s3))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2), p.in1_s3)] : 0.0f);
    acc = acc + (in1_6 ? in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_5, p.in0_s3))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2), i32_mul(2, p.in1_s3))] : 0.0f);
    acc = acc + (in1_7 ? in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_6, p.in0_s3))] * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2))] : 0.0f);
    acc = acc + (in1_8 ? in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_7, p.in0_s3))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2)), p.in1_s3)] : 0.0f);
    acc = acc + (in1_9 ? in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_8, p.in0_s3))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2)), i32_mul(2, p.in1_s3))] : 0.0f);
  }
  const float reshape3 = in2[i32_mul(out_i1, p.in2_s0)];
  const float add1 = acc + reshape3;
  const float relu0 = add1 < 0.0f ? 0.0f : add1;
  out[gid] = relu0;
}
