// k1_scatter_add_relu_mul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k1_scatter_add_relu_mul: 1 launch(es)
// launch 1: reads 80 B, writes 24 B; fuses:
//   %3 mul  @ test/fixtures/golden/scatter_chain.ts:9:56
//   %4 relu  @ test/fixtures/golden/scatter_chain.ts:9:39
//   %5 scatter_add  @ test/fixtures/golden/scatter_chain.ts:9:15
// stores %5 scatter_add: summed atomically by a kernel over its sources (the atomic scatter strategy), read back from memory (rule 8)
//
// Mapping: flat, one thread per source element, 64 threads per block, adding into the zero-filled output with atomicAdd.
// Arguments: in0, in1, out, k1_scatter_add_relu_mul_params (by value, 40 bytes), status.

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
struct k1_scatter_add_relu_mul_params {
  int total;
  int src_s0;
  int src_d1;
  int out_s0;
  int out_s1;
  int in1_s0;
  int in1_s1;
  int scatter_add0_size;
  int in0_s0;
  int in0_s1;
};

extern "C" __global__ void __launch_bounds__(64) k1_scatter_add_relu_mul(
    const float* __restrict__ in0,
    const int* __restrict__ in1,
    float* __restrict__ out,
    const k1_scatter_add_relu_mul_params p,
    unsigned int* __restrict__ status
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int src_i0 = gid / p.src_s0;
  const int src_i1 = gid % p.src_d1;
  const int j = in1[i32_add(i32_mul(src_i0, p.in1_s0), i32_mul(src_i1, p.in1_s1))];
  if ((j < 0) || (j >= p.scatter_add0_size)) {
    atomicMax(status, 1u); // trap (indexOutOfRange): reported by the runtime after the launch
  } else {
    const float mul2 = in0[i32_add(i32_mul(src_i0, p.in0_s0), i32_mul(src_i1, p.in0_s1))] * 2.0f;
    const float relu1 = mul2 < 0.0f ? 0.0f : mul2;
    atomicAdd(&out[i32_add(i32_mul(src_i0, p.out_s0), i32_mul(j, p.out_s1))], relu1);
  }
}
