// Where unfold's windows lie (ir/ops/window.ts; fold, ir/ops/scatter.ts, undoes them): the windowed axes,
// their sizes and paddings, and the output size of each, shared by the shape rules, the references and the
// code generator.
import type { TensorType } from '../registry.ts';
import { AttrError, ShapeError } from '../errors.ts';
import { formatShape } from '../tensor.ts';
import { normAxes } from './util.ts';

interface UnfoldAttrs { at: number; axes: number[]; kernel: number[]; padding: number[] }

/** The windowed axes of x with their window sizes and paddings, and where the tap axis goes. */
export function windows(x: TensorType, a: UnfoldAttrs): { at: number; axes: number[]; kernel: number[]; padding: number[] } {
  const axes = normAxes(a.axes, x.shape.length);
  if (axes.length === 0) throw new AttrError(`attribute 'axes' must name at least one axis`, { expected: 'one or more axes', found: '[]' });
  if (a.kernel.length !== axes.length) {
    throw new AttrError(`attribute 'kernel' needs one window size per entry of 'axes'`, { expected: `${axes.length} entries`, found: `${a.kernel.length}` });
  }
  const padding = a.padding.length === 0 ? axes.map(() => 0) : a.padding;
  if (padding.length !== axes.length) {
    throw new AttrError(`attribute 'padding' needs one entry per entry of 'axes' (or none, for all 0)`, { expected: `${axes.length} entries`, found: `${padding.length}` });
  }
  const rank = x.shape.length + 1;
  if (!Number.isInteger(a.at) || a.at < -rank || a.at >= rank) {
    throw new AttrError(`attribute 'at' (where the tap axis goes in the output) is out of range`, { expected: `${-rank}..${rank - 1}`, found: String(a.at) });
  }
  return { at: a.at < 0 ? a.at + rank : a.at, axes, kernel: a.kernel, padding };
}

/** Output size of each windowed axis: size + 2·padding − kernel + 1 (stride 1). */
export function windowSizes(x: TensorType, w: ReturnType<typeof windows>): number[] {
  return w.axes.map((ax, i) => {
    const n = x.shape[ax] + 2 * w.padding[i] - w.kernel[i] + 1;
    if (n < 1) {
      throw new ShapeError(`a window of ${w.kernel[i]} does not fit axis ${ax} of x ${formatShape(x.shape)} with padding ${w.padding[i]}`, {
        expected: `kernel <= ${x.shape[ax] + 2 * w.padding[i]}`, found: `kernel ${w.kernel[i]}`,
      });
    }
    return n;
  });
}

/** fold's output shape from y's, checking that y is what unfold makes of a tensor of `sizes`. */
export function foldedType(y: TensorType, a: { at: number; axes: number[]; kernel: number[]; padding: number[]; sizes: number[] }) {
  const rank = y.shape.length - 1;
  if (rank < 1) throw new ShapeError(`y ${formatShape(y.shape)} has no axis besides the tap axis`, { expected: 'rank >= 2', found: `rank ${y.shape.length}` });
  const at = a.at < 0 ? a.at + rank + 1 : a.at;
  const folded = y.shape.filter((_, i) => i !== at);
  const w = windows({ dtype: y.dtype, shape: folded }, a); // checks axes, kernel, padding and at
  if (a.sizes.length !== w.axes.length) {
    throw new AttrError(`attribute 'sizes' needs one entry per entry of 'axes'`, { expected: `${w.axes.length} entries`, found: `${a.sizes.length}` });
  }
  const taps = w.kernel.reduce((p, q) => p * q, 1);
  if (y.shape[w.at] !== taps) {
    throw new ShapeError(`y ${formatShape(y.shape)} has ${y.shape[w.at]} taps on axis ${w.at}; a window of ${formatShape(w.kernel)} has ${taps}`, {
      expected: String(taps), found: String(y.shape[w.at]),
    });
  }
  const shape = [...folded];
  w.axes.forEach((ax, j) => { shape[ax] = a.sizes[j]; });
  const windowed = windowSizes({ dtype: y.dtype, shape }, w);
  w.axes.forEach((ax, j) => {
    if (folded[ax] !== windowed[j]) {
      throw new ShapeError(`y ${formatShape(y.shape)} has ${folded[ax]} windows along axis ${ax}; unfold of size ${a.sizes[j]} makes ${windowed[j]}`, {
        expected: String(windowed[j]), found: String(folded[ax]),
      });
    }
  });
  return { w, shape, windowed };
}
