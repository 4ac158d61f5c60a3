// VJP of interpolate (ir/ops/sampling.ts). Linear interpolation is separable: along each spatial axis it
// is a matrix M (out x in) applied to the lines, so its transpose is a matmul by M. M comes from the op
// itself (interpolating the rows of an identity gives M's columns), so the taps are defined once.
// bilinear's VJP needs a scatter-add (see NEEDS_MISSING_OP in index.ts).
import type { DType } from '../../dtype.ts';
import type { VjpContext } from '../context.ts';
import type { VjpRule } from '../rule.ts';

/** Linear interpolation from `inSize` to `outSize` points as an (out, in) matrix. */
function tapMatrix(ctx: VjpContext, dtype: DType, inSize: number, outSize: number, alignCorners: boolean): number {
  const identity = Array.from({ length: inSize * inSize }, (_, i) => (Math.floor(i / inSize) === i % inSize ? 1 : 0));
  const eye = ctx.table(identity, dtype, [1, inSize, inSize]);
  const columns = ctx.op('interpolate', [eye], { size: [outSize], alignCorners });
  return ctx.transpose(ctx.op('reshape', [columns], { shape: [inSize, outSize] }));
}

export const SAMPLING_VJPS: Record<string, VjpRule<{ size: number[]; alignCorners: boolean }>> = {
  interpolate: (ctx, { inputs: [x], attrs, cot }) => [() => {
    const shape = ctx.shape(x);
    const rank = shape.length;
    let g = cot;
    for (let axis = 2; axis < rank; axis++) {
      // bring the axis last, contract it with M, put it back
      const toLast = [...Array.from({ length: rank }, (_, i) => i).filter((i) => i !== axis), axis];
      const back = toLast.map((_, i) => toLast.indexOf(i));
      const m = tapMatrix(ctx, ctx.dtype(x), shape[axis], attrs.size[axis - 2], attrs.alignCorners);
      g = ctx.op('permute', [ctx.op('matmul', [ctx.op('permute', [g], { perm: toLast }), m])], { perm: back });
    }
    return g;
  }],
};
