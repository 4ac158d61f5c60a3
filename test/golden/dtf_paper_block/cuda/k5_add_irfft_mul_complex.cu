// k5_add_irfft_mul_complex: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k5_add_irfft_mul_complex: 1 launch(es)
// launch 5: reads 2560 B, writes 1024 B; fuses:
//   %44 pad  @ nn/dtf.ts:137:21
//   %45 add  @ nn/dtf.ts:137:12
//   %46 rfft  @ nn/dtf.ts:141:18
//   %51 reshape  @ nn/dtf.ts:152:18
//   %52 slice  @ nn/dtf.ts:148:64
//   %53 reshape  @ nn/dtf.ts:154:19
//   %54 expand  @ nn/dtf.ts:155:26
//   %55 reshape  @ nn/dtf.ts:155:16
//   %56 slice  @ nn/dtf.ts:148:64
//   %57 reshape  @ nn/dtf.ts:154:19
//   %58 expand  @ nn/dtf.ts:155:26
//   %59 reshape  @ nn/dtf.ts:155:16
//   %60 complex  @ nn/dtf.ts:157:20
//   %61 mul  @ nn/dtf.ts:158:34
//   %62 irfft  @ nn/dtf.ts:158:26
//   %63 add  @ nn/dtf.ts:158:17
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k5_add_irfft_mul_complex_params (by value, 256 bytes).

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
struct k5_add_irfft_mul_complex_params {
  int total;
  int line_s1;
  int line_d1;
  int line_s3;
  int line_d3;
  int line_d4;
  int out_s1;
  int out_s2;
  int out_s3;
  int out_s4;
  int out_d2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int irfft1_n;
  int irfft1_line0;
  int rfft3_n;
  int rfft3_line0;
  int pad5_lo2;
  int pad5_d2;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int rfft3_used;
  int reshape7_os1;
  int reshape7_os2;
  int reshape7_os3;
  int reshape7_is1;
  int reshape7_is2;
  int reshape7_id2;
  int reshape7_is3;
  int reshape7_id3;
  int reshape7_is4;
  int reshape7_id4;
  int reshape7_id5;
  int slice10_start3;
  int slice10_step3;
  int reshape11_os1;
  int reshape11_os2;
  int reshape11_os3;
  int reshape11_os4;
  int reshape11_is1;
  int reshape11_is2;
  int reshape11_id2;
  int reshape11_id3;
  int in2_s1;
  int in2_s2;
  int in2_s3;
  int reshape12_os1;
  int reshape12_os2;
  int reshape12_os3;
  int reshape12_is1;
  int reshape12_is2;
  int reshape12_id2;
  int reshape12_is3;
  int reshape12_id3;
  int reshape12_is4;
  int reshape12_id4;
  int reshape12_id5;
  int slice15_start3;
  int slice15_step3;
  int irfft1_used;
};

