// DTF: the Dynamic Temporal Filter block (spec §1), as the official code's DTFBlock computes it, with its
// state_dict names so a checkpoint loads unchanged. Input and output X, Y (N, C, T, H, W); T is the clip
// length the block was built for.
//
// variant 'code' (default), spec §1.2:
//   A  Wo[n,k,t,h,w] = Σ_c W_cor[c,t,kh,kw] · X[n,c,max(t−1,0),h,w] · X[n,c,t,h−p+kh,w−p+kw]   (zero padding,
//      p = (K−1)/2, k = kh·K + kw; W_cor ≡ 1/C, the frozen `weights_cor` buffer). Wo[t ≥ 1] is the pair
//      (t−1 → t); Wo[0] is frame 0 with itself.
//   B–D  frame-wise aggregation in the clean pair form (spec §6): for t < T−1, frame t attends to the K×K
//      neighbourhood of frame t+1 with A = softmax over k of Wo[t+1] (border taps keep logit 0 and stay in the
//      softmax), X'[t] = X[t] + Σ_k A_k · X[t+1](p+δ_k); X'[T−1] = X[T−1] (no aggregation, no self pair).
//      This is the official shift-and-mask of Agg, without the discarded self-correlation aggregation.
//   E  S = rfft(X', axis T, ortho): (N, C, M, H, W), M = ⌊T/2⌋+1.
//   F  F_i = filter_g(concat(X', Wo) flattened as channel c·T + t), a 1×1 conv to C·M·2/G channels; each entry
//      is repeated G times along the flattened (c, f, re/im) axis: S_c[c,f] = F_i[⌊(2Mc+2f)/G⌋] · (1 + j).
//   G  S2 = W_lin (S ⊙ S_c) (complex C×C channel mix, `linear1.complex_weight` (C, C, 2) = re, im);
//      S3 = BatchNorm3d(C, affine=False) over the real view (statistics per channel over N, M, H and the
//      re/im pairs: BN is per channel, so the order inside a channel does not matter and re and im are simply
//      concatenated along W); S4 = α · S3.
//   H  Y = X + irfft(S4, n = T, ortho) + bias  (the residual is the block input X, not X').
//   α = bias = 0 at initialisation, so the block starts as an identity.
//
// variant 'paper' (spec §1.6, §7 last bullet): the same aggregation, spectrum and filter_g, but filter_g's
// output is read as a complex filter (C/G, M) (re/im innermost) shared by groups of G consecutive channels;
// S' = S ⊙ S_c, Y = X + irfft(S', n = T, ortho). No linear, BN, α or bias (C must be divisible by G).
//
// Parameters, under the current scope (e.g. b.scope('layer1.0.dtf_blk', ...)):
//   weights_cor (C, T, K, K)          constant 1/C, trainable = false (a frozen nn.Parameter in the code)
//   filter_g.weight (2CM/G, (C+K²)T, 1, 1)  kaiming_normal(fan_out, relu)
//   linear1.complex_weight (C, C, 2)  normal(0, 0.02)                          [code variant]
//   norm1.norm.running_mean / running_var (C)  trainable = false              [code variant]
//   alpha1, bias (1, C, 1, 1, 1)      zeros                                    [code variant]
// PyTorch's norm1.norm.num_batches_tracked is not represented (see nn/norm.ts): a checkpoint loader skips it.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { AttrError } from '../ir/errors.ts';
import { init } from '../ir/init.ts';
import { requireDim, requireKnownOptions, requireRankIn, requireSize, site } from './check.ts';
import { softmax } from './activations.ts';
import { batchNorm } from './norm.ts';

export interface DtfOptions {
  /** dim: the channel count C (axis 1 of the input). */
  channels: number;
  /** clip_len: the temporal length T the block is built for; the input's axis 2 must equal it. */
  clipLen: number;
  /** Training uses batch statistics in the FFT-domain BN and returns the updated running statistics;
   *  inference uses the running ones. (Unused by the paper variant.) */
  training: boolean;
  /** Correlation / aggregation window K×K, odd. Default 3. */
  K?: number;
  /** factor_G: the filter predictor's reduction. Default 16. */
  G?: number;
  /** 'code' (default): the official DTFBlock; 'paper': the paper's S' = S ⊙ S_c, f_o = f + f'. */
  variant?: 'code' | 'paper';
  /** The BN's eps and momentum (PyTorch's defaults 1e-5 and 0.1). */
  eps?: number;
  momentum?: number;
}

export interface DtfResult {
  /** The block output (N, C, T, H, W). */
  y: Value;
  /** Code variant: the BN running statistics (C) after this call: updated in training (store them back),
   *  the params themselves in inference. Undefined for the paper variant. */
  runningMean?: Value;
  runningVar?: Value;
}

