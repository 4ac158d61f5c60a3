// k3_mean_add_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_mean_add_reshape_mul: 1 launch(es)
// launch 3: reads 144 B, writes 16 B; fuses:
//   %13 add  @ nn/linear.ts:37:19
//   %14 permute  @ nn/sgs.ts:182:49
//   %19 reshape  @ nn/norm.ts:101:40
//   %20 reshape  @ nn/norm.ts:101:40
//   %22 add  @ nn/norm.ts:120:25
//   %23 rsqrt  @ nn/norm.ts:120:17
//   %24 reshape  @ nn/norm.ts:101:40
//   %25 mul  @ nn/norm.ts:121:27
//   %26 sub  @ nn/norm.ts:122:19
//   %27 mul  @ nn/norm.ts:122:13
//   %28 reshape  @ nn/norm.ts:101:40
//   %29 add  @ nn/norm.ts:123:21
//   %30 mean  @ nn/sgs.ts:188:51
// stores %30 mean: %35 sum reads it inside its own loop, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, out, k3_mean_add_reshape_mul_params (by value, 36 bytes).

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
struct k3_mean_add_reshape_mul_params {
  int total;
  int out_d1;
  int in0_s1;
  int in0_s2;
  int in1_s0;
  int in2_s0;
  int in3_s0;
  int in4_s0;
  int in5_s0;
};

extern "C" __global__ void __launch_bounds__(64) k3_mean_add_reshape_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    float* __restrict__ out,
    const k3_mean_add_reshape_mul_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid % p.out_d1;
  float acc = 0.0f;
  const float add5 = in0[i32_mul(out_i1, p.in0_s2)] + in1[i32_mul(out_i1, p.in1_s0)];
  const float reshape6 = in2[i32_mul(out_i1, p.in2_s0)];
  const float sub3 = add5 - reshape6;
  const float reshape10 = in3[i32_mul(out_i1, p.in3_s0)];
  const float add9 = reshape10 + 0.00001f;
  const float rsqrt8 = rsqrtf(add9);
  const float reshape11 = in4[i32_mul(out_i1, p.in4_s0)];
  const float mul7 = rsqrt8 * reshape11;
  const float mul2 = sub3 * mul7;
  const float reshape12 = in5[i32_mul(out_i1, p.in5_s0)];
  const float add1 = mul2 + reshape12;
  acc = acc + add1;
  const float add5_1 = in0[i32_add(p.in0_s1, i32_mul(out_i1, p.in0_s2))] + in1[i32_mul(out_i1, p.in1_s0)];
  const float sub3_1 = add5_1 - reshape6;
  const float mul2_1 = sub3_1 * mul7;
  const float add1_1 = mul2_1 + reshape12;
  acc = acc + add1_1;
  const float add5_2 = in0[i32_add(i32_mul(2, p.in0_s1), i32_mul(out_i1, p.in0_s2))] + in1[i32_mul(out_i1, p.in1_s0)];
  const float sub3_2 = add5_2 - reshape6;
  const float mul2_2 = sub3_2 * mul7;
  const float add1_2 = mul2_2 + reshape12;
  acc = acc + add1_2;
  const float add5_3 = in0[i32_add(i32_mul(3, p.in0_s1), i32_mul(out_i1, p.in0_s2))] + in1[i32_mul(out_i1, p.in1_s0)];
  const float sub3_3 = add5_3 - reshape6;
  const float mul2_3 = sub3_3 * mul7;
  const float add1_3 = mul2_3 + reshape12;
  acc = acc + add1_3;
  const float mean0 = acc / 4.0f;
  out[gid] = mean0;
}
