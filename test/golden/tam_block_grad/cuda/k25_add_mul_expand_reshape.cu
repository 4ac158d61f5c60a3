// k25_add_mul_expand_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k25_add_mul_expand_reshape: 1 launch(es)
// launch 25: reads 2592 B, writes 2048 B; fuses:
//   %28 sub  @ nn/activations.ts:8:12
//   %29 exp  @ nn/activations.ts:14:15
//   %31 div  @ nn/activations.ts:15:12
//   %51 sigmoid  @ nn/tam.ts:158:15
//   %53 permute  @ nn/tam.ts:162:78
//   %54 reshape  @ nn/tam.ts:162:68
//   %57 reshape  @ nn/tam.ts:166:41
//   %58 permute  @ nn/tam.ts:166:31
//   %59 reshape  @ nn/tam.ts:166:21
//   %64 reshape  @ nn/tam.ts:167:15 <- ∂ of %61 sum
//   %65 expand  @ nn/tam.ts:167:15 <- ∂ of %61 sum
//   %66 mul  @ nn/tam.ts:167:21 <- ∂ of %60 mul
//   %72 fold  @ nn/tam.ts:165:21 <- ∂ of %56 unfold
//   %73 mul  @ nn/tam.ts:163:15 <- ∂ of %55 mul
//   %78 reshape  @ nn/tam.ts:161:31 <- ∂ of %52 reshape
//   %137 reshape  @ nn/tam.ts:145:18 <- ∂ of %4 reshape
//   %138 add  @ nn/tam.ts:142:59 <- ∂ sum into %3
//   %139 permute  @ nn/tam.ts:142:59 <- ∂ of %3 permute
//   %140 reshape  @ nn/tam.ts:142:79 <- ∂ of %1 mean
//   %141 expand  @ nn/tam.ts:142:79 <- ∂ of %1 mean
//   %143 mul  @ nn/tam.ts:142:79 <- ∂ of %1 mean
//   %144 add  @ test/fixtures/golden/tam_block.ts:9:15 <- ∂ sum into %0
// stores %144 add: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, in6, out, k25_add_mul_expand_reshape_params (by value, 92 bytes).

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
struct k25_add_mul_expand_reshape_params {
  int total;
  int out_s0;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_d3;
  int fold3_pad1;
  int fold3_d1;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in1_s0;
  int in1_s1;
  int in2_s0;
  int in3_s0;
  int in4_s1;
  int in4_s2;
  int in5_s1;
  int in5_s2;
  int in6_s0;
  int in6_s1;
};

extern "C" __global__ void __launch_bounds__(64) k25_add_mul_expand_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    const float* __restrict__ in6,
    float* __restrict__ out,
    const k25_add_mul_expand_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid % p.out_d3;
  float acc = 0.0f;
  const int w1 = i32_add(out_i0, p.fold3_pad1);
  const bool ok1 = (w1 >= 0) && (w1 < p.fold3_d1);
  const float reshape6 = in0[i32_add(i32_add(i32_add(i32_mul(min(max(w1, 0), i32_sub(p.fold3_d1, 1)), p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3))];
  const float sub12 = in1[i32_mul(out_i1, p.in1_s0)] - in2[i32_mul(out_i1, p.in2_s0)];
  const float exp11 = expf(sub12);
  const float div10 = exp11 / in3[i32_mul(out_i1, p.in3_s0)];
  const float mul4 = reshape6 * div10;
  acc = acc + (ok1 ? mul4 : 0.0f);
  const int w1_1 = i32_sub(i32_add(out_i0, p.fold3_pad1), 1);
  const bool ok1_1 = (w1_1 >= 0) && (w1_1 < p.fold3_d1);
  const float reshape6_1 = in0[i32_add(i32_add(i32_add(i32_mul(min(max(w1_1, 0), i32_sub(p.fold3_d1, 1)), p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3))];
  const float sub12_1 = in1[i32_add(i32_mul(out_i1, p.in1_s0), p.in1_s1)] - in2[i32_mul(out_i1, p.in2_s0)];
  const float exp11_1 = expf(sub12_1);
  const float div10_1 = exp11_1 / in3[i32_mul(out_i1, p.in3_s0)];
  const float mul4_1 = reshape6_1 * div10_1;
  acc = acc + (ok1_1 ? mul4_1 : 0.0f);
  const int w1_2 = i32_sub(i32_add(out_i0, p.fold3_pad1), 2);
  const bool ok1_2 = (w1_2 >= 0) && (w1_2 < p.fold3_d1);
  const float reshape6_2 = in0[i32_add(i32_add(i32_add(i32_mul(min(max(w1_2, 0), i32_sub(p.fold3_d1, 1)), p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3))];
  const float sub12_2 = in1[i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(2, p.in1_s1))] - in2[i32_mul(out_i1, p.in2_s0)];
  const float exp11_2 = expf(sub12_2);
  const float div10_2 = exp11_2 / in3[i32_mul(out_i1, p.in3_s0)];
  const float mul4_2 = reshape6_2 * div10_2;
  acc = acc + (ok1_2 ? mul4_2 : 0.0f);
  const float sigmoid15 = f32_sigmoid(in4[i32_add(i32_mul(out_i1, p.in4_s1), i32_mul(out_i0, p.in4_s2))]);
  const float mul2 = acc * sigmoid15;
  const float reshape21 = in6[i32_add(i32_mul(out_i1, p.in6_s0), i32_mul(out_i0, p.in6_s1))];
  const float add20 = in5[i32_add(i32_mul(out_i1, p.in5_s1), i32_mul(out_i0, p.in5_s2))] + reshape21;
  const float mul16 = add20 * 0.0625f;
  const float add0 = mul2 + mul16;
  out[gid] = add0;
}
