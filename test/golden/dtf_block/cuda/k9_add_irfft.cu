// k9_add_irfft: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k9_add_irfft: 1 launch(es)
// launch 9: reads 2576 B, writes 1024 B; fuses:
//   %87 irfft  @ nn/dtf.ts:182:30
//   %88 add  @ nn/dtf.ts:182:21
//   %89 add  @ nn/dtf.ts:182:15
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k9_add_irfft_params (by value, 80 bytes).

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
struct k9_add_irfft_params {
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
  int irfft2_n;
  int irfft2_line0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int irfft2_used;
  int in2_s1;
};

extern "C" __global__ void __launch_bounds__(64) k9_add_irfft(
    const float* __restrict__ in0,
    const float2* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k9_add_irfft_params p
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
  float2 complex_line[4] = {};
  for (int p_1 = 0; p_1 < p.irfft2_line0; ++p_1) {
    complex_line[p_1] = in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(p_1, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  }
  float acc = 0.0f;
  int j = 0;
  float cos_table[4] = {};
  for (int e = 0; e < p.irfft2_n; ++e) {
    const float angle = (float)(i32_mul(e, 2) > p.irfft2_n ? i32_sub(e, p.irfft2_n) : e) * 6.2831855f / (float)p.irfft2_n;
    cos_table[e] = cosf(angle);
  }
  float sin_table[4] = {};
  for (int e_1 = 0; e_1 < p.irfft2_n; ++e_1) {
    const float angle_1 = (float)(i32_mul(e_1, 2) > p.irfft2_n ? i32_sub(e_1, p.irfft2_n) : e_1) * 6.2831855f / (float)p.irfft2_n;
    sin_table[e_1] = sinf(angle_1);
  }
  for (int k = 0; k < p.irfft2_used; ++k) {
    const float2 z = complex_line[k];
    const bool edge = (k == 0) || (i32_mul(k, 2) == p.irfft2_n);
    const float c = cos_table[j];
    const float s = sin_table[j];
    const float term = z.x * c - (edge ? 0.0f : z.y) * s;
    acc = acc + (edge ? term : term * 2.0f);
    const int js = i32_add(j, out_i2);
    j = js >= p.irfft2_n ? i32_sub(js, p.irfft2_n) : js;
  }
  const float irfft2 = acc / sqrtf((float)p.irfft2_n);
  const float add1 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))] + irfft2;
  const float add0 = add1 + in2[i32_mul(out_i1, p.in2_s1)];
  out[gid] = add0;
}
