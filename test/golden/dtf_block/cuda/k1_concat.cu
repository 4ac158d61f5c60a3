// k1_concat: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_concat: 1 launch(es)
// launch 9: reads 1792 B, writes 1792 B; fuses:
//   %60 concat  @ nn/dtf.ts:123:16
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, in6, out, k1_concat_params (by value, 140 bytes).

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
struct k1_concat_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int concat0_end0;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int concat0_end1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int concat0_end2;
  int in2_s2;
  int in2_s3;
  int in2_s4;
  int concat0_end3;
  int in3_s2;
  int in3_s3;
  int in3_s4;
  int concat0_end4;
  int in4_s2;
  int in4_s3;
  int in4_s4;
  int concat0_end5;
  int in5_s2;
  int in5_s3;
  int in5_s4;
  int in6_s2;
  int in6_s3;
  int in6_s4;
};

extern "C" __global__ void __launch_bounds__(64) k1_concat(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    const float* __restrict__ in6,
    float* __restrict__ out,
    const k1_concat_params p
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
  float part = 0.0f;
  if (out_i1 < p.concat0_end0) {
    part = in0[i32_add(i32_add(i32_mul(out_i2, p.in0_s2), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
  } else {
    if (out_i1 < p.concat0_end1) {
      part = in1[i32_add(i32_add(i32_mul(out_i2, p.in1_s2), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
    } else {
      if (out_i1 < p.concat0_end2) {
        part = in2[i32_add(i32_add(i32_mul(out_i2, p.in2_s2), i32_mul(out_i3, p.in2_s3)), i32_mul(out_i4, p.in2_s4))];
      } else {
        if (out_i1 < p.concat0_end3) {
          part = in3[i32_add(i32_add(i32_mul(out_i2, p.in3_s2), i32_mul(out_i3, p.in3_s3)), i32_mul(out_i4, p.in3_s4))];
        } else {
          if (out_i1 < p.concat0_end4) {
            part = in4[i32_add(i32_add(i32_mul(out_i2, p.in4_s2), i32_mul(out_i3, p.in4_s3)), i32_mul(out_i4, p.in4_s4))];
          } else {
            if (out_i1 < p.concat0_end5) {
              part = in5[i32_add(i32_add(i32_mul(out_i2, p.in5_s2), i32_mul(out_i3, p.in5_s3)), i32_mul(out_i4, p.in5_s4))];
            } else {
              part = in6[i32_add(i32_add(i32_mul(out_i2, p.in6_s2), i32_mul(out_i3, p.in6_s3)), i32_mul(out_i4, p.in6_s4))];
            }
          }
        }
      }
    }
  }
  out[gid] = part;
}
