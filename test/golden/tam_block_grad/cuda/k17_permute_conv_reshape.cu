// k17_permute_conv_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k17_permute_conv_reshape: 1 launch(es)
// launch 17: reads 160 B, writes 192 B; fuses:
//   %2 reshape  @ nn/tam.ts:142:69
//   %3 permute  @ nn/tam.ts:142:59
//   %110 reshape  @ nn/tam.ts:154:16 <- ∂ of %33 conv
//   %111 permute  @ nn/tam.ts:154:16 <- ∂ of %33 conv
//   %112 reshape  @ nn/tam.ts:154:16 <- ∂ of %33 conv
//   %113 permute  @ nn/tam.ts:154:16 <- ∂ of %33 conv
//   %114 conv  @ nn/tam.ts:154:16 <- ∂ of %33 conv
//   %115 permute  @ nn/tam.ts:154:16 <- ∂ of %33 conv
// stores %115 permute: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k17_permute_conv_reshape_params (by value, 52 bytes).

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
struct k17_permute_conv_reshape_params {
  int total;
  int out_s0;
  int out_s1;
  int out_d1;
  int out_d2;
  int conv1_stride0;
  int conv1_pad0;
  int conv1_cing;
  int conv1_in0;
  int in0_s0;
  int in0_s1;
  int in1_s1;
  int in1_s2;
};

extern "C" __global__ void __launch_bounds__(64) k17_permute_conv_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k17_permute_conv_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  float acc = 0.0f;
  const int start0 = i32_sub(i32_mul(out_i2, p.conv1_stride0), p.conv1_pad0);
  const bool in0_1 = (start0 >= 0) && (start0 < p.conv1_in0);
  const int q0 = min(max(start0, 0), i32_sub(p.conv1_in0, 1));
  const float reshape6 = in0[i32_add(i32_mul(q0, p.in0_s0), i32_mul(out_i1, p.in0_s1))];
  const float permute7 = in1[i32_mul(out_i0, p.in1_s1)];
  acc = acc + (in0_1 ? reshape6 * permute7 : 0.0f);
  const int p0 = i32_add(start0, 1);
  const bool in0_2 = (p0 >= 0) && (p0 < p.conv1_in0);
  const int q0_1 = min(max(p0, 0), i32_sub(p.conv1_in0, 1));
  const float reshape6_1 = in0[i32_add(i32_mul(q0_1, p.in0_s0), i32_mul(out_i1, p.in0_s1))];
  const float permute7_1 = in1[i32_add(i32_mul(out_i0, p.in1_s1), p.in1_s2)];
  acc = acc + (in0_2 ? reshape6_1 * permute7_1 : 0.0f);
  const int p0_1 = i32_add(start0, 2);
  const bool in0_3 = (p0_1 >= 0) && (p0_1 < p.conv1_in0);
  const int q0_2 = min(max(p0_1, 0), i32_sub(p.conv1_in0, 1));
  const float reshape6_2 = in0[i32_add(i32_mul(q0_2, p.in0_s0), i32_mul(out_i1, p.in0_s1))];
  const float permute7_2 = in1[i32_add(i32_mul(out_i0, p.in1_s1), i32_mul(2, p.in1_s2))];
  acc = acc + (in0_3 ? reshape6_2 * permute7_2 : 0.0f);
  const int p0_2 = i32_add(start0, 3);
  const bool in0_4 = (p0_2 >= 0) && (p0_2 < p.conv1_in0);
  const int q0_3 = min(max(p0_2, 0), i32_sub(p.conv1_in0, 1));
  const float reshape6_3 = in0[i32_add(i32_mul(q0_3, p.in0_s0), i32_mul(out_i1, p.in0_s1))];
  const float permute7_3 = in1[i32_add(i32_mul(out_i0, p.in1_s1), i32_mul(3, p.in1_s2))];
  acc = acc + (in0_4 ? reshape6_3 * permute7_3 : 0.0f);
  out[gid] = acc;
}
