// Selection ops: gather along an axis by i32 indices (torch.gather / numpy take_along_axis) and the
// indices of the top k entries along an axis (b.topk() in the builder combines the two), and the valid
// frames of variable-length clips.
import { defineOp } from '../registry.ts';
import { bool, int } from '../attrs.ts';
import { lanes } from '../dtype.ts';
import { DTypeError, ExecutionError, ShapeError } from '../errors.ts';
import { Tensor, formatShape, numel, stridesOf, unravel } from '../tensor.ts';
import { normAxis, requireDType, requireRank } from './util.ts';

// ---- gather ------------------------------------------------------------------------------------

export const gather = defineOp({
  name: 'gather', arity: 2, inputs: ['x', 'index'], attrs: { axis: int() },
  doc: 'out[..., i, ...] = x[..., index[..., i, ...], ...] along `axis` (torch.gather). index is i32 of x\'s rank; ' +
    'on the other axes its size equals x\'s or is 1 (then it is reused along that axis). The output has x\'s dtype and ' +
    'shape except index\'s size on `axis`. An index outside 0..size-1 (negative ones included) is a run-time error.',
  infer: ([x, index], a) => {
    if (index.dtype !== 'i32') throw new DTypeError(`index has an unsupported dtype`, { expected: 'i32', found: index.dtype });
    requireRank(x, 'x', (r) => r >= 1, 'rank >= 1');
    requireRank(index, 'index', (r) => r === x.shape.length, `rank ${x.shape.length} (the rank of x ${formatShape(x.shape)})`);
    const axis = normAxis(a.axis, x.shape.length);
    x.shape.forEach((d, i) => {
      if (i !== axis && index.shape[i] !== d && index.shape[i] !== 1) {
        throw new ShapeError(`index ${formatShape(index.shape)} does not fit x ${formatShape(x.shape)} on axis ${i}`, {
          expected: `${d} or 1`, found: String(index.shape[i]),
        });
      }
    });
    return { dtype: x.dtype, shape: x.shape.map((d, i) => (i === axis ? index.shape[i] : d)) };
  },
  reference: ([x, index], a, out) => {
    const rank = x.shape.length;
    const axis = normAxis(a.axis, rank);
    const size = x.shape[axis];
    const xs = stridesOf(x.shape), is = stridesOf(index.shape);
    const L = lanes(x.dtype);
    const r = Tensor.zeros(out.dtype, out.shape);
    const o = new Array<number>(rank);
    for (let f = 0; f < numel(out.shape); f++) {
      unravel(f, out.shape, o);
      let ii = 0;
      for (let d = 0; d < rank; d++) if (index.shape[d] !== 1) ii += o[d] * is[d];
      const j = index.data[ii];
      if (j < 0 || j >= size) {
        throw new ExecutionError(`index ${j} at position [${o.join(',')}] of the output is out of range for axis ${axis} of x ${formatShape(x.shape)}`, {
          expected: size > 0 ? `0..${size - 1}` : 'no index (the axis is empty)', found: String(j),
        });
      }
      let xi = 0;
      for (let d = 0; d < rank; d++) xi += (d === axis ? j : o[d]) * xs[d];
      for (let l = 0; l < L; l++) r.data[L * f + l] = x.data[L * xi + l];
    }
    return r;
  },
});

// ---- topk_indices ------------------------------------------------------------------------------

/** a ranks above b: NaN above every number (torch's order); equal values (incl. -0 and +0) do not. */
const above = (a: number, b: number): boolean => (Number.isNaN(a) ? !Number.isNaN(b) : a > b);

