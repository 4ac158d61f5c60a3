// k10_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k10_slice: 4 launch(es)
// launch 14: reads 1024 B, writes 256 B; fuses:
//   %84 slice  @ nn/softpool.ts:45:19
// launch 15: reads 1024 B, writes 256 B; fuses:
//   %85 slice  @ nn/softpool.ts:45:19
// launch 16: reads 1024 B, writes 256 B; fuses:
//   %86 slice  @ nn/softpool.ts:45:19
// launch 17: reads 1024 B, writes 256 B; fuses:
//   %87 slice  @ nn/softpool.ts:45:19
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k10_slice_params (by value, 64 bytes).

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
struct k10_slice_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int slice0_start3;
  int slice0_step3;
  int slice0_start4;
  int slice0_step4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
};

extern "C" __global__ void __launch_bounds__(64) k10_slice(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k10_slice_params p
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
  const float slice0 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice0_start3, i32_mul(out_i3, p.slice0_step3)), p.in0_s3)), i32_mul(i32_add(p.slice0_start4, i32_mul(out_i4, p.slice0_step4)), p.in0_s4))];
  out[gid] = slice0;
}
