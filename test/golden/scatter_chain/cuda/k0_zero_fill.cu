// k0_zero_fill: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_zero_fill: 1 launch(es)
// launch 0: reads 0 B, writes 24 B; fuses:
//   %5 scatter_add [zero-filled for the atomic scatter that follows]  @ test/fixtures/golden/scatter_chain.ts:9:15
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: out, k0_zero_fill_params (by value, 4 bytes).

// Uniforms of one launch, passed by value: sizes, strides and attribute numbers (one int each, in order).
struct k0_zero_fill_params {
  int total;
};

extern "C" __global__ void __launch_bounds__(64) k0_zero_fill(
    float* __restrict__ out,
    const k0_zero_fill_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  out[gid] = 0.0f;
}
