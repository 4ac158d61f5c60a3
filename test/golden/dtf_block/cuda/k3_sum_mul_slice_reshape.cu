// k3_sum_mul_slice_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_sum_mul_slice_reshape: 1 launch(es)
// launch 3: reads 3712 B, writes 768 B; fuses:
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
//   %34 slice  @ nn/dtf.ts:110:69
//   %36 sub  @ nn/activations.ts:8:12
//   %37 exp  @ nn/activations.ts:14:15
//   %39 div  @ nn/activations.ts:15:12
//   %40 reshape  @ nn/dtf.ts:134:18
//   %41 slice  @ nn/dtf.ts:135:20
//   %42 mul  @ nn/dtf.ts:136:25
//   %43 sum  @ nn/dtf.ts:136:19
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, out, k3_sum_mul_slice_reshape_params (by value, 308 bytes).

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
struct k3_sum_mul_slice_reshape_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int sum0_n;
  int slice6_start2;
  int slice6_step2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int in2_s2;
  int in2_s3;
  int in2_s4;
  int slice7_start3;
  int slice7_step3;
  int concat8_end0;
  int concat8_off0;
  int concat9_end0;
  int slice11_start3;
  int slice11_step3;
  int slice11_start4;
  int slice11_step4;
  int pad12_lo3;
  int pad12_d3;
  int pad12_lo4;
  int pad12_d4;
  int in3_s1;
  int in3_s2;
  int in3_s3;
  int in3_s4;
  int concat9_end1;
  int slice14_start3;
  int slice14_step3;
  int slice14_start4;
  int slice14_step4;
  int concat9_end2;
  int slice16_start3;
  int slice16_step3;
  int slice16_start4;
  int slice16_step4;
  int concat9_end3;
  int slice18_start3;
  int slice18_step3;
  int slice18_start4;
  int slice18_step4;
  int concat9_end4;
  int slice20_start3;
  int slice20_step3;
  int slice20_start4;
  int slice20_step4;
  int concat9_end5;
  int slice22_start3;
  int slice22_step3;
  int slice22_start4;
  int slice22_step4;
  int slice24_start3;
  int slice24_step3;
  int slice24_start4;
  int slice24_step4;
  int concat8_off1;
  int concat25_end0;
  int slice27_start3;
  int slice27_step3;
  int slice27_start4;
  int slice27_step4;
  int slice29_start3;
  int slice29_step3;
  int slice29_start4;
  int slice29_step4;
};

