// k3_conv_reshape_concat_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_conv_reshape_concat_slice: 1 launch(es)
// launch 3: reads 5344 B, writes 384 B; fuses:
//   %29 slice  @ nn/dtf.ts:113:51
//   %30 add  @ nn/dtf.ts:137:22
//   %31 slice  @ nn/dtf.ts:113:51
//   %32 concat  @ nn/dtf.ts:137:12
//   %33 concat  @ nn/dtf.ts:138:12
//   %35 concat  @ nn/dtf.ts:146:26
//   %36 reshape  @ nn/dtf.ts:146:16
//   %38 conv  @ nn/dtf.ts:148:16
// stores %38 conv: %55 matmul reads each element 4 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k3_conv_reshape_concat_slice_params (by value, 184 bytes).

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
struct k3_conv_reshape_concat_slice_params {
  int total;
  int line_s1;
  int line_d1;
  int line_d2;
  int out_s1;
  int out_s2;
  int out_s3;
  int conv0_stride0;
  int conv0_pad0;
  int conv0_cing;
  int in4_s0;
  int in4_s1;
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
};

extern "C" __global__ void __launch_bounds__(64) k3_conv_reshape_concat_slice(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k3_conv_reshape_concat_slice_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i1 = gid / p.line_s1 % p.line_d1;
  const int line_i2 = gid % p.line_d2;
  float acc = 0.0f;
  float acc_1 = 0.0f;
  float acc_2 = 0.0f;
  float acc_3 = 0.0f;
  const int start0 = i32_sub(i32_mul(line_i2, p.conv0_stride0), p.conv0_pad0);
  for (int ci = 0; ci < p.conv0_cing; ++ci) {
    const float w = in4[i32_add(i32_mul(line_i1, p.in4_s0), i32_mul(ci, p.in4_s1))];
    const int ii1 = i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)) / p.reshape1_is1;
    const int ii2 = i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)) / p.reshape1_is2 % p.reshape1_id2;
    const int ii3 = i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)) / p.reshape1_is3 % p.reshape1_id3;
    const int ii4 = i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)) % p.reshape1_id4;
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
    acc = acc + part * w;
    const int ii1_1 = i32_add(i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), 1) / p.reshape1_is1;
    const int ii2_1 = i32_add(i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), 1) / p.reshape1_is2 % p.reshape1_id2;
    const int ii3_1 = i32_add(i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), 1) / p.reshape1_is3 % p.reshape1_id3;
    const int ii4_1 = i32_add(i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), 1) % p.reshape1_id4;
    float part_3 = 0.0f;
    if (ii1_1 < p.concat2_end0) {
      float part_4 = 0.0f;
      if (ii2_1 < p.concat3_end0) {
        const float slice5_1 = in0[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1_1, p.concat2_off0), p.in0_s1), i32_mul(i32_add(p.slice5_start2, i32_mul(i32_sub(ii2_1, p.concat3_off0), p.slice5_step2)), p.in0_s2)), i32_mul(ii3_1, p.in0_s3)), i32_mul(ii4_1, p.in0_s4))];
        const float add4_1 = slice5_1 + in1[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1_1, p.concat2_off0), p.in1_s1), i32_mul(i32_sub(ii2_1, p.concat3_off0), p.in1_s2)), i32_mul(ii3_1, p.in1_s3)), i32_mul(ii4_1, p.in1_s4))];
        part_4 = add4_1;
      } else {
        const float slice6_1 = in0[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1_1, p.concat2_off0), p.in0_s1), i32_mul(p.slice6_start2, p.in0_s2)), i32_mul(ii3_1, p.in0_s3)), i32_mul(ii4_1, p.in0_s4))];
        part_4 = slice6_1;
      }
      part_3 = part_4;
    } else {
      float part_5 = 0.0f;
      if (ii2_1 < p.concat7_end0) {
        part_5 = in2[i32_add(i32_add(i32_mul(i32_sub(ii1_1, p.concat2_off1), p.in2_s1), i32_mul(ii3_1, p.in2_s3)), i32_mul(ii4_1, p.in2_s4))];
      } else {
        part_5 = in3[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1_1, p.concat2_off1), p.in3_s1), i32_mul(i32_sub(ii2_1, p.concat7_off1), p.in3_s2)), i32_mul(ii3_1, p.in3_s3)), i32_mul(ii4_1, p.in3_s4))];
      }
      part_3 = part_5;
    }
    acc_1 = acc_1 + part_3 * w;
    const int ii1_2 = i32_add(i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), 2) / p.reshape1_is1;
    const int ii2_2 = i32_add(i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), 2) / p.reshape1_is2 % p.reshape1_id2;
    const int ii3_2 = i32_add(i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), 2) / p.reshape1_is3 % p.reshape1_id3;
    const int ii4_2 = i32_add(i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), 2) % p.reshape1_id4;
    float part_6 = 0.0f;
    if (ii1_2 < p.concat2_end0) {
      float part_7 = 0.0f;
      if (ii2_2 < p.concat3_end0) {
        const float slice5_2 = in0[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1_2, p.concat2_off0), p.in0_s1), i32_mul(i32_add(p.slice5_start2, i32_mul(i32_sub(ii2_2, p.concat3_off0), p.slice5_step2)), p.in0_s2)), i32_mul(ii3_2, p.in0_s3)), i32_mul(ii4_2, p.in0_s4))];
        const float add4_2 = slice5_2 + in1[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1_2, p.concat2_off0), p.in1_s1), i32_mul(i32_sub(ii2_2, p.concat3_off0), p.in1_s2)), i32_mul(ii3_2, p.in1_s3)), i32_mul(ii4_2, p.in1_s4))];
        part_7 = add4_2;
      } else {
        const float slice6_2 = in0[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1_2, p.concat2_off0), p.in0_s1), i32_mul(p.slice6_start2, p.in0_s2)), i32_mul(ii3_2, p.in0_s3)), i32_mul(ii4_2, p.in0_s4))];
        part_7 = slice6_2;
      }
      part_6 = part_7;
    } else {
      float part_8 = 0.0f;
      if (ii2_2 < p.concat7_end0) {
        part_8 = in2[i32_add(i32_add(i32_mul(i32_sub(ii1_2, p.concat2_off1), p.in2_s1), i32_mul(ii3_2, p.in2_s3)), i32_mul(ii4_2, p.in2_s4))];
      } else {
        part_8 = in3[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1_2, p.concat2_off1), p.in3_s1), i32_mul(i32_sub(ii2_2, p.concat7_off1), p.in3_s2)), i32_mul(ii3_2, p.in3_s3)), i32_mul(ii4_2, p.in3_s4))];
      }
      part_6 = part_8;
    }
    acc_2 = acc_2 + part_6 * w;
    const int ii1_3 = i32_add(i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), 3) / p.reshape1_is1;
    const int ii2_3 = i32_add(i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), 3) / p.reshape1_is2 % p.reshape1_id2;
    const int ii3_3 = i32_add(i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), 3) / p.reshape1_is3 % p.reshape1_id3;
    const int ii4_3 = i32_add(i32_add(i32_mul(ci, p.reshape1_os1), i32_mul(start0, p.reshape1_os2)), 3) % p.reshape1_id4;
    float part_9 = 0.0f;
    if (ii1_3 < p.concat2_end0) {
      float part_10 = 0.0f;
      if (ii2_3 < p.concat3_end0) {
        const float slice5_3 = in0[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1_3, p.concat2_off0), p.in0_s1), i32_mul(i32_add(p.slice5_start2, i32_mul(i32_sub(ii2_3, p.concat3_off0), p.slice5_step2)), p.in0_s2)), i32_mul(ii3_3, p.in0_s3)), i32_mul(ii4_3, p.in0_s4))];
        const float add4_3 = slice5_3 + in1[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1_3, p.concat2_off0), p.in1_s1), i32_mul(i32_sub(ii2_3, p.concat3_off0), p.in1_s2)), i32_mul(ii3_3, p.in1_s3)), i32_mul(ii4_3, p.in1_s4))];
        part_10 = add4_3;
      } else {
        const float slice6_3 = in0[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1_3, p.concat2_off0), p.in0_s1), i32_mul(p.slice6_start2, p.in0_s2)), i32_mul(ii3_3, p.in0_s3)), i32_mul(ii4_3, p.in0_s4))];
        part_10 = slice6_3;
      }
      part_9 = part_10;
    } else {
      float part_11 = 0.0f;
      if (ii2_3 < p.concat7_end0) {
        part_11 = in2[i32_add(i32_add(i32_mul(i32_sub(ii1_3, p.concat2_off1), p.in2_s1), i32_mul(ii3_3, p.in2_s3)), i32_mul(ii4_3, p.in2_s4))];
      } else {
        part_11 = in3[i32_add(i32_add(i32_add(i32_mul(i32_sub(ii1_3, p.concat2_off1), p.in3_s1), i32_mul(i32_sub(ii2_3, p.concat7_off1), p.in3_s2)), i32_mul(ii3_3, p.in3_s3)), i32_mul(ii4_3, p.in3_s4))];
      }
      part_9 = part_11;
    }
    acc_3 = acc_3 + part_9 * w;
  }
  out[i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2))] = acc;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), p.out_s3)] = acc_1;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(2, p.out_s3))] = acc_2;
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i2, p.out_s2)), i32_mul(3, p.out_s3))] = acc_3;
}
