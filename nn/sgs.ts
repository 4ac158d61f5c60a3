// SGS: the similarity guided sampling block of ATFR (spec §4; official code `TSLayer` + `TemporalSampling`
// + `sampling_kernels.py` of SimilarityGuidedSampling/Similarity-Guided-Sampling @ 278d188).
//
// Input I (N, C, T, H, W), f32. Per clip:
//  1. Embedding: GAP over (H, W) -> (N, T, C) -> Linear(C -> C/2) -> ReLU (or Swish) -> Linear(C/2 -> L)
//     -> transpose (N, L, T) -> BatchNorm1d(L) = Z.
//  2. Per-frame scalar Δ_t over the L axis (reduced explicitly: the torch >= 1.10 pairwise_distance of the
//     official call would reduce over T instead, spec §4.2 "version trap"):
//       similarity 'code' (default): Δ_t = ‖Z̄ − Z_t + 1e-6‖_p, Z̄ the mean over t (pairwise_distance's eps);
//       similarity 'paper':          Δ_t = ‖Z_t‖_p (the paper's magnitude, no eps).
//     p = 2 ('L2', default) or 1 ('L1').
//     Z̄ − Z_t is computed without forming Z: fc2 and BatchNorm are affine per latent channel, so
//     Z̄ − Z_t = −s ⊙ W2 · (a_t − ā) with s = γ / sqrt(var + eps) (the running var, or in training the batch
//     var of the fc2 output, computed from batch-centred activations) and a the hidden activations, centred
//     exactly for ReLU (centredActivation below). With the official normal(0, 0.01) fc weights and O(1)
//     biases and BN shifts the frames' Z nearly agree, and Z − mean(Z) in f32 (PyTorch's f32 included)
//     keeps only ~3 digits of Δ; this form keeps f32 accuracy (test/unit/block-sgs.test.ts, float64 oracle).
//  3. d_t = (Δ_t / max_t Δ_t) · 2B ∈ [0, 2B]; bin b has centre μ_b = 1 + 2b and half-width 1.
//  4. Kernel K[n, b, t]:
//       'linear'            max(0, c − |d − μ_b|) with c = 1 + 1e-7 rounded to f32 (= 1 + 2^-23, spec §7);
//       'linear_normalized' the same divided by the number of non-zero entries of the bin (0 -> 1);
//       'delta'             [|d − μ_b| ≤ 1];
//       'delta_normalized'  the same divided by its count (the bin average, the paper's eq. 5).
//  5. Empty bins (Σ_t K = 0) are dropped per clip, the others keep ascending bin order (DROP_ZERO_BINS).
//  6. O = K · I over t, laid out (N, C, B, H, W): output frames are ordered by similarity bin, not time.
//
// Numerics of the bins. d is computed as (Δ / max Δ) · 2B, not Δ · (2B / max Δ) as in the official code:
// the frame with the largest Δ then sits exactly at d = 2B in any precision (x / x = 1), on the right edge
// of the last bin, where the linear kernel gives c − 1 = 2^-23 (the official f32 arithmetic, which builds
// its centres from max d, gives the same 2^-23 for B = 2, 3, 4, 5, 8, 16, 32 and ~1.07e-6 for some inputs
// at B = 7; that frame contributes ~1e-7 of itself either way, but keeps its bin active). The delta kernels
// keep that frame too (|d − μ| = 1 ≤ 1, exact arithmetic); the official f32 code drops it for ~5% of clips
// (|max d − centre| rounds above size/2), which can empty the last bin: a rounding accident this block
// does not reproduce (the tests avoid such inputs with a guard). d is also clamped at
// 2B, so a kernel that recomputes Δ with another summation order cannot push the maximum past the edge
// and drop its bin. When all frames of a clip have the same embedding, every Δ_t is equal and every frame
// lands at d = 2B: the clip has one active bin whose frame is 2^-23 · Σ_t I_t (spec §7). A clip whose Δ are
// all 0 (only possible with similarity 'paper' and Z = 0) gives 0/0 = NaN, as the official code.
//
// Static shapes (the data-dependent length). The official code truncates the kernels to B' = the batch
// maximum of active-bin counts, a size known only at run time. Here every shape is static, and nothing
// returns to the host:
//   y          (N, C, B, H, W): clip n's active bins compacted to the front in ascending bin order; every
//              frame j >= lengths[n] is exactly 0. So y[:, :, :maxLength] is the official tensor and
//              y[:, :, maxLength:] is zero (padding 'official', the only mode).
//   lengths    (N,) i32: B'_n, the number of active bins of clip n.
//   maxLength  i32 scalar: max_n B'_n, the official tensor's T'.
// Compaction is arithmetic on the (small) bin axis, all on the device:
//   active[n, b] = (Σ_t K[n, b, t] ≠ 0)                          as 0/1 f32
//   rank[n, b]   = Σ_{b' < b} active[n, b'] = active · U           U strictly upper triangular (B, B), a matmul
//   S[n, j, b]   = active[n, b] · (rank[n, b] == j)               one-hot selection (N, B, B)
//   K'           = S · K                                          (N, B, T); rows j >= B'_n are 0
//   O            = K' · I                                         I viewed as (N, T, C·H·W)
// The counts are small integers, exact in f32, and S has one 1 per used row, so K' copies K exactly.
//
// Skipping the padded frames: `keep_frames(v, lengths or maxLength, { axis })` is v on the valid frames and
// 0 elsewhere, and the kernel that computes it evaluates v (a conv, a matmul fused into it) only on the
// valid frames. The aggregation below uses it with `lengths`, so the rows of padded frames are never
// computed; a later layer wraps its outputs in keep_frames with maxLength (the official T': clips shorter
// than T' keep their zero frames, which the official layers do process) to skip frames >= T'.
//
// Consumers of y that must see exactly the official T' frames: anything that is per frame and causal in
// the bin axis (pointwise ops, 1×k×k convs, temporal convs with zero padding evaluated at frames < T')
// gives the official values on frames < maxLength. Anything that reduces over time or over the batch must
// use maxLength (or lengths): a mean over time divides by T' (meanOverValidFrames below, what the head's
// AdaptiveAvgPool3d does on the truncated tensor); BatchNorm in training would otherwise count the extra
// B − T' zero frames in its statistics; frames >= maxLength of a later layer's output are not zero after a
// bias or BN shift and must be masked or ignored. A single clip's output depends on its batch-mates only
// through the BN batch statistics (training) and T', as in the official code (spec §6).
//
// Parameters: the official state_dict keys of TSLayer under the current scope (in the 3D-ResNet model the
// layer is `s2.ts_layer`; in SlowFast `s2.pathway{0,1}_ts_layer`): fc.0.weight (C/2, C), fc.0.bias,
// fc.2.weight (L, C/2), fc.2.bias (Linear init normal(0, 0.01) and zero bias, the model's init_weights with
// FC_INIT_STD 0.01), bn.weight, bn.bias, bn.running_mean, bn.running_var (bn.num_batches_tracked is not
// represented, see nn/norm.ts). The TemporalSampling submodule has no parameters.
//
// Gradients (§4.3) come from the graph (ir/autodiff); the linear kernel's derivative in d is the official ±1
// (sgsKernels). The delta kernels' pseudo-gradient is not reproduced: their graph passes none to d.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { AttrError, DTypeError, ShapeError } from '../ir/errors.ts';
import { init } from '../ir/init.ts';
import { formatShape } from '../ir/tensor.ts';
import { requireKnownOptions, requireRankIn, requireSize, site } from './check.ts';
import { applyLinear } from './linear.ts';
import { batchNorm, batchNormParams, updatedRunningStats } from './norm.ts';

