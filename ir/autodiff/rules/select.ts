// VJPs of the selection ops (ir/ops/select.ts) that the graph can express: keep_frames masks the
// cotangent as it masked x; topk_indices gives indices, through which nothing flows. gather's would be
// a scatter-add (see NEEDS_MISSING_OP in index.ts).
import { differentiable, noGradient, type VjpRule } from '../rule.ts';

export const SELECT_VJPS: Record<string, VjpRule> = {
  keep_frames: (ctx, { inputs: [x, lengths], attrs, cot }) => [
    differentiable(ctx.dtype(x)) ? () => ctx.op('keep_frames', [cot, lengths], attrs) : null,
    null,
  ],
  topk_indices: noGradient,
};
