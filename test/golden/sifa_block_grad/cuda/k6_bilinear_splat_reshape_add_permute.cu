// k6_bilinear_splat_reshape_add_permute: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k6_bilinear_splat_reshape_add_permute: 1 launch(es)
// launch 6: reads 9536 B, writes 768 B; fuses:
//   %4 slice  @ nn/sifa.ts:120:80
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
//   %58 bilinear_splat  @ nn/sifa.ts:146:31 <- ∂ of %22 bilinear
// stores %58 bilinear_splat: kept apart so that the kernel of %130 add fits the storage-buffer limit, or cheaper to store than to recompute
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, in6, out, k6_bilinear_splat_reshape_add_permute_params (by value, 224 bytes).

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

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k6_bilinear_splat_reshape_add_permute_params {
  int total;
  int out_s0;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_d3;
  int bilinear_splat0_H;
  int bilinear_splat0_W;
  int bilinear_splat0_samples;
  int bilinear_splat0_ps0;
  int bilinear_splat0_ps1;
  int bilinear_splat0_pd1;
  int bilinear_splat0_pd2;
  int in5_s0;
  int in5_s1;
  int in5_s2;
  int in5_s3;
  int in6_s0;
  int in6_s1;
  int in6_s2;
  int in6_s3;
  int slice7_start2;
  int slice7_step2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int in2_s2;
  int in2_s3;
  int in2_s4;
  int in2_s5;
  int reshape14_os0;
  int reshape14_os1;
  int reshape14_is0;
  int reshape14_is1;
  int reshape14_id1;
  int reshape14_is2;
  int reshape14_id2;
  int reshape14_id3;
  int slice16_start1;
  int slice16_step1;
  int in3_s0;
  int in3_s1;
  int in3_s2;
  int in3_s3;
  int slice19_start2;
  int slice19_step2;
  int in4_s1;
  int in4_s2;
  int in4_s3;
  int in4_s4;
};

extern "C" __global__ void __launch_bounds__(64) k6_bilinear_splat_reshape_add_permute(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    const float* __restrict__ in6,
    float* __restrict__ out,
    const k6_bilinear_splat_reshape_add_permute_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid % p.out_d3;
  float acc = 0.0f;
  for (int p_1 = 0; p_1 < p.bilinear_splat0_samples; ++p_1) {
    const int pi0 = p_1 / p.bilinear_splat0_ps0;
    const int pi1 = p_1 / p.bilinear_splat0_ps1 % p.bilinear_splat0_pd1;
    const int pi2 = p_1 % p.bilinear_splat0_pd2;
    const float y = in5[i32_add(i32_add(i32_add(i32_mul(out_i0, p.in5_s0), i32_mul(pi0, p.in5_s1)), i32_mul(pi1, p.in5_s2)), i32_mul(pi2, p.in5_s3))];
    const float x = in6[i32_add(i32_add(i32_add(i32_mul(out_i0, p.in6_s0), i32_mul(pi0, p.in6_s1)), i32_mul(pi1, p.in6_s2)), i32_mul(pi2, p.in6_s3))];
    const bool inside = (y > -1.0f) && (y < (float)p.bilinear_splat0_H) && (x > -1.0f) && (x < (float)p.bilinear_splat0_W);
    const float ys = inside ? y : 0.0f;
    const float y0f = floorf(ys);
    const float ly = ys - y0f;
    const float dy = (float)out_i2 - y0f;
    const float xs = inside ? x : 0.0f;
    const float x0f = floorf(xs);
    const float lx = xs - x0f;
    const float dx = (float)out_i3 - x0f;
    if (inside && ((dy == 0.0f) || (dy == 1.0f)) && ((dx == 0.0f) || (dx == 1.0f))) {
      const float slice7 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice7_start2, i32_mul(out_i0, p.slice7_step2)), p.in0_s2)), i32_mul(pi1, p.in0_s3)), i32_mul(pi2, p.in0_s4))];
      const float reshape8 = in1[i32_add(i32_add(i32_add(i32_mul(pi0, p.in1_s1), i32_mul(out_i0, p.in1_s2)), i32_mul(pi1, p.in1_s3)), i32_mul(pi2, p.in1_s4))];
      const float mul4 = slice7 * reshape8;
      const float reshape12 = in2[i32_add(i32_add(i32_add(i32_mul(pi0, p.in2_s2), i32_mul(out_i0, p.in2_s3)), i32_mul(pi1, p.in2_s4)), i32_mul(pi2, p.in2_s5))];
      const int ii0 = i32_add(i32_add(i32_mul(pi0, p.reshape14_os0), i32_mul(out_i0, p.reshape14_os1)), out_i1) / p.reshape14_is0;
      const int ii1 = i32_add(i32_add(i32_mul(pi0, p.reshape14_os0), i32_mul(out_i0, p.reshape14_os1)), out_i1) / p.reshape14_is1 % p.reshape14_id1;
      const int ii2 = i32_add(i32_add(i32_mul(pi0, p.reshape14_os0), i32_mul(out_i0, p.reshape14_os1)), out_i1) / p.reshape14_is2 % p.reshape14_id2;
      const int ii3 = i32_add(i32_add(i32_mul(pi0, p.reshape14_os0), i32_mul(out_i0, p.reshape14_os1)), out_i1) % p.reshape14_id3;
      const float slice16 = in3[i32_add(i32_add(i32_add(i32_mul(ii3, p.in3_s0), i32_mul(i32_add(p.slice16_start1, i32_mul(ii2, p.slice16_step1)), p.in3_s1)), i32_mul(ii0, p.in3_s2)), i32_mul(ii1, p.in3_s3))];
      const float slice19 = in4[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in4_s1), i32_mul(i32_add(p.slice19_start2, i32_mul(out_i0, p.slice19_step2)), p.in4_s2)), i32_mul(pi1, p.in4_s3)), i32_mul(pi2, p.in4_s4))];
      const float mul13 = slice16 * slice19;
      const float mul10 = reshape12 * mul13;
      const float add2 = mul4 + mul10;
      acc = acc + (dy == 0.0f ? 1.0f - ly : ly) * (dx == 0.0f ? 1.0f - lx : lx) * add2;
    }
  }
  out[gid] = acc;
}
