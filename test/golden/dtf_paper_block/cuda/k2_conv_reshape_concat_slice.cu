// k2_conv_reshape_concat_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_conv_reshape_concat_slice: 1 launch(es)
// launch 2: reads 6592 B, writes 768 B; fuses:
//   %29 slice  @ nn/dtf.ts:113:51
//   %30 add  @ nn/dtf.ts:137:22
//   %31 slice  @ nn/dtf.ts:113:51
//   %32 concat  @ nn/dtf.ts:137:12
//   %33 concat  @ nn/dtf.ts:138:12
//   %35 concat  @ nn/dtf.ts:146:26
//   %36 reshape [register table along axis 1]  @ nn/dtf.ts:146:16
//   %38 conv  @ nn/dtf.ts:148:16
// stores %38 conv: %50 irfft reads each element 4 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k2_conv_reshape_concat_slice_params (by value, 200 bytes).

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
struct k2_conv_reshape_concat_slice_params {
  int total;
  int line_s2;
  int line_d2;
  int line_d3;
  int out_s1;
  int out_s2;
  int out_s3;
  int out_d1;
  int conv0_stride0;
  int conv0_pad0;
  int conv0_stride1;
  int conv0_pad1;
  int conv0_cing;
  int reshape1_tabn;
  int reshape1_os1;
  int reshape1_os2;
  int reshape1_is1;
  int reshape1_is2;
  int reshape1_id2;
  int reshape1_is3;
  int reshape1_id3;
  int reshape1_id4;
  int concat2_end0;
  int concat2_off0;
  int concat3_end0;
  int concat3_off0;
  int slice5_start2;
  int slice5_step2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int slice6_start2;
  int slice6_step2;
  int concat2_off1;
  int concat7_end0;
  int in2_s1;
  int in2_s3;
  int in2_s4;
  int concat7_off1;
  int in3_s1;
  int in3_s2;
  int in3_s3;
  int in3_s4;
  int in4_s0;
  int in4_s1;
};

extern "C" __global__ void __launch_bounds__(64) k2_conv_reshape_concat_slice(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k2_conv_reshape_concat_slice_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i2 = gid / p.line_s2 % p.line_d2;
  const int line_i3 = gid % p.line_d3;
  const int start0 = i32_sub(i32_mul(line_i2, p.conv0_stride0), p.conv0_pad0);
  const int start1 = i32_sub(i32_mul(line_i3, p.conv0_stride1), p.conv0_pad1);
  float reshape1_tab[64] = {};
  for (int k = 0; k < p.reshape1_tabn; ++k) {
    const int ii1 = i32_add(i32_add(i32_mul(k, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), start1) / p.reshape1_is1;
    const int ii2 = i32_add(i32_add(i32_mul(k, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), start1) / p.reshape1_is2 % p.reshape1_id2;
    const int ii3 = i32_add(i32_add(i32_mul(k, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), start1) / p.reshape1_is3 % p.reshape1_id3;
    const int ii4 = i32_add(i32_add(i32_mul(k, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), start1) % p.reshape1_id4;
    float part = 0.0f;
    if (ii1 < p.concat2_end0) {
      float part_1 = 0.0f;
      if (ii2 < p.concat3_end0) {
        const float slice5 = in0[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1, p.concat2_off0), p.in0_s1), i32_mul(i32_add(p.slice5_start2, i32_mul(i32_sub(ii2, p.concat3_off0), p.slice5_step2)), p.in0_s2)), i32_mul(ii3, p.in0_s3)), i32_mul(ii4, p.in0_s4))];
        const float add4 = slice5 + in1[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1, p.concat2_off0), p.in1_s1), i32_mul(i32_sub(ii2, p.concat3_off0), p.in1_s2)), i32_mul(ii3, p.in1_s3)), i32_mul(ii4, p.in1_s4))];
        part_1 = add4;
      } else {
        const float slice6 = in0[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1, p.concat2_off0), p.in0_s1), i32_mul(p.slice6_start2, p.in0_s2)), i32_mul(ii3, p.in0_s3)), i32_mul(ii4, p.in0_s4))];
        part_1 = slice6;
      }
      part = part_1;
    } else {
      float part_2 = 0.0f;
      if (ii2 < p.concat7_end0) {
        part_2 = in2[i32_add(i32_add(i32_mul(i32_sub(ii1, p.concat2_off1), p.in2_s1), i32_mul(ii3, p.in2_s3)), i32_mul(ii4, p.in2_s4))];
      } else {
        part_2 = in3[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1, p.concat2_off1), p.in3_s1), i32_mul(i32_sub(ii2, p.concat7_off1), p.in3_s2)), i32_mul(ii3, p.in3_s3)), i32_mul(ii4, p.in3_s4))];
      }
      part = part_2;
    }
    reshape1_tab[k] = part;
  }
  for (int pos = 0; pos < p.out_d1; ++pos) {
    float acc = 0.0f;
    for (int ci = 0; ci < p.conv0_cing; ++ci) {
      acc = acc + reshape1_tab[ci] * in4[i32_add(i32_mul(pos, p.in4_s0), i32_mul(ci, p.in4_s1))];
    }
    out[i32_add(i32_add(i32_mul(pos, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(line_i3, p.out_s3))] = acc;
  }
}
