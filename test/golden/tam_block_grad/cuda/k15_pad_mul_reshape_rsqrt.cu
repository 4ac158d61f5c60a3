// k15_pad_mul_reshape_rsqrt: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k15_pad_mul_reshape_rsqrt: 1 launch(es)
// launch 15: reads 48 B, writes 48 B; fuses:
//   %39 reshape  @ nn/norm.ts:101:40
//   %40 add  @ nn/norm.ts:120:25
//   %41 rsqrt  @ nn/norm.ts:120:17
//   %42 reshape  @ nn/norm.ts:101:40
//   %43 mul  @ nn/norm.ts:121:27
//   %99 mul  @ nn/norm.ts:122:13 <- ∂ of %45 mul
//   %108 pad  @ nn/tam.ts:154:16 <- ∂ of %33 conv
// stores %108 pad: %109 conv reads each element 16 times: fused there it would be recomputed for every read (rule 3)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k15_pad_mul_reshape_rsqrt_params (by value, 40 bytes).

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
struct k15_pad_mul_reshape_rsqrt_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int pad0_lo2;
  int pad0_d2;
  int in0_s1;
  int in0_s2;
  int in1_s0;
  int in2_s0;
};

extern "C" __global__ void __launch_bounds__(64) k15_pad_mul_reshape_rsqrt(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k15_pad_mul_reshape_rsqrt_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  const int p2 = i32_sub(out_i2, p.pad0_lo2);
  const bool ok2 = (p2 >= 0) && (p2 < p.pad0_d2);
  const float reshape5 = in1[i32_mul(out_i1, p.in1_s0)];
  const float add4 = reshape5 + 0.00001f;
  const float rsqrt3 = rsqrtf(add4);
  const float reshape6 = in2[i32_mul(out_i1, p.in2_s0)];
  const float mul2 = rsqrt3 * reshape6;
  const float mul1 = in0[i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(min(max(p2, 0), i32_sub(p.pad0_d2, 1)), p.in0_s2))] * mul2;
  const float pad0 = ok2 ? mul1 : 0.0f;
  out[gid] = pad0;
}
