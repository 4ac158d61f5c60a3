// k0_mul_sub_reshape_rsqrt: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_mul_sub_reshape_rsqrt: 1 launch(es)
// launch 0: reads 1220 B, writes 1792 B; fuses:
//   %2 conv  @ nn/mtconv-common.ts:55:12
//   %7 reshape  @ nn/norm.ts:101:40
//   %8 reshape  @ nn/norm.ts:101:40
//   %10 add  @ nn/norm.ts:120:25
//   %11 rsqrt  @ nn/norm.ts:120:17
//   %12 reshape  @ nn/norm.ts:101:40
//   %13 mul  @ nn/norm.ts:121:27
//   %14 sub  @ nn/norm.ts:122:19
//   %15 mul  @ nn/norm.ts:122:13
// stores %15 mul: read by 2 kernels (of %35 sum, %157 concat): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k0_mul_sub_reshape_rsqrt_params (by value, 96 bytes).

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
struct k0_mul_sub_reshape_rsqrt_params {
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
  int conv2_stride0;
  int conv2_pad0;
  int conv2_stride1;
  int conv2_pad1;
  int conv2_cing;
  int in1_s0;
  int in1_s1;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in2_s0;
  int in3_s0;
  int in4_s0;
};

extern "C" __global__ void __launch_bounds__(64) k0_mul_sub_reshape_rsqrt(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k0_mul_sub_reshape_rsqrt_params p
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
  const int start0 = i32_sub(i32_mul(line_i2, p.conv2_stride0), p.conv2_pad0);
  const int start1 = i32_sub(i32_mul(line_i3, p.conv2_stride1), p.conv2_pad1);
  for (int ci = 0; ci < p.conv2_cing; ++ci) {
    const float w = in1[i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1))];
    const float x = in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(start1, p.in0_s3))];
    acc = acc + x * w;
    const float x_1 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(start1, p.in0_s3)), p.in0_s4)];
    acc_1 = acc_1 + x_1 * w;
    const float x_2 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(start1, p.in0_s3)), i32_mul(2, p.in0_s4))];
    acc_2 = acc_2 + x_2 * w;
    const float x_3 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2)), i32_mul(start1, p.in0_s3)), i32_mul(3, p.in0_s4))];
    acc_3 = acc_3 + x_3 * w;
  }
  const float reshape3 = in2[i32_mul(line_i1, p.in2_s0)];
  const float sub1 = acc - reshape3;
  const float reshape7 = in3[i32_mul(line_i1, p.in3_s0)];
  const float add6 = reshape7 + 0.00001f;
  const float rsqrt5 = rsqrtf(add6);
  const float reshape8 = in4[i32_mul(line_i1, p.in4_s0)];
  const float mul4 = rsqrt5 * reshape8;
  const float mul0 = sub1 * mul4;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3))] = mul0;
  const float sub1_1 = acc_1 - reshape3;
  const float mul0_1 = sub1_1 * mul4;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), p.out_s4)] = mul0_1;
  const float sub1_2 = acc_2 - reshape3;
  const float mul0_2 = sub1_2 * mul4;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(2, p.out_s4))] = mul0_2;
  const float sub1_3 = acc_3 - reshape3;
  const float mul0_3 = sub1_3 * mul4;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(3, p.out_s4))] = mul0_3;
}
