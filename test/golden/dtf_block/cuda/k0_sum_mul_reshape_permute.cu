// k0_sum_mul_reshape_permute: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_sum_mul_reshape_permute: 1 launch(es)
// launch 0: reads 1600 B, writes 2304 B; fuses:
//   %2 slice  @ nn/dtf.ts:110:69
//   %3 slice  @ nn/dtf.ts:110:69
//   %4 concat  @ nn/dtf.ts:111:27
//   %5 pad  @ nn/dtf.ts:115:18
//   %6 slice  @ nn/dtf.ts:119:21
//   %7 reshape  @ nn/dtf.ts:120:19
//   %8 slice  @ nn/dtf.ts:119:21
//   %9 reshape  @ nn/dtf.ts:120:19
//   %10 slice  @ nn/dtf.ts:119:21
//   %11 reshape  @ nn/dtf.ts:120:19
//   %12 slice  @ nn/dtf.ts:119:21
//   %13 reshape  @ nn/dtf.ts:120:19
//   %14 slice  @ nn/dtf.ts:119:21
//   %15 reshape  @ nn/dtf.ts:120:19
//   %16 slice  @ nn/dtf.ts:119:21
//   %17 reshape  @ nn/dtf.ts:120:19
//   %18 slice  @ nn/dtf.ts:119:21
//   %19 reshape  @ nn/dtf.ts:120:19
//   %20 slice  @ nn/dtf.ts:119:21
//   %21 reshape  @ nn/dtf.ts:120:19
//   %22 slice  @ nn/dtf.ts:119:21
//   %23 reshape  @ nn/dtf.ts:120:19
//   %24 concat  @ nn/dtf.ts:123:25
//   %25 concat  @ nn/dtf.ts:123:25
//   %26 concat  @ nn/dtf.ts:123:25
//   %27 reshape  @ nn/dtf.ts:125:36
//   %28 permute  @ nn/dtf.ts:125:26
//   %29 reshape  @ nn/dtf.ts:125:16
//   %30 reshape  @ nn/dtf.ts:126:16
//   %31 mul  @ nn/dtf.ts:127:28
//   %32 mul  @ nn/dtf.ts:127:22
//   %33 sum  @ nn/dtf.ts:127:16
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k0_sum_mul_reshape_permute_params (by value, 324 bytes).

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
struct k0_sum_mul_reshape_permute_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int sum0_n;
  int concat4_end0;
  int slice5_start2;
  int slice5_step2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int concat4_off1;
  int slice6_start2;
  int slice6_step2;
  int concat7_end0;
  int concat7_off0;
  int concat8_end0;
  int slice10_start3;
  int slice10_step3;
  int slice10_start4;
  int slice10_step4;
  int pad11_lo3;
  int pad11_d3;
  int pad11_lo4;
  int pad11_d4;
  int concat8_end1;
  int slice13_start3;
  int slice13_step3;
  int slice13_start4;
  int slice13_step4;
  int concat8_end2;
  int slice15_start3;
  int slice15_step3;
  int slice15_start4;
  int slice15_step4;
  int concat8_end3;
  int slice17_start3;
  int slice17_step3;
  int slice17_start4;
  int slice17_step4;
  int concat8_end4;
  int slice19_start3;
  int slice19_step3;
  int slice19_start4;
  int slice19_step4;
  int concat8_end5;
  int slice21_start3;
  int slice21_step3;
  int slice21_start4;
  int slice21_step4;
  int slice23_start3;
  int slice23_step3;
  int slice23_start4;
  int slice23_step4;
  int concat7_off1;
  int concat24_end0;
  int slice26_start3;
  int slice26_step3;
  int slice26_start4;
  int slice26_step4;
  int slice28_start3;
  int slice28_step3;
  int slice28_start4;
  int slice28_step4;
  int reshape31_os0;
  int reshape31_os1;
  int reshape31_is0;
  int reshape31_is1;
  int reshape31_id1;
  int reshape31_is2;
  int reshape31_id2;
  int reshape31_id3;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
};

