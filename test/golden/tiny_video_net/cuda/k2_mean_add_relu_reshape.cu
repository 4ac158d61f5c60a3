// k2_mean_add_relu_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k2_mean_add_relu_reshape: 1 launch(es)
// launch 2: reads 131104 B, writes 32 B; fuses:
//   %4 reshape  @ examples/tiny_video_net.ts:26:65
//   %5 add  @ examples/tiny_video_net.ts:26:21
//   %6 relu  @ examples/tiny_video_net.ts:26:14
//   %15 add  @ examples/tiny_video_net.ts:38:29
//   %16 mean  @ examples/tiny_video_net.ts:38:22
// stores %16 mean: %20 matmul reads each element 10 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: group, one block of 256 threads per workgroup (cooperative reduction in shared memory).
// Arguments: in0, in1, in2, out, k2_mean_add_relu_reshape_params (by value, 64 bytes).

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
struct k2_mean_add_relu_reshape_params {
  int total;
  int out_d1;
  int mean0_n;
  int mean0_rs0;
  int mean0_rs1;
  int mean0_rd1;
  int mean0_rd2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s0;
  int in2_s1;
  int in2_s2;
  int in2_s3;
  int in2_s4;
};

extern "C" __global__ void __launch_bounds__(256) k2_mean_add_relu_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    float* __restrict__ out,
    const k2_mean_add_relu_reshape_params p
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
  const int out_i1 = wid % p.out_d1;
  float acc = 0.0f;
  const float reshape4 = in1[i32_mul(out_i1, p.in1_s0)];
  for (int r = lid; r < p.mean0_n; r += 256) {
    const int ri0 = r / p.mean0_rs0;
    const int ri1 = r / p.mean0_rs1 % p.mean0_rd1;
    const int ri2 = r % p.mean0_rd2;
    const float add3 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(ri0, p.in0_s2)), i32_mul(ri1, p.in0_s3)), i32_mul(ri2, p.in0_s4))] + reshape4;
    const float relu2 = add3 < 0.0f ? 0.0f : add3;
    const float add1 = relu2 + in2[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in2_s1), i32_mul(ri0, p.in2_s2)), i32_mul(ri1, p.in2_s3)), i32_mul(ri2, p.in2_s4))];
    acc = acc + add1;
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
  const float mean0 = reduced / (float)p.mean0_n;
  if (lid == 0) {
    out[wid] = mean0;
  }
}
