// Sliding windows: every K (or K×K, ...) neighbourhood of x as a new "tap" axis, the building block of
// local correlations and temporal convolutions written as reductions (DTF's K×K correlation and
// aggregation, TAM's adaptive temporal kernel). The windows are a view: the lowering
// (codegen/lower/window.ts) turns the tap and window position into one input index, so a reduction over
// the taps reads x directly.
import { defineOp, type TensorType } from '../registry.ts';
import { int, ints } from '../attrs.ts';
import { lanes } from '../dtype.ts';
import { Tensor, numel, stridesOf, unravel } from '../tensor.ts';
import { windowSizes, windows } from './window-geometry.ts';

export const unfold = defineOp({
  name: 'unfold', arity: 1, inputs: ['x'],
  attrs: { at: int(), axes: ints(), kernel: ints(1), padding: ints(0).default([]) },
  doc: 'The sliding windows of x along `axes` (sizes `kernel`, stride 1, `padding` zeros at both ends) as a new tap axis of ' +
    'size prod(kernel), inserted at output position `at`; taps are in row-major order over `axes`. At tap (k_1, ...) and ' +
    'window position i_a, the value is x at i_a + k_a - padding_a along each windowed axis (0 outside x). Each windowed ' +
    'axis has size size + 2*padding - kernel + 1. Any dtype.',
  infer: ([x], a): TensorType => {
    const w = windows(x, a);
    const shape = [...x.shape];
    windowSizes(x, w).forEach((n, i) => { shape[w.axes[i]] = n; });
    shape.splice(w.at, 0, w.kernel.reduce((p, q) => p * q, 1));
    return { dtype: x.dtype, shape };
  },
  reference: ([x], a, out) => {
    const w = windows(x, a);
    const r = Tensor.zeros(out.dtype, out.shape);
    const L = lanes(x.dtype);
    const xs = stridesOf(x.shape);
    for (let i = 0; i < numel(out.shape); i++) {
      const idx = unravel(i, out.shape);
      let tap = idx.splice(w.at, 1)[0];
      let flat = 0, inside = true;
      for (let j = w.axes.length - 1; j >= 0; j--) {
        const off = tap % w.kernel[j];
        tap = Math.floor(tap / w.kernel[j]);
        idx[w.axes[j]] += off - w.padding[j];
      }
      idx.forEach((v, ax) => {
        if (v < 0 || v >= x.shape[ax]) inside = false;
        flat += v * xs[ax];
      });
      if (inside) for (let l = 0; l < L; l++) r.data[L * i + l] = x.data[L * flat + l];
    }
    return r;
  },
});
