// k5_add_reshape_mul_sub: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k5_add_reshape_mul_sub: 2 launch(es)
// launch 5: reads 944 B, writes 32 B; fuses:
//   %36 slice  @ nn/softpool.ts:64:50
//   %37 reshape  @ nn/softpool.ts:64:40
//   %38 slice  @ nn/softpool.ts:64:50
//   %39 reshape  @ nn/softpool.ts:64:40
//   %40 div  @ nn/softpool.ts:65:12
//   %66 add  @ nn/cossim.ts:83:12
//   %67 reshape  @ nn/cossim.ts:90:24
//   %68 gather  @ nn/cossim.ts:90:12
//   %70 conv  @ nn/mtconv-common.ts:55:12
//   %75 reshape  @ nn/norm.ts:101:40
//   %82 sub  @ nn/norm.ts:122:19
//   %83 mul  @ nn/norm.ts:122:13
//   %84 reshape  @ nn/norm.ts:101:40
//   %85 add  @ nn/norm.ts:123:21
// stores %85 add: kept apart so that the kernel of %157 concat fits the storage-buffer limit, or cheaper to store than to recompute
// launch 10: reads 548 B, writes 32 B; fuses:
//   %103 slice  @ nn/softpool.ts:64:50
//   %104 reshape  @ nn/softpool.ts:64:40
//   %105 slice  @ nn/softpool.ts:64:50
//   %106 reshape  @ nn/softpool.ts:64:40
//   %107 div  @ nn/softpool.ts:65:12
//   %133 add  @ nn/cossim.ts:83:12
//   %134 reshape  @ nn/cossim.ts:90:24
//   %135 gather  @ nn/cossim.ts:90:12
//   %137 conv  @ nn/mtconv-common.ts:55:12
//   %142 reshape  @ nn/norm.ts:101:40
//   %149 sub  @ nn/norm.ts:122:19
//   %150 mul  @ nn/norm.ts:122:13
//   %151 reshape  @ nn/norm.ts:101:40
//   %152 add  @ nn/norm.ts:123:21
// stores %152 add: kept apart so that the kernel of %157 concat fits the storage-buffer limit, or cheaper to store than to recompute
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, in5, out, k5_add_reshape_mul_sub_params (by value, 96 bytes), status.

#ifndef TEMPOFUSE_CUDA_I32_ADD
#define TEMPOFUSE_CUDA_I32_ADD
// i32 + i32 wrapping modulo 2^32: signed overflow is undefined in C++, unsigned arithmetic is not.
static __device__ __forceinline__ int i32_add(int a, int b) {
  return (int)((unsigned int)a + (unsigned int)b);
}
#endif
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
struct k5_add_reshape_mul_sub_params {
  int total;
  int line_s2;
  int line_d2;
  int line_d3;
  int out_s2;
  int out_s3;
  int out_s4;
  int conv3_stride0;
  int conv3_pad0;
  int conv3_stride1;
  int conv3_pad1;
  int conv3_cing;
  int in2_s1;
  int in1_s1;
  int gather4_size;
  int slice9_start3;
  int slice9_step3;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in0_s5;
  int slice11_start3;
  int slice11_step3;
};

extern "C" __global__ void __launch_bounds__(64) k5_add_reshape_mul_sub(
    const float* __restrict__ in0,
    const int* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    const float* __restrict__ in5,
    float* __restrict__ out,
    const k5_add_reshape_mul_sub_params p,
    unsigned int* __restrict__ status
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int line_i2 = gid / p.line_s2 % p.line_d2;
  const int line_i3 = gid % p.line_d3;
  float acc = 0.0f;
  float acc_1 = 0.0f;
  const int start0 = i32_sub(i32_mul(line_i2, p.conv3_stride0), p.conv3_pad0);
  const int start1 = i32_sub(i32_mul(line_i3, p.conv3_stride1), p.conv3_pad1);
  const int add6 = i32_add(in1[i32_mul(start0, p.in1_s1)], 1);
  const int jc = min(max(add6, 0), i32_sub(p.gather4_size, 1));
  for (int ci = 0; ci < p.conv3_cing; ++ci) {
    const float w = in2[i32_mul(ci, p.in2_s1)];
    if ((add6 < 0) || (add6 >= p.gather4_size)) {
      atomicMax(status, 1u); // trap (indexOutOfRange): reported by the runtime after the launch
    }
    const float slice9 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(jc, p.in0_s2)), i32_mul(p.slice9_start3, p.in0_s3)), i32_mul(start1, p.in0_s4))];
    const float slice11 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(jc, p.in0_s2)), i32_mul(p.slice11_start3, p.in0_s3)), i32_mul(start1, p.in0_s4))];
    const float div7 = slice9 / slice11;
    acc = acc + div7 * w;
    if ((add6 < 0) || (add6 >= p.gather4_size)) {
      atomicMax(status, 1u); // trap (indexOutOfRange): reported by the runtime after the launch
    }
    const float slice9_1 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(jc, p.in0_s2)), i32_mul(p.slice9_start3, p.in0_s3)), i32_mul(start1, p.in0_s4)), p.in0_s5)];
    const float slice11_1 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(jc, p.in0_s2)), i32_mul(p.slice11_start3, p.in0_s3)), i32_mul(start1, p.in0_s4)), p.in0_s5)];
    const float div7_1 = slice9_1 / slice11_1;
    acc_1 = acc_1 + div7_1 * w;
  }
  const float reshape12 = in3[0];
  const float sub2 = acc - reshape12;
  const float mul1 = sub2 * in4[0];
  const float reshape13 = in5[0];
  const float add0 = mul1 + reshape13;
  out[i32_add(i32_mul(line_i2, p.out_s2), i32_mul(line_i3, p.out_s3))] = add0;
  const float sub2_1 = acc_1 - reshape12;
  const float mul1_1 = sub2_1 * in4[0];
  const float add0_1 = mul1_1 + reshape13;
  out[i32_add(i32_add(i32_mul(line_i2, p.out_s2), i32_mul(line_i3, p.out_s3)), p.out_s4)] = add0_1;
}
