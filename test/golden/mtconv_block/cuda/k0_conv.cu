// k0_conv: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_conv: 1 launch(es)
// launch 0: reads 1136 B, writes 1792 B; fuses:
//   %2 conv  @ nn/mtconv-common.ts:55:12
// stores %2 conv: read by 2 kernels (of %35 sum, %157 concat): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k0_conv_params (by value, 84 bytes).

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
  int in1_s0;
  int in1_s1;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
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
  const int line_i1 = gid / p.line_s1 % p.line_d1;
  const int line_i2 = gid / p.line_s2 % p.line_d2;
  const int line_i3 = gid % p.line_d3;
  float acc = 0.0f;
  float acc_1 = 0.0f;
  float acc_2 = 0.0f;
  float acc_3 = 0.0f;
  const int start0 = i32_sub(i32_mul(line_i2, p.conv0_stride0), p.conv0_pad0);
  const int start1 = i32_sub(i32_mul(line_i3, p.conv0_stride1), p.conv0_pad1);
  for (int ci = 0; ci < p.conv0_cing; ++ci) {
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
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3))] = acc;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), p.out_s4)] = acc_1;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(2, p.out_s4))] = acc_2;
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(3, p.out_s4))] = acc_3;
}
