// Lowerings of the reductions (ir/ops/reduce.ts): sum, mean, max and min as one ctx.reduce over the
// reduced axes; argmax as a sequential scan.
import type { TensorType } from '../../ir/registry.ts';
import { numel } from '../../ir/tensor.ts';
import { normAxes, normAxis } from '../../ir/ops/util.ts';
import * as k from '../kexpr.ts';
import type { Expr } from '../kir.ts';
import { ktypeOf, type LowerCtx, type LoweringTable, type OpLowering } from '../lowering.ts';
import { unravelIndex } from './index-exprs.ts';

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

function sumLike(divide: boolean) {
  return reduceLowering((ctx, x) => {
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
  });
}

function extremum(isMax: boolean) {
  return reduceLowering((_ctx, x) => {
    const t = ktypeOf(x.dtype);
    // the identity of the combine: -inf/+inf for floats, the far end of the integer range otherwise
    const init = t === 'f32' ? k.f32(isMax ? -Infinity : Infinity)
      : t === 'i32' ? k.i32(isMax ? -(2 ** 31) : 2 ** 31 - 1)
        : k.u32(isMax ? 0 : 2 ** 32 - 1);
    const fn = t === 'f32' ? (isMax ? 'fmax_nan' : 'fmin_nan') : (isMax ? 'max' : 'min');
    return { init, combine: (acc, v) => k.call(fn, [acc, v]) };
  });
}

export const REDUCE = {
  sum: sumLike(false),
  mean: sumLike(true),
  max: extremum(true),
  min: extremum(false),
  argmax: {
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
} satisfies LoweringTable;
