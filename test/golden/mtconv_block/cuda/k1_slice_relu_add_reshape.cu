// k1_slice_relu_add_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_slice_relu_add_reshape: 4 launch(es)
// launch 1: reads 1904 B, writes 448 B; fuses:
//   %7 reshape  @ nn/norm.ts:96:40
//   %8 reshape  @ nn/norm.ts:96:40
//   %10 add  @ nn/norm.ts:115:25
//   %11 rsqrt  @ nn/norm.ts:115:17
//   %12 reshape  @ nn/norm.ts:96:40
//   %13 mul  @ nn/norm.ts:116:27
//   %14 sub  @ nn/norm.ts:117:19
//   %15 mul  @ nn/norm.ts:117:13
//   %16 reshape  @ nn/norm.ts:96:40
//   %17 add  @ nn/norm.ts:118:21
//   %18 relu  @ nn/mtconv-paper.ts:82:16
//   %19 slice  @ nn/softpool.ts:45:19
// launch 2: reads 1904 B, writes 448 B; fuses:
//   %7 reshape  @ nn/norm.ts:96:40
//   %8 reshape  @ nn/norm.ts:96:40
//   %10 add  @ nn/norm.ts:115:25
//   %11 rsqrt  @ nn/norm.ts:115:17
//   %12 reshape  @ nn/norm.ts:96:40
//   %13 mul  @ nn/norm.ts:116:27
//   %14 sub  @ nn/norm.ts:117:19
//   %15 mul  @ nn/norm.ts:117:13
//   %16 reshape  @ nn/norm.ts:96:40
//   %17 add  @ nn/norm.ts:118:21
//   %18 relu  @ nn/mtconv-paper.ts:82:16
//   %20 slice  @ nn/softpool.ts:45:19
// launch 3: reads 1904 B, writes 448 B; fuses:
//   %7 reshape  @ nn/norm.ts:96:40
//   %8 reshape  @ nn/norm.ts:96:40
//   %10 add  @ nn/norm.ts:115:25
//   %11 rsqrt  @ nn/norm.ts:115:17
//   %12 reshape  @ nn/norm.ts:96:40
//   %13 mul  @ nn/norm.ts:116:27
//   %14 sub  @ nn/norm.ts:117:19
//   %15 mul  @ nn/norm.ts:117:13
//   %16 reshape  @ nn/norm.ts:96:40
//   %17 add  @ nn/norm.ts:118:21
//   %18 relu  @ nn/mtconv-paper.ts:82:16
//   %21 slice  @ nn/softpool.ts:45:19
// launch 4: reads 1904 B, writes 448 B; fuses:
//   %7 reshape  @ nn/norm.ts:96:40
//   %8 reshape  @ nn/norm.ts:96:40
//   %10 add  @ nn/norm.ts:115:25
//   %11 rsqrt  @ nn/norm.ts:115:17
//   %12 reshape  @ nn/norm.ts:96:40
//   %13 mul  @ nn/norm.ts:116:27
//   %14 sub  @ nn/norm.ts:117:19
//   %15 mul  @ nn/norm.ts:117:13
//   %16 reshape  @ nn/norm.ts:96:40
//   %17 add  @ nn/norm.ts:118:21
//   %18 relu  @ nn/mtconv-paper.ts:82:16
//   %22 slice  @ nn/softpool.ts:45:19
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k1_slice_relu_add_reshape_params (by value, 80 bytes).

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
struct k1_slice_relu_add_reshape_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int slice0_start3;
  int slice0_step3;
  int slice0_start4;
  int slice0_step4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s0;
  int in2_s0;
  int in3_s0;
  int in4_s0;
};

extern "C" __global__ void __launch_bounds__(64) k1_slice_relu_add_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k1_slice_relu_add_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid / p.out_s3 % p.out_d3;
  const int out_i4 = gid % p.out_d4;
  const float reshape5 = in1[i32_mul(out_i1, p.in1_s0)];
  const float sub4 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice0_start3, i32_mul(out_i3, p.slice0_step3)), p.in0_s3)), i32_mul(i32_add(p.slice0_start4, i32_mul(out_i4, p.slice0_step4)), p.in0_s4))] - reshape5;
  const float reshape9 = in2[i32_mul(out_i1, p.in2_s0)];
  const float add8 = reshape9 + 0.00001f;
  const float rsqrt7 = rsqrtf(add8);
  const float reshape10 = in3[i32_mul(out_i1, p.in3_s0)];
  const float mul6 = rsqrt7 * reshape10;
  const float mul3 = sub4 * mul6;
  const float reshape11 = in4[i32_mul(out_i1, p.in4_s0)];
  const float add2 = mul3 + reshape11;
  const float relu1 = add2 < 0.0f ? 0.0f : add2;
  out[gid] = relu1;
}
