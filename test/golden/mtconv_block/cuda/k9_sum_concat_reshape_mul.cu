// k9_sum_concat_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k9_sum_concat_reshape_mul: 1 launch(es)
// launch 9: reads 1280 B, writes 512 B; fuses:
//   %86 slice  @ nn/softpool.ts:51:29
//   %87 reshape  @ nn/softpool.ts:51:19
//   %88 slice  @ nn/softpool.ts:51:29
//   %89 reshape  @ nn/softpool.ts:51:19
//   %90 slice  @ nn/softpool.ts:51:29
//   %91 reshape  @ nn/softpool.ts:51:19
//   %92 slice  @ nn/softpool.ts:51:29
//   %93 reshape  @ nn/softpool.ts:51:19
//   %94 concat  @ nn/softpool.ts:54:35
//   %96 sub  @ nn/softpool.ts:56:21
//   %97 exp  @ nn/softpool.ts:56:15
//   %98 mul  @ nn/softpool.ts:60:44
//   %99 reshape  @ nn/softpool.ts:60:34
//   %100 reshape  @ nn/softpool.ts:60:76
//   %101 concat  @ nn/softpool.ts:60:24
//   %102 sum  @ nn/softpool.ts:60:18
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k9_sum_concat_reshape_mul_params (by value, 156 bytes).

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
struct k9_sum_concat_reshape_mul_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_s4;
  int out_d4;
  int out_d5;
  int sum0_n;
  int concat1_end0;
  int concat6_end0;
  int slice8_start3;
  int slice8_step3;
  int slice8_start4;
  int slice8_step4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int concat6_end1;
  int slice10_start3;
  int slice10_step3;
  int slice10_start4;
  int slice10_step4;
  int concat6_end2;
  int slice12_start3;
  int slice12_step3;
  int slice12_start4;
  int slice12_step4;
  int slice14_start3;
  int slice14_step3;
  int slice14_start4;
  int slice14_step4;
  int in1_s1;
  int in1_s2;
  int in1_s4;
  int in1_s5;
};

extern "C" __global__ void __launch_bounds__(64) k9_sum_concat_reshape_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k9_sum_concat_reshape_mul_params p
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
  const int out_i4 = gid / p.out_s4 % p.out_d4;
  const int out_i5 = gid % p.out_d5;
  float acc = 0.0f;
  for (int r = 0; r < p.sum0_n; ++r) {
    float part = 0.0f;
    if (out_i3 < p.concat1_end0) {
      float part_1 = 0.0f;
      if (r < p.concat6_end0) {
        const float slice8 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(out_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(out_i5, p.slice8_step4)), p.in0_s4))];
        part_1 = slice8;
      } else {
        if (r < p.concat6_end1) {
          const float slice10 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(out_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(out_i5, p.slice10_step4)), p.in0_s4))];
          part_1 = slice10;
        } else {
          if (r < p.concat6_end2) {
            const float slice12 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(out_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(out_i5, p.slice12_step4)), p.in0_s4))];
            part_1 = slice12;
          } else {
            const float slice14 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(out_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(out_i5, p.slice14_step4)), p.in0_s4))];
            part_1 = slice14;
          }
        }
      }
      const float sub5 = part_1 - in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(out_i2, p.in1_s2)), i32_mul(out_i4, p.in1_s4)), i32_mul(out_i5, p.in1_s5))];
      const float exp4 = expf(sub5);
      const float mul3 = exp4 * part_1;
      part = mul3;
    } else {
      float part_2 = 0.0f;
      if (r < p.concat6_end0) {
        const float slice8_1 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(out_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(out_i5, p.slice8_step4)), p.in0_s4))];
        part_2 = slice8_1;
      } else {
        if (r < p.concat6_end1) {
          const float slice10_1 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(out_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(out_i5, p.slice10_step4)), p.in0_s4))];
          part_2 = slice10_1;
        } else {
          if (r < p.concat6_end2) {
            const float slice12_1 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(out_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(out_i5, p.slice12_step4)), p.in0_s4))];
            part_2 = slice12_1;
          } else {
            const float slice14_1 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(out_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(out_i5, p.slice14_step4)), p.in0_s4))];
            part_2 = slice14_1;
          }
        }
      }
      const float sub5_1 = part_2 - in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(out_i2, p.in1_s2)), i32_mul(out_i4, p.in1_s4)), i32_mul(out_i5, p.in1_s5))];
      const float exp4_1 = expf(sub5_1);
      part = exp4_1;
    }
    acc = acc + part;
  }
  out[gid] = acc;
}
