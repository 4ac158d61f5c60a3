// k6_sum_concat_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k6_sum_concat_reshape_mul: 1 launch(es)
// launch 6: reads 1024 B, writes 512 B; fuses:
//   %86 slice  @ nn/softpool.ts:51:29
//   %87 reshape  @ nn/softpool.ts:51:19
//   %88 slice  @ nn/softpool.ts:51:29
//   %89 reshape  @ nn/softpool.ts:51:19
//   %90 slice  @ nn/softpool.ts:51:29
//   %91 reshape  @ nn/softpool.ts:51:19
//   %92 slice  @ nn/softpool.ts:51:29
//   %93 reshape  @ nn/softpool.ts:51:19
//   %94 concat  @ nn/softpool.ts:54:35
//   %95 max  @ nn/softpool.ts:55:15
//   %96 sub  @ nn/softpool.ts:56:21
//   %97 exp [register table along axis 3]  @ nn/softpool.ts:56:15
//   %98 mul [register table along axis 3]  @ nn/softpool.ts:60:44
//   %99 reshape  @ nn/softpool.ts:60:34
//   %100 reshape  @ nn/softpool.ts:60:76
//   %101 concat  @ nn/softpool.ts:60:24
//   %102 sum  @ nn/softpool.ts:60:18
// stores %102 sum: read by 2 kernels (of %118 sum, %149 sub): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k6_sum_concat_reshape_mul_params (by value, 168 bytes).

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
#ifndef TEMPOFUSE_CUDA_F32_MAX_NAN
#define TEMPOFUSE_CUDA_F32_MAX_NAN
// max that propagates NaN (fmaxf returns the other operand when one is NaN).
static __device__ __forceinline__ float f32_max_nan(float a, float b) {
  return (isnan(a) || isnan(b)) ? __int_as_float(0x7fc00000) : fmaxf(a, b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k6_sum_concat_reshape_mul_params {
  int total;
  int line_s1;
  int line_d1;
  int line_s2;
  int line_d2;
  int line_s4;
  int line_d4;
  int line_d5;
  int out_s1;
  int out_s2;
  int out_s3;
  int out_s4;
  int out_s5;
  int out_d3;
  int sum0_n;
  int concat1_end0;
  int mul3_tabn;
  int exp4_tabn;
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
  int max15_n;
};

extern "C" __global__ void __launch_bounds__(64) k6_sum_concat_reshape_mul(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k6_sum_concat_reshape_mul_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i1 = gid / p.line_s1 % p.line_d1;
  const int line_i2 = gid / p.line_s2 % p.line_d2;
  const int line_i4 = gid / p.line_s4 % p.line_d4;
  const int line_i5 = gid % p.line_d5;
  for (int pos = 0; pos < p.out_d3; ++pos) {
    float acc = 0.0f;
    float mul3_tab[4] = {};
    if (pos < p.concat1_end0) {
      float exp4_tab[4] = {};
      float acc_1 = -__int_as_float(0x7f800000);
      for (int r_1 = 0; r_1 < p.max15_n; ++r_1) {
        float part_2 = 0.0f;
        if (r_1 < p.concat6_end0) {
          const float slice8_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_2 = slice8_1;
        } else {
          if (r_1 < p.concat6_end1) {
            const float slice10_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_2 = slice10_1;
          } else {
            if (r_1 < p.concat6_end2) {
              const float slice12_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_2 = slice12_1;
            } else {
              const float slice14_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_2 = slice14_1;
            }
          }
        }
        acc_1 = f32_max_nan(acc_1, part_2);
      }
      for (int k_1 = 0; k_1 < p.exp4_tabn; ++k_1) {
        float part_1 = 0.0f;
        if (k_1 < p.concat6_end0) {
          const float slice8 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_1 = slice8;
        } else {
          if (k_1 < p.concat6_end1) {
            const float slice10 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_1 = slice10;
          } else {
            if (k_1 < p.concat6_end2) {
              const float slice12 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_1 = slice12;
            } else {
              const float slice14 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_1 = slice14;
            }
          }
        }
        const float sub5 = part_1 - acc_1;
        const float exp4 = expf(sub5);
        exp4_tab[k_1] = exp4;
      }
      for (int k = 0; k < p.mul3_tabn; ++k) {
        float part_3 = 0.0f;
        if (k < p.concat6_end0) {
          const float slice8_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_3 = slice8_2;
        } else {
          if (k < p.concat6_end1) {
            const float slice10_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_3 = slice10_2;
          } else {
            if (k < p.concat6_end2) {
              const float slice12_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_3 = slice12_2;
            } else {
              const float slice14_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_3 = slice14_2;
            }
          }
        }
        const float mul3 = exp4_tab[k] * part_3;
        mul3_tab[k] = mul3;
      }
    }
    float exp4_tab_1[4] = {};
    if (!(pos < p.concat1_end0)) {
      float acc_2 = -__int_as_float(0x7f800000);
      for (int r_2 = 0; r_2 < p.max15_n; ++r_2) {
        float part_5 = 0.0f;
        if (r_2 < p.concat6_end0) {
          const float slice8_4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_5 = slice8_4;
        } else {
          if (r_2 < p.concat6_end1) {
            const float slice10_4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_5 = slice10_4;
          } else {
            if (r_2 < p.concat6_end2) {
              const float slice12_4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_5 = slice12_4;
            } else {
              const float slice14_4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_5 = slice14_4;
            }
          }
        }
        acc_2 = f32_max_nan(acc_2, part_5);
      }
      for (int k_2 = 0; k_2 < p.exp4_tabn; ++k_2) {
        float part_4 = 0.0f;
        if (k_2 < p.concat6_end0) {
          const float slice8_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_4 = slice8_3;
        } else {
          if (k_2 < p.concat6_end1) {
            const float slice10_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_4 = slice10_3;
          } else {
            if (k_2 < p.concat6_end2) {
              const float slice12_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_4 = slice12_3;
            } else {
              const float slice14_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_4 = slice14_3;
            }
          }
        }
        const float sub5_1 = part_4 - acc_2;
        const float exp4_1 = expf(sub5_1);
        exp4_tab_1[k_2] = exp4_1;
      }
    }
    for (int r = 0; r < p.sum0_n; ++r) {
      float part = 0.0f;
      if (pos < p.concat1_end0) {
        const float reshape2 = mul3_tab[r];
        part = reshape2;
      } else {
        const float reshape16 = exp4_tab_1[r];
        part = reshape16;
      }
      acc = acc + part;
    }
    out[i32_add(i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(pos, p.out_s3)), i32_mul(line_i4, p.out_s4)), i32_mul(line_i5, p.out_s5))] = acc;
  }
}
