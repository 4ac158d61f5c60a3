// k3_sum_mul_expand_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_sum_mul_expand_reshape: 1 launch(es)
// launch 3: reads 6080 B, writes 3456 B; fuses:
//   %3 slice  @ nn/sifa.ts:120:80
//   %4 slice  @ nn/sifa.ts:120:80
//   %20 permute  @ nn/sifa.ts:131:46
//   %21 reshape  @ nn/sifa.ts:145:19
//   %22 bilinear  @ nn/sifa.ts:146:31
//   %23 reshape  @ nn/sifa.ts:146:21
//   %24 slice  @ nn/sifa.ts:120:80
//   %25 permute  @ nn/sifa.ts:149:30
//   %26 reshape  @ nn/sifa.ts:149:20
//   %27 permute  @ nn/sifa.ts:131:46
//   %28 reshape  @ nn/sifa.ts:150:19
//   %29 mul  @ nn/sifa.ts:151:30
//   %30 permute  @ nn/sifa.ts:151:52
//   %31 mul  @ nn/sifa.ts:151:24
//   %32 sum  @ nn/sifa.ts:151:18
//   %34 permute  @ nn/sifa.ts:159:42
//   %40 slice  @ nn/sifa.ts:160:48 <- ∂ of %37 pad
//   %41 reshape  @ nn/sifa.ts:159:19 <- ∂ of %36 sum
//   %42 expand  @ nn/sifa.ts:159:19 <- ∂ of %36 sum
//   %43 mul  @ nn/sifa.ts:159:25 <- ∂ of %35 mul
//   %44 sum [also written, at the same index as the root (a sibling kernel merged, rule 9)]  @ nn/sifa.ts:159:25 <- ∂ of %35 mul
// stores %32 sum: read by 3 kernels (of %38 add, %58 bilinear_splat, %101 add): cheaper to store once than to recompute in each
// stores %44 sum: read by 3 kernels (of %53 sum, %58 bilinear_splat, %101 add): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, out1, k3_sum_mul_expand_reshape_params (by value, 184 bytes).

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
struct k3_sum_mul_expand_reshape_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int reshape3_os0;
  int reshape3_os1;
  int reshape3_is0;
  int reshape3_is1;
  int reshape3_id1;
  int reshape3_is2;
  int reshape3_id2;
  int reshape3_id3;
  int slice5_start1;
  int slice5_step1;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int slice8_start2;
  int slice8_step2;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int bilinear11_H;
  int bilinear11_W;
  int in2_s0;
  int in2_s1;
  int in2_s2;
  int in2_s3;
  int in3_s0;
  int in3_s1;
  int in3_s2;
  int in3_s3;
  int slice14_start2;
  int slice14_step2;
  int slice19_start2;
  int slice19_step2;
  int in4_s1;
  int in4_s2;
  int in4_s3;
  int in4_s4;
};