export const SGS_KERNELS = ['linear', 'linear_normalized', 'delta', 'delta_normalized'] as const;
export type SgsKernel = (typeof SGS_KERNELS)[number];
export const SGS_DISTANCES = ['L2', 'L1'] as const;
export type SgsDistance = (typeof SGS_DISTANCES)[number];

export interface SgsOptions {
  /** BatchNorm1d mode: batch statistics and updated running ones, or the running ones. */
  training: boolean;
  /** LATENT_DIMENSION L. Default 8 (every shipped ATFR config; defaults.py says 3). */
  latent?: number;
  /** NUM_BINS B; -1 (default) means B = T. */
  numBins?: number;
  /** KERNEL_TYPE. Default 'linear'. */
  kernel?: SgsKernel;
  /** DISTANCE_TYPE: 'L2' (default) or 'L1' (Mahal and Cosine are not supported). */
  distance?: SgsDistance;
  /** 'code' (default): distance to the clip-mean embedding; 'paper': the magnitude ‖Z_t‖. */
  similarity?: 'code' | 'paper';
  /** USE_RELU true -> 'relu' (default); false -> 'swish' (x · sigmoid x). */
  activation?: 'relu' | 'swish';
  /** DROP_ZERO_BINS. Default true; false keeps every bin in place (empty bins are zero frames, lengths = B). */
  dropZeroBins?: boolean;
  /** How frames past a clip's active count are filled: 'official' (zeros; the only mode). */
  padding?: 'official';
  /** BatchNorm1d eps and momentum (PyTorch defaults 1e-5, 0.1). */
  bnEps?: number;
  bnMomentum?: number;
}

