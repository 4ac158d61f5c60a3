// k0_add_sqrt_mean_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_add_sqrt_mean_mul: 1 launch(es)
// launch 0: reads 3120 B, writes 96 B; fuses:
//   %2 sub  @ test/fixtures/golden/reduce_fused.ts:9:15
//   %3 mul  @ test/fixtures/golden/reduce_fused.ts:10:23
//   %4 mean  @ test/fixtures/golden/reduce_fused.ts:10:16
//   %7 add  @ test/fixtures/golden/reduce_fused.ts:12:32
//   %8 sqrt  @ test/fixtures/golden/reduce_fused.ts:12:25
//   %9 add  @ test/fixtures/golden/reduce_fused.ts:12:19
// stores %9 add: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k0_add_sqrt_mean_mul_params (by value, 36 bytes).

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
struct k0_add_sqrt_mean_mul_params {
  int total;
  int out_s0;
  int out_d1;
  int mean3_n;
  int in0_s0;
  int in0_s1;
  int in0_s2;
  int in1_s0;
  int in2_s0;
};

extern "C" __global__ void __launch_bounds__(64) k0_add_sqrt_mean_mul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k0_add_sqrt_mean_mul_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i0 = gid / p.out_s0;
  const int out_i1 = gid % p.out_d1;
  float acc = 0.0f;
  for (int r = 0; r < p.mean3_n; ++r) {
    const float sub5 = in0[i32_add(i32_add(i32_mul(out_i0, p.in0_s0), i32_mul(out_i1, p.in0_s1)), i32_mul(r, p.in0_s2))] - in1[i32_mul(out_i1, p.in1_s0)];
    const float mul4 = sub5 * sub5;
    acc = acc + mul4;
  }
  const float mean3 = acc / (float)p.mean3_n;
  const float add2 = mean3 + 0.00001f;
  const float sqrt1 = sqrtf(add2);
  const float add0 = sqrt1 + in2[i32_mul(out_i1, p.in2_s0)];
  out[gid] = add0;
}
