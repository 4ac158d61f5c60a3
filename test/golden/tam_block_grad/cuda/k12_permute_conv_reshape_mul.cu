// k12_permute_conv_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k12_permute_conv_reshape_mul: 1 launch(es)
// launch 12: reads 288 B, writes 64 B; fuses:
//   %51 sigmoid  @ nn/tam.ts:158:15
//   %76 reshape  @ nn/tam.ts:162:68 <- ∂ of %54 reshape
//   %77 permute  @ nn/tam.ts:162:78 <- ∂ of %53 permute
//   %80 sub  @ nn/tam.ts:158:15 <- ∂ of %51 sigmoid
//   %81 mul  @ nn/tam.ts:158:15 <- ∂ of %51 sigmoid
//   %82 mul [register table along axis 2]  @ nn/tam.ts:158:15 <- ∂ of %51 sigmoid
//   %88 reshape  @ nn/tam.ts:158:25 <- ∂ of %50 conv
//   %89 permute  @ nn/tam.ts:158:25 <- ∂ of %50 conv
//   %90 reshape  @ nn/tam.ts:158:25 <- ∂ of %50 conv
//   %91 permute  @ nn/tam.ts:158:25 <- ∂ of %50 conv
//   %92 conv  @ nn/tam.ts:158:25 <- ∂ of %50 conv
//   %93 permute  @ nn/tam.ts:158:25 <- ∂ of %50 conv
// stores %93 permute: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k12_permute_conv_reshape_mul_params (by value, 48 bytes).

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
struct k12_permute_conv_reshape_mul_params {
  int total;
  int out_s0;
  int out_s1;
  int out_d1;
  int conv1_cing;
  int mul3_tabn;
  int in1_s1;
  int in1_s2;
  int in2_s1;
  int in2_s2;
  int in0_s1;
  int in0_s2;
};

extern "C" __global__ void __launch_bounds__(64) k12_permute_conv_reshape_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k12_permute_conv_reshape_mul_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  float mul3_tab[4] = {};
  for (int k = 0; k < p.mul3_tabn; ++k) {
    const float reshape5 = in1[i32_add(i32_mul(k, p.in1_s1), i32_mul(gid, p.in1_s2))];
    const float sigmoid7 = f32_sigmoid(in2[i32_add(i32_mul(gid, p.in2_s1), i32_mul(k, p.in2_s2))]);
    const float sub8 = 1.0f - sigmoid7;
    const float mul6 = sigmoid7 * sub8;
    const float mul3 = reshape5 * mul6;
    mul3_tab[k] = mul3;
  }
  const float permute2 = mul3_tab[0];
  const float permute2_1 = mul3_tab[1];
  const float permute2_2 = mul3_tab[2];
  const float permute2_3 = mul3_tab[3];
  for (int pos = 0; pos < p.out_d1; ++pos) {
    float acc = 0.0f;
    const float reshape11 = in0[i32_mul(pos, p.in0_s1)];
    acc = acc + reshape11 * permute2;
    const float reshape11_1 = in0[i32_add(i32_mul(pos, p.in0_s1), p.in0_s2)];
    acc = acc + reshape11_1 * permute2_1;
    const float reshape11_2 = in0[i32_add(i32_mul(pos, p.in0_s1), i32_mul(2, p.in0_s2))];
    acc = acc + reshape11_2 * permute2_2;
    const float reshape11_3 = in0[i32_add(i32_mul(pos, p.in0_s1), i32_mul(3, p.in0_s2))];
    acc = acc + reshape11_3 * permute2_3;
    out[i32_add(i32_mul(gid, p.out_s0), i32_mul(pos, p.out_s1))] = acc;
  }
}
