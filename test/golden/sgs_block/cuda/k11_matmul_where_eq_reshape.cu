// k11_matmul_where_eq_reshape: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k11_matmul_where_eq_reshape: 1 launch(es)
// launch 11: reads 72 B, writes 64 B; fuses:
//   %36 sqrt  @ nn/sgs.ts:224:39
//   %38 gather  @ nn/sgs.ts:229:17
//   %39 div  @ nn/sgs.ts:230:21
//   %41 mul  @ nn/sgs.ts:230:15
//   %43 reshape  @ nn/sgs.ts:302:26
//   %44 sub  @ nn/sgs.ts:302:20
//   %46 le  @ nn/sgs.ts:305:29
//   %49 where  @ nn/sgs.ts:305:21
//   %51 mul  @ nn/sgs.ts:306:59
//   %52 sub  @ nn/sgs.ts:306:18
//   %53 relu  @ nn/sgs.ts:306:11
//   %57 cast  @ nn/sgs.ts:239:27
//   %58 reshape  @ nn/sgs.ts:239:17
//   %62 eq  @ nn/sgs.ts:243:30
//   %64 where  @ nn/sgs.ts:243:22
//   %65 matmul  @ nn/sgs.ts:244:12
// stores %65 matmul: %71 matmul reads each element 64 times, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, out, k11_matmul_where_eq_reshape_params (by value, 44 bytes), status.

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
struct k11_matmul_where_eq_reshape_params {
  int total;
  int out_s1;
  int out_d1;
  int out_d2;
  int matmul0_k;
  int in0_s2;
  int in1_s0;
  int in2_s1;
  int in3_s1;
  int gather15_size;
  int in5_s0;
};

extern "C" __global__ void __launch_bounds__(64) k11_matmul_where_eq_reshape(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const unsigned int* __restrict__ in2,
    const float* __restrict__ in3,
    const int* __restrict__ in4,
    const float* __restrict__ in5,
    float* __restrict__ out,
    const k11_matmul_where_eq_reshape_params p,
    unsigned int* __restrict__ status
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
  const float sqrt14 = sqrtf(in3[i32_mul(out_i2, p.in3_s1)]);
  const int j = in4[0];
  if ((j < 0) || (j >= p.gather15_size)) {
    atomicMax(status, 1u); // trap (indexOutOfRange): reported by the runtime after the launch
  }
  const int jc = min(max(j, 0), i32_sub(p.gather15_size, 1));
  const float sqrt14_1 = sqrtf(in3[i32_mul(jc, p.in3_s1)]);
  const float div13 = sqrt14 / sqrt14_1;
  const float mul12 = div13 * 8.0f;
  for (int r = 0; r < p.matmul0_k; ++r) {
    const bool eq2 = in0[i32_mul(r, p.in0_s2)] == in1[i32_mul(out_i1, p.in1_s0)];
    const float cast4 = in2[i32_mul(r, p.in2_s1)] != 0u ? 1.0f : 0.0f;
    const float where1 = eq2 ? cast4 : 0.0f;
    const float sub10 = mul12 - in5[i32_mul(r, p.in5_s0)];
    const bool le9 = sub10 <= 0.0f;
    const float where8 = le9 ? -1.0f : 1.0f;
    const float mul7 = where8 * sub10;
    const float sub6 = 1.0000001f - mul7;
    const float relu5 = sub6 < 0.0f ? 0.0f : sub6;
    acc = acc + where1 * relu5;
  }
  out[gid] = acc;
}
