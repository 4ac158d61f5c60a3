// k1_matmul_permute_relu_add: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_matmul_permute_relu_add: 1 launch(es)
// launch 1: reads 480 B, writes 96 B; fuses:
//   %2 reshape  @ nn/tam.ts:142:69
//   %3 permute  @ nn/tam.ts:142:59
//   %4 reshape  @ nn/tam.ts:145:18
//   %6 permute  @ nn/linear.ts:32:16
//   %7 matmul [register table along axis 1]  @ nn/linear.ts:36:9
//   %12 reshape  @ nn/norm.ts:101:40
//   %13 reshape  @ nn/norm.ts:101:40
//   %15 add  @ nn/norm.ts:120:25
//   %16 rsqrt  @ nn/norm.ts:120:17
//   %17 reshape  @ nn/norm.ts:101:40
//   %18 mul  @ nn/norm.ts:121:27
//   %19 sub  @ nn/norm.ts:122:19
//   %20 mul  @ nn/norm.ts:122:13
//   %21 reshape  @ nn/norm.ts:101:40
//   %22 add  @ nn/norm.ts:123:21
//   %23 relu [register table along axis 1]  @ nn/tam.ts:149:47
//   %25 permute  @ nn/linear.ts:32:16
//   %26 matmul  @ nn/linear.ts:36:9
// stores %26 matmul: read by 3 kernels (of %27 max, %30 sum, %63 reshape): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, in6, out, k1_matmul_permute_relu_add_params (by value, 72 bytes).

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
struct k1_matmul_permute_relu_add_params {
  int total;
  int out_s0;
  int out_s1;
  int out_d1;
  int matmul0_k;
  int relu1_tabn;
  int matmul5_tabn;
  int matmul5_k;
  int in0_s0;
  int in0_s1;
  int in1_s0;
  int in1_s1;
  int in2_s0;
  int in3_s0;
  int in4_s0;
  int in5_s0;
  int in6_s0;
  int in6_s1;
};

extern "C" __global__ void __launch_bounds__(64) k1_matmul_permute_relu_add(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    const float* __restrict__ in6,
    float* __restrict__ out,
    const k1_matmul_permute_relu_add_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  float relu1_tab[8] = {};
  float matmul5_tab[8] = {};
  for (int k_1 = 0; k_1 < p.matmul5_tabn; ++k_1) {
    float acc_1 = 0.0f;
    for (int r_1 = 0; r_1 < p.matmul5_k; ++r_1) {
      const float reshape8 = in0[i32_add(i32_mul(r_1, p.in0_s0), i32_mul(gid, p.in0_s1))];
      const float permute9 = in1[i32_add(i32_mul(k_1, p.in1_s0), i32_mul(r_1, p.in1_s1))];
      acc_1 = acc_1 + reshape8 * permute9;
    }
    matmul5_tab[k_1] = acc_1;
  }
  for (int k = 0; k < p.relu1_tabn; ++k) {
    const float reshape10 = in2[i32_mul(k, p.in2_s0)];
    const float sub4 = matmul5_tab[k] - reshape10;
    const float reshape14 = in3[i32_mul(k, p.in3_s0)];
    const float add13 = reshape14 + 0.00001f;
    const float rsqrt12 = rsqrtf(add13);
    const float reshape15 = in4[i32_mul(k, p.in4_s0)];
    const float mul11 = rsqrt12 * reshape15;
    const float mul3 = sub4 * mul11;
    const float reshape16 = in5[i32_mul(k, p.in5_s0)];
    const float add2 = mul3 + reshape16;
    const float relu1 = add2 < 0.0f ? 0.0f : add2;
    relu1_tab[k] = relu1;
  }
  for (int pos = 0; pos < p.out_d1; ++pos) {
    float acc = 0.0f;
    for (int r = 0; r < p.matmul0_k; ++r) {
      const float permute17 = in6[i32_add(i32_mul(pos, p.in6_s0), i32_mul(r, p.in6_s1))];
      acc = acc + relu1_tab[r] * permute17;
    }
    out[i32_add(i32_mul(gid, p.out_s0), i32_mul(pos, p.out_s1))] = acc;
  }
}