export const topkIndices = defineOp({
  name: 'topk_indices', arity: 1, inputs: ['x'],
  attrs: { k: int(1), axis: int().default(-1), largest: bool().default(true), sorted: bool().default(true) },
  doc: 'i32 indices of the k largest (largest=false: smallest) entries of x along `axis`; the output is x\'s shape with ' +
    'k on `axis`. NaN counts as larger than every number (torch\'s order) and equal values tie to the lower index. ' +
    'sorted=true lists them best first (ties by ascending index); sorted=false lists the selected indices ascending.',
  infer: ([x], a) => {
    requireDType(x, 'real', 'x');
    requireRank(x, 'x', (r) => r >= 1, 'rank >= 1');
    const axis = normAxis(a.axis, x.shape.length);
    if (a.k > x.shape[axis]) {
      throw new ShapeError(`attribute 'k' exceeds the size of axis ${axis} of x ${formatShape(x.shape)}`, { expected: `k <= ${x.shape[axis]}`, found: `k = ${a.k}` });
    }
    return { dtype: 'i32', shape: x.shape.map((d, i) => (i === axis ? a.k : d)) };
  },
  reference: ([x], a, out) => {
    const axis = normAxis(a.axis, x.shape.length);
    const n = x.shape[axis];
    const xs = stridesOf(x.shape), os = stridesOf(out.shape);
    const r = Tensor.zeros('i32', out.shape);
    // one line along `axis` per position of the other axes (its axis coordinate is 0)
    const lineShape = x.shape.map((d, i) => (i === axis ? 1 : d));
    const pos = new Array<number>(x.shape.length);
    for (let line = 0; line < numel(lineShape); line++) {
      unravel(line, lineShape, pos);
      let base = 0, outBase = 0;
      pos.forEach((p, d) => { base += p * xs[d]; outBase += p * os[d]; });
      const v = (i: number): number => x.data[base + i * xs[axis]];
      const better = (i: number, j: number): boolean => (a.largest ? above(v(i), v(j)) : above(v(j), v(i)));
      const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => (better(i, j) ? -1 : better(j, i) ? 1 : i - j));
      const chosen = order.slice(0, a.k);
      if (!a.sorted) chosen.sort((i, j) => i - j);
      chosen.forEach((i, q) => { r.data[outBase + q * os[axis]] = i; });
    }
    return r;
  },
});

// ---- keep_frames -------------------------------------------------------------------------------

export const keepFrames = defineOp({
  name: 'keep_frames', arity: 2, inputs: ['x', 'lengths'], attrs: { axis: int() },
  doc: 'x where its index along `axis` is below the length of its batch entry (lengths (N,) i32 for x (N, ...), or one ' +
    'i32 scalar for the whole batch), else 0: the valid frames of a clip whose length is known only at run time (SGS). ' +
    'A kernel computes x only at the kept positions, so the work on padded frames is skipped.',
  infer: ([x, lengths], a) => {
    requireRank(x, 'x', (r) => r >= 2, 'rank >= 2 (N, ...)');
    const axis = normAxis(a.axis, x.shape.length);
    if (axis === 0) throw new ShapeError(`attribute 'axis' must not be the batch axis 0`, { expected: `an axis in 1..${x.shape.length - 1}`, found: String(a.axis) });
    if (lengths.dtype !== 'i32') throw new DTypeError(`lengths must be i32`, { expected: 'i32', found: lengths.dtype });
    if (!(lengths.shape.length === 0 || (lengths.shape.length === 1 && lengths.shape[0] === x.shape[0]))) {
      throw new ShapeError(`lengths must be one i32 per batch entry or one scalar`, { expected: `[] or [${x.shape[0]}]`, found: formatShape(lengths.shape) });
    }
    return { dtype: x.dtype, shape: x.shape };
  },
  reference: ([x, lengths], a) => {
    const axis = normAxis(a.axis, x.shape.length);
    const r = Tensor.zeros(x.dtype, x.shape);
    const L = lanes(x.dtype);
    const strides = stridesOf(x.shape);
    for (let i = 0; i < numel(x.shape); i++) {
      const n = Math.floor(i / strides[0]);
      const len = lengths.data[lengths.shape.length === 0 ? 0 : n];
      if (Math.floor(i / strides[axis]) % x.shape[axis] >= len) continue;
      for (let l = 0; l < L; l++) r.data[L * i + l] = x.data[L * i + l];
    }
    return r;
  },
});
