// VJP of unfold (ir/ops/window.ts): every window entry is a copy of one element of x (or a padding zero),
// so x's cotangent sums the entries copied from each element: fold.
import { differentiable, type VjpRule } from '../rule.ts';

export const WINDOW_VJPS: Record<string, VjpRule> = {
  unfold: (ctx, { inputs: [x], attrs, cot }) => {
    const shape = ctx.shape(x);
    const sizes = (attrs.axes as number[]).map((a) => shape[a < 0 ? a + shape.length : a]);
    return [differentiable(ctx.dtype(x)) ? () => ctx.op('fold', [cot], { ...attrs, sizes }) : null];
  },
};
