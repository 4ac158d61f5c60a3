// k19_mul_sub_reshape_permute: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k19_mul_sub_reshape_permute: 1 launch(es)
// launch 19: reads 288 B, writes 96 B; fuses:
//   %28 sub  @ nn/activations.ts:8:12
//   %29 exp  @ nn/activations.ts:14:15
//   %31 div  @ nn/activations.ts:15:12
//   %69 reshape  @ nn/tam.ts:166:21 <- ∂ of %59 reshape
//   %70 permute  @ nn/tam.ts:166:31 <- ∂ of %58 permute
//   %71 reshape  @ nn/tam.ts:166:41 <- ∂ of %57 reshape
//   %118 sub  @ nn/activations.ts:15:12 <- ∂ of %31 softmax
//   %119 mul  @ nn/activations.ts:15:12 <- ∂ of %31 softmax
// stores %119 mul: read by 2 kernels (of %123 permute, %125 where): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k19_mul_sub_reshape_permute_params (by value, 40 bytes).

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
struct k19_mul_sub_reshape_permute_params {
  int total;
  int out_s0;
  int out_d1;
  int in0_s0;
  int in0_s1;
  int in1_s0;
  int in2_s0;
  int in3_s1;
  int in3_s3;
  int in4_s0;
};

extern "C" __global__ void __launch_bounds__(64) k19_mul_sub_reshape_permute(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k19_mul_sub_reshape_permute_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid % p.out_d1;
  const float sub3 = in0[i32_add(i32_mul(out_i0, p.in0_s0), i32_mul(out_i1, p.in0_s1))] - in1[i32_mul(out_i0, p.in1_s0)];
  const float exp2 = expf(sub3);
  const float div1 = exp2 / in2[i32_mul(out_i0, p.in2_s0)];
  const float reshape7 = in3[i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(out_i0, p.in3_s3))];
  const float sub4 = reshape7 - in4[i32_mul(out_i0, p.in4_s0)];
  const float mul0 = div1 * sub4;
  out[gid] = mul0;
}
