// k0_irfft_mul_complex_rfft: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_irfft_mul_complex_rfft: 1 launch(es)
// launch 0: reads 800 B, writes 512 B; fuses:
//   %3 rfft  @ test/fixtures/golden/spectral_filter.ts:11:22
//   %4 complex  @ test/fixtures/golden/spectral_filter.ts:12:41
//   %5 mul  @ test/fixtures/golden/spectral_filter.ts:12:25
//   %6 irfft  @ test/fixtures/golden/spectral_filter.ts:12:17
// stores %6 irfft: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k0_irfft_mul_complex_rfft_params (by value, 52 bytes).

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
#ifndef TEMPOFUSE_CUDA_C64_MUL
#define TEMPOFUSE_CUDA_C64_MUL
// Complex product.
static __device__ __forceinline__ float2 c64_mul(float2 a, float2 b) {
  return make_float2(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k0_irfft_mul_complex_rfft_params {
  int total;
  int line_s0;
  int line_d1;
  int out_s0;
  int out_s1;
  int out_s2;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int in1_s0;
  int in1_s1;
  int in2_s0;
  int in2_s1;
};

extern "C" __global__ void __launch_bounds__(64) k0_irfft_mul_complex_rfft(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k0_irfft_mul_complex_rfft_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i0 = gid / p.line_s0;
  const int line_i1 = gid % p.line_d1;
  const int rfft2_v = i32_add(i32_mul(line_i0, p.in0_s0), i32_mul(line_i1, p.in0_s1));
  const float rfft2_v_1 = in0[rfft2_v];
  const float rfft2_v_2 = in0[i32_add(rfft2_v, i32_mul(8, p.in0_s2))];
  const float rfft2_v_3 = rfft2_v_1 + rfft2_v_2;
  const float rfft2_v_4 = in0[i32_add(rfft2_v, i32_mul(4, p.in0_s2))];
  const float rfft2_v_5 = in0[i32_add(rfft2_v, i32_mul(12, p.in0_s2))];
  const float rfft2_v_6 = rfft2_v_4 + rfft2_v_5;
  const float rfft2_v_7 = rfft2_v_3 + rfft2_v_6;
  const float rfft2_v_8 = in0[i32_add(rfft2_v, i32_mul(2, p.in0_s2))];
  const float rfft2_v_9 = in0[i32_add(rfft2_v, i32_mul(10, p.in0_s2))];
  const float rfft2_v_10 = rfft2_v_8 + rfft2_v_9;
  const float rfft2_v_11 = in0[i32_add(rfft2_v, i32_mul(6, p.in0_s2))];
  const float rfft2_v_12 = in0[i32_add(rfft2_v, i32_mul(14, p.in0_s2))];
  const float rfft2_v_13 = rfft2_v_11 + rfft2_v_12;
  const float rfft2_v_14 = rfft2_v_10 + rfft2_v_13;
  const float rfft2_v_15 = rfft2_v_7 + rfft2_v_14;
  const float rfft2_v_16 = in0[i32_add(rfft2_v, p.in0_s2)];
  const float rfft2_v_17 = in0[i32_add(rfft2_v, i32_mul(9, p.in0_s2))];
  const float rfft2_v_18 = rfft2_v_16 + rfft2_v_17;
  const float rfft2_v_19 = in0[i32_add(rfft2_v, i32_mul(5, p.in0_s2))];
  const float rfft2_v_20 = in0[i32_add(rfft2_v, i32_mul(13, p.in0_s2))];
  const float rfft2_v_21 = rfft2_v_19 + rfft2_v_20;
  const float rfft2_v_22 = rfft2_v_18 + rfft2_v_21;
  const float rfft2_v_23 = in0[i32_add(rfft2_v, i32_mul(3, p.in0_s2))];
  const float rfft2_v_24 = in0[i32_add(rfft2_v, i32_mul(11, p.in0_s2))];
  const float rfft2_v_25 = rfft2_v_23 + rfft2_v_24;
  const float rfft2_v_26 = in0[i32_add(rfft2_v, i32_mul(7, p.in0_s2))];
  const float rfft2_v_27 = in0[i32_add(rfft2_v, i32_mul(15, p.in0_s2))];
  const float rfft2_v_28 = rfft2_v_26 + rfft2_v_27;
  const float rfft2_v_29 = rfft2_v_25 + rfft2_v_28;
  const float rfft2_v_30 = rfft2_v_22 + rfft2_v_29;
  const float2 rfft2 = make_float2((rfft2_v_15 + rfft2_v_30) * 0.25f, 0.0f);
  const float2 complex3 = make_float2(in1[i32_mul(line_i1, p.in1_s0)], in2[i32_mul(line_i1, p.in2_s0)]);
  const float2 mul1 = c64_mul(rfft2, complex3);
  const float rfft2_v_31 = rfft2_v_1 - rfft2_v_2;
  const float rfft2_v_32 = rfft2_v_8 - rfft2_v_9;
  const float rfft2_v_33 = rfft2_v_11 - rfft2_v_12;
  const float rfft2_v_34 = -rfft2_v_33;
  const float rfft2_v_35 = rfft2_v_32 * 0.70710677f - rfft2_v_34 * -0.70710677f;
  const float rfft2_v_36 = rfft2_v_16 - rfft2_v_17;
  const float rfft2_v_37 = rfft2_v_19 - rfft2_v_20;
  const float rfft2_v_38 = -rfft2_v_37;
  const float rfft2_v_39 = rfft2_v_36 * 0.9238795f - rfft2_v_38 * -0.38268343f;
  const float rfft2_v_40 = rfft2_v_23 - rfft2_v_24;
  const float rfft2_v_41 = rfft2_v_26 - rfft2_v_27;
  const float rfft2_v_42 = -rfft2_v_41;
  const float rfft2_v_43 = rfft2_v_40 * 0.38268343f - rfft2_v_42 * -0.9238795f;
  const float rfft2_v_44 = rfft2_v_32 * -0.70710677f;
  const float rfft2_v_45 = rfft2_v_44 + rfft2_v_34 * 0.70710677f;
  const float rfft2_v_46 = rfft2_v_4 - rfft2_v_5;
  const float rfft2_v_47 = rfft2_v_36 * -0.38268343f + rfft2_v_38 * 0.9238795f;
  const float rfft2_v_48 = rfft2_v_40 * -0.9238795f + rfft2_v_42 * 0.38268343f;
  const float2 rfft2_1 = make_float2((rfft2_v_31 + rfft2_v_35 + (rfft2_v_39 + rfft2_v_43)) * 0.25f, (rfft2_v_45 - rfft2_v_46 + (rfft2_v_47 + rfft2_v_48)) * 0.25f);
  const float2 complex3_1 = make_float2(in1[i32_add(i32_mul(line_i1, p.in1_s0), p.in1_s1)], in2[i32_add(i32_mul(line_i1, p.in2_s0), p.in2_s1)]);
  const float2 mul1_1 = c64_mul(rfft2_1, complex3_1);
  const float rfft2_v_49 = rfft2_v_3 - rfft2_v_6;
  const float rfft2_v_50 = rfft2_v_18 - rfft2_v_21;
  const float rfft2_v_51 = rfft2_v_50 * 0.70710677f;
  const float rfft2_v_52 = rfft2_v_25 - rfft2_v_28;
  const float rfft2_v_53 = rfft2_v_52 * -0.70710677f;
  const float rfft2_v_54 = rfft2_v_50 * -0.70710677f;
  const float rfft2_v_55 = rfft2_v_52 * -0.70710677f;
  const float rfft2_v_56 = rfft2_v_10 - rfft2_v_13;
  const float2 rfft2_2 = make_float2((rfft2_v_49 + (rfft2_v_51 + rfft2_v_53)) * 0.25f, (rfft2_v_54 + rfft2_v_55 - rfft2_v_56) * 0.25f);
  const float2 complex3_2 = make_float2(in1[i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(2, p.in1_s1))], in2[i32_add(i32_mul(line_i1, p.in2_s0), i32_mul(2, p.in2_s1))]);
  const float2 mul1_2 = c64_mul(rfft2_2, complex3_2);
  const float rfft2_v_57 = rfft2_v_44 - rfft2_v_33 * -0.70710677f;
  const float rfft2_v_58 = rfft2_v_36 * 0.38268343f - rfft2_v_37 * -0.9238795f;
  const float rfft2_v_59 = rfft2_v_40 * -0.9238795f - rfft2_v_41 * 0.38268343f;
  const float rfft2_v_60 = rfft2_v_32 * -0.70710677f + rfft2_v_33 * -0.70710677f;
  const float rfft2_v_61 = rfft2_v_36 * -0.9238795f + rfft2_v_37 * 0.38268343f;
  const float rfft2_v_62 = rfft2_v_40 * 0.38268343f + rfft2_v_41 * -0.9238795f;
  const float2 rfft2_3 = make_float2((rfft2_v_31 + rfft2_v_57 + (rfft2_v_58 + rfft2_v_59)) * 0.25f, (rfft2_v_46 + rfft2_v_60 + (rfft2_v_61 + rfft2_v_62)) * 0.25f);
  const float2 complex3_3 = make_float2(in1[i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(3, p.in1_s1))], in2[i32_add(i32_mul(line_i1, p.in2_s0), i32_mul(3, p.in2_s1))]);
  const float2 mul1_3 = c64_mul(rfft2_3, complex3_3);
  const float2 rfft2_4 = make_float2((rfft2_v_7 - rfft2_v_14) * 0.25f, -(rfft2_v_22 - rfft2_v_29) * 0.25f);
  const float2 complex3_4 = make_float2(in1[i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(4, p.in1_s1))], in2[i32_add(i32_mul(line_i1, p.in2_s0), i32_mul(4, p.in2_s1))]);
  const float2 mul1_4 = c64_mul(rfft2_4, complex3_4);
  const float2 rfft2_5 = make_float2((rfft2_v_31 - rfft2_v_35 + (rfft2_v_47 - rfft2_v_48)) * 0.25f, (-rfft2_v_46 - rfft2_v_45 - (rfft2_v_39 - rfft2_v_43)) * 0.25f);
  const float2 complex3_5 = make_float2(in1[i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(5, p.in1_s1))], in2[i32_add(i32_mul(line_i1, p.in2_s0), i32_mul(5, p.in2_s1))]);
  const float2 mul1_5 = c64_mul(rfft2_5, complex3_5);
  const float2 rfft2_6 = make_float2((rfft2_v_49 + (rfft2_v_54 - rfft2_v_55)) * 0.25f, (rfft2_v_56 - (rfft2_v_51 - rfft2_v_53)) * 0.25f);
  const float2 complex3_6 = make_float2(in1[i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(6, p.in1_s1))], in2[i32_add(i32_mul(line_i1, p.in2_s0), i32_mul(6, p.in2_s1))]);
  const float2 mul1_6 = c64_mul(rfft2_6, complex3_6);
  const float2 rfft2_7 = make_float2((rfft2_v_31 - rfft2_v_57 + (rfft2_v_61 - rfft2_v_62)) * 0.25f, (rfft2_v_46 - rfft2_v_60 - (rfft2_v_58 - rfft2_v_59)) * 0.25f);
  const float2 complex3_7 = make_float2(in1[i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(7, p.in1_s1))], in2[i32_add(i32_mul(line_i1, p.in2_s0), i32_mul(7, p.in2_s1))]);
  const float2 mul1_7 = c64_mul(rfft2_7, complex3_7);
  const float2 rfft2_8 = make_float2((rfft2_v_15 - rfft2_v_30) * 0.25f, 0.0f);
  const float2 complex3_8 = make_float2(in1[i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(8, p.in1_s1))], in2[i32_add(i32_mul(line_i1, p.in2_s0), i32_mul(8, p.in2_s1))]);
  const float2 mul1_8 = c64_mul(rfft2_8, complex3_8);
  const float irfft0_v = mul1.x;
  const float irfft0_v_1 = mul1_8.x;
  const float irfft0_v_2 = irfft0_v + irfft0_v_1;
  const float irfft0_v_3 = mul1_4.x;
  const float irfft0_v_4 = irfft0_v_3 + irfft0_v_3;
  const float irfft0_v_5 = irfft0_v_2 + irfft0_v_4;
  const float irfft0_v_6 = mul1_2.x;
  const float irfft0_v_7 = mul1_6.x;
  const float irfft0_v_8 = irfft0_v_6 + irfft0_v_7;
  const float irfft0_v_9 = irfft0_v_8 + irfft0_v_8;
  const float irfft0_v_10 = irfft0_v_5 + irfft0_v_9;
  const float irfft0_v_11 = mul1_1.x;
  const float irfft0_v_12 = mul1_7.x;
  const float irfft0_v_13 = irfft0_v_11 + irfft0_v_12;
  const float irfft0_v_14 = mul1_5.x;
  const float irfft0_v_15 = mul1_3.x;
  const float irfft0_v_16 = irfft0_v_14 + irfft0_v_15;
  const float irfft0_v_17 = irfft0_v_13 + irfft0_v_16;
  const float irfft0_v_18 = irfft0_v_17 + irfft0_v_17;
  const float irfft0 = (irfft0_v_10 + irfft0_v_18) * 0.25f;
  out[i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1))] = irfft0;
  const float irfft0_v_19 = irfft0_v - irfft0_v_1;
  const float irfft0_v_20 = mul1_4.y;
  const float irfft0_v_21 = irfft0_v_20 + irfft0_v_20;
  const float irfft0_v_22 = irfft0_v_19 - irfft0_v_21;
  const float irfft0_v_23 = irfft0_v_6 - irfft0_v_7;
  const float irfft0_v_24 = mul1_6.y;
  const float irfft0_v_25 = mul1_2.y;
  const float irfft0_v_26 = irfft0_v_24 + irfft0_v_25;
  const float irfft0_v_27 = irfft0_v_7 - irfft0_v_6;
  const float irfft0_v_28 = (irfft0_v_23 - irfft0_v_26) * 0.70710677f - (irfft0_v_26 + irfft0_v_27) * 0.70710677f;
  const float irfft0_v_29 = irfft0_v_22 + irfft0_v_28;
  const float irfft0_v_30 = irfft0_v_11 - irfft0_v_12;
  const float irfft0_v_31 = mul1_5.y;
  const float irfft0_v_32 = mul1_3.y;
  const float irfft0_v_33 = irfft0_v_31 + irfft0_v_32;
  const float irfft0_v_34 = irfft0_v_30 - irfft0_v_33;
  const float irfft0_v_35 = mul1_1.y;
  const float irfft0_v_36 = mul1_7.y;
  const float irfft0_v_37 = irfft0_v_35 + irfft0_v_36;
  const float irfft0_v_38 = irfft0_v_14 - irfft0_v_15;
  const float irfft0_v_39 = irfft0_v_37 + irfft0_v_38;
  const float irfft0_v_40 = irfft0_v_15 - irfft0_v_14;
  const float irfft0_v_41 = irfft0_v_40 - irfft0_v_37;
  const float irfft0_v_42 = irfft0_v_12 - irfft0_v_11;
  const float irfft0_v_43 = irfft0_v_33 + irfft0_v_42;
  const float irfft0_v_44 = irfft0_v_34 * 0.9238795f - irfft0_v_39 * 0.38268343f + (irfft0_v_41 * 0.38268343f - irfft0_v_43 * 0.9238795f);
  const float irfft0_1 = (irfft0_v_29 + irfft0_v_44) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), p.out_s2)] = irfft0_1;
  const float irfft0_v_45 = irfft0_v_2 - irfft0_v_4;
  const float irfft0_v_46 = irfft0_v_24 - irfft0_v_25 - (irfft0_v_25 - irfft0_v_24);
  const float irfft0_v_47 = irfft0_v_45 + irfft0_v_46;
  const float irfft0_v_48 = irfft0_v_13 - irfft0_v_16;
  const float irfft0_v_49 = irfft0_v_35 - irfft0_v_36;
  const float irfft0_v_50 = irfft0_v_31 - irfft0_v_32;
  const float irfft0_v_51 = irfft0_v_49 - irfft0_v_50;
  const float irfft0_v_52 = irfft0_v_16 - irfft0_v_13;
  const float irfft0_v_53 = irfft0_v_32 - irfft0_v_31;
  const float irfft0_v_54 = irfft0_v_36 - irfft0_v_35;
  const float irfft0_v_55 = irfft0_v_53 - irfft0_v_54;
  const float irfft0_v_56 = irfft0_v_48 * 0.70710677f - irfft0_v_51 * 0.70710677f + (irfft0_v_52 * -0.70710677f - irfft0_v_55 * 0.70710677f);
  const float irfft0_2 = (irfft0_v_47 + irfft0_v_56) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(2, p.out_s2))] = irfft0_2;
  const float irfft0_v_57 = irfft0_v_19 + irfft0_v_21;
  const float irfft0_v_58 = (irfft0_v_23 + irfft0_v_26) * -0.70710677f - (irfft0_v_26 - irfft0_v_27) * 0.70710677f;
  const float irfft0_v_59 = irfft0_v_57 + irfft0_v_58;
  const float irfft0_v_60 = irfft0_v_30 + irfft0_v_33;
  const float irfft0_v_61 = irfft0_v_37 - irfft0_v_38;
  const float irfft0_v_62 = irfft0_v_40 + irfft0_v_37;
  const float irfft0_v_63 = irfft0_v_33 - irfft0_v_42;
  const float irfft0_v_64 = irfft0_v_60 * 0.38268343f - irfft0_v_61 * 0.9238795f + (irfft0_v_62 * -0.9238795f - irfft0_v_63 * -0.38268343f);
  const float irfft0_3 = (irfft0_v_59 + irfft0_v_64) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(3, p.out_s2))] = irfft0_3;
  const float irfft0_v_65 = irfft0_v_5 - irfft0_v_9;
  const float irfft0_v_66 = irfft0_v_53 + irfft0_v_54 - (irfft0_v_49 + irfft0_v_50);
  const float irfft0_4 = (irfft0_v_65 + irfft0_v_66) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(4, p.out_s2))] = irfft0_4;
  const float irfft0_v_67 = irfft0_v_22 - irfft0_v_28;
  const float irfft0_v_68 = irfft0_v_41 * 0.9238795f + irfft0_v_43 * 0.38268343f - (irfft0_v_34 * 0.38268343f + irfft0_v_39 * 0.9238795f);
  const float irfft0_5 = (irfft0_v_67 + irfft0_v_68) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(5, p.out_s2))] = irfft0_5;
  const float irfft0_v_69 = irfft0_v_45 - irfft0_v_46;
  const float irfft0_v_70 = irfft0_v_52 * 0.70710677f + irfft0_v_55 * -0.70710677f - (irfft0_v_48 * 0.70710677f + irfft0_v_51 * 0.70710677f);
  const float irfft0_6 = (irfft0_v_69 + irfft0_v_70) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(6, p.out_s2))] = irfft0_6;
  const float irfft0_v_71 = irfft0_v_57 - irfft0_v_58;
  const float irfft0_v_72 = irfft0_v_62 * -0.38268343f + irfft0_v_63 * -0.9238795f - (irfft0_v_60 * 0.9238795f + irfft0_v_61 * 0.38268343f);
  const float irfft0_7 = (irfft0_v_71 + irfft0_v_72) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(7, p.out_s2))] = irfft0_7;
  const float irfft0_8 = (irfft0_v_10 - irfft0_v_18) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(8, p.out_s2))] = irfft0_8;
  const float irfft0_9 = (irfft0_v_29 - irfft0_v_44) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(9, p.out_s2))] = irfft0_9;
  const float irfft0_10 = (irfft0_v_47 - irfft0_v_56) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(10, p.out_s2))] = irfft0_10;
  const float irfft0_11 = (irfft0_v_59 - irfft0_v_64) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(11, p.out_s2))] = irfft0_11;
  const float irfft0_12 = (irfft0_v_65 - irfft0_v_66) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(12, p.out_s2))] = irfft0_12;
  const float irfft0_13 = (irfft0_v_67 - irfft0_v_68) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(13, p.out_s2))] = irfft0_13;
  const float irfft0_14 = (irfft0_v_69 - irfft0_v_70) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(14, p.out_s2))] = irfft0_14;
  const float irfft0_15 = (irfft0_v_71 - irfft0_v_72) * 0.25f;
  out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(15, p.out_s2))] = irfft0_15;
}
