// k7_sum_concat_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k7_sum_concat_reshape_mul: 1 launch(es)
// launch 7: reads 512 B, writes 36 B; fuses:
//   %103 slice  @ nn/softpool.ts:64:50
//   %104 reshape  @ nn/softpool.ts:64:40
//   %105 slice  @ nn/softpool.ts:64:50
//   %106 reshape  @ nn/softpool.ts:64:40
//   %107 div  @ nn/softpool.ts:65:12
//   %108 sum [register table along axis 1]  @ nn/cossim.ts:59:52
//   %109 slice  @ nn/cossim.ts:60:59
//   %110 slice  @ nn/cossim.ts:60:59
//   %111 mul [register table along axis 1]  @ nn/cossim.ts:66:59
//   %112 reshape  @ nn/cossim.ts:66:49
//   %113 mul [register table along axis 1]  @ nn/cossim.ts:66:59
//   %114 reshape  @ nn/cossim.ts:66:49
//   %115 mul [register table along axis 1]  @ nn/cossim.ts:66:59
//   %116 reshape  @ nn/cossim.ts:66:49
//   %117 concat  @ nn/cossim.ts:67:24
//   %118 sum  @ nn/cossim.ts:67:18
// stores %118 sum: %131 topk_indices reads each element 4 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k7_sum_concat_reshape_mul_params (by value, 104 bytes).

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

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k7_sum_concat_reshape_mul_params {
  int total;
  int line_d2;
  int out_s1;
  int out_s2;
  int out_d1;
  int concat1_end0;
  int mul3_tabn;
  int slice4_start2;
  int slice4_step2;
  int sum5_tabn;
  int sum5_rs0;
  int sum5_rd1;
  int slice8_start3;
  int slice8_step3;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in0_s5;
  int slice10_start3;
  int slice10_step3;
  int slice11_start2;
  int slice11_step2;
  int concat1_end1;
  int mul13_tabn;
  int mul15_tabn;
};

