// k11_conv_flip_reshape_permute: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k11_conv_flip_reshape_permute: 1 launch(es)
// launch 11: reads 320 B, writes 32 B; fuses:
//   %51 sigmoid  @ nn/tam.ts:158:15
//   %76 reshape  @ nn/tam.ts:162:68 <- ∂ of %54 reshape
//   %77 permute  @ nn/tam.ts:162:78 <- ∂ of %53 permute
//   %80 sub  @ nn/tam.ts:158:15 <- ∂ of %51 sigmoid
//   %81 mul  @ nn/tam.ts:158:15 <- ∂ of %51 sigmoid
//   %82 mul  @ nn/tam.ts:158:15 <- ∂ of %51 sigmoid
//   %83 reshape  @ nn/tam.ts:158:25 <- ∂ of %50 conv
//   %84 permute  @ nn/tam.ts:158:25 <- ∂ of %50 conv
//   %85 reshape  @ nn/tam.ts:158:25 <- ∂ of %50 conv
//   %86 flip  @ nn/tam.ts:158:25 <- ∂ of %50 conv
//   %87 conv  @ nn/tam.ts:158:25 <- ∂ of %50 conv
// stores %87 conv: kept apart so that the kernel of %96 where fits the storage-buffer limit, or cheaper to store than to recompute
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k11_conv_flip_reshape_permute_params (by value, 44 bytes).

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
#ifndef TEMPOFUSE_CUDA_F32_SIGMOID
#define TEMPOFUSE_CUDA_F32_SIGMOID
// 1 / (1 + e^-x): 0 when e^-x overflows, 1 when it underflows.
static __device__ __forceinline__ float f32_sigmoid(float a) {
  return 1.0f / (1.0f + expf(-a));
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k11_conv_flip_reshape_permute_params {
  int total;
  int line_d1;
  int out_s1;
  int out_s2;
  int conv0_cing;
  int in2_s0;
  int in2_s1;
  int in0_s1;
  int in0_s2;
  int in1_s1;
  int in1_s2;
};

extern "C" __global__ void __launch_bounds__(64) k11_conv_flip_reshape_permute(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k11_conv_flip_reshape_permute_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i1 = gid % p.line_d1;
  float acc = 0.0f;
  float acc_1 = 0.0f;
  float acc_2 = 0.0f;
  float acc_3 = 0.0f;
  for (int ci = 0; ci < p.conv0_cing; ++ci) {
    const float reshape4 = in2[i32_add(i32_mul(ci, p.in2_s0), i32_mul(line_i1, p.in2_s1))];
    const float reshape7 = in0[i32_mul(ci, p.in0_s2)];
    const float sigmoid9 = f32_sigmoid(in1[i32_mul(ci, p.in1_s1)]);
    const float sub10 = 1.0f - sigmoid9;
    const float mul8 = sigmoid9 * sub10;
    const float mul5 = reshape7 * mul8;
    acc = acc + mul5 * reshape4;
    const float reshape7_1 = in0[i32_add(p.in0_s1, i32_mul(ci, p.in0_s2))];
    const float sigmoid9_1 = f32_sigmoid(in1[i32_add(i32_mul(ci, p.in1_s1), p.in1_s2)]);
    const float sub10_1 = 1.0f - sigmoid9_1;
    const float mul8_1 = sigmoid9_1 * sub10_1;
    const float mul5_1 = reshape7_1 * mul8_1;
    acc_1 = acc_1 + mul5_1 * reshape4;
    const float reshape7_2 = in0[i32_add(i32_mul(2, p.in0_s1), i32_mul(ci, p.in0_s2))];
    const float sigmoid9_2 = f32_sigmoid(in1[i32_add(i32_mul(ci, p.in1_s1), i32_mul(2, p.in1_s2))]);
    const float sub10_2 = 1.0f - sigmoid9_2;
    const float mul8_2 = sigmoid9_2 * sub10_2;
    const float mul5_2 = reshape7_2 * mul8_2;
    acc_2 = acc_2 + mul5_2 * reshape4;
    const float reshape7_3 = in0[i32_add(i32_mul(3, p.in0_s1), i32_mul(ci, p.in0_s2))];
    const float sigmoid9_3 = f32_sigmoid(in1[i32_add(i32_mul(ci, p.in1_s1), i32_mul(3, p.in1_s2))]);
    const float sub10_3 = 1.0f - sigmoid9_3;
    const float mul8_3 = sigmoid9_3 * sub10_3;
    const float mul5_3 = reshape7_3 * mul8_3;
    acc_3 = acc_3 + mul5_3 * reshape4;
  }
  out[i32_mul(line_i1, p.out_s1)] = acc;
  out[i32_add(i32_mul(line_i1, p.out_s1), p.out_s2)] = acc_1;
  out[i32_add(i32_mul(line_i1, p.out_s1), i32_mul(2, p.out_s2))] = acc_2;
  out[i32_add(i32_mul(line_i1, p.out_s1), i32_mul(3, p.out_s2))] = acc_3;
}
