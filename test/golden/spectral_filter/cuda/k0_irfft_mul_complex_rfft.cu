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
// Arguments: in0, in1, in2, out, k0_irfft_mul_complex_rfft_params (by value, 80 bytes).

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
  int out_d2;
  int irfft0_n;
  int irfft0_line0;
  int rfft2_n;
  int rfft2_line0;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int rfft2_used;
  int in1_s0;
  int in1_s1;
  int in2_s0;
  int in2_s1;
  int irfft0_used;
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
  float2 mul_line[16] = {};
  float input_line[16] = {};
  for (int p_2 = 0; p_2 < p.rfft2_line0; ++p_2) {
    input_line[p_2] = in0[i32_add(i32_add(i32_mul(line_i0, p.in0_s0), i32_mul(line_i1, p.in0_s1)), i32_mul(p_2, p.in0_s2))];
  }
  float cos_table[16] = {};
  for (int e = 0; e < p.rfft2_n; ++e) {
    const float angle = (float)(i32_mul(e, 2) > p.rfft2_n ? i32_sub(e, p.rfft2_n) : e) * 6.2831855f / (float)p.rfft2_n;
    cos_table[e] = cosf(angle);
  }
  float sin_table[16] = {};
  for (int e_1 = 0; e_1 < p.rfft2_n; ++e_1) {
    const float angle_1 = (float)(i32_mul(e_1, 2) > p.rfft2_n ? i32_sub(e_1, p.rfft2_n) : e_1) * 6.2831855f / (float)p.rfft2_n;
    sin_table[e_1] = sinf(angle_1);
  }
  for (int p_1 = 0; p_1 < p.irfft0_line0; ++p_1) {
    float re = 0.0f;
    float im = 0.0f;
    int j = 0;
    for (int t = 0; t < p.rfft2_used; ++t) {
      const float v = input_line[t];
      const float c = cos_table[j];
      const float s = sin_table[j];
      re = re + v * c;
      im = im - v * s;
      const int js = i32_add(j, p_1);
      j = js >= p.rfft2_n ? i32_sub(js, p.rfft2_n) : js;
    }
    const float2 rfft2 = make_float2(re / sqrtf((float)p.rfft2_n), im / sqrtf((float)p.rfft2_n));
    const float2 complex3 = make_float2(in1[i32_add(i32_mul(line_i1, p.in1_s0), i32_mul(p_1, p.in1_s1))], in2[i32_add(i32_mul(line_i1, p.in2_s0), i32_mul(p_1, p.in2_s1))]);
    const float2 mul1 = c64_mul(rfft2, complex3);
    mul_line[p_1] = mul1;
  }
  float cos_table_1[16] = {};
  for (int e_2 = 0; e_2 < p.irfft0_n; ++e_2) {
    const float angle_2 = (float)(i32_mul(e_2, 2) > p.irfft0_n ? i32_sub(e_2, p.irfft0_n) : e_2) * 6.2831855f / (float)p.irfft0_n;
    cos_table_1[e_2] = cosf(angle_2);
  }
  float sin_table_1[16] = {};
  for (int e_3 = 0; e_3 < p.irfft0_n; ++e_3) {
    const float angle_3 = (float)(i32_mul(e_3, 2) > p.irfft0_n ? i32_sub(e_3, p.irfft0_n) : e_3) * 6.2831855f / (float)p.irfft0_n;
    sin_table_1[e_3] = sinf(angle_3);
  }
  for (int pos = 0; pos < p.out_d2; ++pos) {
    float acc = 0.0f;
    int j_1 = 0;
    for (int k = 0; k < p.irfft0_used; ++k) {
      const float2 z = mul_line[k];
      const bool edge = (k == 0) || (i32_mul(k, 2) == p.irfft0_n);
      const float c_1 = cos_table_1[j_1];
      const float s_1 = sin_table_1[j_1];
      const float term = z.x * c_1 - (edge ? 0.0f : z.y) * s_1;
      acc = acc + (edge ? term : term * 2.0f);
      const int js_1 = i32_add(j_1, pos);
      j_1 = js_1 >= p.irfft0_n ? i32_sub(js_1, p.irfft0_n) : js_1;
    }
    const float irfft0 = acc / sqrtf((float)p.irfft0_n);
    out[i32_add(i32_add(i32_mul(line_i0, p.out_s0), i32_mul(line_i1, p.out_s1)), i32_mul(pos, p.out_s2))] = irfft0;
  }
}
