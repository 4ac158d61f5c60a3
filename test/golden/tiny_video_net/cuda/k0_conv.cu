// k0_conv: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.
//
// k0_conv: 1 launch(es)
// launch 0: reads 27168 B, writes 65536 B; fuses:
//   %3 conv  @ examples/tiny_video_net.ts:26:27
// stores %3 conv: read by 2 kernels (of %14 irfft, %16 mean): cheaper to store once than to recompute in each
//
// Mapping: group, one block of 64 threads per 8x32 tile of a matrix product (tiles in shared memory).
// Arguments: in0, in1, out, k0_conv_params (by value, 100 bytes).

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
struct k0_conv_params {
  int total;
  int tiles_n;
  int gemm_m;
  int gemm_n;
  int gemm_k;
  int in1_s0;
  int in1_s1;
  int in1_s2;
  int in1_s3;
  int in1_s4;
  int conv0_os0;
  int conv0_os1;
  int conv0_od1;
  int conv0_od2;
  int conv0_in0;
  int conv0_in1;
  int conv0_in2;
  int in0_s1;
  int in0_s2;
  int in0_s3;
  int in0_s4;
  int out_s1;
  int out_s2;
  int out_s3;
  int out_s4;
};

extern "C" __global__ void __launch_bounds__(64) k0_conv(
    const float* __restrict__ in0,
    const float* __restrict__ in1,
    float* __restrict__ out,
    const k0_conv_params p
) {
  // one block per workgroup of the domain; the grid is 2-D (x, y) when more than 65535 blocks are needed
  const unsigned int wid_u = blockIdx.y * gridDim.x + blockIdx.x;
  if (wid_u >= (unsigned int)p.total) {
    return; // uniform per block: surplus blocks leave before any barrier
  }
  const int wid = (int)wid_u;
  const int lid = (int)threadIdx.x;
  __shared__ float a_tile[64];
  __shared__ float b_tile[256];
  const int tile_n = wid % p.tiles_n;
  const int n0 = i32_mul(tile_n, 32);
  const int ty = lid / 8;
  const int tx = lid % 8;
  float acc = 0.0f;
  float acc_1 = 0.0f;
  float acc_2 = 0.0f;
  float acc_3 = 0.0f;
  const int kk = lid / 32;
  const int rc = lid % 32;
  const int bn = i32_add(n0, rc);
  const int oi0 = bn / p.conv0_os0;
  const int oi1 = bn / p.conv0_os1 % p.conv0_od1;
  const int oi2 = bn % p.conv0_od2;
  const int kk_1 = i32_add(lid, 64) / 32;
  const int rc_1 = i32_add(lid, 64) % 32;
  const int bn_1 = i32_add(n0, rc_1);
  const int oi0_1 = bn_1 / p.conv0_os0;
  const int oi1_1 = bn_1 / p.conv0_os1 % p.conv0_od1;
  const int oi2_1 = bn_1 % p.conv0_od2;
  const int kk_2 = i32_add(lid, 128) / 32;
  const int rc_2 = i32_add(lid, 128) % 32;
  const int bn_2 = i32_add(n0, rc_2);
  const int oi0_2 = bn_2 / p.conv0_os0;
  const int oi1_2 = bn_2 / p.conv0_os1 % p.conv0_od1;
  const int oi2_2 = bn_2 % p.conv0_od2;
  const int kk_3 = i32_add(lid, 192) / 32;
  const int rc_3 = i32_add(lid, 192) % 32;
  const int bn_3 = i32_add(n0, rc_3);
  const int oi0_3 = bn_3 / p.conv0_os0;
  const int oi1_3 = bn_3 / p.conv0_os1 % p.conv0_od1;
  const int oi2_3 = bn_3 % p.conv0_od2;
  for (int k0 = 0; k0 < p.gemm_k; k0 += 8) {
    const int ak = i32_add(k0, tx);
    const int ci = min(ak, i32_sub(p.gemm_k, 1)) / 27;
    const int tap = min(ak, i32_sub(p.gemm_k, 1)) % 27;
    const int t0 = tap / 9 % 3;
    const int t1 = tap / 3 % 3;
    const int t2 = tap % 3;
    const bool ok = ak < p.gemm_k;
    a_tile[i32_add(i32_mul(tx, 8), ty)] = ok ? in1[i32_add(i32_add(i32_add(i32_add(i32_mul(ty, p.in1_s0), i32_mul(ci, p.in1_s1)), i32_mul(t0, p.in1_s2)), i32_mul(t1, p.in1_s3)), i32_mul(t2, p.in1_s4))] : 0.0f;
    const int bk = i32_add(k0, kk);
    const int ci_1 = min(bk, i32_sub(p.gemm_k, 1)) / 27;
    const int tap_1 = min(bk, i32_sub(p.gemm_k, 1)) % 27;
    const int t0_1 = tap_1 / 9 % 3;
    const int t1_1 = tap_1 / 3 % 3;
    const int t2_1 = tap_1 % 3;
    const int p0 = i32_add(i32_sub(oi0, 1), t0_1);
    const int q0 = min(max(p0, 0), i32_sub(p.conv0_in0, 1));
    const int p1 = i32_add(i32_sub(oi1, 1), t1_1);
    const int q1 = min(max(p1, 0), i32_sub(p.conv0_in1, 1));
    const int p2 = i32_add(i32_sub(oi2, 1), t2_1);
    const int q2 = min(max(p2, 0), i32_sub(p.conv0_in2, 1));
    const bool inside = (p0 >= 0) && (p0 < p.conv0_in0) && (p1 >= 0) && (p1 < p.conv0_in1) && (p2 >= 0) && (p2 < p.conv0_in2);
    const bool ok_1 = bk < p.gemm_k;
    b_tile[i32_add(i32_mul(kk, 32), rc)] = ok_1 ? (inside ? in0[i32_add(i32_add(i32_add(i32_mul(ci_1, p.in0_s1), i32_mul(q0, p.in0_s2)), i32_mul(q1, p.in0_s3)), i32_mul(q2, p.in0_s4))] : 0.0f) : 0.0f;
    const int bk_1 = i32_add(k0, kk_1);
    const int ci_2 = min(bk_1, i32_sub(p.gemm_k, 1)) / 27;
    const int tap_2 = min(bk_1, i32_sub(p.gemm_k, 1)) % 27;
    const int t0_2 = tap_2 / 9 % 3;
    const int t1_2 = tap_2 / 3 % 3;
    const int t2_2 = tap_2 % 3;
    const int p0_1 = i32_add(i32_sub(oi0_1, 1), t0_2);
    const int q0_1 = min(max(p0_1, 0), i32_sub(p.conv0_in0, 1));
    const int p1_1 = i32_add(i32_sub(oi1_1, 1), t1_2);
    const int q1_1 = min(max(p1_1, 0), i32_sub(p.conv0_in1, 1));
    const int p2_1 = i32_add(i32_sub(oi2_1, 1), t2_2);
    const int q2_1 = min(max(p2_1, 0), i32_sub(p.conv0_in2, 1));
    const bool inside_1 = (p0_1 >= 0) && (p0_1 < p.conv0_in0) && (p1_1 >= 0) && (p1_1 < p.conv0_in1) && (p2_1 >= 0) && (p2_1 < p.conv0_in2);
    const bool ok_2 = bk_1 < p.gemm_k;
    b_tile[i32_add(i32_mul(kk_1, 32), rc_1)] = ok_2 ? (inside_1 ? in0[i32_add(i32_add(i32_add(i32_mul(ci_2, p.in0_s1), i32_mul(q0_1, p.in0_s2)), i32_mul(q1_1, p.in0_s3)), i32_mul(q2_1, p.in0_s4))] : 0.0f) : 0.0f;
    const int bk_2 = i32_add(k0, kk_2);
    const int ci_3 = min(bk_2, i32_sub(p.gemm_k, 1)) / 27;
    const int tap_3 = min(bk_2, i32_sub(p.gemm_k, 1)) % 27;
    const int t0_3 = tap_3 / 9 % 3;
    const int t1_3 = tap_3 / 3 % 3;
    const int t2_3 = tap_3 % 3;
    const int p0_2 = i32_add(i32_sub(oi0_2, 1), t0_3);
    const int q0_2 = min(max(p0_2, 0), i32_sub(p.conv0_in0, 1));
    const int p1_2 = i32_add(i32_sub(oi1_2, 1), t1_3);
    const int q1_2 = min(max(p1_2, 0), i32_sub(p.conv0_in1, 1));
    const int p2_2 = i32_add(i32_sub(oi2_2, 1), t2_3);
    const int q2_2 = min(max(p2_2, 0), i32_sub(p.conv0_in2, 1));
    const bool inside_2 = (p0_2 >= 0) && (p0_2 < p.conv0_in0) && (p1_2 >= 0) && (p1_2 < p.conv0_in1) && (p2_2 >= 0) && (p2_2 < p.conv0_in2);
    const bool ok_3 = bk_2 < p.gemm_k;
    b_tile[i32_add(i32_mul(kk_2, 32), rc_2)] = ok_3 ? (inside_2 ? in0[i32_add(i32_add(i32_add(i32_mul(ci_3, p.in0_s1), i32_mul(q0_2, p.in0_s2)), i32_mul(q1_2, p.in0_s3)), i32_mul(q2_2, p.in0_s4))] : 0.0f) : 0.0f;
    const int bk_3 = i32_add(k0, kk_3);
    const int ci_4 = min(bk_3, i32_sub(p.gemm_k, 1)) / 27;
    const int tap_4 = min(bk_3, i32_sub(p.gemm_k, 1)) % 27;
    const int t0_4 = tap_4 / 9 % 3;
    const int t1_4 = tap_4 / 3 % 3;
    const int t2_4 = tap_4 % 3;
    const int p0_3 = i32_add(i32_sub(oi0_3, 1), t0_4);
    const int q0_3 = min(max(p0_3, 0), i32_sub(p.conv0_in0, 1));
    const int p1_3 = i32_add(i32_sub(oi1_3, 1), t1_4);
    const int q1_3 = min(max(p1_3, 0), i32_sub(p.conv0_in1, 1));
    const int p2_3 = i32_add(i32_sub(oi2_3, 1), t2_4);
    const int q2_3 = min(max(p2_3, 0), i32_sub(p.conv0_in2, 1));
    const bool inside_3 = (p0_3 >= 0) && (p0_3 < p.conv0_in0) && (p1_3 >= 0) && (p1_3 < p.conv0_in1) && (p2_3 >= 0) && (p2_3 < p.conv0_in2);
    const bool ok_4 = bk_3 < p.gemm_k;
    b_tile[i32_add(i32_mul(kk_3, 32), rc_3)] = ok_4 ? (inside_3 ? in0[i32_add(i32_add(i32_add(i32_mul(ci_4, p.in0_s1), i32_mul(q0_3, p.in0_s2)), i32_mul(q1_3, p.in0_s3)), i32_mul(q2_3, p.in0_s4))] : 0.0f) : 0.0f;
    __syncthreads();
    const float av = a_tile[ty];
    const float bv = b_tile[tx];
    const float bv_1 = b_tile[i32_add(tx, 8)];
    const float bv_2 = b_tile[i32_add(tx, 16)];
    const float bv_3 = b_tile[i32_add(tx, 24)];
    acc = acc + av * bv;
    acc_1 = acc_1 + av * bv_1;
    acc_2 = acc_2 + av * bv_2;
    acc_3 = acc_3 + av * bv_3;
    const float av_1 = a_tile[i32_add(ty, 8)];
    const float bv_4 = b_tile[i32_add(tx, 32)];
    const float bv_5 = b_tile[i32_add(tx, 40)];
    const float bv_6 = b_tile[i32_add(tx, 48)];
    const float bv_7 = b_tile[i32_add(tx, 56)];
    acc = acc + av_1 * bv_4;
    acc_1 = acc_1 + av_1 * bv_5;
    acc_2 = acc_2 + av_1 * bv_6;
    acc_3 = acc_3 + av_1 * bv_7;
    const float av_2 = a_tile[i32_add(ty, 16)];
    const float bv_8 = b_tile[i32_add(tx, 64)];
    const float bv_9 = b_tile[i32_add(tx, 72)];
    const float bv_10 = b_tile[i32_add(tx, 80)];
    const float bv_11 = b_tile[i32_add(tx, 88)];
    acc = acc + av_2 * bv_8;
    acc_1 = acc_1 + av_2 * bv_9;
    acc_2 = acc_2 + av_2 * bv_10;
    acc_3 = acc_3 + av_2 * bv_11;
    const float av_3 = a_tile[i32_add(ty, 24)];
    const float bv_12 = b_tile[i32_add(tx, 96)];
    const float bv_13 = b_tile[i32_add(tx, 104)];
    const float bv_14 = b_tile[i32_add(tx, 112)];
    const float bv_15 = b_tile[i32_add(tx, 120)];
    acc = acc + av_3 * bv_12;
    acc_1 = acc_1 + av_3 * bv_13;
    acc_2 = acc_2 + av_3 * bv_14;
    acc_3 = acc_3 + av_3 * bv_15;
    const float av_4 = a_tile[i32_add(ty, 32)];
    const float bv_16 = b_tile[i32_add(tx, 128)];
    const float bv_17 = b_tile[i32_add(tx, 136)];
    const float bv_18 = b_tile[i32_add(tx, 144)];
    const float bv_19 = b_tile[i32_add(tx, 152)];
    acc = acc + av_4 * bv_16;
    acc_1 = acc_1 + av_4 * bv_17;
    acc_2 = acc_2 + av_4 * bv_18;
    acc_3 = acc_3 + av_4 * bv_19;
    const float av_5 = a_tile[i32_add(ty, 40)];
    const float bv_20 = b_tile[i32_add(tx, 160)];
    const float bv_21 = b_tile[i32_add(tx, 168)];
    const float bv_22 = b_tile[i32_add(tx, 176)];
    const float bv_23 = b_tile[i32_add(tx, 184)];
    acc = acc + av_5 * bv_20;
    acc_1 = acc_1 + av_5 * bv_21;
    acc_2 = acc_2 + av_5 * bv_22;
    acc_3 = acc_3 + av_5 * bv_23;
    const float av_6 = a_tile[i32_add(ty, 48)];
    const float bv_24 = b_tile[i32_add(tx, 192)];
    const float bv_25 = b_tile[i32_add(tx, 200)];
    const float bv_26 = b_tile[i32_add(tx, 208)];
    const float bv_27 = b_tile[i32_add(tx, 216)];
    acc = acc + av_6 * bv_24;
    acc_1 = acc_1 + av_6 * bv_25;
    acc_2 = acc_2 + av_6 * bv_26;
    acc_3 = acc_3 + av_6 * bv_27;
    const float av_7 = a_tile[i32_add(ty, 56)];
    const float bv_28 = b_tile[i32_add(tx, 224)];
    const float bv_29 = b_tile[i32_add(tx, 232)];
    const float bv_30 = b_tile[i32_add(tx, 240)];
    const float bv_31 = b_tile[i32_add(tx, 248)];
    acc = acc + av_7 * bv_28;
    acc_1 = acc_1 + av_7 * bv_29;
    acc_2 = acc_2 + av_7 * bv_30;
    acc_3 = acc_3 + av_7 * bv_31;
    __syncthreads();
  }
  const int n = i32_add(n0, tx);
  const int oi0_4 = n / p.conv0_os0;
  const int oi1_4 = n / p.conv0_os1 % p.conv0_od1;
  const int oi2_4 = n % p.conv0_od2;
  out[i32_add(i32_add(i32_add(i32_mul(ty, p.out_s1), i32_mul(oi0_4, p.out_s2)), i32_mul(oi1_4, p.out_s3)), i32_mul(oi2_4, p.out_s4))] = acc;
  const int n_1 = i32_add(n0, i32_add(tx, 8));
  const int oi0_5 = n_1 / p.conv0_os0;
  const int oi1_5 = n_1 / p.conv0_os1 % p.conv0_od1;
  const int oi2_5 = n_1 % p.conv0_od2;
  out[i32_add(i32_add(i32_add(i32_mul(ty, p.out_s1), i32_mul(oi0_5, p.out_s2)), i32_mul(oi1_5, p.out_s3)), i32_mul(oi2_5, p.out_s4))] = acc_1;
  const int n_2 = i32_add(n0, i32_add(tx, 16));
  const int oi0_6 = n_2 / p.conv0_os0;
  const int oi1_6 = n_2 / p.conv0_os1 % p.conv0_od1;
  const int oi2_6 = n_2 % p.conv0_od2;
  out[i32_add(i32_add(i32_add(i32_mul(ty, p.out_s1), i32_mul(oi0_6, p.out_s2)), i32_mul(oi1_6, p.out_s3)), i32_mul(oi2_6, p.out_s4))] = acc_2;
  const int n_3 = i32_add(n0, i32_add(tx, 24));
  const int oi0_7 = n_3 / p.conv0_os0;
  const int oi1_7 = n_3 / p.conv0_os1 % p.conv0_od1;
  const int oi2_7 = n_3 % p.conv0_od2;
  out[i32_add(i32_add(i32_add(i32_mul(ty, p.out_s1), i32_mul(oi0_7, p.out_s2)), i32_mul(oi1_7, p.out_s3)), i32_mul(oi2_7, p.out_s4))] = acc_3;
}
