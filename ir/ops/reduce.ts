// Reductions over listed axes (sum, mean, max, min) and argmax along one axis. The result keeps the
// input's dtype (argmax: i32); i32/u32 sums wrap like the 32-bit machine types, f16 results round.
// Axes are always explicit: an empty list would be ambiguous (nothing or everything), so it is an error.
import { defineOp, type TensorType } from '../registry.ts';
import { bool, int, ints } from '../attrs.ts';
import { AttrError, ShapeError } from '../errors.ts';
import { lanes, storeAs } from '../dtype.ts';
import { Tensor, formatShape, numel, stridesOf, unravel } from '../tensor.ts';
import { normAxes, normAxis, requireDType, type DTypeClass } from './util.ts';
import * as k from '../../codegen/kexpr.ts';
import type { Expr } from '../../codegen/kir.ts';
import { ktypeOf, type LowerCtx, type OpLowering } from '../../codegen/lowering.ts';
import { unravelIndex } from '../../codegen/lower-index.ts';

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
    lower: reduceLowering((ctx, x) => {
      const t = ktypeOf(x.dtype);
      const zero = t === 'c64' ? k.call('cplx', [k.f32(0), k.f32(0)]) : k.constant(t, 0);
      return {
        init: zero,
        combine: k.add,
        // mean: the sum divided by the count (0/0 = NaN for an empty reduction); c64 divides both parts
        finish: !divide ? undefined : (acc, n) => {
          const count = k.cast('f32', n);
          if (t !== 'c64') return k.div(acc, count);
          const v = ctx.let(acc, 'total');
          return k.call('cplx', [k.div(k.call('re', [v]), count), k.div(k.call('im', [v]), count)]);
        },
      };
    }),
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
    lower: reduceLowering((_ctx, x) => {
      const t = ktypeOf(x.dtype);
      const isMax = name === 'max';
      // the identity of the combine: -inf/+inf for floats, the far end of the integer range otherwise
      const init = t === 'f32' ? k.f32(isMax ? -Infinity : Infinity)
        : t === 'i32' ? k.i32(isMax ? -(2 ** 31) : 2 ** 31 - 1)
          : k.u32(isMax ? 0 : 2 ** 32 - 1);
      const fn = t === 'f32' ? (isMax ? 'fmax_nan' : 'fmin_nan') : (isMax ? 'max' : 'min');
      return { init, combine: (acc, v) => k.call(fn, [acc, v]) };
    }),
  });
}

export const max = extremum('max',
  'Largest value over `axes` (torch.amax): NaN if any reduced element is NaN. Reduced axes must have size >= 1.', (v, acc) => v > acc);
export const min = extremum('min',
  'Smallest value over `axes` (torch.amin): NaN if any reduced element is NaN. Reduced axes must have size >= 1.', (v, acc) => v < acc);

// ---- lowerings ---------------------------------------------------------------------------------

interface ReduceSpec {
  init: Expr;
  combine: (acc: Expr, v: Expr) => Expr;
  /** Turns the combined value into the result, given the element count (an i32 sym). */
  finish?: (acc: Expr, count: Expr) => Expr;
}

/** The input index of output element `idx` with the reduced axes (sorted) taken from `red`. */
function fullIndex(idx: readonly Expr[], rank: number, axes: readonly number[], red: readonly Expr[], keepdims: boolean): Expr[] {
  let j = 0;
  const full: Expr[] = [];
  for (let ax = 0; ax < rank; ax++) {
    const at = axes.indexOf(ax);
    if (at >= 0) {
      full.push(red[at]);
      if (keepdims) j++;
    } else full.push(idx[j++]);
  }
  return full;
}

/** sum/mean/max/min: one ctx.reduce over the reduced axes, flat index decoded in row-major order (the
 *  reference's order), cooperative over a workgroup when the planner picks it. */
function reduceLowering(spec: (ctx: LowerCtx, x: TensorType) => ReduceSpec): OpLowering<{ axes: number[]; keepdims: boolean }> {
  const reducedDims = (x: TensorType, axes: readonly number[]) => normAxes(axes, x.shape.length).sort((p, q) => p - q);
  return {
    kind: 'loop',
    readsPerOutput: ([x], _a, out) => [numel(x.shape) / Math.max(numel(out.shape), 1)],
    groupReduce: ([x], a) => numel(reducedDims(x, a.axes).map((ax) => x.shape[ax])),
    emit: (ctx, idx, a, [x]) => {
      const axes = reducedDims(x, a.axes);
      const dims = axes.map((ax) => x.shape[ax]);
      const count = ctx.count(numel(dims), 'n');
      const { init, combine, finish } = spec(ctx, x);
      const acc = ctx.reduce(count, init, combine, (r) =>
        ctx.input(0, fullIndex(idx, x.shape.length, axes, unravelIndex(ctx, r, dims, 'r'), a.keepdims)));
      return finish ? finish(acc, count) : acc;
    },
  };
}

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
  lower: {
    kind: 'loop',
    readsPerOutput: ([x], a) => [x.shape[normAxis(a.axis, x.shape.length)]],
    reads: () => ['many'],
    // a sequential scan: ties keep the first index; once the best is NaN nothing replaces it
    emit: (ctx, idx, a, [x]) => {
      const rank = x.shape.length;
      const axis = normAxis(a.axis, rank);
      const at = (i: Expr) => ctx.input(0, fullIndex(idx, rank, [axis], [i], a.keepdims));
      const isFloat = ktypeOf(x.dtype) === 'f32';
      const best = ctx.mutable(k.i32(0), 'best');
      const bestV = ctx.mutable(at(k.i32(0)), 'bestv');
      ctx.loop(ctx.sym(x.shape[axis], 'n'), (i) => {
        const v = ctx.let(at(i), 'v');
        const better = isFloat
          ? k.and(k.not(k.call('isnan', [bestV.ref])), k.or(k.call('isnan', [v]), k.gt(v, bestV.ref)))
          : k.gt(v, bestV.ref);
        const c = ctx.let(better, 'better');
        best.set(k.select(c, i, best.ref));
        bestV.set(k.select(c, v, bestV.ref));
      }, { start: k.i32(1), hint: 'k' });
      return best.ref;
    },
  },
});
