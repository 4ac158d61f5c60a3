// k0_conv: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_conv: 1 launch(es)
// launch 0: reads 27168 B, writes 65536 B; fuses:
//   %3 conv  @ examples/tiny_video_net.ts:26:27
// stores %3 conv: read by 2 kernels (of %14 irfft, %16 mean): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k0_conv_params (by value, 132 bytes).

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
struct k0_conv_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int conv0_stride0;
  int conv0_pad0;
  int conv0_stride1;
  int conv0_pad1;
  int conv0_stride2;
  int conv0_pad2;
  int conv0_cing;
  int conv0_k0;
  int conv0_dil0;
  int conv0_in0;
  int conv0_k1;
  int conv0_dil1;
  int conv0_in1;
  int conv0_k2;
  int conv0_dil2;
  int conv0_in2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
};

extern "C" __global__ void __launch_bounds__(64) k0_conv(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k0_conv_params p
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
  float acc = 0.0f;
  const int start0 = i32_sub(i32_mul(out_i2, p.conv0_stride0), p.conv0_pad0);
  const int start1 = i32_sub(i32_mul(out_i3, p.conv0_stride1), p.conv0_pad1);
  const int start2 = i32_sub(i32_mul(out_i4, p.conv0_stride2), p.conv0_pad2);
  for (int ci = 0; ci < p.conv0_cing; ++ci) {
    for (int t0 = 0; t0 < p.conv0_k0; ++t0) {
      const int p0 = i32_add(start0, i32_mul(t0, p.conv0_dil0));
      if ((p0 >= 0) && (p0 < p.conv0_in0)) {
        for (int t1 = 0; t1 < p.conv0_k1; ++t1) {
          const int p1 = i32_add(start1, i32_mul(t1, p.conv0_dil1));
          if ((p1 >= 0) && (p1 < p.conv0_in1)) {
            for (int t2 = 0; t2 < p.conv0_k2; ++t2) {
              const int p2 = i32_add(start2, i32_mul(t2, p.conv0_dil2));
              if ((p2 >= 0) && (p2 < p.conv0_in2)) {
                acc = acc + in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(p0, p.in0_s2)), i32_mul(p1, p.in0_s3)), i32_mul(p2, p.in0_s4))] * in1[i32_add(i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(t0, p.in1_s2)), i32_mul(t1, p.in1_s3)), i32_mul(t2, p.in1_s4))];
              }
            }
          }
        }
      }
    }
  }
  out[gid] = acc;
}