extern "C" __global__ void __launch_bounds__(64) k3_sum_mul_slice_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    float* __restrict__ out,
    const k3_sum_mul_slice_reshape_params p
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
    const float slice6 = in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(i32_add(p.slice6_start2, i32_mul(out_i2, p.slice6_step2)), p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
    const float sub5 = slice6 - in1[i32_add(i32_add(i32_mul(out_i2, p.in1_s2), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
    const float exp4 = expf(sub5);
    const float div3 = exp4 / in2[i32_add(i32_add(i32_mul(out_i2, p.in2_s2), i32_mul(out_i3, p.in2_s3)), i32_mul(out_i4, p.in2_s4))];
    float part = 0.0f;
    if (r < p.concat8_end0) {
      float part_1 = 0.0f;
      if (i32_sub(r, p.concat8_off0) < p.concat9_end0) {
        const int p3 = i32_sub(i32_add(p.slice11_start3, i32_mul(out_i3, p.slice11_step3)), p.pad12_lo3);
        const bool ok3 = (p3 >= 0) && (p3 < p.pad12_d3);
        const int p4 = i32_sub(i32_add(p.slice11_start4, i32_mul(out_i4, p.slice11_step4)), p.pad12_lo4);
        const bool ok4 = (p4 >= 0) && (p4 < p.pad12_d4);
        const bool inside = ok3 && ok4;
        const float pad12 = inside ? in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice7_start3, i32_mul(out_i2, p.slice7_step3)), p.in3_s2)), i32_mul(ok3 ? p3 : 0, p.in3_s3)), i32_mul(ok4 ? p4 : 0, p.in3_s4))] : 0.0f;
        part_1 = pad12;
      } else {
        if (i32_sub(r, p.concat8_off0) < p.concat9_end1) {
          const int p3_1 = i32_sub(i32_add(p.slice14_start3, i32_mul(out_i3, p.slice14_step3)), p.pad12_lo3);
          const bool ok3_1 = (p3_1 >= 0) && (p3_1 < p.pad12_d3);
          const int p4_1 = i32_sub(i32_add(p.slice14_start4, i32_mul(out_i4, p.slice14_step4)), p.pad12_lo4);
          const bool ok4_1 = (p4_1 >= 0) && (p4_1 < p.pad12_d4);
          const bool inside_1 = ok3_1 && ok4_1;
          const float pad12_1 = inside_1 ? in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice7_start3, i32_mul(out_i2, p.slice7_step3)), p.in3_s2)), i32_mul(ok3_1 ? p3_1 : 0, p.in3_s3)), i32_mul(ok4_1 ? p4_1 : 0, p.in3_s4))] : 0.0f;
          part_1 = pad12_1;
        } else {
          if (i32_sub(r, p.concat8_off0) < p.concat9_end2) {
            const int p3_2 = i32_sub(i32_add(p.slice16_start3, i32_mul(out_i3, p.slice16_step3)), p.pad12_lo3);
            const bool ok3_2 = (p3_2 >= 0) && (p3_2 < p.pad12_d3);
            const int p4_2 = i32_sub(i32_add(p.slice16_start4, i32_mul(out_i4, p.slice16_step4)), p.pad12_lo4);
            const bool ok4_2 = (p4_2 >= 0) && (p4_2 < p.pad12_d4);
            const bool inside_2 = ok3_2 && ok4_2;
            const float pad12_2 = inside_2 ? in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice7_start3, i32_mul(out_i2, p.slice7_step3)), p.in3_s2)), i32_mul(ok3_2 ? p3_2 : 0, p.in3_s3)), i32_mul(ok4_2 ? p4_2 : 0, p.in3_s4))] : 0.0f;
            part_1 = pad12_2;
          } else {
            if (i32_sub(r, p.concat8_off0) < p.concat9_end3) {
              const int p3_3 = i32_sub(i32_add(p.slice18_start3, i32_mul(out_i3, p.slice18_step3)), p.pad12_lo3);
              const bool ok3_3 = (p3_3 >= 0) && (p3_3 < p.pad12_d3);
              const int p4_3 = i32_sub(i32_add(p.slice18_start4, i32_mul(out_i4, p.slice18_step4)), p.pad12_lo4);
              const bool ok4_3 = (p4_3 >= 0) && (p4_3 < p.pad12_d4);
              const bool inside_3 = ok3_3 && ok4_3;
              const float pad12_3 = inside_3 ? in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice7_start3, i32_mul(out_i2, p.slice7_step3)), p.in3_s2)), i32_mul(ok3_3 ? p3_3 : 0, p.in3_s3)), i32_mul(ok4_3 ? p4_3 : 0, p.in3_s4))] : 0.0f;
              part_1 = pad12_3;
            } else {
              if (i32_sub(r, p.concat8_off0) < p.concat9_end4) {
                const int p3_4 = i32_sub(i32_add(p.slice20_start3, i32_mul(out_i3, p.slice20_step3)), p.pad12_lo3);
                const bool ok3_4 = (p3_4 >= 0) && (p3_4 < p.pad12_d3);
                const int p4_4 = i32_sub(i32_add(p.slice20_start4, i32_mul(out_i4, p.slice20_step4)), p.pad12_lo4);
                const bool ok4_4 = (p4_4 >= 0) && (p4_4 < p.pad12_d4);
                const bool inside_4 = ok3_4 && ok4_4;
                const float pad12_4 = inside_4 ? in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice7_start3, i32_mul(out_i2, p.slice7_step3)), p.in3_s2)), i32_mul(ok3_4 ? p3_4 : 0, p.in3_s3)), i32_mul(ok4_4 ? p4_4 : 0, p.in3_s4))] : 0.0f;
                part_1 = pad12_4;
              } else {
                if (i32_sub(r, p.concat8_off0) < p.concat9_end5) {
                  const int p3_5 = i32_sub(i32_add(p.slice22_start3, i32_mul(out_i3, p.slice22_step3)), p.pad12_lo3);
                  const bool ok3_5 = (p3_5 >= 0) && (p3_5 < p.pad12_d3);
                  const int p4_5 = i32_sub(i32_add(p.slice22_start4, i32_mul(out_i4, p.slice22_step4)), p.pad12_lo4);
                  const bool ok4_5 = (p4_5 >= 0) && (p4_5 < p.pad12_d4);
                  const bool inside_5 = ok3_5 && ok4_5;
                  const float pad12_5 = inside_5 ? in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice7_start3, i32_mul(out_i2, p.slice7_step3)), p.in3_s2)), i32_mul(ok3_5 ? p3_5 : 0, p.in3_s3)), i32_mul(ok4_5 ? p4_5 : 0, p.in3_s4))] : 0.0f;
                  part_1 = pad12_5;
                } else {
                  const int p3_6 = i32_sub(i32_add(p.slice24_start3, i32_mul(out_i3, p.slice24_step3)), p.pad12_lo3);
                  const bool ok3_6 = (p3_6 >= 0) && (p3_6 < p.pad12_d3);
                  const int p4_6 = i32_sub(i32_add(p.slice24_start4, i32_mul(out_i4, p.slice24_step4)), p.pad12_lo4);
                  const bool ok4_6 = (p4_6 >= 0) && (p4_6 < p.pad12_d4);
                  const bool inside_6 = ok3_6 && ok4_6;
                  const float pad12_6 = inside_6 ? in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice7_start3, i32_mul(out_i2, p.slice7_step3)), p.in3_s2)), i32_mul(ok3_6 ? p3_6 : 0, p.in3_s3)), i32_mul(ok4_6 ? p4_6 : 0, p.in3_s4))] : 0.0f;
                  part_1 = pad12_6;
                }
              }
            }
          }
        }
      }
      part = part_1;
    } else {
      float part_2 = 0.0f;
      if (i32_sub(r, p.concat8_off1) < p.concat25_end0) {
        const int p3_7 = i32_sub(i32_add(p.slice27_start3, i32_mul(out_i3, p.slice27_step3)), p.pad12_lo3);
        const bool ok3_7 = (p3_7 >= 0) && (p3_7 < p.pad12_d3);
        const int p4_7 = i32_sub(i32_add(p.slice27_start4, i32_mul(out_i4, p.slice27_step4)), p.pad12_lo4);
        const bool ok4_7 = (p4_7 >= 0) && (p4_7 < p.pad12_d4);
        const bool inside_7 = ok3_7 && ok4_7;
        const float pad12_7 = inside_7 ? in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice7_start3, i32_mul(out_i2, p.slice7_step3)), p.in3_s2)), i32_mul(ok3_7 ? p3_7 : 0, p.in3_s3)), i32_mul(ok4_7 ? p4_7 : 0, p.in3_s4))] : 0.0f;
        part_2 = pad12_7;
      } else {
        const int p3_8 = i32_sub(i32_add(p.slice29_start3, i32_mul(out_i3, p.slice29_step3)), p.pad12_lo3);
        const bool ok3_8 = (p3_8 >= 0) && (p3_8 < p.pad12_d3);
        const int p4_8 = i32_sub(i32_add(p.slice29_start4, i32_mul(out_i4, p.slice29_step4)), p.pad12_lo4);
        const bool ok4_8 = (p4_8 >= 0) && (p4_8 < p.pad12_d4);
        const bool inside_8 = ok3_8 && ok4_8;
        const float pad12_8 = inside_8 ? in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(i32_add(p.slice7_start3, i32_mul(out_i2, p.slice7_step3)), p.in3_s2)), i32_mul(ok3_8 ? p3_8 : 0, p.in3_s3)), i32_mul(ok4_8 ? p4_8 : 0, p.in3_s4))] : 0.0f;
        part_2 = pad12_8;
      }
      part = part_2;
    }
    const float mul1 = div3 * part;
    acc = acc + mul1;
  }
  out[gid] = acc;
}