const BLOCK = 'dtf';
const OPTIONS: Record<keyof DtfOptions, true> = { channels: true, clipLen: true, training: true, K: true, G: true, variant: true, eps: true, momentum: true };

/** Check the options against the input and return (C, T, K, G, M). */
function checked(b: GraphBuilder, x: Value, opts: DtfOptions): { C: number; T: number; K: number; G: number; M: number; paper: boolean } {
  requireKnownOptions(b, BLOCK, opts, OPTIONS);
  requireSize(b, BLOCK, 'channels', opts.channels);
  requireSize(b, BLOCK, 'clipLen', opts.clipLen);
  const K = opts.K ?? 3;
  const G = opts.G ?? 16;
  requireSize(b, BLOCK, 'K', K);
  requireSize(b, BLOCK, 'G', G);
  if (K % 2 !== 1) throw new AttrError(`${site(b, BLOCK)}: option 'K' must be odd (a window centred on the pixel)`, { expected: 'an odd integer', found: String(K) });
  const variant = opts.variant ?? 'code';
  if (variant !== 'code' && variant !== 'paper') {
    throw new AttrError(`${site(b, BLOCK)}: option 'variant' must be 'code' or 'paper'`, { expected: `'code' or 'paper'`, found: String(variant) });
  }
  requireRankIn(b, BLOCK, 'input', x, [5], '(N, C, T, H, W)');
  requireDim(b, BLOCK, 'input', x, 1, opts.channels, 'channels');
  requireDim(b, BLOCK, 'input', x, 2, opts.clipLen, 'clipLen');
  const C = opts.channels, T = opts.clipLen, M = Math.floor(T / 2) + 1;
  if (variant === 'code' && (C * M * 2) % G !== 0) {
    throw new AttrError(`${site(b, BLOCK)}: C·M·2 = ${C}·${M}·2 = ${C * M * 2} (M = ⌊T/2⌋+1 for T = ${T}) must be divisible by G`, {
      expected: `G dividing ${C * M * 2}`, found: `G = ${G}`,
    });
  }
  if (variant === 'paper' && C % G !== 0) {
    throw new AttrError(`${site(b, BLOCK)}: the paper variant shares filters over groups of G channels, so C = ${C} must be divisible by G`, {
      expected: `G dividing ${C}`, found: `G = ${G}`,
    });
  }
  return { C, T, K, G, M, paper: variant === 'paper' };
}

