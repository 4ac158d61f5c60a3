// k0_sub_mul_sigmoid_add: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_sub_mul_sigmoid_add: 1 launch(es)
// launch 0: reads 512 B, writes 480 B; fuses:
//   %3 add  @ test/fixtures/golden/broadcast_chain.ts:10:21
//   %4 mul  @ test/fixtures/golden/broadcast_chain.ts:10:15
//   %5 sigmoid  @ test/fixtures/golden/broadcast_chain.ts:11:32
//   %6 mul  @ test/fixtures/golden/broadcast_chain.ts:11:23
//   %8 sub  @ test/fixtures/golden/broadcast_chain.ts:11:17
// stores %8 sub: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k0_sub_mul_sigmoid_add_params (by value, 52 bytes).

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
#ifndef TEMPOFUSE_CUDA_F32_SIGMOID
#define TEMPOFUSE_CUDA_F32_SIGMOID
// 1 / (1 + e^-x): 0 when e^-x overflows, 1 when it underflows.
static __device__ __forceinline__ float f32_sigmoid(float a) {
  return 1.0f / (1.0f + expf(-a));
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k0_sub_mul_sigmoid_add_params {
  int total;
  int out_s0;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_d3;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in1_s0;
  int in2_s0;
};

extern "C" __global__ void __launch_bounds__(64) k0_sub_mul_sigmoid_add(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k0_sub_mul_sigmoid_add_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid % p.out_d3;
  const float add3 = in0[i32_add(i32_add(i32_add(i32_mul(out_i0, p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3))] + in1[i32_mul(out_i1, p.in1_s0)];
  const float mul2 = add3 * in2[i32_mul(out_i3, p.in2_s0)];
  const float sigmoid4 = f32_sigmoid(mul2);
  const float mul1 = mul2 * sigmoid4;
  const float sub0 = mul1 - 0.5f;
  out[gid] = sub0;
}
