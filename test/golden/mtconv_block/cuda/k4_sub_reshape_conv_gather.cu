// k4_sub_reshape_conv_gather: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k4_sub_reshape_conv_gather: 2 launch(es)
// launch 4: reads 936 B, writes 32 B; fuses:
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
// stores %82 sub: kept apart so that the kernel of %85 add fits the storage-buffer limit, or cheaper to store than to recompute
// launch 9: reads 540 B, writes 32 B; fuses:
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
// stores %149 sub: kept apart so that the kernel of %152 add fits the storage-buffer limit, or cheaper to store than to recompute
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, out, k4_sub_reshape_conv_gather_params (by value, 96 bytes), status.

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
struct k4_sub_reshape_conv_gather_params {
  int total;
  int line_s2;
  int line_d2;
  int line_d3;
  int out_s2;
  int out_s3;
  int out_s4;
  int conv1_stride0;
  int conv1_pad0;
  int conv1_stride1;
  int conv1_pad1;
  int conv1_cing;
  int in2_s1;
  int in1_s1;
  int gather2_size;
  int slice7_start3;
  int slice7_step3;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in0_s5;
  int slice9_start3;
  int slice9_step3;
};

extern "C" __global__ void __launch_bounds__(64) k4_sub_reshape_conv_gather(
    const float* __restrict__ in0,
    const int* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    float* __restrict__ out,
    const k4_sub_reshape_conv_gather_params p,
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
  const int start0 = i32_sub(i32_mul(line_i2, p.conv1_stride0), p.conv1_pad0);
  const int start1 = i32_sub(i32_mul(line_i3, p.conv1_stride1), p.conv1_pad1);
  const int add4 = i32_add(in1[i32_mul(start0, p.in1_s1)], 1);
  const int jc = min(max(add4, 0), i32_sub(p.gather2_size, 1));
  for (int ci = 0; ci < p.conv1_cing; ++ci) {
    const float w = in2[i32_mul(ci, p.in2_s1)];
    if ((add4 < 0) || (add4 >= p.gather2_size)) {
      atomicMax(status, 1u); // trap (indexOutOfRange): reported by the runtime after the launch
    }
    const float slice7 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(jc, p.in0_s2)), i32_mul(p.slice7_start3, p.in0_s3)), i32_mul(start1, p.in0_s4))];
    const float slice9 = in0[i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(jc, p.in0_s2)), i32_mul(p.slice9_start3, p.in0_s3)), i32_mul(start1, p.in0_s4))];
    const float div5 = slice7 / slice9;
    acc = acc + div5 * w;
    if ((add4 < 0) || (add4 >= p.gather2_size)) {
      atomicMax(status, 1u); // trap (indexOutOfRange): reported by the runtime after the launch
    }
    const float slice7_1 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(jc, p.in0_s2)), i32_mul(p.slice7_start3, p.in0_s3)), i32_mul(start1, p.in0_s4)), p.in0_s5)];
    const float slice9_1 = in0[i32_add(i32_add(i32_add(i32_add(i32_mul(ci, p.in0_s1), i32_mul(jc, p.in0_s2)), i32_mul(p.slice9_start3, p.in0_s3)), i32_mul(start1, p.in0_s4)), p.in0_s5)];
    const float div5_1 = slice7_1 / slice9_1;
    acc_1 = acc_1 + div5_1 * w;
  }
  const float reshape10 = in3[0];
  const float sub0 = acc - reshape10;
  out[i32_add(i32_mul(line_i2, p.out_s2), i32_mul(line_i3, p.out_s3))] = sub0;
  const float sub0_1 = acc_1 - reshape10;
  out[i32_add(i32_add(i32_mul(line_i2, p.out_s2), i32_mul(line_i3, p.out_s3)), p.out_s4)] = sub0_1;
}
