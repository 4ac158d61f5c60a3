// k6_sum_concat_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k6_sum_concat_reshape_mul: 1 launch(es)
// launch 6: reads 1024 B, writes 512 B; fuses:
//   %86 slice  @ nn/softpool.ts:54:29
//   %87 reshape  @ nn/softpool.ts:54:19
//   %88 slice  @ nn/softpool.ts:54:29
//   %89 reshape  @ nn/softpool.ts:54:19
//   %90 slice  @ nn/softpool.ts:54:29
//   %91 reshape  @ nn/softpool.ts:54:19
//   %92 slice  @ nn/softpool.ts:54:29
//   %93 reshape  @ nn/softpool.ts:54:19
//   %94 concat  @ nn/softpool.ts:57:35
//   %95 max  @ nn/softpool.ts:58:15
//   %96 sub  @ nn/softpool.ts:59:21
//   %97 exp [register table along axis 3]  @ nn/softpool.ts:59:15
//   %98 mul [register table along axis 3]  @ nn/softpool.ts:63:44
//   %99 reshape  @ nn/softpool.ts:63:34
//   %100 reshape  @ nn/softpool.ts:63:76
//   %101 concat  @ nn/softpool.ts:63:24
//   %102 sum  @ nn/softpool.ts:63:18
// stores %102 sum: read by 2 kernels (of %118 sum, %152 add): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k6_sum_concat_reshape_mul_params (by value, 160 bytes).

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
    float part = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab[4] = {};
      float exp4_tab[4] = {};
      float acc_1 = -__int_as_float(0x7f800000);
      float part_2 = 0.0f;
      if (0 < p.concat6_end0) {
        const float slice8_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_2 = slice8_1;
      } else {
        if (0 < p.concat6_end1) {
          const float slice10_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_2 = slice10_1;
        } else {
          if (0 < p.concat6_end2) {
            const float slice12_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_2 = slice12_1;
          } else {
            const float slice14_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_2 = slice14_1;
          }
        }
      }
      acc_1 = f32_max_nan(acc_1, part_2);
      float part_3 = 0.0f;
      if (1 < p.concat6_end0) {
        const float slice8_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_3 = slice8_2;
      } else {
        if (1 < p.concat6_end1) {
          const float slice10_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_3 = slice10_2;
        } else {
          if (1 < p.concat6_end2) {
            const float slice12_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_3 = slice12_2;
          } else {
            const float slice14_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_3 = slice14_2;
          }
        }
      }
      acc_1 = f32_max_nan(acc_1, part_3);
      float part_4 = 0.0f;
      if (2 < p.concat6_end0) {
        const float slice8_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_4 = slice8_3;
      } else {
        if (2 < p.concat6_end1) {
          const float slice10_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_4 = slice10_3;
        } else {
          if (2 < p.concat6_end2) {
            const float slice12_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_4 = slice12_3;
          } else {
            const float slice14_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_4 = slice14_3;
          }
        }
      }
      acc_1 = f32_max_nan(acc_1, part_4);
      float part_5 = 0.0f;
      if (3 < p.concat6_end0) {
        const float slice8_4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_5 = slice8_4;
      } else {
        if (3 < p.concat6_end1) {
          const float slice10_4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_5 = slice10_4;
        } else {
          if (3 < p.concat6_end2) {
            const float slice12_4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_5 = slice12_4;
          } else {
            const float slice14_4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_5 = slice14_4;
          }
        }
      }
      acc_1 = f32_max_nan(acc_1, part_5);
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
        float part_6 = 0.0f;
        if (k < p.concat6_end0) {
          const float slice8_5 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_6 = slice8_5;
        } else {
          if (k < p.concat6_end1) {
            const float slice10_5 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_6 = slice10_5;
          } else {
            if (k < p.concat6_end2) {
              const float slice12_5 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_6 = slice12_5;
            } else {
              const float slice14_5 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_6 = slice14_5;
            }
          }
        }
        const float mul3 = exp4_tab[k] * part_6;
        mul3_tab[k] = mul3;
      }
      const float reshape2 = mul3_tab[0];
      part = reshape2;
    } else {
      float exp4_tab_1[4] = {};
      float acc_2 = -__int_as_float(0x7f800000);
      float part_8 = 0.0f;
      if (0 < p.concat6_end0) {
        const float slice8_7 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_8 = slice8_7;
      } else {
        if (0 < p.concat6_end1) {
          const float slice10_7 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_8 = slice10_7;
        } else {
          if (0 < p.concat6_end2) {
            const float slice12_7 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_8 = slice12_7;
          } else {
            const float slice14_7 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_8 = slice14_7;
          }
        }
      }
      acc_2 = f32_max_nan(acc_2, part_8);
      float part_9 = 0.0f;
      if (1 < p.concat6_end0) {
        const float slice8_8 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_9 = slice8_8;
      } else {
        if (1 < p.concat6_end1) {
          const float slice10_8 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_9 = slice10_8;
        } else {
          if (1 < p.concat6_end2) {
            const float slice12_8 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_9 = slice12_8;
          } else {
            const float slice14_8 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_9 = slice14_8;
          }
        }
      }
      acc_2 = f32_max_nan(acc_2, part_9);
      float part_10 = 0.0f;
      if (2 < p.concat6_end0) {
        const float slice8_9 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_10 = slice8_9;
      } else {
        if (2 < p.concat6_end1) {
          const float slice10_9 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_10 = slice10_9;
        } else {
          if (2 < p.concat6_end2) {
            const float slice12_9 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_10 = slice12_9;
          } else {
            const float slice14_9 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_10 = slice14_9;
          }
        }
      }
      acc_2 = f32_max_nan(acc_2, part_10);
      float part_11 = 0.0f;
      if (3 < p.concat6_end0) {
        const float slice8_10 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_11 = slice8_10;
      } else {
        if (3 < p.concat6_end1) {
          const float slice10_10 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_11 = slice10_10;
        } else {
          if (3 < p.concat6_end2) {
            const float slice12_10 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_11 = slice12_10;
          } else {
            const float slice14_10 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_11 = slice14_10;
          }
        }
      }
      acc_2 = f32_max_nan(acc_2, part_11);
      for (int k_2 = 0; k_2 < p.exp4_tabn; ++k_2) {
        float part_7 = 0.0f;
        if (k_2 < p.concat6_end0) {
          const float slice8_6 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_7 = slice8_6;
        } else {
          if (k_2 < p.concat6_end1) {
            const float slice10_6 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_7 = slice10_6;
          } else {
            if (k_2 < p.concat6_end2) {
              const float slice12_6 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_7 = slice12_6;
            } else {
              const float slice14_6 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_7 = slice14_6;
            }
          }
        }
        const float sub5_1 = part_7 - acc_2;
        const float exp4_1 = expf(sub5_1);
        exp4_tab_1[k_2] = exp4_1;
      }
      const float reshape16 = exp4_tab_1[0];
      part = reshape16;
    }
    acc = acc + part;
    float part_12 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_1[4] = {};
      float exp4_tab_2[4] = {};
      float acc_3 = -__int_as_float(0x7f800000);
      float part_14 = 0.0f;
      if (0 < p.concat6_end0) {
        const float slice8_12 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_14 = slice8_12;
      } else {
        if (0 < p.concat6_end1) {
          const float slice10_12 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_14 = slice10_12;
        } else {
          if (0 < p.concat6_end2) {
            const float slice12_12 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_14 = slice12_12;
          } else {
            const float slice14_12 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_14 = slice14_12;
          }
        }
      }
      acc_3 = f32_max_nan(acc_3, part_14);
      float part_15 = 0.0f;
      if (1 < p.concat6_end0) {
        const float slice8_13 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_15 = slice8_13;
      } else {
        if (1 < p.concat6_end1) {
          const float slice10_13 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_15 = slice10_13;
        } else {
          if (1 < p.concat6_end2) {
            const float slice12_13 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_15 = slice12_13;
          } else {
            const float slice14_13 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_15 = slice14_13;
          }
        }
      }
      acc_3 = f32_max_nan(acc_3, part_15);
      float part_16 = 0.0f;
      if (2 < p.concat6_end0) {
        const float slice8_14 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_16 = slice8_14;
      } else {
        if (2 < p.concat6_end1) {
          const float slice10_14 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_16 = slice10_14;
        } else {
          if (2 < p.concat6_end2) {
            const float slice12_14 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_16 = slice12_14;
          } else {
            const float slice14_14 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_16 = slice14_14;
          }
        }
      }
      acc_3 = f32_max_nan(acc_3, part_16);
      float part_17 = 0.0f;
      if (3 < p.concat6_end0) {
        const float slice8_15 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_17 = slice8_15;
      } else {
        if (3 < p.concat6_end1) {
          const float slice10_15 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_17 = slice10_15;
        } else {
          if (3 < p.concat6_end2) {
            const float slice12_15 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_17 = slice12_15;
          } else {
            const float slice14_15 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_17 = slice14_15;
          }
        }
      }
      acc_3 = f32_max_nan(acc_3, part_17);
      for (int k_4 = 0; k_4 < p.exp4_tabn; ++k_4) {
        float part_13 = 0.0f;
        if (k_4 < p.concat6_end0) {
          const float slice8_11 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_13 = slice8_11;
        } else {
          if (k_4 < p.concat6_end1) {
            const float slice10_11 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_13 = slice10_11;
          } else {
            if (k_4 < p.concat6_end2) {
              const float slice12_11 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_13 = slice12_11;
            } else {
              const float slice14_11 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_13 = slice14_11;
            }
          }
        }
        const float sub5_2 = part_13 - acc_3;
        const float exp4_2 = expf(sub5_2);
        exp4_tab_2[k_4] = exp4_2;
      }
      for (int k_3 = 0; k_3 < p.mul3_tabn; ++k_3) {
        float part_18 = 0.0f;
        if (k_3 < p.concat6_end0) {
          const float slice8_16 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_18 = slice8_16;
        } else {
          if (k_3 < p.concat6_end1) {
            const float slice10_16 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_18 = slice10_16;
          } else {
            if (k_3 < p.concat6_end2) {
              const float slice12_16 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_18 = slice12_16;
            } else {
              const float slice14_16 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_18 = slice14_16;
            }
          }
        }
        const float mul3_1 = exp4_tab_2[k_3] * part_18;
        mul3_tab_1[k_3] = mul3_1;
      }
      const float reshape2_1 = mul3_tab_1[1];
      part_12 = reshape2_1;
    } else {
      float exp4_tab_3[4] = {};
      float acc_4 = -__int_as_float(0x7f800000);
      float part_20 = 0.0f;
      if (0 < p.concat6_end0) {
        const float slice8_18 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_20 = slice8_18;
      } else {
        if (0 < p.concat6_end1) {
          const float slice10_18 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_20 = slice10_18;
        } else {
          if (0 < p.concat6_end2) {
            const float slice12_18 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_20 = slice12_18;
          } else {
            const float slice14_18 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_20 = slice14_18;
          }
        }
      }
      acc_4 = f32_max_nan(acc_4, part_20);
      float part_21 = 0.0f;
      if (1 < p.concat6_end0) {
        const float slice8_19 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_21 = slice8_19;
      } else {
        if (1 < p.concat6_end1) {
          const float slice10_19 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_21 = slice10_19;
        } else {
          if (1 < p.concat6_end2) {
            const float slice12_19 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_21 = slice12_19;
          } else {
            const float slice14_19 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_21 = slice14_19;
          }
        }
      }
      acc_4 = f32_max_nan(acc_4, part_21);
      float part_22 = 0.0f;
      if (2 < p.concat6_end0) {
        const float slice8_20 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_22 = slice8_20;
      } else {
        if (2 < p.concat6_end1) {
          const float slice10_20 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_22 = slice10_20;
        } else {
          if (2 < p.concat6_end2) {
            const float slice12_20 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_22 = slice12_20;
          } else {
            const float slice14_20 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_22 = slice14_20;
          }
        }
      }
      acc_4 = f32_max_nan(acc_4, part_22);
      float part_23 = 0.0f;
      if (3 < p.concat6_end0) {
        const float slice8_21 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_23 = slice8_21;
      } else {
        if (3 < p.concat6_end1) {
          const float slice10_21 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_23 = slice10_21;
        } else {
          if (3 < p.concat6_end2) {
            const float slice12_21 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_23 = slice12_21;
          } else {
            const float slice14_21 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_23 = slice14_21;
          }
        }
      }
      acc_4 = f32_max_nan(acc_4, part_23);
      for (int k_5 = 0; k_5 < p.exp4_tabn; ++k_5) {
        float part_19 = 0.0f;
        if (k_5 < p.concat6_end0) {
          const float slice8_17 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_19 = slice8_17;
        } else {
          if (k_5 < p.concat6_end1) {
            const float slice10_17 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_19 = slice10_17;
          } else {
            if (k_5 < p.concat6_end2) {
              const float slice12_17 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_19 = slice12_17;
            } else {
              const float slice14_17 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_19 = slice14_17;
            }
          }
        }
        const float sub5_3 = part_19 - acc_4;
        const float exp4_3 = expf(sub5_3);
        exp4_tab_3[k_5] = exp4_3;
      }
      const float reshape16_1 = exp4_tab_3[1];
      part_12 = reshape16_1;
    }
    acc = acc + part_12;
    float part_24 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_2[4] = {};
      float exp4_tab_4[4] = {};
      float acc_5 = -__int_as_float(0x7f800000);
      float part_26 = 0.0f;
      if (0 < p.concat6_end0) {
        const float slice8_23 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_26 = slice8_23;
      } else {
        if (0 < p.concat6_end1) {
          const float slice10_23 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_26 = slice10_23;
        } else {
          if (0 < p.concat6_end2) {
            const float slice12_23 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_26 = slice12_23;
          } else {
            const float slice14_23 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_26 = slice14_23;
          }
        }
      }
      acc_5 = f32_max_nan(acc_5, part_26);
      float part_27 = 0.0f;
      if (1 < p.concat6_end0) {
        const float slice8_24 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_27 = slice8_24;
      } else {
        if (1 < p.concat6_end1) {
          const float slice10_24 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_27 = slice10_24;
        } else {
          if (1 < p.concat6_end2) {
            const float slice12_24 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_27 = slice12_24;
          } else {
            const float slice14_24 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_27 = slice14_24;
          }
        }
      }
      acc_5 = f32_max_nan(acc_5, part_27);
      float part_28 = 0.0f;
      if (2 < p.concat6_end0) {
        const float slice8_25 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_28 = slice8_25;
      } else {
        if (2 < p.concat6_end1) {
          const float slice10_25 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_28 = slice10_25;
        } else {
          if (2 < p.concat6_end2) {
            const float slice12_25 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_28 = slice12_25;
          } else {
            const float slice14_25 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_28 = slice14_25;
          }
        }
      }
      acc_5 = f32_max_nan(acc_5, part_28);
      float part_29 = 0.0f;
      if (3 < p.concat6_end0) {
        const float slice8_26 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_29 = slice8_26;
      } else {
        if (3 < p.concat6_end1) {
          const float slice10_26 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_29 = slice10_26;
        } else {
          if (3 < p.concat6_end2) {
            const float slice12_26 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_29 = slice12_26;
          } else {
            const float slice14_26 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_29 = slice14_26;
          }
        }
      }
      acc_5 = f32_max_nan(acc_5, part_29);
      for (int k_7 = 0; k_7 < p.exp4_tabn; ++k_7) {
        float part_25 = 0.0f;
        if (k_7 < p.concat6_end0) {
          const float slice8_22 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_25 = slice8_22;
        } else {
          if (k_7 < p.concat6_end1) {
            const float slice10_22 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_25 = slice10_22;
          } else {
            if (k_7 < p.concat6_end2) {
              const float slice12_22 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_25 = slice12_22;
            } else {
              const float slice14_22 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_25 = slice14_22;
            }
          }
        }
        const float sub5_4 = part_25 - acc_5;
        const float exp4_4 = expf(sub5_4);
        exp4_tab_4[k_7] = exp4_4;
      }
      for (int k_6 = 0; k_6 < p.mul3_tabn; ++k_6) {
        float part_30 = 0.0f;
        if (k_6 < p.concat6_end0) {
          const float slice8_27 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_30 = slice8_27;
        } else {
          if (k_6 < p.concat6_end1) {
            const float slice10_27 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_30 = slice10_27;
          } else {
            if (k_6 < p.concat6_end2) {
              const float slice12_27 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_30 = slice12_27;
            } else {
              const float slice14_27 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_30 = slice14_27;
            }
          }
        }
        const float mul3_2 = exp4_tab_4[k_6] * part_30;
        mul3_tab_2[k_6] = mul3_2;
      }
      const float reshape2_2 = mul3_tab_2[2];
      part_24 = reshape2_2;
    } else {
      float exp4_tab_5[4] = {};
      float acc_6 = -__int_as_float(0x7f800000);
      float part_32 = 0.0f;
      if (0 < p.concat6_end0) {
        const float slice8_29 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_32 = slice8_29;
      } else {
        if (0 < p.concat6_end1) {
          const float slice10_29 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_32 = slice10_29;
        } else {
          if (0 < p.concat6_end2) {
            const float slice12_29 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_32 = slice12_29;
          } else {
            const float slice14_29 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_32 = slice14_29;
          }
        }
      }
      acc_6 = f32_max_nan(acc_6, part_32);
      float part_33 = 0.0f;
      if (1 < p.concat6_end0) {
        const float slice8_30 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_33 = slice8_30;
      } else {
        if (1 < p.concat6_end1) {
          const float slice10_30 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_33 = slice10_30;
        } else {
          if (1 < p.concat6_end2) {
            const float slice12_30 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_33 = slice12_30;
          } else {
            const float slice14_30 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_33 = slice14_30;
          }
        }
      }
      acc_6 = f32_max_nan(acc_6, part_33);
      float part_34 = 0.0f;
      if (2 < p.concat6_end0) {
        const float slice8_31 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_34 = slice8_31;
      } else {
        if (2 < p.concat6_end1) {
          const float slice10_31 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_34 = slice10_31;
        } else {
          if (2 < p.concat6_end2) {
            const float slice12_31 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_34 = slice12_31;
          } else {
            const float slice14_31 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_34 = slice14_31;
          }
        }
      }
      acc_6 = f32_max_nan(acc_6, part_34);
      float part_35 = 0.0f;
      if (3 < p.concat6_end0) {
        const float slice8_32 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_35 = slice8_32;
      } else {
        if (3 < p.concat6_end1) {
          const float slice10_32 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_35 = slice10_32;
        } else {
          if (3 < p.concat6_end2) {
            const float slice12_32 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_35 = slice12_32;
          } else {
            const float slice14_32 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_35 = slice14_32;
          }
        }
      }
      acc_6 = f32_max_nan(acc_6, part_35);
      for (int k_8 = 0; k_8 < p.exp4_tabn; ++k_8) {
        float part_31 = 0.0f;
        if (k_8 < p.concat6_end0) {
          const float slice8_28 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_31 = slice8_28;
        } else {
          if (k_8 < p.concat6_end1) {
            const float slice10_28 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_31 = slice10_28;
          } else {
            if (k_8 < p.concat6_end2) {
              const float slice12_28 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_31 = slice12_28;
            } else {
              const float slice14_28 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_31 = slice14_28;
            }
          }
        }
        const float sub5_5 = part_31 - acc_6;
        const float exp4_5 = expf(sub5_5);
        exp4_tab_5[k_8] = exp4_5;
      }
      const float reshape16_2 = exp4_tab_5[2];
      part_24 = reshape16_2;
    }
    acc = acc + part_24;
    float part_36 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_3[4] = {};
      float exp4_tab_6[4] = {};
      float acc_7 = -__int_as_float(0x7f800000);
      float part_38 = 0.0f;
      if (0 < p.concat6_end0) {
        const float slice8_34 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_38 = slice8_34;
      } else {
        if (0 < p.concat6_end1) {
          const float slice10_34 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_38 = slice10_34;
        } else {
          if (0 < p.concat6_end2) {
            const float slice12_34 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_38 = slice12_34;
          } else {
            const float slice14_34 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_38 = slice14_34;
          }
        }
      }
      acc_7 = f32_max_nan(acc_7, part_38);
      float part_39 = 0.0f;
      if (1 < p.concat6_end0) {
        const float slice8_35 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_39 = slice8_35;
      } else {
        if (1 < p.concat6_end1) {
          const float slice10_35 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_39 = slice10_35;
        } else {
          if (1 < p.concat6_end2) {
            const float slice12_35 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_39 = slice12_35;
          } else {
            const float slice14_35 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_39 = slice14_35;
          }
        }
      }
      acc_7 = f32_max_nan(acc_7, part_39);
      float part_40 = 0.0f;
      if (2 < p.concat6_end0) {
        const float slice8_36 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_40 = slice8_36;
      } else {
        if (2 < p.concat6_end1) {
          const float slice10_36 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_40 = slice10_36;
        } else {
          if (2 < p.concat6_end2) {
            const float slice12_36 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_40 = slice12_36;
          } else {
            const float slice14_36 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_40 = slice14_36;
          }
        }
      }
      acc_7 = f32_max_nan(acc_7, part_40);
      float part_41 = 0.0f;
      if (3 < p.concat6_end0) {
        const float slice8_37 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_41 = slice8_37;
      } else {
        if (3 < p.concat6_end1) {
          const float slice10_37 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_41 = slice10_37;
        } else {
          if (3 < p.concat6_end2) {
            const float slice12_37 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_41 = slice12_37;
          } else {
            const float slice14_37 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_41 = slice14_37;
          }
        }
      }
      acc_7 = f32_max_nan(acc_7, part_41);
      for (int k_10 = 0; k_10 < p.exp4_tabn; ++k_10) {
        float part_37 = 0.0f;
        if (k_10 < p.concat6_end0) {
          const float slice8_33 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_37 = slice8_33;
        } else {
          if (k_10 < p.concat6_end1) {
            const float slice10_33 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_37 = slice10_33;
          } else {
            if (k_10 < p.concat6_end2) {
              const float slice12_33 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_37 = slice12_33;
            } else {
              const float slice14_33 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_37 = slice14_33;
            }
          }
        }
        const float sub5_6 = part_37 - acc_7;
        const float exp4_6 = expf(sub5_6);
        exp4_tab_6[k_10] = exp4_6;
      }
      for (int k_9 = 0; k_9 < p.mul3_tabn; ++k_9) {
        float part_42 = 0.0f;
        if (k_9 < p.concat6_end0) {
          const float slice8_38 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_42 = slice8_38;
        } else {
          if (k_9 < p.concat6_end1) {
            const float slice10_38 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_42 = slice10_38;
          } else {
            if (k_9 < p.concat6_end2) {
              const float slice12_38 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_42 = slice12_38;
            } else {
              const float slice14_38 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_42 = slice14_38;
            }
          }
        }
        const float mul3_3 = exp4_tab_6[k_9] * part_42;
        mul3_tab_3[k_9] = mul3_3;
      }
      const float reshape2_3 = mul3_tab_3[3];
      part_36 = reshape2_3;
    } else {
      float exp4_tab_7[4] = {};
      float acc_8 = -__int_as_float(0x7f800000);
      float part_44 = 0.0f;
      if (0 < p.concat6_end0) {
        const float slice8_40 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_44 = slice8_40;
      } else {
        if (0 < p.concat6_end1) {
          const float slice10_40 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_44 = slice10_40;
        } else {
          if (0 < p.concat6_end2) {
            const float slice12_40 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_44 = slice12_40;
          } else {
            const float slice14_40 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_44 = slice14_40;
          }
        }
      }
      acc_8 = f32_max_nan(acc_8, part_44);
      float part_45 = 0.0f;
      if (1 < p.concat6_end0) {
        const float slice8_41 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_45 = slice8_41;
      } else {
        if (1 < p.concat6_end1) {
          const float slice10_41 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_45 = slice10_41;
        } else {
          if (1 < p.concat6_end2) {
            const float slice12_41 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_45 = slice12_41;
          } else {
            const float slice14_41 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_45 = slice14_41;
          }
        }
      }
      acc_8 = f32_max_nan(acc_8, part_45);
      float part_46 = 0.0f;
      if (2 < p.concat6_end0) {
        const float slice8_42 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_46 = slice8_42;
      } else {
        if (2 < p.concat6_end1) {
          const float slice10_42 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_46 = slice10_42;
        } else {
          if (2 < p.concat6_end2) {
            const float slice12_42 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_46 = slice12_42;
          } else {
            const float slice14_42 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_46 = slice14_42;
          }
        }
      }
      acc_8 = f32_max_nan(acc_8, part_46);
      float part_47 = 0.0f;
      if (3 < p.concat6_end0) {
        const float slice8_43 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
        part_47 = slice8_43;
      } else {
        if (3 < p.concat6_end1) {
          const float slice10_43 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
          part_47 = slice10_43;
        } else {
          if (3 < p.concat6_end2) {
            const float slice12_43 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
            part_47 = slice12_43;
          } else {
            const float slice14_43 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
            part_47 = slice14_43;
          }
        }
      }
      acc_8 = f32_max_nan(acc_8, part_47);
      for (int k_11 = 0; k_11 < p.exp4_tabn; ++k_11) {
        float part_43 = 0.0f;
        if (k_11 < p.concat6_end0) {
          const float slice8_39 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))];
          part_43 = slice8_39;
        } else {
          if (k_11 < p.concat6_end1) {
            const float slice10_39 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice10_start3, i32_mul(line_i4, p.slice10_step3)), p.in0_s3)), i32_mul(i32_add(p.slice10_start4, i32_mul(line_i5, p.slice10_step4)), p.in0_s4))];
            part_43 = slice10_39;
          } else {
            if (k_11 < p.concat6_end2) {
              const float slice12_39 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice12_start3, i32_mul(line_i4, p.slice12_step3)), p.in0_s3)), i32_mul(i32_add(p.slice12_start4, i32_mul(line_i5, p.slice12_step4)), p.in0_s4))];
              part_43 = slice12_39;
            } else {
              const float slice14_39 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice14_start3, i32_mul(line_i4, p.slice14_step3)), p.in0_s3)), i32_mul(i32_add(p.slice14_start4, i32_mul(line_i5, p.slice14_step4)), p.in0_s4))];
              part_43 = slice14_39;
            }
          }
        }
        const float sub5_7 = part_43 - acc_8;
        const float exp4_7 = expf(sub5_7);
        exp4_tab_7[k_11] = exp4_7;
      }
      const float reshape16_3 = exp4_tab_7[3];
      part_36 = reshape16_3;
    }
    acc = acc + part_36;
    out[i32_add(i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(pos, p.out_s3)), i32_mul(line_i4, p.out_s4)), i32_mul(line_i5, p.out_s5))] = acc;
  }
}
