// k3_max: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_max: 1 launch(es)
// launch 3: reads 96 B, writes 32 B; fuses:
//   %27 max  @ nn/activations.ts:8:21
// stores %27 max: read by 6 kernels (of %30 sum, %62 reshape, %75 sum, %117 sum, %119 mul, %144 add): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k3_max_params (by value, 12 bytes).

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
struct k3_max_params {
  int total;
  int in0_s0;
  int in0_s1;
};

extern "C" __global__ void __launch_bounds__(64) k3_max(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k3_max_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  float acc = -__int_as_float(0x7f800000);
  acc = f32_max_nan(acc, in0[i32_mul(gid, p.in0_s0)]);
  acc = f32_max_nan(acc, in0[i32_add(i32_mul(gid, p.in0_s0), p.in0_s1)]);
  acc = f32_max_nan(acc, in0[i32_add(i32_mul(gid, p.in0_s0), i32_mul(2, p.in0_s1))]);
  out[gid] = acc;
}
