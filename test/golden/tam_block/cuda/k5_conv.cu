// k5_conv: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k5_conv: 1 launch(es)
// launch 5: reads 96 B, writes 128 B; fuses:
//   %51 conv  @ nn/tam.ts:135:25
// stores %51 conv: %62 sum reads it inside its own loop, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k5_conv_params (by value, 44 bytes).

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
struct k5_conv_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int conv0_stride0;
  int conv0_pad0;
  int conv0_cing;
  int in0_s1;
  int in0_s2;
  int in1_s0;
  int in1_s1;
};

extern "C" __global__ void __launch_bounds__(64) k5_conv(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k5_conv_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  float acc = 0.0f;
  const int start0 = i32_sub(i32_mul(out_i2, p.conv0_stride0), p.conv0_pad0);
  for (int ci = 0; ci < p.conv0_cing; ++ci) {
    acc = acc + in0[i32_add(i32_mul(ci, p.in0_s1), i32_mul(start0, p.in0_s2))] * in1[i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1))];
  }
  out[gid] = acc;
}
