// k3_conv_permute_reshape_mean: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_conv_permute_reshape_mean: 1 launch(es)
// launch 3: reads 2240 B, writes 32 B; fuses:
//   %1 mean  @ nn/tam.ts:119:42
//   %2 reshape  @ nn/tam.ts:119:32
//   %3 permute  @ nn/tam.ts:119:22
//   %33 conv  @ nn/tam.ts:131:16
// stores %33 conv: kept apart so that the kernel of %50 relu fits the storage-buffer limit, or cheaper to store than to recompute
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k3_conv_permute_reshape_mean_params (by value, 72 bytes).

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
struct k3_conv_permute_reshape_mean_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int conv0_stride0;
  int conv0_pad0;
  int conv0_cing;
  int conv0_in0;
  int mean3_n;
  int mean3_rs0;
  int mean3_rd1;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in1_s0;
  int in1_s1;
  int in1_s2;
};

extern "C" __global__ void __launch_bounds__(64) k3_conv_permute_reshape_mean(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k3_conv_permute_reshape_mean_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  float acc = 0.0f;
  const int start0 = i32_sub(i32_mul(out_i2, p.conv0_stride0), p.conv0_pad0);
  const bool in0_1 = (start0 >= 0) && (start0 < p.conv0_in0);
  const int q0 = min(max(start0, 0), i32_sub(p.conv0_in0, 1));
  const int p0 = i32_add(start0, 1);
  const bool in0_2 = (p0 >= 0) && (p0 < p.conv0_in0);
  const int q0_1 = min(max(p0, 0), i32_sub(p.conv0_in0, 1));
  const int p0_1 = i32_add(start0, 2);
  const bool in0_3 = (p0_1 >= 0) && (p0_1 < p.conv0_in0);
  const int q0_2 = min(max(p0_1, 0), i32_sub(p.conv0_in0, 1));
  for (int ci = 0; ci < p.conv0_cing; ++ci) {
    float acc_1 = 0.0f;
    for (int r = 0; r < p.mean3_n; ++r) {
      const int ri0 = r / p.mean3_rs0;
      const int ri1 = r % p.mean3_rd1;
      acc_1 = acc_1 + in0[i32_add(i32_add(i32_add(i32_mul(q0, p.in0_s0), i32_mul(ci, p.in0_s1)), i32_mul(ri0, p.in0_s2)), i32_mul(ri1, p.in0_s3))];
    }
    const float mean3 = acc_1 / (float)p.mean3_n;
    acc = acc + (in0_1 ? mean3 * in1[i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1))] : 0.0f);
    float acc_2 = 0.0f;
    for (int r_1 = 0; r_1 < p.mean3_n; ++r_1) {
      const int ri0_1 = r_1 / p.mean3_rs0;
      const int ri1_1 = r_1 % p.mean3_rd1;
      acc_2 = acc_2 + in0[i32_add(i32_add(i32_add(i32_mul(q0_1, p.in0_s0), i32_mul(ci, p.in0_s1)), i32_mul(ri0_1, p.in0_s2)), i32_mul(ri1_1, p.in0_s3))];
    }
    const float mean3_1 = acc_2 / (float)p.mean3_n;
    acc = acc + (in0_2 ? mean3_1 * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), p.in1_s2)] : 0.0f);
    float acc_3 = 0.0f;
    for (int r_2 = 0; r_2 < p.mean3_n; ++r_2) {
      const int ri0_2 = r_2 / p.mean3_rs0;
      const int ri1_2 = r_2 % p.mean3_rd1;
      acc_3 = acc_3 + in0[i32_add(i32_add(i32_add(i32_mul(q0_2, p.in0_s0), i32_mul(ci, p.in0_s1)), i32_mul(ri0_2, p.in0_s2)), i32_mul(ri1_2, p.in0_s3))];
    }
    const float mean3_2 = acc_3 / (float)p.mean3_n;
    acc = acc + (in0_3 ? mean3_2 * in1[i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(2, p.in1_s2))] : 0.0f);
  }
  out[gid] = acc;
}
