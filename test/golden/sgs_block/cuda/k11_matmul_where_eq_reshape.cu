// k11_matmul_where_eq_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k11_matmul_where_eq_reshape: 1 launch(es)
// launch 11: reads 72 B, writes 64 B; fuses:
//   %36 sqrt  @ nn/sgs.ts:224:39
//   %38 div  @ nn/sgs.ts:227:31
//   %40 mul  @ nn/sgs.ts:227:25
//   %42 minimum  @ nn/sgs.ts:227:15
//   %44 reshape  @ nn/sgs.ts:299:26
//   %45 sub  @ nn/sgs.ts:299:20
//   %47 le  @ nn/sgs.ts:302:29
//   %50 where  @ nn/sgs.ts:302:21
//   %52 mul  @ nn/sgs.ts:303:59
//   %53 sub  @ nn/sgs.ts:303:18
//   %54 relu [register table along axis 1]  @ nn/sgs.ts:303:11
//   %58 cast [register table along axis 1]  @ nn/sgs.ts:236:27
//   %59 reshape  @ nn/sgs.ts:236:17
//   %63 eq  @ nn/sgs.ts:240:30
//   %65 where  @ nn/sgs.ts:240:22
//   %66 matmul  @ nn/sgs.ts:241:12
// stores %66 matmul: %72 matmul reads each element 64 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, out, k11_matmul_where_eq_reshape_params (by value, 52 bytes).

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
#ifndef TEMPOFUSE_CUDA_F32_MIN_NAN
#define TEMPOFUSE_CUDA_F32_MIN_NAN
// min that propagates NaN (fminf returns the other operand when one is NaN).
static __device__ __forceinline__ float f32_min_nan(float a, float b) {
  return (isnan(a) || isnan(b)) ? __int_as_float(0x7fc00000) : fminf(a, b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k11_matmul_where_eq_reshape_params {
  int total;
  int line_d2;
  int out_s1;
  int out_s2;
  int out_d1;
  int matmul0_k;
  int in0_s2;
  int in1_s0;
  int cast4_tabn;
  int in2_s1;
  int relu5_tabn;
  int in3_s1;
  int in5_s0;
};

extern "C" __global__ void __launch_bounds__(64) k11_matmul_where_eq_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const unsigned int* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    float* __restrict__ out,
    const k11_matmul_where_eq_reshape_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i2 = gid % p.line_d2;
  float cast4_tab[4] = {};
  for (int k = 0; k < p.cast4_tabn; ++k) {
    const float cast4 = in2[i32_mul(k, p.in2_s1)] != 0u ? 1.0f : 0.0f;
    cast4_tab[k] = cast4;
  }
  float relu5_tab[4] = {};
  const float sqrt15 = sqrtf(in3[i32_mul(line_i2, p.in3_s1)]);
  const float div14 = sqrt15 / in4[0];
  const float mul13 = div14 * 8.0f;
  const float minimum12 = f32_min_nan(mul13, 8.0f);
  for (int k_1 = 0; k_1 < p.relu5_tabn; ++k_1) {
    const float sub10 = minimum12 - in5[i32_mul(k_1, p.in5_s0)];
    const bool le9 = sub10 <= 0.0f;
    const float where8 = le9 ? -1.0f : 1.0f;
    const float mul7 = where8 * sub10;
    const float sub6 = 1.0000001f - mul7;
    const float relu5 = sub6 < 0.0f ? 0.0f : sub6;
    relu5_tab[k_1] = relu5;
  }
  for (int pos = 0; pos < p.out_d1; ++pos) {
    float acc = 0.0f;
    for (int r = 0; r < p.matmul0_k; ++r) {
      const bool eq2 = in0[i32_mul(r, p.in0_s2)] == in1[i32_mul(pos, p.in1_s0)];
      const float reshape3 = cast4_tab[r];
      const float where1 = eq2 ? reshape3 : 0.0f;
      acc = acc + where1 * relu5_tab[r];
    }
    out[i32_add(i32_mul(pos, p.out_s1), i32_mul(line_i2, p.out_s2))] = acc;
  }
}
