// k1_irfft_mul_complex: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_irfft_mul_complex: 1 launch(es)
// launch 1: reads 864 B, writes 512 B; fuses:
//   %4 complex  @ test/fixtures/golden/spectral_filter.ts:12:41
//   %5 mul  @ test/fixtures/golden/spectral_filter.ts:12:25
//   %6 irfft  @ test/fixtures/golden/spectral_filter.ts:12:17
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k1_irfft_mul_complex_params (by value, 56 bytes).

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
struct k1_irfft_mul_complex_params {
  int total;
  int out_s0;
  int out_s1;
  int out_d1;
  int out_d2;
  int irfft0_n;
  int irfft0_used;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int in1_s0;
  int in1_s1;
  int in2_s0;
  int in2_s1;
};

extern "C" __global__ void __launch_bounds__(64) k1_irfft_mul_complex(
    const float2* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k1_irfft_mul_complex_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  float acc = 0.0f;
  int j = 0;
  for (int k = 0; k < p.irfft0_used; ++k) {
    const float2 complex2 = make_float2(in1[i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(k, p.in1_s1))], in2[i32_add(i32_mul(out_i1, p.in2_s0), i32_mul(k, p.in2_s1))]);
    const float2 mul1 = c64_mul(in0[i32_add(i32_add(i32_mul(out_i0, p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(k, p.in0_s2))], complex2);
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
