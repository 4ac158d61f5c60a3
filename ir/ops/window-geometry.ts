// Where unfold's windows lie (ir/ops/window.ts): the windowed axes, their sizes and paddings, and the
// output size of each, shared by the shape rule, the reference and the code generator.
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