/** The DTF block on x (N, C, T, H, W) -> { y (N, C, T, H, W), runningMean?, runningVar? } (see the file head). */
export function dtf(b: GraphBuilder, x: Value, opts: DtfOptions): DtfResult {
  const { C, T, K, G, M, paper } = checked(b, x, opts);
  const [N, , , H, W] = x.shape;
  const p = (K - 1) / 2;
  const K2 = K * K;

  // ---- A: correlation of each frame's K×K neighbourhood with the previous frame's pixel (frame 0: itself)
  const wcor = b.param('weights_cor', [C, T, K, K], init.constant(1 / C), { trainable: false });
  const frames = (v: Value, axis: number, start: number, end: number): Value =>
    (start === 0 && end === v.shape[axis] ? v : b.slice(v, { axes: [axis], starts: [start], ends: [end] }));
  // The K² shifted neighbourhoods of every frame as one tensor nb (N, C, K², T, H, W), tap k = kh·K + kw on
  // axis 2 (zero padded), so a correlation is a single reduction over C that reads x directly.
  const nb = b.unfold(x, { at: 2, axes: [3, 4], kernel: [K, K], padding: [p, p] });
  // W_cor (C, T, K, K) -> (1, C, K², T, 1, 1), matching nb's layout
  const wk = b.reshape(b.permute(b.reshape(wcor, { shape: [C, T, K2] }), { perm: [0, 2, 1] }), { shape: [1, C, K2, T, 1, 1] });
  // Wo for the key frames [k0, k1) against the query frames [q0, q0 + k1 − k0): (N, K², k1 − k0, H, W)
  const correlate = (q0: number, k0: number, k1: number): Value => {
    const q6 = b.reshape(frames(x, 2, q0, q0 + k1 - k0), { shape: [N, C, 1, k1 - k0, H, W] });
    return b.sum(b.mul(b.mul(q6, frames(nb, 3, k0, k1)), frames(wk, 3, k0, k1)), { axes: [1] });
  };
  // Wo[0] (frame 0 with itself) only feeds filter_g; the pairs Wo[1..T−1] also weight the aggregation,
  // whose kernel computes them and writes them out for filter_g (a side output, see codegen/site-fusion.ts)
  const wo0 = correlate(0, 0, 1);

  // ---- B–D: frame t (< T−1) aggregates frame t+1's neighbourhood, weighted by softmax_k(Wo[t+1])
  let xe = x;
  let wo = wo0;
  if (T > 1) {
    const woPairs = correlate(0, 1, T); // (N, K², T−1, H, W), raw (pre-softmax)
    const attn = softmax(b, woPairs, 1);
    // one reduction over the K² axis: Σ_k A_k · X[t+1](p+δ_k), reading frames 1..T−1 of nb
    const a6 = b.reshape(attn, { shape: [N, 1, K2, T - 1, H, W] });
    const agg = b.sum(b.mul(a6, frames(nb, 3, 1, T)), { axes: [2] }); // (N, C, T−1, H, W)
    xe = b.concat([b.add(frames(x, 2, 0, T - 1), agg), frames(x, 2, T - 1, T)], { axis: 2 });
    wo = b.concat([wo0, woPairs], { axis: 2 }); // (N, K², T, H, W)
  }

  // ---- E: spectrum of the enhanced feature
  const spec = b.rfft(xe, { axis: 2, norm: 'ortho' }); // (N, C, M, H, W) c64

  // ---- F: one intermediate filter per location from (X', Wo) flattened as c·T + t
  const cf = (C * M * 2) / G;
  const xc = b.reshape(b.concat([xe, wo], { axis: 1 }), { shape: [N, (C + K2) * T, H, W] });
  const wg = b.scope('filter_g', () => b.param('weight', [cf, (C + K2) * T, 1, 1], init.kaimingNormal('fan_out', 'relu')));
  const fi = b.conv(xc, wg); // (N, 2CM/G, H, W)
  const part = (v: Value, axis: number, r: number): Value => b.slice(v, { axes: [axis], starts: [r], ends: [r + 1] });

  if (paper) {
    // (N, C/G, M, 2, H, W) -> complex (N, C/G, M, H, W), channel c reads group ⌊c/G⌋
    const f6 = b.reshape(fi, { shape: [N, C / G, M, 2, H, W] });
    const grouped = (r: number): Value => {
      const v = b.reshape(part(f6, 3, r), { shape: [N, C / G, 1, M, H, W] });
      return b.reshape(b.expand(v, { shape: [N, C / G, G, M, H, W] }), { shape: [N, C, M, H, W] });
    };
    const filt = b.complex(grouped(0), grouped(1));
    const y = b.add(x, b.irfft(b.mul(spec, filt), { axis: 2, n: T, norm: 'ortho' }));
    return { y };
  }

  // block-repeat expansion: every entry of F_i covers G consecutive entries of the (c, f, re/im) axis
  const rep = b.reshape(b.expand(b.reshape(fi, { shape: [N, cf, 1, H, W] }), { shape: [N, cf, G, H, W] }), { shape: [N, C, M, 2, H, W] });
  const comp = (r: number): Value => b.reshape(part(rep, 3, r), { shape: [N, C, M, H, W] });
  const s1 = b.mul(spec, b.complex(comp(0), comp(1)));

  // ---- G: complex channel mix over the flattened (M, H, W) positions
  const wlin = b.scope('linear1', () => b.param('complex_weight', [C, C, 2], init.normal(0.02)));
  const wc = b.complex(b.reshape(part(wlin, 2, 0), { shape: [C, C] }), b.reshape(part(wlin, 2, 1), { shape: [C, C] }));
  const s2 = b.reshape(b.matmul(wc, b.reshape(s1, { shape: [N, C, M * H * W] })), { shape: [N, C, M, H, W] });

  // non-affine BN over the real view: per channel over N, M, H and every re and im value
  const realView = b.concat([b.real(s2), b.imag(s2)], { axis: 4 }); // (N, C, M, H, 2W)
  const bn = b.scope('norm1', () => b.scope('norm', () =>
    batchNorm(b, realView, { features: C, training: opts.training, affine: false, eps: opts.eps, momentum: opts.momentum })));
  const alpha = b.param('alpha1', [1, C, 1, 1, 1], init.zeros());
  const scaled = b.mul(bn.y, alpha);
  const s4 = b.complex(b.slice(scaled, { axes: [4], starts: [0], ends: [W] }), b.slice(scaled, { axes: [4], starts: [W], ends: [2 * W] }));

  // ---- H: back to time, residual with the block input, bias
  const bias = b.param('bias', [1, C, 1, 1, 1], init.zeros());
  const y = b.add(b.add(x, b.irfft(s4, { axis: 2, n: T, norm: 'ortho' })), bias);
  return { y, runningMean: bn.runningMean, runningVar: bn.runningVar };
}
