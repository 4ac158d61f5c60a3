// VJPs of the reductions (ir/ops/reduce.ts): the cotangent spreads back over the reduced axes; max and
// min give it to the elements equal to the extremum, split evenly among ties (torch.amax / amin).
import { isFloat } from '../../dtype.ts';
import { normAxes } from '../../ops/util.ts';
import { numel } from '../../tensor.ts';
import type { VjpContext } from '../context.ts';
import { differentiable, noGradient, type VjpArgs, type VjpRule } from '../rule.ts';

interface ReduceAttrs { axes: number[]; keepdims: boolean }

/** `v` (the reduction's shape) with the reduced axes kept as size 1. */
function kept(ctx: VjpContext, v: number, x: number, axes: readonly number[], keepdims: boolean): number {
  if (keepdims) return v;
  return ctx.op('reshape', [v], { shape: ctx.shape(x).map((d, i) => (axes.includes(i) ? 1 : d)) });
}

const spread = (ctx: VjpContext, v: number, x: number) => ctx.op('expand', [v], { shape: [...ctx.shape(x)] });

const sumLike = (divide: boolean): VjpRule<ReduceAttrs> => (ctx, { inputs: [x], attrs, cot }) => {
  if (!differentiable(ctx.dtype(x))) return [null];
  return [() => {
    const axes = normAxes(attrs.axes, ctx.shape(x).length);
    const g = spread(ctx, kept(ctx, cot, x, axes, attrs.keepdims), x);
    return divide ? ctx.scale(g, 1 / numel(axes.map((a) => ctx.shape(x)[a]))) : g;
  }];
};

const extremum: VjpRule<ReduceAttrs> = (ctx, { inputs: [x], attrs, output, cot }: VjpArgs<ReduceAttrs>) => {
  if (!isFloat(ctx.dtype(x))) return [null];
  return [() => {
    const axes = normAxes(attrs.axes, ctx.shape(x).length);
    const hit = ctx.op('eq', [x, spread(ctx, kept(ctx, output, x, axes, attrs.keepdims), x)]);
    const ties = ctx.op('sum', [ctx.castTo(hit, ctx.dtype(x))], { axes, keepdims: true });
    const share = ctx.div(kept(ctx, cot, x, axes, attrs.keepdims), ties);
    return ctx.where(hit, spread(ctx, share, x), ctx.fill(0, ctx.dtype(x)));
  }];
};

export const REDUCE_VJPS: Record<string, VjpRule> = {
  sum: sumLike(false),
  mean: sumLike(true),
  max: extremum,
  min: extremum,
  argmax: noGradient,
};
