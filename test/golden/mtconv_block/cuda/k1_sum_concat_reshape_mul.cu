// k1_sum_concat_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_sum_concat_reshape_mul: 1 launch(es)
// launch 1: reads 1820 B, writes 896 B; fuses:
//   %16 reshape  @ nn/norm.ts:101:40
//   %17 add  @ nn/norm.ts:123:21
//   %18 relu  @ nn/mtconv-paper.ts:87:16
//   %19 slice  @ nn/softpool.ts:54:29
//   %20 reshape  @ nn/softpool.ts:54:19
//   %21 slice  @ nn/softpool.ts:54:29
//   %22 reshape  @ nn/softpool.ts:54:19
//   %23 slice  @ nn/softpool.ts:54:29
//   %24 reshape  @ nn/softpool.ts:54:19
//   %25 slice  @ nn/softpool.ts:54:29
//   %26 reshape  @ nn/softpool.ts:54:19
//   %27 concat  @ nn/softpool.ts:57:35
//   %28 max  @ nn/softpool.ts:58:15
//   %29 sub  @ nn/softpool.ts:59:21
//   %30 exp [register table along axis 3]  @ nn/softpool.ts:59:15
//   %31 mul [register table along axis 3]  @ nn/softpool.ts:63:44
//   %32 reshape  @ nn/softpool.ts:63:34
//   %33 reshape  @ nn/softpool.ts:63:76
//   %34 concat  @ nn/softpool.ts:63:24
//   %35 sum  @ nn/softpool.ts:63:18
// stores %35 sum: read by 2 kernels (of %51 sum, %82 sub): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k1_sum_concat_reshape_mul_params (by value, 164 bytes).

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
    float part = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab[4] = {};
      float exp4_tab[4] = {};
      float acc_1 = -__int_as_float(0x7f800000);
      float part_2 = 0.0f;
      if (0 < p.concat6_end0) {
        const float reshape11_4 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_4;
        const float relu9_4 = add10_4 < 0.0f ? 0.0f : add10_4;
        part_2 = relu9_4;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape11_5 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_5 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_5;
          const float relu9_5 = add10_5 < 0.0f ? 0.0f : add10_5;
          part_2 = relu9_5;
        } else {
          if (0 < p.concat6_end2) {
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
      float part_3 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape11_8 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_8 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_8;
        const float relu9_8 = add10_8 < 0.0f ? 0.0f : add10_8;
        part_3 = relu9_8;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape11_9 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_9 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_9;
          const float relu9_9 = add10_9 < 0.0f ? 0.0f : add10_9;
          part_3 = relu9_9;
        } else {
          if (1 < p.concat6_end2) {
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
      acc_1 = f32_max_nan(acc_1, part_3);
      float part_4 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape11_12 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_12 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_12;
        const float relu9_12 = add10_12 < 0.0f ? 0.0f : add10_12;
        part_4 = relu9_12;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape11_13 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_13 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_13;
          const float relu9_13 = add10_13 < 0.0f ? 0.0f : add10_13;
          part_4 = relu9_13;
        } else {
          if (2 < p.concat6_end2) {
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
      acc_1 = f32_max_nan(acc_1, part_4);
      float part_5 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape11_16 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_16 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_16;
        const float relu9_16 = add10_16 < 0.0f ? 0.0f : add10_16;
        part_5 = relu9_16;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape11_17 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_17 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_17;
          const float relu9_17 = add10_17 < 0.0f ? 0.0f : add10_17;
          part_5 = relu9_17;
        } else {
          if (3 < p.concat6_end2) {
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
      acc_1 = f32_max_nan(acc_1, part_5);
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
        float part_6 = 0.0f;
        if (k < p.concat6_end0) {
          const float reshape11_20 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_20 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_20;
          const float relu9_20 = add10_20 < 0.0f ? 0.0f : add10_20;
          part_6 = relu9_20;
        } else {
          if (k < p.concat6_end1) {
            const float reshape11_21 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_21 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_21;
            const float relu9_21 = add10_21 < 0.0f ? 0.0f : add10_21;
            part_6 = relu9_21;
          } else {
            if (k < p.concat6_end2) {
              const float reshape11_22 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_22 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_22;
              const float relu9_22 = add10_22 < 0.0f ? 0.0f : add10_22;
              part_6 = relu9_22;
            } else {
              const float reshape11_23 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_23 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_23;
              const float relu9_23 = add10_23 < 0.0f ? 0.0f : add10_23;
              part_6 = relu9_23;
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
        const float reshape11_28 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_28 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_28;
        const float relu9_28 = add10_28 < 0.0f ? 0.0f : add10_28;
        part_8 = relu9_28;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape11_29 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_29 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_29;
          const float relu9_29 = add10_29 < 0.0f ? 0.0f : add10_29;
          part_8 = relu9_29;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape11_30 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_30 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_30;
            const float relu9_30 = add10_30 < 0.0f ? 0.0f : add10_30;
            part_8 = relu9_30;
          } else {
            const float reshape11_31 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_31 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_31;
            const float relu9_31 = add10_31 < 0.0f ? 0.0f : add10_31;
            part_8 = relu9_31;
          }
        }
      }
      acc_2 = f32_max_nan(acc_2, part_8);
      float part_9 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape11_32 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_32 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_32;
        const float relu9_32 = add10_32 < 0.0f ? 0.0f : add10_32;
        part_9 = relu9_32;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape11_33 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_33 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_33;
          const float relu9_33 = add10_33 < 0.0f ? 0.0f : add10_33;
          part_9 = relu9_33;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape11_34 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_34 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_34;
            const float relu9_34 = add10_34 < 0.0f ? 0.0f : add10_34;
            part_9 = relu9_34;
          } else {
            const float reshape11_35 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_35 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_35;
            const float relu9_35 = add10_35 < 0.0f ? 0.0f : add10_35;
            part_9 = relu9_35;
          }
        }
      }
      acc_2 = f32_max_nan(acc_2, part_9);
      float part_10 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape11_36 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_36 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_36;
        const float relu9_36 = add10_36 < 0.0f ? 0.0f : add10_36;
        part_10 = relu9_36;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape11_37 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_37 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_37;
          const float relu9_37 = add10_37 < 0.0f ? 0.0f : add10_37;
          part_10 = relu9_37;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape11_38 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_38 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_38;
            const float relu9_38 = add10_38 < 0.0f ? 0.0f : add10_38;
            part_10 = relu9_38;
          } else {
            const float reshape11_39 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_39 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_39;
            const float relu9_39 = add10_39 < 0.0f ? 0.0f : add10_39;
            part_10 = relu9_39;
          }
        }
      }
      acc_2 = f32_max_nan(acc_2, part_10);
      float part_11 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape11_40 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_40 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_40;
        const float relu9_40 = add10_40 < 0.0f ? 0.0f : add10_40;
        part_11 = relu9_40;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape11_41 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_41 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_41;
          const float relu9_41 = add10_41 < 0.0f ? 0.0f : add10_41;
          part_11 = relu9_41;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape11_42 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_42 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_42;
            const float relu9_42 = add10_42 < 0.0f ? 0.0f : add10_42;
            part_11 = relu9_42;
          } else {
            const float reshape11_43 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_43 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_43;
            const float relu9_43 = add10_43 < 0.0f ? 0.0f : add10_43;
            part_11 = relu9_43;
          }
        }
      }
      acc_2 = f32_max_nan(acc_2, part_11);
      for (int k_2 = 0; k_2 < p.exp4_tabn; ++k_2) {
        float part_7 = 0.0f;
        if (k_2 < p.concat6_end0) {
          const float reshape11_24 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_24 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_24;
          const float relu9_24 = add10_24 < 0.0f ? 0.0f : add10_24;
          part_7 = relu9_24;
        } else {
          if (k_2 < p.concat6_end1) {
            const float reshape11_25 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_25 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_25;
            const float relu9_25 = add10_25 < 0.0f ? 0.0f : add10_25;
            part_7 = relu9_25;
          } else {
            if (k_2 < p.concat6_end2) {
              const float reshape11_26 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_26 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_26;
              const float relu9_26 = add10_26 < 0.0f ? 0.0f : add10_26;
              part_7 = relu9_26;
            } else {
              const float reshape11_27 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_27 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_27;
              const float relu9_27 = add10_27 < 0.0f ? 0.0f : add10_27;
              part_7 = relu9_27;
            }
          }
        }
        const float sub5_1 = part_7 - acc_2;
        const float exp4_1 = expf(sub5_1);
        exp4_tab_1[k_2] = exp4_1;
      }
      const float reshape19 = exp4_tab_1[0];
      part = reshape19;
    }
    acc = acc + part;
    float part_12 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_1[4] = {};
      float exp4_tab_2[4] = {};
      float acc_3 = -__int_as_float(0x7f800000);
      float part_14 = 0.0f;
      if (0 < p.concat6_end0) {
        const float reshape11_48 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_48 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_48;
        const float relu9_48 = add10_48 < 0.0f ? 0.0f : add10_48;
        part_14 = relu9_48;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape11_49 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_49 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_49;
          const float relu9_49 = add10_49 < 0.0f ? 0.0f : add10_49;
          part_14 = relu9_49;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape11_50 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_50 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_50;
            const float relu9_50 = add10_50 < 0.0f ? 0.0f : add10_50;
            part_14 = relu9_50;
          } else {
            const float reshape11_51 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_51 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_51;
            const float relu9_51 = add10_51 < 0.0f ? 0.0f : add10_51;
            part_14 = relu9_51;
          }
        }
      }
      acc_3 = f32_max_nan(acc_3, part_14);
      float part_15 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape11_52 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_52 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_52;
        const float relu9_52 = add10_52 < 0.0f ? 0.0f : add10_52;
        part_15 = relu9_52;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape11_53 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_53 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_53;
          const float relu9_53 = add10_53 < 0.0f ? 0.0f : add10_53;
          part_15 = relu9_53;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape11_54 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_54 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_54;
            const float relu9_54 = add10_54 < 0.0f ? 0.0f : add10_54;
            part_15 = relu9_54;
          } else {
            const float reshape11_55 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_55 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_55;
            const float relu9_55 = add10_55 < 0.0f ? 0.0f : add10_55;
            part_15 = relu9_55;
          }
        }
      }
      acc_3 = f32_max_nan(acc_3, part_15);
      float part_16 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape11_56 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_56 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_56;
        const float relu9_56 = add10_56 < 0.0f ? 0.0f : add10_56;
        part_16 = relu9_56;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape11_57 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_57 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_57;
          const float relu9_57 = add10_57 < 0.0f ? 0.0f : add10_57;
          part_16 = relu9_57;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape11_58 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_58 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_58;
            const float relu9_58 = add10_58 < 0.0f ? 0.0f : add10_58;
            part_16 = relu9_58;
          } else {
            const float reshape11_59 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_59 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_59;
            const float relu9_59 = add10_59 < 0.0f ? 0.0f : add10_59;
            part_16 = relu9_59;
          }
        }
      }
      acc_3 = f32_max_nan(acc_3, part_16);
      float part_17 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape11_60 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_60 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_60;
        const float relu9_60 = add10_60 < 0.0f ? 0.0f : add10_60;
        part_17 = relu9_60;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape11_61 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_61 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_61;
          const float relu9_61 = add10_61 < 0.0f ? 0.0f : add10_61;
          part_17 = relu9_61;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape11_62 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_62 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_62;
            const float relu9_62 = add10_62 < 0.0f ? 0.0f : add10_62;
            part_17 = relu9_62;
          } else {
            const float reshape11_63 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_63 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_63;
            const float relu9_63 = add10_63 < 0.0f ? 0.0f : add10_63;
            part_17 = relu9_63;
          }
        }
      }
      acc_3 = f32_max_nan(acc_3, part_17);
      for (int k_4 = 0; k_4 < p.exp4_tabn; ++k_4) {
        float part_13 = 0.0f;
        if (k_4 < p.concat6_end0) {
          const float reshape11_44 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_44 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_44;
          const float relu9_44 = add10_44 < 0.0f ? 0.0f : add10_44;
          part_13 = relu9_44;
        } else {
          if (k_4 < p.concat6_end1) {
            const float reshape11_45 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_45 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_45;
            const float relu9_45 = add10_45 < 0.0f ? 0.0f : add10_45;
            part_13 = relu9_45;
          } else {
            if (k_4 < p.concat6_end2) {
              const float reshape11_46 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_46 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_46;
              const float relu9_46 = add10_46 < 0.0f ? 0.0f : add10_46;
              part_13 = relu9_46;
            } else {
              const float reshape11_47 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_47 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_47;
              const float relu9_47 = add10_47 < 0.0f ? 0.0f : add10_47;
              part_13 = relu9_47;
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
          const float reshape11_64 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_64 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_64;
          const float relu9_64 = add10_64 < 0.0f ? 0.0f : add10_64;
          part_18 = relu9_64;
        } else {
          if (k_3 < p.concat6_end1) {
            const float reshape11_65 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_65 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_65;
            const float relu9_65 = add10_65 < 0.0f ? 0.0f : add10_65;
            part_18 = relu9_65;
          } else {
            if (k_3 < p.concat6_end2) {
              const float reshape11_66 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_66 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_66;
              const float relu9_66 = add10_66 < 0.0f ? 0.0f : add10_66;
              part_18 = relu9_66;
            } else {
              const float reshape11_67 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_67 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_67;
              const float relu9_67 = add10_67 < 0.0f ? 0.0f : add10_67;
              part_18 = relu9_67;
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
        const float reshape11_72 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_72 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_72;
        const float relu9_72 = add10_72 < 0.0f ? 0.0f : add10_72;
        part_20 = relu9_72;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape11_73 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_73 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_73;
          const float relu9_73 = add10_73 < 0.0f ? 0.0f : add10_73;
          part_20 = relu9_73;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape11_74 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_74 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_74;
            const float relu9_74 = add10_74 < 0.0f ? 0.0f : add10_74;
            part_20 = relu9_74;
          } else {
            const float reshape11_75 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_75 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_75;
            const float relu9_75 = add10_75 < 0.0f ? 0.0f : add10_75;
            part_20 = relu9_75;
          }
        }
      }
      acc_4 = f32_max_nan(acc_4, part_20);
      float part_21 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape11_76 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_76 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_76;
        const float relu9_76 = add10_76 < 0.0f ? 0.0f : add10_76;
        part_21 = relu9_76;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape11_77 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_77 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_77;
          const float relu9_77 = add10_77 < 0.0f ? 0.0f : add10_77;
          part_21 = relu9_77;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape11_78 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_78 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_78;
            const float relu9_78 = add10_78 < 0.0f ? 0.0f : add10_78;
            part_21 = relu9_78;
          } else {
            const float reshape11_79 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_79 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_79;
            const float relu9_79 = add10_79 < 0.0f ? 0.0f : add10_79;
            part_21 = relu9_79;
          }
        }
      }
      acc_4 = f32_max_nan(acc_4, part_21);
      float part_22 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape11_80 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_80 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_80;
        const float relu9_80 = add10_80 < 0.0f ? 0.0f : add10_80;
        part_22 = relu9_80;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape11_81 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_81 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_81;
          const float relu9_81 = add10_81 < 0.0f ? 0.0f : add10_81;
          part_22 = relu9_81;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape11_82 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_82 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_82;
            const float relu9_82 = add10_82 < 0.0f ? 0.0f : add10_82;
            part_22 = relu9_82;
          } else {
            const float reshape11_83 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_83 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_83;
            const float relu9_83 = add10_83 < 0.0f ? 0.0f : add10_83;
            part_22 = relu9_83;
          }
        }
      }
      acc_4 = f32_max_nan(acc_4, part_22);
      float part_23 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape11_84 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_84 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_84;
        const float relu9_84 = add10_84 < 0.0f ? 0.0f : add10_84;
        part_23 = relu9_84;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape11_85 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_85 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_85;
          const float relu9_85 = add10_85 < 0.0f ? 0.0f : add10_85;
          part_23 = relu9_85;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape11_86 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_86 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_86;
            const float relu9_86 = add10_86 < 0.0f ? 0.0f : add10_86;
            part_23 = relu9_86;
          } else {
            const float reshape11_87 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_87 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_87;
            const float relu9_87 = add10_87 < 0.0f ? 0.0f : add10_87;
            part_23 = relu9_87;
          }
        }
      }
      acc_4 = f32_max_nan(acc_4, part_23);
      for (int k_5 = 0; k_5 < p.exp4_tabn; ++k_5) {
        float part_19 = 0.0f;
        if (k_5 < p.concat6_end0) {
          const float reshape11_68 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_68 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_68;
          const float relu9_68 = add10_68 < 0.0f ? 0.0f : add10_68;
          part_19 = relu9_68;
        } else {
          if (k_5 < p.concat6_end1) {
            const float reshape11_69 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_69 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_69;
            const float relu9_69 = add10_69 < 0.0f ? 0.0f : add10_69;
            part_19 = relu9_69;
          } else {
            if (k_5 < p.concat6_end2) {
              const float reshape11_70 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_70 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_70;
              const float relu9_70 = add10_70 < 0.0f ? 0.0f : add10_70;
              part_19 = relu9_70;
            } else {
              const float reshape11_71 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_71 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_71;
              const float relu9_71 = add10_71 < 0.0f ? 0.0f : add10_71;
              part_19 = relu9_71;
            }
          }
        }
        const float sub5_3 = part_19 - acc_4;
        const float exp4_3 = expf(sub5_3);
        exp4_tab_3[k_5] = exp4_3;
      }
      const float reshape19_1 = exp4_tab_3[1];
      part_12 = reshape19_1;
    }
    acc = acc + part_12;
    float part_24 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_2[4] = {};
      float exp4_tab_4[4] = {};
      float acc_5 = -__int_as_float(0x7f800000);
      float part_26 = 0.0f;
      if (0 < p.concat6_end0) {
        const float reshape11_92 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_92 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_92;
        const float relu9_92 = add10_92 < 0.0f ? 0.0f : add10_92;
        part_26 = relu9_92;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape11_93 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_93 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_93;
          const float relu9_93 = add10_93 < 0.0f ? 0.0f : add10_93;
          part_26 = relu9_93;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape11_94 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_94 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_94;
            const float relu9_94 = add10_94 < 0.0f ? 0.0f : add10_94;
            part_26 = relu9_94;
          } else {
            const float reshape11_95 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_95 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_95;
            const float relu9_95 = add10_95 < 0.0f ? 0.0f : add10_95;
            part_26 = relu9_95;
          }
        }
      }
      acc_5 = f32_max_nan(acc_5, part_26);
      float part_27 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape11_96 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_96 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_96;
        const float relu9_96 = add10_96 < 0.0f ? 0.0f : add10_96;
        part_27 = relu9_96;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape11_97 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_97 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_97;
          const float relu9_97 = add10_97 < 0.0f ? 0.0f : add10_97;
          part_27 = relu9_97;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape11_98 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_98 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_98;
            const float relu9_98 = add10_98 < 0.0f ? 0.0f : add10_98;
            part_27 = relu9_98;
          } else {
            const float reshape11_99 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_99 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_99;
            const float relu9_99 = add10_99 < 0.0f ? 0.0f : add10_99;
            part_27 = relu9_99;
          }
        }
      }
      acc_5 = f32_max_nan(acc_5, part_27);
      float part_28 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape11_100 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_100 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_100;
        const float relu9_100 = add10_100 < 0.0f ? 0.0f : add10_100;
        part_28 = relu9_100;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape11_101 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_101 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_101;
          const float relu9_101 = add10_101 < 0.0f ? 0.0f : add10_101;
          part_28 = relu9_101;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape11_102 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_102 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_102;
            const float relu9_102 = add10_102 < 0.0f ? 0.0f : add10_102;
            part_28 = relu9_102;
          } else {
            const float reshape11_103 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_103 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_103;
            const float relu9_103 = add10_103 < 0.0f ? 0.0f : add10_103;
            part_28 = relu9_103;
          }
        }
      }
      acc_5 = f32_max_nan(acc_5, part_28);
      float part_29 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape11_104 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_104 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_104;
        const float relu9_104 = add10_104 < 0.0f ? 0.0f : add10_104;
        part_29 = relu9_104;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape11_105 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_105 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_105;
          const float relu9_105 = add10_105 < 0.0f ? 0.0f : add10_105;
          part_29 = relu9_105;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape11_106 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_106 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_106;
            const float relu9_106 = add10_106 < 0.0f ? 0.0f : add10_106;
            part_29 = relu9_106;
          } else {
            const float reshape11_107 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_107 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_107;
            const float relu9_107 = add10_107 < 0.0f ? 0.0f : add10_107;
            part_29 = relu9_107;
          }
        }
      }
      acc_5 = f32_max_nan(acc_5, part_29);
      for (int k_7 = 0; k_7 < p.exp4_tabn; ++k_7) {
        float part_25 = 0.0f;
        if (k_7 < p.concat6_end0) {
          const float reshape11_88 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_88 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_88;
          const float relu9_88 = add10_88 < 0.0f ? 0.0f : add10_88;
          part_25 = relu9_88;
        } else {
          if (k_7 < p.concat6_end1) {
            const float reshape11_89 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_89 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_89;
            const float relu9_89 = add10_89 < 0.0f ? 0.0f : add10_89;
            part_25 = relu9_89;
          } else {
            if (k_7 < p.concat6_end2) {
              const float reshape11_90 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_90 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_90;
              const float relu9_90 = add10_90 < 0.0f ? 0.0f : add10_90;
              part_25 = relu9_90;
            } else {
              const float reshape11_91 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_91 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_91;
              const float relu9_91 = add10_91 < 0.0f ? 0.0f : add10_91;
              part_25 = relu9_91;
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
          const float reshape11_108 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_108 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_108;
          const float relu9_108 = add10_108 < 0.0f ? 0.0f : add10_108;
          part_30 = relu9_108;
        } else {
          if (k_6 < p.concat6_end1) {
            const float reshape11_109 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_109 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_109;
            const float relu9_109 = add10_109 < 0.0f ? 0.0f : add10_109;
            part_30 = relu9_109;
          } else {
            if (k_6 < p.concat6_end2) {
              const float reshape11_110 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_110 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_110;
              const float relu9_110 = add10_110 < 0.0f ? 0.0f : add10_110;
              part_30 = relu9_110;
            } else {
              const float reshape11_111 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_111 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_111;
              const float relu9_111 = add10_111 < 0.0f ? 0.0f : add10_111;
              part_30 = relu9_111;
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
        const float reshape11_116 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_116 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_116;
        const float relu9_116 = add10_116 < 0.0f ? 0.0f : add10_116;
        part_32 = relu9_116;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape11_117 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_117 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_117;
          const float relu9_117 = add10_117 < 0.0f ? 0.0f : add10_117;
          part_32 = relu9_117;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape11_118 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_118 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_118;
            const float relu9_118 = add10_118 < 0.0f ? 0.0f : add10_118;
            part_32 = relu9_118;
          } else {
            const float reshape11_119 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_119 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_119;
            const float relu9_119 = add10_119 < 0.0f ? 0.0f : add10_119;
            part_32 = relu9_119;
          }
        }
      }
      acc_6 = f32_max_nan(acc_6, part_32);
      float part_33 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape11_120 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_120 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_120;
        const float relu9_120 = add10_120 < 0.0f ? 0.0f : add10_120;
        part_33 = relu9_120;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape11_121 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_121 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_121;
          const float relu9_121 = add10_121 < 0.0f ? 0.0f : add10_121;
          part_33 = relu9_121;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape11_122 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_122 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_122;
            const float relu9_122 = add10_122 < 0.0f ? 0.0f : add10_122;
            part_33 = relu9_122;
          } else {
            const float reshape11_123 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_123 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_123;
            const float relu9_123 = add10_123 < 0.0f ? 0.0f : add10_123;
            part_33 = relu9_123;
          }
        }
      }
      acc_6 = f32_max_nan(acc_6, part_33);
      float part_34 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape11_124 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_124 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_124;
        const float relu9_124 = add10_124 < 0.0f ? 0.0f : add10_124;
        part_34 = relu9_124;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape11_125 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_125 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_125;
          const float relu9_125 = add10_125 < 0.0f ? 0.0f : add10_125;
          part_34 = relu9_125;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape11_126 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_126 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_126;
            const float relu9_126 = add10_126 < 0.0f ? 0.0f : add10_126;
            part_34 = relu9_126;
          } else {
            const float reshape11_127 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_127 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_127;
            const float relu9_127 = add10_127 < 0.0f ? 0.0f : add10_127;
            part_34 = relu9_127;
          }
        }
      }
      acc_6 = f32_max_nan(acc_6, part_34);
      float part_35 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape11_128 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_128 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_128;
        const float relu9_128 = add10_128 < 0.0f ? 0.0f : add10_128;
        part_35 = relu9_128;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape11_129 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_129 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_129;
          const float relu9_129 = add10_129 < 0.0f ? 0.0f : add10_129;
          part_35 = relu9_129;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape11_130 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_130 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_130;
            const float relu9_130 = add10_130 < 0.0f ? 0.0f : add10_130;
            part_35 = relu9_130;
          } else {
            const float reshape11_131 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_131 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_131;
            const float relu9_131 = add10_131 < 0.0f ? 0.0f : add10_131;
            part_35 = relu9_131;
          }
        }
      }
      acc_6 = f32_max_nan(acc_6, part_35);
      for (int k_8 = 0; k_8 < p.exp4_tabn; ++k_8) {
        float part_31 = 0.0f;
        if (k_8 < p.concat6_end0) {
          const float reshape11_112 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_112 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_112;
          const float relu9_112 = add10_112 < 0.0f ? 0.0f : add10_112;
          part_31 = relu9_112;
        } else {
          if (k_8 < p.concat6_end1) {
            const float reshape11_113 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_113 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_113;
            const float relu9_113 = add10_113 < 0.0f ? 0.0f : add10_113;
            part_31 = relu9_113;
          } else {
            if (k_8 < p.concat6_end2) {
              const float reshape11_114 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_114 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_114;
              const float relu9_114 = add10_114 < 0.0f ? 0.0f : add10_114;
              part_31 = relu9_114;
            } else {
              const float reshape11_115 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_115 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_115;
              const float relu9_115 = add10_115 < 0.0f ? 0.0f : add10_115;
              part_31 = relu9_115;
            }
          }
        }
        const float sub5_5 = part_31 - acc_6;
        const float exp4_5 = expf(sub5_5);
        exp4_tab_5[k_8] = exp4_5;
      }
      const float reshape19_2 = exp4_tab_5[2];
      part_24 = reshape19_2;
    }
    acc = acc + part_24;
    float part_36 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_3[4] = {};
      float exp4_tab_6[4] = {};
      float acc_7 = -__int_as_float(0x7f800000);
      float part_38 = 0.0f;
      if (0 < p.concat6_end0) {
        const float reshape11_136 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_136 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_136;
        const float relu9_136 = add10_136 < 0.0f ? 0.0f : add10_136;
        part_38 = relu9_136;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape11_137 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_137 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_137;
          const float relu9_137 = add10_137 < 0.0f ? 0.0f : add10_137;
          part_38 = relu9_137;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape11_138 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_138 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_138;
            const float relu9_138 = add10_138 < 0.0f ? 0.0f : add10_138;
            part_38 = relu9_138;
          } else {
            const float reshape11_139 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_139 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_139;
            const float relu9_139 = add10_139 < 0.0f ? 0.0f : add10_139;
            part_38 = relu9_139;
          }
        }
      }
      acc_7 = f32_max_nan(acc_7, part_38);
      float part_39 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape11_140 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_140 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_140;
        const float relu9_140 = add10_140 < 0.0f ? 0.0f : add10_140;
        part_39 = relu9_140;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape11_141 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_141 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_141;
          const float relu9_141 = add10_141 < 0.0f ? 0.0f : add10_141;
          part_39 = relu9_141;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape11_142 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_142 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_142;
            const float relu9_142 = add10_142 < 0.0f ? 0.0f : add10_142;
            part_39 = relu9_142;
          } else {
            const float reshape11_143 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_143 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_143;
            const float relu9_143 = add10_143 < 0.0f ? 0.0f : add10_143;
            part_39 = relu9_143;
          }
        }
      }
      acc_7 = f32_max_nan(acc_7, part_39);
      float part_40 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape11_144 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_144 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_144;
        const float relu9_144 = add10_144 < 0.0f ? 0.0f : add10_144;
        part_40 = relu9_144;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape11_145 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_145 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_145;
          const float relu9_145 = add10_145 < 0.0f ? 0.0f : add10_145;
          part_40 = relu9_145;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape11_146 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_146 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_146;
            const float relu9_146 = add10_146 < 0.0f ? 0.0f : add10_146;
            part_40 = relu9_146;
          } else {
            const float reshape11_147 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_147 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_147;
            const float relu9_147 = add10_147 < 0.0f ? 0.0f : add10_147;
            part_40 = relu9_147;
          }
        }
      }
      acc_7 = f32_max_nan(acc_7, part_40);
      float part_41 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape11_148 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_148 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_148;
        const float relu9_148 = add10_148 < 0.0f ? 0.0f : add10_148;
        part_41 = relu9_148;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape11_149 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_149 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_149;
          const float relu9_149 = add10_149 < 0.0f ? 0.0f : add10_149;
          part_41 = relu9_149;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape11_150 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_150 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_150;
            const float relu9_150 = add10_150 < 0.0f ? 0.0f : add10_150;
            part_41 = relu9_150;
          } else {
            const float reshape11_151 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_151 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_151;
            const float relu9_151 = add10_151 < 0.0f ? 0.0f : add10_151;
            part_41 = relu9_151;
          }
        }
      }
      acc_7 = f32_max_nan(acc_7, part_41);
      for (int k_10 = 0; k_10 < p.exp4_tabn; ++k_10) {
        float part_37 = 0.0f;
        if (k_10 < p.concat6_end0) {
          const float reshape11_132 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_132 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_132;
          const float relu9_132 = add10_132 < 0.0f ? 0.0f : add10_132;
          part_37 = relu9_132;
        } else {
          if (k_10 < p.concat6_end1) {
            const float reshape11_133 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_133 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_133;
            const float relu9_133 = add10_133 < 0.0f ? 0.0f : add10_133;
            part_37 = relu9_133;
          } else {
            if (k_10 < p.concat6_end2) {
              const float reshape11_134 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_134 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_134;
              const float relu9_134 = add10_134 < 0.0f ? 0.0f : add10_134;
              part_37 = relu9_134;
            } else {
              const float reshape11_135 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_135 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_135;
              const float relu9_135 = add10_135 < 0.0f ? 0.0f : add10_135;
              part_37 = relu9_135;
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
          const float reshape11_152 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_152 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_152;
          const float relu9_152 = add10_152 < 0.0f ? 0.0f : add10_152;
          part_42 = relu9_152;
        } else {
          if (k_9 < p.concat6_end1) {
            const float reshape11_153 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_153 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_153;
            const float relu9_153 = add10_153 < 0.0f ? 0.0f : add10_153;
            part_42 = relu9_153;
          } else {
            if (k_9 < p.concat6_end2) {
              const float reshape11_154 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_154 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_154;
              const float relu9_154 = add10_154 < 0.0f ? 0.0f : add10_154;
              part_42 = relu9_154;
            } else {
              const float reshape11_155 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_155 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_155;
              const float relu9_155 = add10_155 < 0.0f ? 0.0f : add10_155;
              part_42 = relu9_155;
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
        const float reshape11_160 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_160 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_160;
        const float relu9_160 = add10_160 < 0.0f ? 0.0f : add10_160;
        part_44 = relu9_160;
      } else {
        if (0 < p.concat6_end1) {
          const float reshape11_161 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_161 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_161;
          const float relu9_161 = add10_161 < 0.0f ? 0.0f : add10_161;
          part_44 = relu9_161;
        } else {
          if (0 < p.concat6_end2) {
            const float reshape11_162 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_162 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_162;
            const float relu9_162 = add10_162 < 0.0f ? 0.0f : add10_162;
            part_44 = relu9_162;
          } else {
            const float reshape11_163 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_163 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_163;
            const float relu9_163 = add10_163 < 0.0f ? 0.0f : add10_163;
            part_44 = relu9_163;
          }
        }
      }
      acc_8 = f32_max_nan(acc_8, part_44);
      float part_45 = 0.0f;
      if (1 < p.concat6_end0) {
        const float reshape11_164 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_164 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_164;
        const float relu9_164 = add10_164 < 0.0f ? 0.0f : add10_164;
        part_45 = relu9_164;
      } else {
        if (1 < p.concat6_end1) {
          const float reshape11_165 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_165 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_165;
          const float relu9_165 = add10_165 < 0.0f ? 0.0f : add10_165;
          part_45 = relu9_165;
        } else {
          if (1 < p.concat6_end2) {
            const float reshape11_166 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_166 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_166;
            const float relu9_166 = add10_166 < 0.0f ? 0.0f : add10_166;
            part_45 = relu9_166;
          } else {
            const float reshape11_167 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_167 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_167;
            const float relu9_167 = add10_167 < 0.0f ? 0.0f : add10_167;
            part_45 = relu9_167;
          }
        }
      }
      acc_8 = f32_max_nan(acc_8, part_45);
      float part_46 = 0.0f;
      if (2 < p.concat6_end0) {
        const float reshape11_168 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_168 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_168;
        const float relu9_168 = add10_168 < 0.0f ? 0.0f : add10_168;
        part_46 = relu9_168;
      } else {
        if (2 < p.concat6_end1) {
          const float reshape11_169 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_169 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_169;
          const float relu9_169 = add10_169 < 0.0f ? 0.0f : add10_169;
          part_46 = relu9_169;
        } else {
          if (2 < p.concat6_end2) {
            const float reshape11_170 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_170 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_170;
            const float relu9_170 = add10_170 < 0.0f ? 0.0f : add10_170;
            part_46 = relu9_170;
          } else {
            const float reshape11_171 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_171 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_171;
            const float relu9_171 = add10_171 < 0.0f ? 0.0f : add10_171;
            part_46 = relu9_171;
          }
        }
      }
      acc_8 = f32_max_nan(acc_8, part_46);
      float part_47 = 0.0f;
      if (3 < p.concat6_end0) {
        const float reshape11_172 = in1[i32_mul(line_i1, p.in1_s0)];
        const float add10_172 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_172;
        const float relu9_172 = add10_172 < 0.0f ? 0.0f : add10_172;
        part_47 = relu9_172;
      } else {
        if (3 < p.concat6_end1) {
          const float reshape11_173 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_173 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_173;
          const float relu9_173 = add10_173 < 0.0f ? 0.0f : add10_173;
          part_47 = relu9_173;
        } else {
          if (3 < p.concat6_end2) {
            const float reshape11_174 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_174 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_174;
            const float relu9_174 = add10_174 < 0.0f ? 0.0f : add10_174;
            part_47 = relu9_174;
          } else {
            const float reshape11_175 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_175 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_175;
            const float relu9_175 = add10_175 < 0.0f ? 0.0f : add10_175;
            part_47 = relu9_175;
          }
        }
      }
      acc_8 = f32_max_nan(acc_8, part_47);
      for (int k_11 = 0; k_11 < p.exp4_tabn; ++k_11) {
        float part_43 = 0.0f;
        if (k_11 < p.concat6_end0) {
          const float reshape11_156 = in1[i32_mul(line_i1, p.in1_s0)];
          const float add10_156 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice8_start3, i32_mul(line_i4, p.slice8_step3)), p.in0_s3)), i32_mul(i32_add(p.slice8_start4, i32_mul(line_i5, p.slice8_step4)), p.in0_s4))] + reshape11_156;
          const float relu9_156 = add10_156 < 0.0f ? 0.0f : add10_156;
          part_43 = relu9_156;
        } else {
          if (k_11 < p.concat6_end1) {
            const float reshape11_157 = in1[i32_mul(line_i1, p.in1_s0)];
            const float add10_157 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice13_start3, i32_mul(line_i4, p.slice13_step3)), p.in0_s3)), i32_mul(i32_add(p.slice13_start4, i32_mul(line_i5, p.slice13_step4)), p.in0_s4))] + reshape11_157;
            const float relu9_157 = add10_157 < 0.0f ? 0.0f : add10_157;
            part_43 = relu9_157;
          } else {
            if (k_11 < p.concat6_end2) {
              const float reshape11_158 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_158 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice15_start3, i32_mul(line_i4, p.slice15_step3)), p.in0_s3)), i32_mul(i32_add(p.slice15_start4, i32_mul(line_i5, p.slice15_step4)), p.in0_s4))] + reshape11_158;
              const float relu9_158 = add10_158 < 0.0f ? 0.0f : add10_158;
              part_43 = relu9_158;
            } else {
              const float reshape11_159 = in1[i32_mul(line_i1, p.in1_s0)];
              const float add10_159 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(i32_add(p.slice17_start3, i32_mul(line_i4, p.slice17_step3)), p.in0_s3)), i32_mul(i32_add(p.slice17_start4, i32_mul(line_i5, p.slice17_step4)), p.in0_s4))] + reshape11_159;
              const float relu9_159 = add10_159 < 0.0f ? 0.0f : add10_159;
              part_43 = relu9_159;
            }
          }
        }
        const float sub5_7 = part_43 - acc_8;
        const float exp4_7 = expf(sub5_7);
        exp4_tab_7[k_11] = exp4_7;
      }
      const float reshape19_3 = exp4_tab_7[3];
      part_36 = reshape19_3;
    }
    acc = acc + part_36;
    out[i32_add(i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(pos, p.out_s3)), i32_mul(line_i4, p.out_s4)), i32_mul(line_i5, p.out_s5))] = acc;
  }
}
