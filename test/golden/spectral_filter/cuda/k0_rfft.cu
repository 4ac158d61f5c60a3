// k0_rfft: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_rfft: 1 launch(es)
// launch 0: reads 512 B, writes 576 B; fuses:
//   %3 rfft  @ test/fixtures/golden/spectral_filter.ts:11:22
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k0_rfft_params (by value, 40 bytes).

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
struct k0_rfft_params {
  int total;
  int out_s0;
  int out_s1;
  int out_d1;
  int out_d2;
  int rfft0_n;
  int rfft0_used;
  int in0_s0;
  int in0_s1;
  int in0_s2;
};

extern "C" __global__ void __launch_bounds__(64) k0_rfft(
    const float* __restrict__ in0,
    float2* __restrict__ out,
    const k0_rfft_params p
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
  float re = 0.0f;
  float im = 0.0f;
  int j = 0;
  for (int t = 0; t < p.rfft0_used; ++t) {
    const float v = in0[i32_add(i32_add(i32_mul(out_i0, p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(t, p.in0_s2))];
    const float angle = (float)(i32_mul(j, 2) > p.rfft0_n ? i32_sub(j, p.rfft0_n) : j) * 6.2831855f / (float)p.rfft0_n;
    const float c = cosf(angle);
    const float s = sinf(angle);
    re = re + v * c;
    im = im - v * s;
    const int js = i32_add(j, out_i2);
    j = js >= p.rfft0_n ? i32_sub(js, p.rfft0_n) : js;
  }
  const float2 rfft0 = make_float2(re / sqrtf((float)p.rfft0_n), im / sqrtf((float)p.rfft0_n));
  out[gid] = rfft0;
}
