// k16_conv_pad_flip_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k16_conv_pad_flip_reshape: 1 launch(es)
// launch 16: reads 224 B, writes 128 B; fuses:
//   %104 reshape  @ nn/tam.ts:154:16 <- ∂ of %33 conv
//   %105 permute  @ nn/tam.ts:154:16 <- ∂ of %33 conv
//   %106 reshape  @ nn/tam.ts:154:16 <- ∂ of %33 conv
//   %107 flip  @ nn/tam.ts:154:16 <- ∂ of %33 conv
//   %108 pad  @ nn/tam.ts:154:16 <- ∂ of %33 conv
//   %109 conv  @ nn/tam.ts:154:16 <- ∂ of %33 conv
// stores %109 conv: kept apart so that the kernel of %144 add fits the storage-buffer limit, or cheaper to store than to recompute
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k16_conv_pad_flip_reshape_params (by value, 52 bytes).

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
struct k16_conv_pad_flip_reshape_params {
  int total;
  int line_d1;
  int out_s1;
  int out_s2;
  int conv0_cing;
  int flip1_last2;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int pad5_lo2;
  int pad5_d2;
  int in0_s1;
  int in0_s2;
};

extern "C" __global__ void __launch_bounds__(64) k16_conv_pad_flip_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k16_conv_pad_flip_reshape_params p
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
  const int p2 = i32_sub(0, p.pad5_lo2);
  const bool ok2 = (p2 >= 0) && (p2 < p.pad5_d2);
  const int p2_1 = i32_sub(1, p.pad5_lo2);
  const bool ok2_1 = (p2_1 >= 0) && (p2_1 < p.pad5_d2);
  const int p2_2 = i32_sub(2, p.pad5_lo2);
  const bool ok2_2 = (p2_2 >= 0) && (p2_2 < p.pad5_d2);
  const int p2_3 = i32_sub(3, p.pad5_lo2);
  const bool ok2_3 = (p2_3 >= 0) && (p2_3 < p.pad5_d2);
  const int p2_4 = i32_sub(4, p.pad5_lo2);
  const bool ok2_4 = (p2_4 >= 0) && (p2_4 < p.pad5_d2);
  const int p2_5 = i32_sub(5, p.pad5_lo2);
  const bool ok2_5 = (p2_5 >= 0) && (p2_5 < p.pad5_d2);
  for (int ci = 0; ci < p.conv0_cing; ++ci) {
    const float reshape4 = in1[i32_add(i32_add(i32_mul(ci, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(p.flip1_last2, p.in1_s2))];
    const float reshape4_1 = in1[i32_add(i32_add(i32_mul(ci, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(i32_sub(p.flip1_last2, 1), p.in1_s2))];
    const float reshape4_2 = in1[i32_add(i32_add(i32_mul(ci, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(i32_sub(p.flip1_last2, 2), p.in1_s2))];
    const float pad5 = ok2 ? in0[i32_add(i32_mul(ci, p.in0_s1), i32_mul(min(max(p2, 0), i32_sub(p.pad5_d2, 1)), p.in0_s2))] : 0.0f;
    acc = acc + pad5 * reshape4;
    const float pad5_1 = ok2_1 ? in0[i32_add(i32_mul(ci, p.in0_s1), i32_mul(min(max(p2_1, 0), i32_sub(p.pad5_d2, 1)), p.in0_s2))] : 0.0f;
    acc = acc + pad5_1 * reshape4_1;
    const float pad5_2 = ok2_2 ? in0[i32_add(i32_mul(ci, p.in0_s1), i32_mul(min(max(p2_2, 0), i32_sub(p.pad5_d2, 1)), p.in0_s2))] : 0.0f;
    acc = acc + pad5_2 * reshape4_2;
    acc_1 = acc_1 + pad5_1 * reshape4;
    acc_1 = acc_1 + pad5_2 * reshape4_1;
    const float pad5_3 = ok2_3 ? in0[i32_add(i32_mul(ci, p.in0_s1), i32_mul(min(max(p2_3, 0), i32_sub(p.pad5_d2, 1)), p.in0_s2))] : 0.0f;
    acc_1 = acc_1 + pad5_3 * reshape4_2;
    acc_2 = acc_2 + pad5_2 * reshape4;
    acc_2 = acc_2 + pad5_3 * reshape4_1;
    const float pad5_4 = ok2_4 ? in0[i32_add(i32_mul(ci, p.in0_s1), i32_mul(min(max(p2_4, 0), i32_sub(p.pad5_d2, 1)), p.in0_s2))] : 0.0f;
    acc_2 = acc_2 + pad5_4 * reshape4_2;
    acc_3 = acc_3 + pad5_3 * reshape4;
    acc_3 = acc_3 + pad5_4 * reshape4_1;
    const float pad5_5 = ok2_5 ? in0[i32_add(i32_mul(ci, p.in0_s1), i32_mul(min(max(p2_5, 0), i32_sub(p.pad5_d2, 1)), p.in0_s2))] : 0.0f;
    acc_3 = acc_3 + pad5_5 * reshape4_2;
  }
  out[i32_mul(line_i1, p.out_s1)] = acc;
  out[i32_add(i32_mul(line_i1, p.out_s1), p.out_s2)] = acc_1;
  out[i32_add(i32_mul(line_i1, p.out_s1), i32_mul(2, p.out_s2))] = acc_2;
  out[i32_add(i32_mul(line_i1, p.out_s1), i32_mul(3, p.out_s2))] = acc_3;
}
