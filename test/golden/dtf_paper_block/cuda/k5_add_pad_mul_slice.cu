// k5_add_pad_mul_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k5_add_pad_mul_slice: 1 launch(es)
// launch 13: reads 2752 B, writes 1024 B; fuses:
//   %5 pad  @ nn/dtf.ts:112:18
//   %6 slice  @ nn/dtf.ts:117:21
//   %12 slice  @ nn/dtf.ts:117:21
//   %18 slice  @ nn/dtf.ts:117:21
//   %24 slice  @ nn/dtf.ts:117:21
//   %30 slice  @ nn/dtf.ts:117:21
//   %36 slice  @ nn/dtf.ts:117:21
//   %42 slice  @ nn/dtf.ts:117:21
//   %48 slice  @ nn/dtf.ts:117:21
//   %54 slice  @ nn/dtf.ts:117:21
//   %69 slice  @ nn/dtf.ts:131:28
//   %70 slice  @ nn/dtf.ts:110:69
//   %71 mul  @ nn/dtf.ts:131:22
//   %72 slice  @ nn/dtf.ts:131:28
//   %73 slice  @ nn/dtf.ts:110:69
//   %74 mul  @ nn/dtf.ts:131:22
//   %75 add  @ nn/dtf.ts:132:21
//   %76 slice  @ nn/dtf.ts:131:28
//   %77 slice  @ nn/dtf.ts:110:69
//   %78 mul  @ nn/dtf.ts:131:22
//   %79 add  @ nn/dtf.ts:132:21
//   %80 slice  @ nn/dtf.ts:131:28
//   %81 slice  @ nn/dtf.ts:110:69
//   %82 mul  @ nn/dtf.ts:131:22
//   %83 add  @ nn/dtf.ts:132:21
//   %84 slice  @ nn/dtf.ts:131:28
//   %85 slice  @ nn/dtf.ts:110:69
//   %86 mul  @ nn/dtf.ts:131:22
//   %87 add  @ nn/dtf.ts:132:21
//   %88 slice  @ nn/dtf.ts:131:28
//   %89 slice  @ nn/dtf.ts:110:69
//   %90 mul  @ nn/dtf.ts:131:22
//   %91 add  @ nn/dtf.ts:132:21
//   %92 slice  @ nn/dtf.ts:131:28
//   %93 slice  @ nn/dtf.ts:110:69
//   %94 mul  @ nn/dtf.ts:131:22
//   %95 add  @ nn/dtf.ts:132:21
//   %96 slice  @ nn/dtf.ts:131:28
//   %97 slice  @ nn/dtf.ts:110:69
//   %98 mul  @ nn/dtf.ts:131:22
//   %99 add  @ nn/dtf.ts:132:21
//   %100 slice  @ nn/dtf.ts:131:28
//   %101 slice  @ nn/dtf.ts:110:69
//   %102 mul  @ nn/dtf.ts:131:22
//   %103 add  @ nn/dtf.ts:132:21
//   %104 pad  @ nn/dtf.ts:134:21
//   %105 add  @ nn/dtf.ts:134:12
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k5_add_pad_mul_slice_params (by value, 376 bytes).

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
struct k5_add_pad_mul_slice_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int pad1_lo2;
  int pad1_d2;
  int slice11_start1;
  int slice11_step1;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int slice12_start2;
  int slice12_step2;
  int slice13_start3;
  int slice13_step3;
  int slice13_start4;
  int slice13_step4;
  int pad14_lo3;
  int pad14_d3;
  int pad14_lo4;
  int pad14_d4;
  int slice16_start1;
  int slice16_step1;
  int slice17_start2;
  int slice17_step2;
  int slice18_start3;
  int slice18_step3;
  int slice18_start4;
  int slice18_step4;
  int slice20_start1;
  int slice20_step1;
  int slice21_start2;
  int slice21_step2;
  int slice22_start3;
  int slice22_step3;
  int slice22_start4;
  int slice22_step4;
  int slice24_start1;
  int slice24_step1;
  int slice25_start2;
  int slice25_step2;
  int slice26_start3;
  int slice26_step3;
  int slice26_start4;
  int slice26_step4;
  int slice28_start1;
  int slice28_step1;
  int slice29_start2;
  int slice29_step2;
  int slice30_start3;
  int slice30_step3;
  int slice30_start4;
  int slice30_step4;
  int slice32_start1;
  int slice32_step1;
  int slice33_start2;
  int slice33_step2;
  int slice34_start3;
  int slice34_step3;
  int slice34_start4;
  int slice34_step4;
  int slice36_start1;
  int slice36_step1;
  int slice37_start2;
  int slice37_step2;
  int slice38_start3;
  int slice38_step3;
  int slice38_start4;
  int slice38_step4;
  int slice40_start1;
  int slice40_step1;
  int slice41_start2;
  int slice41_step2;
  int slice42_start3;
  int slice42_step3;
  int slice42_start4;
  int slice42_step4;
  int slice44_start1;
  int slice44_step1;
  int slice45_start2;
  int slice45_step2;
  int slice46_start3;
  int slice46_step3;
  int slice46_start4;
  int slice46_step4;
};

