// k0_sum_mul_reshape_slice: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_sum_mul_reshape_slice: 9 launch(es)
// launch 0: reads 1600 B, writes 256 B; fuses:
//   %2 slice  @ nn/dtf.ts:110:69
//   %3 slice  @ nn/dtf.ts:110:69
//   %4 concat  @ nn/dtf.ts:111:27
//   %5 pad  @ nn/dtf.ts:112:18
//   %6 slice  @ nn/dtf.ts:117:21
//   %7 slice  @ nn/dtf.ts:118:30
//   %8 reshape  @ nn/dtf.ts:118:20
//   %9 mul  @ nn/dtf.ts:120:31
//   %10 mul  @ nn/dtf.ts:120:25
//   %11 sum  @ nn/dtf.ts:120:19
// launch 1: reads 1600 B, writes 256 B; fuses:
//   %2 slice  @ nn/dtf.ts:110:69
//   %3 slice  @ nn/dtf.ts:110:69
//   %4 concat  @ nn/dtf.ts:111:27
//   %5 pad  @ nn/dtf.ts:112:18
//   %12 slice  @ nn/dtf.ts:117:21
//   %13 slice  @ nn/dtf.ts:118:30
//   %14 reshape  @ nn/dtf.ts:118:20
//   %15 mul  @ nn/dtf.ts:120:31
//   %16 mul  @ nn/dtf.ts:120:25
//   %17 sum  @ nn/dtf.ts:120:19
// launch 2: reads 1600 B, writes 256 B; fuses:
//   %2 slice  @ nn/dtf.ts:110:69
//   %3 slice  @ nn/dtf.ts:110:69
//   %4 concat  @ nn/dtf.ts:111:27
//   %5 pad  @ nn/dtf.ts:112:18
//   %18 slice  @ nn/dtf.ts:117:21
//   %19 slice  @ nn/dtf.ts:118:30
//   %20 reshape  @ nn/dtf.ts:118:20
//   %21 mul  @ nn/dtf.ts:120:31
//   %22 mul  @ nn/dtf.ts:120:25
//   %23 sum  @ nn/dtf.ts:120:19
// launch 3: reads 1600 B, writes 256 B; fuses:
//   %2 slice  @ nn/dtf.ts:110:69
//   %3 slice  @ nn/dtf.ts:110:69
//   %4 concat  @ nn/dtf.ts:111:27
//   %5 pad  @ nn/dtf.ts:112:18
//   %24 slice  @ nn/dtf.ts:117:21
//   %25 slice  @ nn/dtf.ts:118:30
//   %26 reshape  @ nn/dtf.ts:118:20
//   %27 mul  @ nn/dtf.ts:120:31
//   %28 mul  @ nn/dtf.ts:120:25
//   %29 sum  @ nn/dtf.ts:120:19
// launch 4: reads 1600 B, writes 256 B; fuses:
//   %2 slice  @ nn/dtf.ts:110:69
//   %3 slice  @ nn/dtf.ts:110:69
//   %4 concat  @ nn/dtf.ts:111:27
//   %5 pad  @ nn/dtf.ts:112:18
//   %30 slice  @ nn/dtf.ts:117:21
//   %31 slice  @ nn/dtf.ts:118:30
//   %32 reshape  @ nn/dtf.ts:118:20
//   %33 mul  @ nn/dtf.ts:120:31
//   %34 mul  @ nn/dtf.ts:120:25
//   %35 sum  @ nn/dtf.ts:120:19
// launch 5: reads 1600 B, writes 256 B; fuses:
//   %2 slice  @ nn/dtf.ts:110:69
//   %3 slice  @ nn/dtf.ts:110:69
//   %4 concat  @ nn/dtf.ts:111:27
//   %5 pad  @ nn/dtf.ts:112:18
//   %36 slice  @ nn/dtf.ts:117:21
//   %37 slice  @ nn/dtf.ts:118:30
//   %38 reshape  @ nn/dtf.ts:118:20
//   %39 mul  @ nn/dtf.ts:120:31
//   %40 mul  @ nn/dtf.ts:120:25
//   %41 sum  @ nn/dtf.ts:120:19
// launch 6: reads 1600 B, writes 256 B; fuses:
//   %2 slice  @ nn/dtf.ts:110:69
//   %3 slice  @ nn/dtf.ts:110:69
//   %4 concat  @ nn/dtf.ts:111:27
//   %5 pad  @ nn/dtf.ts:112:18
//   %42 slice  @ nn/dtf.ts:117:21
//   %43 slice  @ nn/dtf.ts:118:30
//   %44 reshape  @ nn/dtf.ts:118:20
//   %45 mul  @ nn/dtf.ts:120:31
//   %46 mul  @ nn/dtf.ts:120:25
//   %47 sum  @ nn/dtf.ts:120:19
// launch 7: reads 1600 B, writes 256 B; fuses:
//   %2 slice  @ nn/dtf.ts:110:69
//   %3 slice  @ nn/dtf.ts:110:69
//   %4 concat  @ nn/dtf.ts:111:27
//   %5 pad  @ nn/dtf.ts:112:18
//   %48 slice  @ nn/dtf.ts:117:21
//   %49 slice  @ nn/dtf.ts:118:30
//   %50 reshape  @ nn/dtf.ts:118:20
//   %51 mul  @ nn/dtf.ts:120:31
//   %52 mul  @ nn/dtf.ts:120:25
//   %53 sum  @ nn/dtf.ts:120:19
// launch 8: reads 1600 B, writes 256 B; fuses:
//   %2 slice  @ nn/dtf.ts:110:69
//   %3 slice  @ nn/dtf.ts:110:69
//   %4 concat  @ nn/dtf.ts:111:27
//   %5 pad  @ nn/dtf.ts:112:18
//   %54 slice  @ nn/dtf.ts:117:21
//   %55 slice  @ nn/dtf.ts:118:30
//   %56 reshape  @ nn/dtf.ts:118:20
//   %57 mul  @ nn/dtf.ts:120:31
//   %58 mul  @ nn/dtf.ts:120:25
//   %59 sum  @ nn/dtf.ts:120:19
//
// Mapping: flat, one thread per element, 64 threads per block.
// Arguments: in0, in1, out, k0_sum_mul_reshape_slice_params (by value, 132 bytes).

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
struct k0_sum_mul_reshape_slice_params {
  int total;
  int out_s2;
  int out_d2;
  int out_s3;
  int out_d3;
  int out_d4;
  int sum0_n;
  int concat3_end0;
  int slice4_start2;
  int slice4_step2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int concat3_off1;
  int slice5_start2;
  int slice5_step2;
  int slice6_start3;
  int slice6_step3;
  int slice6_start4;
  int slice6_step4;
  int pad7_lo3;
  int pad7_d3;
  int pad7_lo4;
  int pad7_d4;
  int slice9_start2;
  int slice9_step2;
  int slice9_start3;
  int slice9_step3;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
};