export interface SgsResult {
  /** (N, C, B, H, W), compacted by bin; frames j >= lengths[n] are 0. */
  y: Value;
  /** (N,) i32: active bins per clip (B'_n). */
  lengths: Value;
  /** i32 scalar: max_n B'_n (the official output's T'). */
  maxLength: Value;
  /** (N, T): the scaled distances d_t ∈ [0, 2B]. */
  distances: Value;
  /** (N, B, T): the compacted kernels K' (y = K' · I over t). */
  kernels: Value;
  /** BatchNorm1d running statistics: updated in training, the params themselves in inference. */
  runningMean: Value;
  runningVar: Value;
}

/** The linear kernel's 1 + 1e-7 as the f32 working dtype holds it: 1 + 2^-23 (spec §7). */
export const SGS_LINEAR_ONE = Math.fround(1 + 1e-7);

function oneOf<T extends string>(b: GraphBuilder, option: string, v: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(v as T)) {
    throw new AttrError(`${site(b, 'sgs')}: option '${option}' must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`, {
      expected: allowed.join(' | '), found: String(v),
    });
  }
  return v as T;
}

/** The SGS block on x (N, C, T, H, W); see the file comment for the static-shape outputs. */
const OPTIONS: Record<keyof SgsOptions, true> = {
  training: true, latent: true, numBins: true, kernel: true, distance: true, similarity: true, activation: true, dropZeroBins: true, padding: true, bnEps: true, bnMomentum: true,
};

