// k5_conv_permute_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k5_conv_permute_reshape: 1 launch(es)
// launch 5: reads 320 B, writes 32 B; fuses:
//   %2 reshape  @ nn/tam.ts:142:69
//   %3 permute  @ nn/tam.ts:142:59
//   %33 conv  @ nn/tam.ts:154:16
// stores %33 conv: read by 3 kernels (of %49 relu, %96 where, %98 reshape): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k5_conv_permute_reshape_params (by value, 40 bytes).

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
struct k5_conv_permute_reshape_params {
  int total;
  int line_d1;
  int out_s1;
  int out_s2;
  int conv0_cing;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in0_s0;
  int in0_s1;
};

extern "C" __global__ void __launch_bounds__(64) k5_conv_permute_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k5_conv_permute_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i1 = gid % p.line_d1;
  float acc = 0.0f;
  float acc_1 = 0.0f;
  float acc_2 = 0.0f;
  float acc_3 = 0.0f;
  for (int ci = 0; ci < p.conv0_cing; ++ci) {
    const float w = in1[i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1))];
    const float w_1 = in1[i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2)];
    const float w_2 = in1[i32_add(i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2))];
    const float reshape2 = in0[i32_mul(ci, p.in0_s1)];
    acc = acc + reshape2 * w_1;
    const float reshape2_1 = in0[i32_add(p.in0_s0, i32_mul(ci, p.in0_s1))];
    acc = acc + reshape2_1 * w_2;
    acc_1 = acc_1 + reshape2 * w;
    acc_1 = acc_1 + reshape2_1 * w_1;
    const float reshape2_2 = in0[i32_add(i32_mul(2, p.in0_s0), i32_mul(ci, p.in0_s1))];
    acc_1 = acc_1 + reshape2_2 * w_2;
    acc_2 = acc_2 + reshape2_1 * w;
    acc_2 = acc_2 + reshape2_2 * w_1;
    const float reshape2_3 = in0[i32_add(i32_mul(3, p.in0_s0), i32_mul(ci, p.in0_s1))];
    acc_2 = acc_2 + reshape2_3 * w_2;
    acc_3 = acc_3 + reshape2_2 * w;
    acc_3 = acc_3 + reshape2_3 * w_1;
  }
  out[i32_mul(line_i1, p.out_s1)] = acc;
  out[i32_add(i32_mul(line_i1, p.out_s1), p.out_s2)] = acc_1;
  out[i32_add(i32_mul(line_i1, p.out_s1), i32_mul(2, p.out_s2))] = acc_2;
  out[i32_add(i32_mul(line_i1, p.out_s1), i32_mul(3, p.out_s2))] = acc_3;
}
