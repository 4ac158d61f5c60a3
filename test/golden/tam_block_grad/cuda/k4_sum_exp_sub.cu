// k4_sum_exp_sub: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k4_sum_exp_sub: 1 launch(es)
// launch 4: reads 128 B, writes 32 B; fuses:
//   %28 sub  @ nn/activations.ts:8:12
//   %29 exp  @ nn/activations.ts:14:15
//   %30 sum  @ nn/activations.ts:15:21
// stores %30 sum: read by 5 kernels (of %62 reshape, %75 sum, %117 sum, %119 mul, %144 add): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k4_sum_exp_sub_params (by value, 16 bytes).

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
struct k4_sum_exp_sub_params {
  int total;
  int in0_s0;
  int in0_s1;
  int in1_s0;
};

extern "C" __global__ void __launch_bounds__(64) k4_sum_exp_sub(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k4_sum_exp_sub_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  float acc = 0.0f;
  const float sub2 = in0[i32_mul(gid, p.in0_s0)] - in1[i32_mul(gid, p.in1_s0)];
  const float exp1 = expf(sub2);
  acc = acc + exp1;
  const float sub2_1 = in0[i32_add(i32_mul(gid, p.in0_s0), p.in0_s1)] - in1[i32_mul(gid, p.in1_s0)];
  const float exp1_1 = expf(sub2_1);
  acc = acc + exp1_1;
  const float sub2_2 = in0[i32_add(i32_mul(gid, p.in0_s0), i32_mul(2, p.in0_s1))] - in1[i32_mul(gid, p.in1_s0)];
  const float exp1_2 = expf(sub2_2);
  acc = acc + exp1_2;
  out[gid] = acc;
}