extern "C" __global__ void __launch_bounds__(64) k3_sum_mul_expand_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    float* __restrict__ out1,
    const k3_sum_mul_expand_reshape_params p
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
  const int ii0 = i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)) / p.reshape3_is0;
  const int ii1 = i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)) / p.reshape3_is1 % p.reshape3_id1;
  const int ii2 = i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)) / p.reshape3_is2 % p.reshape3_id2;
  const int ii3 = i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)) % p.reshape3_id3;
  const float slice5 = in0[i32_add(i32_add(i32_add(i32_mul(ii3, p.in0_s0), i32_mul(i32_add(p.slice5_start1, i32_mul(ii2, p.slice5_step1)), p.in0_s1)), i32_mul(ii0, p.in0_s2)), i32_mul(ii1, p.in0_s3))];
  const float slice8 = in1[i32_add(i32_add(i32_mul(i32_add(p.slice8_start2, i32_mul(out_i2, p.slice8_step2)), p.in1_s2), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const float mul2 = slice5 * slice8;
  const float y = in2[i32_add(i32_add(i32_add(i32_mul(out_i2, p.in2_s0), i32_mul(out_i1, p.in2_s1)), i32_mul(out_i3, p.in2_s2)), i32_mul(out_i4, p.in2_s3))];
  const float x = in3[i32_add(i32_add(i32_add(i32_mul(out_i2, p.in3_s0), i32_mul(out_i1, p.in3_s1)), i32_mul(out_i3, p.in3_s2)), i32_mul(out_i4, p.in3_s3))];
  const bool inside = (y > -1.0f) && (y < (float)p.bilinear11_H) && (x > -1.0f) && (x < (float)p.bilinear11_W);
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
  const float slice14 = in1[i32_add(i32_add(i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2), i32_mul(max(y0, 0), p.in1_s3)), i32_mul(max(x0, 0), p.in1_s4))];
  const float slice14_1 = in1[i32_add(i32_add(i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2), i32_mul(max(y0, 0), p.in1_s3)), i32_mul(min(x1, i32_sub(p.bilinear11_W, 1)), p.in1_s4))];
  const float slice14_2 = in1[i32_add(i32_add(i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2), i32_mul(min(y1, i32_sub(p.bilinear11_H, 1)), p.in1_s3)), i32_mul(max(x0, 0), p.in1_s4))];
  const float slice14_3 = in1[i32_add(i32_add(i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2), i32_mul(min(y1, i32_sub(p.bilinear11_H, 1)), p.in1_s3)), i32_mul(min(x1, i32_sub(p.bilinear11_W, 1)), p.in1_s4))];
  const float bilinear11 = inside ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice14 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear11_W) ? wy0 * lx * slice14_1 : 0.0f) + ((y1 < p.bilinear11_H) && (x0 >= 0) ? ly * wx0 * slice14_2 : 0.0f) + ((y1 < p.bilinear11_H) && (x1 < p.bilinear11_W) ? ly * lx * slice14_3 : 0.0f) : 0.0f;
  const float mul1 = mul2 * bilinear11;
  acc = acc + mul1;
  const int ii0_1 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), 1) / p.reshape3_is0;
  const int ii1_1 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), 1) / p.reshape3_is1 % p.reshape3_id1;
  const int ii2_1 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), 1) / p.reshape3_is2 % p.reshape3_id2;
  const int ii3_1 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), 1) % p.reshape3_id3;
  const float slice5_1 = in0[i32_add(i32_add(i32_add(i32_mul(ii3_1, p.in0_s0), i32_mul(i32_add(p.slice5_start1, i32_mul(ii2_1, p.slice5_step1)), p.in0_s1)), i32_mul(ii0_1, p.in0_s2)), i32_mul(ii1_1, p.in0_s3))];
  const float slice8_1 = in1[i32_add(i32_add(i32_add(p.in1_s1, i32_mul(i32_add(p.slice8_start2, i32_mul(out_i2, p.slice8_step2)), p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const float mul2_1 = slice5_1 * slice8_1;
  const float slice14_4 = in1[i32_add(i32_add(i32_add(p.in1_s1, i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2)), i32_mul(max(y0, 0), p.in1_s3)), i32_mul(max(x0, 0), p.in1_s4))];
  const float slice14_5 = in1[i32_add(i32_add(i32_add(p.in1_s1, i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2)), i32_mul(max(y0, 0), p.in1_s3)), i32_mul(min(x1, i32_sub(p.bilinear11_W, 1)), p.in1_s4))];
  const float slice14_6 = in1[i32_add(i32_add(i32_add(p.in1_s1, i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2)), i32_mul(min(y1, i32_sub(p.bilinear11_H, 1)), p.in1_s3)), i32_mul(max(x0, 0), p.in1_s4))];
  const float slice14_7 = in1[i32_add(i32_add(i32_add(p.in1_s1, i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2)), i32_mul(min(y1, i32_sub(p.bilinear11_H, 1)), p.in1_s3)), i32_mul(min(x1, i32_sub(p.bilinear11_W, 1)), p.in1_s4))];
  const float bilinear11_1 = inside ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice14_4 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear11_W) ? wy0 * lx * slice14_5 : 0.0f) + ((y1 < p.bilinear11_H) && (x0 >= 0) ? ly * wx0 * slice14_6 : 0.0f) + ((y1 < p.bilinear11_H) && (x1 < p.bilinear11_W) ? ly * lx * slice14_7 : 0.0f) : 0.0f;
  const float mul1_1 = mul2_1 * bilinear11_1;
  acc = acc + mul1_1;
  const int ii0_2 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), 2) / p.reshape3_is0;
  const int ii1_2 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), 2) / p.reshape3_is1 % p.reshape3_id1;
  const int ii2_2 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), 2) / p.reshape3_is2 % p.reshape3_id2;
  const int ii3_2 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), 2) % p.reshape3_id3;
  const float slice5_2 = in0[i32_add(i32_add(i32_add(i32_mul(ii3_2, p.in0_s0), i32_mul(i32_add(p.slice5_start1, i32_mul(ii2_2, p.slice5_step1)), p.in0_s1)), i32_mul(ii0_2, p.in0_s2)), i32_mul(ii1_2, p.in0_s3))];
  const float slice8_2 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.in1_s1), i32_mul(i32_add(p.slice8_start2, i32_mul(out_i2, p.slice8_step2)), p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const float mul2_2 = slice5_2 * slice8_2;
  const float slice14_8 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.in1_s1), i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2)), i32_mul(max(y0, 0), p.in1_s3)), i32_mul(max(x0, 0), p.in1_s4))];
  const float slice14_9 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.in1_s1), i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2)), i32_mul(max(y0, 0), p.in1_s3)), i32_mul(min(x1, i32_sub(p.bilinear11_W, 1)), p.in1_s4))];
  const float slice14_10 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.in1_s1), i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2)), i32_mul(min(y1, i32_sub(p.bilinear11_H, 1)), p.in1_s3)), i32_mul(max(x0, 0), p.in1_s4))];
  const float slice14_11 = in1[i32_add(i32_add(i32_add(i32_mul(2, p.in1_s1), i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2)), i32_mul(min(y1, i32_sub(p.bilinear11_H, 1)), p.in1_s3)), i32_mul(min(x1, i32_sub(p.bilinear11_W, 1)), p.in1_s4))];
  const float bilinear11_2 = inside ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice14_8 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear11_W) ? wy0 * lx * slice14_9 : 0.0f) + ((y1 < p.bilinear11_H) && (x0 >= 0) ? ly * wx0 * slice14_10 : 0.0f) + ((y1 < p.bilinear11_H) && (x1 < p.bilinear11_W) ? ly * lx * slice14_11 : 0.0f) : 0.0f;
  const float mul1_2 = mul2_2 * bilinear11_2;
  acc = acc + mul1_2;
  const int ii0_3 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), 3) / p.reshape3_is0;
  const int ii1_3 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), 3) / p.reshape3_is1 % p.reshape3_id1;
  const int ii2_3 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), 3) / p.reshape3_is2 % p.reshape3_id2;
  const int ii3_3 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), 3) % p.reshape3_id3;
  const float slice5_3 = in0[i32_add(i32_add(i32_add(i32_mul(ii3_3, p.in0_s0), i32_mul(i32_add(p.slice5_start1, i32_mul(ii2_3, p.slice5_step1)), p.in0_s1)), i32_mul(ii0_3, p.in0_s2)), i32_mul(ii1_3, p.in0_s3))];
  const float slice8_3 = in1[i32_add(i32_add(i32_add(i32_mul(3, p.in1_s1), i32_mul(i32_add(p.slice8_start2, i32_mul(out_i2, p.slice8_step2)), p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const float mul2_3 = slice5_3 * slice8_3;
  const float slice14_12 = in1[i32_add(i32_add(i32_add(i32_mul(3, p.in1_s1), i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2)), i32_mul(max(y0, 0), p.in1_s3)), i32_mul(max(x0, 0), p.in1_s4))];
  const float slice14_13 = in1[i32_add(i32_add(i32_add(i32_mul(3, p.in1_s1), i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2)), i32_mul(max(y0, 0), p.in1_s3)), i32_mul(min(x1, i32_sub(p.bilinear11_W, 1)), p.in1_s4))];
  const float slice14_14 = in1[i32_add(i32_add(i32_add(i32_mul(3, p.in1_s1), i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2)), i32_mul(min(y1, i32_sub(p.bilinear11_H, 1)), p.in1_s3)), i32_mul(max(x0, 0), p.in1_s4))];
  const float slice14_15 = in1[i32_add(i32_add(i32_add(i32_mul(3, p.in1_s1), i32_mul(i32_add(p.slice14_start2, i32_mul(out_i2, p.slice14_step2)), p.in1_s2)), i32_mul(min(y1, i32_sub(p.bilinear11_H, 1)), p.in1_s3)), i32_mul(min(x1, i32_sub(p.bilinear11_W, 1)), p.in1_s4))];
  const float bilinear11_3 = inside ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice14_12 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear11_W) ? wy0 * lx * slice14_13 : 0.0f) + ((y1 < p.bilinear11_H) && (x0 >= 0) ? ly * wx0 * slice14_14 : 0.0f) + ((y1 < p.bilinear11_H) && (x1 < p.bilinear11_W) ? ly * lx * slice14_15 : 0.0f) : 0.0f;
  const float mul1_3 = mul2_3 * bilinear11_3;
  acc = acc + mul1_3;
  out[gid] = acc;
  float acc_1 = 0.0f;
  const float slice19 = in4[i32_add(i32_add(i32_mul(i32_add(p.slice19_start2, i32_mul(out_i2, p.slice19_step2)), p.in4_s2), i32_mul(out_i3, p.in4_s3)), i32_mul(out_i4, p.in4_s4))];
  const float mul16 = slice19 * bilinear11;
  acc_1 = acc_1 + mul16;
  const float slice19_1 = in4[i32_add(i32_add(i32_add(p.in4_s1, i32_mul(i32_add(p.slice19_start2, i32_mul(out_i2, p.slice19_step2)), p.in4_s2)), i32_mul(out_i3, p.in4_s3)), i32_mul(out_i4, p.in4_s4))];
  const float mul16_1 = slice19_1 * bilinear11_1;
  acc_1 = acc_1 + mul16_1;
  const float slice19_2 = in4[i32_add(i32_add(i32_add(i32_mul(2, p.in4_s1), i32_mul(i32_add(p.slice19_start2, i32_mul(out_i2, p.slice19_step2)), p.in4_s2)), i32_mul(out_i3, p.in4_s3)), i32_mul(out_i4, p.in4_s4))];
  const float mul16_2 = slice19_2 * bilinear11_2;
  acc_1 = acc_1 + mul16_2;
  const float slice19_3 = in4[i32_add(i32_add(i32_add(i32_mul(3, p.in4_s1), i32_mul(i32_add(p.slice19_start2, i32_mul(out_i2, p.slice19_step2)), p.in4_s2)), i32_mul(out_i3, p.in4_s3)), i32_mul(out_i4, p.in4_s4))];
  const float mul16_3 = slice19_3 * bilinear11_3;
  acc_1 = acc_1 + mul16_3;
  out1[gid] = acc_1;
}
