// k1_sum_mul_slice_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_sum_mul_slice_reshape: 1 launch(es)
// launch 1: reads 1600 B, writes 2496 B; fuses:
//   %2 pad  @ nn/dtf.ts:115:18
//   %3 slice  @ nn/dtf.ts:119:21
//   %4 reshape  @ nn/dtf.ts:120:19
//   %5 slice  @ nn/dtf.ts:119:21
//   %6 reshape  @ nn/dtf.ts:120:19
//   %7 slice  @ nn/dtf.ts:119:21
//   %8 reshape  @ nn/dtf.ts:120:19
//   %9 slice  @ nn/dtf.ts:119:21
//   %10 reshape  @ nn/dtf.ts:120:19
//   %11 slice  @ nn/dtf.ts:119:21
//   %12 reshape  @ nn/dtf.ts:120:19
//   %13 slice  @ nn/dtf.ts:119:21
//   %14 reshape  @ nn/dtf.ts:120:19
//   %15 slice  @ nn/dtf.ts:119:21
//   %16 reshape  @ nn/dtf.ts:120:19
//   %17 slice  @ nn/dtf.ts:119:21
//   %18 reshape  @ nn/dtf.ts:120:19
//   %19 slice  @ nn/dtf.ts:119:21
//   %20 reshape  @ nn/dtf.ts:120:19
//   %21 concat  @ nn/dtf.ts:123:25
//   %22 concat  @ nn/dtf.ts:123:25
//   %23 concat  @ nn/dtf.ts:123:25
//   %24 reshape  @ nn/dtf.ts:125:36
//   %25 permute  @ nn/dtf.ts:125:26
//   %26 reshape  @ nn/dtf.ts:125:16
//   %34 slice  @ nn/dtf.ts:111:51
//   %35 reshape  @ nn/dtf.ts:128:18
//   %36 slice  @ nn/dtf.ts:111:51
//   %37 mul  @ nn/dtf.ts:129:26
//   %38 slice  @ nn/dtf.ts:111:51
//   %39 mul  @ nn/dtf.ts:129:20
//   %40 sum [register table along axis 1, also written]  @ nn/dtf.ts:129:14
//   %41 max  @ nn/activations.ts:8:21
//   %42 sub  @ nn/activations.ts:8:12
//   %43 exp  @ nn/activations.ts:14:15
//   %44 sum  @ nn/activations.ts:15:21
//   %45 div [register table along axis 1]  @ nn/activations.ts:15:12
//   %46 reshape  @ nn/dtf.ts:142:18
//   %47 slice  @ nn/dtf.ts:111:51
//   %48 mul  @ nn/dtf.ts:143:25
//   %49 sum  @ nn/dtf.ts:143:19
// stores %49 sum: read by 2 kernels (of %55 rfft, %59 conv): cheaper to store once than to recompute in each
// stores %40 sum: %59 conv reads each element 6 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, out1, k1_sum_mul_slice_reshape_params (by value, 380 bytes).

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
#ifndef TEMPOFUSE_CUDA_F32_MAX_NAN
#define TEMPOFUSE_CUDA_F32_MAX_NAN
// max that propagates NaN (fmaxf returns the other operand when one is NaN).
static __device__ __forceinline__ float f32_max_nan(float a, float b) {
  return (isnan(a) || isnan(b)) ? __int_as_float(0x7fc00000) : fmaxf(a, b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k1_sum_mul_slice_reshape_params {
  int total;
  int line_s2;
  int line_d2;
  int line_s3;
  int line_d3;
  int line_d4;
  int out_s1;
  int out_s2;
  int out_s3;
  int out_s4;
  int out_d1;
  int sum0_n;
  int div3_tabn;
  int sum6_tabn;
  int sum6_n;
  int slice10_start2;
  int slice10_step2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int slice11_start3;
  int slice11_step3;
  int concat12_end0;
  int concat12_off0;
  int concat13_end0;
  int slice15_start3;
  int slice15_step3;
  int slice15_start4;
  int slice15_step4;
  int pad16_lo3;
  int pad16_d3;
  int pad16_lo4;
  int pad16_d4;
  int concat13_end1;
  int slice18_start3;
  int slice18_step3;
  int slice18_start4;
  int slice18_step4;
  int concat13_end2;
  int slice20_start3;
  int slice20_step3;
  int slice20_start4;
  int slice20_step4;
  int concat13_end3;
  int slice22_start3;
  int slice22_step3;
  int slice22_start4;
  int slice22_step4;
  int concat13_end4;
  int slice24_start3;
  int slice24_step3;
  int slice24_start4;
  int slice24_step4;
  int concat13_end5;
  int slice26_start3;
  int slice26_step3;
  int slice26_start4;
  int slice26_step4;
  int slice28_start3;
  int slice28_step3;
  int slice28_start4;
  int slice28_step4;
  int concat12_off1;
  int concat29_end0;
  int slice31_start3;
  int slice31_step3;
  int slice31_start4;
  int slice31_step4;
  int slice33_start3;
  int slice33_step3;
  int slice33_start4;
  int slice33_step4;
  int slice34_start3;
  int slice34_step3;
  int reshape37_os0;
  int reshape37_os1;
  int reshape37_is0;
  int reshape37_is1;
  int reshape37_id1;
  int reshape37_is2;
  int reshape37_id2;
  int reshape37_id3;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int out1_s1;
  int out1_s2;
  int out1_s3;
  int out1_s4;
  int max38_n;
  int sum39_n;
  int slice40_start3;
  int slice40_step3;
};

extern "C" __global__ void __launch_bounds__(64) k1_sum_mul_slice_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    float* __restrict__ out1,
    const k1_sum_mul_slice_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i2 = gid / p.line_s2 % p.line_d2;
  const int line_i3 = gid / p.line_s3 % p.line_d3;
  const int line_i4 = gid % p.line_d4;
  float div3_tab[16] = {};
  float sum6_tab[16] = {};
  for (int k_1 = 0; k_1 < p.sum6_tabn; ++k_1) {
    float acc_1 = 0.0f;
    for (int r_1 = 0; r_1 < p.sum6_n; ++r_1) {
      const float slice10 = in0[i32_add(i32_add(i32_add(i32_mul(r_1, p.in0_s1), i32_mul(i32_add(p.slice10_start2, i32_mul(line_i2, p.slice10_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
      float part = 0.0f;
      if (k_1 < p.concat12_end0) {
        float part_1 = 0.0f;
        if (i32_sub(k_1, p.concat12_off0) < p.concat13_end0) {
          const int p3 = i32_sub(i32_add(p.slice15_start3, i32_mul(line_i3, p.slice15_step3)), p.pad16_lo3);
          const bool ok3 = (p3 >= 0) && (p3 < p.pad16_d3);
          const int p4 = i32_sub(i32_add(p.slice15_start4, i32_mul(line_i4, p.slice15_step4)), p.pad16_lo4);
          const bool ok4 = (p4 >= 0) && (p4 < p.pad16_d4);
          const bool inside = ok3 && ok4;
          const float pad16 = inside ? in0[i32_add(i32_add(i32_add(i32_mul(r_1, p.in0_s1), i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2)), i32_mul(ok3 ? p3 : 0, p.in0_s3)), i32_mul(ok4 ? p4 : 0, p.in0_s4))] : 0.0f;
          part_1 = pad16;
        } else {
          if (i32_sub(k_1, p.concat12_off0) < p.concat13_end1) {
            const int p3_1 = i32_sub(i32_add(p.slice18_start3, i32_mul(line_i3, p.slice18_step3)), p.pad16_lo3);
            const bool ok3_1 = (p3_1 >= 0) && (p3_1 < p.pad16_d3);
            const int p4_1 = i32_sub(i32_add(p.slice18_start4, i32_mul(line_i4, p.slice18_step4)), p.pad16_lo4);
            const bool ok4_1 = (p4_1 >= 0) && (p4_1 < p.pad16_d4);
            const bool inside_1 = ok3_1 && ok4_1;
            const float pad16_1 = inside_1 ? in0[i32_add(i32_add(i32_add(i32_mul(r_1, p.in0_s1), i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2)), i32_mul(ok3_1 ? p3_1 : 0, p.in0_s3)), i32_mul(ok4_1 ? p4_1 : 0, p.in0_s4))] : 0.0f;
            part_1 = pad16_1;
          } else {
            if (i32_sub(k_1, p.concat12_off0) < p.concat13_end2) {
              const int p3_2 = i32_sub(i32_add(p.slice20_start3, i32_mul(line_i3, p.slice20_step3)), p.pad16_lo3);
              const bool ok3_2 = (p3_2 >= 0) && (p3_2 < p.pad16_d3);
              const int p4_2 = i32_sub(i32_add(p.slice20_start4, i32_mul(line_i4, p.slice20_step4)), p.pad16_lo4);
              const bool ok4_2 = (p4_2 >= 0) && (p4_2 < p.pad16_d4);
              const bool inside_2 = ok3_2 && ok4_2;
              const float pad16_2 = inside_2 ? in0[i32_add(i32_add(i32_add(i32_mul(r_1, p.in0_s1), i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2)), i32_mul(ok3_2 ? p3_2 : 0, p.in0_s3)), i32_mul(ok4_2 ? p4_2 : 0, p.in0_s4))] : 0.0f;
              part_1 = pad16_2;
            } else {
              if (i32_sub(k_1, p.concat12_off0) < p.concat13_end3) {
                const int p3_3 = i32_sub(i32_add(p.slice22_start3, i32_mul(line_i3, p.slice22_step3)), p.pad16_lo3);
                const bool ok3_3 = (p3_3 >= 0) && (p3_3 < p.pad16_d3);
                const int p4_3 = i32_sub(i32_add(p.slice22_start4, i32_mul(line_i4, p.slice22_step4)), p.pad16_lo4);
                const bool ok4_3 = (p4_3 >= 0) && (p4_3 < p.pad16_d4);
                const bool inside_3 = ok3_3 && ok4_3;
                const float pad16_3 = inside_3 ? in0[i32_add(i32_add(i32_add(i32_mul(r_1, p.in0_s1), i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2)), i32_mul(ok3_3 ? p3_3 : 0, p.in0_s3)), i32_mul(ok4_3 ? p4_3 : 0, p.in0_s4))] : 0.0f;
                part_1 = pad16_3;
              } else {
                if (i32_sub(k_1, p.concat12_off0) < p.concat13_end4) {
                  const int p3_4 = i32_sub(i32_add(p.slice24_start3, i32_mul(line_i3, p.slice24_step3)), p.pad16_lo3);
                  const bool ok3_4 = (p3_4 >= 0) && (p3_4 < p.pad16_d3);
                  const int p4_4 = i32_sub(i32_add(p.slice24_start4, i32_mul(line_i4, p.slice24_step4)), p.pad16_lo4);
                  const bool ok4_4 = (p4_4 >= 0) && (p4_4 < p.pad16_d4);
                  const bool inside_4 = ok3_4 && ok4_4;
                  const float pad16_4 = inside_4 ? in0[i32_add(i32_add(i32_add(i32_mul(r_1, p.in0_s1), i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2)), i32_mul(ok3_4 ? p3_4 : 0, p.in0_s3)), i32_mul(ok4_4 ? p4_4 : 0, p.in0_s4))] : 0.0f;
                  part_1 = pad16_4;
                } else {
                  if (i32_sub(k_1, p.concat12_off0) < p.concat13_end5) {
                    const int p3_5 = i32_sub(i32_add(p.slice26_start3, i32_mul(line_i3, p.slice26_step3)), p.pad16_lo3);
                    const bool ok3_5 = (p3_5 >= 0) && (p3_5 < p.pad16_d3);
                    const int p4_5 = i32_sub(i32_add(p.slice26_start4, i32_mul(line_i4, p.slice26_step4)), p.pad16_lo4);
                    const bool ok4_5 = (p4_5 >= 0) && (p4_5 < p.pad16_d4);
                    const bool inside_5 = ok3_5 && ok4_5;
                    const float pad16_5 = inside_5 ? in0[i32_add(i32_add(i32_add(i32_mul(r_1, p.in0_s1), i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2)), i32_mul(ok3_5 ? p3_5 : 0, p.in0_s3)), i32_mul(ok4_5 ? p4_5 : 0, p.in0_s4))] : 0.0f;
                    part_1 = pad16_5;
                  } else {
                    const int p3_6 = i32_sub(i32_add(p.slice28_start3, i32_mul(line_i3, p.slice28_step3)), p.pad16_lo3);
                    const bool ok3_6 = (p3_6 >= 0) && (p3_6 < p.pad16_d3);
                    const int p4_6 = i32_sub(i32_add(p.slice28_start4, i32_mul(line_i4, p.slice28_step4)), p.pad16_lo4);
                    const bool ok4_6 = (p4_6 >= 0) && (p4_6 < p.pad16_d4);
                    const bool inside_6 = ok3_6 && ok4_6;
                    const float pad16_6 = inside_6 ? in0[i32_add(i32_add(i32_add(i32_mul(r_1, p.in0_s1), i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2)), i32_mul(ok3_6 ? p3_6 : 0, p.in0_s3)), i32_mul(ok4_6 ? p4_6 : 0, p.in0_s4))] : 0.0f;
                    part_1 = pad16_6;
                  }
                }
              }
            }
          }
        }
        part = part_1;
      } else {
        float part_2 = 0.0f;
        if (i32_sub(k_1, p.concat12_off1) < p.concat29_end0) {
          const int p3_7 = i32_sub(i32_add(p.slice31_start3, i32_mul(line_i3, p.slice31_step3)), p.pad16_lo3);
          const bool ok3_7 = (p3_7 >= 0) && (p3_7 < p.pad16_d3);
          const int p4_7 = i32_sub(i32_add(p.slice31_start4, i32_mul(line_i4, p.slice31_step4)), p.pad16_lo4);
          const bool ok4_7 = (p4_7 >= 0) && (p4_7 < p.pad16_d4);
          const bool inside_7 = ok3_7 && ok4_7;
          const float pad16_7 = inside_7 ? in0[i32_add(i32_add(i32_add(i32_mul(r_1, p.in0_s1), i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2)), i32_mul(ok3_7 ? p3_7 : 0, p.in0_s3)), i32_mul(ok4_7 ? p4_7 : 0, p.in0_s4))] : 0.0f;
          part_2 = pad16_7;
        } else {
          const int p3_8 = i32_sub(i32_add(p.slice33_start3, i32_mul(line_i3, p.slice33_step3)), p.pad16_lo3);
          const bool ok3_8 = (p3_8 >= 0) && (p3_8 < p.pad16_d3);
          const int p4_8 = i32_sub(i32_add(p.slice33_start4, i32_mul(line_i4, p.slice33_step4)), p.pad16_lo4);
          const bool ok4_8 = (p4_8 >= 0) && (p4_8 < p.pad16_d4);
          const bool inside_8 = ok3_8 && ok4_8;
          const float pad16_8 = inside_8 ? in0[i32_add(i32_add(i32_add(i32_mul(r_1, p.in0_s1), i32_mul(i32_add(p.slice11_start3, i32_mul(line_i2, p.slice11_step3)), p.in0_s2)), i32_mul(ok3_8 ? p3_8 : 0, p.in0_s3)), i32_mul(ok4_8 ? p4_8 : 0, p.in0_s4))] : 0.0f;
          part_2 = pad16_8;
        }
        part = part_2;
      }
      const float mul8 = slice10 * part;
      const int ii0 = i32_add(i32_add(i32_mul(r_1, p.reshape37_os0), i32_mul(i32_add(p.slice34_start3, i32_mul(line_i2, p.slice34_step3)), p.reshape37_os1)), k_1) / p.reshape37_is0;
      const int ii1 = i32_add(i32_add(i32_mul(r_1, p.reshape37_os0), i32_mul(i32_add(p.slice34_start3, i32_mul(line_i2, p.slice34_step3)), p.reshape37_os1)), k_1) / p.reshape37_is1 % p.reshape37_id1;
      const int ii2 = i32_add(i32_add(i32_mul(r_1, p.reshape37_os0), i32_mul(i32_add(p.slice34_start3, i32_mul(line_i2, p.slice34_step3)), p.reshape37_os1)), k_1) / p.reshape37_is2 % p.reshape37_id2;
      const int ii3 = i32_add(i32_add(i32_mul(r_1, p.reshape37_os0), i32_mul(i32_add(p.slice34_start3, i32_mul(line_i2, p.slice34_step3)), p.reshape37_os1)), k_1) % p.reshape37_id3;
      const float reshape37 = in1[i32_add(i32_add(i32_add(i32_mul(ii0, p.in1_s0), i32_mul(ii1, p.in1_s1)), i32_mul(ii2, p.in1_s2)), i32_mul(ii3, p.in1_s3))];
      const float mul7 = mul8 * reshape37;
      acc_1 = acc_1 + mul7;
    }
    out1[i32_add(i32_add(i32_add(i32_mul(k_1, p.out1_s1), i32_mul(line_i2, p.out1_s2)), i32_mul(line_i3, p.out1_s3)), i32_mul(line_i4, p.out1_s4))] = acc_1;
    sum6_tab[k_1] = acc_1;
  }
  float acc_2 = -__int_as_float(0x7f800000);
  for (int r_2 = 0; r_2 < p.max38_n; ++r_2) {
    acc_2 = f32_max_nan(acc_2, sum6_tab[r_2]);
  }
  float acc_3 = 0.0f;
  for (int r_3 = 0; r_3 < p.sum39_n; ++r_3) {
    const float sub5_1 = sum6_tab[r_3] - acc_2;
    const float exp4_1 = expf(sub5_1);
    acc_3 = acc_3 + exp4_1;
  }
  for (int k = 0; k < p.div3_tabn; ++k) {
    const float sub5 = sum6_tab[k] - acc_2;
    const float exp4 = expf(sub5);
    const float div3 = exp4 / acc_3;
    div3_tab[k] = div3;
  }
  for (int pos = 0; pos < p.out_d1; ++pos) {
    float acc = 0.0f;
    for (int r = 0; r < p.sum0_n; ++r) {
      const float reshape2 = div3_tab[r];
      float part_3 = 0.0f;
      if (r < p.concat12_end0) {
        float part_4 = 0.0f;
        if (i32_sub(r, p.concat12_off0) < p.concat13_end0) {
          const int p3_9 = i32_sub(i32_add(p.slice15_start3, i32_mul(line_i3, p.slice15_step3)), p.pad16_lo3);
          const bool ok3_9 = (p3_9 >= 0) && (p3_9 < p.pad16_d3);
          const int p4_9 = i32_sub(i32_add(p.slice15_start4, i32_mul(line_i4, p.slice15_step4)), p.pad16_lo4);
          const bool ok4_9 = (p4_9 >= 0) && (p4_9 < p.pad16_d4);
          const bool inside_9 = ok3_9 && ok4_9;
          const float pad16_9 = inside_9 ? in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice40_start3, i32_mul(line_i2, p.slice40_step3)), p.in0_s2)), i32_mul(ok3_9 ? p3_9 : 0, p.in0_s3)), i32_mul(ok4_9 ? p4_9 : 0, p.in0_s4))] : 0.0f;
          part_4 = pad16_9;
        } else {
          if (i32_sub(r, p.concat12_off0) < p.concat13_end1) {
            const int p3_10 = i32_sub(i32_add(p.slice18_start3, i32_mul(line_i3, p.slice18_step3)), p.pad16_lo3);
            const bool ok3_10 = (p3_10 >= 0) && (p3_10 < p.pad16_d3);
            const int p4_10 = i32_sub(i32_add(p.slice18_start4, i32_mul(line_i4, p.slice18_step4)), p.pad16_lo4);
            const bool ok4_10 = (p4_10 >= 0) && (p4_10 < p.pad16_d4);
            const bool inside_10 = ok3_10 && ok4_10;
            const float pad16_10 = inside_10 ? in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice40_start3, i32_mul(line_i2, p.slice40_step3)), p.in0_s2)), i32_mul(ok3_10 ? p3_10 : 0, p.in0_s3)), i32_mul(ok4_10 ? p4_10 : 0, p.in0_s4))] : 0.0f;
            part_4 = pad16_10;
          } else {
            if (i32_sub(r, p.concat12_off0) < p.concat13_end2) {
              const int p3_11 = i32_sub(i32_add(p.slice20_start3, i32_mul(line_i3, p.slice20_step3)), p.pad16_lo3);
              const bool ok3_11 = (p3_11 >= 0) && (p3_11 < p.pad16_d3);
              const int p4_11 = i32_sub(i32_add(p.slice20_start4, i32_mul(line_i4, p.slice20_step4)), p.pad16_lo4);
              const bool ok4_11 = (p4_11 >= 0) && (p4_11 < p.pad16_d4);
              const bool inside_11 = ok3_11 && ok4_11;
              const float pad16_11 = inside_11 ? in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice40_start3, i32_mul(line_i2, p.slice40_step3)), p.in0_s2)), i32_mul(ok3_11 ? p3_11 : 0, p.in0_s3)), i32_mul(ok4_11 ? p4_11 : 0, p.in0_s4))] : 0.0f;
              part_4 = pad16_11;
            } else {
              if (i32_sub(r, p.concat12_off0) < p.concat13_end3) {
                const int p3_12 = i32_sub(i32_add(p.slice22_start3, i32_mul(line_i3, p.slice22_step3)), p.pad16_lo3);
                const bool ok3_12 = (p3_12 >= 0) && (p3_12 < p.pad16_d3);
                const int p4_12 = i32_sub(i32_add(p.slice22_start4, i32_mul(line_i4, p.slice22_step4)), p.pad16_lo4);
                const bool ok4_12 = (p4_12 >= 0) && (p4_12 < p.pad16_d4);
                const bool inside_12 = ok3_12 && ok4_12;
                const float pad16_12 = inside_12 ? in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice40_start3, i32_mul(line_i2, p.slice40_step3)), p.in0_s2)), i32_mul(ok3_12 ? p3_12 : 0, p.in0_s3)), i32_mul(ok4_12 ? p4_12 : 0, p.in0_s4))] : 0.0f;
                part_4 = pad16_12;
              } else {
                if (i32_sub(r, p.concat12_off0) < p.concat13_end4) {
                  const int p3_13 = i32_sub(i32_add(p.slice24_start3, i32_mul(line_i3, p.slice24_step3)), p.pad16_lo3);
                  const bool ok3_13 = (p3_13 >= 0) && (p3_13 < p.pad16_d3);
                  const int p4_13 = i32_sub(i32_add(p.slice24_start4, i32_mul(line_i4, p.slice24_step4)), p.pad16_lo4);
                  const bool ok4_13 = (p4_13 >= 0) && (p4_13 < p.pad16_d4);
                  const bool inside_13 = ok3_13 && ok4_13;
                  const float pad16_13 = inside_13 ? in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice40_start3, i32_mul(line_i2, p.slice40_step3)), p.in0_s2)), i32_mul(ok3_13 ? p3_13 : 0, p.in0_s3)), i32_mul(ok4_13 ? p4_13 : 0, p.in0_s4))] : 0.0f;
                  part_4 = pad16_13;
                } else {
                  if (i32_sub(r, p.concat12_off0) < p.concat13_end5) {
                    const int p3_14 = i32_sub(i32_add(p.slice26_start3, i32_mul(line_i3, p.slice26_step3)), p.pad16_lo3);
                    const bool ok3_14 = (p3_14 >= 0) && (p3_14 < p.pad16_d3);
                    const int p4_14 = i32_sub(i32_add(p.slice26_start4, i32_mul(line_i4, p.slice26_step4)), p.pad16_lo4);
                    const bool ok4_14 = (p4_14 >= 0) && (p4_14 < p.pad16_d4);
                    const bool inside_14 = ok3_14 && ok4_14;
                    const float pad16_14 = inside_14 ? in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice40_start3, i32_mul(line_i2, p.slice40_step3)), p.in0_s2)), i32_mul(ok3_14 ? p3_14 : 0, p.in0_s3)), i32_mul(ok4_14 ? p4_14 : 0, p.in0_s4))] : 0.0f;
                    part_4 = pad16_14;
                  } else {
                    const int p3_15 = i32_sub(i32_add(p.slice28_start3, i32_mul(line_i3, p.slice28_step3)), p.pad16_lo3);
                    const bool ok3_15 = (p3_15 >= 0) && (p3_15 < p.pad16_d3);
                    const int p4_15 = i32_sub(i32_add(p.slice28_start4, i32_mul(line_i4, p.slice28_step4)), p.pad16_lo4);
                    const bool ok4_15 = (p4_15 >= 0) && (p4_15 < p.pad16_d4);
                    const bool inside_15 = ok3_15 && ok4_15;
                    const float pad16_15 = inside_15 ? in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice40_start3, i32_mul(line_i2, p.slice40_step3)), p.in0_s2)), i32_mul(ok3_15 ? p3_15 : 0, p.in0_s3)), i32_mul(ok4_15 ? p4_15 : 0, p.in0_s4))] : 0.0f;
                    part_4 = pad16_15;
                  }
                }
              }
            }
          }
        }
        part_3 = part_4;
      } else {
        float part_5 = 0.0f;
        if (i32_sub(r, p.concat12_off1) < p.concat29_end0) {
          const int p3_16 = i32_sub(i32_add(p.slice31_start3, i32_mul(line_i3, p.slice31_step3)), p.pad16_lo3);
          const bool ok3_16 = (p3_16 >= 0) && (p3_16 < p.pad16_d3);
          const int p4_16 = i32_sub(i32_add(p.slice31_start4, i32_mul(line_i4, p.slice31_step4)), p.pad16_lo4);
          const bool ok4_16 = (p4_16 >= 0) && (p4_16 < p.pad16_d4);
          const bool inside_16 = ok3_16 && ok4_16;
          const float pad16_16 = inside_16 ? in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice40_start3, i32_mul(line_i2, p.slice40_step3)), p.in0_s2)), i32_mul(ok3_16 ? p3_16 : 0, p.in0_s3)), i32_mul(ok4_16 ? p4_16 : 0, p.in0_s4))] : 0.0f;
          part_5 = pad16_16;
        } else {
          const int p3_17 = i32_sub(i32_add(p.slice33_start3, i32_mul(line_i3, p.slice33_step3)), p.pad16_lo3);
          const bool ok3_17 = (p3_17 >= 0) && (p3_17 < p.pad16_d3);
          const int p4_17 = i32_sub(i32_add(p.slice33_start4, i32_mul(line_i4, p.slice33_step4)), p.pad16_lo4);
          const bool ok4_17 = (p4_17 >= 0) && (p4_17 < p.pad16_d4);
          const bool inside_17 = ok3_17 && ok4_17;
          const float pad16_17 = inside_17 ? in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice40_start3, i32_mul(line_i2, p.slice40_step3)), p.in0_s2)), i32_mul(ok3_17 ? p3_17 : 0, p.in0_s3)), i32_mul(ok4_17 ? p4_17 : 0, p.in0_s4))] : 0.0f;
          part_5 = pad16_17;
        }
        part_3 = part_5;
      }
      const float mul1 = reshape2 * part_3;
      acc = acc + mul1;
    }
    out[i32_add(i32_add(i32_add(i32_mul(pos, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = acc;
  }
}
