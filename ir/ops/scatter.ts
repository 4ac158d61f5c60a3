// Ops that sum many input elements into one output element: the adjoints of gather (scatter_add) and of
// unfold (fold), which reverse-mode differentiation needs. Each output element is computed by the one
// invocation that owns it, summing its contributions in a fixed order: no atomics, so results are the same
// bit for bit on every run and every backend.
import { defineOp, type TensorType } from '../registry.ts';
import { int, ints } from '../attrs.ts';
import { lanes, storeAs } from '../dtype.ts';
import { DTypeError, ExecutionError, ShapeError } from '../errors.ts';
import { Tensor, formatShape, numel, stridesOf, unravel } from '../tensor.ts';
import { normAxis, requireDType, requireRank } from './util.ts';
import { foldedType } from './window-geometry.ts';

// ---- scatter_add -------------------------------------------------------------------------------

export const scatterAdd = defineOp({
  name: 'scatter_add', arity: 2, inputs: ['src', 'index'], attrs: { axis: int(), size: int(0) },
  doc: 'out[..., j, ...] = sum of src[..., i, ...] over the i with index[..., i, ...] = j, along `axis` (torch.scatter_add ' +
    'into zeros; the adjoint of gather). The output has src\'s shape except `size` on `axis`. index is i32 of src\'s rank, ' +
    'of src\'s size on `axis`; on the other axes its size equals src\'s or is 1 (then it is reused along that axis). ' +
    'Sums run in increasing i under the default deterministic strategy (atomic: in any order; README "Determinism"). An index outside 0..size-1 is a run-time error. f32, f16, c64, i32 or u32.',
  infer: ([src, index], a): TensorType => {
    requireDType(src, 'numeric', 'src');
    if (index.dtype !== 'i32') throw new DTypeError(`index has an unsupported dtype`, { expected: 'i32', found: index.dtype });
    requireRank(src, 'src', (r) => r >= 1, 'rank >= 1');
    requireRank(index, 'index', (r) => r === src.shape.length, `rank ${src.shape.length} (the rank of src ${formatShape(src.shape)})`);
    const axis = normAxis(a.axis, src.shape.length);
    src.shape.forEach((d, i) => {
      const ok = i === axis ? index.shape[i] === d : index.shape[i] === d || index.shape[i] === 1;
      if (!ok) {
        throw new ShapeError(`index ${formatShape(index.shape)} does not fit src ${formatShape(src.shape)} on axis ${i}`, {
          expected: i === axis ? String(d) : `${d} or 1`, found: String(index.shape[i]),
        });
      }
    });
    return { dtype: src.dtype, shape: src.shape.map((d, i) => (i === axis ? a.size : d)) };
  },
  reference: ([src, index], a, out) => {
    const rank = src.shape.length;
    const axis = normAxis(a.axis, rank);
    const os = stridesOf(out.shape), is = stridesOf(index.shape);
    const L = lanes(src.dtype);
    const r = Tensor.zeros(out.dtype, out.shape);
    const s = new Array<number>(rank);
    for (let f = 0; f < numel(src.shape); f++) {
      unravel(f, src.shape, s);
      let ii = 0;
      for (let d = 0; d < rank; d++) if (index.shape[d] !== 1) ii += s[d] * is[d];
      const j = index.data[ii];
      if (j < 0 || j >= a.size) {
        throw new ExecutionError(`index ${j} at position [${s.join(',')}] of src is out of range for axis ${axis} of the output ${formatShape(out.shape)}`, {
          expected: a.size > 0 ? `0..${a.size - 1}` : 'no index (the axis is empty)', found: String(j),
        });
      }
      let o = 0;
      for (let d = 0; d < rank; d++) o += (d === axis ? j : s[d]) * os[d];
      for (let l = 0; l < L; l++) r.data[L * o + l] += src.data[L * f + l];
    }
    return rounded(r);
  },
});

// ---- fold --------------------------------------------------------------------------------------

export const fold = defineOp({
  name: 'fold', arity: 1, inputs: ['y'],
  attrs: { at: int(), axes: ints(), kernel: ints(1), padding: ints(0).default([]), sizes: ints(0) },
  doc: 'The adjoint of unfold: y holds sliding windows as unfold makes them (tap axis at `at`, windows along `axes` of ' +
    'sizes `kernel`, `padding` zeros at both ends); each element of the output, of sizes `sizes` along `axes`, is the sum ' +
    'of the window entries that unfold would copy from it. Taps are summed in row-major order (deterministic). Any numeric dtype.',
  infer: ([y], a): TensorType => {
    requireDType(y, 'numeric', 'y');
    const { shape } = foldedType(y, a);
    return { dtype: y.dtype, shape };
  },
  reference: ([y], a, out) => {
    const { w } = foldedType(y, a);
    const r = Tensor.zeros(out.dtype, out.shape);
    const L = lanes(y.dtype);
    const os = stridesOf(out.shape);
    for (let i = 0; i < numel(y.shape); i++) {
      const idx = unravel(i, y.shape);
      let tap = idx.splice(w.at, 1)[0];
      for (let j = w.axes.length - 1; j >= 0; j--) {
        idx[w.axes[j]] += (tap % w.kernel[j]) - w.padding[j];
        tap = Math.floor(tap / w.kernel[j]);
      }
      if (idx.some((v, ax) => v < 0 || v >= out.shape[ax])) continue; // a padding zero: nothing to give back
      const o = idx.reduce((acc, v, ax) => acc + v * os[ax], 0);
      for (let l = 0; l < L; l++) r.data[L * o + l] += y.data[L * i + l];
    }
    return rounded(r);
  },
});

/** Sums taken in float64, rounded once to what the dtype holds (f16, wrapping integers). */
function rounded(r: Tensor): Tensor {
  for (let i = 0; i < r.data.length; i++) r.data[i] = storeAs(r.dtype, r.data[i]);
  return r;
}