extern "C" __global__ void __launch_bounds__(64) k5_add_irfft_mul_complex(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k5_add_irfft_mul_complex_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i1 = gid / p.line_s1 % p.line_d1;
  const int line_i3 = gid / p.line_s3 % p.line_d3;
  const int line_i4 = gid % p.line_d4;
  float2 mul_line[4] = {};
  float add_line[4] = {};
  for (int p_2 = 0; p_2 < p.rfft3_line0; ++p_2) {
    const int p2 = i32_sub(p_2, p.pad5_lo2);
    const bool ok2 = (p2 >= 0) && (p2 < p.pad5_d2);
    const float pad5 = ok2 ? in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s1), i32_mul(ok2 ? p2 : 0, p.in1_s2)), i32_mul(line_i3, p.in1_s3)), i32_mul(line_i4, p.in1_s4))] : 0.0f;
    const float add4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(p_2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + pad5;
    add_line[p_2] = add4;
  }
  float cos_table[4] = {};
  for (int e = 0; e < p.rfft3_n; ++e) {
    const float angle = (float)(i32_mul(e, 2) > p.rfft3_n ? i32_sub(e, p.rfft3_n) : e) * 6.2831855f / (float)p.rfft3_n;
    cos_table[e] = cosf(angle);
  }
  float sin_table[4] = {};
  for (int e_1 = 0; e_1 < p.rfft3_n; ++e_1) {
    const float angle_1 = (float)(i32_mul(e_1, 2) > p.rfft3_n ? i32_sub(e_1, p.rfft3_n) : e_1) * 6.2831855f / (float)p.rfft3_n;
    sin_table[e_1] = sinf(angle_1);
  }
  for (int p_1 = 0; p_1 < p.irfft1_line0; ++p_1) {
    float re = 0.0f;
    float im = 0.0f;
    int j = 0;
    for (int t = 0; t < p.rfft3_used; ++t) {
      const float v = add_line[t];
      const float c = cos_table[j];
      const float s = sin_table[j];
      re = re + v * c;
      im = im - v * s;
      const int js = i32_add(j, p_1);
      j = js >= p.rfft3_n ? i32_sub(js, p.rfft3_n) : js;
    }
    const float2 rfft3 = make_float2(re / sqrtf((float)p.rfft3_n), im / sqrtf((float)p.rfft3_n));
    const int ii1 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape7_os1), i32_mul(p_1, p.reshape7_os2)), i32_mul(line_i3, p.reshape7_os3)), line_i4) / p.reshape7_is1;
    const int ii3 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape7_os1), i32_mul(p_1, p.reshape7_os2)), i32_mul(line_i3, p.reshape7_os3)), line_i4) / p.reshape7_is3 % p.reshape7_id3;
    const int ii4 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape7_os1), i32_mul(p_1, p.reshape7_os2)), i32_mul(line_i3, p.reshape7_os3)), line_i4) / p.reshape7_is4 % p.reshape7_id4;
    const int ii5 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape7_os1), i32_mul(p_1, p.reshape7_os2)), i32_mul(line_i3, p.reshape7_os3)), line_i4) % p.reshape7_id5;
    const int ii1_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(ii1, p.reshape11_os1), i32_mul(ii3, p.reshape11_os2)), i32_mul(p.slice10_start3, p.reshape11_os3)), i32_mul(ii4, p.reshape11_os4)), ii5) / p.reshape11_is1;
    const int ii2_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(ii1, p.reshape11_os1), i32_mul(ii3, p.reshape11_os2)), i32_mul(p.slice10_start3, p.reshape11_os3)), i32_mul(ii4, p.reshape11_os4)), ii5) / p.reshape11_is2 % p.reshape11_id2;
    const int ii3_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(ii1, p.reshape11_os1), i32_mul(ii3, p.reshape11_os2)), i32_mul(p.slice10_start3, p.reshape11_os3)), i32_mul(ii4, p.reshape11_os4)), ii5) % p.reshape11_id3;
    const float reshape11 = in2[i32_add(i32_add(i32_mul(ii1_1, p.in2_s1), i32_mul(ii2_1, p.in2_s2)), i32_mul(ii3_1, p.in2_s3))];
    const int ii1_2 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape12_os1), i32_mul(p_1, p.reshape12_os2)), i32_mul(line_i3, p.reshape12_os3)), line_i4) / p.reshape12_is1;
    const int ii3_2 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape12_os1), i32_mul(p_1, p.reshape12_os2)), i32_mul(line_i3, p.reshape12_os3)), line_i4) / p.reshape12_is3 % p.reshape12_id3;
    const int ii4_1 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape12_os1), i32_mul(p_1, p.reshape12_os2)), i32_mul(line_i3, p.reshape12_os3)), line_i4) / p.reshape12_is4 % p.reshape12_id4;
    const int ii5_1 = i32_add(i32_add(i32_add(i32_mul(line_i1, p.reshape12_os1), i32_mul(p_1, p.reshape12_os2)), i32_mul(line_i3, p.reshape12_os3)), line_i4) % p.reshape12_id5;
    const int ii1_3 = i32_add(i32_add(i32_add(i32_add(i32_mul(ii1_2, p.reshape11_os1), i32_mul(ii3_2, p.reshape11_os2)), i32_mul(p.slice15_start3, p.reshape11_os3)), i32_mul(ii4_1, p.reshape11_os4)), ii5_1) / p.reshape11_is1;
    const int ii2_3 = i32_add(i32_add(i32_add(i32_add(i32_mul(ii1_2, p.reshape11_os1), i32_mul(ii3_2, p.reshape11_os2)), i32_mul(p.slice15_start3, p.reshape11_os3)), i32_mul(ii4_1, p.reshape11_os4)), ii5_1) / p.reshape11_is2 % p.reshape11_id2;
    const int ii3_3 = i32_add(i32_add(i32_add(i32_add(i32_mul(ii1_2, p.reshape11_os1), i32_mul(ii3_2, p.reshape11_os2)), i32_mul(p.slice15_start3, p.reshape11_os3)), i32_mul(ii4_1, p.reshape11_os4)), ii5_1) % p.reshape11_id3;
    const float reshape11_1 = in2[i32_add(i32_add(i32_mul(ii1_3, p.in2_s1), i32_mul(ii2_3, p.in2_s2)), i32_mul(ii3_3, p.in2_s3))];
    const float2 complex6 = make_float2(reshape11, reshape11_1);
    const float2 mul2 = c64_mul(rfft3, complex6);
    mul_line[p_1] = mul2;
  }
  float cos_table_1[4] = {};
  for (int e_2 = 0; e_2 < p.irfft1_n; ++e_2) {
    const float angle_2 = (float)(i32_mul(e_2, 2) > p.irfft1_n ? i32_sub(e_2, p.irfft1_n) : e_2) * 6.2831855f / (float)p.irfft1_n;
    cos_table_1[e_2] = cosf(angle_2);
  }
  float sin_table_1[4] = {};
  for (int e_3 = 0; e_3 < p.irfft1_n; ++e_3) {
    const float angle_3 = (float)(i32_mul(e_3, 2) > p.irfft1_n ? i32_sub(e_3, p.irfft1_n) : e_3) * 6.2831855f / (float)p.irfft1_n;
    sin_table_1[e_3] = sinf(angle_3);
  }
  for (int pos = 0; pos < p.out_d2; ++pos) {
    float acc = 0.0f;
    int j_1 = 0;
    for (int k = 0; k < p.irfft1_used; ++k) {
      const float2 z = mul_line[k];
      const bool edge = (k == 0) || (i32_mul(k, 2) == p.irfft1_n);
      const float c_1 = cos_table_1[j_1];
      const float s_1 = sin_table_1[j_1];
      const float term = z.x * c_1 - (edge ? 0.0f : z.y) * s_1;
      acc = acc + (edge ? term : term * 2.0f);
      const int js_1 = i32_add(j_1, pos);
      j_1 = js_1 >= p.irfft1_n ? i32_sub(js_1, p.irfft1_n) : js_1;
    }
    const float irfft1 = acc / sqrtf((float)p.irfft1_n);
    const float add0 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(pos, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))] + irfft1;
    out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(pos, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = add0;
  }
}
