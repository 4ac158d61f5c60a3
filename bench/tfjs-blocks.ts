// The DTF, TAM, SIFA and SGS blocks (bench/cases.ts, inference) written with TF.js ops, following the
// builders in nn/ step by step. Inputs arrive NCTHW (NCHW for TAM) as the graph declares them; TF.js's
// convolutions and reductions want channels last, so each block transposes once on the way in and once on
// the way out. The MTBlock is in tfjs-mtblock.ts.
import type * as tfType from '@tensorflow/tfjs-core';
import { bnEval, tamTfjs } from './tfjs-network.ts';
import type { TfCase } from './tfjs-case.ts';

type T = tfType.Tensor;

/** The K×K zero-padded spatial neighbourhoods of channels-last frames v (N, T, H, W, C), stacked as
 *  (N, T, H, W, K², C), tap k = kh·K + kw (the graph's unfold order). */
function neighbourhoods(tf: typeof tfType, v: T, K: number): T {
  const [N, T, H, W, C] = v.shape;
  const p = (K - 1) / 2;
  // rank 4: TF.js 4.22's webgpu pad shader fails to compile for rank 5
  const padded = tf.pad(tf.reshape(v, [N * T, H, W, C]), [[0, 0], [p, p], [p, p], [0, 0]]);
  const taps: T[] = [];
  for (let kh = 0; kh < K; kh++) for (let kw = 0; kw < K; kw++) taps.push(tf.slice(padded, [0, kh, kw, 0], [N * T, H, W, C]));
  return tf.reshape(tf.stack(taps, 3), [N, T, H, W, K * K, C]);
}

const framesOf = (tf: typeof tfType, v: T, start: number, end: number): T =>
  tf.slice(v, [0, start], [v.shape[0], end - start]);

