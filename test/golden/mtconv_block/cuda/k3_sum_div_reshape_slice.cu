// k3_sum_div_reshape_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_sum_div_reshape_slice: 2 launch(es)
// launch 3: reads 896 B, writes 112 B; fuses:
//   %36 slice  @ nn/softpool.ts:61:50
//   %37 reshape  @ nn/softpool.ts:61:40
//   %38 slice  @ nn/softpool.ts:61:50
//   %39 reshape  @ nn/softpool.ts:61:40
//   %40 div  @ nn/softpool.ts:62:12
//   %41 sum  @ nn/cossim.ts:57:52
// launch 10: reads 512 B, writes 64 B; fuses:
//   %103 slice  @ nn/softpool.ts:61:50
//   %104 reshape  @ nn/softpool.ts:61:40
//   %105 slice  @ nn/softpool.ts:61:50
//   %106 reshape  @ nn/softpool.ts:61:40
//   %107 div  @ nn/softpool.ts:62:12
//   %108 sum  @ nn/cossim.ts:57:52
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, out, k3_sum_div_reshape_slice_params (by value, 64 bytes).

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
struct k3_sum_div_reshape_slice_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int sum0_n;
  int sum0_rs0;
  int sum0_rd1;
  int slice3_start3;
  int slice3_step3;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in0_s5;
  int slice5_start3;
  int slice5_step3;
};

extern "C" __global__ void __launch_bounds__(64) k3_sum_div_reshape_slice(
    const float* __restrict__ in0,
    float* __restrict__ out,
    const k3_sum_div_reshape_slice_params p
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
  for (int r = 0; r < p.sum0_n; ++r) {
    const int ri0 = r / p.sum0_rs0;
    const int ri1 = r % p.sum0_rd1;
    const float slice3 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(p.slice3_start3, p.in0_s3)), i32_mul(ri0, p.in0_s4)), i32_mul(ri1, p.in0_s5))];
    const float slice5 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(p.slice5_start3, p.in0_s3)), i32_mul(ri0, p.in0_s4)), i32_mul(ri1, p.in0_s5))];
    const float div1 = slice3 / slice5;
    acc = acc + div1;
  }
  out[gid] = acc;
}