export function sgs(b: GraphBuilder, x: Value, opts: SgsOptions): SgsResult {
  requireKnownOptions(b, 'sgs', opts, OPTIONS);
  requireRankIn(b, 'sgs', 'input', x, [5], '(N, C, T, H, W)');
  if (x.dtype !== 'f32') {
    throw new DTypeError(`${site(b, 'sgs')}: input must be f32 (the kernel's 1 + 1e-7 needs f32 resolution)`, { expected: 'f32', found: x.dtype });
  }
  const [N, C, T, H, W] = x.shape;
  for (const [axis, size] of [[0, N], [2, T], [3, H], [4, W]] as const) {
    if (size < 1) throw new ShapeError(`${site(b, 'sgs')}: input ${formatShape(x.shape)} is empty on axis ${axis}`, { expected: 'size >= 1', found: String(size) });
  }
  if (C < 2) throw new ShapeError(`${site(b, 'sgs')}: input ${formatShape(x.shape)} needs C >= 2 for the C/2 hidden layer`, { expected: 'C >= 2', found: String(C) });
  if (typeof opts?.training !== 'boolean') {
    throw new AttrError(`${site(b, 'sgs')}: option 'training' must be given as true or false`, { expected: 'a boolean', found: String(opts?.training) });
  }
  const L = opts.latent ?? 8;
  requireSize(b, 'sgs', 'latent', L);
  const numBins = opts.numBins ?? -1;
  if (numBins !== -1) requireSize(b, 'sgs', 'numBins', numBins);
  const B = numBins === -1 ? T : numBins;
  const kernel = oneOf(b, 'kernel', opts.kernel ?? 'linear', SGS_KERNELS);
  const distance = oneOf(b, 'distance', opts.distance ?? 'L2', SGS_DISTANCES);
  const similarity = oneOf(b, 'similarity', opts.similarity ?? 'code', ['code', 'paper'] as const);
  const activation = oneOf(b, 'activation', opts.activation ?? 'relu', ['relu', 'swish'] as const);
  oneOf(b, 'padding', opts.padding ?? 'official', ['official'] as const);
  const dropZeroBins = opts.dropZeroBins ?? true;
  if (typeof dropZeroBins !== 'boolean') {
    throw new AttrError(`${site(b, 'sgs')}: option 'dropZeroBins' must be true or false`, { expected: 'a boolean', found: String(dropZeroBins) });
  }

  if (opts.training && N * T < 2) {
    throw new ShapeError(`${site(b, 'sgs')}: training BatchNorm1d needs more than one frame in the batch`, { expected: 'N · T >= 2', found: `input ${formatShape(x.shape)}` });
  }
  const momentum = opts.bnMomentum ?? 0.1;
  if (!(momentum >= 0 && momentum <= 1)) throw new AttrError(`${site(b, 'sgs')}: option 'bnMomentum' must lie in [0, 1]`, { expected: '0..1', found: String(momentum) });

  // 1. embedding parameters and the GAP (N, T, C)
  const hidden = Math.floor(C / 2);
  const fcParams = (name: string, inF: number, outF: number): { weight: Value; bias: Value } => b.scope(name, () =>
    ({ weight: b.param('weight', [outF, inF], init.normal(0.01)), bias: b.param('bias', [outF], init.zeros()) }));
  const [fc0, fc2] = b.scope('fc', () => [fcParams('0', C, hidden), fcParams('2', hidden, L)]);
  const bnParams = b.scope('bn', () => batchNormParams(b, L));
  const bnOpts = { features: L, training: opts.training, eps: opts.bnEps, momentum, params: bnParams };
  const gap = b.permute(b.mean(x, { axes: [3, 4] }), { perm: [0, 2, 1] }); // (N, T, C)
  const act = (h: Value): Value => (activation === 'relu' ? b.relu(h) : b.mul(h, b.sigmoid(h)));
  const hiddenOf = (v: Value): Value => act(applyLinear(b, v, fc0.weight, fc0.bias)); // (N, T, C/2)

  // 2. Δ (N, T), reduced over L
  let v: Value, runningMean: Value, runningVar: Value; // v (N, T, L)
  if (similarity === 'paper') {
    // Δ_t = ‖Z_t‖ needs Z itself: Z = BN(fc2(act(fc0(GAP)))) (N, L, T)
    const bn = batchNorm(b, b.permute(applyLinear(b, hiddenOf(gap), fc2.weight, fc2.bias), { perm: [0, 2, 1] }), bnOpts);
    ({ runningMean, runningVar } = bn);
    v = b.permute(bn.y, { perm: [0, 2, 1] });
  } else {
    // Z̄ − Z_t through the linearity of fc2 and of BatchNorm (per channel, scale s = γ / sqrt(var + eps),
    // in training too): Z̄ − Z_t = −s ⊙ fc2.weight · (a_t − ā), a the hidden activations. Computing Z and
    // then its mean loses ~|Z| / |Z − Z̄| ulps (the biases, BN shifts and a small embedding weight make
    // the frames' Z nearly equal); this form never subtracts nearly equal embeddings.
    const centred = (axes: number[]): Value => centredActivation(b, gap, fc0, activation, axes); // a − mean_axes a
    const ec = applyLinear(b, centred([1]), fc2.weight); // E_t − Ē (N, T, L), E the fc2 output
    let variance: Value;
    if (opts.training) {
      // BatchNorm's batch statistics over (N, T), the variance from the batch-centred E
      const count = N * T;
      const eb = applyLinear(b, centred([0, 1]), fc2.weight);
      variance = b.mean(b.mul(eb, eb), { axes: [0, 1] });
      const mean = applyLinear(b, b.mean(hiddenOf(gap), { axes: [0, 1] }), fc2.weight, fc2.bias);
      ({ runningMean, runningVar } = updatedRunningStats(b, bnParams, mean, variance, count, momentum));
    } else {
      variance = bnParams.runningVar;
      ({ runningMean, runningVar } = bnParams);
    }
    const scale = b.mul(b.rsqrt(b.add(variance, opts.bnEps ?? 1e-5)), bnParams.weight!); // (L)
    v = b.add(b.mul(b.neg(ec), scale), 1e-6);
  }
  const delta = distance === 'L2' ? b.sqrt(b.sum(b.mul(v, v), { axes: [2] })) : b.sum(b.abs(v), { axes: [2] });

  // 3. d = (Δ / max Δ) · 2B (≤ 2B as rounded: Δ ≤ max Δ). The maximum is taken as the official
  // `.max(dim)[0]` takes it, one frame's value: its gradient goes to the first of tied frames, not split
  // among them as an amax's would (clips of identical frames have every Δ tied).
  const top = b.gather(delta, b.argmax(delta, { axis: 1, keepdims: true }), { axis: 1 });
  const d = b.mul(b.div(delta, top), 2 * B);

  // 4. kernels (N, B, T)
  const k = sgsKernels(b, d, B, kernel);

  // 5. compaction
  let kc: Value, lengths: Value, maxLength: Value;
  if (dropZeroBins) {
    const active = b.ne(b.sum(k, { axes: [2] }), 0); // (N, B) bool
    const a = b.reshape(b.cast(active, { to: 'f32' }), { shape: [N, 1, B] });
    const upper = b.constant(Array.from({ length: B * B }, (_, i) => (Math.floor(i / B) < i % B ? 1 : 0)), 'f32', [B, B]);
    const rank = b.matmul(a, upper); // (N, 1, B): active bins before b
    const slot = b.constant(Array.from({ length: B }, (_, j) => j), 'f32', [B, 1]);
    const select = b.where(b.eq(rank, slot), a, b.constant(0, 'f32')); // (N, B, B): S[n, j, b]
    kc = b.matmul(select, k);
    lengths = b.sum(b.cast(active, { to: 'i32' }), { axes: [1] });
    maxLength = b.max(lengths, { axes: [0] });
  } else {
    kc = k;
    lengths = b.constant(B, 'i32', [N]);
    maxLength = b.constant(B, 'i32');
  }

  // 6. aggregation: (N, B, T) · (N, T, C·H·W) -> (N, C, B, H, W)
  const frames = b.reshape(b.permute(x, { perm: [0, 2, 1, 3, 4] }), { shape: [N, T, C * H * W] });
  // frames j >= lengths[n] are zero: their rows of the matmul are not computed (keep_frames branches)
  const o = b.keep_frames(b.matmul(kc, frames), lengths, { axis: 1 });
  const y = b.permute(b.reshape(o, { shape: [N, B, C, H, W] }), { perm: [0, 2, 1, 3, 4] });
  return { y, lengths, maxLength, distances: d, kernels: kc, runningMean, runningVar };
}

