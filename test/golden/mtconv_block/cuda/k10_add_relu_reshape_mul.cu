// k10_add_relu_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k10_add_relu_reshape_mul: 1 launch(es)
// launch 14: reads 80 B, writes 32 B; fuses:
//   %142 reshape  @ nn/norm.ts:96:40
//   %143 reshape  @ nn/norm.ts:96:40
//   %145 add  @ nn/norm.ts:115:25
//   %146 rsqrt  @ nn/norm.ts:115:17
//   %147 reshape  @ nn/norm.ts:96:40
//   %148 mul  @ nn/norm.ts:116:27
//   %149 sub  @ nn/norm.ts:117:19
//   %150 mul  @ nn/norm.ts:117:13
//   %151 reshape  @ nn/norm.ts:96:40
//   %152 add  @ nn/norm.ts:118:21
//   %153 relu  @ nn/mtconv-paper.ts:85:36
//   %154 relu  @ nn/mtconv-paper.ts:85:49
//   %155 add  @ nn/mtconv-paper.ts:85:30
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, out, k10_add_relu_reshape_mul_params (by value, 48 bytes).

#ifndef TEMPOFUSE_CUDA_I32_ADD
#define TEMPOFUSE_CUDA_I32_ADD
// i32 + i32 wrapping modulo 2^32: signed overflow is undefined in C++, unsigned arithmetic is not.
static __device__ __forceinline__ int i32_add(int a, int b) {
  return (int)((unsigned int)a + (unsigned int)b);
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
struct k10_add_relu_reshape_mul_params {
  int total;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s2;
  int in1_s3;
  int in1_s4;
};

extern "C" __global__ void __launch_bounds__(64) k10_add_relu_reshape_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    float* __restrict__ out,
    const k10_add_relu_reshape_mul_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid / p.out_s3 % p.out_d3;
  const int out_i4 = gid % p.out_d4;
  const float relu1 = in0[i32_add(i32_add(i32_mul(out_i2, p.in0_s2), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))] < 0.0f ? 0.0f : in0[i32_add(i32_add(i32_mul(out_i2, p.in0_s2), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
  const float reshape6 = in2[0];
  const float sub5 = in1[i32_add(i32_add(i32_mul(out_i2, p.in1_s2), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))] - reshape6;
  const float reshape10 = in3[0];
  const float add9 = reshape10 + 0.00001f;
  const float rsqrt8 = rsqrtf(add9);
  const float reshape11 = in4[0];
  const float mul7 = rsqrt8 * reshape11;
  const float mul4 = sub5 * mul7;
  const float reshape12 = in5[0];
  const float add3 = mul4 + reshape12;
  const float relu2 = add3 < 0.0f ? 0.0f : add3;
  const float add0 = relu1 + relu2;
  out[gid] = add0;
}
