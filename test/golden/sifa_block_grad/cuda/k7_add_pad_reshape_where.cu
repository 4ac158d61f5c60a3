// k7_add_pad_reshape_where: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k7_add_pad_reshape_where: 1 launch(es)
// launch 7: reads 9536 B, writes 3456 B; fuses:
//   %3 slice  @ nn/sifa.ts:120:80
//   %4 slice  @ nn/sifa.ts:120:80
//   %20 permute  @ nn/sifa.ts:131:46
//   %21 reshape  @ nn/sifa.ts:145:19
//   %24 slice  @ nn/sifa.ts:120:80
//   %25 permute  @ nn/sifa.ts:149:30
//   %26 reshape  @ nn/sifa.ts:149:20
//   %27 permute  @ nn/sifa.ts:131:46
//   %28 reshape  @ nn/sifa.ts:150:19
//   %29 mul  @ nn/sifa.ts:151:30
//   %33 reshape  @ nn/sifa.ts:158:21
//   %40 slice  @ nn/sifa.ts:160:48 <- ∂ of %37 pad
//   %41 reshape  @ nn/sifa.ts:159:19 <- ∂ of %36 sum
//   %42 expand  @ nn/sifa.ts:159:19 <- ∂ of %36 sum
//   %45 mul  @ nn/sifa.ts:159:25 <- ∂ of %35 mul
//   %46 permute  @ nn/sifa.ts:159:42 <- ∂ of %34 permute
//   %47 reshape  @ nn/sifa.ts:151:18 <- ∂ of %32 sum
//   %48 expand  @ nn/sifa.ts:151:18 <- ∂ of %32 sum
//   %50 mul  @ nn/sifa.ts:151:24 <- ∂ of %31 mul
//   %51 permute  @ nn/sifa.ts:151:52 <- ∂ of %30 permute
//   %56 add  @ nn/sifa.ts:146:21 <- ∂ sum into %23
//   %57 reshape  @ nn/sifa.ts:146:21 <- ∂ of %23 reshape
//   %59 cast  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %60 cast  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %61 lt  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %63 sub  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %64 where  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %65 add  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %66 bilinear  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %67 bilinear  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %68 sub  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %70 gt  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %72 lt  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %74 where  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %75 gt  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %76 lt  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %77 where  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %78 where  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %79 mul  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %80 sum  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %82 where  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %83 cast  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %84 cast  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %85 lt  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %86 sub  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %87 where  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %88 add  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %89 bilinear  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %90 bilinear  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %91 sub  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %92 mul  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %93 sum  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %94 where  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
//   %97 reshape  @ nn/sifa.ts:133:45 <- ∂ of %17 reshape
//   %98 pad  @ nn/sifa.ts:133:55 <- ∂ of %16 slice
//   %99 reshape  @ nn/sifa.ts:133:45 <- ∂ of %13 reshape
//   %100 pad  @ nn/sifa.ts:133:55 <- ∂ of %12 slice
//   %101 add  @ nn/sifa.ts:132:25 <- ∂ sum into %11
// stores %101 add: read by 2 kernels (of %110 conv, %116 permute): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, in6, out, k7_add_pad_reshape_where_params (by value, 268 bytes).

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
struct k7_add_pad_reshape_where_params {
  int total;
  int line_s0;
  int line_s1;
  int line_d1;
  int line_s3;
  int line_d3;
  int line_d4;
  int out_s0;
  int out_s1;
  int out_s2;
  int out_s3;
  int out_s4;
  int out_d2;
  int pad1_lo2;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int slice19_start2;
  int slice19_step2;
  int in2_s1;
  int in2_s2;
  int in2_s3;
  int in2_s4;
  int in3_s1;
  int in3_s2;
  int in3_s3;
  int in3_s4;
  int in4_s2;
  int in4_s3;
  int in4_s4;
  int in4_s5;
  int reshape26_os0;
  int reshape26_os1;
  int reshape26_is0;
  int reshape26_is1;
  int reshape26_id1;
  int reshape26_is2;
  int reshape26_id2;
  int reshape26_id3;
  int slice28_start1;
  int slice28_step1;
  int in5_s0;
  int in5_s1;
  int in5_s2;
  int in5_s3;
  int slice31_start2;
  int slice31_step2;
  int in6_s1;
  int in6_s2;
  int in6_s3;
  int in6_s4;
  int bilinear33_H;
  int bilinear33_W;
  int slice42_start2;
  int slice42_step2;
  int bilinear43_H;
  int bilinear43_W;
  int pad44_lo2;
  int bilinear50_H;
  int bilinear50_W;
  int bilinear57_H;
  int bilinear57_W;
};