/** The mean over the official T' = maxLength frames of y (N, C, B, H, W), as AdaptiveAvgPool3d over time
 *  on the truncated tensor: frames past maxLength are zero, so it is Σ_b y / maxLength. (N, C, H, W), or
 *  (N, C, 1, H, W) with keepdims. */
export function meanOverValidFrames(b: GraphBuilder, y: Value, maxLength: Value, opts: { keepdims?: boolean } = {}): Value {
  requireRankIn(b, 'meanOverValidFrames', 'input', y, [5], '(N, C, B, H, W)');
  if (maxLength.rank !== 0 || maxLength.dtype !== 'i32') {
    throw new ShapeError(`${site(b, 'meanOverValidFrames')}: maxLength must be an i32 scalar`, { expected: 'i32[]', found: `${maxLength.dtype}${formatShape(maxLength.shape)}` });
  }
  const valid = b.keep_frames(y, maxLength, { axis: 2 }); // frames past maxLength are not even read
  return b.div(b.sum(valid, { axes: [2], keepdims: opts.keepdims ?? false }), b.cast(maxLength, { to: 'f32' }));
}

/** a − mean over `axes` of a, for the hidden activations a = act(gap · fc0.weightᵀ + fc0.bias) (N, T, C/2),
 *  without subtracting nearly equal activations: with m the GAP's mean over `axes`, h = h̄ + δ where
 *  h̄ = m · Wᵀ + bias and δ = (gap − m) · Wᵀ carries no bias. For ReLU, relu(h̄ + δ) − relu(h̄) =
 *  max(δ, −h̄) − relu(−h̄) exactly, a difference of order δ; swish has no such split and is centred as
 *  computed (its frames keep ~|a| / |a − ā| ulps of error). */