extern "C" __global__ void __launch_bounds__(64) k7_sum_concat_reshape_mul(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k7_sum_concat_reshape_mul_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i2 = gid % p.line_d2;
  for (int pos = 0; pos < p.out_d1; ++pos) {
    float acc = 0.0f;
    float part = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab[4] = {};
      float sum5_tab[4] = {};
      const int ri0 = 0 / p.sum5_rs0;
      const int ri1 = 0 % p.sum5_rd1;
      const int ri0_1 = 1 / p.sum5_rs0;
      const int ri1_1 = 1 % p.sum5_rd1;
      const int ri0_2 = 2 / p.sum5_rs0;
      const int ri1_2 = 2 % p.sum5_rd1;
      const int ri0_3 = 3 / p.sum5_rs0;
      const int ri1_3 = 3 % p.sum5_rd1;
      for (int k_1 = 0; k_1 < p.sum5_tabn; ++k_1) {
        float acc_1 = 0.0f;
        const float slice8 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_1, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0, p.in0_s4)), i32_mul(ri1, p.in0_s5))];
        const float slice10 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_1, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0, p.in0_s4)), i32_mul(ri1, p.in0_s5))];
        const float div6 = slice8 / slice10;
        acc_1 = acc_1 + div6;
        const float slice8_1 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_1, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_1, p.in0_s4)), i32_mul(ri1_1, p.in0_s5))];
        const float slice10_1 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_1, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_1, p.in0_s4)), i32_mul(ri1_1, p.in0_s5))];
        const float div6_1 = slice8_1 / slice10_1;
        acc_1 = acc_1 + div6_1;
        const float slice8_2 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_1, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_2, p.in0_s4)), i32_mul(ri1_2, p.in0_s5))];
        const float slice10_2 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_1, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_2, p.in0_s4)), i32_mul(ri1_2, p.in0_s5))];
        const float div6_2 = slice8_2 / slice10_2;
        acc_1 = acc_1 + div6_2;
        const float slice8_3 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_1, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_3, p.in0_s4)), i32_mul(ri1_3, p.in0_s5))];
        const float slice10_3 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_1, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_3, p.in0_s4)), i32_mul(ri1_3, p.in0_s5))];
        const float div6_3 = slice8_3 / slice10_3;
        acc_1 = acc_1 + div6_3;
        sum5_tab[k_1] = acc_1;
      }
      float sum5_tab_1[4] = {};
      for (int k_2 = 0; k_2 < p.sum5_tabn; ++k_2) {
        float acc_2 = 0.0f;
        const float slice8_4 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_2, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0, p.in0_s4)), i32_mul(ri1, p.in0_s5))];
        const float slice10_4 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_2, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0, p.in0_s4)), i32_mul(ri1, p.in0_s5))];
        const float div6_4 = slice8_4 / slice10_4;
        acc_2 = acc_2 + div6_4;
        const float slice8_5 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_2, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_1, p.in0_s4)), i32_mul(ri1_1, p.in0_s5))];
        const float slice10_5 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_2, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_1, p.in0_s4)), i32_mul(ri1_1, p.in0_s5))];
        const float div6_5 = slice8_5 / slice10_5;
        acc_2 = acc_2 + div6_5;
        const float slice8_6 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_2, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_2, p.in0_s4)), i32_mul(ri1_2, p.in0_s5))];
        const float slice10_6 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_2, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_2, p.in0_s4)), i32_mul(ri1_2, p.in0_s5))];
        const float div6_6 = slice8_6 / slice10_6;
        acc_2 = acc_2 + div6_6;
        const float slice8_7 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_2, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_3, p.in0_s4)), i32_mul(ri1_3, p.in0_s5))];
        const float slice10_7 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_2, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_3, p.in0_s4)), i32_mul(ri1_3, p.in0_s5))];
        const float div6_7 = slice8_7 / slice10_7;
        acc_2 = acc_2 + div6_7;
        sum5_tab_1[k_2] = acc_2;
      }
      for (int k = 0; k < p.mul3_tabn; ++k) {
        const float slice4 = sum5_tab[k];
        const float slice11 = sum5_tab_1[k];
        const float mul3 = slice4 * slice11;
        mul3_tab[k] = mul3;
      }
      const float reshape2 = mul3_tab[0];
      part = reshape2;
    } else {
      if (pos < p.concat1_end1) {
        float mul13_tab[4] = {};
        float sum5_tab_2[4] = {};
        const int ri0_4 = 0 / p.sum5_rs0;
        const int ri1_4 = 0 % p.sum5_rd1;
        const int ri0_5 = 1 / p.sum5_rs0;
        const int ri1_5 = 1 % p.sum5_rd1;
        const int ri0_6 = 2 / p.sum5_rs0;
        const int ri1_6 = 2 % p.sum5_rd1;
        const int ri0_7 = 3 / p.sum5_rs0;
        const int ri1_7 = 3 % p.sum5_rd1;
        for (int k_4 = 0; k_4 < p.sum5_tabn; ++k_4) {
          float acc_3 = 0.0f;
          const float slice8_8 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_4, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_4, p.in0_s4)), i32_mul(ri1_4, p.in0_s5))];
          const float slice10_8 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_4, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_4, p.in0_s4)), i32_mul(ri1_4, p.in0_s5))];
          const float div6_8 = slice8_8 / slice10_8;
          acc_3 = acc_3 + div6_8;
          const float slice8_9 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_4, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_5, p.in0_s4)), i32_mul(ri1_5, p.in0_s5))];
          const float slice10_9 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_4, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_5, p.in0_s4)), i32_mul(ri1_5, p.in0_s5))];
          const float div6_9 = slice8_9 / slice10_9;
          acc_3 = acc_3 + div6_9;
          const float slice8_10 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_4, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_6, p.in0_s4)), i32_mul(ri1_6, p.in0_s5))];
          const float slice10_10 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_4, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_6, p.in0_s4)), i32_mul(ri1_6, p.in0_s5))];
          const float div6_10 = slice8_10 / slice10_10;
          acc_3 = acc_3 + div6_10;
          const float slice8_11 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_4, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_7, p.in0_s4)), i32_mul(ri1_7, p.in0_s5))];
          const float slice10_11 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_4, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_7, p.in0_s4)), i32_mul(ri1_7, p.in0_s5))];
          const float div6_11 = slice8_11 / slice10_11;
          acc_3 = acc_3 + div6_11;
          sum5_tab_2[k_4] = acc_3;
        }
        for (int k_3 = 0; k_3 < p.mul13_tabn; ++k_3) {
          const float slice4_1 = sum5_tab_2[k_3];
          const float mul13 = slice4_1 * slice4_1;
          mul13_tab[k_3] = mul13;
        }
        const float reshape12 = mul13_tab[0];
        part = reshape12;
      } else {
        float mul15_tab[4] = {};
        float sum5_tab_3[4] = {};
        const int ri0_8 = 0 / p.sum5_rs0;
        const int ri1_8 = 0 % p.sum5_rd1;
        const int ri0_9 = 1 / p.sum5_rs0;
        const int ri1_9 = 1 % p.sum5_rd1;
        const int ri0_10 = 2 / p.sum5_rs0;
        const int ri1_10 = 2 % p.sum5_rd1;
        const int ri0_11 = 3 / p.sum5_rs0;
        const int ri1_11 = 3 % p.sum5_rd1;
        for (int k_6 = 0; k_6 < p.sum5_tabn; ++k_6) {
          float acc_4 = 0.0f;
          const float slice8_12 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_6, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_8, p.in0_s4)), i32_mul(ri1_8, p.in0_s5))];
          const float slice10_12 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_6, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_8, p.in0_s4)), i32_mul(ri1_8, p.in0_s5))];
          const float div6_12 = slice8_12 / slice10_12;
          acc_4 = acc_4 + div6_12;
          const float slice8_13 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_6, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_9, p.in0_s4)), i32_mul(ri1_9, p.in0_s5))];
          const float slice10_13 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_6, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_9, p.in0_s4)), i32_mul(ri1_9, p.in0_s5))];
          const float div6_13 = slice8_13 / slice10_13;
          acc_4 = acc_4 + div6_13;
          const float slice8_14 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_6, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_10, p.in0_s4)), i32_mul(ri1_10, p.in0_s5))];
          const float slice10_14 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_6, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_10, p.in0_s4)), i32_mul(ri1_10, p.in0_s5))];
          const float div6_14 = slice8_14 / slice10_14;
          acc_4 = acc_4 + div6_14;
          const float slice8_15 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_6, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_11, p.in0_s4)), i32_mul(ri1_11, p.in0_s5))];
          const float slice10_15 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_6, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_11, p.in0_s4)), i32_mul(ri1_11, p.in0_s5))];
          const float div6_15 = slice8_15 / slice10_15;
          acc_4 = acc_4 + div6_15;
          sum5_tab_3[k_6] = acc_4;
        }
        for (int k_5 = 0; k_5 < p.mul15_tabn; ++k_5) {
          const float slice11_1 = sum5_tab_3[k_5];
          const float mul15 = slice11_1 * slice11_1;
          mul15_tab[k_5] = mul15;
        }
        const float reshape14 = mul15_tab[0];
        part = reshape14;
      }
    }
    acc = acc + part;
    float part_1 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_1[4] = {};
      float sum5_tab_4[4] = {};
      const int ri0_12 = 0 / p.sum5_rs0;
      const int ri1_12 = 0 % p.sum5_rd1;
      const int ri0_13 = 1 / p.sum5_rs0;
      const int ri1_13 = 1 % p.sum5_rd1;
      const int ri0_14 = 2 / p.sum5_rs0;
      const int ri1_14 = 2 % p.sum5_rd1;
      const int ri0_15 = 3 / p.sum5_rs0;
      const int ri1_15 = 3 % p.sum5_rd1;
      for (int k_8 = 0; k_8 < p.sum5_tabn; ++k_8) {
        float acc_5 = 0.0f;
        const float slice8_16 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_8, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_12, p.in0_s4)), i32_mul(ri1_12, p.in0_s5))];
        const float slice10_16 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_8, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_12, p.in0_s4)), i32_mul(ri1_12, p.in0_s5))];
        const float div6_16 = slice8_16 / slice10_16;
        acc_5 = acc_5 + div6_16;
        const float slice8_17 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_8, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_13, p.in0_s4)), i32_mul(ri1_13, p.in0_s5))];
        const float slice10_17 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_8, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_13, p.in0_s4)), i32_mul(ri1_13, p.in0_s5))];
        const float div6_17 = slice8_17 / slice10_17;
        acc_5 = acc_5 + div6_17;
        const float slice8_18 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_8, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_14, p.in0_s4)), i32_mul(ri1_14, p.in0_s5))];
        const float slice10_18 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_8, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_14, p.in0_s4)), i32_mul(ri1_14, p.in0_s5))];
        const float div6_18 = slice8_18 / slice10_18;
        acc_5 = acc_5 + div6_18;
        const float slice8_19 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_8, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_15, p.in0_s4)), i32_mul(ri1_15, p.in0_s5))];
        const float slice10_19 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_8, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_15, p.in0_s4)), i32_mul(ri1_15, p.in0_s5))];
        const float div6_19 = slice8_19 / slice10_19;
        acc_5 = acc_5 + div6_19;
        sum5_tab_4[k_8] = acc_5;
      }
      float sum5_tab_5[4] = {};
      for (int k_9 = 0; k_9 < p.sum5_tabn; ++k_9) {
        float acc_6 = 0.0f;
        const float slice8_20 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_9, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_12, p.in0_s4)), i32_mul(ri1_12, p.in0_s5))];
        const float slice10_20 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_9, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_12, p.in0_s4)), i32_mul(ri1_12, p.in0_s5))];
        const float div6_20 = slice8_20 / slice10_20;
        acc_6 = acc_6 + div6_20;
        const float slice8_21 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_9, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_13, p.in0_s4)), i32_mul(ri1_13, p.in0_s5))];
        const float slice10_21 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_9, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_13, p.in0_s4)), i32_mul(ri1_13, p.in0_s5))];
        const float div6_21 = slice8_21 / slice10_21;
        acc_6 = acc_6 + div6_21;
        const float slice8_22 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_9, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_14, p.in0_s4)), i32_mul(ri1_14, p.in0_s5))];
        const float slice10_22 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_9, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_14, p.in0_s4)), i32_mul(ri1_14, p.in0_s5))];
        const float div6_22 = slice8_22 / slice10_22;
        acc_6 = acc_6 + div6_22;
        const float slice8_23 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_9, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_15, p.in0_s4)), i32_mul(ri1_15, p.in0_s5))];
        const float slice10_23 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_9, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_15, p.in0_s4)), i32_mul(ri1_15, p.in0_s5))];
        const float div6_23 = slice8_23 / slice10_23;
        acc_6 = acc_6 + div6_23;
        sum5_tab_5[k_9] = acc_6;
      }
      for (int k_7 = 0; k_7 < p.mul3_tabn; ++k_7) {
        const float slice4_2 = sum5_tab_4[k_7];
        const float slice11_2 = sum5_tab_5[k_7];
        const float mul3_1 = slice4_2 * slice11_2;
        mul3_tab_1[k_7] = mul3_1;
      }
      const float reshape2_1 = mul3_tab_1[1];
      part_1 = reshape2_1;
    } else {
      if (pos < p.concat1_end1) {
        float mul13_tab_1[4] = {};
        float sum5_tab_6[4] = {};
        const int ri0_16 = 0 / p.sum5_rs0;
        const int ri1_16 = 0 % p.sum5_rd1;
        const int ri0_17 = 1 / p.sum5_rs0;
        const int ri1_17 = 1 % p.sum5_rd1;
        const int ri0_18 = 2 / p.sum5_rs0;
        const int ri1_18 = 2 % p.sum5_rd1;
        const int ri0_19 = 3 / p.sum5_rs0;
        const int ri1_19 = 3 % p.sum5_rd1;
        for (int k_11 = 0; k_11 < p.sum5_tabn; ++k_11) {
          float acc_7 = 0.0f;
          const float slice8_24 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_11, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_16, p.in0_s4)), i32_mul(ri1_16, p.in0_s5))];
          const float slice10_24 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_11, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_16, p.in0_s4)), i32_mul(ri1_16, p.in0_s5))];
          const float div6_24 = slice8_24 / slice10_24;
          acc_7 = acc_7 + div6_24;
          const float slice8_25 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_11, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_17, p.in0_s4)), i32_mul(ri1_17, p.in0_s5))];
          const float slice10_25 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_11, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_17, p.in0_s4)), i32_mul(ri1_17, p.in0_s5))];
          const float div6_25 = slice8_25 / slice10_25;
          acc_7 = acc_7 + div6_25;
          const float slice8_26 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_11, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_18, p.in0_s4)), i32_mul(ri1_18, p.in0_s5))];
          const float slice10_26 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_11, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_18, p.in0_s4)), i32_mul(ri1_18, p.in0_s5))];
          const float div6_26 = slice8_26 / slice10_26;
          acc_7 = acc_7 + div6_26;
          const float slice8_27 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_11, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_19, p.in0_s4)), i32_mul(ri1_19, p.in0_s5))];
          const float slice10_27 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_11, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_19, p.in0_s4)), i32_mul(ri1_19, p.in0_s5))];
          const float div6_27 = slice8_27 / slice10_27;
          acc_7 = acc_7 + div6_27;
          sum5_tab_6[k_11] = acc_7;
        }
        for (int k_10 = 0; k_10 < p.mul13_tabn; ++k_10) {
          const float slice4_3 = sum5_tab_6[k_10];
          const float mul13_1 = slice4_3 * slice4_3;
          mul13_tab_1[k_10] = mul13_1;
        }
        const float reshape12_1 = mul13_tab_1[1];
        part_1 = reshape12_1;
      } else {
        float mul15_tab_1[4] = {};
        float sum5_tab_7[4] = {};
        const int ri0_20 = 0 / p.sum5_rs0;
        const int ri1_20 = 0 % p.sum5_rd1;
        const int ri0_21 = 1 / p.sum5_rs0;
        const int ri1_21 = 1 % p.sum5_rd1;
        const int ri0_22 = 2 / p.sum5_rs0;
        const int ri1_22 = 2 % p.sum5_rd1;
        const int ri0_23 = 3 / p.sum5_rs0;
        const int ri1_23 = 3 % p.sum5_rd1;
        for (int k_13 = 0; k_13 < p.sum5_tabn; ++k_13) {
          float acc_8 = 0.0f;
          const float slice8_28 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_13, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_20, p.in0_s4)), i32_mul(ri1_20, p.in0_s5))];
          const float slice10_28 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_13, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_20, p.in0_s4)), i32_mul(ri1_20, p.in0_s5))];
          const float div6_28 = slice8_28 / slice10_28;
          acc_8 = acc_8 + div6_28;
          const float slice8_29 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_13, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_21, p.in0_s4)), i32_mul(ri1_21, p.in0_s5))];
          const float slice10_29 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_13, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_21, p.in0_s4)), i32_mul(ri1_21, p.in0_s5))];
          const float div6_29 = slice8_29 / slice10_29;
          acc_8 = acc_8 + div6_29;
          const float slice8_30 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_13, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_22, p.in0_s4)), i32_mul(ri1_22, p.in0_s5))];
          const float slice10_30 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_13, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_22, p.in0_s4)), i32_mul(ri1_22, p.in0_s5))];
          const float div6_30 = slice8_30 / slice10_30;
          acc_8 = acc_8 + div6_30;
          const float slice8_31 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_13, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_23, p.in0_s4)), i32_mul(ri1_23, p.in0_s5))];
          const float slice10_31 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_13, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_23, p.in0_s4)), i32_mul(ri1_23, p.in0_s5))];
          const float div6_31 = slice8_31 / slice10_31;
          acc_8 = acc_8 + div6_31;
          sum5_tab_7[k_13] = acc_8;
        }
        for (int k_12 = 0; k_12 < p.mul15_tabn; ++k_12) {
          const float slice11_3 = sum5_tab_7[k_12];
          const float mul15_1 = slice11_3 * slice11_3;
          mul15_tab_1[k_12] = mul15_1;
        }
        const float reshape14_1 = mul15_tab_1[1];
        part_1 = reshape14_1;
      }
    }
    acc = acc + part_1;
    float part_2 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_2[4] = {};
      float sum5_tab_8[4] = {};
      const int ri0_24 = 0 / p.sum5_rs0;
      const int ri1_24 = 0 % p.sum5_rd1;
      const int ri0_25 = 1 / p.sum5_rs0;
      const int ri1_25 = 1 % p.sum5_rd1;
      const int ri0_26 = 2 / p.sum5_rs0;
      const int ri1_26 = 2 % p.sum5_rd1;
      const int ri0_27 = 3 / p.sum5_rs0;
      const int ri1_27 = 3 % p.sum5_rd1;
      for (int k_15 = 0; k_15 < p.sum5_tabn; ++k_15) {
        float acc_9 = 0.0f;
        const float slice8_32 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_15, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_24, p.in0_s4)), i32_mul(ri1_24, p.in0_s5))];
        const float slice10_32 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_15, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_24, p.in0_s4)), i32_mul(ri1_24, p.in0_s5))];
        const float div6_32 = slice8_32 / slice10_32;
        acc_9 = acc_9 + div6_32;
        const float slice8_33 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_15, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_25, p.in0_s4)), i32_mul(ri1_25, p.in0_s5))];
        const float slice10_33 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_15, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_25, p.in0_s4)), i32_mul(ri1_25, p.in0_s5))];
        const float div6_33 = slice8_33 / slice10_33;
        acc_9 = acc_9 + div6_33;
        const float slice8_34 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_15, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_26, p.in0_s4)), i32_mul(ri1_26, p.in0_s5))];
        const float slice10_34 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_15, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_26, p.in0_s4)), i32_mul(ri1_26, p.in0_s5))];
        const float div6_34 = slice8_34 / slice10_34;
        acc_9 = acc_9 + div6_34;
        const float slice8_35 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_15, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_27, p.in0_s4)), i32_mul(ri1_27, p.in0_s5))];
        const float slice10_35 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_15, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_27, p.in0_s4)), i32_mul(ri1_27, p.in0_s5))];
        const float div6_35 = slice8_35 / slice10_35;
        acc_9 = acc_9 + div6_35;
        sum5_tab_8[k_15] = acc_9;
      }
      float sum5_tab_9[4] = {};
      for (int k_16 = 0; k_16 < p.sum5_tabn; ++k_16) {
        float acc_10 = 0.0f;
        const float slice8_36 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_16, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_24, p.in0_s4)), i32_mul(ri1_24, p.in0_s5))];
        const float slice10_36 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_16, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_24, p.in0_s4)), i32_mul(ri1_24, p.in0_s5))];
        const float div6_36 = slice8_36 / slice10_36;
        acc_10 = acc_10 + div6_36;
        const float slice8_37 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_16, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_25, p.in0_s4)), i32_mul(ri1_25, p.in0_s5))];
        const float slice10_37 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_16, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_25, p.in0_s4)), i32_mul(ri1_25, p.in0_s5))];
        const float div6_37 = slice8_37 / slice10_37;
        acc_10 = acc_10 + div6_37;
        const float slice8_38 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_16, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_26, p.in0_s4)), i32_mul(ri1_26, p.in0_s5))];
        const float slice10_38 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_16, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_26, p.in0_s4)), i32_mul(ri1_26, p.in0_s5))];
        const float div6_38 = slice8_38 / slice10_38;
        acc_10 = acc_10 + div6_38;
        const float slice8_39 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_16, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_27, p.in0_s4)), i32_mul(ri1_27, p.in0_s5))];
        const float slice10_39 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_16, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_27, p.in0_s4)), i32_mul(ri1_27, p.in0_s5))];
        const float div6_39 = slice8_39 / slice10_39;
        acc_10 = acc_10 + div6_39;
        sum5_tab_9[k_16] = acc_10;
      }
      for (int k_14 = 0; k_14 < p.mul3_tabn; ++k_14) {
        const float slice4_4 = sum5_tab_8[k_14];
        const float slice11_4 = sum5_tab_9[k_14];
        const float mul3_2 = slice4_4 * slice11_4;
        mul3_tab_2[k_14] = mul3_2;
      }
      const float reshape2_2 = mul3_tab_2[2];
      part_2 = reshape2_2;
    } else {
      if (pos < p.concat1_end1) {
        float mul13_tab_2[4] = {};
        float sum5_tab_10[4] = {};
        const int ri0_28 = 0 / p.sum5_rs0;
        const int ri1_28 = 0 % p.sum5_rd1;
        const int ri0_29 = 1 / p.sum5_rs0;
        const int ri1_29 = 1 % p.sum5_rd1;
        const int ri0_30 = 2 / p.sum5_rs0;
        const int ri1_30 = 2 % p.sum5_rd1;
        const int ri0_31 = 3 / p.sum5_rs0;
        const int ri1_31 = 3 % p.sum5_rd1;
        for (int k_18 = 0; k_18 < p.sum5_tabn; ++k_18) {
          float acc_11 = 0.0f;
          const float slice8_40 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_18, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_28, p.in0_s4)), i32_mul(ri1_28, p.in0_s5))];
          const float slice10_40 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_18, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_28, p.in0_s4)), i32_mul(ri1_28, p.in0_s5))];
          const float div6_40 = slice8_40 / slice10_40;
          acc_11 = acc_11 + div6_40;
          const float slice8_41 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_18, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_29, p.in0_s4)), i32_mul(ri1_29, p.in0_s5))];
          const float slice10_41 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_18, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_29, p.in0_s4)), i32_mul(ri1_29, p.in0_s5))];
          const float div6_41 = slice8_41 / slice10_41;
          acc_11 = acc_11 + div6_41;
          const float slice8_42 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_18, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_30, p.in0_s4)), i32_mul(ri1_30, p.in0_s5))];
          const float slice10_42 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_18, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_30, p.in0_s4)), i32_mul(ri1_30, p.in0_s5))];
          const float div6_42 = slice8_42 / slice10_42;
          acc_11 = acc_11 + div6_42;
          const float slice8_43 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_18, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_31, p.in0_s4)), i32_mul(ri1_31, p.in0_s5))];
          const float slice10_43 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_18, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_31, p.in0_s4)), i32_mul(ri1_31, p.in0_s5))];
          const float div6_43 = slice8_43 / slice10_43;
          acc_11 = acc_11 + div6_43;
          sum5_tab_10[k_18] = acc_11;
        }
        for (int k_17 = 0; k_17 < p.mul13_tabn; ++k_17) {
          const float slice4_5 = sum5_tab_10[k_17];
          const float mul13_2 = slice4_5 * slice4_5;
          mul13_tab_2[k_17] = mul13_2;
        }
        const float reshape12_2 = mul13_tab_2[2];
        part_2 = reshape12_2;
      } else {
        float mul15_tab_2[4] = {};
        float sum5_tab_11[4] = {};
        const int ri0_32 = 0 / p.sum5_rs0;
        const int ri1_32 = 0 % p.sum5_rd1;
        const int ri0_33 = 1 / p.sum5_rs0;
        const int ri1_33 = 1 % p.sum5_rd1;
        const int ri0_34 = 2 / p.sum5_rs0;
        const int ri1_34 = 2 % p.sum5_rd1;
        const int ri0_35 = 3 / p.sum5_rs0;
        const int ri1_35 = 3 % p.sum5_rd1;
        for (int k_20 = 0; k_20 < p.sum5_tabn; ++k_20) {
          float acc_12 = 0.0f;
          const float slice8_44 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_20, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_32, p.in0_s4)), i32_mul(ri1_32, p.in0_s5))];
          const float slice10_44 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_20, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_32, p.in0_s4)), i32_mul(ri1_32, p.in0_s5))];
          const float div6_44 = slice8_44 / slice10_44;
          acc_12 = acc_12 + div6_44;
          const float slice8_45 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_20, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_33, p.in0_s4)), i32_mul(ri1_33, p.in0_s5))];
          const float slice10_45 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_20, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_33, p.in0_s4)), i32_mul(ri1_33, p.in0_s5))];
          const float div6_45 = slice8_45 / slice10_45;
          acc_12 = acc_12 + div6_45;
          const float slice8_46 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_20, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_34, p.in0_s4)), i32_mul(ri1_34, p.in0_s5))];
          const float slice10_46 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_20, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_34, p.in0_s4)), i32_mul(ri1_34, p.in0_s5))];
          const float div6_46 = slice8_46 / slice10_46;
          acc_12 = acc_12 + div6_46;
          const float slice8_47 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_20, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_35, p.in0_s4)), i32_mul(ri1_35, p.in0_s5))];
          const float slice10_47 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_20, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_35, p.in0_s4)), i32_mul(ri1_35, p.in0_s5))];
          const float div6_47 = slice8_47 / slice10_47;
          acc_12 = acc_12 + div6_47;
          sum5_tab_11[k_20] = acc_12;
        }
        for (int k_19 = 0; k_19 < p.mul15_tabn; ++k_19) {
          const float slice11_5 = sum5_tab_11[k_19];
          const float mul15_2 = slice11_5 * slice11_5;
          mul15_tab_2[k_19] = mul15_2;
        }
        const float reshape14_2 = mul15_tab_2[2];
        part_2 = reshape14_2;
      }
    }
    acc = acc + part_2;
    float part_3 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_3[4] = {};
      float sum5_tab_12[4] = {};
      const int ri0_36 = 0 / p.sum5_rs0;
      const int ri1_36 = 0 % p.sum5_rd1;
      const int ri0_37 = 1 / p.sum5_rs0;
      const int ri1_37 = 1 % p.sum5_rd1;
      const int ri0_38 = 2 / p.sum5_rs0;
      const int ri1_38 = 2 % p.sum5_rd1;
      const int ri0_39 = 3 / p.sum5_rs0;
      const int ri1_39 = 3 % p.sum5_rd1;
      for (int k_22 = 0; k_22 < p.sum5_tabn; ++k_22) {
        float acc_13 = 0.0f;
        const float slice8_48 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_22, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_36, p.in0_s4)), i32_mul(ri1_36, p.in0_s5))];
        const float slice10_48 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_22, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_36, p.in0_s4)), i32_mul(ri1_36, p.in0_s5))];
        const float div6_48 = slice8_48 / slice10_48;
        acc_13 = acc_13 + div6_48;
        const float slice8_49 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_22, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_37, p.in0_s4)), i32_mul(ri1_37, p.in0_s5))];
        const float slice10_49 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_22, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_37, p.in0_s4)), i32_mul(ri1_37, p.in0_s5))];
        const float div6_49 = slice8_49 / slice10_49;
        acc_13 = acc_13 + div6_49;
        const float slice8_50 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_22, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_38, p.in0_s4)), i32_mul(ri1_38, p.in0_s5))];
        const float slice10_50 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_22, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_38, p.in0_s4)), i32_mul(ri1_38, p.in0_s5))];
        const float div6_50 = slice8_50 / slice10_50;
        acc_13 = acc_13 + div6_50;
        const float slice8_51 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_22, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_39, p.in0_s4)), i32_mul(ri1_39, p.in0_s5))];
        const float slice10_51 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_22, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_39, p.in0_s4)), i32_mul(ri1_39, p.in0_s5))];
        const float div6_51 = slice8_51 / slice10_51;
        acc_13 = acc_13 + div6_51;
        sum5_tab_12[k_22] = acc_13;
      }
      float sum5_tab_13[4] = {};
      for (int k_23 = 0; k_23 < p.sum5_tabn; ++k_23) {
        float acc_14 = 0.0f;
        const float slice8_52 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_23, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_36, p.in0_s4)), i32_mul(ri1_36, p.in0_s5))];
        const float slice10_52 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_23, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_36, p.in0_s4)), i32_mul(ri1_36, p.in0_s5))];
        const float div6_52 = slice8_52 / slice10_52;
        acc_14 = acc_14 + div6_52;
        const float slice8_53 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_23, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_37, p.in0_s4)), i32_mul(ri1_37, p.in0_s5))];
        const float slice10_53 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_23, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_37, p.in0_s4)), i32_mul(ri1_37, p.in0_s5))];
        const float div6_53 = slice8_53 / slice10_53;
        acc_14 = acc_14 + div6_53;
        const float slice8_54 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_23, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_38, p.in0_s4)), i32_mul(ri1_38, p.in0_s5))];
        const float slice10_54 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_23, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_38, p.in0_s4)), i32_mul(ri1_38, p.in0_s5))];
        const float div6_54 = slice8_54 / slice10_54;
        acc_14 = acc_14 + div6_54;
        const float slice8_55 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_23, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_39, p.in0_s4)), i32_mul(ri1_39, p.in0_s5))];
        const float slice10_55 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_23, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_39, p.in0_s4)), i32_mul(ri1_39, p.in0_s5))];
        const float div6_55 = slice8_55 / slice10_55;
        acc_14 = acc_14 + div6_55;
        sum5_tab_13[k_23] = acc_14;
      }
      for (int k_21 = 0; k_21 < p.mul3_tabn; ++k_21) {
        const float slice4_6 = sum5_tab_12[k_21];
        const float slice11_6 = sum5_tab_13[k_21];
        const float mul3_3 = slice4_6 * slice11_6;
        mul3_tab_3[k_21] = mul3_3;
      }
      const float reshape2_3 = mul3_tab_3[3];
      part_3 = reshape2_3;
    } else {
      if (pos < p.concat1_end1) {
        float mul13_tab_3[4] = {};
        float sum5_tab_14[4] = {};
        const int ri0_40 = 0 / p.sum5_rs0;
        const int ri1_40 = 0 % p.sum5_rd1;
        const int ri0_41 = 1 / p.sum5_rs0;
        const int ri1_41 = 1 % p.sum5_rd1;
        const int ri0_42 = 2 / p.sum5_rs0;
        const int ri1_42 = 2 % p.sum5_rd1;
        const int ri0_43 = 3 / p.sum5_rs0;
        const int ri1_43 = 3 % p.sum5_rd1;
        for (int k_25 = 0; k_25 < p.sum5_tabn; ++k_25) {
          float acc_15 = 0.0f;
          const float slice8_56 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_25, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_40, p.in0_s4)), i32_mul(ri1_40, p.in0_s5))];
          const float slice10_56 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_25, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_40, p.in0_s4)), i32_mul(ri1_40, p.in0_s5))];
          const float div6_56 = slice8_56 / slice10_56;
          acc_15 = acc_15 + div6_56;
          const float slice8_57 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_25, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_41, p.in0_s4)), i32_mul(ri1_41, p.in0_s5))];
          const float slice10_57 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_25, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_41, p.in0_s4)), i32_mul(ri1_41, p.in0_s5))];
          const float div6_57 = slice8_57 / slice10_57;
          acc_15 = acc_15 + div6_57;
          const float slice8_58 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_25, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_42, p.in0_s4)), i32_mul(ri1_42, p.in0_s5))];
          const float slice10_58 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_25, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_42, p.in0_s4)), i32_mul(ri1_42, p.in0_s5))];
          const float div6_58 = slice8_58 / slice10_58;
          acc_15 = acc_15 + div6_58;
          const float slice8_59 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_25, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_43, p.in0_s4)), i32_mul(ri1_43, p.in0_s5))];
          const float slice10_59 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_25, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_43, p.in0_s4)), i32_mul(ri1_43, p.in0_s5))];
          const float div6_59 = slice8_59 / slice10_59;
          acc_15 = acc_15 + div6_59;
          sum5_tab_14[k_25] = acc_15;
        }
        for (int k_24 = 0; k_24 < p.mul13_tabn; ++k_24) {
          const float slice4_7 = sum5_tab_14[k_24];
          const float mul13_3 = slice4_7 * slice4_7;
          mul13_tab_3[k_24] = mul13_3;
        }
        const float reshape12_3 = mul13_tab_3[3];
        part_3 = reshape12_3;
      } else {
        float mul15_tab_3[4] = {};
        float sum5_tab_15[4] = {};
        const int ri0_44 = 0 / p.sum5_rs0;
        const int ri1_44 = 0 % p.sum5_rd1;
        const int ri0_45 = 1 / p.sum5_rs0;
        const int ri1_45 = 1 % p.sum5_rd1;
        const int ri0_46 = 2 / p.sum5_rs0;
        const int ri1_46 = 2 % p.sum5_rd1;
        const int ri0_47 = 3 / p.sum5_rs0;
        const int ri1_47 = 3 % p.sum5_rd1;
        for (int k_27 = 0; k_27 < p.sum5_tabn; ++k_27) {
          float acc_16 = 0.0f;
          const float slice8_60 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_27, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_44, p.in0_s4)), i32_mul(ri1_44, p.in0_s5))];
          const float slice10_60 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_27, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_44, p.in0_s4)), i32_mul(ri1_44, p.in0_s5))];
          const float div6_60 = slice8_60 / slice10_60;
          acc_16 = acc_16 + div6_60;
          const float slice8_61 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_27, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_45, p.in0_s4)), i32_mul(ri1_45, p.in0_s5))];
          const float slice10_61 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_27, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_45, p.in0_s4)), i32_mul(ri1_45, p.in0_s5))];
          const float div6_61 = slice8_61 / slice10_61;
          acc_16 = acc_16 + div6_61;
          const float slice8_62 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_27, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_46, p.in0_s4)), i32_mul(ri1_46, p.in0_s5))];
          const float slice10_62 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_27, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_46, p.in0_s4)), i32_mul(ri1_46, p.in0_s5))];
          const float div6_62 = slice8_62 / slice10_62;
          acc_16 = acc_16 + div6_62;
          const float slice8_63 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_27, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_47, p.in0_s4)), i32_mul(ri1_47, p.in0_s5))];
          const float slice10_63 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_27, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_47, p.in0_s4)), i32_mul(ri1_47, p.in0_s5))];
          const float div6_63 = slice8_63 / slice10_63;
          acc_16 = acc_16 + div6_63;
          sum5_tab_15[k_27] = acc_16;
        }
        for (int k_26 = 0; k_26 < p.mul15_tabn; ++k_26) {
          const float slice11_7 = sum5_tab_15[k_26];
          const float mul15_3 = slice11_7 * slice11_7;
          mul15_tab_3[k_26] = mul15_3;
        }
        const float reshape14_3 = mul15_tab_3[3];
        part_3 = reshape14_3;
      }
    }
    acc = acc + part_3;
    out[i32_add(i32_mul(pos, p.out_s1), i32_mul(line_i2, p.out_s2))] = acc;
  }
}
