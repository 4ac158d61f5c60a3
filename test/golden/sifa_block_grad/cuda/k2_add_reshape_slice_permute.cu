// k2_add_reshape_slice_permute: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_add_reshape_slice_permute: 1 launch(es)
// launch 2: reads 3744 B, writes 3456 B; fuses:
//   %10 permute  @ nn/sifa.ts:131:46
//   %11 reshape  @ nn/sifa.ts:132:25
//   %12 slice  @ nn/sifa.ts:133:55
//   %13 reshape  @ nn/sifa.ts:133:45
//   %15 add  @ nn/sifa.ts:141:16
//   %16 slice  @ nn/sifa.ts:133:55
//   %17 reshape  @ nn/sifa.ts:133:45
//   %19 add [also written, at the same index as the root (a sibling kernel merged, rule 9)]  @ nn/sifa.ts:142:16
// stores %15 add: read by 5 kernels (of %32 sum, %38 add, %53 sum, %58 bilinear_splat, %101 add): cheaper to store once than to recompute in each
// stores %19 add: read by 5 kernels (of %32 sum, %38 add, %53 sum, %58 bilinear_splat, %101 add): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, out1, k2_add_reshape_slice_permute_params (by value, 116 bytes).

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
struct k2_add_reshape_slice_permute_params {
  int total;
  int out_s0;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_d3;
  int slice2_start2;
  int slice2_step2;
  int reshape3_os0;
  int reshape3_os1;
  int reshape3_os2;
  int reshape3_os3;
  int reshape3_is1;
  int reshape3_is2;
  int reshape3_id2;
  int reshape3_is3;
  int reshape3_id3;
  int reshape3_id4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s0;
  int in1_s1;
  int slice7_start2;
  int slice7_step2;
  int in2_s0;
  int in2_s2;
};

extern "C" __global__ void __launch_bounds__(64) k2_add_reshape_slice_permute(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    float* __restrict__ out1,
    const k2_add_reshape_slice_permute_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid % p.out_d3;
  const int ii1 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i0, p.reshape3_os0), i32_mul(out_i1, p.reshape3_os1)), i32_mul(p.slice2_start2, p.reshape3_os2)), i32_mul(out_i2, p.reshape3_os3)), out_i3) / p.reshape3_is1;
  const int ii2 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i0, p.reshape3_os0), i32_mul(out_i1, p.reshape3_os1)), i32_mul(p.slice2_start2, p.reshape3_os2)), i32_mul(out_i2, p.reshape3_os3)), out_i3) / p.reshape3_is2 % p.reshape3_id2;
  const int ii3 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i0, p.reshape3_os0), i32_mul(out_i1, p.reshape3_os1)), i32_mul(p.slice2_start2, p.reshape3_os2)), i32_mul(out_i2, p.reshape3_os3)), out_i3) / p.reshape3_is3 % p.reshape3_id3;
  const int ii4 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i0, p.reshape3_os0), i32_mul(out_i1, p.reshape3_os1)), i32_mul(p.slice2_start2, p.reshape3_os2)), i32_mul(out_i2, p.reshape3_os3)), out_i3) % p.reshape3_id4;
  const float permute4 = in0[i32_add(i32_add(i32_add(i32_mul(ii2, p.in0_s1), i32_mul(ii1, p.in0_s2)), i32_mul(ii3, p.in0_s3)), i32_mul(ii4, p.in0_s4))];
  const float add0 = permute4 + in1[i32_add(i32_mul(out_i1, p.in1_s0), i32_mul(out_i2, p.in1_s1))];
  out[gid] = add0;
  const int ii1_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i0, p.reshape3_os0), i32_mul(out_i1, p.reshape3_os1)), i32_mul(p.slice7_start2, p.reshape3_os2)), i32_mul(out_i2, p.reshape3_os3)), out_i3) / p.reshape3_is1;
  const int ii2_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i0, p.reshape3_os0), i32_mul(out_i1, p.reshape3_os1)), i32_mul(p.slice7_start2, p.reshape3_os2)), i32_mul(out_i2, p.reshape3_os3)), out_i3) / p.reshape3_is2 % p.reshape3_id2;
  const int ii3_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i0, p.reshape3_os0), i32_mul(out_i1, p.reshape3_os1)), i32_mul(p.slice7_start2, p.reshape3_os2)), i32_mul(out_i2, p.reshape3_os3)), out_i3) / p.reshape3_is3 % p.reshape3_id3;
  const int ii4_1 = i32_add(i32_add(i32_add(i32_add(i32_mul(out_i0, p.reshape3_os0), i32_mul(out_i1, p.reshape3_os1)), i32_mul(p.slice7_start2, p.reshape3_os2)), i32_mul(out_i2, p.reshape3_os3)), out_i3) % p.reshape3_id4;
  const float permute4_1 = in0[i32_add(i32_add(i32_add(i32_mul(ii2_1, p.in0_s1), i32_mul(ii1_1, p.in0_s2)), i32_mul(ii3_1, p.in0_s3)), i32_mul(ii4_1, p.in0_s4))];
  const float add5 = permute4_1 + in2[i32_add(i32_mul(out_i1, p.in2_s0), i32_mul(out_i3, p.in2_s2))];
  out1[gid] = add5;
}
