// The pooling head of the backbones: global average pooling then one fully connected layer, without
// dropout (inference; the official heads' dropout is the identity there) and without the softmax some
// heads apply in evaluation (SlowFast's ResNetAdaptHead): it returns logits.
//
//   x (N, C, T, H, W)       mean over T, H, W -> fc                        (C2D / 3-D backbones; DTF, SIFA)
//   x (N*T, C, H, W)        mean over H, W -> fc -> mean of the T scores  (TSN, `segments` = T: avg consensus)
//   x (N, C, H, W)          mean over H, W -> fc
//   x [a, b, ...]           each pooled, concatenated along channels -> fc   (MTNet's two streams)
//   mask (N, T)             5-D input: average over the frames weighted by the mask (1 for the valid
//                           frames, 0 for padding), so zero-padded frames (SGS's variable length) do not
//                           count: sum_t mask[n,t] * mean_HW x[n,:,t] / sum_t mask[n,t]
//   validFrames             5-D input: the average over the first `validFrames` frames, an i32 scalar (one
//                           count for the batch: SGS's maxLength, where the official AdaptiveAvgPool3d
//                           averages the truncated tensor) or (N,) (one per clip: SGS's lengths); the
//                           frames past it are skipped by the kernel (keep_frames), not weighted by 0
//
// The fc is nn.Linear under scope `name` (default 'fc'; SlowFast's is 'projection'), initialised as
// PyTorch's default or, with `weightStd`, normal(0, std) weight and zero bias (SlowFast's FC_INIT_STD 0.01).
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { ShapeError } from '../ir/errors.ts';
import { init } from '../ir/init.ts';
import { formatShape } from '../ir/tensor.ts';
import { requireKnownOptions, requireRankIn, requireSize, site } from './check.ts';
import { applyLinear, linear } from './linear.ts';

export interface HeadOptions {
  /** Output classes. */
  classes: number;
  /** The fc's scope (default 'fc'). */
  name?: string;
  /** TSN layout: x is (N*segments, C, H, W) and the per-frame scores are averaged over the segments. */
  segments?: number;
  /** 5-D input only: weights (N, T) of the frames in the temporal average (valid-frame mask). */
  mask?: Value;
  /** 5-D input only: average over the first validFrames frames; an i32 scalar or (N,). */
  validFrames?: Value;
  /** normal(0, std) fc weight and zero bias instead of PyTorch's default Linear init. */
  weightStd?: number;
}

/** Global average pool over every axis after the channels, or the masked temporal average. */
function pool(b: GraphBuilder, x: Value, mask: Value | undefined): Value {
  requireRankIn(b, 'poolingHead', 'input', x, [3, 4, 5], '(N, C, *spatial)');
  const axes = x.shape.slice(2).map((_, i) => i + 2);
  if (!mask) return b.mean(x, { axes });
  requireRankIn(b, 'poolingHead', 'input', x, [5], '(N, C, T, H, W) with a frame mask');
  const [N, , T] = x.shape;
  if (mask.rank !== 2 || mask.shape[0] !== N || mask.shape[1] !== T) {
    throw new ShapeError(`${site(b, 'poolingHead')}: the frame mask must be (N, T) = [${N},${T}] for input ${formatShape(x.shape)}`, { expected: `[${N},${T}]`, found: formatShape(mask.shape) });
  }
  const m = mask.dtype === x.dtype ? mask : b.cast(mask, { to: x.dtype });
  const frames = b.mean(x, { axes: [3, 4] }); // (N, C, T)
  const weighted = b.sum(b.mul(frames, b.reshape(m, { shape: [N, 1, T] })), { axes: [2] });
  return b.div(weighted, b.sum(m, { axes: [1], keepdims: true }));
}

/** The temporal average of x (N, C, T, H, W) over its first `count` frames (an i32 scalar or (N,)): the
 *  frames past the count are skipped, not weighted by 0. (N, C). */
function poolValidFrames(b: GraphBuilder, x: Value, count: Value): Value {
  requireRankIn(b, 'poolingHead', 'input', x, [5], '(N, C, T, H, W) with validFrames');
  const [N] = x.shape;
  if (count.dtype !== 'i32' || !(count.rank === 0 || (count.rank === 1 && count.shape[0] === N))) {
    throw new ShapeError(`${site(b, 'poolingHead')}: validFrames must be an i32 scalar or (N,) = [${N}]`, { expected: `i32[] or i32[${N}]`, found: `${count.dtype}${formatShape(count.shape)}` });
  }
  const frames = b.keep_frames(b.mean(x, { axes: [3, 4] }), count, { axis: 2 }); // (N, C, T)
  const c = b.cast(b.reshape(count, { shape: [count.rank === 0 ? 1 : N, 1] }), { to: x.dtype });
  return b.div(b.sum(frames, { axes: [2] }), c);
}

/** Global average pooling + fc -> logits (N, classes). */
const OPTIONS: Record<keyof HeadOptions, true> = { classes: true, name: true, segments: true, mask: true, validFrames: true, weightStd: true };

export function poolingHead(b: GraphBuilder, x: Value | readonly Value[], opts: HeadOptions): Value {
  requireKnownOptions(b, 'poolingHead', opts, OPTIONS);
  requireSize(b, 'poolingHead', 'classes', opts.classes);
  const xs = Array.isArray(x) ? (x as readonly Value[]) : [x as Value];
  if (xs.length === 0) throw new ShapeError(`${site(b, 'poolingHead')}: no input streams`, { expected: 'at least one tensor', found: 'none' });
  if (opts.mask && opts.validFrames) throw new ShapeError(`${site(b, 'poolingHead')}: give a frame mask or validFrames, not both`, { expected: 'one of them', found: 'both' });
  const masked = opts.validFrames ?? opts.mask;
  if (masked && xs.length > 1) throw new ShapeError(`${site(b, 'poolingHead')}: a frame mask applies to one stream`, { expected: '1 stream', found: `${xs.length}` });
  const pooled = xs.map((v) => (opts.validFrames ? poolValidFrames(b, v, opts.validFrames) : pool(b, v, opts.mask)));
  const rows = pooled[0].shape[0];
  pooled.forEach((p, i) => {
    if (p.shape[0] !== rows) throw new ShapeError(`${site(b, 'poolingHead')}: stream ${i} has batch ${p.shape[0]}, stream 0 has ${rows}`, { expected: `${rows}`, found: `${p.shape[0]}` });
  });
  const features = pooled.length === 1 ? pooled[0] : b.concat(pooled, { axis: 1 }); // (rows, C)
  const C = features.shape[1];
  const logits = b.scope(opts.name ?? 'fc', () => {
    if (opts.weightStd === undefined) return linear(b, features, { in: C, out: opts.classes });
    const w = b.param('weight', [opts.classes, C], init.normal(opts.weightStd));
    return applyLinear(b, features, w, b.param('bias', [opts.classes], init.zeros()));
  });
  if (opts.segments === undefined) return logits;
  requireSize(b, 'poolingHead', 'segments', opts.segments);
  const T = opts.segments;
  requireRankIn(b, 'poolingHead', 'input', xs[0], [4], '(N*T, C, H, W) with segments');
  if (rows % T !== 0) throw new ShapeError(`${site(b, 'poolingHead')}: batch ${rows} is not a multiple of segments = ${T}`, { expected: `N*${T}`, found: `${rows}` });
  return b.mean(b.reshape(logits, { shape: [rows / T, T, opts.classes] }), { axes: [1] });
}
