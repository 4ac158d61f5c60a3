// VJPs of scatter_add and fold (ir/ops/scatter.ts): each is the transpose of a copying op, so its
// cotangent is that op applied to the output's cotangent (gather for scatter_add, unfold for fold).
import { differentiable, type VjpRule } from '../rule.ts';

export const SCATTER_VJPS: Record<string, VjpRule> = {
  scatter_add: (ctx, { inputs: [src, index], attrs, cot }) => [
    differentiable(ctx.dtype(src)) ? () => ctx.op('gather', [cot, index], { axis: attrs.axis }) : null,
    null,
  ],
  fold: (ctx, { inputs: [y], attrs, cot }) => [
    differentiable(ctx.dtype(y)) ? () => ctx.op('unfold', [cot], { at: attrs.at, axes: attrs.axes, kernel: attrs.kernel, padding: attrs.padding }) : null,
  ],
};