extern "C" __global__ void __launch_bounds__(64) k0_sum_mul_reshape_permute(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k0_sum_mul_reshape_permute_params p
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
  for (int r = 0; r < p.sum0_n; ++r) {
    float part = 0.0f;
    if (out_i2 < p.concat4_end0) {
      const float slice5 = in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(p.slice5_start2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
      part = slice5;
    } else {
      const float slice6 = in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(i32_add(p.slice6_start2, i32_mul(i32_sub(out_i2, p.concat4_off1), p.slice6_step2)), p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
      part = slice6;
    }
    float part_1 = 0.0f;
    if (out_i1 < p.concat7_end0) {
      float part_2 = 0.0f;
      if (i32_sub(out_i1, p.concat7_off0) < p.concat8_end0) {
        const int p3 = i32_sub(i32_add(p.slice10_start3, i32_mul(out_i3, p.slice10_step3)), p.pad11_lo3);
        const bool ok3 = (p3 >= 0) && (p3 < p.pad11_d3);
        const int p4 = i32_sub(i32_add(p.slice10_start4, i32_mul(out_i4, p.slice10_step4)), p.pad11_lo4);
        const bool ok4 = (p4 >= 0) && (p4 < p.pad11_d4);
        const bool inside = ok3 && ok4;
        const float pad11 = inside ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(ok3 ? p3 : 0, p.in0_s3)), i32_mul(ok4 ? p4 : 0, p.in0_s4))] : 0.0f;
        part_2 = pad11;
      } else {
        if (i32_sub(out_i1, p.concat7_off0) < p.concat8_end1) {
          const int p3_1 = i32_sub(i32_add(p.slice13_start3, i32_mul(out_i3, p.slice13_step3)), p.pad11_lo3);
          const bool ok3_1 = (p3_1 >= 0) && (p3_1 < p.pad11_d3);
          const int p4_1 = i32_sub(i32_add(p.slice13_start4, i32_mul(out_i4, p.slice13_step4)), p.pad11_lo4);
          const bool ok4_1 = (p4_1 >= 0) && (p4_1 < p.pad11_d4);
          const bool inside_1 = ok3_1 && ok4_1;
          const float pad11_1 = inside_1 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(ok3_1 ? p3_1 : 0, p.in0_s3)), i32_mul(ok4_1 ? p4_1 : 0, p.in0_s4))] : 0.0f;
          part_2 = pad11_1;
        } else {
          if (i32_sub(out_i1, p.concat7_off0) < p.concat8_end2) {
            const int p3_2 = i32_sub(i32_add(p.slice15_start3, i32_mul(out_i3, p.slice15_step3)), p.pad11_lo3);
            const bool ok3_2 = (p3_2 >= 0) && (p3_2 < p.pad11_d3);
            const int p4_2 = i32_sub(i32_add(p.slice15_start4, i32_mul(out_i4, p.slice15_step4)), p.pad11_lo4);
            const bool ok4_2 = (p4_2 >= 0) && (p4_2 < p.pad11_d4);
            const bool inside_2 = ok3_2 && ok4_2;
            const float pad11_2 = inside_2 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(ok3_2 ? p3_2 : 0, p.in0_s3)), i32_mul(ok4_2 ? p4_2 : 0, p.in0_s4))] : 0.0f;
            part_2 = pad11_2;
          } else {
            if (i32_sub(out_i1, p.concat7_off0) < p.concat8_end3) {
              const int p3_3 = i32_sub(i32_add(p.slice17_start3, i32_mul(out_i3, p.slice17_step3)), p.pad11_lo3);
              const bool ok3_3 = (p3_3 >= 0) && (p3_3 < p.pad11_d3);
              const int p4_3 = i32_sub(i32_add(p.slice17_start4, i32_mul(out_i4, p.slice17_step4)), p.pad11_lo4);
              const bool ok4_3 = (p4_3 >= 0) && (p4_3 < p.pad11_d4);
              const bool inside_3 = ok3_3 && ok4_3;
              const float pad11_3 = inside_3 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(ok3_3 ? p3_3 : 0, p.in0_s3)), i32_mul(ok4_3 ? p4_3 : 0, p.in0_s4))] : 0.0f;
              part_2 = pad11_3;
            } else {
              if (i32_sub(out_i1, p.concat7_off0) < p.concat8_end4) {
                const int p3_4 = i32_sub(i32_add(p.slice19_start3, i32_mul(out_i3, p.slice19_step3)), p.pad11_lo3);
                const bool ok3_4 = (p3_4 >= 0) && (p3_4 < p.pad11_d3);
                const int p4_4 = i32_sub(i32_add(p.slice19_start4, i32_mul(out_i4, p.slice19_step4)), p.pad11_lo4);
                const bool ok4_4 = (p4_4 >= 0) && (p4_4 < p.pad11_d4);
                const bool inside_4 = ok3_4 && ok4_4;
                const float pad11_4 = inside_4 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(ok3_4 ? p3_4 : 0, p.in0_s3)), i32_mul(ok4_4 ? p4_4 : 0, p.in0_s4))] : 0.0f;
                part_2 = pad11_4;
              } else {
                if (i32_sub(out_i1, p.concat7_off0) < p.concat8_end5) {
                  const int p3_5 = i32_sub(i32_add(p.slice21_start3, i32_mul(out_i3, p.slice21_step3)), p.pad11_lo3);
                  const bool ok3_5 = (p3_5 >= 0) && (p3_5 < p.pad11_d3);
                  const int p4_5 = i32_sub(i32_add(p.slice21_start4, i32_mul(out_i4, p.slice21_step4)), p.pad11_lo4);
                  const bool ok4_5 = (p4_5 >= 0) && (p4_5 < p.pad11_d4);
                  const bool inside_5 = ok3_5 && ok4_5;
                  const float pad11_5 = inside_5 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(ok3_5 ? p3_5 : 0, p.in0_s3)), i32_mul(ok4_5 ? p4_5 : 0, p.in0_s4))] : 0.0f;
                  part_2 = pad11_5;
                } else {
                  const int p3_6 = i32_sub(i32_add(p.slice23_start3, i32_mul(out_i3, p.slice23_step3)), p.pad11_lo3);
                  const bool ok3_6 = (p3_6 >= 0) && (p3_6 < p.pad11_d3);
                  const int p4_6 = i32_sub(i32_add(p.slice23_start4, i32_mul(out_i4, p.slice23_step4)), p.pad11_lo4);
                  const bool ok4_6 = (p4_6 >= 0) && (p4_6 < p.pad11_d4);
                  const bool inside_6 = ok3_6 && ok4_6;
                  const float pad11_6 = inside_6 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(ok3_6 ? p3_6 : 0, p.in0_s3)), i32_mul(ok4_6 ? p4_6 : 0, p.in0_s4))] : 0.0f;
                  part_2 = pad11_6;
                }
              }
            }
          }
        }
      }
      part_1 = part_2;
    } else {
      float part_3 = 0.0f;
      if (i32_sub(out_i1, p.concat7_off1) < p.concat24_end0) {
        const int p3_7 = i32_sub(i32_add(p.slice26_start3, i32_mul(out_i3, p.slice26_step3)), p.pad11_lo3);
        const bool ok3_7 = (p3_7 >= 0) && (p3_7 < p.pad11_d3);
        const int p4_7 = i32_sub(i32_add(p.slice26_start4, i32_mul(out_i4, p.slice26_step4)), p.pad11_lo4);
        const bool ok4_7 = (p4_7 >= 0) && (p4_7 < p.pad11_d4);
        const bool inside_7 = ok3_7 && ok4_7;
        const float pad11_7 = inside_7 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(ok3_7 ? p3_7 : 0, p.in0_s3)), i32_mul(ok4_7 ? p4_7 : 0, p.in0_s4))] : 0.0f;
        part_3 = pad11_7;
      } else {
        const int p3_8 = i32_sub(i32_add(p.slice28_start3, i32_mul(out_i3, p.slice28_step3)), p.pad11_lo3);
        const bool ok3_8 = (p3_8 >= 0) && (p3_8 < p.pad11_d3);
        const int p4_8 = i32_sub(i32_add(p.slice28_start4, i32_mul(out_i4, p.slice28_step4)), p.pad11_lo4);
        const bool ok4_8 = (p4_8 >= 0) && (p4_8 < p.pad11_d4);
        const bool inside_8 = ok3_8 && ok4_8;
        const float pad11_8 = inside_8 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(ok3_8 ? p3_8 : 0, p.in0_s3)), i32_mul(ok4_8 ? p4_8 : 0, p.in0_s4))] : 0.0f;
        part_3 = pad11_8;
      }
      part_1 = part_3;
    }
    const float mul2 = part * part_1;
    const int ii0 = i32_add(i32_add(i32_mul(r, p.reshape31_os0), i32_mul(out_i2, p.reshape31_os1)), out_i1) / p.reshape31_is0;
    const int ii1 = i32_add(i32_add(i32_mul(r, p.reshape31_os0), i32_mul(out_i2, p.reshape31_os1)), out_i1) / p.reshape31_is1 % p.reshape31_id1;
    const int ii2 = i32_add(i32_add(i32_mul(r, p.reshape31_os0), i32_mul(out_i2, p.reshape31_os1)), out_i1) / p.reshape31_is2 % p.reshape31_id2;
    const int ii3 = i32_add(i32_add(i32_mul(r, p.reshape31_os0), i32_mul(out_i2, p.reshape31_os1)), out_i1) % p.reshape31_id3;
    const float reshape31 = in1[i32_add(i32_add(i32_add(i32_mul(ii0, p.in1_s0), i32_mul(ii1, p.in1_s1)), i32_mul(ii2, p.in1_s2)), i32_mul(ii3, p.in1_s3))];
    const float mul1 = mul2 * reshape31;
    acc = acc + mul1;
  }
  out[gid] = acc;
}
