// k2_sub_relu_maximum_neg: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_sub_relu_maximum_neg: 1 launch(es)
// launch 2: reads 1088 B, writes 32 B; fuses:
//   %9 mean  @ nn/sgs.ts:186:27
//   %10 permute  @ nn/sgs.ts:186:17
//   %12 sub  @ nn/sgs.ts:280:34
//   %13 permute  @ nn/linear.ts:29:16
//   %14 matmul  @ nn/linear.ts:33:9
//   %17 add  @ nn/linear.ts:34:19
//   %18 neg  @ nn/sgs.ts:284:21
//   %19 maximum  @ nn/sgs.ts:285:17
//   %20 relu  @ nn/sgs.ts:285:42
//   %21 sub  @ nn/sgs.ts:285:11
// stores %21 sub: read by 2 kernels (of %22 mean, %31 mul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k2_sub_relu_maximum_neg_params (by value, 68 bytes).

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
#ifndef TEMPOFUSE_CUDA_F32_MAX_NAN
#define TEMPOFUSE_CUDA_F32_MAX_NAN
// max that propagates NaN (fmaxf returns the other operand when one is NaN).
static __device__ __forceinline__ float f32_max_nan(float a, float b) {
  return (isnan(a) || isnan(b)) ? __int_as_float(0x7fc00000) : fmaxf(a, b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k2_sub_relu_maximum_neg_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int matmul2_k;
  int mean5_n;
  int mean5_rs0;
  int mean5_rd1;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s2;
  int in2_s0;
  int in2_s1;
  int in3_s2;
  int in4_s0;
};

extern "C" __global__ void __launch_bounds__(64) k2_sub_relu_maximum_neg(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k2_sub_relu_maximum_neg_params p
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
  for (int r = 0; r < p.matmul2_k; ++r) {
    float acc_1 = 0.0f;
    for (int r_1 = 0; r_1 < p.mean5_n; ++r_1) {
      const int ri0 = r_1 / p.mean5_rs0;
      const int ri1 = r_1 % p.mean5_rd1;
      acc_1 = acc_1 + in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i1, p.in0_s2)), i32_mul(ri0, p.in0_s3)), i32_mul(ri1, p.in0_s4))];
    }
    const float mean5 = acc_1 / (float)p.mean5_n;
    const float sub3 = mean5 - in1[i32_mul(r, p.in1_s2)];
    const float permute6 = in2[i32_add(i32_mul(out_i2, p.in2_s0), i32_mul(r, p.in2_s1))];
    acc = acc + sub3 * permute6;
  }
  const float add8 = in3[i32_mul(out_i2, p.in3_s2)] + in4[i32_mul(out_i2, p.in4_s0)];
  const float neg7 = -add8;
  const float maximum1 = f32_max_nan(acc, neg7);
  const float relu9 = neg7 < 0.0f ? 0.0f : neg7;
  const float sub0 = maximum1 - relu9;
  out[gid] = sub0;
}