// ---- DTF (nn/dtf.ts, variant 'code', K = 3, G = 16)
export const dtfBlock: TfCase = (tf, t) => {
  const K = 3, G = 16, K2 = K * K;
  const x = t.x;
  const [N, C, T, H, W] = x.shape;
  const M = Math.floor(T / 2) + 1;
  const xl = tf.transpose(x, [0, 2, 3, 4, 1]); // (N, T, H, W, C)
  const nb = neighbourhoods(tf, xl, K);

  // A: Wo[t] = Σ_c W_cor[c,t,k] · X[max(t−1, 0)] · X[t](p + δ_k)   (N, T, H, W, K²), the sum over C a
  // batched matmul per pixel (a (1×C)·(C×K²) product: TF.js's sum over C took ~20× longer on SwiftShader)
  const query = tf.concat([framesOf(tf, xl, 0, 1), framesOf(tf, xl, 0, T - 1)], 1);
  const wcor = tf.reshape(tf.transpose(tf.reshape(t.weights_cor, [C, T, K2]), [1, 2, 0]), [1, T, 1, 1, K2, C]);
  const pixels = N * T * H * W;
  const wo = tf.reshape(tf.matMul(tf.reshape(query, [pixels, 1, C]), tf.reshape(tf.mul(nb, wcor), [pixels, K2, C]), false, true), [N, T, H, W, K2]);

  // B–D: frame t < T−1 aggregates frame t+1's neighbourhood weighted by softmax_k(Wo[t+1])
  const R = N * (T - 1) * H * W;
  const attn = tf.reshape(tf.softmax(framesOf(tf, wo, 1, T), -1), [R, 1, K2]);
  const agg = tf.reshape(tf.matMul(attn, tf.reshape(framesOf(tf, nb, 1, T), [R, K2, C])), [N, T - 1, H, W, C]);
  const xe = tf.concat([tf.add(framesOf(tf, xl, 0, T - 1), agg), framesOf(tf, xl, T - 1, T)], 1);

  // E, F: T innermost for rfft and for filter_g's input channel order c·T + t (X' then Wo)
  const xeT = tf.transpose(xe, [0, 2, 3, 4, 1]); // (N, H, W, C, T)
  const cf = (C * M * 2) / G;
  const xc = tf.reshape(tf.concat([xeT, tf.transpose(wo, [0, 2, 3, 4, 1])], 3), [N, H, W, (C + K2) * T]);
  const wg = tf.reshape(tf.transpose(tf.reshape(t['filter_g.weight'], [cf, (C + K2) * T])), [1, 1, (C + K2) * T, cf]);
  const fi = tf.conv2d(xc as tfType.Tensor4D, wg as tfType.Tensor4D, 1, 'valid'); // (N, H, W, cf)
  // every filter entry covers G consecutive entries of the (c, f, re/im) axis (tiled at rank 2: TF.js's
  // webgpu tile reads rank >= 5 back to the CPU)
  const rep = tf.reshape(tf.tile(tf.reshape(fi, [N * H * W * cf, 1]), [1, G]), [N, H, W, C, M, 2]);
  const part = (v: T, r: number): T => tf.reshape(tf.slice(v, [0, 0, 0, 0, 0, r], [N, H, W, C, M, 1]), [N, H, W, C, M]);
  // TF.js's rfft is unnormalised: ortho's 1/√T is folded into the (real) filter
  const s1 = tf.mul(tf.spectral.rfft(xeT), tf.complex(tf.div(part(rep, 0), Math.sqrt(T)), tf.div(part(rep, 1), Math.sqrt(T))));

  // G: the complex C×C channel mix as one real matmul: [Re | Im] (rows, 2C) · [[Wrᵀ, Wiᵀ], [−Wiᵀ, Wrᵀ]]
  const wlin = t['linear1.complex_weight'];
  const wr = tf.transpose(tf.reshape(tf.slice(wlin, [0, 0, 0], [C, C, 1]), [C, C]));
  const wi = tf.transpose(tf.reshape(tf.slice(wlin, [0, 0, 1], [C, C, 1]), [C, C]));
  const mix = tf.concat([tf.concat([wr, wi], 1), tf.concat([tf.neg(wi), wr], 1)], 0);
  const lanes = (v: T): T => tf.transpose(v, [0, 1, 2, 4, 3]); // (N, H, W, C, M) <-> (N, H, W, M, C)
  const s2 = tf.matMul(tf.reshape(tf.concat([lanes(tf.real(s1)), lanes(tf.imag(s1))], 4), [N * H * W * M, 2 * C]) as tfType.Tensor2D, mix as tfType.Tensor2D);

  // non-affine BN over the real view (re and im share their channel's statistics), then α; TF.js's irfft
  // divides by T where ortho divides by √T, so its √T rides on the same scale
  const twice = (v: T): T => tf.concat([tf.reshape(v, [C]), tf.reshape(v, [C])]);
  const s4 = tf.batchNorm(s2, twice(t['norm1.norm.running_mean']), twice(t['norm1.norm.running_var']), undefined, tf.mul(twice(t.alpha1), Math.sqrt(T)), 1e-5);
  const s4l = lanes(tf.reshape(s4, [N, H, W, M, 2 * C])); // (N, H, W, 2C, M)
  const half = (r: number): T => tf.slice(s4l, [0, 0, 0, r * C, 0], [N, H, W, C, M]);

  // H: back to time, residual with the block input, bias
  // (TF.js's irfft returns its lines flattened to rank 2)
  const lines = tf.reshape(tf.spectral.irfft(tf.complex(half(0), half(1))), [N, H, W, C, T]);
  const back = tf.transpose(lines, [0, 3, 4, 1, 2]); // (N, C, T, H, W)
  return { y: tf.add(tf.add(x, back), t.bias) };
};

// ---- TAM (nn/tam.ts) on x (N·T, C, H, W), T = 8
export const tamBlock: TfCase = (tf, t) => {
  const y = tamTfjs(tf, t, '', 8, tf.transpose(t.x, [0, 2, 3, 1]));
  return { y: tf.transpose(y, [0, 3, 1, 2]) };
};

