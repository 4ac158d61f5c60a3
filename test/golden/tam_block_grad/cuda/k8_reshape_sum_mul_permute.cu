// k8_reshape_sum_mul_permute: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k8_reshape_sum_mul_permute: 1 launch(es)
// launch 8: reads 2336 B, writes 2048 B; fuses:
//   %28 sub  @ nn/activations.ts:8:12
//   %29 exp  @ nn/activations.ts:14:15
//   %31 div  @ nn/activations.ts:15:12
//   %51 sigmoid  @ nn/tam.ts:158:15
//   %52 reshape  @ nn/tam.ts:161:31
//   %53 permute  @ nn/tam.ts:162:78
//   %54 reshape  @ nn/tam.ts:162:68
//   %55 mul  @ nn/tam.ts:163:15
//   %56 unfold  @ nn/tam.ts:165:21
//   %57 reshape  @ nn/tam.ts:166:41
//   %58 permute  @ nn/tam.ts:166:31
//   %59 reshape  @ nn/tam.ts:166:21
//   %60 mul  @ nn/tam.ts:167:21
//   %61 sum  @ nn/tam.ts:167:15
//   %62 reshape  @ nn/tam.ts:168:28
// stores %62 reshape: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k8_reshape_sum_mul_permute_params (by value, 76 bytes).

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
struct k8_reshape_sum_mul_permute_params {
  int total;
  int out_s0;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_d3;
  int unfold3_pad1;
  int unfold3_d1;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in1_s1;
  int in1_s2;
  int in2_s0;
  int in2_s1;
  int in3_s0;
  int in4_s0;
};

extern "C" __global__ void __launch_bounds__(64) k8_reshape_sum_mul_permute(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k8_reshape_sum_mul_permute_params p
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
  const int w1 = i32_sub(out_i0, p.unfold3_pad1);
  const bool ok1 = (w1 >= 0) && (w1 < p.unfold3_d1);
  const float reshape5 = in0[i32_add(i32_add(i32_add(i32_mul(min(max(w1, 0), i32_sub(p.unfold3_d1, 1)), p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3))];
  const float sigmoid8 = f32_sigmoid(in1[i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(min(max(w1, 0), i32_sub(p.unfold3_d1, 1)), p.in1_s2))]);
  const float mul4 = reshape5 * sigmoid8;
  const float unfold3 = ok1 ? mul4 : 0.0f;
  const float sub14 = in2[i32_mul(out_i1, p.in2_s0)] - in3[i32_mul(out_i1, p.in3_s0)];
  const float exp13 = expf(sub14);
  const float div12 = exp13 / in4[i32_mul(out_i1, p.in4_s0)];
  const float mul2 = unfold3 * div12;
  acc = acc + mul2;
  const int w1_1 = i32_sub(i32_add(out_i0, 1), p.unfold3_pad1);
  const bool ok1_1 = (w1_1 >= 0) && (w1_1 < p.unfold3_d1);
  const float reshape5_1 = in0[i32_add(i32_add(i32_add(i32_mul(min(max(w1_1, 0), i32_sub(p.unfold3_d1, 1)), p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3))];
  const float sigmoid8_1 = f32_sigmoid(in1[i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(min(max(w1_1, 0), i32_sub(p.unfold3_d1, 1)), p.in1_s2))]);
  const float mul4_1 = reshape5_1 * sigmoid8_1;
  const float unfold3_1 = ok1_1 ? mul4_1 : 0.0f;
  const float sub14_1 = in2[i32_add(i32_mul(out_i1, p.in2_s0), p.in2_s1)] - in3[i32_mul(out_i1, p.in3_s0)];
  const float exp13_1 = expf(sub14_1);
  const float div12_1 = exp13_1 / in4[i32_mul(out_i1, p.in4_s0)];
  const float mul2_1 = unfold3_1 * div12_1;
  acc = acc + mul2_1;
  const int w1_2 = i32_sub(i32_add(out_i0, 2), p.unfold3_pad1);
  const bool ok1_2 = (w1_2 >= 0) && (w1_2 < p.unfold3_d1);
  const float reshape5_2 = in0[i32_add(i32_add(i32_add(i32_mul(min(max(w1_2, 0), i32_sub(p.unfold3_d1, 1)), p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3))];
  const float sigmoid8_2 = f32_sigmoid(in1[i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(min(max(w1_2, 0), i32_sub(p.unfold3_d1, 1)), p.in1_s2))]);
  const float mul4_2 = reshape5_2 * sigmoid8_2;
  const float unfold3_2 = ok1_2 ? mul4_2 : 0.0f;
  const float sub14_2 = in2[i32_add(i32_mul(out_i1, p.in2_s0), i32_mul(2, p.in2_s1))] - in3[i32_mul(out_i1, p.in3_s0)];
  const float exp13_2 = expf(sub14_2);
  const float div12_2 = exp13_2 / in4[i32_mul(out_i1, p.in4_s0)];
  const float mul2_2 = unfold3_2 * div12_2;
  acc = acc + mul2_2;
  out[gid] = acc;
}
