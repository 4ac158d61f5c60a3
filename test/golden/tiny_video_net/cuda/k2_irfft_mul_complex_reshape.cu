// k2_irfft_mul_complex_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_irfft_mul_complex_reshape: 1 launch(es)
// launch 2: reads 82240 B, writes 65536 B; fuses:
//   %9 reshape  @ examples/tiny_video_net.ts:34:32
//   %10 reshape  @ examples/tiny_video_net.ts:34:75
//   %11 complex  @ examples/tiny_video_net.ts:34:22
//   %13 mul  @ examples/tiny_video_net.ts:36:22
//   %14 irfft  @ examples/tiny_video_net.ts:36:14
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k2_irfft_mul_complex_reshape_params (by value, 72 bytes).

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
#ifndef TEMPOFUSE_CUDA_C64_MUL
#define TEMPOFUSE_CUDA_C64_MUL
// Complex product.
static __device__ __forceinline__ float2 c64_mul(float2 a, float2 b) {
  return make_float2(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k2_irfft_mul_complex_reshape_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int irfft0_n;
  int irfft0_used;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s0;
  int in1_s1;
  int in2_s0;
  int in2_s1;
};

extern "C" __global__ void __launch_bounds__(64) k2_irfft_mul_complex_reshape(
    const float2* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k2_irfft_mul_complex_reshape_params p
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
  float acc = 0.0f;
  int j = 0;
  for (int k = 0; k < p.irfft0_used; ++k) {
    const float reshape3 = in1[i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(k, p.in1_s1))];
    const float reshape4 = in2[i32_add(i32_mul(out_i1, p.in2_s0), i32_mul(k, p.in2_s1))];
    const float2 complex2 = make_float2(reshape3, reshape4);
    const float2 mul1 = c64_mul(in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(k, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))], complex2);
    const bool edge = (k == 0) || (i32_mul(k, 2) == p.irfft0_n);
    const float angle = (float)(i32_mul(j, 2) > p.irfft0_n ? i32_sub(j, p.irfft0_n) : j) * 6.2831855f / (float)p.irfft0_n;
    const float c = cosf(angle);
    const float s = sinf(angle);
    const float term = mul1.x * c - (edge ? 0.0f : mul1.y) * s;
    acc = acc + (edge ? term : term * 2.0f);
    const int js = i32_add(j, out_i2);
    j = js >= p.irfft0_n ? i32_sub(js, p.irfft0_n) : js;
  }
  const float irfft0 = acc / sqrtf((float)p.irfft0_n);
  out[gid] = irfft0;
}
