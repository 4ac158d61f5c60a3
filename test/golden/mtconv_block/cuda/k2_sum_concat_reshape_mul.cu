// k2_sum_concat_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_sum_concat_reshape_mul: 1 launch(es)
// launch 2: reads 896 B, writes 36 B; fuses:
//   %36 slice  @ nn/softpool.ts:64:50
//   %37 reshape  @ nn/softpool.ts:64:40
//   %38 slice  @ nn/softpool.ts:64:50
//   %39 reshape  @ nn/softpool.ts:64:40
//   %40 div  @ nn/softpool.ts:65:12
//   %41 sum [register table along axis 1]  @ nn/cossim.ts:59:52
//   %42 slice  @ nn/cossim.ts:60:59
//   %43 slice  @ nn/cossim.ts:60:59
//   %44 mul [register table along axis 1]  @ nn/cossim.ts:66:59
//   %45 reshape  @ nn/cossim.ts:66:49
//   %46 mul [register table along axis 1]  @ nn/cossim.ts:66:59
//   %47 reshape  @ nn/cossim.ts:66:49
//   %48 mul [register table along axis 1]  @ nn/cossim.ts:66:59
//   %49 reshape  @ nn/cossim.ts:66:49
//   %50 concat  @ nn/cossim.ts:67:24
//   %51 sum  @ nn/cossim.ts:67:18
// stores %51 sum: %64 topk_indices reads each element 4 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k2_sum_concat_reshape_mul_params (by value, 104 bytes).

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
struct k2_sum_concat_reshape_mul_params {
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

extern "C" __global__ void __launch_bounds__(64) k2_sum_concat_reshape_mul(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k2_sum_concat_reshape_mul_params p
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
      float mul3_tab[8] = {};
      float sum5_tab[8] = {};
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
      float sum5_tab_1[8] = {};
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
        float mul13_tab[8] = {};
        float sum5_tab_2[8] = {};
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
        float mul15_tab[8] = {};
        float sum5_tab_3[8] = {};
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
      float mul3_tab_1[8] = {};
      float sum5_tab_4[8] = {};
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
      float sum5_tab_5[8] = {};
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
        float mul13_tab_1[8] = {};
        float sum5_tab_6[8] = {};
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
        float mul15_tab_1[8] = {};
        float sum5_tab_7[8] = {};
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
      float mul3_tab_2[8] = {};
      float sum5_tab_8[8] = {};
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
      float sum5_tab_9[8] = {};
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
        float mul13_tab_2[8] = {};
        float sum5_tab_10[8] = {};
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
        float mul15_tab_2[8] = {};
        float sum5_tab_11[8] = {};
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
      float mul3_tab_3[8] = {};
      float sum5_tab_12[8] = {};
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
      float sum5_tab_13[8] = {};
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
        float mul13_tab_3[8] = {};
        float sum5_tab_14[8] = {};
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
        float mul15_tab_3[8] = {};
        float sum5_tab_15[8] = {};
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
    float part_4 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_4[8] = {};
      float sum5_tab_16[8] = {};
      const int ri0_48 = 0 / p.sum5_rs0;
      const int ri1_48 = 0 % p.sum5_rd1;
      const int ri0_49 = 1 / p.sum5_rs0;
      const int ri1_49 = 1 % p.sum5_rd1;
      const int ri0_50 = 2 / p.sum5_rs0;
      const int ri1_50 = 2 % p.sum5_rd1;
      const int ri0_51 = 3 / p.sum5_rs0;
      const int ri1_51 = 3 % p.sum5_rd1;
      for (int k_29 = 0; k_29 < p.sum5_tabn; ++k_29) {
        float acc_17 = 0.0f;
        const float slice8_64 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_29, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_48, p.in0_s4)), i32_mul(ri1_48, p.in0_s5))];
        const float slice10_64 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_29, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_48, p.in0_s4)), i32_mul(ri1_48, p.in0_s5))];
        const float div6_64 = slice8_64 / slice10_64;
        acc_17 = acc_17 + div6_64;
        const float slice8_65 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_29, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_49, p.in0_s4)), i32_mul(ri1_49, p.in0_s5))];
        const float slice10_65 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_29, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_49, p.in0_s4)), i32_mul(ri1_49, p.in0_s5))];
        const float div6_65 = slice8_65 / slice10_65;
        acc_17 = acc_17 + div6_65;
        const float slice8_66 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_29, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_50, p.in0_s4)), i32_mul(ri1_50, p.in0_s5))];
        const float slice10_66 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_29, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_50, p.in0_s4)), i32_mul(ri1_50, p.in0_s5))];
        const float div6_66 = slice8_66 / slice10_66;
        acc_17 = acc_17 + div6_66;
        const float slice8_67 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_29, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_51, p.in0_s4)), i32_mul(ri1_51, p.in0_s5))];
        const float slice10_67 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_29, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_51, p.in0_s4)), i32_mul(ri1_51, p.in0_s5))];
        const float div6_67 = slice8_67 / slice10_67;
        acc_17 = acc_17 + div6_67;
        sum5_tab_16[k_29] = acc_17;
      }
      float sum5_tab_17[8] = {};
      for (int k_30 = 0; k_30 < p.sum5_tabn; ++k_30) {
        float acc_18 = 0.0f;
        const float slice8_68 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_30, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_48, p.in0_s4)), i32_mul(ri1_48, p.in0_s5))];
        const float slice10_68 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_30, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_48, p.in0_s4)), i32_mul(ri1_48, p.in0_s5))];
        const float div6_68 = slice8_68 / slice10_68;
        acc_18 = acc_18 + div6_68;
        const float slice8_69 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_30, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_49, p.in0_s4)), i32_mul(ri1_49, p.in0_s5))];
        const float slice10_69 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_30, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_49, p.in0_s4)), i32_mul(ri1_49, p.in0_s5))];
        const float div6_69 = slice8_69 / slice10_69;
        acc_18 = acc_18 + div6_69;
        const float slice8_70 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_30, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_50, p.in0_s4)), i32_mul(ri1_50, p.in0_s5))];
        const float slice10_70 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_30, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_50, p.in0_s4)), i32_mul(ri1_50, p.in0_s5))];
        const float div6_70 = slice8_70 / slice10_70;
        acc_18 = acc_18 + div6_70;
        const float slice8_71 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_30, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_51, p.in0_s4)), i32_mul(ri1_51, p.in0_s5))];
        const float slice10_71 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_30, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_51, p.in0_s4)), i32_mul(ri1_51, p.in0_s5))];
        const float div6_71 = slice8_71 / slice10_71;
        acc_18 = acc_18 + div6_71;
        sum5_tab_17[k_30] = acc_18;
      }
      for (int k_28 = 0; k_28 < p.mul3_tabn; ++k_28) {
        const float slice4_8 = sum5_tab_16[k_28];
        const float slice11_8 = sum5_tab_17[k_28];
        const float mul3_4 = slice4_8 * slice11_8;
        mul3_tab_4[k_28] = mul3_4;
      }
      const float reshape2_4 = mul3_tab_4[4];
      part_4 = reshape2_4;
    } else {
      if (pos < p.concat1_end1) {
        float mul13_tab_4[8] = {};
        float sum5_tab_18[8] = {};
        const int ri0_52 = 0 / p.sum5_rs0;
        const int ri1_52 = 0 % p.sum5_rd1;
        const int ri0_53 = 1 / p.sum5_rs0;
        const int ri1_53 = 1 % p.sum5_rd1;
        const int ri0_54 = 2 / p.sum5_rs0;
        const int ri1_54 = 2 % p.sum5_rd1;
        const int ri0_55 = 3 / p.sum5_rs0;
        const int ri1_55 = 3 % p.sum5_rd1;
        for (int k_32 = 0; k_32 < p.sum5_tabn; ++k_32) {
          float acc_19 = 0.0f;
          const float slice8_72 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_32, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_52, p.in0_s4)), i32_mul(ri1_52, p.in0_s5))];
          const float slice10_72 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_32, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_52, p.in0_s4)), i32_mul(ri1_52, p.in0_s5))];
          const float div6_72 = slice8_72 / slice10_72;
          acc_19 = acc_19 + div6_72;
          const float slice8_73 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_32, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_53, p.in0_s4)), i32_mul(ri1_53, p.in0_s5))];
          const float slice10_73 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_32, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_53, p.in0_s4)), i32_mul(ri1_53, p.in0_s5))];
          const float div6_73 = slice8_73 / slice10_73;
          acc_19 = acc_19 + div6_73;
          const float slice8_74 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_32, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_54, p.in0_s4)), i32_mul(ri1_54, p.in0_s5))];
          const float slice10_74 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_32, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_54, p.in0_s4)), i32_mul(ri1_54, p.in0_s5))];
          const float div6_74 = slice8_74 / slice10_74;
          acc_19 = acc_19 + div6_74;
          const float slice8_75 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_32, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_55, p.in0_s4)), i32_mul(ri1_55, p.in0_s5))];
          const float slice10_75 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_32, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_55, p.in0_s4)), i32_mul(ri1_55, p.in0_s5))];
          const float div6_75 = slice8_75 / slice10_75;
          acc_19 = acc_19 + div6_75;
          sum5_tab_18[k_32] = acc_19;
        }
        for (int k_31 = 0; k_31 < p.mul13_tabn; ++k_31) {
          const float slice4_9 = sum5_tab_18[k_31];
          const float mul13_4 = slice4_9 * slice4_9;
          mul13_tab_4[k_31] = mul13_4;
        }
        const float reshape12_4 = mul13_tab_4[4];
        part_4 = reshape12_4;
      } else {
        float mul15_tab_4[8] = {};
        float sum5_tab_19[8] = {};
        const int ri0_56 = 0 / p.sum5_rs0;
        const int ri1_56 = 0 % p.sum5_rd1;
        const int ri0_57 = 1 / p.sum5_rs0;
        const int ri1_57 = 1 % p.sum5_rd1;
        const int ri0_58 = 2 / p.sum5_rs0;
        const int ri1_58 = 2 % p.sum5_rd1;
        const int ri0_59 = 3 / p.sum5_rs0;
        const int ri1_59 = 3 % p.sum5_rd1;
        for (int k_34 = 0; k_34 < p.sum5_tabn; ++k_34) {
          float acc_20 = 0.0f;
          const float slice8_76 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_34, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_56, p.in0_s4)), i32_mul(ri1_56, p.in0_s5))];
          const float slice10_76 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_34, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_56, p.in0_s4)), i32_mul(ri1_56, p.in0_s5))];
          const float div6_76 = slice8_76 / slice10_76;
          acc_20 = acc_20 + div6_76;
          const float slice8_77 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_34, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_57, p.in0_s4)), i32_mul(ri1_57, p.in0_s5))];
          const float slice10_77 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_34, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_57, p.in0_s4)), i32_mul(ri1_57, p.in0_s5))];
          const float div6_77 = slice8_77 / slice10_77;
          acc_20 = acc_20 + div6_77;
          const float slice8_78 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_34, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_58, p.in0_s4)), i32_mul(ri1_58, p.in0_s5))];
          const float slice10_78 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_34, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_58, p.in0_s4)), i32_mul(ri1_58, p.in0_s5))];
          const float div6_78 = slice8_78 / slice10_78;
          acc_20 = acc_20 + div6_78;
          const float slice8_79 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_34, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_59, p.in0_s4)), i32_mul(ri1_59, p.in0_s5))];
          const float slice10_79 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_34, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_59, p.in0_s4)), i32_mul(ri1_59, p.in0_s5))];
          const float div6_79 = slice8_79 / slice10_79;
          acc_20 = acc_20 + div6_79;
          sum5_tab_19[k_34] = acc_20;
        }
        for (int k_33 = 0; k_33 < p.mul15_tabn; ++k_33) {
          const float slice11_9 = sum5_tab_19[k_33];
          const float mul15_4 = slice11_9 * slice11_9;
          mul15_tab_4[k_33] = mul15_4;
        }
        const float reshape14_4 = mul15_tab_4[4];
        part_4 = reshape14_4;
      }
    }
    acc = acc + part_4;
    float part_5 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_5[8] = {};
      float sum5_tab_20[8] = {};
      const int ri0_60 = 0 / p.sum5_rs0;
      const int ri1_60 = 0 % p.sum5_rd1;
      const int ri0_61 = 1 / p.sum5_rs0;
      const int ri1_61 = 1 % p.sum5_rd1;
      const int ri0_62 = 2 / p.sum5_rs0;
      const int ri1_62 = 2 % p.sum5_rd1;
      const int ri0_63 = 3 / p.sum5_rs0;
      const int ri1_63 = 3 % p.sum5_rd1;
      for (int k_36 = 0; k_36 < p.sum5_tabn; ++k_36) {
        float acc_21 = 0.0f;
        const float slice8_80 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_36, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_60, p.in0_s4)), i32_mul(ri1_60, p.in0_s5))];
        const float slice10_80 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_36, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_60, p.in0_s4)), i32_mul(ri1_60, p.in0_s5))];
        const float div6_80 = slice8_80 / slice10_80;
        acc_21 = acc_21 + div6_80;
        const float slice8_81 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_36, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_61, p.in0_s4)), i32_mul(ri1_61, p.in0_s5))];
        const float slice10_81 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_36, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_61, p.in0_s4)), i32_mul(ri1_61, p.in0_s5))];
        const float div6_81 = slice8_81 / slice10_81;
        acc_21 = acc_21 + div6_81;
        const float slice8_82 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_36, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_62, p.in0_s4)), i32_mul(ri1_62, p.in0_s5))];
        const float slice10_82 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_36, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_62, p.in0_s4)), i32_mul(ri1_62, p.in0_s5))];
        const float div6_82 = slice8_82 / slice10_82;
        acc_21 = acc_21 + div6_82;
        const float slice8_83 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_36, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_63, p.in0_s4)), i32_mul(ri1_63, p.in0_s5))];
        const float slice10_83 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_36, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_63, p.in0_s4)), i32_mul(ri1_63, p.in0_s5))];
        const float div6_83 = slice8_83 / slice10_83;
        acc_21 = acc_21 + div6_83;
        sum5_tab_20[k_36] = acc_21;
      }
      float sum5_tab_21[8] = {};
      for (int k_37 = 0; k_37 < p.sum5_tabn; ++k_37) {
        float acc_22 = 0.0f;
        const float slice8_84 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_37, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_60, p.in0_s4)), i32_mul(ri1_60, p.in0_s5))];
        const float slice10_84 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_37, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_60, p.in0_s4)), i32_mul(ri1_60, p.in0_s5))];
        const float div6_84 = slice8_84 / slice10_84;
        acc_22 = acc_22 + div6_84;
        const float slice8_85 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_37, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_61, p.in0_s4)), i32_mul(ri1_61, p.in0_s5))];
        const float slice10_85 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_37, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_61, p.in0_s4)), i32_mul(ri1_61, p.in0_s5))];
        const float div6_85 = slice8_85 / slice10_85;
        acc_22 = acc_22 + div6_85;
        const float slice8_86 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_37, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_62, p.in0_s4)), i32_mul(ri1_62, p.in0_s5))];
        const float slice10_86 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_37, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_62, p.in0_s4)), i32_mul(ri1_62, p.in0_s5))];
        const float div6_86 = slice8_86 / slice10_86;
        acc_22 = acc_22 + div6_86;
        const float slice8_87 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_37, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_63, p.in0_s4)), i32_mul(ri1_63, p.in0_s5))];
        const float slice10_87 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_37, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_63, p.in0_s4)), i32_mul(ri1_63, p.in0_s5))];
        const float div6_87 = slice8_87 / slice10_87;
        acc_22 = acc_22 + div6_87;
        sum5_tab_21[k_37] = acc_22;
      }
      for (int k_35 = 0; k_35 < p.mul3_tabn; ++k_35) {
        const float slice4_10 = sum5_tab_20[k_35];
        const float slice11_10 = sum5_tab_21[k_35];
        const float mul3_5 = slice4_10 * slice11_10;
        mul3_tab_5[k_35] = mul3_5;
      }
      const float reshape2_5 = mul3_tab_5[5];
      part_5 = reshape2_5;
    } else {
      if (pos < p.concat1_end1) {
        float mul13_tab_5[8] = {};
        float sum5_tab_22[8] = {};
        const int ri0_64 = 0 / p.sum5_rs0;
        const int ri1_64 = 0 % p.sum5_rd1;
        const int ri0_65 = 1 / p.sum5_rs0;
        const int ri1_65 = 1 % p.sum5_rd1;
        const int ri0_66 = 2 / p.sum5_rs0;
        const int ri1_66 = 2 % p.sum5_rd1;
        const int ri0_67 = 3 / p.sum5_rs0;
        const int ri1_67 = 3 % p.sum5_rd1;
        for (int k_39 = 0; k_39 < p.sum5_tabn; ++k_39) {
          float acc_23 = 0.0f;
          const float slice8_88 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_39, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_64, p.in0_s4)), i32_mul(ri1_64, p.in0_s5))];
          const float slice10_88 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_39, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_64, p.in0_s4)), i32_mul(ri1_64, p.in0_s5))];
          const float div6_88 = slice8_88 / slice10_88;
          acc_23 = acc_23 + div6_88;
          const float slice8_89 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_39, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_65, p.in0_s4)), i32_mul(ri1_65, p.in0_s5))];
          const float slice10_89 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_39, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_65, p.in0_s4)), i32_mul(ri1_65, p.in0_s5))];
          const float div6_89 = slice8_89 / slice10_89;
          acc_23 = acc_23 + div6_89;
          const float slice8_90 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_39, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_66, p.in0_s4)), i32_mul(ri1_66, p.in0_s5))];
          const float slice10_90 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_39, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_66, p.in0_s4)), i32_mul(ri1_66, p.in0_s5))];
          const float div6_90 = slice8_90 / slice10_90;
          acc_23 = acc_23 + div6_90;
          const float slice8_91 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_39, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_67, p.in0_s4)), i32_mul(ri1_67, p.in0_s5))];
          const float slice10_91 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_39, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_67, p.in0_s4)), i32_mul(ri1_67, p.in0_s5))];
          const float div6_91 = slice8_91 / slice10_91;
          acc_23 = acc_23 + div6_91;
          sum5_tab_22[k_39] = acc_23;
        }
        for (int k_38 = 0; k_38 < p.mul13_tabn; ++k_38) {
          const float slice4_11 = sum5_tab_22[k_38];
          const float mul13_5 = slice4_11 * slice4_11;
          mul13_tab_5[k_38] = mul13_5;
        }
        const float reshape12_5 = mul13_tab_5[5];
        part_5 = reshape12_5;
      } else {
        float mul15_tab_5[8] = {};
        float sum5_tab_23[8] = {};
        const int ri0_68 = 0 / p.sum5_rs0;
        const int ri1_68 = 0 % p.sum5_rd1;
        const int ri0_69 = 1 / p.sum5_rs0;
        const int ri1_69 = 1 % p.sum5_rd1;
        const int ri0_70 = 2 / p.sum5_rs0;
        const int ri1_70 = 2 % p.sum5_rd1;
        const int ri0_71 = 3 / p.sum5_rs0;
        const int ri1_71 = 3 % p.sum5_rd1;
        for (int k_41 = 0; k_41 < p.sum5_tabn; ++k_41) {
          float acc_24 = 0.0f;
          const float slice8_92 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_41, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_68, p.in0_s4)), i32_mul(ri1_68, p.in0_s5))];
          const float slice10_92 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_41, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_68, p.in0_s4)), i32_mul(ri1_68, p.in0_s5))];
          const float div6_92 = slice8_92 / slice10_92;
          acc_24 = acc_24 + div6_92;
          const float slice8_93 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_41, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_69, p.in0_s4)), i32_mul(ri1_69, p.in0_s5))];
          const float slice10_93 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_41, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_69, p.in0_s4)), i32_mul(ri1_69, p.in0_s5))];
          const float div6_93 = slice8_93 / slice10_93;
          acc_24 = acc_24 + div6_93;
          const float slice8_94 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_41, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_70, p.in0_s4)), i32_mul(ri1_70, p.in0_s5))];
          const float slice10_94 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_41, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_70, p.in0_s4)), i32_mul(ri1_70, p.in0_s5))];
          const float div6_94 = slice8_94 / slice10_94;
          acc_24 = acc_24 + div6_94;
          const float slice8_95 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_41, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_71, p.in0_s4)), i32_mul(ri1_71, p.in0_s5))];
          const float slice10_95 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_41, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_71, p.in0_s4)), i32_mul(ri1_71, p.in0_s5))];
          const float div6_95 = slice8_95 / slice10_95;
          acc_24 = acc_24 + div6_95;
          sum5_tab_23[k_41] = acc_24;
        }
        for (int k_40 = 0; k_40 < p.mul15_tabn; ++k_40) {
          const float slice11_11 = sum5_tab_23[k_40];
          const float mul15_5 = slice11_11 * slice11_11;
          mul15_tab_5[k_40] = mul15_5;
        }
        const float reshape14_5 = mul15_tab_5[5];
        part_5 = reshape14_5;
      }
    }
    acc = acc + part_5;
    float part_6 = 0.0f;
    if (pos < p.concat1_end0) {
      float mul3_tab_6[8] = {};
      float sum5_tab_24[8] = {};
      const int ri0_72 = 0 / p.sum5_rs0;
      const int ri1_72 = 0 % p.sum5_rd1;
      const int ri0_73 = 1 / p.sum5_rs0;
      const int ri1_73 = 1 % p.sum5_rd1;
      const int ri0_74 = 2 / p.sum5_rs0;
      const int ri1_74 = 2 % p.sum5_rd1;
      const int ri0_75 = 3 / p.sum5_rs0;
      const int ri1_75 = 3 % p.sum5_rd1;
      for (int k_43 = 0; k_43 < p.sum5_tabn; ++k_43) {
        float acc_25 = 0.0f;
        const float slice8_96 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_43, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_72, p.in0_s4)), i32_mul(ri1_72, p.in0_s5))];
        const float slice10_96 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_43, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_72, p.in0_s4)), i32_mul(ri1_72, p.in0_s5))];
        const float div6_96 = slice8_96 / slice10_96;
        acc_25 = acc_25 + div6_96;
        const float slice8_97 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_43, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_73, p.in0_s4)), i32_mul(ri1_73, p.in0_s5))];
        const float slice10_97 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_43, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_73, p.in0_s4)), i32_mul(ri1_73, p.in0_s5))];
        const float div6_97 = slice8_97 / slice10_97;
        acc_25 = acc_25 + div6_97;
        const float slice8_98 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_43, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_74, p.in0_s4)), i32_mul(ri1_74, p.in0_s5))];
        const float slice10_98 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_43, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_74, p.in0_s4)), i32_mul(ri1_74, p.in0_s5))];
        const float div6_98 = slice8_98 / slice10_98;
        acc_25 = acc_25 + div6_98;
        const float slice8_99 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_43, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_75, p.in0_s4)), i32_mul(ri1_75, p.in0_s5))];
        const float slice10_99 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_43, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_75, p.in0_s4)), i32_mul(ri1_75, p.in0_s5))];
        const float div6_99 = slice8_99 / slice10_99;
        acc_25 = acc_25 + div6_99;
        sum5_tab_24[k_43] = acc_25;
      }
      float sum5_tab_25[8] = {};
      for (int k_44 = 0; k_44 < p.sum5_tabn; ++k_44) {
        float acc_26 = 0.0f;
        const float slice8_100 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_44, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_72, p.in0_s4)), i32_mul(ri1_72, p.in0_s5))];
        const float slice10_100 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_44, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_72, p.in0_s4)), i32_mul(ri1_72, p.in0_s5))];
        const float div6_100 = slice8_100 / slice10_100;
        acc_26 = acc_26 + div6_100;
        const float slice8_101 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_44, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_73, p.in0_s4)), i32_mul(ri1_73, p.in0_s5))];
        const float slice10_101 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_44, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_73, p.in0_s4)), i32_mul(ri1_73, p.in0_s5))];
        const float div6_101 = slice8_101 / slice10_101;
        acc_26 = acc_26 + div6_101;
        const float slice8_102 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_44, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_74, p.in0_s4)), i32_mul(ri1_74, p.in0_s5))];
        const float slice10_102 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_44, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_74, p.in0_s4)), i32_mul(ri1_74, p.in0_s5))];
        const float div6_102 = slice8_102 / slice10_102;
        acc_26 = acc_26 + div6_102;
        const float slice8_103 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_44, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_75, p.in0_s4)), i32_mul(ri1_75, p.in0_s5))];
        const float slice10_103 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_44, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_75, p.in0_s4)), i32_mul(ri1_75, p.in0_s5))];
        const float div6_103 = slice8_103 / slice10_103;
        acc_26 = acc_26 + div6_103;
        sum5_tab_25[k_44] = acc_26;
      }
      for (int k_42 = 0; k_42 < p.mul3_tabn; ++k_42) {
        const float slice4_12 = sum5_tab_24[k_42];
        const float slice11_12 = sum5_tab_25[k_42];
        const float mul3_6 = slice4_12 * slice11_12;
        mul3_tab_6[k_42] = mul3_6;
      }
      const float reshape2_6 = mul3_tab_6[6];
      part_6 = reshape2_6;
    } else {
      if (pos < p.concat1_end1) {
        float mul13_tab_6[8] = {};
        float sum5_tab_26[8] = {};
        const int ri0_76 = 0 / p.sum5_rs0;
        const int ri1_76 = 0 % p.sum5_rd1;
        const int ri0_77 = 1 / p.sum5_rs0;
        const int ri1_77 = 1 % p.sum5_rd1;
        const int ri0_78 = 2 / p.sum5_rs0;
        const int ri1_78 = 2 % p.sum5_rd1;
        const int ri0_79 = 3 / p.sum5_rs0;
        const int ri1_79 = 3 % p.sum5_rd1;
        for (int k_46 = 0; k_46 < p.sum5_tabn; ++k_46) {
          float acc_27 = 0.0f;
          const float slice8_104 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_46, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_76, p.in0_s4)), i32_mul(ri1_76, p.in0_s5))];
          const float slice10_104 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_46, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_76, p.in0_s4)), i32_mul(ri1_76, p.in0_s5))];
          const float div6_104 = slice8_104 / slice10_104;
          acc_27 = acc_27 + div6_104;
          const float slice8_105 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_46, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_77, p.in0_s4)), i32_mul(ri1_77, p.in0_s5))];
          const float slice10_105 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_46, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_77, p.in0_s4)), i32_mul(ri1_77, p.in0_s5))];
          const float div6_105 = slice8_105 / slice10_105;
          acc_27 = acc_27 + div6_105;
          const float slice8_106 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_46, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_78, p.in0_s4)), i32_mul(ri1_78, p.in0_s5))];
          const float slice10_106 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_46, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_78, p.in0_s4)), i32_mul(ri1_78, p.in0_s5))];
          const float div6_106 = slice8_106 / slice10_106;
          acc_27 = acc_27 + div6_106;
          const float slice8_107 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_46, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_79, p.in0_s4)), i32_mul(ri1_79, p.in0_s5))];
          const float slice10_107 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_46, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_79, p.in0_s4)), i32_mul(ri1_79, p.in0_s5))];
          const float div6_107 = slice8_107 / slice10_107;
          acc_27 = acc_27 + div6_107;
          sum5_tab_26[k_46] = acc_27;
        }
        for (int k_45 = 0; k_45 < p.mul13_tabn; ++k_45) {
          const float slice4_13 = sum5_tab_26[k_45];
          const float mul13_6 = slice4_13 * slice4_13;
          mul13_tab_6[k_45] = mul13_6;
        }
        const float reshape12_6 = mul13_tab_6[6];
        part_6 = reshape12_6;
      } else {
        float mul15_tab_6[8] = {};
        float sum5_tab_27[8] = {};
        const int ri0_80 = 0 / p.sum5_rs0;
        const int ri1_80 = 0 % p.sum5_rd1;
        const int ri0_81 = 1 / p.sum5_rs0;
        const int ri1_81 = 1 % p.sum5_rd1;
        const int ri0_82 = 2 / p.sum5_rs0;
        const int ri1_82 = 2 % p.sum5_rd1;
        const int ri0_83 = 3 / p.sum5_rs0;
        const int ri1_83 = 3 % p.sum5_rd1;
        for (int k_48 = 0; k_48 < p.sum5_tabn; ++k_48) {
          float acc_28 = 0.0f;
          const float slice8_108 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_48, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_80, p.in0_s4)), i32_mul(ri1_80, p.in0_s5))];
          const float slice10_108 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_48, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_80, p.in0_s4)), i32_mul(ri1_80, p.in0_s5))];
          const float div6_108 = slice8_108 / slice10_108;
          acc_28 = acc_28 + div6_108;
          const float slice8_109 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_48, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_81, p.in0_s4)), i32_mul(ri1_81, p.in0_s5))];
          const float slice10_109 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_48, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_81, p.in0_s4)), i32_mul(ri1_81, p.in0_s5))];
          const float div6_109 = slice8_109 / slice10_109;
          acc_28 = acc_28 + div6_109;
          const float slice8_110 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_48, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_82, p.in0_s4)), i32_mul(ri1_82, p.in0_s5))];
          const float slice10_110 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_48, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_82, p.in0_s4)), i32_mul(ri1_82, p.in0_s5))];
          const float div6_110 = slice8_110 / slice10_110;
          acc_28 = acc_28 + div6_110;
          const float slice8_111 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_48, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_83, p.in0_s4)), i32_mul(ri1_83, p.in0_s5))];
          const float slice10_111 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_48, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_83, p.in0_s4)), i32_mul(ri1_83, p.in0_s5))];
          const float div6_111 = slice8_111 / slice10_111;
          acc_28 = acc_28 + div6_111;
          sum5_tab_27[k_48] = acc_28;
        }
        for (int k_47 = 0; k_47 < p.mul15_tabn; ++k_47) {
          const float slice11_13 = sum5_tab_27[k_47];
          const float mul15_6 = slice11_13 * slice11_13;
          mul15_tab_6[k_47] = mul15_6;
        }
        const float reshape14_6 = mul15_tab_6[6];
        part_6 = reshape14_6;
      }
    }
    acc = acc + part_6;
    out[i32_add(i32_mul(pos, p.out_s1), i32_mul(line_i2, p.out_s2))] = acc;
  }
}
