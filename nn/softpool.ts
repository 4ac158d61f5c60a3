// SoftPool (spec §5.4): within each kh×kw window R of the last two axes, per channel,
//   y = Σ_{r∈R} softmax_R(x)_r · x_r = Σ e^{x_r} x_r / Σ e^{x_r}.
// The exact math (autograd gives the exact gradient), none of the CUDA kernels' quirks.
//
// Built from the window's taps: tap (i, j) is the strided slice x[..., i::sh, j::sw] holding, for
// every output position, the window element at offset (i, j). The window's own maximum is subtracted
// before exp, as softmax does: exp never overflows and, unlike a max over the whole plane, never
// underflows to 0/0 in a window far below the plane's maximum. The taps are stacked on one axis, so the
// window's max and (Σ e^{x-max}·x, Σ e^{x-max}) are two reductions over it (two kernels; the division
// is inlined into the consumers, or is a third kernel when the pooled value itself is stored).
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { ShapeError } from '../ir/errors.ts';
import { formatShape } from '../ir/tensor.ts';
import { requireKnownOptions, requireRankIn, requireSize, site } from './check.ts';

export interface SoftPoolOptions {
  /** Window size over (H, W). Default 2. */
  kernel?: number | readonly [number, number];
  /** Default the kernel (non-overlapping windows). */
  stride?: number | readonly [number, number];
}

const pair = (v: number | readonly [number, number]): [number, number] => (typeof v === 'number' ? [v, v] : [v[0], v[1]]);

/** x (N, C, H, W), or (N, C, T, H, W) pooled per frame (temporal kernel 1) -> (..., H', W') with
 *  H' = floor((H - kh) / sh) + 1 (windows that do not fit are dropped, as avg_pool2d). */
const OPTIONS: Record<keyof SoftPoolOptions, true> = { kernel: true, stride: true };

export function softPool(b: GraphBuilder, x: Value, opts: SoftPoolOptions = {}): Value {
  requireKnownOptions(b, 'softPool', opts, OPTIONS);
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
  // The k² taps stacked on a new axis just before (H', W'): win (..., kh·kw, H', W'), tap i·kw + j. The
  // window's max and the two sums are reductions over that axis; the fuser inlines the slices and the
  // concat as their prologue.
  const ax = x.rank - 2;
  const lead = x.shape.slice(0, ax);
  const taps: Value[] = [];
  for (let i = 0; i < kernel[0]; i++) {
    for (let j = 0; j < kernel[1]; j++) {
      const starts = [i, j];
      const ends = starts.map((s, k) => s + (out[k] - 1) * stride[k] + 1);
      taps.push(b.reshape(b.slice(x, { axes, starts, ends, steps: stride }), { shape: [...lead, 1, out[0], out[1]] }));
    }
  }
  const win = taps.length > 1 ? b.concat(taps, { axis: ax }) : taps[0];
  const m = b.max(win, { axes: [ax], keepdims: true });
  const e = b.exp(b.sub(win, m));
  // Σ e·x and Σ e stacked on one more axis, so one reduction gives both: sums (..., 2, H', W'). (Two
  // separate sums would each be stored wherever the division has several consumers, as in MTConv.)
  const pre = [...lead, 1, taps.length, out[0], out[1]];
  const sums = b.sum(b.concat([b.reshape(b.mul(e, win), { shape: pre }), b.reshape(e, { shape: pre })], { axis: ax }), { axes: [ax + 1] });
  const part = (k: number): Value => b.reshape(b.slice(sums, { axes: [ax], starts: [k], ends: [k + 1] }), { shape: [...lead, out[0], out[1]] });
  return b.div(part(0), part(1));
}
