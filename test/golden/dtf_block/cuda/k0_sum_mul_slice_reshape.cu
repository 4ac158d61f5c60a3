// k0_sum_mul_slice_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_sum_mul_slice_reshape: 1 launch(es)
// launch 0: reads 1600 B, writes 576 B; fuses:
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
//   %27 slice  @ nn/dtf.ts:111:51
//   %28 reshape  @ nn/dtf.ts:128:18
//   %29 slice  @ nn/dtf.ts:111:51
//   %30 mul  @ nn/dtf.ts:129:26
//   %31 slice  @ nn/dtf.ts:111:51
//   %32 mul  @ nn/dtf.ts:129:20
//   %33 sum  @ nn/dtf.ts:129:14
// stores %33 sum: %59 conv reads each element 6 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k0_sum_mul_slice_reshape_params (by value, 316 bytes).

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
struct k0_sum_mul_slice_reshape_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s3;
  int out_d3;
  int out_d4;
  int sum0_n;
  int slice4_start2;
  int slice4_step2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int slice5_start3;
  int slice5_step3;
  int concat6_end0;
  int concat6_off0;
  int concat7_end0;
  int slice9_start3;
  int slice9_step3;
  int slice9_start4;
  int slice9_step4;
  int pad10_lo3;
  int pad10_d3;
  int pad10_lo4;
  int pad10_d4;
  int concat7_end1;
  int slice12_start3;
  int slice12_step3;
  int slice12_start4;
  int slice12_step4;
  int concat7_end2;
  int slice14_start3;
  int slice14_step3;
  int slice14_start4;
  int slice14_step4;
  int concat7_end3;
  int slice16_start3;
  int slice16_step3;
  int slice16_start4;
  int slice16_step4;
  int concat7_end4;
  int slice18_start3;
  int slice18_step3;
  int slice18_start4;
  int slice18_step4;
  int concat7_end5;
  int slice20_start3;
  int slice20_step3;
  int slice20_start4;
  int slice20_step4;
  int slice22_start3;
  int slice22_step3;
  int slice22_start4;
  int slice22_step4;
  int concat6_off1;
  int concat23_end0;
  int slice25_start3;
  int slice25_step3;
  int slice25_start4;
  int slice25_step4;
  int slice27_start3;
  int slice27_step3;
  int slice27_start4;
  int slice27_step4;
  int slice28_start3;
  int slice28_step3;
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

