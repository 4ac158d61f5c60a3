// SoftPool (spec §5.4): within each kh×kw window R of the last two axes, per channel,
//   y = Σ_{r∈R} softmax_R(x)_r · x_r = Σ e^{x_r} x_r / Σ e^{x_r}.
// The exact math (autograd gives the exact gradient), none of the CUDA kernels' quirks.
//
// Built from the window's taps: tap (i, j) is the strided slice x[..., i::sh, j::sw] holding, for
// every output position, the window element at offset (i, j). The window's own maximum is subtracted
// before exp, as softmax does: exp never overflows and, unlike a max over the whole plane, never
// underflows to 0/0 in a window far below the plane's maximum. Everything after the slices is
// elementwise, so it fuses into one kernel.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { ShapeError } from '../ir/errors.ts';
import { formatShape } from '../ir/tensor.ts';
import { requireRankIn, requireSize, site } from './check.ts';

export interface SoftPoolOptions {
  /** Window size over (H, W). Default 2. */
  kernel?: number | readonly [number, number];
  /** Default the kernel (non-overlapping windows). */
  stride?: number | readonly [number, number];
}

const pair = (v: number | readonly [number, number]): [number, number] => (typeof v === 'number' ? [v, v] : [v[0], v[1]]);

/** x (N, C, H, W), or (N, C, T, H, W) pooled per frame (temporal kernel 1) -> (..., H', W') with
 *  H' = floor((H - kh) / sh) + 1 (windows that do not fit are dropped, as avg_pool2d). */
export function softPool(b: GraphBuilder, x: Value, opts: SoftPoolOptions = {}): Value {
  requireRankIn(b, 'softPool', 'input', x, [4, 5], '(N, C, H, W) or (N, C, T, H, W)');
  const kernel = pair(opts.kernel ?? 2);
  const stride = pair(opts.stride ?? kernel);
  kernel.forEach((k) => requireSize(b, 'softPool', 'kernel', k));
  stride.forEach((s) => requireSize(b, 'softPool', 'stride', s));
  const axes = [x.rank - 2, x.rank - 1];
  const out = axes.map((a, i) => {
    const size = x.shape[a];
    if (size < kernel[i]) {
      throw new ShapeError(`${site(b, 'softPool')}: input ${formatShape(x.shape)} is smaller than the window on axis ${a}`, { expected: `size >= ${kernel[i]}`, found: `${size}` });
    }
    return Math.floor((size - kernel[i]) / stride[i]) + 1;
  });
  const taps: Value[] = [];
  for (let i = 0; i < kernel[0]; i++) {
    for (let j = 0; j < kernel[1]; j++) {
      const starts = [i, j];
      const ends = starts.map((s, k) => s + (out[k] - 1) * stride[k] + 1);
      taps.push(b.slice(x, { axes, starts, ends, steps: stride }));
    }
  }
  const total = (vs: Value[]): Value => vs.reduce((acc, v) => b.add(acc, v));
  const m = taps.reduce((acc, t) => b.maximum(acc, t));
  const e = taps.map((t) => b.exp(b.sub(t, m)));
  return b.div(total(e.map((ek, k) => b.mul(ek, taps[k]))), total(e));
}
