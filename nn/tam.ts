// TAM, the Temporal Adaptive Module of TANet (spec §2), as the official code (liu-zhy/temporal-adaptive-module,
// ops/temporal_module.py) computes it. The input's rank picks its layout, and the output has the same one:
//   rank 4: the TSN layout (N·T, C, H, W) of the official code: frames of one clip are consecutive rows, and
//           `segments` = T says how many (the official `n_segment`, mmaction2's `num_segments`);
//   rank 5: the clip (N, C, T, H, W) of the 3-D blocks: T is axis 2 (`segments`, if given, must match).
// With X the clip (N, C, T, H, W), the TSN input's view permuted as the official forward does:
//
//   squeeze      X̂[n,c,t]  = mean over H, W of X[n,c,t]
//   global G     Θ[n,c,:]  = softmax_K(fc2(relu(BN1d(fc1(X̂[n,c,:])))))     fc1: T -> αT, fc2: αT -> K, no biases;
//                                                                          the BN statistics run over the N·C rows
//   local L      V[n,:,:]  = sigmoid(conv1d_1(relu(BN1d(conv1d_K'(X̂[n])))))  C -> C/β (kernel K', pad K'//2) -> C
//   excitation   Z = X ⊙ V (broadcast over H, W)
//   aggregation  Y[n,c,t,p] = Σ_k Θ[n,c,k] · Z[n,c,t+k−K//2,p], zero outside 0..T−1
//
// so for K = 3, Θ[0] weights frame t−1 (F.conv2d cross-correlation). There is no residual: Y replaces the
// input. K' (the local Conv1d kernel) is K in the official code and fixed at 3 in mmaction2 (spec §7): it
// defaults to K and can be set. The official code hard-codes the adaptive padding at 1, which keeps length
// T only for K = 3; here the padding is K//2 for any odd K (the paper's K = 5 ablation).
//
// Parameters carry the official state_dict keys under the caller's scope (the official bottleneck holds
// the module as `tam`): G.0.weight (αT, T), G.1.{weight,bias,running_mean,running_var} (αT), G.3.weight
// (K, αT), L.0.weight (C/β, C, K'), L.1.* (C/β), L.3.weight (C, C/β, 1). Inits are PyTorch's defaults.
//
// Layout of the aggregation: instead of permuting a TSN input to (N, C, T, H, W) and back as the official
// code does, it is computed on the free view (N, T, C, H, W) of the input (the same numbers); a 5-D input is
// used as it is. Z is zero-padded along T, the K shifted length-T windows are stacked on a new axis
// ((N, K, T, C, H, W), or (N, K, C, T, H, W)), multiplied by Θ broadcast along the channel axis and summed
// over K: one reduction whose prologue (excitation, the padded windows, Θ's softmax division, V's sigmoid)
// and epilogue (the reshape back) fuse into a single kernel.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { AttrError, DTypeError, ShapeError } from '../ir/errors.ts';
import { init } from '../ir/init.ts';
import { formatShape } from '../ir/tensor.ts';
import { softmax } from './activations.ts';
import { requireDim, requireKnownOptions, requireRankIn, requireSize, site } from './check.ts';
import { linear } from './linear.ts';
import { batchNorm } from './norm.ts';

export interface TamOptions {
  /** C: the input's channels (in_channels; the bottleneck width). */
  channels: number;
  /** T: frames per clip (n_segment). Required for the TSN input (N·T, C, H, W); a (N, C, T, H, W) input
   *  gives T itself (axis 2), which must equal this when it is given. */
  segments?: number;
  /** Batch norms (G.1, L.1) use batch statistics and update their running ones; otherwise the running ones. */
  training: boolean;
  /** α: the global branch's hidden width is αT. Default 2 (hard-coded in the official code). */
  alpha?: number;
  /** β: the local branch's hidden width is C/β. Default 4 (hard-coded in the official code). */
  beta?: number;
  /** K: the adaptive kernel size, odd; the aggregation pads K//2 zeros at both ends of T. Default 3. */
  kernel?: number;
  /** The local branch's first Conv1d kernel, odd, padded by its half. Default `kernel` (official); mmaction2 uses 3. */
  localKernel?: number;
  /** Both batch norms (PyTorch defaults 1e-5 and 0.1). */
  eps?: number;
  momentum?: number;
}

export interface TamResult {
  /** The input's layout: (N·T, C, H, W) or (N, C, T, H, W). */
  y: Value;
  /** The batch norms' running statistics by full state_dict key (scope included, e.g.
   *  "layer1.0.tam.G.1.running_mean"): updated values in training, the params themselves in inference. */
  state: Record<string, Value>;
}

const defaultWeightInit = () => init.kaimingUniform('fan_in', 'leaky_relu', Math.sqrt(5));

function requireOdd(b: GraphBuilder, option: string, v: number): void {
  requireSize(b, 'tam', option, v);
  if (v % 2 !== 1) {
    throw new AttrError(`${site(b, 'tam')}: option '${option}' must be odd so that zero padding ${option}//2 keeps the length T`, {
      expected: 'an odd integer', found: String(v),
    });
  }
}

const OPTIONS: Record<keyof TamOptions, true> = { channels: true, segments: true, training: true, alpha: true, beta: true, kernel: true, localKernel: true, eps: true, momentum: true };

