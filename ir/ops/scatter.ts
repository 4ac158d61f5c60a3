// Ops that sum many input elements into one output element: the adjoints of gather (scatter_add) and of
// unfold (fold), which reverse-mode differentiation needs. Each output element is computed by the one
// invocation that owns it, summing its contributions in a fixed order: no atomics, so results are the same
// bit for bit on every run and every backend.
import { defineOp, type TensorType } from '../registry.ts';
import { int, ints } from '../attrs.ts';
import { lanes, storeAs } from '../dtype.ts';
import { AttrError, DTypeError, ExecutionError, ShapeError } from '../errors.ts';
import { Tensor, formatShape, numel, stridesOf, unravel } from '../tensor.ts';
import { normAxis, requireDType, requireRank } from './util.ts';
import { windows, windowSizes } from './window-shape.ts';
import * as k from '../../codegen/kexpr.ts';
import type { Expr } from '../../codegen/kir.ts';
import { fillValue, TRAP } from '../../codegen/lowering.ts';
import { broadcastIndex } from '../../codegen/index-math.ts';
import { guardedIndex, unravelIndex } from '../../codegen/lower-index.ts';

// ---- scatter_add -------------------------------------------------------------------------------

export const scatterAdd = defineOp({
  name: 'scatter_add', arity: 2, inputs: ['src', 'index'], attrs: { axis: int(), size: int(0) },
  doc: 'out[..., j, ...] = sum of src[..., i, ...] over the i with index[..., i, ...] = j, along `axis` (torch.scatter_add ' +
    'into zeros; the adjoint of gather). The output has src\'s shape except `size` on `axis`. index is i32 of src\'s rank, ' +
    'of src\'s size on `axis`; on the other axes its size equals src\'s or is 1 (then it is reused along that axis). ' +
    'Sums run in increasing i (deterministic). An index outside 0..size-1 is a run-time error. f32, f16, c64, i32 or u32.',
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
  lower: {
    kind: 'loop',
    traps: true,
    reads: () => ['many', 'many'],
    readsPerOutput: ([src], a) => {
      const n = src.shape[normAxis(a.axis, src.shape.length)];
      return [n, n];
    },
    // each output element scans the sources along the axis in order and adds those that land on it
    emit: (ctx, idx, a, [src, index]) => {
      const axis = normAxis(a.axis, src.shape.length);
      const acc = ctx.mutable(fillValue(src.dtype, 0), 'acc');
      ctx.loop(ctx.count(src.shape[axis], 'n'), (i) => {
        const at = idx.map((e, d) => (d === axis ? i : e));
        const j = ctx.let(ctx.input(1, broadcastIndex(at, index.shape)), 'j');
        ctx.when(k.or(k.lt(j, k.i32(0)), k.ge(j, ctx.sym(a.size, 'size'))), () => ctx.trap(TRAP.indexOutOfRange));
        acc.set(k.add(acc.ref, k.select(k.eq(j, idx[axis]), ctx.input(0, at), fillValue(src.dtype, 0))));
      }, { hint: 'i' });
      return acc.ref;
    },
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
  lower: {
    kind: 'loop',
    reads: () => ['many'],
    readsPerOutput: (_i, a) => [a.kernel.reduce((p, q) => p * q, 1)],
    // output position p along a windowed axis gets tap t from window p + padding - t (when that window exists)
    emit: (ctx, idx, a, [y]) => {
      const { w, windowed } = foldedType(y, a);
      const taps = w.kernel.reduce((p, q) => p * q, 1);
      const acc = ctx.mutable(fillValue(y.dtype, 0), 'acc');
      ctx.loop(ctx.count(taps, 'taps'), (t) => {
        const offs = unravelIndex(ctx, t, w.kernel, 'tap');
        const src: Expr[] = [...idx];
        let inside: Expr | undefined;
        w.axes.forEach((ax, j) => {
          const at = ctx.let(k.sub(k.add(idx[ax], ctx.sym(w.padding[j], `pad${ax}`)), offs[j]), `w${ax}`);
          const { ok, index } = guardedIndex(ctx, at, windowed[j], ax);
          inside = inside ? k.and(inside, ok) : ok;
          src[ax] = index;
        });
        src.splice(w.at, 0, t);
        acc.set(k.add(acc.ref, k.select(inside!, ctx.input(0, src), fillValue(y.dtype, 0))));
      }, { hint: 't' });
      return acc.ref;
    },
  },
});

/** Sums taken in float64, rounded once to what the dtype holds (f16, wrapping integers). */
function rounded(r: Tensor): Tensor {
  for (let i = 0; i < r.data.length; i++) r.data[i] = storeAs(r.dtype, r.data[i]);
  return r;
}

/** fold's output shape from y's, checking that y is what unfold makes of a tensor of `sizes`. */
function foldedType(y: TensorType, a: { at: number; axes: number[]; kernel: number[]; padding: number[]; sizes: number[] }) {
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
