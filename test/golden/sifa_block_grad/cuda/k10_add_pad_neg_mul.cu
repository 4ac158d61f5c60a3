// k10_add_pad_neg_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k10_add_pad_neg_mul: 1 launch(es)
// launch 10: reads 4352 B, writes 1024 B; fuses:
//   %3 slice  @ nn/sifa.ts:120:80
//   %4 slice  @ nn/sifa.ts:120:80
//   %5 sub  @ nn/sifa.ts:127:39
//   %6 sigmoid  @ nn/sifa.ts:127:29
//   %54 reshape  @ nn/sifa.ts:150:19 <- ∂ of %28 reshape
//   %55 permute  @ nn/sifa.ts:131:46 <- ∂ of %27 permute
//   %95 reshape  @ nn/sifa.ts:145:19 <- ∂ of %21 reshape
//   %96 permute  @ nn/sifa.ts:131:46 <- ∂ of %20 permute
//   %117 mul  @ nn/sifa.ts:127:23 <- ∂ of %7 mul
//   %118 mul  @ nn/sifa.ts:127:23 <- ∂ of %7 mul
//   %119 sub  @ nn/sifa.ts:127:29 <- ∂ of %6 sigmoid
//   %120 mul  @ nn/sifa.ts:127:29 <- ∂ of %6 sigmoid
//   %121 mul  @ nn/sifa.ts:127:29 <- ∂ of %6 sigmoid
//   %122 neg  @ nn/sifa.ts:127:39 <- ∂ of %5 sub
//   %123 add  @ nn/sifa.ts:120:80 <- ∂ sum into %4
//   %124 pad  @ nn/sifa.ts:120:80 <- ∂ of %4 slice
//   %125 add  @ nn/sifa.ts:120:80 <- ∂ sum into %3
//   %126 add  @ nn/sifa.ts:120:80 <- ∂ sum into %3
//   %127 add  @ nn/sifa.ts:120:80 <- ∂ sum into %3
//   %128 pad  @ nn/sifa.ts:120:80 <- ∂ of %3 slice
//   %129 add  @ test/fixtures/golden/sifa_block.ts:9:15 <- ∂ sum into %0
//   %130 add  @ test/fixtures/golden/sifa_block.ts:9:15 <- ∂ sum into %0
// stores %130 add: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k10_add_pad_neg_mul_params (by value, 144 bytes).

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
struct k10_add_pad_neg_mul_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int pad2_lo2;
  int pad2_d2;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int in1_s5;
  int in2_s1;
  int in2_s2;
  int in2_s3;
  int in2_s4;
  int slice9_start2;
  int slice9_step2;
  int in3_s1;
  int in3_s2;
  int in3_s3;
  int in3_s4;
  int slice13_start2;
  int slice13_step2;
  int pad15_lo2;
  int pad15_d2;
  int in4_s0;
  int in4_s1;
  int in4_s2;
  int in4_s3;
};

extern "C" __global__ void __launch_bounds__(64) k10_add_pad_neg_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k10_add_pad_neg_mul_params p
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
  const int p2 = i32_sub(out_i2, p.pad2_lo2);
  const bool ok2 = (p2 >= 0) && (p2 < p.pad2_d2);
  const float reshape5 = in1[i32_add(i32_add(i32_add(i32_mul(min(max(p2, 0), i32_sub(p.pad2_d2, 1)), p.in1_s2), i32_mul(out_i1, p.in1_s3)), i32_mul(out_i3, p.in1_s4)), i32_mul(out_i4, p.in1_s5))];
  const float slice9 = in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice9_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad2_d2, 1)), p.slice9_step2)), p.in3_s2)), i32_mul(out_i3, p.in3_s3)), i32_mul(out_i4, p.in3_s4))];
  const float mul8 = in2[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in2_s1), i32_mul(min(max(p2, 0), i32_sub(p.pad2_d2, 1)), p.in2_s2)), i32_mul(out_i3, p.in2_s3)), i32_mul(out_i4, p.in2_s4))] * slice9;
  const float slice13 = in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice13_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad2_d2, 1)), p.slice13_step2)), p.in3_s2)), i32_mul(out_i3, p.in3_s3)), i32_mul(out_i4, p.in3_s4))];
  const float sub12 = slice9 - slice13;
  const float sigmoid11 = f32_sigmoid(sub12);
  const float sub14 = 1.0f - sigmoid11;
  const float mul10 = sigmoid11 * sub14;
  const float mul7 = mul8 * mul10;
  const float neg6 = -mul7;
  const float add3 = reshape5 + neg6;
  const float pad2 = ok2 ? add3 : 0.0f;
  const float add1 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))] + pad2;
  const int p2_1 = i32_sub(out_i2, p.pad15_lo2);
  const bool ok2_1 = (p2_1 >= 0) && (p2_1 < p.pad15_d2);
  const float reshape20 = in4[i32_add(i32_add(i32_add(i32_mul(min(max(p2_1, 0), i32_sub(p.pad15_d2, 1)), p.in4_s0), i32_mul(out_i1, p.in4_s1)), i32_mul(out_i3, p.in4_s2)), i32_mul(out_i4, p.in4_s3))];
  const float add18 = reshape20 + in2[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in2_s1), i32_mul(min(max(p2_1, 0), i32_sub(p.pad15_d2, 1)), p.in2_s2)), i32_mul(out_i3, p.in2_s3)), i32_mul(out_i4, p.in2_s4))];
  const float slice9_1 = in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice9_start2, i32_mul(min(max(p2_1, 0), i32_sub(p.pad15_d2, 1)), p.slice9_step2)), p.in3_s2)), i32_mul(out_i3, p.in3_s3)), i32_mul(out_i4, p.in3_s4))];
  const float slice13_1 = in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice13_start2, i32_mul(min(max(p2_1, 0), i32_sub(p.pad15_d2, 1)), p.slice13_step2)), p.in3_s2)), i32_mul(out_i3, p.in3_s3)), i32_mul(out_i4, p.in3_s4))];
  const float sub12_1 = slice9_1 - slice13_1;
  const float sigmoid11_1 = f32_sigmoid(sub12_1);
  const float mul21 = in2[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in2_s1), i32_mul(min(max(p2_1, 0), i32_sub(p.pad15_d2, 1)), p.in2_s2)), i32_mul(out_i3, p.in2_s3)), i32_mul(out_i4, p.in2_s4))] * sigmoid11_1;
  const float add17 = add18 + mul21;
  const float mul8_1 = in2[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in2_s1), i32_mul(min(max(p2_1, 0), i32_sub(p.pad15_d2, 1)), p.in2_s2)), i32_mul(out_i3, p.in2_s3)), i32_mul(out_i4, p.in2_s4))] * slice9_1;
  const float sub14_1 = 1.0f - sigmoid11_1;
  const float mul10_1 = sigmoid11_1 * sub14_1;
  const float mul7_1 = mul8_1 * mul10_1;
  const float add16 = add17 + mul7_1;
  const float pad15 = ok2_1 ? add16 : 0.0f;
  const float add0 = add1 + pad15;
  out[gid] = add0;
}
