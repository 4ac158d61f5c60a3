// k2_add_pad_sum_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_add_pad_sum_mul: 1 launch(es)
// launch 2: reads 5344 B, writes 1024 B; fuses:
//   %10 permute  @ nn/sifa.ts:131:46
//   %11 reshape  @ nn/sifa.ts:132:25
//   %12 slice  @ nn/sifa.ts:133:55
//   %13 reshape  @ nn/sifa.ts:133:45
//   %15 add [register table along axis 1]  @ nn/sifa.ts:141:16
//   %16 slice  @ nn/sifa.ts:133:55
//   %17 reshape  @ nn/sifa.ts:133:45
//   %19 add [register table along axis 1]  @ nn/sifa.ts:142:16
//   %20 slice  @ nn/sifa.ts:120:80
//   %21 permute  @ nn/sifa.ts:131:46
//   %22 reshape  @ nn/sifa.ts:145:19
//   %23 bilinear  @ nn/sifa.ts:146:31
//   %24 reshape  @ nn/sifa.ts:146:21
//   %25 slice  @ nn/sifa.ts:120:80
//   %26 permute  @ nn/sifa.ts:149:30
//   %27 reshape  @ nn/sifa.ts:149:20
//   %28 slice  @ nn/sifa.ts:120:80
//   %29 permute  @ nn/sifa.ts:131:46
//   %30 reshape  @ nn/sifa.ts:150:19
//   %31 mul  @ nn/sifa.ts:151:30
//   %32 permute  @ nn/sifa.ts:151:52
//   %33 mul  @ nn/sifa.ts:151:24
//   %34 sum [register table along axis 1]  @ nn/sifa.ts:151:18
//   %35 reshape  @ nn/sifa.ts:158:21
//   %36 permute  @ nn/sifa.ts:159:42
//   %37 mul  @ nn/sifa.ts:159:25
//   %38 sum  @ nn/sifa.ts:159:19
//   %39 pad  @ nn/sifa.ts:160:48
//   %40 add  @ nn/sifa.ts:160:11
// stores %40 add: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k2_add_pad_sum_mul_params (by value, 252 bytes).

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
struct k2_add_pad_sum_mul_params {
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
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int pad1_lo2;
  int pad1_d2;
  int sum2_n;
  int sum5_tabn;
  int reshape8_os0;
  int reshape8_os1;
  int reshape8_is0;
  int reshape8_is1;
  int reshape8_id1;
  int reshape8_is2;
  int reshape8_id2;
  int reshape8_id3;
  int slice10_start1;
  int slice10_step1;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int slice13_start2;
  int slice13_step2;
  int bilinear16_H;
  int bilinear16_W;
  int add17_tabn;
  int slice19_start2;
  int slice19_step2;
  int reshape20_os0;
  int reshape20_os1;
  int reshape20_os2;
  int reshape20_os3;
  int reshape20_is1;
  int reshape20_is2;
  int reshape20_id2;
  int reshape20_is3;
  int reshape20_id3;
  int reshape20_id4;
  int in2_s1;
  int in2_s2;
  int in2_s3;
  int in2_s4;
  int in3_s0;
  int in3_s1;
  int add22_tabn;
  int slice24_start2;
  int slice24_step2;
  int in4_s0;
  int in4_s2;
  int slice27_start2;
  int slice27_step2;
};