// ---- SIFA (nn/sifa.ts, variant 'code', K = 3): pairs (query t, key t+1) for t < T−1
export const sifaBlock: TfCase = (tf, t) => {
  const K = 3, K2 = K * K, pad = 1;
  const x = t.x;
  const [N, C, T, H, W] = x.shape;
  const P = T - 1;
  const xl = tf.transpose(x, [0, 2, 3, 4, 1]); // (N, T, H, W, C)
  const keys = framesOf(tf, xl, 1, T), queries = framesOf(tf, xl, 0, T - 1);

  // motion saliency of the key frames and their offsets (Conv3d (1,3,3), padding (0,1,1): 'same')
  const msm = tf.add(tf.mul(tf.sigmoid(tf.sub(keys, queries)), keys), keys);
  const wOff = tf.transpose(t['conv_offset.weight'], [2, 3, 4, 1, 0]);
  const offset = tf.reshape(tf.conv3d(msm as tfType.Tensor5D, wOff as tfType.Tensor5D, 1, 'same'), [N * P, H, W, K2, 2]);
  const component = (i: number): T => tf.reshape(tf.slice(offset, [0, 0, 0, 0, i], [N * P, H, W, K2, 1]), [N * P, H, W, K2]);
  const baseY: number[] = [], baseX: number[] = [];
  for (let h = 0; h < H; h++) for (let k = 0; k < K2; k++) baseY.push(h - pad + Math.floor(k / K));
  for (let w = 0; w < W; w++) for (let k = 0; k < K2; k++) baseX.push(w - pad + (k % K));
  const ys = tf.add(component(0), tf.tensor(baseY, [1, H, 1, K2]));
  const xs = tf.add(component(1), tf.tensor(baseX, [1, 1, W, K2]));

  // bilinear samples S (N, P, H, W, K², C) of the key frames, as four gathers of pixel rows: a corner
  // outside the image gets weight 0 (its index clamped inside), which also zeroes every sample outside
  // −1 < y < H, −1 < x < W (all four of its corners are outside)
  const rows = tf.reshape(keys, [N * P * H * W, C]);
  const frame = tf.reshape(tf.range(0, N * P), [N * P, 1, 1, 1]);
  const y0 = tf.floor(ys), x0 = tf.floor(xs);
  const ly = tf.sub(ys, y0), lx = tf.sub(xs, x0);
  const corner = (dy: number, dx: number, wy: T, wx: T): T => {
    const cy = tf.add(y0, dy), cx = tf.add(x0, dx);
    const inside = tf.logicalAnd(tf.logicalAnd(tf.greaterEqual(cy, 0), tf.less(cy, H)), tf.logicalAnd(tf.greaterEqual(cx, 0), tf.less(cx, W)));
    const weight = tf.where(inside, tf.mul(wy, wx), tf.zerosLike(wy));
    // the row index in f32 (exact: far below 2^24), one cast
    const index = tf.add(tf.mul(tf.add(tf.mul(frame, H), tf.clipByValue(cy, 0, H - 1)), W), tf.clipByValue(cx, 0, W - 1));
    return tf.mul(tf.reshape(tf.gather(rows, tf.cast(tf.reshape(index, [-1]), 'int32')), [N, P, H, W, K2, C]), tf.reshape(weight, [N, P, H, W, K2, 1]));
  };
  const oy = tf.sub(1, ly), ox = tf.sub(1, lx);
  const samples = tf.addN([corner(0, 0, oy, ox), corner(0, 1, oy, lx), corner(1, 0, ly, ox), corner(1, 1, ly, lx)]);

  // correlation Σ_c def_cor[c, key, k] · query[c] · S[c, k] (no softmax), then Σ_k corr[k] · S[k]: both
  // per-pixel batched matmuls, as in DTF
  const wcor = tf.reshape(tf.transpose(tf.slice(tf.reshape(t['def_cor.weight'], [C, T, K2]), [0, 1, 0], [C, P, K2]), [1, 2, 0]), [1, P, 1, 1, K2, C]);
  const R = N * P * H * W;
  const corr = tf.matMul(tf.reshape(queries, [R, 1, C]), tf.reshape(tf.mul(samples, wcor), [R, K2, C]), false, true); // (R, 1, K²)
  const agg = tf.reshape(tf.matMul(corr, tf.reshape(samples, [R, K2, C])), [N, P, H, W, C]);
  // Y[t] = X[t] + Agg(t, t+1); the last frame has no pair (a zero frame, padded at rank 3)
  const aggT = tf.pad(tf.reshape(tf.transpose(agg, [0, 4, 1, 2, 3]), [N * C, P, H * W]), [[0, 0], [0, 1], [0, 0]]);
  return { y: tf.add(x, tf.reshape(aggT, [N, C, T, H, W])) };
};

