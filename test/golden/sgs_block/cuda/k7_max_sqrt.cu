// k7_max_sqrt: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k7_max_sqrt: 1 launch(es)
// launch 7: reads 16 B, writes 4 B; fuses:
//   %36 sqrt  @ nn/sgs.ts:224:39
//   %37 max  @ nn/sgs.ts:227:44
// stores %37 max: read by 2 kernels (of %55 sum, %66 matmul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k7_max_sqrt_params (by value, 8 bytes).

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
struct k7_max_sqrt_params {
  int total;
  int in0_s1;
};

extern "C" __global__ void __launch_bounds__(64) k7_max_sqrt(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k7_max_sqrt_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  float acc = -__int_as_float(0x7f800000);
  const float sqrt1 = sqrtf(in0[0]);
  acc = f32_max_nan(acc, sqrt1);
  const float sqrt1_1 = sqrtf(in0[p.in0_s1]);
  acc = f32_max_nan(acc, sqrt1_1);
  const float sqrt1_2 = sqrtf(in0[i32_mul(2, p.in0_s1)]);
  acc = f32_max_nan(acc, sqrt1_2);
  const float sqrt1_3 = sqrtf(in0[i32_mul(3, p.in0_s1)]);
  acc = f32_max_nan(acc, sqrt1_3);
  out[gid] = acc;
}
