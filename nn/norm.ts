// Layer norm and batch norm as compositions, with PyTorch's parameter names (nn.LayerNorm,
// nn.BatchNorm1d/2d/3d) so a state_dict loads unchanged.
//
// Batch norm state: weight, bias (when affine), running_mean, running_var (trainable = false). PyTorch's
// num_batches_tracked buffer is not represented: it only matters for momentum = None (a cumulative
// average), which is not supported; a checkpoint loader should skip that key.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { AttrError, ShapeError } from '../ir/errors.ts';
import { init } from '../ir/init.ts';
import { formatShape } from '../ir/tensor.ts';
import { requireDim, requireKnownOptions, requireSize, site } from './check.ts';

export interface LayerNormOptions {
  /** normalized_shape: the sizes of the last axes normalised over. */
  shape: number | readonly number[];
  eps?: number;
  /** elementwise_affine: learn weight (ones) and bias (zeros) of `shape`. Default true. */
  affine?: boolean;
}

/** nn.LayerNorm: normalise over the last shape.length axes with the biased variance. */
const LAYER_NORM_OPTIONS: Record<keyof LayerNormOptions, true> = { shape: true, eps: true, affine: true };
const BATCH_NORM_OPTIONS: Record<keyof BatchNormOptions, true> = { features: true, training: true, eps: true, momentum: true, affine: true, params: true };

export function layerNorm(b: GraphBuilder, x: Value, opts: LayerNormOptions): Value {
  requireKnownOptions(b, 'layerNorm', opts, LAYER_NORM_OPTIONS);
  const shape = typeof opts.shape === 'number' ? [opts.shape] : [...opts.shape];
  if (shape.length === 0) throw new AttrError(`${site(b, 'layerNorm')}: option 'shape' must name at least one axis`, { expected: 'a non-empty shape', found: '[]' });
  shape.forEach((d) => requireSize(b, 'layerNorm', 'shape', d));
  const tail = x.shape.slice(x.rank - shape.length);
  if (x.rank < shape.length || tail.some((d, i) => d !== shape[i])) {
    throw new ShapeError(`${site(b, 'layerNorm')}: input ${formatShape(x.shape)} does not end with the normalized shape`, {
      expected: `[..., ${shape.join(',')}]`, found: formatShape(x.shape),
    });
  }
  const axes = shape.map((_, i) => x.rank - shape.length + i);
  const d = b.sub(x, b.mean(x, { axes, keepdims: true }));
  const scale = b.rsqrt(b.add(b.mean(b.mul(d, d), { axes, keepdims: true }), opts.eps ?? 1e-5));
  const y = b.mul(d, scale);
  if (opts.affine === false) return y;
  return b.add(b.mul(y, b.param('weight', shape, init.ones())), b.param('bias', shape, init.zeros()));
}

/** Batch norm state; any of them may be a Value from elsewhere (a BN module applied twice shares them). */
export interface BatchNormParams {
  weight?: Value;
  bias?: Value;
  runningMean: Value;
  runningVar: Value;
}

export interface BatchNormOptions {
  /** num_features: the size of axis 1. */
  features: number;
  /** Training normalises with batch statistics and updates the running ones; inference uses the running ones. */
  training: boolean;
  eps?: number;
  /** Weight of the new batch statistic in the running average (PyTorch's momentum). Default 0.1. */
  momentum?: number;
  /** Learn a per-channel weight (ones) and bias (zeros). Default true; DTF's FFT-domain BN has none. */
  affine?: boolean;
  /** Use these instead of creating params under the current scope (see batchNormParams); `affine` is then
   *  whether they include weight and bias. */
  params?: BatchNormParams;
}

export interface BatchNormResult {
  y: Value;
  /** In training, the updated running statistics (to output and store back); in inference, the params themselves. */
  runningMean: Value;
  runningVar: Value;
}

/** The params nn.BatchNorm registers, named weight, bias, running_mean, running_var under the current scope. */
export function batchNormParams(b: GraphBuilder, features: number, affine = true): BatchNormParams {
  requireSize(b, 'batchNorm', 'features', features);
  const stat = { trainable: false };
  return {
    ...(affine ? { weight: b.param('weight', [features], init.ones()), bias: b.param('bias', [features], init.zeros()) } : {}),
    runningMean: b.param('running_mean', [features], init.zeros(), stat),
    runningVar: b.param('running_var', [features], init.ones(), stat),
  };
}

