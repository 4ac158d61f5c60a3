// k5_matmul_permute_sub_relu: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k5_matmul_permute_sub_relu: 1 launch(es)
// launch 5: reads 88 B, writes 64 B; fuses:
//   %17 add  @ nn/linear.ts:37:19
//   %18 neg  @ nn/sgs.ts:284:21
//   %19 maximum  @ nn/sgs.ts:285:17
//   %20 relu  @ nn/sgs.ts:285:42
//   %21 sub  @ nn/sgs.ts:285:11
//   %23 sub [register table along axis 2]  @ nn/sgs.ts:290:12
//   %24 permute  @ nn/linear.ts:32:16
//   %25 matmul  @ nn/linear.ts:36:9
// stores %25 matmul: %35 sum reads it inside its own loop, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k5_matmul_permute_sub_relu_params (by value, 56 bytes).

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
#ifndef TEMPOFUSE_CUDA_F32_MAX_NAN
#define TEMPOFUSE_CUDA_F32_MAX_NAN
// max that propagates NaN (fmaxf returns the other operand when one is NaN).
static __device__ __forceinline__ float f32_max_nan(float a, float b) {
  return (isnan(a) || isnan(b)) ? __int_as_float(0x7fc00000) : fmaxf(a, b);
}
#endif

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k5_matmul_permute_sub_relu_params {
  int total;
  int line_d1;
  int out_s1;
  int out_s2;
  int out_d2;
  int matmul0_k;
  int sub1_tabn;
  int in0_s1;
  int in0_s2;
  int in1_s2;
  int in2_s0;
  int in3_s2;
  int in4_s0;
  int in4_s1;
};

extern "C" __global__ void __launch_bounds__(64) k5_matmul_permute_sub_relu(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k5_matmul_permute_sub_relu_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i1 = gid % p.line_d1;
  float sub1_tab[2] = {};
  for (int k = 0; k < p.sub1_tabn; ++k) {
    const float add5 = in1[i32_mul(k, p.in1_s2)] + in2[i32_mul(k, p.in2_s0)];
    const float neg4 = -add5;
    const float maximum3 = f32_max_nan(in0[i32_add(i32_mul(line_i1, p.in0_s1), i32_mul(k, p.in0_s2))], neg4);
    const float relu6 = neg4 < 0.0f ? 0.0f : neg4;
    const float sub2 = maximum3 - relu6;
    const float sub1 = sub2 - in3[i32_mul(k, p.in3_s2)];
    sub1_tab[k] = sub1;
  }
  for (int pos = 0; pos < p.out_d2; ++pos) {
    float acc = 0.0f;
    for (int r = 0; r < p.matmul0_k; ++r) {
      const float permute7 = in4[i32_add(i32_mul(pos, p.in4_s0), i32_mul(r, p.in4_s1))];
      acc = acc + sub1_tab[r] * permute7;
    }
    out[i32_add(i32_mul(line_i1, p.out_s1), i32_mul(pos, p.out_s2))] = acc;
  }
}
