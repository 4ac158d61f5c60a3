// k9_sum_mul_expand_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k9_sum_mul_expand_reshape: 1 launch(es)
// launch 9: reads 4224 B, writes 96 B; fuses:
//   %51 sigmoid  @ nn/tam.ts:158:15
//   %52 reshape  @ nn/tam.ts:161:31
//   %53 permute  @ nn/tam.ts:162:78
//   %54 reshape  @ nn/tam.ts:162:68
//   %55 mul  @ nn/tam.ts:163:15
//   %56 unfold  @ nn/tam.ts:165:21
//   %64 reshape  @ nn/tam.ts:167:15 <- ∂ of %61 sum
//   %65 expand  @ nn/tam.ts:167:15 <- ∂ of %61 sum
//   %67 mul  @ nn/tam.ts:167:21 <- ∂ of %60 mul
//   %68 sum  @ nn/tam.ts:167:21 <- ∂ of %60 mul
// stores %68 sum: read by 2 kernels (of %117 sum, %119 mul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k9_sum_mul_expand_reshape_params (by value, 84 bytes).

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
#ifndef TEMPOFUSE_CUDA_F32_SIGMOID
#define TEMPOFUSE_CUDA_F32_SIGMOID
// 1 / (1 + e^-x): 0 when e^-x overflows, 1 when it underflows.
static __device__ __forceinline__ float f32_sigmoid(float a) {
  return 1.0f / (1.0f + expf(-a));
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k9_sum_mul_expand_reshape_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d3;
  int sum0_n;
  int sum0_rs0;
  int sum0_rs1;
  int sum0_rd1;
  int sum0_rd2;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int unfold4_pad1;
  int unfold4_d1;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in2_s1;
  int in2_s2;
};

extern "C" __global__ void __launch_bounds__(64) k9_sum_mul_expand_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k9_sum_mul_expand_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i3 = gid % p.out_d3;
  float acc = 0.0f;
  for (int r = 0; r < p.sum0_n; ++r) {
    const int ri0 = r / p.sum0_rs0;
    const int ri1 = r / p.sum0_rs1 % p.sum0_rd1;
    const int ri2 = r % p.sum0_rd2;
    const float reshape3 = in0[i32_add(i32_add(i32_add(i32_mul(ri0, p.in0_s0), i32_mul(out_i3, p.in0_s1)), i32_mul(ri1, p.in0_s2)), i32_mul(ri2, p.in0_s3))];
    const int w1 = i32_sub(i32_add(ri0, out_i1), p.unfold4_pad1);
    const bool ok1 = (w1 >= 0) && (w1 < p.unfold4_d1);
    const float reshape6 = in1[i32_add(i32_add(i32_add(i32_mul(min(max(w1, 0), i32_sub(p.unfold4_d1, 1)), p.in1_s0), i32_mul(out_i3, p.in1_s1)), i32_mul(ri1, p.in1_s2)), i32_mul(ri2, p.in1_s3))];
    const float sigmoid9 = f32_sigmoid(in2[i32_add(i32_mul(out_i3, p.in2_s1), i32_mul(min(max(w1, 0), i32_sub(p.unfold4_d1, 1)), p.in2_s2))]);
    const float mul5 = reshape6 * sigmoid9;
    const float unfold4 = ok1 ? mul5 : 0.0f;
    const float mul1 = reshape3 * unfold4;
    acc = acc + mul1;
  }
  out[gid] = acc;
}
