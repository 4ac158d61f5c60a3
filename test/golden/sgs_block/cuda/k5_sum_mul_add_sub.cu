// k5_sum_mul_add_sub: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k5_sum_mul_add_sub: 1 launch(es)
// launch 5: reads 96 B, writes 16 B; fuses:
//   %28 reshape  @ nn/norm.ts:96:40
//   %29 add  @ nn/norm.ts:118:21
//   %31 sub  @ nn/sgs.ts:183:45
//   %33 add  @ nn/sgs.ts:183:39
//   %34 mul  @ nn/sgs.ts:184:52
//   %35 sum  @ nn/sgs.ts:184:46
// stores %35 sum: read by 2 kernels (of %37 max, %38 div): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k5_sum_mul_add_sub_params (by value, 24 bytes).

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
struct k5_sum_mul_add_sub_params {
  int total;
  int out_d1;
  int in0_s1;
  int in1_s1;
  int in1_s2;
  int in2_s0;
};

extern "C" __global__ void __launch_bounds__(64) k5_sum_mul_add_sub(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k5_sum_mul_add_sub_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid % p.out_d1;
  float acc = 0.0f;
  const float reshape5 = in2[0];
  const float add4 = in1[i32_mul(out_i1, p.in1_s2)] + reshape5;
  const float sub3 = in0[0] - add4;
  const float add2 = sub3 + 0.000001f;
  const float mul1 = add2 * add2;
  acc = acc + mul1;
  const float reshape5_1 = in2[p.in2_s0];
  const float add4_1 = in1[i32_add(p.in1_s1, i32_mul(out_i1, p.in1_s2))] + reshape5_1;
  const float sub3_1 = in0[p.in0_s1] - add4_1;
  const float add2_1 = sub3_1 + 0.000001f;
  const float mul1_1 = add2_1 * add2_1;
  acc = acc + mul1_1;
  const float reshape5_2 = in2[i32_mul(2, p.in2_s0)];
  const float add4_2 = in1[i32_add(i32_mul(2, p.in1_s1), i32_mul(out_i1, p.in1_s2))] + reshape5_2;
  const float sub3_2 = in0[i32_mul(2, p.in0_s1)] - add4_2;
  const float add2_2 = sub3_2 + 0.000001f;
  const float mul1_2 = add2_2 * add2_2;
  acc = acc + mul1_2;
  const float reshape5_3 = in2[i32_mul(3, p.in2_s0)];
  const float add4_3 = in1[i32_add(i32_mul(3, p.in1_s1), i32_mul(out_i1, p.in1_s2))] + reshape5_3;
  const float sub3_3 = in0[i32_mul(3, p.in0_s1)] - add4_3;
  const float add2_3 = sub3_3 + 0.000001f;
  const float mul1_3 = add2_3 * add2_3;
  acc = acc + mul1_3;
  out[gid] = acc;
}
