// VJPs of the selection ops (ir/ops/select.ts): gather's cotangent is scattered back with the same
// index (scatter_add sums the entries that read one element); keep_frames masks the cotangent as it
// masked x; topk_indices gives indices, through which nothing flows.
import { differentiable, noGradient, type VjpRule } from '../rule.ts';

export const SELECT_VJPS: Record<string, VjpRule> = {
  gather: (ctx, { inputs: [x, index], attrs, cot }) => {
    const shape = ctx.shape(x);
    const axis = (attrs.axis as number) < 0 ? (attrs.axis as number) + shape.length : (attrs.axis as number);
    return [differentiable(ctx.dtype(x)) ? () => ctx.op('scatter_add', [cot, index], { axis, size: shape[axis] }) : null, null];
  },
  keep_frames: (ctx, { inputs: [x, lengths], attrs, cot }) => [
    differentiable(ctx.dtype(x)) ? () => ctx.op('keep_frames', [cot, lengths], attrs) : null,
    null,
  ],
  topk_indices: noGradient,
};
