// SIFA: Stand-alone Inter-Frame Attention (spec §3, with §6 and §7), the block the official
// DEFLocalTransBottleneck inserts after relu(bn2(conv2(·))). For x (N, C, T, H, W), K odd:
//
//   X_prev[t] = X[max(t−1, 0)]
//   MSM       = sigmoid(X − X_prev) ⊙ X + X                       (code: the "+X" term; 1.5·X[0] at t = 0)
//   Δ         = conv_offset(MSM)                                   Conv3d(C → 2K², (1,3,3), pad (0,1,1), no bias)
//   S[t,c,k]  = bilinear(X[c,t], h − K//2 + kh + Δ[2k,t], w − K//2 + kw + Δ[2k+1,t])     (DCN layout: 2k = Δy)
//   Wcor[k,t] = Σ_c def_cor.weight[c,t,kh,kw] · X_prev[c,t] · S[t,c,k]                   (official defcor output)
//   Agg[c,t]  = Σ_k Wcor[k,t] · S[t,c,k]                                                  (no softmax)
//   Y[t]      = X[t] + Agg[t+1] for t < T−1,   Y[T−1] = X[T−1]
//
// Bilinear sampling is the `bilinear` op: pixel units, a sample is 0 unless −1 < y < H and −1 < x < W,
// a corner outside the image contributes 0 (so a tap at exactly −1 reads nothing, §7).
//
// The graph uses the clean pair formulation of §6: a list of frame pairs (query frame, key frame), where
// Y[t] takes the pair (t, t+1): query X[t] at the integer location, samples of frame t+1 deformed by
// Δ[t+1], weight slot t+1. Frame 0's samples and the t = 0 self pair, which the official kernel computes
// and the mask throws away, are built only when the raw correlation is asked for. Samples never exist
// as a tensor in the fused plan: the bilinear op is inlined into the correlation reduction (over C) and
// again into the aggregation (over K²); see `tempofuse inspect --kernels`.
//
// variant 'paper' (§3.6, §7): the last frame attends to itself instead of being left alone: the whole pair
// computation applied to the pair (X[T−1], X[T−1]), exactly as the code's own t = 0 self pair:
//   MSMself = sigmoid(0) ⊙ X[T−1] + X[T−1] = 1.5·X[T−1],   Δself = conv_offset(MSMself)
//   Sself[c,k] = bilinear(X[c,T−1], taps deformed by Δself)
//   Y[T−1] = X[T−1] + Σ_k Wself[k] · Sself[·,k],  Wself[k] = Σ_c def_cor.weight[c,T−1,k] · X[T−1,c] · Sself[c,k]
// so its offsets are not those of the pair (T−2 → T−1), whose saliency input sees the motion from T−2.
// Everything else — the MSM with its "+X", the frozen 1/C correlation weight — stays as in the code, so an
// official state_dict loads into both variants. (The paper's MSM has no "+X" and its correlation no 1/C;
// those are not options here.)
//
// Parameters (official state_dict keys inside DEFLocalTransBottleneck, relative to the current scope):
//   conv_offset.weight (2K², C, 1, 3, 3): kaiming_normal(fan_out, relu). The block zero-initialises it,
//     but the model-wide init loop then re-initialises every Conv3d (spec §3.2 step 2).
//   def_cor.weight (C, T, K, K): the frozen 1/C correlation weight (DefCorFixW, an nn.Parameter with
//     requires_grad = False, so it is in the state_dict), trainable = false. Its values are used as
//     loaded, indexed [c, t, kh, kw] as the CUDA kernel does; its T must equal the input's (the kernel
//     asserts it), which holds by construction here.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { AttrError, DTypeError, ShapeError } from '../ir/errors.ts';
import { init, type InitSpec } from '../ir/init.ts';
import { formatShape } from '../ir/tensor.ts';
import { requireKnownOptions, requireRankIn, site } from './check.ts';

export type SifaVariant = 'code' | 'paper';