/** nn.BatchNorm{1,2,3}d on x (N, C, *): statistics per channel over N and every axis after C. */
export function batchNorm(b: GraphBuilder, x: Value, opts: BatchNormOptions): BatchNormResult {
  requireKnownOptions(b, 'batchNorm', opts, BATCH_NORM_OPTIONS);
  const C = opts.features;
  requireSize(b, 'batchNorm', 'features', C);
  if (x.rank < 2) throw new ShapeError(`${site(b, 'batchNorm')}: input must be (N, C, *)`, { expected: 'rank >= 2', found: `rank ${x.rank} ${formatShape(x.shape)}` });
  requireDim(b, 'batchNorm', 'input', x, 1, C, 'features');
  const momentum = opts.momentum ?? 0.1;
  if (!(momentum >= 0 && momentum <= 1)) throw new AttrError(`${site(b, 'batchNorm')}: option 'momentum' must lie in [0, 1]`, { expected: '0..1', found: String(momentum) });
  const p = opts.params ?? batchNormParams(b, C, opts.affine ?? true);
  for (const [k, v] of Object.entries(p) as [string, Value | undefined][]) {
    if (v && (v.rank !== 1 || v.shape[0] !== C)) throw new ShapeError(`${site(b, 'batchNorm')}: params.${k} must be one value per channel`, { expected: `[${C}]`, found: formatShape(v.shape) });
  }
  const eps = opts.eps ?? 1e-5;
  const axes = [0, ...x.shape.slice(2).map((_, i) => i + 2)];
  const perChannel = [1, C, ...x.shape.slice(2).map(() => 1)];
  const bcast = (v: Value): Value => b.reshape(v, { shape: perChannel });

  let mean: Value, variance: Value, runningMean = p.runningMean, runningVar = p.runningVar;
  if (opts.training) {
    const n = axes.reduce((acc, a) => acc * x.shape[a], 1);
    // the unbiased variance n/(n-1) needs two values; PyTorch raises for one as well
    if (n < 2) throw new ShapeError(`${site(b, 'batchNorm')}: training needs more than one value per channel`, { expected: 'N * prod(spatial) >= 2', found: `input ${formatShape(x.shape)}` });
    mean = b.mean(x, { axes, keepdims: true });
    const d = b.sub(x, mean);
    variance = b.mean(b.mul(d, d), { axes, keepdims: true });
    const flat = (v: Value): Value => b.reshape(v, { shape: [C] });
    // the running statistics as PyTorch updates them (shared with nn/sgs.ts, which has its own batch statistics)
    const updated = updatedRunningStats(b, p, flat(mean), flat(variance), n, momentum);
    ({ runningMean, runningVar } = updated);
  } else {
    mean = bcast(p.runningMean);
    variance = bcast(p.runningVar);
  }
  // (x - mean) * (weight / sqrt(var + eps)) + bias: subtracting first keeps precision when |mean| >> std
  let scale = b.rsqrt(b.add(variance, eps));
  if (p.weight) scale = b.mul(scale, bcast(p.weight));
  let y = b.mul(b.sub(x, mean), scale);
  if (p.bias) y = b.add(y, bcast(p.bias));
  return { y, runningMean, runningVar };
}

/** PyTorch's running-statistics update from a batch's per-channel mean and biased variance (shape [C]) over
 *  `count` values: running = (1 - momentum) · running + momentum · batch, with the unbiased variance. */
export function updatedRunningStats(b: GraphBuilder, p: BatchNormParams, mean: Value, variance: Value, count: number, momentum: number): { runningMean: Value; runningVar: Value } {
  return {
    runningMean: b.add(b.mul(p.runningMean, 1 - momentum), b.mul(mean, momentum)),
    runningVar: b.add(b.mul(p.runningVar, 1 - momentum), b.mul(variance, momentum * count / (count - 1))),
  };
}