// ---- SGS (nn/sgs.ts: L = 8, B = T, linear kernel, L2, 'code' similarity, ReLU, empty bins dropped).
// The output keeps the builder's static shape (N, C, B, H, W) with each clip's active bins compacted to the
// front and zeros after, so the data-dependent part stays on the device: nothing is read back.
export const sgsBlock: TfCase = (tf, t) => {
  const x = t.x;
  const [N, C, T, H, W] = x.shape;
  const B = T;
  const linear = (v: T, key: string): T => tf.add(tf.matMul(v, t[`${key}.weight`], false, true), t[`${key}.bias`]);

  // 1. embedding Z (N, T, L): GAP, fc, ReLU, fc, BatchNorm1d over L
  const gap = tf.transpose(tf.mean(x, [3, 4]), [0, 2, 1]); // (N, T, C)
  const z = bnEval(tf, t, linear(tf.relu(linear(gap, 'fc.0')), 'fc.2'), 'bn');

  // 2–3. Δ_t = ‖Z̄ − Z_t + 1e-6‖₂ over L; d = min((Δ / max Δ) · 2B, 2B)
  const v = tf.add(tf.sub(tf.mean(z, 1, true), z), 1e-6);
  const delta = tf.sqrt(tf.sum(tf.square(v), -1)); // (N, T)
  const d = tf.minimum(tf.mul(tf.div(delta, tf.max(delta, 1, true)), 2 * B), 2 * B);

  // 4. linear kernel (N, B, T): max(0, (1 + 2^-23) − |d − μ_b|), μ_b = 1 + 2b
  const centres = tf.reshape(tf.add(tf.mul(tf.range(0, B), 2), 1), [1, B, 1]);
  const k = tf.relu(tf.sub(Math.fround(1 + 1e-7), tf.abs(tf.sub(tf.reshape(d, [N, 1, T]), centres))));

  // 5. compaction: active bin b goes to row (number of active bins before b), by a one-hot matmul
  const active = tf.cast(tf.notEqual(tf.sum(k, 2), 0), 'float32'); // (N, B)
  const rank = tf.reshape(tf.cumsum(active, 1, true), [N, 1, B]);
  const slot = tf.reshape(tf.range(0, B), [1, B, 1]);
  const select = tf.mul(tf.cast(tf.equal(rank, slot), 'float32'), tf.reshape(active, [N, 1, B])); // (N, B, B)
  const kc = tf.matMul(select, k);

  // 6. O = K' · I over t; rows past a clip's active count are zero rows of K'
  const frames = tf.reshape(tf.transpose(x, [0, 2, 1, 3, 4]), [N, T, C * H * W]);
  const o = tf.reshape(tf.matMul(kc, frames), [N, B, C, H, W]);
  return { y: tf.transpose(o, [0, 2, 1, 3, 4]), lengths: tf.sum(tf.cast(active, 'int32'), 1) };
};