extern "C" __global__ void __launch_bounds__(64) k2_add_pad_sum_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k2_add_pad_sum_mul_params p
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
  const int p2 = i32_sub(line_i2, p.pad1_lo2);
  const bool ok2 = (p2 >= 0) && (p2 < p.pad1_d2);
  float sum5_tab[16] = {};
  const float slice13 = in0[i32_add(i32_add(i32_mul(i32_add(p.slice13_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice13_step2)), p.in0_s2), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
  float add17_tab[16] = {};
  for (int k_1 = 0; k_1 < p.add17_tabn; ++k_1) {
    const int ii1_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape20_os0), i32_mul(k_1, p.reshape20_os1)), i32_mul(p.slice19_start2, p.reshape20_os2)), i32_mul(line_i3, p.reshape20_os3)), line_i4) / p.reshape20_is1;
    const int ii2_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape20_os0), i32_mul(k_1, p.reshape20_os1)), i32_mul(p.slice19_start2, p.reshape20_os2)), i32_mul(line_i3, p.reshape20_os3)), line_i4) / p.reshape20_is2 % p.reshape20_id2;
    const int ii3_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape20_os0), i32_mul(k_1, p.reshape20_os1)), i32_mul(p.slice19_start2, p.reshape20_os2)), i32_mul(line_i3, p.reshape20_os3)), line_i4) / p.reshape20_is3 % p.reshape20_id3;
    const int ii4 = i32_add(i32_add(i32_add(i32_add(i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape20_os0), i32_mul(k_1, p.reshape20_os1)), i32_mul(p.slice19_start2, p.reshape20_os2)), i32_mul(line_i3, p.reshape20_os3)), line_i4) % p.reshape20_id4;
    const float permute21 = in2[i32_add(i32_add(i32_add(i32_mul(ii2_1, p.in2_s1), i32_mul(ii1_1, p.in2_s2)), i32_mul(ii3_1, p.in2_s3)), i32_mul(ii4, p.in2_s4))];
    const float add17 = permute21 + in3[i32_add(i32_mul(k_1, p.in3_s0), i32_mul(line_i3, p.in3_s1))];
    add17_tab[k_1] = add17;
  }
  float add22_tab[16] = {};
  for (int k_2 = 0; k_2 < p.add22_tabn; ++k_2) {
    const int ii1_2 = i32_add(i32_add(i32_add(i32_add(i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape20_os0), i32_mul(k_2, p.reshape20_os1)), i32_mul(p.slice24_start2, p.reshape20_os2)), i32_mul(line_i3, p.reshape20_os3)), line_i4) / p.reshape20_is1;
    const int ii2_2 = i32_add(i32_add(i32_add(i32_add(i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape20_os0), i32_mul(k_2, p.reshape20_os1)), i32_mul(p.slice24_start2, p.reshape20_os2)), i32_mul(line_i3, p.reshape20_os3)), line_i4) / p.reshape20_is2 % p.reshape20_id2;
    const int ii3_2 = i32_add(i32_add(i32_add(i32_add(i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape20_os0), i32_mul(k_2, p.reshape20_os1)), i32_mul(p.slice24_start2, p.reshape20_os2)), i32_mul(line_i3, p.reshape20_os3)), line_i4) / p.reshape20_is3 % p.reshape20_id3;
    const int ii4_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape20_os0), i32_mul(k_2, p.reshape20_os1)), i32_mul(p.slice24_start2, p.reshape20_os2)), i32_mul(line_i3, p.reshape20_os3)), line_i4) % p.reshape20_id4;
    const float permute21_1 = in2[i32_add(i32_add(i32_add(i32_mul(ii2_2, p.in2_s1), i32_mul(ii1_2, p.in2_s2)), i32_mul(ii3_2, p.in2_s3)), i32_mul(ii4_1, p.in2_s4))];
    const float add22 = permute21_1 + in4[i32_add(i32_mul(k_2, p.in4_s0), i32_mul(line_i4, p.in4_s2))];
    add22_tab[k_2] = add22;
  }
  const float slice13_1 = in0[i32_add(i32_add(i32_add(p.in0_s1, i32_mul(i32_add(p.slice13_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice13_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
  const float slice13_2 = in0[i32_add(i32_add(i32_add(i32_mul(2, p.in0_s1), i32_mul(i32_add(p.slice13_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice13_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
  const float slice13_3 = in0[i32_add(i32_add(i32_add(i32_mul(3, p.in0_s1), i32_mul(i32_add(p.slice13_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice13_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
  for (int k = 0; k < p.sum5_tabn; ++k) {
    float acc_1 = 0.0f;
    const int ii0 = i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)) / p.reshape8_is0;
    const int ii1 = i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)) / p.reshape8_is1 % p.reshape8_id1;
    const int ii2 = i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)) / p.reshape8_is2 % p.reshape8_id2;
    const int ii3 = i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)) % p.reshape8_id3;
    const float slice10 = in1[i32_add(i32_add(i32_add(i32_mul(ii3, p.in1_s0), i32_mul(i32_add(p.slice10_start1, i32_mul(ii2, p.slice10_step1)), p.in1_s1)), i32_mul(ii0, p.in1_s2)), i32_mul(ii1, p.in1_s3))];
    const float mul7 = slice10 * slice13;
    const float y = add17_tab[k];
    const float x = add22_tab[k];
    const bool inside = (y > -1.0f) && (y < (float)p.bilinear16_H) && (x > -1.0f) && (x < (float)p.bilinear16_W);
    const float ys = inside ? y : 0.0f;
    const float y0f = floorf(ys);
    const float ly = ys - y0f;
    const int y0 = __float2int_rz(y0f);
    const int y1 = i32_add(y0, 1);
    const float wy0 = 1.0f - ly;
    const float xs = inside ? x : 0.0f;
    const float x0f = floorf(xs);
    const float lx = xs - x0f;
    const int x0 = __float2int_rz(x0f);
    const int x1 = i32_add(x0, 1);
    const float wx0 = 1.0f - lx;
    const float slice27 = in0[i32_add(i32_add(i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2), i32_mul(max(y0, 0), p.in0_s3)), i32_mul(max(x0, 0), p.in0_s4))];
    const float slice27_1 = in0[i32_add(i32_add(i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2), i32_mul(max(y0, 0), p.in0_s3)), i32_mul(min(x1, i32_sub(p.bilinear16_W, 1)), p.in0_s4))];
    const float slice27_2 = in0[i32_add(i32_add(i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2), i32_mul(min(y1, i32_sub(p.bilinear16_H, 1)), p.in0_s3)), i32_mul(max(x0, 0), p.in0_s4))];
    const float slice27_3 = in0[i32_add(i32_add(i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2), i32_mul(min(y1, i32_sub(p.bilinear16_H, 1)), p.in0_s3)), i32_mul(min(x1, i32_sub(p.bilinear16_W, 1)), p.in0_s4))];
    const float bilinear16 = inside ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice27 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear16_W) ? wy0 * lx * slice27_1 : 0.0f) + ((y1 < p.bilinear16_H) && (x0 >= 0) ? ly * wx0 * slice27_2 : 0.0f) + ((y1 < p.bilinear16_H) && (x1 < p.bilinear16_W) ? ly * lx * slice27_3 : 0.0f) : 0.0f;
    const float mul6 = mul7 * bilinear16;
    acc_1 = acc_1 + mul6;
    const int ii0_1 = i32_add(i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)), 1) / p.reshape8_is0;
    const int ii1_3 = i32_add(i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)), 1) / p.reshape8_is1 % p.reshape8_id1;
    const int ii2_3 = i32_add(i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)), 1) / p.reshape8_is2 % p.reshape8_id2;
    const int ii3_3 = i32_add(i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)), 1) % p.reshape8_id3;
    const float slice10_1 = in1[i32_add(i32_add(i32_add(i32_mul(ii3_3, p.in1_s0), i32_mul(i32_add(p.slice10_start1, i32_mul(ii2_3, p.slice10_step1)), p.in1_s1)), i32_mul(ii0_1, p.in1_s2)), i32_mul(ii1_3, p.in1_s3))];
    const float mul7_1 = slice10_1 * slice13_1;
    const float slice27_4 = in0[i32_add(i32_add(i32_add(p.in0_s1, i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(max(y0, 0), p.in0_s3)), i32_mul(max(x0, 0), p.in0_s4))];
    const float slice27_5 = in0[i32_add(i32_add(i32_add(p.in0_s1, i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(max(y0, 0), p.in0_s3)), i32_mul(min(x1, i32_sub(p.bilinear16_W, 1)), p.in0_s4))];
    const float slice27_6 = in0[i32_add(i32_add(i32_add(p.in0_s1, i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(min(y1, i32_sub(p.bilinear16_H, 1)), p.in0_s3)), i32_mul(max(x0, 0), p.in0_s4))];
    const float slice27_7 = in0[i32_add(i32_add(i32_add(p.in0_s1, i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(min(y1, i32_sub(p.bilinear16_H, 1)), p.in0_s3)), i32_mul(min(x1, i32_sub(p.bilinear16_W, 1)), p.in0_s4))];
    const float bilinear16_1 = inside ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice27_4 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear16_W) ? wy0 * lx * slice27_5 : 0.0f) + ((y1 < p.bilinear16_H) && (x0 >= 0) ? ly * wx0 * slice27_6 : 0.0f) + ((y1 < p.bilinear16_H) && (x1 < p.bilinear16_W) ? ly * lx * slice27_7 : 0.0f) : 0.0f;
    const float mul6_1 = mul7_1 * bilinear16_1;
    acc_1 = acc_1 + mul6_1;
    const int ii0_2 = i32_add(i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)), 2) / p.reshape8_is0;
    const int ii1_4 = i32_add(i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)), 2) / p.reshape8_is1 % p.reshape8_id1;
    const int ii2_4 = i32_add(i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)), 2) / p.reshape8_is2 % p.reshape8_id2;
    const int ii3_4 = i32_add(i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)), 2) % p.reshape8_id3;
    const float slice10_2 = in1[i32_add(i32_add(i32_add(i32_mul(ii3_4, p.in1_s0), i32_mul(i32_add(p.slice10_start1, i32_mul(ii2_4, p.slice10_step1)), p.in1_s1)), i32_mul(ii0_2, p.in1_s2)), i32_mul(ii1_4, p.in1_s3))];
    const float mul7_2 = slice10_2 * slice13_2;
    const float slice27_8 = in0[i32_add(i32_add(i32_add(i32_mul(2, p.in0_s1), i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(max(y0, 0), p.in0_s3)), i32_mul(max(x0, 0), p.in0_s4))];
    const float slice27_9 = in0[i32_add(i32_add(i32_add(i32_mul(2, p.in0_s1), i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(max(y0, 0), p.in0_s3)), i32_mul(min(x1, i32_sub(p.bilinear16_W, 1)), p.in0_s4))];
    const float slice27_10 = in0[i32_add(i32_add(i32_add(i32_mul(2, p.in0_s1), i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(min(y1, i32_sub(p.bilinear16_H, 1)), p.in0_s3)), i32_mul(max(x0, 0), p.in0_s4))];
    const float slice27_11 = in0[i32_add(i32_add(i32_add(i32_mul(2, p.in0_s1), i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(min(y1, i32_sub(p.bilinear16_H, 1)), p.in0_s3)), i32_mul(min(x1, i32_sub(p.bilinear16_W, 1)), p.in0_s4))];
    const float bilinear16_2 = inside ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice27_8 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear16_W) ? wy0 * lx * slice27_9 : 0.0f) + ((y1 < p.bilinear16_H) && (x0 >= 0) ? ly * wx0 * slice27_10 : 0.0f) + ((y1 < p.bilinear16_H) && (x1 < p.bilinear16_W) ? ly * lx * slice27_11 : 0.0f) : 0.0f;
    const float mul6_2 = mul7_2 * bilinear16_2;
    acc_1 = acc_1 + mul6_2;
    const int ii0_3 = i32_add(i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)), 3) / p.reshape8_is0;
    const int ii1_5 = i32_add(i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)), 3) / p.reshape8_is1 % p.reshape8_id1;
    const int ii2_5 = i32_add(i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)), 3) / p.reshape8_is2 % p.reshape8_id2;
    const int ii3_5 = i32_add(i32_add(i32_mul(k, p.reshape8_os0), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.reshape8_os1)), 3) % p.reshape8_id3;
    const float slice10_3 = in1[i32_add(i32_add(i32_add(i32_mul(ii3_5, p.in1_s0), i32_mul(i32_add(p.slice10_start1, i32_mul(ii2_5, p.slice10_step1)), p.in1_s1)), i32_mul(ii0_3, p.in1_s2)), i32_mul(ii1_5, p.in1_s3))];
    const float mul7_3 = slice10_3 * slice13_3;
    const float slice27_12 = in0[i32_add(i32_add(i32_add(i32_mul(3, p.in0_s1), i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(max(y0, 0), p.in0_s3)), i32_mul(max(x0, 0), p.in0_s4))];
    const float slice27_13 = in0[i32_add(i32_add(i32_add(i32_mul(3, p.in0_s1), i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(max(y0, 0), p.in0_s3)), i32_mul(min(x1, i32_sub(p.bilinear16_W, 1)), p.in0_s4))];
    const float slice27_14 = in0[i32_add(i32_add(i32_add(i32_mul(3, p.in0_s1), i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(min(y1, i32_sub(p.bilinear16_H, 1)), p.in0_s3)), i32_mul(max(x0, 0), p.in0_s4))];
    const float slice27_15 = in0[i32_add(i32_add(i32_add(i32_mul(3, p.in0_s1), i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(min(y1, i32_sub(p.bilinear16_H, 1)), p.in0_s3)), i32_mul(min(x1, i32_sub(p.bilinear16_W, 1)), p.in0_s4))];
    const float bilinear16_3 = inside ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice27_12 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear16_W) ? wy0 * lx * slice27_13 : 0.0f) + ((y1 < p.bilinear16_H) && (x0 >= 0) ? ly * wx0 * slice27_14 : 0.0f) + ((y1 < p.bilinear16_H) && (x1 < p.bilinear16_W) ? ly * lx * slice27_15 : 0.0f) : 0.0f;
    const float mul6_3 = mul7_3 * bilinear16_3;
    acc_1 = acc_1 + mul6_3;
    sum5_tab[k] = acc_1;
  }
  for (int pos = 0; pos < p.out_d1; ++pos) {
    float acc = 0.0f;
    for (int r = 0; r < p.sum2_n; ++r) {
      const float reshape4 = sum5_tab[r];
      const float y_1 = add17_tab[r];
      const float x_1 = add22_tab[r];
      const bool inside_1 = (y_1 > -1.0f) && (y_1 < (float)p.bilinear16_H) && (x_1 > -1.0f) && (x_1 < (float)p.bilinear16_W);
      const float ys_1 = inside_1 ? y_1 : 0.0f;
      const float y0f_1 = floorf(ys_1);
      const float ly_1 = ys_1 - y0f_1;
      const int y0_1 = __float2int_rz(y0f_1);
      const int y1_1 = i32_add(y0_1, 1);
      const float wy0_1 = 1.0f - ly_1;
      const float xs_1 = inside_1 ? x_1 : 0.0f;
      const float x0f_1 = floorf(xs_1);
      const float lx_1 = xs_1 - x0f_1;
      const int x0_1 = __float2int_rz(x0f_1);
      const int x1_1 = i32_add(x0_1, 1);
      const float wx0_1 = 1.0f - lx_1;
      const float slice27_16 = in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(max(y0_1, 0), p.in0_s3)), i32_mul(max(x0_1, 0), p.in0_s4))];
      const float slice27_17 = in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(max(y0_1, 0), p.in0_s3)), i32_mul(min(x1_1, i32_sub(p.bilinear16_W, 1)), p.in0_s4))];
      const float slice27_18 = in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(min(y1_1, i32_sub(p.bilinear16_H, 1)), p.in0_s3)), i32_mul(max(x0_1, 0), p.in0_s4))];
      const float slice27_19 = in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(i32_add(p.slice27_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice27_step2)), p.in0_s2)), i32_mul(min(y1_1, i32_sub(p.bilinear16_H, 1)), p.in0_s3)), i32_mul(min(x1_1, i32_sub(p.bilinear16_W, 1)), p.in0_s4))];
      const float bilinear16_4 = inside_1 ? 0.0f + ((y0_1 >= 0) && (x0_1 >= 0) ? wy0_1 * wx0_1 * slice27_16 : 0.0f) + ((y0_1 >= 0) && (x1_1 < p.bilinear16_W) ? wy0_1 * lx_1 * slice27_17 : 0.0f) + ((y1_1 < p.bilinear16_H) && (x0_1 >= 0) ? ly_1 * wx0_1 * slice27_18 : 0.0f) + ((y1_1 < p.bilinear16_H) && (x1_1 < p.bilinear16_W) ? ly_1 * lx_1 * slice27_19 : 0.0f) : 0.0f;
      const float mul3 = reshape4 * bilinear16_4;
      acc = acc + mul3;
    }
    const float pad1 = ok2 ? acc : 0.0f;
    const float add0 = in0[i32_add(i32_add(i32_add(i32_mul(pos, p.in0_s1), i32_mul(line_i2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + pad1;
    out[i32_add(i32_add(i32_add(i32_mul(pos, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = add0;
  }
}
