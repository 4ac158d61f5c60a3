// k10_sum_mul_fold_expand: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k10_sum_mul_fold_expand: 1 launch(es)
// launch 10: reads 4256 B, writes 128 B; fuses:
//   %28 sub  @ nn/activations.ts:8:12
//   %29 exp  @ nn/activations.ts:14:15
//   %31 div  @ nn/activations.ts:15:12
//   %52 reshape  @ nn/tam.ts:161:31
//   %57 reshape  @ nn/tam.ts:166:41
//   %58 permute  @ nn/tam.ts:166:31
//   %59 reshape  @ nn/tam.ts:166:21
//   %64 reshape  @ nn/tam.ts:167:15 <- ∂ of %61 sum
//   %65 expand  @ nn/tam.ts:167:15 <- ∂ of %61 sum
//   %66 mul  @ nn/tam.ts:167:21 <- ∂ of %60 mul
//   %72 fold  @ nn/tam.ts:165:21 <- ∂ of %56 unfold
//   %74 mul  @ nn/tam.ts:163:15 <- ∂ of %55 mul
//   %75 sum  @ nn/tam.ts:163:15 <- ∂ of %55 mul
// stores %75 sum: read by 2 kernels (of %87 conv, %93 permute): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k10_sum_mul_fold_expand_params (by value, 84 bytes).

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
struct k10_sum_mul_fold_expand_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int sum0_n;
  int sum0_rs0;
  int sum0_rd1;
  int fold2_pad1;
  int fold2_d1;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in1_s0;
  int in1_s1;
  int in2_s0;
  int in3_s0;
  int in4_s0;
  int in4_s1;
  int in4_s2;
  int in4_s3;
};

extern "C" __global__ void __launch_bounds__(64) k10_sum_mul_fold_expand(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k10_sum_mul_fold_expand_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  float acc = 0.0f;
  const int w1 = i32_add(out_i1, p.fold2_pad1);
  const bool ok1 = (w1 >= 0) && (w1 < p.fold2_d1);
  const float sub11 = in1[i32_mul(out_i2, p.in1_s0)] - in2[i32_mul(out_i2, p.in2_s0)];
  const float exp10 = expf(sub11);
  const float div9 = exp10 / in3[i32_mul(out_i2, p.in3_s0)];
  const int w1_1 = i32_sub(i32_add(out_i1, p.fold2_pad1), 1);
  const bool ok1_1 = (w1_1 >= 0) && (w1_1 < p.fold2_d1);
  const float sub11_1 = in1[i32_add(i32_mul(out_i2, p.in1_s0), p.in1_s1)] - in2[i32_mul(out_i2, p.in2_s0)];
  const float exp10_1 = expf(sub11_1);
  const float div9_1 = exp10_1 / in3[i32_mul(out_i2, p.in3_s0)];
  const int w1_2 = i32_sub(i32_add(out_i1, p.fold2_pad1), 2);
  const bool ok1_2 = (w1_2 >= 0) && (w1_2 < p.fold2_d1);
  const float sub11_2 = in1[i32_add(i32_mul(out_i2, p.in1_s0), i32_mul(2, p.in1_s1))] - in2[i32_mul(out_i2, p.in2_s0)];
  const float exp10_2 = expf(sub11_2);
  const float div9_2 = exp10_2 / in3[i32_mul(out_i2, p.in3_s0)];
  for (int r = 0; r < p.sum0_n; ++r) {
    const int ri0 = r / p.sum0_rs0;
    const int ri1 = r % p.sum0_rd1;
    float acc_1 = 0.0f;
    const float reshape5 = in0[i32_add(i32_add(i32_add(i32_mul(min(max(w1, 0), i32_sub(p.fold2_d1, 1)), p.in0_s0), i32_mul(out_i2, p.in0_s1)), i32_mul(ri0, p.in0_s2)), i32_mul(ri1, p.in0_s3))];
    const float mul3 = reshape5 * div9;
    acc_1 = acc_1 + (ok1 ? mul3 : 0.0f);
    const float reshape5_1 = in0[i32_add(i32_add(i32_add(i32_mul(min(max(w1_1, 0), i32_sub(p.fold2_d1, 1)), p.in0_s0), i32_mul(out_i2, p.in0_s1)), i32_mul(ri0, p.in0_s2)), i32_mul(ri1, p.in0_s3))];
    const float mul3_1 = reshape5_1 * div9_1;
    acc_1 = acc_1 + (ok1_1 ? mul3_1 : 0.0f);
    const float reshape5_2 = in0[i32_add(i32_add(i32_add(i32_mul(min(max(w1_2, 0), i32_sub(p.fold2_d1, 1)), p.in0_s0), i32_mul(out_i2, p.in0_s1)), i32_mul(ri0, p.in0_s2)), i32_mul(ri1, p.in0_s3))];
    const float mul3_2 = reshape5_2 * div9_2;
    acc_1 = acc_1 + (ok1_2 ? mul3_2 : 0.0f);
    const float reshape12 = in4[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in4_s0), i32_mul(out_i2, p.in4_s1)), i32_mul(ri0, p.in4_s2)), i32_mul(ri1, p.in4_s3))];
    const float mul1 = acc_1 * reshape12;
    acc = acc + mul1;
  }
  out[gid] = acc;
}
