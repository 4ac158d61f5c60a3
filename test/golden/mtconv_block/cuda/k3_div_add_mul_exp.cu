// k3_div_add_mul_exp: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k3_div_add_mul_exp: 2 launch(es)
// launch 6: reads 2240 B, writes 448 B; fuses:
//   %26 sub  @ nn/softpool.ts:50:37
//   %27 exp  @ nn/softpool.ts:50:31
//   %28 sub  @ nn/softpool.ts:50:37
//   %29 exp  @ nn/softpool.ts:50:31
//   %30 sub  @ nn/softpool.ts:50:37
//   %31 exp  @ nn/softpool.ts:50:31
//   %32 sub  @ nn/softpool.ts:50:37
//   %33 exp  @ nn/softpool.ts:50:31
//   %34 mul  @ nn/softpool.ts:51:41
//   %35 mul  @ nn/softpool.ts:51:41
//   %36 mul  @ nn/softpool.ts:51:41
//   %37 mul  @ nn/softpool.ts:51:41
//   %38 add  @ nn/softpool.ts:48:65
//   %39 add  @ nn/softpool.ts:48:65
//   %40 add  @ nn/softpool.ts:48:65
//   %41 add  @ nn/softpool.ts:48:65
//   %42 add  @ nn/softpool.ts:48:65
//   %43 add  @ nn/softpool.ts:48:65
//   %44 div  @ nn/softpool.ts:51:12
// launch 19: reads 1280 B, writes 256 B; fuses:
//   %91 sub  @ nn/softpool.ts:50:37
//   %92 exp  @ nn/softpool.ts:50:31
//   %93 sub  @ nn/softpool.ts:50:37
//   %94 exp  @ nn/softpool.ts:50:31
//   %95 sub  @ nn/softpool.ts:50:37
//   %96 exp  @ nn/softpool.ts:50:31
//   %97 sub  @ nn/softpool.ts:50:37
//   %98 exp  @ nn/softpool.ts:50:31
//   %99 mul  @ nn/softpool.ts:51:41
//   %100 mul  @ nn/softpool.ts:51:41
//   %101 mul  @ nn/softpool.ts:51:41
//   %102 mul  @ nn/softpool.ts:51:41
//   %103 add  @ nn/softpool.ts:48:65
//   %104 add  @ nn/softpool.ts:48:65
//   %105 add  @ nn/softpool.ts:48:65
//   %106 add  @ nn/softpool.ts:48:65
//   %107 add  @ nn/softpool.ts:48:65
//   %108 add  @ nn/softpool.ts:48:65
//   %109 div  @ nn/softpool.ts:51:12
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, in2, in3, in4, out, k3_div_add_mul_exp_params (by value, 112 bytes).

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
struct k3_div_add_mul_exp_params {
  int total;
  int out_s1;
  int out_d1;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int in2_s1;
  int in2_s2;
  int in2_s3;
  int in2_s4;
  int in3_s1;
  int in3_s2;
  int in3_s3;
  int in3_s4;
  int in4_s1;
  int in4_s2;
  int in4_s3;
  int in4_s4;
};

extern "C" __global__ void __launch_bounds__(64) k3_div_add_mul_exp(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    const float* __restrict__ in2,
    const float* __restrict__ in3,
    const float* __restrict__ in4,
    float* __restrict__ out,
    const k3_div_add_mul_exp_params p
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
  const float sub6 = in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))] - in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(out_i2, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const float exp5 = expf(sub6);
  const float mul4 = exp5 * in0[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
  const float sub9 = in2[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in2_s1), i32_mul(out_i2, p.in2_s2)), i32_mul(out_i3, p.in2_s3)), i32_mul(out_i4, p.in2_s4))] - in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(out_i2, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const float exp8 = expf(sub9);
  const float mul7 = exp8 * in2[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in2_s1), i32_mul(out_i2, p.in2_s2)), i32_mul(out_i3, p.in2_s3)), i32_mul(out_i4, p.in2_s4))];
  const float add3 = mul4 + mul7;
  const float sub12 = in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(out_i2, p.in3_s2)), i32_mul(out_i3, p.in3_s3)), i32_mul(out_i4, p.in3_s4))] - in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(out_i2, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const float exp11 = expf(sub12);
  const float mul10 = exp11 * in3[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in3_s1), i32_mul(out_i2, p.in3_s2)), i32_mul(out_i3, p.in3_s3)), i32_mul(out_i4, p.in3_s4))];
  const float add2 = add3 + mul10;
  const float sub15 = in4[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in4_s1), i32_mul(out_i2, p.in4_s2)), i32_mul(out_i3, p.in4_s3)), i32_mul(out_i4, p.in4_s4))] - in1[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in1_s1), i32_mul(out_i2, p.in1_s2)), i32_mul(out_i3, p.in1_s3)), i32_mul(out_i4, p.in1_s4))];
  const float exp14 = expf(sub15);
  const float mul13 = exp14 * in4[i32_add(i32_add(i32_add(i32_mul(out_i1, p.in4_s1), i32_mul(out_i2, p.in4_s2)), i32_mul(out_i3, p.in4_s3)), i32_mul(out_i4, p.in4_s4))];
  const float add1 = add2 + mul13;
  const float add18 = exp5 + exp8;
  const float add17 = add18 + exp11;
  const float add16 = add17 + exp14;
  const float div0 = add1 / add16;
  out[gid] = div0;
}
