// k1_rfft_relu_add_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_rfft_relu_add_reshape: 1 launch(es)
// launch 1: reads 65568 B, writes 81920 B; fuses:
//   %4 reshape  @ examples/tiny_video_net.ts:26:65
//   %5 add  @ examples/tiny_video_net.ts:26:21
//   %6 relu  @ examples/tiny_video_net.ts:26:14
//   %12 rfft  @ examples/tiny_video_net.ts:35:24
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k1_rfft_relu_add_reshape_params (by value, 60 bytes).

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
struct k1_rfft_relu_add_reshape_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int rfft0_n;
  int rfft0_used;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s0;
};

extern "C" __global__ void __launch_bounds__(64) k1_rfft_relu_add_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float2* __restrict__ out,
    const k1_rfft_relu_add_reshape_params p
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
  float re = 0.0f;
  float im = 0.0f;
  int j = 0;
  const float reshape3 = in1[i32_mul(out_i1, p.in1_s0)];
  for (int t = 0; t < p.rfft0_used; ++t) {
    const float add2 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(t, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))] + reshape3;
    const float relu1 = add2 < 0.0f ? 0.0f : add2;
    const float angle = (float)(i32_mul(j, 2) > p.rfft0_n ? i32_sub(j, p.rfft0_n) : j) * 6.2831855f / (float)p.rfft0_n;
    const float c = cosf(angle);
    const float s = sinf(angle);
    re = re + relu1 * c;
    im = im - relu1 * s;
    const int js = i32_add(j, out_i2);
    j = js >= p.rfft0_n ? i32_sub(js, p.rfft0_n) : js;
  }
  const float2 rfft0 = make_float2(re / sqrtf((float)p.rfft0_n), im / sqrtf((float)p.rfft0_n));
  out[gid] = rfft0;
}
