// k1_sum_concat_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_sum_concat_reshape_mul: 1 launch(es)
// launch 1: reads 1820 B, writes 896 B; fuses:
//   %16 reshape  @ nn/norm.ts:96:40
//   %17 add  @ nn/norm.ts:118:21
//   %18 relu  @ nn/mtconv-paper.ts:82:16
//   %19 slice  @ nn/softpool.ts:51:29
//   %20 reshape  @ nn/softpool.ts:51:19
//   %21 slice  @ nn/softpool.ts:51:29
//   %22 reshape  @ nn/softpool.ts:51:19
//   %23 slice  @ nn/softpool.ts:51:29
//   %24 reshape  @ nn/softpool.ts:51:19
//   %25 slice  @ nn/softpool.ts:51:29
//   %26 reshape  @ nn/softpool.ts:51:19
//   %27 concat  @ nn/softpool.ts:54:35
//   %28 max  @ nn/softpool.ts:55:15
//   %29 sub  @ nn/softpool.ts:56:21
//   %30 exp [register table along axis 3]  @ nn/softpool.ts:56:15
//   %31 mul [register table along axis 3]  @ nn/softpool.ts:60:44
//   %32 reshape  @ nn/softpool.ts:60:34
//   %33 reshape  @ nn/softpool.ts:60:76
//   %34 concat  @ nn/softpool.ts:60:24
//   %35 sum  @ nn/softpool.ts:60:18
// stores %35 sum: read by 2 kernels (of %51 sum, %82 sub): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k1_sum_concat_reshape_mul_params (by value, 172 bytes).

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
struct k1_sum_concat_reshape_mul_params {
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
  int in1_s0;
  int concat6_end1;
  int slice13_start3;
  int slice13_step3;
  int slice13_start4;
  int slice13_step4;
  int concat6_end2;
  int slice15_start3;
  int slice15_step3;
  int slice15_start4;
  int slice15_step4;
  int slice17_start3;
  int slice17_step3;
  int slice17_start4;
  int slice17_step4;
  int max18_n;
};

extern "C" __global__ void __launch_bounds__(64) k1_sum_concat_reshape_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k1_sum_concat_reshape_mul_params p
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
      for (int r_1 = 0; r_1 < p.max18_n; ++r_1) {
        float part_2 = 0.0f;
        if (r_1 < p.concat6_end0) {
          const float reshape11_4 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_4;
          const float relu9_4 = add10_4 < 0.0f ? 0.0f : add10_4;
          part_2 = relu9_4;
        } else {
          if (r_1 < p.concat6_end1) {
            const float reshape11_5 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_5 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_5;
            const float relu9_5 = add10_5 < 0.0f ? 0.0f : add10_5;
            part_2 = relu9_5;
          } else {
            if (r_1 < p.concat6_end2) {
              const float reshape11_6 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_6 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_6;
              const float relu9_6 = add10_6 < 0.0f ? 0.0f : add10_6;
              part_2 = relu9_6;
            } else {
              const float reshape11_7 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_7 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_7;
              const float relu9_7 = add10_7 < 0.0f ? 0.0f : add10_7;
              part_2 = relu9_7;
            }
          }
        }
        acc_1 = f32_max_nan(acc_1, part_2);
      }
      for (int k_1 = 0; k_1 < p.exp4_tabn; ++k_1) {
        float part_1 = 0.0f;
        if (k_1 < p.concat6_end0) {
          const float reshape11 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11;
          const float relu9 = add10 < 0.0f ? 0.0f : add10;
          part_1 = relu9;
        } else {
          if (k_1 < p.concat6_end1) {
            const float reshape11_1 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_1;
            const float relu9_1 = add10_1 < 0.0f ? 0.0f : add10_1;
            part_1 = relu9_1;
          } else {
            if (k_1 < p.concat6_end2) {
              const float reshape11_2 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_2;
              const float relu9_2 = add10_2 < 0.0f ? 0.0f : add10_2;
              part_1 = relu9_2;
            } else {
              const float reshape11_3 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_3;
              const float relu9_3 = add10_3 < 0.0f ? 0.0f : add10_3;
              part_1 = relu9_3;
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
          const float reshape11_8 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_8 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_8;
          const float relu9_8 = add10_8 < 0.0f ? 0.0f : add10_8;
          part_3 = relu9_8;
        } else {
          if (k < p.concat6_end1) {
            const float reshape11_9 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_9 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_9;
            const float relu9_9 = add10_9 < 0.0f ? 0.0f : add10_9;
            part_3 = relu9_9;
          } else {
            if (k < p.concat6_end2) {
              const float reshape11_10 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_10 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_10;
              const float relu9_10 = add10_10 < 0.0f ? 0.0f : add10_10;
              part_3 = relu9_10;
            } else {
              const float reshape11_11 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_11 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_11;
              const float relu9_11 = add10_11 < 0.0f ? 0.0f : add10_11;
              part_3 = relu9_11;
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
      for (int r_2 = 0; r_2 < p.max18_n; ++r_2) {
        float part_5 = 0.0f;
        if (r_2 < p.concat6_end0) {
          const float reshape11_16 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_16 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_16;
          const float relu9_16 = add10_16 < 0.0f ? 0.0f : add10_16;
          part_5 = relu9_16;
        } else {
          if (r_2 < p.concat6_end1) {
            const float reshape11_17 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_17 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_17;
            const float relu9_17 = add10_17 < 0.0f ? 0.0f : add10_17;
            part_5 = relu9_17;
          } else {
            if (r_2 < p.concat6_end2) {
              const float reshape11_18 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_18 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_18;
              const float relu9_18 = add10_18 < 0.0f ? 0.0f : add10_18;
              part_5 = relu9_18;
            } else {
              const float reshape11_19 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_19 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_19;
              const float relu9_19 = add10_19 < 0.0f ? 0.0f : add10_19;
              part_5 = relu9_19;
            }
          }
        }
        acc_2 = f32_max_nan(acc_2, part_5);
      }
      for (int k_2 = 0; k_2 < p.exp4_tabn; ++k_2) {
        float part_4 = 0.0f;
        if (k_2 < p.concat6_end0) {
          const float reshape11_12 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_12 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_12;
          const float relu9_12 = add10_12 < 0.0f ? 0.0f : add10_12;
          part_4 = relu9_12;
        } else {
          if (k_2 < p.concat6_end1) {
            const float reshape11_13 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_13 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_13;
            const float relu9_13 = add10_13 < 0.0f ? 0.0f : add10_13;
            part_4 = relu9_13;
          } else {
            if (k_2 < p.concat6_end2) {
              const float reshape11_14 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_14 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_14;
              const float relu9_14 = add10_14 < 0.0f ? 0.0f : add10_14;
              part_4 = relu9_14;
            } else {
              const float reshape11_15 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_15 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_15;
              const float relu9_15 = add10_15 < 0.0f ? 0.0f : add10_15;
              part_4 = relu9_15;
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
        const float reshape19 = exp4_tab_1[r];
        part = reshape19;
      }
      acc = acc + part;
    }
    out[i32_add(i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(pos, p.out_s3)), i32_mul(line_i4, p.out_s4)), i32_mul(line_i5, p.out_s5))] = acc;
  }
}
