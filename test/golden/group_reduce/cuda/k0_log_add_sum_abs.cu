// k0_log_add_sum_abs: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_log_add_sum_abs: 1 launch(es)
// launch 0: reads 32768 B, writes 12 B; fuses:
//   %2 mul  @ test/fixtures/golden/group_reduce.ts:9:27
//   %3 abs  @ test/fixtures/golden/group_reduce.ts:9:21
//   %4 sum  @ test/fixtures/golden/group_reduce.ts:9:15
//   %6 add  @ test/fixtures/golden/group_reduce.ts:10:28
//   %7 log  @ test/fixtures/golden/group_reduce.ts:10:22
// stores %7 log: a graph output
//
// Mapping: group, one block of 256 threads per workgroup (cooperative reduction in shared memory).
// Arguments: in0, in1, out, k0_log_add_sum_abs_params (by value, 20 bytes).

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
struct k0_log_add_sum_abs_params {
  int total;
  int sum2_n;
  int in0_s0;
  int in0_s1;
  int in1_s0;
};

extern "C" __global__ void __launch_bounds__(256) k0_log_add_sum_abs(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k0_log_add_sum_abs_params p
) {
  // one block per workgroup of the domain; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int wid_u = blockIdx.y * gridDim.x + blockIdx.x;
  if (wid_u >= (unsigned int)p.total) {
    return; // uniform per block: surplus blocks leave before any barrier
  }
  const int wid = (int)wid_u;
  const int lid = (int)threadIdx.x;
  const int lane = (int)(threadIdx.x & 31u); // the thread's lane in its warp
  __shared__ float partial[256];
  float acc = 0.0f;
  for (int r = lid; r < p.sum2_n; r += 256) {
    const float mul4 = in0[i32_add(i32_mul(wid, p.in0_s0), i32_mul(r, p.in0_s1))] * in1[i32_mul(r, p.in1_s0)];
    const float abs3 = fabsf(mul4);
    acc = acc + abs3;
  }
  // reduced: the block's partials combined in tree order, the last levels across a warp's 32 lanes
  partial[lid] = acc;
  __syncthreads();
  if (lid < 128) {
    const float lhs = partial[lid];
    const float rhs = partial[lid + 128];
    partial[lid] = lhs + rhs;
  }
  __syncthreads();
  if (lid < 64) {
    const float lhs = partial[lid];
    const float rhs = partial[lid + 64];
    partial[lid] = lhs + rhs;
  }
  __syncthreads();
  if (lid < 32) {
    const float lhs = partial[lid];
    const float rhs = partial[lid + 32];
    partial[lid] = lhs + rhs;
  }
  __syncthreads();
  float reduced = partial[lane];
  {
    const float lhs = reduced;
    const float rhs = __shfl_xor_sync(0xffffffffu, reduced, 16);
    reduced = lhs + rhs;
  }
  {
    const float lhs = reduced;
    const float rhs = __shfl_xor_sync(0xffffffffu, reduced, 8);
    reduced = lhs + rhs;
  }
  {
    const float lhs = reduced;
    const float rhs = __shfl_xor_sync(0xffffffffu, reduced, 4);
    reduced = lhs + rhs;
  }
  {
    const float lhs = reduced;
    const float rhs = __shfl_xor_sync(0xffffffffu, reduced, 2);
    reduced = lhs + rhs;
  }
  {
    const float lhs = reduced;
    const float rhs = __shfl_xor_sync(0xffffffffu, reduced, 1);
    reduced = lhs + rhs;
  }
  const float add1 = reduced + 1.0f;
  const float log0 = logf(add1);
  if (lid == 0) {
    out[wid] = log0;
  }
}
