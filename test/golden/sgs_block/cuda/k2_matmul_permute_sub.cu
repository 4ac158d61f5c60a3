// k2_matmul_permute_sub: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_matmul_permute_sub: 1 launch(es)
// launch 2: reads 112 B, writes 32 B; fuses:
//   %10 permute  @ nn/sgs.ts:191:17
//   %12 sub  @ nn/sgs.ts:280:34
//   %13 permute  @ nn/linear.ts:32:16
//   %14 matmul  @ nn/linear.ts:36:9
// stores %14 matmul: read by 2 kernels (of %22 mean, %25 matmul): cheaper to store once than to recompute in each
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k2_matmul_permute_sub_params (by value, 40 bytes).

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
struct k2_matmul_permute_sub_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int matmul0_k;
  int in0_s1;
  int in0_s2;
  int in1_s2;
  int in2_s0;
  int in2_s1;
};

extern "C" __global__ void __launch_bounds__(64) k2_matmul_permute_sub(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k2_matmul_permute_sub_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i1 = gid / p.out_s1 % p.out_d1;
  const int out_i2 = gid % p.out_d2;
  float acc = 0.0f;
  for (int r = 0; r < p.matmul0_k; ++r) {
    const float permute2 = in0[i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i1, p.in0_s2))];
    const float sub1 = permute2 - in1[i32_mul(r, p.in1_s2)];
    const float permute3 = in2[i32_add(i32_mul(out_i2, p.in2_s0), i32_mul(r, p.in2_s1))];
    acc = acc + sub1 * permute3;
  }
  out[gid] = acc;
}
