// k0_relu_add_reshape_conv: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_relu_add_reshape_conv: 1 launch(es)
// launch 0: reads 1912 B, writes 1536 B; fuses:
//   %3 conv  @ test/fixtures/golden/conv_bias_relu.ts:9:30
//   %4 reshape  @ test/fixtures/golden/conv_bias_relu.ts:9:65
//   %5 add  @ test/fixtures/golden/conv_bias_relu.ts:9:24
//   %6 relu  @ test/fixtures/golden/conv_bias_relu.ts:9:17
// stores %6 relu: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k0_relu_add_reshape_conv_params (by value, 100 bytes).

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
struct k0_relu_add_reshape_conv_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_d3;
  int conv2_stride0;
  int conv2_pad0;
  int conv2_stride1;
  int conv2_pad1;
  int conv2_cing;
  int conv2_k0;
  int conv2_dil0;
  int conv2_in0;
  int conv2_k1;
  int conv2_dil1;
  int conv2_in1;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in2_s0;
};

extern "C" __global__ void __launch_bounds__(64) k0_relu_add_reshape_conv(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k0_relu_add_reshape_conv_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid % p.out_d3;
  float acc = 0.0f;
  const int start0 = i32_sub(i32_mul(out_i2, p.conv2_stride0), p.conv2_pad0);
  const int start1 = i32_sub(i32_mul(out_i3, p.conv2_stride1), p.conv2_pad1);
  for (int ci = 0; ci < p.conv2_cing; ++ci) {
    for (int t0 = 0; t0 < p.conv2_k0; ++t0) {
      const int p0 = i32_add(start0, i32_mul(t0, p.conv2_dil0));
      if ((p0 >= 0) && (p0 < p.conv2_in0)) {
        for (int t1 = 0; t1 < p.conv2_k1; ++t1) {
          const int p1 = i32_add(start1, i32_mul(t1, p.conv2_dil1));
          if ((p1 >= 0) && (p1 < p.conv2_in1)) {
            acc = acc + in0[i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(p1, p.in0_s3))] * in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(t0, p.in1_s2)), i32_mul(t1, p.in1_s3))];
          }
        }
      }
    }
  }
  const float reshape3 = in2[i32_mul(out_i1, p.in2_s0)];
  const float add1 = acc + reshape3;
  const float relu0 = add1 < 0.0f ? 0.0f : add1;
  out[gid] = relu0;
}