extern "C" __global__ void __launch_bounds__(64) k7_add_pad_reshape_where(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    const float* __restrict__ in6,
    float* __restrict__ out,
    const k7_add_pad_reshape_where_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i0 = gid / p.line_s0;
  const int line_i1 = gid / p.line_s1 % p.line_d1;
  const int line_i3 = gid / p.line_s3 % p.line_d3;
  const int line_i4 = gid % p.line_d4;
  const bool gt6 = in0[i32_add(i32_add(i32_add(i32_mul(line_i0, p.in0_s0), i32_mul(line_i1, p.in0_s1)), i32_mul(line_i3, p.in0_s2)), i32_mul(line_i4, p.in0_s3))] > -1.0f;
  const bool lt7 = in0[i32_add(i32_add(i32_add(i32_mul(line_i0, p.in0_s0), i32_mul(line_i1, p.in0_s1)), i32_mul(line_i3, p.in0_s2)), i32_mul(line_i4, p.in0_s3))] < 4.0f;
  const bool where5 = gt6 ? lt7 : false;
  const bool gt9 = in1[i32_add(i32_add(i32_add(i32_mul(line_i0, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(line_i3, p.in1_s2)), i32_mul(line_i4, p.in1_s3))] > -1.0f;
  const bool lt10 = in1[i32_add(i32_add(i32_add(i32_mul(line_i0, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(line_i3, p.in1_s2)), i32_mul(line_i4, p.in1_s3))] < 4.0f;
  const bool where8 = gt9 ? lt10 : false;
  const bool where4 = where5 ? where8 : false;
  float acc = 0.0f;
  const float slice19 = in2[i32_add(i32_add(i32_mul(i32_add(p.slice19_start2, i32_mul(line_i0, p.slice19_step2)), p.in2_s2), i32_mul(line_i3, p.in2_s3)), i32_mul(line_i4, p.in2_s4))];
  const float reshape20 = in3[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in3_s1), i32_mul(line_i0, p.in3_s2)), i32_mul(line_i3, p.in3_s3)), i32_mul(line_i4, p.in3_s4))];
  const float mul16 = slice19 * reshape20;
  const float reshape24 = in4[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in4_s2), i32_mul(line_i0, p.in4_s3)), i32_mul(line_i3, p.in4_s4)), i32_mul(line_i4, p.in4_s5))];
  const int ii0 = i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)) / p.reshape26_is0;
  const int ii1 = i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)) / p.reshape26_is1 % p.reshape26_id1;
  const int ii2 = i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)) / p.reshape26_is2 % p.reshape26_id2;
  const int ii3 = i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)) % p.reshape26_id3;
  const float slice28 = in5[i32_add(i32_add(i32_add(i32_mul(ii3, p.in5_s0), i32_mul(i32_add(p.slice28_start1, i32_mul(ii2, p.slice28_step1)), p.in5_s1)), i32_mul(ii0, p.in5_s2)), i32_mul(ii1, p.in5_s3))];
  const float slice31 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice31_start2, i32_mul(line_i0, p.slice31_step2)), p.in6_s2), i32_mul(line_i3, p.in6_s3)), i32_mul(line_i4, p.in6_s4))];
  const float mul25 = slice28 * slice31;
  const float mul22 = reshape24 * mul25;
  const float add14 = mul16 + mul22;
  const float y = in0[i32_add(i32_add(i32_add(i32_mul(line_i0, p.in0_s0), i32_mul(line_i1, p.in0_s1)), i32_mul(line_i3, p.in0_s2)), i32_mul(line_i4, p.in0_s3))];
  const int cast38 = __float2int_rz(in1[i32_add(i32_add(i32_add(i32_mul(line_i0, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(line_i3, p.in1_s2)), i32_mul(line_i4, p.in1_s3))]);
  const float cast37 = (float)cast38;
  const bool lt36 = in1[i32_add(i32_add(i32_add(i32_mul(line_i0, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(line_i3, p.in1_s2)), i32_mul(line_i4, p.in1_s3))] < cast37;
  const float sub39 = cast37 - 1.0f;
  const float where35 = lt36 ? sub39 : cast37;
  const float add34 = where35 + 1.0f;
  const bool inside_1 = (y > -1.0f) && (y < (float)p.bilinear33_H) && (add34 > -1.0f) && (add34 < (float)p.bilinear33_W);
  const float ys = inside_1 ? y : 0.0f;
  const float y0f = floorf(ys);
  const float ly = ys - y0f;
  const int y0 = __float2int_rz(y0f);
  const int y1 = i32_add(y0, 1);
  const float wy0 = 1.0f - ly;
  const float xs = inside_1 ? add34 : 0.0f;
  const float x0f = floorf(xs);
  const float lx = xs - x0f;
  const int x0 = __float2int_rz(x0f);
  const int x1 = i32_add(x0, 1);
  const float wx0 = 1.0f - lx;
  const float slice42 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(max(y0, 0), p.in6_s3)), i32_mul(max(x0, 0), p.in6_s4))];
  const float slice42_1 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(max(y0, 0), p.in6_s3)), i32_mul(min(x1, i32_sub(p.bilinear33_W, 1)), p.in6_s4))];
  const float slice42_2 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(min(y1, i32_sub(p.bilinear33_H, 1)), p.in6_s3)), i32_mul(max(x0, 0), p.in6_s4))];
  const float slice42_3 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(min(y1, i32_sub(p.bilinear33_H, 1)), p.in6_s3)), i32_mul(min(x1, i32_sub(p.bilinear33_W, 1)), p.in6_s4))];
  const float bilinear33 = inside_1 ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice42 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear33_W) ? wy0 * lx * slice42_1 : 0.0f) + ((y1 < p.bilinear33_H) && (x0 >= 0) ? ly * wx0 * slice42_2 : 0.0f) + ((y1 < p.bilinear33_H) && (x1 < p.bilinear33_W) ? ly * lx * slice42_3 : 0.0f) : 0.0f;
  const bool inside_2 = (y > -1.0f) && (y < (float)p.bilinear43_H) && (where35 > -1.0f) && (where35 < (float)p.bilinear43_W);
  const float ys_1 = inside_2 ? y : 0.0f;
  const float y0f_1 = floorf(ys_1);
  const float ly_1 = ys_1 - y0f_1;
  const int y0_1 = __float2int_rz(y0f_1);
  const int y1_1 = i32_add(y0_1, 1);
  const float wy0_1 = 1.0f - ly_1;
  const float xs_1 = inside_2 ? where35 : 0.0f;
  const float x0f_1 = floorf(xs_1);
  const float lx_1 = xs_1 - x0f_1;
  const int x0_1 = __float2int_rz(x0f_1);
  const int x1_1 = i32_add(x0_1, 1);
  const float wx0_1 = 1.0f - lx_1;
  const float slice42_4 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(max(y0_1, 0), p.in6_s3)), i32_mul(max(x0_1, 0), p.in6_s4))];
  const float slice42_5 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(max(y0_1, 0), p.in6_s3)), i32_mul(min(x1_1, i32_sub(p.bilinear43_W, 1)), p.in6_s4))];
  const float slice42_6 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(min(y1_1, i32_sub(p.bilinear43_H, 1)), p.in6_s3)), i32_mul(max(x0_1, 0), p.in6_s4))];
  const float slice42_7 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(min(y1_1, i32_sub(p.bilinear43_H, 1)), p.in6_s3)), i32_mul(min(x1_1, i32_sub(p.bilinear43_W, 1)), p.in6_s4))];
  const float bilinear43 = inside_2 ? 0.0f + ((y0_1 >= 0) && (x0_1 >= 0) ? wy0_1 * wx0_1 * slice42_4 : 0.0f) + ((y0_1 >= 0) && (x1_1 < p.bilinear43_W) ? wy0_1 * lx_1 * slice42_5 : 0.0f) + ((y1_1 < p.bilinear43_H) && (x0_1 >= 0) ? ly_1 * wx0_1 * slice42_6 : 0.0f) + ((y1_1 < p.bilinear43_H) && (x1_1 < p.bilinear43_W) ? ly_1 * lx_1 * slice42_7 : 0.0f) : 0.0f;
  const float sub32 = bilinear33 - bilinear43;
  const float mul12 = add14 * sub32;
  acc = acc + mul12;
  const float slice19_1 = in2[i32_add(i32_add(i32_add(p.in2_s1, i32_mul(i32_add(p.slice19_start2, i32_mul(line_i0, p.slice19_step2)), p.in2_s2)), i32_mul(line_i3, p.in2_s3)), i32_mul(line_i4, p.in2_s4))];
  const float mul16_1 = slice19_1 * reshape20;
  const int ii0_1 = i32_add(i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)), 1) / p.reshape26_is0;
  const int ii1_1 = i32_add(i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)), 1) / p.reshape26_is1 % p.reshape26_id1;
  const int ii2_1 = i32_add(i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)), 1) / p.reshape26_is2 % p.reshape26_id2;
  const int ii3_1 = i32_add(i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)), 1) % p.reshape26_id3;
  const float slice28_1 = in5[i32_add(i32_add(i32_add(i32_mul(ii3_1, p.in5_s0), i32_mul(i32_add(p.slice28_start1, i32_mul(ii2_1, p.slice28_step1)), p.in5_s1)), i32_mul(ii0_1, p.in5_s2)), i32_mul(ii1_1, p.in5_s3))];
  const float slice31_1 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice31_start2, i32_mul(line_i0, p.slice31_step2)), p.in6_s2)), i32_mul(line_i3, p.in6_s3)), i32_mul(line_i4, p.in6_s4))];
  const float mul25_1 = slice28_1 * slice31_1;
  const float mul22_1 = reshape24 * mul25_1;
  const float add14_1 = mul16_1 + mul22_1;
  const float slice42_8 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0, 0), p.in6_s3)), i32_mul(max(x0, 0), p.in6_s4))];
  const float slice42_9 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0, 0), p.in6_s3)), i32_mul(min(x1, i32_sub(p.bilinear33_W, 1)), p.in6_s4))];
  const float slice42_10 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1, i32_sub(p.bilinear33_H, 1)), p.in6_s3)), i32_mul(max(x0, 0), p.in6_s4))];
  const float slice42_11 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1, i32_sub(p.bilinear33_H, 1)), p.in6_s3)), i32_mul(min(x1, i32_sub(p.bilinear33_W, 1)), p.in6_s4))];
  const float bilinear33_1 = inside_1 ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice42_8 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear33_W) ? wy0 * lx * slice42_9 : 0.0f) + ((y1 < p.bilinear33_H) && (x0 >= 0) ? ly * wx0 * slice42_10 : 0.0f) + ((y1 < p.bilinear33_H) && (x1 < p.bilinear33_W) ? ly * lx * slice42_11 : 0.0f) : 0.0f;
  const float slice42_12 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_1, 0), p.in6_s3)), i32_mul(max(x0_1, 0), p.in6_s4))];
  const float slice42_13 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_1, 0), p.in6_s3)), i32_mul(min(x1_1, i32_sub(p.bilinear43_W, 1)), p.in6_s4))];
  const float slice42_14 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_1, i32_sub(p.bilinear43_H, 1)), p.in6_s3)), i32_mul(max(x0_1, 0), p.in6_s4))];
  const float slice42_15 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_1, i32_sub(p.bilinear43_H, 1)), p.in6_s3)), i32_mul(min(x1_1, i32_sub(p.bilinear43_W, 1)), p.in6_s4))];
  const float bilinear43_1 = inside_2 ? 0.0f + ((y0_1 >= 0) && (x0_1 >= 0) ? wy0_1 * wx0_1 * slice42_12 : 0.0f) + ((y0_1 >= 0) && (x1_1 < p.bilinear43_W) ? wy0_1 * lx_1 * slice42_13 : 0.0f) + ((y1_1 < p.bilinear43_H) && (x0_1 >= 0) ? ly_1 * wx0_1 * slice42_14 : 0.0f) + ((y1_1 < p.bilinear43_H) && (x1_1 < p.bilinear43_W) ? ly_1 * lx_1 * slice42_15 : 0.0f) : 0.0f;
  const float sub32_1 = bilinear33_1 - bilinear43_1;
  const float mul12_1 = add14_1 * sub32_1;
  acc = acc + mul12_1;
  const float slice19_2 = in2[i32_add(i32_add(i32_add(i32_mul(2, p.in2_s1), i32_mul(i32_add(p.slice19_start2, i32_mul(line_i0, p.slice19_step2)), p.in2_s2)), i32_mul(line_i3, p.in2_s3)), i32_mul(line_i4, p.in2_s4))];
  const float mul16_2 = slice19_2 * reshape20;
  const int ii0_2 = i32_add(i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)), 2) / p.reshape26_is0;
  const int ii1_2 = i32_add(i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)), 2) / p.reshape26_is1 % p.reshape26_id1;
  const int ii2_2 = i32_add(i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)), 2) / p.reshape26_is2 % p.reshape26_id2;
  const int ii3_2 = i32_add(i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)), 2) % p.reshape26_id3;
  const float slice28_2 = in5[i32_add(i32_add(i32_add(i32_mul(ii3_2, p.in5_s0), i32_mul(i32_add(p.slice28_start1, i32_mul(ii2_2, p.slice28_step1)), p.in5_s1)), i32_mul(ii0_2, p.in5_s2)), i32_mul(ii1_2, p.in5_s3))];
  const float slice31_2 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice31_start2, i32_mul(line_i0, p.slice31_step2)), p.in6_s2)), i32_mul(line_i3, p.in6_s3)), i32_mul(line_i4, p.in6_s4))];
  const float mul25_2 = slice28_2 * slice31_2;
  const float mul22_2 = reshape24 * mul25_2;
  const float add14_2 = mul16_2 + mul22_2;
  const float slice42_16 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0, 0), p.in6_s3)), i32_mul(max(x0, 0), p.in6_s4))];
  const float slice42_17 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0, 0), p.in6_s3)), i32_mul(min(x1, i32_sub(p.bilinear33_W, 1)), p.in6_s4))];
  const float slice42_18 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1, i32_sub(p.bilinear33_H, 1)), p.in6_s3)), i32_mul(max(x0, 0), p.in6_s4))];
  const float slice42_19 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1, i32_sub(p.bilinear33_H, 1)), p.in6_s3)), i32_mul(min(x1, i32_sub(p.bilinear33_W, 1)), p.in6_s4))];
  const float bilinear33_2 = inside_1 ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice42_16 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear33_W) ? wy0 * lx * slice42_17 : 0.0f) + ((y1 < p.bilinear33_H) && (x0 >= 0) ? ly * wx0 * slice42_18 : 0.0f) + ((y1 < p.bilinear33_H) && (x1 < p.bilinear33_W) ? ly * lx * slice42_19 : 0.0f) : 0.0f;
  const float slice42_20 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_1, 0), p.in6_s3)), i32_mul(max(x0_1, 0), p.in6_s4))];
  const float slice42_21 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_1, 0), p.in6_s3)), i32_mul(min(x1_1, i32_sub(p.bilinear43_W, 1)), p.in6_s4))];
  const float slice42_22 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_1, i32_sub(p.bilinear43_H, 1)), p.in6_s3)), i32_mul(max(x0_1, 0), p.in6_s4))];
  const float slice42_23 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_1, i32_sub(p.bilinear43_H, 1)), p.in6_s3)), i32_mul(min(x1_1, i32_sub(p.bilinear43_W, 1)), p.in6_s4))];
  const float bilinear43_2 = inside_2 ? 0.0f + ((y0_1 >= 0) && (x0_1 >= 0) ? wy0_1 * wx0_1 * slice42_20 : 0.0f) + ((y0_1 >= 0) && (x1_1 < p.bilinear43_W) ? wy0_1 * lx_1 * slice42_21 : 0.0f) + ((y1_1 < p.bilinear43_H) && (x0_1 >= 0) ? ly_1 * wx0_1 * slice42_22 : 0.0f) + ((y1_1 < p.bilinear43_H) && (x1_1 < p.bilinear43_W) ? ly_1 * lx_1 * slice42_23 : 0.0f) : 0.0f;
  const float sub32_2 = bilinear33_2 - bilinear43_2;
  const float mul12_2 = add14_2 * sub32_2;
  acc = acc + mul12_2;
  const float slice19_3 = in2[i32_add(i32_add(i32_add(i32_mul(3, p.in2_s1), i32_mul(i32_add(p.slice19_start2, i32_mul(line_i0, p.slice19_step2)), p.in2_s2)), i32_mul(line_i3, p.in2_s3)), i32_mul(line_i4, p.in2_s4))];
  const float mul16_3 = slice19_3 * reshape20;
  const int ii0_3 = i32_add(i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)), 3) / p.reshape26_is0;
  const int ii1_3 = i32_add(i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)), 3) / p.reshape26_is1 % p.reshape26_id1;
  const int ii2_3 = i32_add(i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)), 3) / p.reshape26_is2 % p.reshape26_id2;
  const int ii3_3 = i32_add(i32_add(i32_mul(line_i1, p.reshape26_os0), i32_mul(line_i0, p.reshape26_os1)), 3) % p.reshape26_id3;
  const float slice28_3 = in5[i32_add(i32_add(i32_add(i32_mul(ii3_3, p.in5_s0), i32_mul(i32_add(p.slice28_start1, i32_mul(ii2_3, p.slice28_step1)), p.in5_s1)), i32_mul(ii0_3, p.in5_s2)), i32_mul(ii1_3, p.in5_s3))];
  const float slice31_3 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice31_start2, i32_mul(line_i0, p.slice31_step2)), p.in6_s2)), i32_mul(line_i3, p.in6_s3)), i32_mul(line_i4, p.in6_s4))];
  const float mul25_3 = slice28_3 * slice31_3;
  const float mul22_3 = reshape24 * mul25_3;
  const float add14_3 = mul16_3 + mul22_3;
  const float slice42_24 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0, 0), p.in6_s3)), i32_mul(max(x0, 0), p.in6_s4))];
  const float slice42_25 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0, 0), p.in6_s3)), i32_mul(min(x1, i32_sub(p.bilinear33_W, 1)), p.in6_s4))];
  const float slice42_26 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1, i32_sub(p.bilinear33_H, 1)), p.in6_s3)), i32_mul(max(x0, 0), p.in6_s4))];
  const float slice42_27 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1, i32_sub(p.bilinear33_H, 1)), p.in6_s3)), i32_mul(min(x1, i32_sub(p.bilinear33_W, 1)), p.in6_s4))];
  const float bilinear33_3 = inside_1 ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice42_24 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear33_W) ? wy0 * lx * slice42_25 : 0.0f) + ((y1 < p.bilinear33_H) && (x0 >= 0) ? ly * wx0 * slice42_26 : 0.0f) + ((y1 < p.bilinear33_H) && (x1 < p.bilinear33_W) ? ly * lx * slice42_27 : 0.0f) : 0.0f;
  const float slice42_28 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_1, 0), p.in6_s3)), i32_mul(max(x0_1, 0), p.in6_s4))];
  const float slice42_29 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_1, 0), p.in6_s3)), i32_mul(min(x1_1, i32_sub(p.bilinear43_W, 1)), p.in6_s4))];
  const float slice42_30 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_1, i32_sub(p.bilinear43_H, 1)), p.in6_s3)), i32_mul(max(x0_1, 0), p.in6_s4))];
  const float slice42_31 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_1, i32_sub(p.bilinear43_H, 1)), p.in6_s3)), i32_mul(min(x1_1, i32_sub(p.bilinear43_W, 1)), p.in6_s4))];
  const float bilinear43_3 = inside_2 ? 0.0f + ((y0_1 >= 0) && (x0_1 >= 0) ? wy0_1 * wx0_1 * slice42_28 : 0.0f) + ((y0_1 >= 0) && (x1_1 < p.bilinear43_W) ? wy0_1 * lx_1 * slice42_29 : 0.0f) + ((y1_1 < p.bilinear43_H) && (x0_1 >= 0) ? ly_1 * wx0_1 * slice42_30 : 0.0f) + ((y1_1 < p.bilinear43_H) && (x1_1 < p.bilinear43_W) ? ly_1 * lx_1 * slice42_31 : 0.0f) : 0.0f;
  const float sub32_3 = bilinear33_3 - bilinear43_3;
  const float mul12_3 = add14_3 * sub32_3;
  acc = acc + mul12_3;
  const float where3 = where4 ? acc : 0.0f;
  float acc_1 = 0.0f;
  const int cast55 = __float2int_rz(in0[i32_add(i32_add(i32_add(i32_mul(line_i0, p.in0_s0), i32_mul(line_i1, p.in0_s1)), i32_mul(line_i3, p.in0_s2)), i32_mul(line_i4, p.in0_s3))]);
  const float cast54 = (float)cast55;
  const bool lt53 = in0[i32_add(i32_add(i32_add(i32_mul(line_i0, p.in0_s0), i32_mul(line_i1, p.in0_s1)), i32_mul(line_i3, p.in0_s2)), i32_mul(line_i4, p.in0_s3))] < cast54;
  const float sub56 = cast54 - 1.0f;
  const float where52 = lt53 ? sub56 : cast54;
  const float add51 = where52 + 1.0f;
  const float x = in1[i32_add(i32_add(i32_add(i32_mul(line_i0, p.in1_s0), i32_mul(line_i1, p.in1_s1)), i32_mul(line_i3, p.in1_s2)), i32_mul(line_i4, p.in1_s3))];
  const bool inside_4 = (add51 > -1.0f) && (add51 < (float)p.bilinear50_H) && (x > -1.0f) && (x < (float)p.bilinear50_W);
  const float ys_2 = inside_4 ? add51 : 0.0f;
  const float y0f_2 = floorf(ys_2);
  const float ly_2 = ys_2 - y0f_2;
  const int y0_2 = __float2int_rz(y0f_2);
  const int y1_2 = i32_add(y0_2, 1);
  const float wy0_2 = 1.0f - ly_2;
  const float xs_2 = inside_4 ? x : 0.0f;
  const float x0f_2 = floorf(xs_2);
  const float lx_2 = xs_2 - x0f_2;
  const int x0_2 = __float2int_rz(x0f_2);
  const int x1_2 = i32_add(x0_2, 1);
  const float wx0_2 = 1.0f - lx_2;
  const float slice42_32 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(max(y0_2, 0), p.in6_s3)), i32_mul(max(x0_2, 0), p.in6_s4))];
  const float slice42_33 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(max(y0_2, 0), p.in6_s3)), i32_mul(min(x1_2, i32_sub(p.bilinear50_W, 1)), p.in6_s4))];
  const float slice42_34 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(min(y1_2, i32_sub(p.bilinear50_H, 1)), p.in6_s3)), i32_mul(max(x0_2, 0), p.in6_s4))];
  const float slice42_35 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(min(y1_2, i32_sub(p.bilinear50_H, 1)), p.in6_s3)), i32_mul(min(x1_2, i32_sub(p.bilinear50_W, 1)), p.in6_s4))];
  const float bilinear50 = inside_4 ? 0.0f + ((y0_2 >= 0) && (x0_2 >= 0) ? wy0_2 * wx0_2 * slice42_32 : 0.0f) + ((y0_2 >= 0) && (x1_2 < p.bilinear50_W) ? wy0_2 * lx_2 * slice42_33 : 0.0f) + ((y1_2 < p.bilinear50_H) && (x0_2 >= 0) ? ly_2 * wx0_2 * slice42_34 : 0.0f) + ((y1_2 < p.bilinear50_H) && (x1_2 < p.bilinear50_W) ? ly_2 * lx_2 * slice42_35 : 0.0f) : 0.0f;
  const bool inside_5 = (where52 > -1.0f) && (where52 < (float)p.bilinear57_H) && (x > -1.0f) && (x < (float)p.bilinear57_W);
  const float ys_3 = inside_5 ? where52 : 0.0f;
  const float y0f_3 = floorf(ys_3);
  const float ly_3 = ys_3 - y0f_3;
  const int y0_3 = __float2int_rz(y0f_3);
  const int y1_3 = i32_add(y0_3, 1);
  const float wy0_3 = 1.0f - ly_3;
  const float xs_3 = inside_5 ? x : 0.0f;
  const float x0f_3 = floorf(xs_3);
  const float lx_3 = xs_3 - x0f_3;
  const int x0_3 = __float2int_rz(x0f_3);
  const int x1_3 = i32_add(x0_3, 1);
  const float wx0_3 = 1.0f - lx_3;
  const float slice42_36 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(max(y0_3, 0), p.in6_s3)), i32_mul(max(x0_3, 0), p.in6_s4))];
  const float slice42_37 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(max(y0_3, 0), p.in6_s3)), i32_mul(min(x1_3, i32_sub(p.bilinear57_W, 1)), p.in6_s4))];
  const float slice42_38 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(min(y1_3, i32_sub(p.bilinear57_H, 1)), p.in6_s3)), i32_mul(max(x0_3, 0), p.in6_s4))];
  const float slice42_39 = in6[i32_add(i32_add(i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2), i32_mul(min(y1_3, i32_sub(p.bilinear57_H, 1)), p.in6_s3)), i32_mul(min(x1_3, i32_sub(p.bilinear57_W, 1)), p.in6_s4))];
  const float bilinear57 = inside_5 ? 0.0f + ((y0_3 >= 0) && (x0_3 >= 0) ? wy0_3 * wx0_3 * slice42_36 : 0.0f) + ((y0_3 >= 0) && (x1_3 < p.bilinear57_W) ? wy0_3 * lx_3 * slice42_37 : 0.0f) + ((y1_3 < p.bilinear57_H) && (x0_3 >= 0) ? ly_3 * wx0_3 * slice42_38 : 0.0f) + ((y1_3 < p.bilinear57_H) && (x1_3 < p.bilinear57_W) ? ly_3 * lx_3 * slice42_39 : 0.0f) : 0.0f;
  const float sub49 = bilinear50 - bilinear57;
  const float mul48 = add14 * sub49;
  acc_1 = acc_1 + mul48;
  const float slice42_40 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_2, 0), p.in6_s3)), i32_mul(max(x0_2, 0), p.in6_s4))];
  const float slice42_41 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_2, 0), p.in6_s3)), i32_mul(min(x1_2, i32_sub(p.bilinear50_W, 1)), p.in6_s4))];
  const float slice42_42 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_2, i32_sub(p.bilinear50_H, 1)), p.in6_s3)), i32_mul(max(x0_2, 0), p.in6_s4))];
  const float slice42_43 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_2, i32_sub(p.bilinear50_H, 1)), p.in6_s3)), i32_mul(min(x1_2, i32_sub(p.bilinear50_W, 1)), p.in6_s4))];
  const float bilinear50_1 = inside_4 ? 0.0f + ((y0_2 >= 0) && (x0_2 >= 0) ? wy0_2 * wx0_2 * slice42_40 : 0.0f) + ((y0_2 >= 0) && (x1_2 < p.bilinear50_W) ? wy0_2 * lx_2 * slice42_41 : 0.0f) + ((y1_2 < p.bilinear50_H) && (x0_2 >= 0) ? ly_2 * wx0_2 * slice42_42 : 0.0f) + ((y1_2 < p.bilinear50_H) && (x1_2 < p.bilinear50_W) ? ly_2 * lx_2 * slice42_43 : 0.0f) : 0.0f;
  const float slice42_44 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_3, 0), p.in6_s3)), i32_mul(max(x0_3, 0), p.in6_s4))];
  const float slice42_45 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_3, 0), p.in6_s3)), i32_mul(min(x1_3, i32_sub(p.bilinear57_W, 1)), p.in6_s4))];
  const float slice42_46 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_3, i32_sub(p.bilinear57_H, 1)), p.in6_s3)), i32_mul(max(x0_3, 0), p.in6_s4))];
  const float slice42_47 = in6[i32_add(i32_add(i32_add(p.in6_s1, i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_3, i32_sub(p.bilinear57_H, 1)), p.in6_s3)), i32_mul(min(x1_3, i32_sub(p.bilinear57_W, 1)), p.in6_s4))];
  const float bilinear57_1 = inside_5 ? 0.0f + ((y0_3 >= 0) && (x0_3 >= 0) ? wy0_3 * wx0_3 * slice42_44 : 0.0f) + ((y0_3 >= 0) && (x1_3 < p.bilinear57_W) ? wy0_3 * lx_3 * slice42_45 : 0.0f) + ((y1_3 < p.bilinear57_H) && (x0_3 >= 0) ? ly_3 * wx0_3 * slice42_46 : 0.0f) + ((y1_3 < p.bilinear57_H) && (x1_3 < p.bilinear57_W) ? ly_3 * lx_3 * slice42_47 : 0.0f) : 0.0f;
  const float sub49_1 = bilinear50_1 - bilinear57_1;
  const float mul48_1 = add14_1 * sub49_1;
  acc_1 = acc_1 + mul48_1;
  const float slice42_48 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_2, 0), p.in6_s3)), i32_mul(max(x0_2, 0), p.in6_s4))];
  const float slice42_49 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_2, 0), p.in6_s3)), i32_mul(min(x1_2, i32_sub(p.bilinear50_W, 1)), p.in6_s4))];
  const float slice42_50 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_2, i32_sub(p.bilinear50_H, 1)), p.in6_s3)), i32_mul(max(x0_2, 0), p.in6_s4))];
  const float slice42_51 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_2, i32_sub(p.bilinear50_H, 1)), p.in6_s3)), i32_mul(min(x1_2, i32_sub(p.bilinear50_W, 1)), p.in6_s4))];
  const float bilinear50_2 = inside_4 ? 0.0f + ((y0_2 >= 0) && (x0_2 >= 0) ? wy0_2 * wx0_2 * slice42_48 : 0.0f) + ((y0_2 >= 0) && (x1_2 < p.bilinear50_W) ? wy0_2 * lx_2 * slice42_49 : 0.0f) + ((y1_2 < p.bilinear50_H) && (x0_2 >= 0) ? ly_2 * wx0_2 * slice42_50 : 0.0f) + ((y1_2 < p.bilinear50_H) && (x1_2 < p.bilinear50_W) ? ly_2 * lx_2 * slice42_51 : 0.0f) : 0.0f;
  const float slice42_52 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_3, 0), p.in6_s3)), i32_mul(max(x0_3, 0), p.in6_s4))];
  const float slice42_53 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_3, 0), p.in6_s3)), i32_mul(min(x1_3, i32_sub(p.bilinear57_W, 1)), p.in6_s4))];
  const float slice42_54 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_3, i32_sub(p.bilinear57_H, 1)), p.in6_s3)), i32_mul(max(x0_3, 0), p.in6_s4))];
  const float slice42_55 = in6[i32_add(i32_add(i32_add(i32_mul(2, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_3, i32_sub(p.bilinear57_H, 1)), p.in6_s3)), i32_mul(min(x1_3, i32_sub(p.bilinear57_W, 1)), p.in6_s4))];
  const float bilinear57_2 = inside_5 ? 0.0f + ((y0_3 >= 0) && (x0_3 >= 0) ? wy0_3 * wx0_3 * slice42_52 : 0.0f) + ((y0_3 >= 0) && (x1_3 < p.bilinear57_W) ? wy0_3 * lx_3 * slice42_53 : 0.0f) + ((y1_3 < p.bilinear57_H) && (x0_3 >= 0) ? ly_3 * wx0_3 * slice42_54 : 0.0f) + ((y1_3 < p.bilinear57_H) && (x1_3 < p.bilinear57_W) ? ly_3 * lx_3 * slice42_55 : 0.0f) : 0.0f;
  const float sub49_2 = bilinear50_2 - bilinear57_2;
  const float mul48_2 = add14_2 * sub49_2;
  acc_1 = acc_1 + mul48_2;
  const float slice42_56 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_2, 0), p.in6_s3)), i32_mul(max(x0_2, 0), p.in6_s4))];
  const float slice42_57 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_2, 0), p.in6_s3)), i32_mul(min(x1_2, i32_sub(p.bilinear50_W, 1)), p.in6_s4))];
  const float slice42_58 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_2, i32_sub(p.bilinear50_H, 1)), p.in6_s3)), i32_mul(max(x0_2, 0), p.in6_s4))];
  const float slice42_59 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_2, i32_sub(p.bilinear50_H, 1)), p.in6_s3)), i32_mul(min(x1_2, i32_sub(p.bilinear50_W, 1)), p.in6_s4))];
  const float bilinear50_3 = inside_4 ? 0.0f + ((y0_2 >= 0) && (x0_2 >= 0) ? wy0_2 * wx0_2 * slice42_56 : 0.0f) + ((y0_2 >= 0) && (x1_2 < p.bilinear50_W) ? wy0_2 * lx_2 * slice42_57 : 0.0f) + ((y1_2 < p.bilinear50_H) && (x0_2 >= 0) ? ly_2 * wx0_2 * slice42_58 : 0.0f) + ((y1_2 < p.bilinear50_H) && (x1_2 < p.bilinear50_W) ? ly_2 * lx_2 * slice42_59 : 0.0f) : 0.0f;
  const float slice42_60 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_3, 0), p.in6_s3)), i32_mul(max(x0_3, 0), p.in6_s4))];
  const float slice42_61 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(max(y0_3, 0), p.in6_s3)), i32_mul(min(x1_3, i32_sub(p.bilinear57_W, 1)), p.in6_s4))];
  const float slice42_62 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_3, i32_sub(p.bilinear57_H, 1)), p.in6_s3)), i32_mul(max(x0_3, 0), p.in6_s4))];
  const float slice42_63 = in6[i32_add(i32_add(i32_add(i32_mul(3, p.in6_s1), i32_mul(i32_add(p.slice42_start2, i32_mul(line_i0, p.slice42_step2)), p.in6_s2)), i32_mul(min(y1_3, i32_sub(p.bilinear57_H, 1)), p.in6_s3)), i32_mul(min(x1_3, i32_sub(p.bilinear57_W, 1)), p.in6_s4))];
  const float bilinear57_3 = inside_5 ? 0.0f + ((y0_3 >= 0) && (x0_3 >= 0) ? wy0_3 * wx0_3 * slice42_60 : 0.0f) + ((y0_3 >= 0) && (x1_3 < p.bilinear57_W) ? wy0_3 * lx_3 * slice42_61 : 0.0f) + ((y1_3 < p.bilinear57_H) && (x0_3 >= 0) ? ly_3 * wx0_3 * slice42_62 : 0.0f) + ((y1_3 < p.bilinear57_H) && (x1_3 < p.bilinear57_W) ? ly_3 * lx_3 * slice42_63 : 0.0f) : 0.0f;
  const float sub49_3 = bilinear50_3 - bilinear57_3;
  const float mul48_3 = add14_3 * sub49_3;
  acc_1 = acc_1 + mul48_3;
  const float where46 = where4 ? acc_1 : 0.0f;
  for (int pos = 0; pos < p.out_d2; ++pos) {
    const bool inside = pos == p.pad1_lo2;
    const float pad1 = inside ? where3 : 0.0f;
    const bool inside_3 = pos == p.pad44_lo2;
    const float pad44 = inside_3 ? where46 : 0.0f;
    const float add0 = pad1 + pad44;
    out[i32_add(i32_add(i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(pos, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = add0;
  }
}
