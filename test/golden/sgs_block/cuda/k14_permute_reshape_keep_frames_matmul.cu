// k14_permute_reshape_keep_frames_matmul: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k14_permute_reshape_keep_frames_matmul: 1 launch(es)
// launch 14: reads 1092 B, writes 1024 B; fuses:
//   %69 permute  @ nn/sgs.ts:254:30
//   %70 reshape  @ nn/sgs.ts:254:20
//   %71 matmul  @ nn/sgs.ts:256:29
//   %72 keep_frames  @ nn/sgs.ts:256:15
//   %73 reshape  @ nn/sgs.ts:257:25
//   %74 permute  @ nn/sgs.ts:257:15
// stores %74 permute: a graph output
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, out, k14_permute_reshape_keep_frames_matmul_params (by value, 108 bytes).

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
struct k14_permute_reshape_keep_frames_matmul_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int reshape1_os1;
  int reshape1_os2;
  int reshape1_os3;
  int reshape1_is1;
  int reshape1_id2;
  int matmul3_k;
  int in0_s1;
  int in0_s2;
  int reshape4_os1;
  int reshape4_is1;
  int reshape4_is2;
  int reshape4_id2;
  int reshape4_is3;
  int reshape4_id3;
  int reshape4_id4;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
};

extern "C" __global__ void __launch_bounds__(64) k14_permute_reshape_keep_frames_matmul(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const int* __restrict__ in2,
    float* __restrict__ out,
    const k14_permute_reshape_keep_frames_matmul_params p
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
  const int ii1 = i32_add(i32_add(i32_add(i32_mul(out_i2, p.reshape1_os1), i32_mul(out_i1, p.reshape1_os2)), i32_mul(out_i3, p.reshape1_os3)), out_i4) / p.reshape1_is1;
  const int ii2 = i32_add(i32_add(i32_add(i32_mul(out_i2, p.reshape1_os1), i32_mul(out_i1, p.reshape1_os2)), i32_mul(out_i3, p.reshape1_os3)), out_i4) % p.reshape1_id2;
  const int length = in2[0];
  float kept = 0.0f;
  if (ii1 < length) {
    float acc = 0.0f;
    for (int r = 0; r < p.matmul3_k; ++r) {
      const int ii1_1 = i32_add(i32_mul(r, p.reshape4_os1), ii2) / p.reshape4_is1;
      const int ii2_1 = i32_add(i32_mul(r, p.reshape4_os1), ii2) / p.reshape4_is2 % p.reshape4_id2;
      const int ii3 = i32_add(i32_mul(r, p.reshape4_os1), ii2) / p.reshape4_is3 % p.reshape4_id3;
      const int ii4 = i32_add(i32_mul(r, p.reshape4_os1), ii2) % p.reshape4_id4;
      const float permute5 = in1[i32_add(i32_add(i32_add(i32_mul(ii2_1, p.in1_s1), i32_mul(ii1_1, p.in1_s2)), i32_mul(ii3, p.in1_s3)), i32_mul(ii4, p.in1_s4))];
      acc = acc + in0[i32_add(i32_mul(ii1, p.in0_s1), i32_mul(r, p.in0_s2))] * permute5;
    }
    kept = acc;
  }
  out[gid] = kept;
}
