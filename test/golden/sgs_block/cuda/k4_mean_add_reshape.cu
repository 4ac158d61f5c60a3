// k4_mean_add_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k4_mean_add_reshape: 1 launch(es)
// launch 4: reads 80 B, writes 16 B; fuses:
//   %28 reshape  @ nn/norm.ts:96:40
//   %29 add  @ nn/norm.ts:118:21
//   %30 mean  @ nn/sgs.ts:183:51
// stores %30 mean: %35 sum reads it inside its own loop, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k4_mean_add_reshape_params (by value, 20 bytes).

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
struct k4_mean_add_reshape_params {
  int total;
  int out_d1;
  int in0_s1;
  int in0_s2;
  int in1_s0;
};

extern "C" __global__ void __launch_bounds__(64) k4_mean_add_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k4_mean_add_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid % p.out_d1;
  float acc = 0.0f;
  const float reshape2 = in1[i32_mul(out_i1, p.in1_s0)];
  const float add1 = in0[i32_mul(out_i1, p.in0_s1)] + reshape2;
  acc = acc + add1;
  const float add1_1 = in0[i32_add(i32_mul(out_i1, p.in0_s1), p.in0_s2)] + reshape2;
  acc = acc + add1_1;
  const float add1_2 = in0[i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(2, p.in0_s2))] + reshape2;
  acc = acc + add1_2;
  const float add1_3 = in0[i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(3, p.in0_s2))] + reshape2;
  acc = acc + add1_3;
  const float mean0 = acc / 4.0f;
  out[gid] = mean0;
}
