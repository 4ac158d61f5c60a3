// k2_sum_mul_permute_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_sum_mul_permute_reshape: 1 launch(es)
// launch 2: reads 5344 B, writes 1728 B; fuses:
//   %10 permute  @ nn/sifa.ts:132:46
//   %11 reshape  @ nn/sifa.ts:133:25
//   %12 slice  @ nn/sifa.ts:134:55
//   %13 reshape  @ nn/sifa.ts:134:45
//   %15 add  @ nn/sifa.ts:142:16
//   %16 slice  @ nn/sifa.ts:134:55
//   %17 reshape  @ nn/sifa.ts:134:45
//   %19 add  @ nn/sifa.ts:143:16
//   %20 slice  @ nn/sifa.ts:118:80
//   %21 permute  @ nn/sifa.ts:132:46
//   %22 reshape  @ nn/sifa.ts:146:19
//   %23 bilinear  @ nn/sifa.ts:147:31
//   %24 reshape  @ nn/sifa.ts:147:21
//   %25 slice  @ nn/sifa.ts:118:80
//   %26 permute  @ nn/sifa.ts:150:30
//   %27 reshape  @ nn/sifa.ts:150:20
//   %28 slice  @ nn/sifa.ts:118:80
//   %29 permute  @ nn/sifa.ts:132:46
//   %30 reshape  @ nn/sifa.ts:151:19
//   %31 mul  @ nn/sifa.ts:152:30
//   %32 permute  @ nn/sifa.ts:152:52
//   %33 mul  @ nn/sifa.ts:152:24
//   %34 sum  @ nn/sifa.ts:152:18
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k2_sum_mul_permute_reshape_params (by value, 220 bytes).

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
struct k2_sum_mul_permute_reshape_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int sum0_n;
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
  int slice14_start2;
  int slice14_step2;
  int reshape15_os0;
  int reshape15_os1;
  int reshape15_os2;
  int reshape15_os3;
  int reshape15_is1;
  int reshape15_is2;
  int reshape15_id2;
  int reshape15_is3;
  int reshape15_id3;
  int reshape15_id4;
  int in2_s1;
  int in2_s2;
  int in2_s3;
  int in2_s4;
  int in3_s0;
  int in3_s1;
  int slice19_start2;
  int slice19_step2;
  int in4_s0;
  int in4_s2;
  int slice22_start2;
  int slice22_step2;
};

