// Pieces shared by the paper MTConv (mtconv-paper.ts) and the official code's two-stream MTConv
// (mtconv-code.ts): bias-free Conv3d, BatchNorm3d with running-statistics bookkeeping, and the
// Squeeze-and-Recursion gate.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { AttrError } from '../ir/errors.ts';
import { init, type InitSpec } from '../ir/init.ts';
import { batchNorm, batchNormParams, type BatchNormParams } from './norm.ts';
import { gru } from './gru.ts';
import { requireRankIn, requireSize, site } from './check.ts';

export type Triple = number | readonly [number, number, number];

/** Where updated running statistics go in training: full state_dict key ("layer1.0.conv2.norm_long.running_mean")
 *  -> new value. A BN applied twice (norm_long) leaves its last update here. */
export type BnStats = Map<string, Value>;

export interface BnOptions {
  /** BatchNorm uses batch statistics and updates the running ones (true) or uses the running ones (false). */
  training: boolean;
  /** Training: collect the updated running statistics here. */
  stats?: BnStats;
}

/** A size triple (kernel, stride, padding) from a number or three numbers, each checked. */
export function triple(b: GraphBuilder, block: string, option: string, v: Triple, min: number): [number, number, number] {
  const t = typeof v === 'number' ? [v, v, v] : [...v];
  if (t.length !== 3 || t.some((d) => !Number.isInteger(d) || d < min)) {
    throw new AttrError(`${site(b, block)}: option '${option}' must be an integer >= ${min} or three of them`, {
      expected: `(t, h, w) with each >= ${min}`, found: JSON.stringify(v),
    });
  }
  return t as [number, number, number];
}

/** A ratio option strictly between 0 and 1. */
export function requireRatio(b: GraphBuilder, block: string, option: string, v: number): void {
  if (!(v > 0 && v < 1)) throw new AttrError(`${site(b, block)}: option '${option}' must lie strictly between 0 and 1`, { expected: '0 < r < 1', found: String(v) });
}

/** The PyTorch default Conv3d init (kaiming_uniform, a = sqrt 5). */
export const torchConvInit = (): InitSpec => init.kaimingUniform('fan_in', 'leaky_relu', Math.sqrt(5));

export interface Conv3dSpec {
  in: number;
  out: number;
  kernel: [number, number, number];
  stride?: [number, number, number];
  padding?: [number, number, number];
  init: InitSpec;
}

/** nn.Conv3d(bias=False) under scope `name`: param `name.weight` (out, in, kt, kh, kw). */
export function conv3d(b: GraphBuilder, x: Value, name: string, s: Conv3dSpec): Value {
  const w = b.scope(name, () => b.param('weight', [s.out, s.in, ...s.kernel], s.init));
  return b.conv(x, w, { stride: s.stride ?? [1, 1, 1], padding: s.padding ?? [0, 0, 0] });
}

/** nn.BatchNorm3d under scope `name` (or with given params, for a BN module applied twice); in training,
 *  the updated running statistics are recorded under `name.running_mean` / `name.running_var`. */
export function bn3d(b: GraphBuilder, x: Value, name: string, features: number, opts: BnOptions, params?: BatchNormParams): { y: Value; params: BatchNormParams } {
  return b.scope(name, () => {
    const p = params ?? batchNormParams(b, features);
    const r = batchNorm(b, x, { features, training: opts.training, params: p });
    if (opts.training && opts.stats) {
      opts.stats.set(b.scoped('running_mean'), r.runningMean);
      opts.stats.set(b.scoped('running_var'), r.runningVar);
    }
    // a second application starts from this one's updated running statistics (PyTorch updates in place)
    return { y: r.y, params: { ...p, runningMean: r.runningMean, runningVar: r.runningVar } };
  });
}

export interface SrOptions {
  /** GRU layers (default 2). */
  layers?: number;
}

/** The Squeeze-and-Recursion excitation of x (N, C, T, H, W): spatial GAP (any H, W), a GRU over T with
 *  input = hidden = C (nn.GRU params `op.weight_ih_l0`… under the current scope, as the official
 *  Squeeze_and_Recursion module), and its raw hidden sequence (tanh range, no sigmoid) as (N, C, T, 1, 1). */
export function srGate(b: GraphBuilder, x: Value, opts: SrOptions = {}): Value {
  requireRankIn(b, 'squeezeRecursion', 'input', x, [5], '(N, C, T, H, W)');
  const layers = opts.layers ?? 2;
  requireSize(b, 'squeezeRecursion', 'layers', layers);
  const [N, C, T] = x.shape;
  const seq = b.permute(b.mean(x, { axes: [3, 4] }), { perm: [2, 0, 1] }); // (T, N, C)
  const { output } = b.scope('op', () => gru(b, seq, { input: C, hidden: C, layers }));
  return b.reshape(b.permute(output, { perm: [1, 2, 0] }), { shape: [N, C, T, 1, 1] });
}