extern "C" __global__ void __launch_bounds__(64) k5_add_pad_mul_slice(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k5_add_pad_mul_slice_params p
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
  const int p2 = i32_sub(out_i2, p.pad1_lo2);
  const bool ok2 = (p2 >= 0) && (p2 < p.pad1_d2);
  const float slice11 = in1[i32_add(i32_add(i32_add(i32_mul(p.slice11_start1, p.in1_s1), i32_mul(ok2 ? p2 : 0, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const int p3 = i32_sub(i32_add(p.slice13_start3, i32_mul(out_i3, p.slice13_step3)), p.pad14_lo3);
  const bool ok3 = (p3 >= 0) && (p3 < p.pad14_d3);
  const int p4 = i32_sub(i32_add(p.slice13_start4, i32_mul(out_i4, p.slice13_step4)), p.pad14_lo4);
  const bool ok4 = (p4 >= 0) && (p4 < p.pad14_d4);
  const bool inside = ok3 && ok4;
  const float pad14 = inside ? in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice12_start2, i32_mul(ok2 ? p2 : 0, p.slice12_step2)), p.in0_s2)), i32_mul(ok3 ? p3 : 0, p.in0_s3)), i32_mul(ok4 ? p4 : 0, p.in0_s4))] : 0.0f;
  const float mul10 = slice11 * pad14;
  const float slice16 = in1[i32_add(i32_add(i32_add(i32_mul(p.slice16_start1, p.in1_s1), i32_mul(ok2 ? p2 : 0, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const int p3_1 = i32_sub(i32_add(p.slice18_start3, i32_mul(out_i3, p.slice18_step3)), p.pad14_lo3);
  const bool ok3_1 = (p3_1 >= 0) && (p3_1 < p.pad14_d3);
  const int p4_1 = i32_sub(i32_add(p.slice18_start4, i32_mul(out_i4, p.slice18_step4)), p.pad14_lo4);
  const bool ok4_1 = (p4_1 >= 0) && (p4_1 < p.pad14_d4);
  const bool inside_1 = ok3_1 && ok4_1;
  const float pad14_1 = inside_1 ? in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice17_start2, i32_mul(ok2 ? p2 : 0, p.slice17_step2)), p.in0_s2)), i32_mul(ok3_1 ? p3_1 : 0, p.in0_s3)), i32_mul(ok4_1 ? p4_1 : 0, p.in0_s4))] : 0.0f;
  const float mul15 = slice16 * pad14_1;
  const float add9 = mul10 + mul15;
  const float slice20 = in1[i32_add(i32_add(i32_add(i32_mul(p.slice20_start1, p.in1_s1), i32_mul(ok2 ? p2 : 0, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const int p3_2 = i32_sub(i32_add(p.slice22_start3, i32_mul(out_i3, p.slice22_step3)), p.pad14_lo3);
  const bool ok3_2 = (p3_2 >= 0) && (p3_2 < p.pad14_d3);
  const int p4_2 = i32_sub(i32_add(p.slice22_start4, i32_mul(out_i4, p.slice22_step4)), p.pad14_lo4);
  const bool ok4_2 = (p4_2 >= 0) && (p4_2 < p.pad14_d4);
  const bool inside_2 = ok3_2 && ok4_2;
  const float pad14_2 = inside_2 ? in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice21_start2, i32_mul(ok2 ? p2 : 0, p.slice21_step2)), p.in0_s2)), i32_mul(ok3_2 ? p3_2 : 0, p.in0_s3)), i32_mul(ok4_2 ? p4_2 : 0, p.in0_s4))] : 0.0f;
  const float mul19 = slice20 * pad14_2;
  const float add8 = add9 + mul19;
  const float slice24 = in1[i32_add(i32_add(i32_add(i32_mul(p.slice24_start1, p.in1_s1), i32_mul(ok2 ? p2 : 0, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const int p3_3 = i32_sub(i32_add(p.slice26_start3, i32_mul(out_i3, p.slice26_step3)), p.pad14_lo3);
  const bool ok3_3 = (p3_3 >= 0) && (p3_3 < p.pad14_d3);
  const int p4_3 = i32_sub(i32_add(p.slice26_start4, i32_mul(out_i4, p.slice26_step4)), p.pad14_lo4);
  const bool ok4_3 = (p4_3 >= 0) && (p4_3 < p.pad14_d4);
  const bool inside_3 = ok3_3 && ok4_3;
  const float pad14_3 = inside_3 ? in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice25_start2, i32_mul(ok2 ? p2 : 0, p.slice25_step2)), p.in0_s2)), i32_mul(ok3_3 ? p3_3 : 0, p.in0_s3)), i32_mul(ok4_3 ? p4_3 : 0, p.in0_s4))] : 0.0f;
  const float mul23 = slice24 * pad14_3;
  const float add7 = add8 + mul23;
  const float slice28 = in1[i32_add(i32_add(i32_add(i32_mul(p.slice28_start1, p.in1_s1), i32_mul(ok2 ? p2 : 0, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const int p3_4 = i32_sub(i32_add(p.slice30_start3, i32_mul(out_i3, p.slice30_step3)), p.pad14_lo3);
  const bool ok3_4 = (p3_4 >= 0) && (p3_4 < p.pad14_d3);
  const int p4_4 = i32_sub(i32_add(p.slice30_start4, i32_mul(out_i4, p.slice30_step4)), p.pad14_lo4);
  const bool ok4_4 = (p4_4 >= 0) && (p4_4 < p.pad14_d4);
  const bool inside_4 = ok3_4 && ok4_4;
  const float pad14_4 = inside_4 ? in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice29_start2, i32_mul(ok2 ? p2 : 0, p.slice29_step2)), p.in0_s2)), i32_mul(ok3_4 ? p3_4 : 0, p.in0_s3)), i32_mul(ok4_4 ? p4_4 : 0, p.in0_s4))] : 0.0f;
  const float mul27 = slice28 * pad14_4;
  const float add6 = add7 + mul27;
  const float slice32 = in1[i32_add(i32_add(i32_add(i32_mul(p.slice32_start1, p.in1_s1), i32_mul(ok2 ? p2 : 0, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const int p3_5 = i32_sub(i32_add(p.slice34_start3, i32_mul(out_i3, p.slice34_step3)), p.pad14_lo3);
  const bool ok3_5 = (p3_5 >= 0) && (p3_5 < p.pad14_d3);
  const int p4_5 = i32_sub(i32_add(p.slice34_start4, i32_mul(out_i4, p.slice34_step4)), p.pad14_lo4);
  const bool ok4_5 = (p4_5 >= 0) && (p4_5 < p.pad14_d4);
  const bool inside_5 = ok3_5 && ok4_5;
  const float pad14_5 = inside_5 ? in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice33_start2, i32_mul(ok2 ? p2 : 0, p.slice33_step2)), p.in0_s2)), i32_mul(ok3_5 ? p3_5 : 0, p.in0_s3)), i32_mul(ok4_5 ? p4_5 : 0, p.in0_s4))] : 0.0f;
  const float mul31 = slice32 * pad14_5;
  const float add5 = add6 + mul31;
  const float slice36 = in1[i32_add(i32_add(i32_add(i32_mul(p.slice36_start1, p.in1_s1), i32_mul(ok2 ? p2 : 0, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const int p3_6 = i32_sub(i32_add(p.slice38_start3, i32_mul(out_i3, p.slice38_step3)), p.pad14_lo3);
  const bool ok3_6 = (p3_6 >= 0) && (p3_6 < p.pad14_d3);
  const int p4_6 = i32_sub(i32_add(p.slice38_start4, i32_mul(out_i4, p.slice38_step4)), p.pad14_lo4);
  const bool ok4_6 = (p4_6 >= 0) && (p4_6 < p.pad14_d4);
  const bool inside_6 = ok3_6 && ok4_6;
  const float pad14_6 = inside_6 ? in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice37_start2, i32_mul(ok2 ? p2 : 0, p.slice37_step2)), p.in0_s2)), i32_mul(ok3_6 ? p3_6 : 0, p.in0_s3)), i32_mul(ok4_6 ? p4_6 : 0, p.in0_s4))] : 0.0f;
  const float mul35 = slice36 * pad14_6;
  const float add4 = add5 + mul35;
  const float slice40 = in1[i32_add(i32_add(i32_add(i32_mul(p.slice40_start1, p.in1_s1), i32_mul(ok2 ? p2 : 0, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const int p3_7 = i32_sub(i32_add(p.slice42_start3, i32_mul(out_i3, p.slice42_step3)), p.pad14_lo3);
  const bool ok3_7 = (p3_7 >= 0) && (p3_7 < p.pad14_d3);
  const int p4_7 = i32_sub(i32_add(p.slice42_start4, i32_mul(out_i4, p.slice42_step4)), p.pad14_lo4);
  const bool ok4_7 = (p4_7 >= 0) && (p4_7 < p.pad14_d4);
  const bool inside_7 = ok3_7 && ok4_7;
  const float pad14_7 = inside_7 ? in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice41_start2, i32_mul(ok2 ? p2 : 0, p.slice41_step2)), p.in0_s2)), i32_mul(ok3_7 ? p3_7 : 0, p.in0_s3)), i32_mul(ok4_7 ? p4_7 : 0, p.in0_s4))] : 0.0f;
  const float mul39 = slice40 * pad14_7;
  const float add3 = add4 + mul39;
  const float slice44 = in1[i32_add(i32_add(i32_add(i32_mul(p.slice44_start1, p.in1_s1), i32_mul(ok2 ? p2 : 0, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const int p3_8 = i32_sub(i32_add(p.slice46_start3, i32_mul(out_i3, p.slice46_step3)), p.pad14_lo3);
  const bool ok3_8 = (p3_8 >= 0) && (p3_8 < p.pad14_d3);
  const int p4_8 = i32_sub(i32_add(p.slice46_start4, i32_mul(out_i4, p.slice46_step4)), p.pad14_lo4);
  const bool ok4_8 = (p4_8 >= 0) && (p4_8 < p.pad14_d4);
  const bool inside_8 = ok3_8 && ok4_8;
  const float pad14_8 = inside_8 ? in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice45_start2, i32_mul(ok2 ? p2 : 0, p.slice45_step2)), p.in0_s2)), i32_mul(ok3_8 ? p3_8 : 0, p.in0_s3)), i32_mul(ok4_8 ? p4_8 : 0, p.in0_s4))] : 0.0f;
  const float mul43 = slice44 * pad14_8;
  const float add2 = add3 + mul43;
  const float pad1 = ok2 ? add2 : 0.0f;
  const float add0 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))] + pad1;
  out[gid] = add0;
}
