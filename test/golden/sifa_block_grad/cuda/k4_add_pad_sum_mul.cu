// k4_add_pad_sum_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k4_add_pad_sum_mul: 1 launch(es)
// launch 4: reads 6208 B, writes 1024 B; fuses:
//   %3 slice  @ nn/sifa.ts:120:80
//   %20 permute  @ nn/sifa.ts:131:46
//   %21 reshape  @ nn/sifa.ts:145:19
//   %22 bilinear  @ nn/sifa.ts:146:31
//   %23 reshape  @ nn/sifa.ts:146:21
//   %33 reshape  @ nn/sifa.ts:158:21
//   %34 permute  @ nn/sifa.ts:159:42
//   %35 mul  @ nn/sifa.ts:159:25
//   %36 sum  @ nn/sifa.ts:159:19
//   %37 pad  @ nn/sifa.ts:160:48
//   %38 add  @ nn/sifa.ts:160:11
// stores %38 add: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, out, k4_add_pad_sum_mul_params (by value, 124 bytes).

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
struct k4_add_pad_sum_mul_params {
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
  int sum2_n;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
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
};

extern "C" __global__ void __launch_bounds__(64) k4_add_pad_sum_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    float* __restrict__ out,
    const k4_add_pad_sum_mul_params p
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
  float acc = 0.0f;
  for (int r = 0; r < p.sum2_n; ++r) {
    const float reshape4 = in1[i32_add(i32_add(i32_add(i32_mul(r, p.in1_s1), i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
    const float y = in2[i32_add(i32_add(i32_add(i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.in2_s0), i32_mul(r, p.in2_s1)), i32_mul(out_i3, p.in2_s2)), i32_mul(out_i4, p.in2_s3))];
    const float x = in3[i32_add(i32_add(i32_add(i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.in3_s0), i32_mul(r, p.in3_s1)), i32_mul(out_i3, p.in3_s2)), i32_mul(out_i4, p.in3_s3))];
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
    const float slice10 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice10_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice10_step2)), p.in0_s2)), i32_mul(max(y0, 0), p.in0_s3)), i32_mul(max(x0, 0), p.in0_s4))];
    const float slice10_1 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice10_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice10_step2)), p.in0_s2)), i32_mul(max(y0, 0), p.in0_s3)), i32_mul(min(x1, i32_sub(p.bilinear7_W, 1)), p.in0_s4))];
    const float slice10_2 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice10_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice10_step2)), p.in0_s2)), i32_mul(min(y1, i32_sub(p.bilinear7_H, 1)), p.in0_s3)), i32_mul(max(x0, 0), p.in0_s4))];
    const float slice10_3 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(i32_add(p.slice10_start2, i32_mul(min(max(p2, 0), i32_sub(p.pad1_d2, 1)), p.slice10_step2)), p.in0_s2)), i32_mul(min(y1, i32_sub(p.bilinear7_H, 1)), p.in0_s3)), i32_mul(min(x1, i32_sub(p.bilinear7_W, 1)), p.in0_s4))];
    const float bilinear7 = inside ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice10 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear7_W) ? wy0 * lx * slice10_1 : 0.0f) + ((y1 < p.bilinear7_H) && (x0 >= 0) ? ly * wx0 * slice10_2 : 0.0f) + ((y1 < p.bilinear7_H) && (x1 < p.bilinear7_W) ? ly * lx * slice10_3 : 0.0f) : 0.0f;
    const float mul3 = reshape4 * bilinear7;
    acc = acc + mul3;
  }
  const float pad1 = ok2 ? acc : 0.0f;
  const float add0 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))] + pad1;
  out[gid] = add0;
}
