// k2_rfft_concat_slice_add: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_rfft_concat_slice_add: 1 launch(es)
// launch 2: reads 1792 B, writes 1536 B; fuses:
//   %29 slice  @ nn/dtf.ts:113:51
//   %30 add  @ nn/dtf.ts:137:22
//   %31 slice  @ nn/dtf.ts:113:51
//   %32 concat  @ nn/dtf.ts:137:12
//   %34 rfft  @ nn/dtf.ts:142:18
// stores %34 rfft: %55 matmul reads each element 4 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k2_rfft_concat_slice_add_params (by value, 96 bytes).

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
struct k2_rfft_concat_slice_add_params {
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
  int concat1_end0;
  int concat1_off0;
  int slice3_start2;
  int slice3_step2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int slice4_start2;
  int slice4_step2;
};

extern "C" __global__ void __launch_bounds__(64) k2_rfft_concat_slice_add(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float2* __restrict__ out,
    const k2_rfft_concat_slice_add_params p
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
  float part = 0.0f;
  if (0 < p.concat1_end0) {
    const float slice3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(i32_add(p.slice3_start2, i32_mul(i32_sub(0, p.concat1_off0), p.slice3_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    const float add2 = slice3 + in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s1), i32_mul(i32_sub(0, p.concat1_off0), p.in1_s2)), i32_mul(line_i3, p.in1_s3)), i32_mul(line_i4, p.in1_s4))];
    part = add2;
  } else {
    const float slice4 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(p.slice4_start2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    part = slice4;
  }
  float part_1 = 0.0f;
  if (1 < p.concat1_end0) {
    const float slice3_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(i32_add(p.slice3_start2, i32_mul(i32_sub(1, p.concat1_off0), p.slice3_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    const float add2_1 = slice3_1 + in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s1), i32_mul(i32_sub(1, p.concat1_off0), p.in1_s2)), i32_mul(line_i3, p.in1_s3)), i32_mul(line_i4, p.in1_s4))];
    part_1 = add2_1;
  } else {
    const float slice4_1 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(p.slice4_start2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    part_1 = slice4_1;
  }
  float part_2 = 0.0f;
  if (2 < p.concat1_end0) {
    const float slice3_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(i32_add(p.slice3_start2, i32_mul(i32_sub(2, p.concat1_off0), p.slice3_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    const float add2_2 = slice3_2 + in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s1), i32_mul(i32_sub(2, p.concat1_off0), p.in1_s2)), i32_mul(line_i3, p.in1_s3)), i32_mul(line_i4, p.in1_s4))];
    part_2 = add2_2;
  } else {
    const float slice4_2 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(p.slice4_start2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    part_2 = slice4_2;
  }
  float part_3 = 0.0f;
  if (3 < p.concat1_end0) {
    const float slice3_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(i32_add(p.slice3_start2, i32_mul(i32_sub(3, p.concat1_off0), p.slice3_step2)), p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    const float add2_3 = slice3_3 + in1[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in1_s1), i32_mul(i32_sub(3, p.concat1_off0), p.in1_s2)), i32_mul(line_i3, p.in1_s3)), i32_mul(line_i4, p.in1_s4))];
    part_3 = add2_3;
  } else {
    const float slice4_3 = in0[i32_add(i32_add(i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(p.slice4_start2, p.in0_s2)), i32_mul(line_i3, p.in0_s3)), i32_mul(line_i4, p.in0_s4))];
    part_3 = slice4_3;
  }
  const float rfft0_v = part + part_2;
  const float rfft0_v_1 = part_1 + part_3;
  const float2 rfft0 = make_float2((rfft0_v + rfft0_v_1) * 0.5f, 0.0f);
  out[i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = rfft0;
  const float2 rfft0_1 = make_float2((part - part_2) * 0.5f, -(part_1 - part_3) * 0.5f);
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), p.out_s2), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = rfft0_1;
  const float2 rfft0_2 = make_float2((rfft0_v - rfft0_v_1) * 0.5f, 0.0f);
  out[i32_add(i32_add(i32_add(i32_mul(line_i1, p.out_s1), i32_mul(2, p.out_s2)), i32_mul(line_i3, p.out_s3)), i32_mul(line_i4, p.out_s4))] = rfft0_2;
}