extern "C" __global__ void __launch_bounds__(64) k0_sum_mul_slice_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k0_sum_mul_slice_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i3 = gid / p.out_s3 % p.out_d3;
  const int out_i4 = gid % p.out_d4;
  float acc = 0.0f;
  for (int r = 0; r < p.sum0_n; ++r) {
    const float slice4 = in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(p.slice4_start2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
    float part = 0.0f;
    if (out_i1 < p.concat6_end0) {
      float part_1 = 0.0f;
      if (i32_sub(out_i1, p.concat6_off0) < p.concat7_end0) {
        const int p3 = i32_sub(i32_add(p.slice9_start3, i32_mul(out_i3, p.slice9_step3)), p.pad10_lo3);
        const bool ok3 = (p3 >= 0) && (p3 < p.pad10_d3);
        const int p4 = i32_sub(i32_add(p.slice9_start4, i32_mul(out_i4, p.slice9_step4)), p.pad10_lo4);
        const bool ok4 = (p4 >= 0) && (p4 < p.pad10_d4);
        const bool inside = ok3 && ok4;
        const float pad10 = inside ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(p.slice5_start3, p.in0_s2)), i32_mul(ok3 ? p3 : 0, p.in0_s3)), i32_mul(ok4 ? p4 : 0, p.in0_s4))] : 0.0f;
        part_1 = pad10;
      } else {
        if (i32_sub(out_i1, p.concat6_off0) < p.concat7_end1) {
          const int p3_1 = i32_sub(i32_add(p.slice12_start3, i32_mul(out_i3, p.slice12_step3)), p.pad10_lo3);
          const bool ok3_1 = (p3_1 >= 0) && (p3_1 < p.pad10_d3);
          const int p4_1 = i32_sub(i32_add(p.slice12_start4, i32_mul(out_i4, p.slice12_step4)), p.pad10_lo4);
          const bool ok4_1 = (p4_1 >= 0) && (p4_1 < p.pad10_d4);
          const bool inside_1 = ok3_1 && ok4_1;
          const float pad10_1 = inside_1 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(p.slice5_start3, p.in0_s2)), i32_mul(ok3_1 ? p3_1 : 0, p.in0_s3)), i32_mul(ok4_1 ? p4_1 : 0, p.in0_s4))] : 0.0f;
          part_1 = pad10_1;
        } else {
          if (i32_sub(out_i1, p.concat6_off0) < p.concat7_end2) {
            const int p3_2 = i32_sub(i32_add(p.slice14_start3, i32_mul(out_i3, p.slice14_step3)), p.pad10_lo3);
            const bool ok3_2 = (p3_2 >= 0) && (p3_2 < p.pad10_d3);
            const int p4_2 = i32_sub(i32_add(p.slice14_start4, i32_mul(out_i4, p.slice14_step4)), p.pad10_lo4);
            const bool ok4_2 = (p4_2 >= 0) && (p4_2 < p.pad10_d4);
            const bool inside_2 = ok3_2 && ok4_2;
            const float pad10_2 = inside_2 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(p.slice5_start3, p.in0_s2)), i32_mul(ok3_2 ? p3_2 : 0, p.in0_s3)), i32_mul(ok4_2 ? p4_2 : 0, p.in0_s4))] : 0.0f;
            part_1 = pad10_2;
          } else {
            if (i32_sub(out_i1, p.concat6_off0) < p.concat7_end3) {
              const int p3_3 = i32_sub(i32_add(p.slice16_start3, i32_mul(out_i3, p.slice16_step3)), p.pad10_lo3);
              const bool ok3_3 = (p3_3 >= 0) && (p3_3 < p.pad10_d3);
              const int p4_3 = i32_sub(i32_add(p.slice16_start4, i32_mul(out_i4, p.slice16_step4)), p.pad10_lo4);
              const bool ok4_3 = (p4_3 >= 0) && (p4_3 < p.pad10_d4);
              const bool inside_3 = ok3_3 && ok4_3;
              const float pad10_3 = inside_3 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(p.slice5_start3, p.in0_s2)), i32_mul(ok3_3 ? p3_3 : 0, p.in0_s3)), i32_mul(ok4_3 ? p4_3 : 0, p.in0_s4))] : 0.0f;
              part_1 = pad10_3;
            } else {
              if (i32_sub(out_i1, p.concat6_off0) < p.concat7_end4) {
                const int p3_4 = i32_sub(i32_add(p.slice18_start3, i32_mul(out_i3, p.slice18_step3)), p.pad10_lo3);
                const bool ok3_4 = (p3_4 >= 0) && (p3_4 < p.pad10_d3);
                const int p4_4 = i32_sub(i32_add(p.slice18_start4, i32_mul(out_i4, p.slice18_step4)), p.pad10_lo4);
                const bool ok4_4 = (p4_4 >= 0) && (p4_4 < p.pad10_d4);
                const bool inside_4 = ok3_4 && ok4_4;
                const float pad10_4 = inside_4 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(p.slice5_start3, p.in0_s2)), i32_mul(ok3_4 ? p3_4 : 0, p.in0_s3)), i32_mul(ok4_4 ? p4_4 : 0, p.in0_s4))] : 0.0f;
                part_1 = pad10_4;
              } else {
                if (i32_sub(out_i1, p.concat6_off0) < p.concat7_end5) {
                  const int p3_5 = i32_sub(i32_add(p.slice20_start3, i32_mul(out_i3, p.slice20_step3)), p.pad10_lo3);
                  const bool ok3_5 = (p3_5 >= 0) && (p3_5 < p.pad10_d3);
                  const int p4_5 = i32_sub(i32_add(p.slice20_start4, i32_mul(out_i4, p.slice20_step4)), p.pad10_lo4);
                  const bool ok4_5 = (p4_5 >= 0) && (p4_5 < p.pad10_d4);
                  const bool inside_5 = ok3_5 && ok4_5;
                  const float pad10_5 = inside_5 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(p.slice5_start3, p.in0_s2)), i32_mul(ok3_5 ? p3_5 : 0, p.in0_s3)), i32_mul(ok4_5 ? p4_5 : 0, p.in0_s4))] : 0.0f;
                  part_1 = pad10_5;
                } else {
                  const int p3_6 = i32_sub(i32_add(p.slice22_start3, i32_mul(out_i3, p.slice22_step3)), p.pad10_lo3);
                  const bool ok3_6 = (p3_6 >= 0) && (p3_6 < p.pad10_d3);
                  const int p4_6 = i32_sub(i32_add(p.slice22_start4, i32_mul(out_i4, p.slice22_step4)), p.pad10_lo4);
                  const bool ok4_6 = (p4_6 >= 0) && (p4_6 < p.pad10_d4);
                  const bool inside_6 = ok3_6 && ok4_6;
                  const float pad10_6 = inside_6 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(p.slice5_start3, p.in0_s2)), i32_mul(ok3_6 ? p3_6 : 0, p.in0_s3)), i32_mul(ok4_6 ? p4_6 : 0, p.in0_s4))] : 0.0f;
                  part_1 = pad10_6;
                }
              }
            }
          }
        }
      }
      part = part_1;
    } else {
      float part_2 = 0.0f;
      if (i32_sub(out_i1, p.concat6_off1) < p.concat23_end0) {
        const int p3_7 = i32_sub(i32_add(p.slice25_start3, i32_mul(out_i3, p.slice25_step3)), p.pad10_lo3);
        const bool ok3_7 = (p3_7 >= 0) && (p3_7 < p.pad10_d3);
        const int p4_7 = i32_sub(i32_add(p.slice25_start4, i32_mul(out_i4, p.slice25_step4)), p.pad10_lo4);
        const bool ok4_7 = (p4_7 >= 0) && (p4_7 < p.pad10_d4);
        const bool inside_7 = ok3_7 && ok4_7;
        const float pad10_7 = inside_7 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(p.slice5_start3, p.in0_s2)), i32_mul(ok3_7 ? p3_7 : 0, p.in0_s3)), i32_mul(ok4_7 ? p4_7 : 0, p.in0_s4))] : 0.0f;
        part_2 = pad10_7;
      } else {
        const int p3_8 = i32_sub(i32_add(p.slice27_start3, i32_mul(out_i3, p.slice27_step3)), p.pad10_lo3);
        const bool ok3_8 = (p3_8 >= 0) && (p3_8 < p.pad10_d3);
        const int p4_8 = i32_sub(i32_add(p.slice27_start4, i32_mul(out_i4, p.slice27_step4)), p.pad10_lo4);
        const bool ok4_8 = (p4_8 >= 0) && (p4_8 < p.pad10_d4);
        const bool inside_8 = ok3_8 && ok4_8;
        const float pad10_8 = inside_8 ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(p.slice5_start3, p.in0_s2)), i32_mul(ok3_8 ? p3_8 : 0, p.in0_s3)), i32_mul(ok4_8 ? p4_8 : 0, p.in0_s4))] : 0.0f;
        part_2 = pad10_8;
      }
      part = part_2;
    }
    const float mul2 = slice4 * part;
    const int ii0 = i32_add(i32_add(i32_mul(r, p.reshape31_os0), i32_mul(p.slice28_start3, p.reshape31_os1)), out_i1) / p.reshape31_is0;
    const int ii1 = i32_add(i32_add(i32_mul(r, p.reshape31_os0), i32_mul(p.slice28_start3, p.reshape31_os1)), out_i1) / p.reshape31_is1 % p.reshape31_id1;
    const int ii2 = i32_add(i32_add(i32_mul(r, p.reshape31_os0), i32_mul(p.slice28_start3, p.reshape31_os1)), out_i1) / p.reshape31_is2 % p.reshape31_id2;
    const int ii3 = i32_add(i32_add(i32_mul(r, p.reshape31_os0), i32_mul(p.slice28_start3, p.reshape31_os1)), out_i1) % p.reshape31_id3;
    const float reshape31 = in1[i32_add(i32_add(i32_add(i32_mul(ii0, p.in1_s0), i32_mul(ii1, p.in1_s1)), i32_mul(ii2, p.in1_s2)), i32_mul(ii3, p.in1_s3))];
    const float mul1 = mul2 * reshape31;
    acc = acc + mul1;
  }
  out[gid] = acc;
}
