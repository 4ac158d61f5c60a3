// k18_sum_mul_reshape_permute: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k18_sum_mul_reshape_permute: 1 launch(es)
// launch 18: reads 256 B, writes 32 B; fuses:
//   %28 sub  @ nn/activations.ts:8:12
//   %29 exp  @ nn/activations.ts:14:15
//   %31 div  @ nn/activations.ts:15:12
//   %69 reshape  @ nn/tam.ts:166:21 <- ∂ of %59 reshape
//   %70 permute  @ nn/tam.ts:166:31 <- ∂ of %58 permute
//   %71 reshape  @ nn/tam.ts:166:41 <- ∂ of %57 reshape
//   %116 mul  @ nn/activations.ts:15:12 <- ∂ of %31 softmax
//   %117 sum  @ nn/activations.ts:15:12 <- ∂ of %31 softmax
// stores %117 sum: kept apart so that the kernel of %119 mul fits the storage-buffer limit, or cheaper to store than to recompute
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, out, k18_sum_mul_reshape_permute_params (by value, 28 bytes).

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
struct k18_sum_mul_reshape_permute_params {
  int total;
  int in0_s1;
  int in0_s3;
  int in1_s0;
  int in1_s1;
  int in2_s0;
  int in3_s0;
};

extern "C" __global__ void __launch_bounds__(64) k18_sum_mul_reshape_permute(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    float* __restrict__ out,
    const k18_sum_mul_reshape_permute_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  float acc = 0.0f;
  const float reshape4 = in0[i32_mul(gid, p.in0_s3)];
  const float sub7 = in1[i32_mul(gid, p.in1_s0)] - in2[i32_mul(gid, p.in2_s0)];
  const float exp6 = expf(sub7);
  const float div5 = exp6 / in3[i32_mul(gid, p.in3_s0)];
  const float mul1 = reshape4 * div5;
  acc = acc + mul1;
  const float reshape4_1 = in0[i32_add(p.in0_s1, i32_mul(gid, p.in0_s3))];
  const float sub7_1 = in1[i32_add(i32_mul(gid, p.in1_s0), p.in1_s1)] - in2[i32_mul(gid, p.in2_s0)];
  const float exp6_1 = expf(sub7_1);
  const float div5_1 = exp6_1 / in3[i32_mul(gid, p.in3_s0)];
  const float mul1_1 = reshape4_1 * div5_1;
  acc = acc + mul1_1;
  const float reshape4_2 = in0[i32_add(i32_mul(2, p.in0_s1), i32_mul(gid, p.in0_s3))];
  const float sub7_2 = in1[i32_add(i32_mul(gid, p.in1_s0), i32_mul(2, p.in1_s1))] - in2[i32_mul(gid, p.in2_s0)];
  const float exp6_2 = expf(sub7_2);
  const float div5_2 = exp6_2 / in3[i32_mul(gid, p.in3_s0)];
  const float mul1_2 = reshape4_2 * div5_2;
  acc = acc + mul1_2;
  out[gid] = acc;
}