extern "C" __global__ void __launch_bounds__(64) k0_sum_mul_reshape_slice(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k0_sum_mul_reshape_slice_params p
) {
  // one thread per element; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;
  if (gid_u >= (unsigned int)p.total) {
    return;
  }
  const int gid = (int)gid_u;
  const int out_i2 = gid / p.out_s2 % p.out_d2;
  const int out_i3 = gid / p.out_s3 % p.out_d3;
  const int out_i4 = gid % p.out_d4;
  float acc = 0.0f;
  for (int r = 0; r < p.sum0_n; ++r) {
    float part = 0.0f;
    if (out_i2 < p.concat3_end0) {
      const float slice4 = in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(p.slice4_start2, p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
      part = slice4;
    } else {
      const float slice5 = in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(i32_add(p.slice5_start2, i32_mul(i32_sub(out_i2, p.concat3_off1), p.slice5_step2)), p.in0_s2)), i32_mul(out_i3, p.in0_s3)), i32_mul(out_i4, p.in0_s4))];
      part = slice5;
    }
    const int p3 = i32_sub(i32_add(p.slice6_start3, i32_mul(out_i3, p.slice6_step3)), p.pad7_lo3);
    const bool ok3 = (p3 >= 0) && (p3 < p.pad7_d3);
    const int p4 = i32_sub(i32_add(p.slice6_start4, i32_mul(out_i4, p.slice6_step4)), p.pad7_lo4);
    const bool ok4 = (p4 >= 0) && (p4 < p.pad7_d4);
    const bool inside = ok3 && ok4;
    const float pad7 = inside ? in0[i32_add(i32_add(i32_add(i32_mul(r, p.in0_s1), i32_mul(out_i2, p.in0_s2)), i32_mul(ok3 ? p3 : 0, p.in0_s3)), i32_mul(ok4 ? p4 : 0, p.in0_s4))] : 0.0f;
    const float mul2 = part * pad7;
    const float slice9 = in1[i32_add(i32_add(i32_add(i32_mul(r, p.in1_s0), i32_mul(out_i2, p.in1_s1)), i32_mul(p.slice9_start2, p.in1_s2)), i32_mul(p.slice9_start3, p.in1_s3))];
    const float mul1 = mul2 * slice9;
    acc = acc + mul1;
  }
  out[gid] = acc;
}
