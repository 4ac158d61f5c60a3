// VJP of matmul (ir/ops/linalg.ts): a @ b gives g @ conj(b)^T to a and conj(a)^T @ g to b, each summed
// over the batch axes it was broadcast along.
import { differentiable, type VjpRule } from '../rule.ts';

export const LINALG_VJPS: Record<string, VjpRule> = {
  matmul: (ctx, { inputs: [a, b], cot }) => {
    if (!differentiable(ctx.dtype(a))) return [null, null];
    return [
      () => ctx.sumTo(ctx.op('matmul', [cot, ctx.transpose(ctx.conj(b))]), ctx.shape(a)),
      () => ctx.sumTo(ctx.op('matmul', [ctx.transpose(ctx.conj(a)), cot]), ctx.shape(b)),
    ];
  },
};