extern "C" __global__ void __launch_bounds__(64) k2_sum_mul_permute_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k2_sum_mul_permute_reshape_params p
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
  const int ii1_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i2, p.reshape15_os0), i32_mul(out_i1, p.reshape15_os1)), i32_mul(p.slice14_start2, p.reshape15_os2)), i32_mul(out_i3, p.reshape15_os3)), out_i4) / p.reshape15_is1;
  const int ii2_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i2, p.reshape15_os0), i32_mul(out_i1, p.reshape15_os1)), i32_mul(p.slice14_start2, p.reshape15_os2)), i32_mul(out_i3, p.reshape15_os3)), out_i4) / p.reshape15_is2 % p.reshape15_id2;
  const int ii3_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i2, p.reshape15_os0), i32_mul(out_i1, p.reshape15_os1)), i32_mul(p.slice14_start2, p.reshape15_os2)), i32_mul(out_i3, p.reshape15_os3)), out_i4) / p.reshape15_is3 % p.reshape15_id3;
  const int ii4 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i2, p.reshape15_os0), i32_mul(out_i1, p.reshape15_os1)), i32_mul(p.slice14_start2, p.reshape15_os2)), i32_mul(out_i3, p.reshape15_os3)), out_i4) % p.reshape15_id4;
  const float permute16 = in2[i32_add(i32_add(i32_add(i32_mul(ii2_1, p.in2_s1), i32_mul(ii1_1, p.in2_s2)), i32_mul(ii3_1, p.in2_s3)), i32_mul(ii4, p.in2_s4))];
  const float add12 = permute16 + in3[i32_add(i32_mul(out_i1, p.in3_s0), i32_mul(out_i3, p.in3_s1))];
  const int ii1_2 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i2, p.reshape15_os0), i32_mul(out_i1, p.reshape15_os1)), i32_mul(p.slice19_start2, p.reshape15_os2)), i32_mul(out_i3, p.reshape15_os3)), out_i4) / p.reshape15_is1;
  const int ii2_2 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i2, p.reshape15_os0), i32_mul(out_i1, p.reshape15_os1)), i32_mul(p.slice19_start2, p.reshape15_os2)), i32_mul(out_i3, p.reshape15_os3)), out_i4) / p.reshape15_is2 % p.reshape15_id2;
  const int ii3_2 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i2, p.reshape15_os0), i32_mul(out_i1, p.reshape15_os1)), i32_mul(p.slice19_start2, p.reshape15_os2)), i32_mul(out_i3, p.reshape15_os3)), out_i4) / p.reshape15_is3 % p.reshape15_id3;
  const int ii4_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i2, p.reshape15_os0), i32_mul(out_i1, p.reshape15_os1)), i32_mul(p.slice19_start2, p.reshape15_os2)), i32_mul(out_i3, p.reshape15_os3)), out_i4) % p.reshape15_id4;
  const float permute16_1 = in2[i32_add(i32_add(i32_add(i32_mul(ii2_2, p.in2_s1), i32_mul(ii1_2, p.in2_s2)), i32_mul(ii3_2, p.in2_s3)), i32_mul(ii4_1, p.in2_s4))];
  const float add17 = permute16_1 + in4[i32_add(i32_mul(out_i1, p.in4_s0), i32_mul(out_i4, p.in4_s2))];
  for (int r = 0; r < p.sum0_n; ++r) {
    const int ii0 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), r) / p.reshape3_is0;
    const int ii1 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), r) / p.reshape3_is1 % p.reshape3_id1;
    const int ii2 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), r) / p.reshape3_is2 % p.reshape3_id2;
    const int ii3 = i32_add(i32_add(i32_mul(out_i1, p.reshape3_os0), i32_mul(out_i2, p.reshape3_os1)), r) % p.reshape3_id3;
    const float slice5 = in0[i32_add(i32_add(i32_add(i32_mul(ii3, p.in0_s0), i32_mul(i32_add(p.slice5_start1, i32_mul(ii2, p.slice5_step1)), p.in0_s1)), i32_mul(ii0, p.in0_s2)), i32_mul(ii1, p.in0_s3))];
    const float slice8 = in1[i32_add(i32_add(i32_add(i32_mul(r, p.in1_s1), i32_mul(i32_add(p.slice8_start2, i32_mul(out_i2, p.slice8_step2)), p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
    const float mul2 = slice5 * slice8;
    const bool inside = (add12 > -1.0f) && (add12 < (float)p.bilinear11_H) && (add17 > -1.0f) && (add17 < (float)p.bilinear11_W);
    const float ys = inside ? add12 : 0.0f;
    const float y0f = floorf(ys);
    const float ly = ys - y0f;
    const int y0 = __float2int_rz(y0f);
    const int y1 = i32_add(y0, 1);
    const float wy0 = 1.0f - ly;
    const float xs = inside ? add17 : 0.0f;
    const float x0f = floorf(xs);
    const float lx = xs - x0f;
    const int x0 = __float2int_rz(x0f);
    const int x1 = i32_add(x0, 1);
    const float wx0 = 1.0f - lx;
    const float slice22 = in1[i32_add(i32_add(i32_add(i32_mul(r, p.in1_s1), i32_mul(i32_add(p.slice22_start2, i32_mul(out_i2, p.slice22_step2)), p.in1_s2)), i32_mul(max(y0, 0), p.in1_s3)), i32_mul(max(x0, 0), p.in1_s4))];
    const float slice22_1 = in1[i32_add(i32_add(i32_add(i32_mul(r, p.in1_s1), i32_mul(i32_add(p.slice22_start2, i32_mul(out_i2, p.slice22_step2)), p.in1_s2)), i32_mul(max(y0, 0), p.in1_s3)), i32_mul(min(x1, i32_sub(p.bilinear11_W, 1)), p.in1_s4))];
    const float slice22_2 = in1[i32_add(i32_add(i32_add(i32_mul(r, p.in1_s1), i32_mul(i32_add(p.slice22_start2, i32_mul(out_i2, p.slice22_step2)), p.in1_s2)), i32_mul(min(y1, i32_sub(p.bilinear11_H, 1)), p.in1_s3)), i32_mul(max(x0, 0), p.in1_s4))];
    const float slice22_3 = in1[i32_add(i32_add(i32_add(i32_mul(r, p.in1_s1), i32_mul(i32_add(p.slice22_start2, i32_mul(out_i2, p.slice22_step2)), p.in1_s2)), i32_mul(min(y1, i32_sub(p.bilinear11_H, 1)), p.in1_s3)), i32_mul(min(x1, i32_sub(p.bilinear11_W, 1)), p.in1_s4))];
    const float bilinear11 = inside ? 0.0f + ((y0 >= 0) && (x0 >= 0) ? wy0 * wx0 * slice22 : 0.0f) + ((y0 >= 0) && (x1 < p.bilinear11_W) ? wy0 * lx * slice22_1 : 0.0f) + ((y1 < p.bilinear11_H) && (x0 >= 0) ? ly * wx0 * slice22_2 : 0.0f) + ((y1 < p.bilinear11_H) && (x1 < p.bilinear11_W) ? ly * lx * slice22_3 : 0.0f) : 0.0f;
    const float mul1 = mul2 * bilinear11;
    acc = acc + mul1;
  }
  out[gid] = acc;
}
