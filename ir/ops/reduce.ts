// Reductions over listed axes (sum, mean, max, min) and argmax along one axis. The result keeps the
// input's dtype (argmax: i32); i32/u32 sums wrap like the 32-bit machine types, f16 results round.
// Axes are always explicit: an empty list would be ambiguous (nothing or everything), so it is an error.
import { defineOp, type TensorType } from '../registry.ts';
import { bool, int, ints } from '../attrs.ts';
import { AttrError, ShapeError } from '../errors.ts';
import { lanes, storeAs } from '../dtype.ts';
import { Tensor, formatShape, numel, stridesOf, unravel } from '../tensor.ts';
import { normAxes, normAxis, requireDType, type DTypeClass } from './util.ts';

const reduceAttrs = { axes: ints(), keepdims: bool().default(false) };

/** Output shape of reducing `axes` (already normalised): size 1 when kept, dropped otherwise. */
function reducedShape(shape: readonly number[], axes: readonly number[], keepdims: boolean): number[] {
  return keepdims ? shape.map((d, i) => (axes.includes(i) ? 1 : d)) : shape.filter((_, i) => !axes.includes(i));
}

/** Max, min and argmax have no value for an empty set: reduced axes must be non-empty. */
function requireNonEmpty(x: TensorType, axes: readonly number[]): void {
  for (const a of axes) {
    if (x.shape[a] === 0) throw new ShapeError(`x cannot be reduced along axis ${a} of size 0 (no maximum or minimum of nothing)`, { expected: 'size >= 1', found: `shape ${formatShape(x.shape)}` });
  }
}

function checkAxes(x: TensorType, axes: readonly number[]): number[] {
  if (axes.length === 0) throw new AttrError(`attribute 'axes' must name at least one axis`, { expected: 'a non-empty list of axes', found: '[]' });
  return normAxes(axes, x.shape.length, 'axes');
}

/** For each input flat index, the flat index of the output element it reduces into. Dropping size-1
 *  axes does not change row-major offsets, so one mapping serves keepdims true and false. */
function reductionIndexer(shape: readonly number[], axes: readonly number[]): (flat: number) => number {
  const kept = shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const strides = stridesOf(kept);
  const idx = new Array<number>(shape.length);
  return (flat) => {
    unravel(flat, shape, idx);
    let j = 0;
    for (let a = 0; a < shape.length; a++) if (!axes.includes(a)) j += idx[a] * strides[a];
    return j;
  };
}

/** Sum of every lane (re and im separately for c64) into its output element. */
function sumInto(x: Tensor, axes: readonly number[], out: TensorType): Tensor {
  const r = Tensor.zeros(out.dtype, out.shape);
  const L = lanes(x.dtype);
  const to = reductionIndexer(x.shape, axes);
  for (let i = 0; i < x.numel; i++) {
    const j = to(i);
    for (let l = 0; l < L; l++) r.data[L * j + l] += x.data[L * i + l];
  }
  return r;
}

function sumLike<const Name extends string>(name: Name, cls: DTypeClass, doc: string, divide: boolean) {
  return defineOp({
    name, arity: 1, inputs: ['x'], attrs: reduceAttrs, doc,
    infer: ([x], a): TensorType => {
      requireDType(x, cls, 'x');
      return { dtype: x.dtype, shape: reducedShape(x.shape, checkAxes(x, a.axes), a.keepdims) };
    },
    reference: ([x], a, out) => {
      const axes = normAxes(a.axes, x.rank);
      const r = sumInto(x, axes, out);
      const count = numel(axes.map((ax) => x.shape[ax]));
      for (let i = 0; i < r.data.length; i++) r.data[i] = storeAs(out.dtype, divide ? r.data[i] / count : r.data[i]);
      return r;
    },
  });
}

export const sum = sumLike('sum', 'numeric',
  'Sum over `axes` (negative axes count from the end); reduced axes are dropped, or kept as size 1 with keepdims. ' +
  'An axis of size 0 sums to 0; i32/u32 sums wrap modulo 2^32.', false);
export const mean = sumLike('mean', 'floatOrComplex',
  'Arithmetic mean over `axes`; reduced axes are dropped, or kept as size 1 with keepdims. Over an axis of size 0 it is NaN (0/0).', true);

function extremum<const Name extends string>(name: Name, doc: string, better: (v: number, acc: number) => boolean) {
  return defineOp({
    name, arity: 1, inputs: ['x'], attrs: reduceAttrs, doc,
    infer: ([x], a): TensorType => {
      requireDType(x, 'real', 'x');
      const axes = checkAxes(x, a.axes);
      requireNonEmpty(x, axes);
      return { dtype: x.dtype, shape: reducedShape(x.shape, axes, a.keepdims) };
    },
    reference: ([x], a, out) => {
      const r = Tensor.zeros(out.dtype, out.shape);
      const seen = new Uint8Array(r.data.length);
      const to = reductionIndexer(x.shape, normAxes(a.axes, x.rank));
      for (let i = 0; i < x.numel; i++) {
        const j = to(i), v = x.data[i];
        if (!seen[j]) { r.data[j] = v; seen[j] = 1; continue; }
        // a NaN, once in, stays: every comparison with NaN is false
        if (Number.isNaN(v) || (!Number.isNaN(r.data[j]) && better(v, r.data[j]))) r.data[j] = v;
      }
      return r;
    },
  });
}

export const max = extremum('max',
  'Largest value over `axes` (torch.amax): NaN if any reduced element is NaN. Reduced axes must have size >= 1.', (v, acc) => v > acc);
export const min = extremum('min',
  'Smallest value over `axes` (torch.amin): NaN if any reduced element is NaN. Reduced axes must have size >= 1.', (v, acc) => v < acc);

export const argmax = defineOp({
  name: 'argmax', arity: 1, inputs: ['x'], attrs: { axis: int(), keepdims: bool().default(false) },
  doc: 'i32 index of the largest value along `axis`; ties go to the first index, and NaN counts as larger than ' +
    'everything (the first NaN wins), as torch.argmax. The axis must have size >= 1.',
  infer: ([x], a): TensorType => {
    requireDType(x, 'real', 'x');
    const axis = normAxis(a.axis, x.shape.length, 'axis');
    requireNonEmpty(x, [axis]);
    return { dtype: 'i32', shape: reducedShape(x.shape, [axis], a.keepdims) };
  },
  reference: ([x], a, out) => {
    const axis = normAxis(a.axis, x.rank);
    const r = Tensor.zeros(out.dtype, out.shape);
    const n = x.shape[axis];
    const stride = stridesOf(x.shape)[axis];
    const to = reductionIndexer(x.shape, [axis]);
    // visit each output element once, from the input element at index 0 along the axis
    for (let i = 0; i < x.numel; i++) {
      if (Math.floor(i / stride) % n !== 0) continue;
      let best = 0;
      for (let k = 1; k < n; k++) {
        const v = x.data[i + k * stride], b = x.data[i + best * stride];
        if (!Number.isNaN(b) && (Number.isNaN(v) || v > b)) best = k;
      }
      r.data[to(i)] = best;
    }
    return r;
  },
});