/** The Temporal Adaptive Module on x (N·T, C, H, W) with T = opts.segments, or on x (N, C, T, H, W). */
export function tam(b: GraphBuilder, x: Value, opts: TamOptions): TamResult {
  requireKnownOptions(b, 'tam', opts, OPTIONS);
  const { channels: C, training } = opts;
  const alpha = opts.alpha ?? 2;
  const beta = opts.beta ?? 4;
  const K = opts.kernel ?? 3;
  const KL = opts.localKernel ?? K;
  requireSize(b, 'tam', 'channels', C);
  if (opts.segments !== undefined) requireSize(b, 'tam', 'segments', opts.segments);
  requireSize(b, 'tam', 'alpha', alpha);
  requireSize(b, 'tam', 'beta', beta);
  requireOdd(b, 'kernel', K);
  requireOdd(b, 'localKernel', KL);
  if (C % beta !== 0) {
    throw new AttrError(`${site(b, 'tam')}: channels must be divisible by beta (the local branch has channels/beta)`, {
      expected: `a multiple of ${beta}`, found: `channels = ${C}`,
    });
  }
  requireRankIn(b, 'tam', 'input', x, [4, 5], '(N·T, C, H, W) or (N, C, T, H, W)');
  if (x.dtype !== 'f32' && x.dtype !== 'f16') {
    throw new DTypeError(`${site(b, 'tam')}: input must be floating point`, { expected: 'f32 or f16', found: x.dtype });
  }
  const clip = x.rank === 5;
  const C_in = x.shape[1];
  const [H, W] = x.shape.slice(-2);
  if (C_in !== C) {
    throw new ShapeError(`${site(b, 'tam')}: input ${formatShape(x.shape)} has ${C_in} channels on axis 1, but channels = ${C}`, {
      expected: `${C}`, found: `${C_in}`,
    });
  }
  let N: number, T: number;
  if (clip) {
    [N, , T] = x.shape;
    if (opts.segments !== undefined) requireDim(b, 'tam', 'input', x, 2, opts.segments, 'segments');
    if (N === 0 || T === 0) {
      throw new ShapeError(`${site(b, 'tam')}: input ${formatShape(x.shape)} (N, C, T, H, W) has no clip or no frame`, { expected: 'N >= 1 and T >= 1', found: `N = ${N}, T = ${T}` });
    }
  } else {
    if (opts.segments === undefined) {
      throw new AttrError(`${site(b, 'tam')}: option 'segments' is required for the (N·T, C, H, W) input (frames per clip)`, { expected: 'an integer >= 1', found: 'undefined' });
    }
    T = opts.segments;
    const NT = x.shape[0];
    if (NT === 0 || NT % T !== 0) {
      throw new ShapeError(`${site(b, 'tam')}: input ${formatShape(x.shape)} has ${NT} rows on axis 0, not a positive multiple of segments = ${T}`, {
        expected: `N·${T} with N >= 1`, found: `${NT}`,
      });
    }
    N = NT / T;
  }
  const hidden = alpha * T;
  const Cl = C / beta;
  const bn = { training, eps: opts.eps, momentum: opts.momentum };
  const state: Record<string, Value> = {};
  const keep = (prefix: string, r: { runningMean: Value; runningVar: Value }): void => {
    state[b.scoped(`${prefix}.running_mean`)] = r.runningMean;
    state[b.scoped(`${prefix}.running_var`)] = r.runningVar;
  };

  // squeeze to (N, C, T): a clip's spatial means directly; TSN's (N·T, C) means viewed (N, T, C) and permuted
  const squeezed = clip ? b.mean(x, { axes: [3, 4] }) : b.permute(b.reshape(b.mean(x, { axes: [2, 3] }), { shape: [N, T, C] }), { perm: [0, 2, 1] });

  // global branch on the N·C rows of length T -> Θ (N·C, K)
  const rows = b.reshape(squeezed, { shape: [N * C, T] });
  const g0 = b.scope('G.0', () => linear(b, rows, { in: T, out: hidden, bias: false }));
  const g1 = b.scope('G.1', () => batchNorm(b, g0, { features: hidden, ...bn }));
  keep('G.1', g1);
  const g3 = b.scope('G.3', () => linear(b, b.relu(g1.y), { in: hidden, out: K, bias: false }));
  const theta = softmax(b, g3, -1);

  // local branch on (N, C, T) -> V (N, C, T)
  const l0w = b.param('L.0.weight', [Cl, C, KL], defaultWeightInit());
  const l0 = b.conv(squeezed, l0w, { padding: [(KL - 1) / 2] });
  const l1 = b.scope('L.1', () => batchNorm(b, l0, { features: Cl, ...bn }));
  keep('L.1', l1);
  const l3w = b.param('L.3.weight', [C, Cl, 1], defaultWeightInit());
  const v = b.sigmoid(b.conv(b.relu(l1.y), l3w));

  // excitation and adaptive aggregation on the clip (N, C, T, H, W) or the TSN view (N, T, C, H, W)
  const frames = clip ? x : b.reshape(x, { shape: [N, T, C, H, W] });
  const gate = clip ? b.reshape(v, { shape: [N, C, T, 1, 1] }) : b.reshape(b.permute(v, { perm: [0, 2, 1] }), { shape: [N, T, C, 1, 1] });
  const z = b.mul(frames, gate);
  // the K zero-padded temporal windows as a tap axis: (N, K, ·, ·, H, W)
  const stacked = b.unfold(z, { at: 1, axes: [clip ? 2 : 1], kernel: [K], padding: [(K - 1) / 2] });
  const weights = b.reshape(b.permute(b.reshape(theta, { shape: [N, C, K] }), { perm: [0, 2, 1] }), { shape: clip ? [N, K, C, 1, 1, 1] : [N, K, 1, C, 1, 1] });
  const y = b.sum(b.mul(stacked, weights), { axes: [1] });
  return { y: clip ? y : b.reshape(y, { shape: [...x.shape] }), state };
}
