// k0_add_mul_sigmoid_sub: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_add_mul_sigmoid_sub: 1 launch(es)
// launch 0: reads 1024 B, writes 768 B; fuses:
//   %3 slice  @ nn/sifa.ts:120:80
//   %4 slice  @ nn/sifa.ts:120:80
//   %5 sub  @ nn/sifa.ts:127:39
//   %6 sigmoid  @ nn/sifa.ts:127:29
//   %7 mul  @ nn/sifa.ts:127:23
//   %8 add  @ nn/sifa.ts:127:17
// stores %8 add: read by 2 kernels (of %9 conv, %116 permute): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k0_add_mul_sigmoid_sub_params (by value, 64 bytes).

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
struct k0_add_mul_sigmoid_sub_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int slice4_start2;
  int slice4_step2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int slice5_start2;
  int slice5_step2;
};

extern "C" __global__ void __launch_bounds__(64) k0_add_mul_sigmoid_sub(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k0_add_mul_sigmoid_sub_params p
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
  const float slice4 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(out_i2, p.slice4_step2)), p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
  const float slice5 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice5_start2, i32_mul(out_i2, p.slice5_step2)), p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
  const float sub3 = slice4 - slice5;
  const float sigmoid2 = f32_sigmoid(sub3);
  const float mul1 = sigmoid2 * slice4;
  const float add0 = mul1 + slice4;
  out[gid] = add0;
}
