// k2_sum_concat_reshape_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_sum_concat_reshape_mul: 1 launch(es)
// launch 2: reads 896 B, writes 36 B; fuses:
//   %36 slice  @ nn/softpool.ts:61:50
//   %37 reshape  @ nn/softpool.ts:61:40
//   %38 slice  @ nn/softpool.ts:61:50
//   %39 reshape  @ nn/softpool.ts:61:40
//   %40 div  @ nn/softpool.ts:62:12
//   %41 sum [register table along axis 1]  @ nn/cossim.ts:57:52
//   %42 slice  @ nn/cossim.ts:58:59
//   %43 slice  @ nn/cossim.ts:58:59
//   %44 mul [register table along axis 1]  @ nn/cossim.ts:64:59
//   %45 reshape  @ nn/cossim.ts:64:49
//   %46 mul [register table along axis 1]  @ nn/cossim.ts:64:59
//   %47 reshape  @ nn/cossim.ts:64:49
//   %48 mul [register table along axis 1]  @ nn/cossim.ts:64:59
//   %49 reshape  @ nn/cossim.ts:64:49
//   %50 concat  @ nn/cossim.ts:65:24
//   %51 sum  @ nn/cossim.ts:65:18
// stores %51 sum: %64 topk_indices reads each element 4 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k2_sum_concat_reshape_mul_params (by value, 112 bytes).

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
  int sum0_n;
  int concat1_end0;
  int mul3_tabn;
  int slice4_start2;
  int slice4_step2;
  int sum5_tabn;
  int sum5_n;
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
    float mul3_tab[8] = {};
    if (pos < p.concat1_end0) {
      float sum5_tab[8] = {};
      for (int k_1 = 0; k_1 < p.sum5_tabn; ++k_1) {
        float acc_1 = 0.0f;
        for (int r_1 = 0; r_1 < p.sum5_n; ++r_1) {
          const int ri0 = r_1 / p.sum5_rs0;
          const int ri1 = r_1 % p.sum5_rd1;
          const float slice8 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_1, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0, p.in0_s4)), i32_mul(ri1, p.in0_s5))];
          const float slice10 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_1, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0, p.in0_s4)), i32_mul(ri1, p.in0_s5))];
          const float div6 = slice8 / slice10;
          acc_1 = acc_1 + div6;
        }
        sum5_tab[k_1] = acc_1;
      }
      float sum5_tab_1[8] = {};
      for (int k_2 = 0; k_2 < p.sum5_tabn; ++k_2) {
        float acc_2 = 0.0f;
        for (int r_2 = 0; r_2 < p.sum5_n; ++r_2) {
          const int ri0_1 = r_2 / p.sum5_rs0;
          const int ri1_1 = r_2 % p.sum5_rd1;
          const float slice8_1 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_2, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_1, p.in0_s4)), i32_mul(ri1_1, p.in0_s5))];
          const float slice10_1 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_2, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_1, p.in0_s4)), i32_mul(ri1_1, p.in0_s5))];
          const float div6_1 = slice8_1 / slice10_1;
          acc_2 = acc_2 + div6_1;
        }
        sum5_tab_1[k_2] = acc_2;
      }
      for (int k = 0; k < p.mul3_tabn; ++k) {
        const float slice4 = sum5_tab[k];
        const float slice11 = sum5_tab_1[k];
        const float mul3 = slice4 * slice11;
        mul3_tab[k] = mul3;
      }
    }
    float mul13_tab[8] = {};
    if (!(pos < p.concat1_end0)) {
      if (pos < p.concat1_end1) {
        float sum5_tab_2[8] = {};
        for (int k_4 = 0; k_4 < p.sum5_tabn; ++k_4) {
          float acc_3 = 0.0f;
          for (int r_3 = 0; r_3 < p.sum5_n; ++r_3) {
            const int ri0_2 = r_3 / p.sum5_rs0;
            const int ri1_2 = r_3 % p.sum5_rd1;
            const float slice8_2 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_4, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_2, p.in0_s4)), i32_mul(ri1_2, p.in0_s5))];
            const float slice10_2 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_4, p.in0_s1), i32_mul(i32_add(p.slice4_start2, i32_mul(line_i2, p.slice4_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_2, p.in0_s4)), i32_mul(ri1_2, p.in0_s5))];
            const float div6_2 = slice8_2 / slice10_2;
            acc_3 = acc_3 + div6_2;
          }
          sum5_tab_2[k_4] = acc_3;
        }
        for (int k_3 = 0; k_3 < p.mul13_tabn; ++k_3) {
          const float slice4_1 = sum5_tab_2[k_3];
          const float mul13 = slice4_1 * slice4_1;
          mul13_tab[k_3] = mul13;
        }
      }
    }
    float mul15_tab[8] = {};
    if (!(pos < p.concat1_end0)) {
      if (!(pos < p.concat1_end1)) {
        float sum5_tab_3[8] = {};
        for (int k_6 = 0; k_6 < p.sum5_tabn; ++k_6) {
          float acc_4 = 0.0f;
          for (int r_4 = 0; r_4 < p.sum5_n; ++r_4) {
            const int ri0_3 = r_4 / p.sum5_rs0;
            const int ri1_3 = r_4 % p.sum5_rd1;
            const float slice8_3 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_6, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice8_start3, p.in0_s3)), i32_mul(ri0_3, p.in0_s4)), i32_mul(ri1_3, p.in0_s5))];
            const float slice10_3 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(k_6, p.in0_s1), i32_mul(i32_add(p.slice11_start2, i32_mul(line_i2, p.slice11_step2)), p.in0_s2)), i32_mul(p.slice10_start3, p.in0_s3)), i32_mul(ri0_3, p.in0_s4)), i32_mul(ri1_3, p.in0_s5))];
            const float div6_3 = slice8_3 / slice10_3;
            acc_4 = acc_4 + div6_3;
          }
          sum5_tab_3[k_6] = acc_4;
        }
        for (int k_5 = 0; k_5 < p.mul15_tabn; ++k_5) {
          const float slice11_1 = sum5_tab_3[k_5];
          const float mul15 = slice11_1 * slice11_1;
          mul15_tab[k_5] = mul15;
        }
      }
    }
    for (int r = 0; r < p.sum0_n; ++r) {
      float part = 0.0f;
      if (pos < p.concat1_end0) {
        const float reshape2 = mul3_tab[r];
        part = reshape2;
      } else {
        if (pos < p.concat1_end1) {
          const float reshape12 = mul13_tab[r];
          part = reshape12;
        } else {
          const float reshape14 = mul15_tab[r];
          part = reshape14;
        }
      }
      acc = acc + part;
    }
    out[i32_add(i32_mul(pos, p.out_s1), i32_mul(line_i2, p.out_s2))] = acc;
  }
}
