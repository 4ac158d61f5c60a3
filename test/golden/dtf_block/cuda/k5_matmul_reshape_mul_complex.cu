// k5_matmul_reshape_mul_complex: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k5_matmul_reshape_mul_complex: 1 launch(es)
// launch 5: reads 2048 B, writes 1536 B; fuses:
//   %39 reshape  @ nn/dtf.ts:164:36
//   %40 expand  @ nn/dtf.ts:164:27
//   %41 reshape  @ nn/dtf.ts:164:17
//   %42 slice  @ nn/dtf.ts:149:64
//   %43 reshape  @ nn/dtf.ts:165:40
//   %44 slice  @ nn/dtf.ts:149:64
//   %45 reshape  @ nn/dtf.ts:165:40
//   %46 complex  @ nn/dtf.ts:166:28
//   %47 mul  @ nn/dtf.ts:166:16
//   %54 reshape  @ nn/dtf.ts:171:39
//   %55 matmul  @ nn/dtf.ts:171:26
// stores %55 matmul: %75 irfft reads each element 4 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k5_matmul_reshape_mul_complex_params (by value, 140 bytes).

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
#ifndef TEMPOFUSE_CUDA_C64_ADD
#define TEMPOFUSE_CUDA_C64_ADD
// Complex sum (c64 is float2: x = real part, y = imaginary part).
static __device__ __forceinline__ float2 c64_add(float2 a, float2 b) {
  return make_float2(a.x + b.x, a.y + b.y);
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
struct k5_matmul_reshape_mul_complex_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int matmul0_k;
  int in0_s0;
  int in0_s1;
  int reshape1_os1;
  int reshape1_is1;
  int reshape1_is2;
  int reshape1_id2;
  int reshape1_is3;
  int reshape1_id3;
  int reshape1_id4;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int slice5_start3;
  int slice5_step3;
  int reshape6_os1;
  int reshape6_os2;
  int reshape6_os3;
  int reshape6_os4;
  int reshape6_is1;
  int reshape6_is2;
  int reshape6_id2;
  int reshape6_is3;
  int reshape6_id3;
  int reshape6_id4;
  int in2_s1;
  int in2_s2;
  int in2_s3;
  int slice10_start3;
  int slice10_step3;
};

extern "C" __global__ void __launch_bounds__(64) k5_matmul_reshape_mul_complex(
    const float2* __restrict__ in0,
    const float2* __restrict__ in1,
    const float* __restrict__ in2,
    float2* __restrict__ out,
    const k5_matmul_reshape_mul_complex_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  float2 acc = make_float2(0.0f, 0.0f);
  for (int r = 0; r < p.matmul0_k; ++r) {
    const int ii1 = i32_add(i32_mul(r, p.reshape1_os1), out_i2) / p.reshape1_is1;
    const int ii2 = i32_add(i32_mul(r, p.reshape1_os1), out_i2) / p.reshape1_is2 % p.reshape1_id2;
    const int ii3 = i32_add(i32_mul(r, p.reshape1_os1), out_i2) / p.reshape1_is3 % p.reshape1_id3;
    const int ii4 = i32_add(i32_mul(r, p.reshape1_os1), out_i2) % p.reshape1_id4;
    const int ii1_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(ii1, p.reshape6_os1), i32_mul(ii2, p.reshape6_os2)), i32_mul(p.slice5_start3, p.reshape6_os3)), i32_mul(ii3, p.reshape6_os4)), ii4) / p.reshape6_is1;
    const int ii3_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(ii1, p.reshape6_os1), i32_mul(ii2, p.reshape6_os2)), i32_mul(p.slice5_start3, p.reshape6_os3)), i32_mul(ii3, p.reshape6_os4)), ii4) / p.reshape6_is3 % p.reshape6_id3;
    const int ii4_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(ii1, p.reshape6_os1), i32_mul(ii2, p.reshape6_os2)), i32_mul(p.slice5_start3, p.reshape6_os3)), i32_mul(ii3, p.reshape6_os4)), ii4) % p.reshape6_id4;
    const float reshape8 = in2[i32_add(i32_add(i32_mul(ii1_1, p.in2_s1), i32_mul(ii3_1, p.in2_s2)), i32_mul(ii4_1, p.in2_s3))];
    const int ii1_2 = i32_add(i32_add(i32_add(i32_add(i32_mul(ii1, p.reshape6_os1), i32_mul(ii2, p.reshape6_os2)), i32_mul(p.slice10_start3, p.reshape6_os3)), i32_mul(ii3, p.reshape6_os4)), ii4) / p.reshape6_is1;
    const int ii3_2 = i32_add(i32_add(i32_add(i32_add(i32_mul(ii1, p.reshape6_os1), i32_mul(ii2, p.reshape6_os2)), i32_mul(p.slice10_start3, p.reshape6_os3)), i32_mul(ii3, p.reshape6_os4)), ii4) / p.reshape6_is3 % p.reshape6_id3;
    const int ii4_2 = i32_add(i32_add(i32_add(i32_add(i32_mul(ii1, p.reshape6_os1), i32_mul(ii2, p.reshape6_os2)), i32_mul(p.slice10_start3, p.reshape6_os3)), i32_mul(ii3, p.reshape6_os4)), ii4) % p.reshape6_id4;
    const float reshape8_1 = in2[i32_add(i32_add(i32_mul(ii1_2, p.in2_s1), i32_mul(ii3_2, p.in2_s2)), i32_mul(ii4_2, p.in2_s3))];
    const float2 complex3 = make_float2(reshape8, reshape8_1);
    const float2 mul2 = c64_mul(in1[i32_add(i32_add(i32_add(i32_mul(ii1, p.in1_s1), i32_mul(ii2, p.in1_s2)), i32_mul(ii3, p.in1_s3)), i32_mul(ii4, p.in1_s4))], complex3);
    acc = c64_add(acc, c64_mul(in0[i32_add(i32_mul(out_i1, p.in0_s0), i32_mul(r, p.in0_s1))], mul2));
  }
  out[gid] = acc;
}