function centredActivation(b: GraphBuilder, gap: Value, fc0: { weight: Value; bias: Value }, activation: 'relu' | 'swish', axes: number[]): Value {
  const m = b.mean(gap, { axes, keepdims: true });
  const delta = applyLinear(b, b.sub(gap, m), fc0.weight);
  const hMean = applyLinear(b, m, fc0.weight, fc0.bias);
  let r: Value;
  if (activation === 'relu') {
    const below = b.neg(hMean);
    r = b.sub(b.maximum(delta, below), b.relu(below));
  } else {
    const h = b.add(hMean, delta);
    r = b.mul(h, b.sigmoid(h));
  }
  return b.sub(r, b.mean(r, { axes, keepdims: true }));
}

/** The kernels K (N, B, T) of the scaled distances d (N, T) for B bins (step 4 of the file comment).
 *  The linear kernel c − |d − μ| is built as c − s·(d − μ) with the slope s = −1 where d ≤ μ and +1
 *  elsewhere (the same values bit for bit), so that its derivative is the official LinearKernel's
 *  (§4.3): +1 for μ − 1 ≤ d ≤ μ, −1 for μ < d ≤ μ + 1, 0 outside. Through abs it would be 0 at d = μ.
 *  'linear_normalized' divides by the bin's count, and so does its derivative here; the official backward
 *  ignores the count (§7, a known defect there), which would need a stop-gradient the graph lacks. */
export function sgsKernels(b: GraphBuilder, d: Value, B: number, kernel: SgsKernel): Value {
  const [N, T] = d.shape;
  const centres = b.constant(Array.from({ length: B }, (_, i) => 1 + 2 * i), 'f32', [B, 1]);
  const offset = b.sub(b.reshape(d, { shape: [N, 1, T] }), centres);
  let k: Value;
  if (kernel.startsWith('linear')) {
    const slope = b.where(b.le(offset, 0), b.constant(-1, 'f32'), b.constant(1, 'f32'));
    k = b.relu(b.sub(b.constant(SGS_LINEAR_ONE, 'f32'), b.mul(slope, offset)));
  } else {
    k = b.where(b.le(b.abs(offset), 1), b.constant(1, 'f32'), b.constant(0, 'f32'));
  }
  if (kernel.endsWith('_normalized')) {
    const count = b.sum(b.cast(b.ne(k, 0), { to: 'f32' }), { axes: [2], keepdims: true });
    k = b.div(k, b.maximum(count, 1));
  }
  return k;
}