export interface SifaOptions {
  /** Neighbourhood size K (odd; the padding is K//2, dilation 1, one correlation group). Default 3. */
  kernel?: number;
  /** 'code' (default): the last frame gets no aggregation. 'paper': the last frame attends to itself. */
  variant?: SifaVariant;
  /** Also return the raw correlation, exactly the official defcor output: (N, K², T, H, W), index t
   *  the pair (query X[max(t−1,0)], samples of frame t), index 0 the self pair of frame 0. Default false. */
  correlation?: boolean;
  /** Init of conv_offset.weight. Default kaiming_normal(fan_out, relu), what the official model ends
   *  up with; init.constant(0) gives the author's intended zero offsets. */
  offsetInit?: InitSpec;
}

export interface SifaResult {
  /** (N, C, T, H, W). */
  y: Value;
  /** (N, K², T, H, W) when options.correlation is true. */
  correlation?: Value;
}

const BLOCK = 'sifa';
const OPTIONS: Record<keyof SifaOptions, true> = { kernel: true, variant: true, correlation: true, offsetInit: true };

/** The SIFA block on x (N, C, T, H, W) (f32), see the file comment. */
export function sifa(b: GraphBuilder, x: Value, opts: SifaOptions & { correlation: true }): Required<Pick<SifaResult, 'correlation'>> & SifaResult;
export function sifa(b: GraphBuilder, x: Value, opts?: SifaOptions): SifaResult;
export function sifa(b: GraphBuilder, x: Value, opts: SifaOptions = {}): SifaResult {
  const where = site(b, BLOCK);
  requireKnownOptions(b, BLOCK, opts, OPTIONS);
  requireRankIn(b, BLOCK, 'input', x, [5], '(N, C, T, H, W)');
  if (x.dtype !== 'f32') throw new DTypeError(`${where}: input must be f32`, { expected: 'f32', found: x.dtype });
  if (x.shape.some((d) => d < 1)) {
    throw new ShapeError(`${where}: input (N, C, T, H, W) must have every size >= 1`, { expected: 'sizes >= 1', found: formatShape(x.shape) });
  }
  const K = opts.kernel ?? 3;
  if (!Number.isInteger(K) || K < 1 || K % 2 === 0) {
    throw new AttrError(`${where}: option 'kernel' must be a positive odd integer`, { expected: 'an odd integer >= 1', found: String(K) });
  }
  const variant = opts.variant ?? 'code';
  if (variant !== 'code' && variant !== 'paper') {
    throw new AttrError(`${where}: option 'variant' must be 'code' or 'paper'`, { expected: "'code' or 'paper'", found: JSON.stringify(variant) });
  }
  const wantCorr = opts.correlation ?? false;
  if (typeof wantCorr !== 'boolean') {
    throw new AttrError(`${where}: option 'correlation' must be true or false`, { expected: 'a boolean', found: JSON.stringify(wantCorr) });
  }

  const [N, C, T, H, W] = x.shape;
  const K2 = K * K;
  const pad = Math.floor(K / 2); // the official (cor_dilation·(K−1)+1)//2 with dilation 1
  const wOffset = b.param('conv_offset.weight', [2 * K2, C, 1, 3, 3], opts.offsetInit ?? init.kaimingNormal('fan_out', 'relu'));
  const wCor = b.param('def_cor.weight', [C, T, K, K], init.constant(1 / C), { trainable: false });

  // The frame pairs computed, each (query frame, key frame); the key frame picks the weight slot and is
  // the frame sampled; the pair's own saliency input gives its offsets. Y needs the pairs (t, t+1) for
  // t < T−1 and, in the paper variant, (T−1, T−1). The raw correlation is the official (max(t−1, 0), t)
  // for every t, so asking for it adds the pair (0, 0) in front: then pair p ≥ 1 is the official pair p,
  // and the Y pairs are all but the first.
  const keys: number[] = [], queries: number[] = [];
  for (let t = wantCorr ? 0 : 1; t < T; t++) { keys.push(t); queries.push(Math.max(t - 1, 0)); }
  if (variant === 'paper') { keys.push(T - 1); queries.push(T - 1); }
  const P = keys.length;
  if (P === 0) return { y: x }; // code variant, T = 1: the only frame is masked, Y = X
  const yFrom = wantCorr ? 1 : 0; // the pairs Y aggregates: [yFrom, P)

  // the frames of `v` along `axis` listed in `idx`, as slices of contiguous runs (concatenated if several)
  const pick = (v: Value, axis: number, idx: readonly number[]): Value => {
    const runs: [number, number][] = [];
    for (const t of idx) {
      const last = runs[runs.length - 1];
      if (last && last[1] === t) last[1]++;
      else runs.push([t, t + 1]);
    }
    const parts = runs.map(([s, e]) => (s === 0 && e === v.shape[axis] ? v : b.slice(v, { axes: [axis], starts: [s], ends: [e] })));
    return parts.length === 1 ? parts[0] : b.concat(parts, { axis });
  };

  // motion saliency and offsets per pair (the offset conv has temporal size 1): sigmoid(key − query) ⊙ key
  // + key, so a self pair's input is 1.5·X (the official t = 0 pair, and the paper variant's last one)
  const xk = pick(x, 2, keys);
  const msm = b.add(b.mul(b.sigmoid(b.sub(xk, pick(x, 2, queries))), xk), xk);
  const offset = b.conv(msm, wOffset, { padding: [0, 1, 1] }); // (N, 2K², P, H, W)

  // sampling coordinates (N·P, K², H, W): the base grid h − pad + kh (w − pad + kw) plus Δy (Δx)
  const framesFirst = (v: Value): Value => b.permute(v, { perm: [0, 2, 1, 3, 4] }); // (N, ·, P, H, W) -> (N, P, ·, H, W)
  const offsetPairs = b.reshape(framesFirst(offset), { shape: [N * P, K2, 2, H, W] });
  const component = (i: number): Value => b.reshape(b.slice(offsetPairs, { axes: [2], starts: [i], ends: [i + 1] }), { shape: [N * P, K2, H, W] });
  const baseY: number[] = [], baseX: number[] = [];
  for (let kh = 0; kh < K; kh++) {
    for (let kw = 0; kw < K; kw++) {
      for (let h = 0; h < H; h++) baseY.push(h - pad + kh);
      for (let w = 0; w < W; w++) baseX.push(w - pad + kw);
    }
  }
  const ys = b.add(component(0), b.constant(baseY, 'f32', [K2, H, 1]));
  const xs = b.add(component(1), b.constant(baseX, 'f32', [K2, 1, W]));

  // S (N, P, C, K², H, W): every channel of each pair's key frame at the K² deformed taps
  const image = b.reshape(framesFirst(pick(x, 2, keys)), { shape: [N * P, C, H, W] });
  const samples = b.reshape(b.bilinear(image, ys, xs), { shape: [N, P, C, K2, H, W] });

  // correlation (N, K², P, H, W): Σ_c weight[c, key, kh, kw] · query[c] · S[c, k], no softmax
  const weight = b.reshape(b.permute(pick(wCor, 1, keys), { perm: [2, 3, 1, 0] }), { shape: [K2, P, C, 1, 1] });
  const query = b.reshape(framesFirst(pick(x, 2, queries)), { shape: [N, 1, P, C, H, W] });
  const corr = b.sum(b.mul(b.mul(weight, query), b.permute(samples, { perm: [0, 3, 1, 2, 4, 5] })), { axes: [3] });

  // aggregation (N, C, P', H, W) over the Y pairs: Σ_k corr[k] · S[c, k], weighted by the raw correlation;
  // Y[t] = X[t] + Agg(t, t+1), and the last frame gets nothing (the code's mask) or its self pair (paper)
  let y = x; // code variant, T = 1 (only the correlation is computed)
  if (P > yFrom) {
    const ofY = (v: Value, axis: number): Value => (yFrom === 0 ? v : b.slice(v, { axes: [axis], starts: [yFrom], ends: [P] }));
    const corrY = b.reshape(ofY(corr, 2), { shape: [N, 1, K2, P - yFrom, H, W] });
    const agg = b.sum(b.mul(corrY, ofY(b.permute(samples, { perm: [0, 2, 3, 1, 4, 5] }), 3)), { axes: [2] });
    y = b.add(x, variant === 'paper' ? agg : b.pad(agg, { pads: [[0, 0], [0, 0], [0, 1], [0, 0], [0, 0]] }));
  }
  if (!wantCorr) return { y };
  // the official layout (N, K², T, H, W): the first T pairs (the paper's extra self pair is not in it)
  const correlation = P === T ? corr : b.slice(corr, { axes: [2], starts: [0], ends: [T] });
  return { y, correlation };
}
