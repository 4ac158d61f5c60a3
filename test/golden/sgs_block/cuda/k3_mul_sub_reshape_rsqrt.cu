// k3_mul_sub_reshape_rsqrt: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_mul_sub_reshape_rsqrt: 1 launch(es)
// launch 3: reads 112 B, writes 64 B; fuses:
//   %14 permute  @ nn/sgs.ts:177:49
//   %19 reshape  @ nn/norm.ts:96:40
//   %20 reshape  @ nn/norm.ts:96:40
//   %22 add  @ nn/norm.ts:115:25
//   %23 rsqrt  @ nn/norm.ts:115:17
//   %24 reshape  @ nn/norm.ts:96:40
//   %25 mul  @ nn/norm.ts:116:27
//   %26 sub  @ nn/norm.ts:117:19
//   %27 mul  @ nn/norm.ts:117:13
// stores %27 mul: read by 2 kernels (of %30 mean, %35 sum): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, out, k3_mul_sub_reshape_rsqrt_params (by value, 36 bytes).

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
struct k3_mul_sub_reshape_rsqrt_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int in0_s1;
  int in0_s2;
  int in1_s0;
  int in2_s0;
  int in3_s0;
};

extern "C" __global__ void __launch_bounds__(64) k3_mul_sub_reshape_rsqrt(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    float* __restrict__ out,
    const k3_mul_sub_reshape_rsqrt_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  const float permute2 = in0[i32_add(i32_mul(out_i2, p.in0_s1), i32_mul(out_i1, p.in0_s2))];
  const float reshape3 = in1[i32_mul(out_i1, p.in1_s0)];
  const float sub1 = permute2 - reshape3;
  const float reshape7 = in2[i32_mul(out_i1, p.in2_s0)];
  const float add6 = reshape7 + 0.00001f;
  const float rsqrt5 = rsqrtf(add6);
  const float reshape8 = in3[i32_mul(out_i1, p.in3_s0)];
  const float mul4 = rsqrt5 * reshape8;
  const float mul0 = sub1 * mul4;
  out[gid] = mul0;
}
