// k5_sum_mul_expand_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k5_sum_mul_expand_reshape: 1 launch(es)
// launch 5: reads 6784 B, writes 768 B; fuses:
//   %3 slice  @ nn/sifa.ts:120:80
//   %20 permute  @ nn/sifa.ts:131:46
//   %21 reshape  @ nn/sifa.ts:145:19
//   %22 bilinear  @ nn/sifa.ts:146:31
//   %23 reshape  @ nn/sifa.ts:146:21
//   %24 slice  @ nn/sifa.ts:120:80
//   %25 permute  @ nn/sifa.ts:149:30
//   %26 reshape  @ nn/sifa.ts:149:20
//   %30 permute  @ nn/sifa.ts:151:52
//   %47 reshape  @ nn/sifa.ts:151:18 <- ∂ of %32 sum
//   %48 expand  @ nn/sifa.ts:151:18 <- ∂ of %32 sum
//   %49 mul  @ nn/sifa.ts:151:24 <- ∂ of %31 mul
//   %52 mul  @ nn/sifa.ts:151:30 <- ∂ of %29 mul
//   %53 sum  @ nn/sifa.ts:151:30 <- ∂ of %29 mul
// stores %53 sum: kept apart so that the kernel of %130 add fits the storage-buffer limit, or cheaper to store than to recompute
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k5_sum_mul_expand_reshape_params (by value, 172 bytes).

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
struct k5_sum_mul_expand_reshape_params {
  int total;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_s4;
  int out_d4;
  int out_d5;
  int sum0_n;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in0_s5;
  int bilinear7_H;
  int bilinear7_W;
  int in2_s0;
  int in2_s1;
  int in2_s2;
  int in2_s3;
  int in3_s0;
  int in3_s1;
  int in3_s2;
  int in3_s3;
  int slice10_start2;
  int slice10_step2;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int reshape11_os0;
  int reshape11_os1;
  int reshape11_is0;
  int reshape11_is1;
  int reshape11_id1;
  int reshape11_is2;
  int reshape11_id2;
  int reshape11_id3;
  int slice13_start1;
  int slice13_step1;
  int in4_s0;
  int in4_s1;
  int in4_s2;
  int in4_s3;
};

extern "C" __global__ void __launch_bounds__(64) k5_sum_mul_expand_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k5_sum_mul_expand_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid / p.out_s3 % p.out_d3;
  const int out_i4 = gid / p.out_s4 % p.out_d4;
  const int out_i5 = gid % p.out_d5;
  float acc = 0.0f;
  for (int r = 0; r < p.sum0_n; ++r) {
    const float reshape4 = in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s2), i32_mul(out_i2, p.in0_s3)), i32_mul(out_i4, p.in0_s4)), i32_mul(out_i5, p.in0_s5))];
    const float y = in2[i32_add(i32_add(i32_add(i32_mul(out_i2, p.in2_s0), i32_mul(r, p.in2_s1)), i32_mul(out_i4, p.in2_s2)), i32_mul(out_i5, p.in2_s3))];
    const float x = in3[i32_add(i32_add(i32_add(i32_mul(out_i2, p.in3_s0), i32_mul(r, p.in3_s1)), i32_mul(out_i4, p.in3_s2)), i32_mul(out_i5, p.in3_s3))];
    const bool inside = (y > -1.0f) && (y < (float)p.bilinear7_H) && (x > -1.0f) && (x < (float)p.bilinear7_W);
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
    const float slice10 = in1[i32_add(i32_add(i32_add(i32_mul(out_i3, p.in1_s1), i32_mul(i32_add(p.slice10_start2, i32_mul(out_i2, p.slice10_step2)), p.in1_s2)), i32_mul(max(y0, 0), p.in1_s3)), i32_mul(max(x0, 0), p.in1_s4))];
    const float slice10_1 = in1[i32_add(i32_add(i32_add(i32_mul(out_i3, p.in1_s1), i32_mul(i32_add(p.slice10_start2, i32_mul(out_i2, p.slice10_step2)), p.in1_s2)), i32_mul(max(y0, 0), p.in1_s3)), i32_mul(min(x1, i32_sub(p.bilinear7_W, 1)), p.in1_s4))];
    const float slice10_2 = in1[i32_add(i32_add(i32_add(i32_mul(out_i3, p.in1_s1), i32_mul(i32_add(p.slice10_start2, i32_mul(out_i2, p.slice10_step2)), p.in1_s2)), i32_mul(min(y1, i32_sub(p.bilinear7_H, 1)), p.in1_s3)), i32_mul(max(x0, 0), p.in1_s4))];
    const float slice10_3 = in1[i32_add(i32_add(i32_add(i32_mul(out_i3, p.in1_s1), i32_mul(i32_add(p.slice10_start2, i32_mul(out_i2, p.slice10_step2)), p.in1_s2)), i32_mul(min(y1, i32_sub(p.bilinear7_H, 1)), p.in1_s3)), i32_mul(min(x1, i32_sub(p.bilinear7_W, 1)), p.in1_s4))];
    const float bilinear7 = inside ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice10 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear7_W) ? wy0 * lx * slice10_1 : 0.0f) + ((y1 < p.bilinear7_H) && (x0 >= 0) ? ly * wx0 * slice10_2 : 0.0f) + ((y1 < p.bilinear7_H) && (x1 < p.bilinear7_W) ? ly * lx * slice10_3 : 0.0f) : 0.0f;
    const float mul2 = reshape4 * bilinear7;
    const int ii0 = i32_add(i32_add(i32_mul(r, p.reshape11_os0), i32_mul(out_i2, p.reshape11_os1)), out_i3) / p.reshape11_is0;
    const int ii1 = i32_add(i32_add(i32_mul(r, p.reshape11_os0), i32_mul(out_i2, p.reshape11_os1)), out_i3) / p.reshape11_is1 % p.reshape11_id1;
    const int ii2 = i32_add(i32_add(i32_mul(r, p.reshape11_os0), i32_mul(out_i2, p.reshape11_os1)), out_i3) / p.reshape11_is2 % p.reshape11_id2;
    const int ii3 = i32_add(i32_add(i32_mul(r, p.reshape11_os0), i32_mul(out_i2, p.reshape11_os1)), out_i3) % p.reshape11_id3;
    const float slice13 = in4[i32_add(i32_add(i32_add(i32_mul(ii3, p.in4_s0), i32_mul(i32_add(p.slice13_start1, i32_mul(ii2, p.slice13_step1)), p.in4_s1)), i32_mul(ii0, p.in4_s2)), i32_mul(ii1, p.in4_s3))];
    const float mul1 = mul2 * slice13;
    acc = acc + mul1;
  }
  out[gid] = acc;
}
