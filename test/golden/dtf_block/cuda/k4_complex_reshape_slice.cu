// k4_complex_reshape_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k4_complex_reshape_slice: 1 launch(es)
// launch 4: reads 128 B, writes 128 B; fuses:
//   %49 slice  @ nn/dtf.ts:149:64
//   %50 reshape  @ nn/dtf.ts:170:26
//   %51 slice  @ nn/dtf.ts:149:64
//   %52 reshape  @ nn/dtf.ts:170:74
//   %53 complex  @ nn/dtf.ts:170:16
// stores %53 complex: %55 matmul reads each element 48 times: fused there it would be recomputed for every read (rule 3)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k4_complex_reshape_slice_params (by value, 40 bytes).

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

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k4_complex_reshape_slice_params {
  int total;
  int out_s0;
  int out_d1;
  int slice2_start2;
  int slice2_step2;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int slice4_start2;
  int slice4_step2;
};

extern "C" __global__ void __launch_bounds__(64) k4_complex_reshape_slice(
    const float* __restrict__ in0,
    float2* __restrict__ out,
    const k4_complex_reshape_slice_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid % p.out_d1;
  const float slice2 = in0[i32_add(i32_add(i32_mul(out_i0, p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(p.slice2_start2, p.in0_s2))];
  const float slice4 = in0[i32_add(i32_add(i32_mul(out_i0, p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(p.slice4_start2, p.in0_s2))];
  const float2 complex0 = make_float2(slice2, slice4);
  out[gid] = complex0;
}
