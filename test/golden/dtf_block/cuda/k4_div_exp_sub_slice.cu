// k4_div_exp_sub_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k4_div_exp_sub_slice: 1 launch(es)
// launch 12: reads 2688 B, writes 1728 B; fuses:
//   %61 concat  @ nn/dtf.ts:123:16
//   %62 concat  @ nn/dtf.ts:123:16
//   %63 slice  @ nn/dtf.ts:110:69
//   %65 sub  @ nn/activations.ts:8:12
//   %66 exp  @ nn/activations.ts:14:15
//   %68 div  @ nn/activations.ts:15:12
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k4_div_exp_sub_slice_params (by value, 120 bytes).

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
struct k4_div_exp_sub_slice_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int slice3_start2;
  int slice3_step2;
  int concat4_end0;
  int concat4_off0;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int concat4_off1;
  int concat5_end0;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int in2_s2;
  int in2_s3;
  int in2_s4;
  int in3_s2;
  int in3_s3;
  int in3_s4;
  int in4_s2;
  int in4_s3;
  int in4_s4;
};

extern "C" __global__ void __launch_bounds__(64) k4_div_exp_sub_slice(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k4_div_exp_sub_slice_params p
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
  float part = 0.0f;
  if (out_i1 < p.concat4_end0) {
    part = in0[i32_add(i32_add(i32_add(i32_mul(i32_sub(out_i1, p.concat4_off0), p.in0_s1), i32_mul(i32_add(p.slice3_start2, i32_mul(out_i2, p.slice3_step2)), p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
  } else {
    float part_1 = 0.0f;
    if (i32_sub(out_i1, p.concat4_off1) < p.concat5_end0) {
      part_1 = in1[i32_add(i32_add(i32_mul(i32_add(p.slice3_start2, i32_mul(out_i2, p.slice3_step2)), p.in1_s2), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
    } else {
      part_1 = in2[i32_add(i32_add(i32_mul(i32_add(p.slice3_start2, i32_mul(out_i2, p.slice3_step2)), p.in2_s2), i32_mul(out_i3, p.in2_s3)), i32_mul(out_i4, p.in2_s4))];
    }
    part = part_1;
  }
  const float sub2 = part - in3[i32_add(i32_add(i32_mul(out_i2, p.in3_s2), i32_mul(out_i3, p.in3_s3)), i32_mul(out_i4, p.in3_s4))];
  const float exp1 = expf(sub2);
  const float div0 = exp1 / in4[i32_add(i32_add(i32_mul(out_i2, p.in4_s2), i32_mul(out_i3, p.in4_s3)), i32_mul(out_i4, p.in4_s4))];
  out[gid] = div0;
}
