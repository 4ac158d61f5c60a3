// VJPs of the movement ops (ir/ops/movement.ts): each moves the cotangent back to where its elements came
// from. A strided slice scatters by interleaving zeros; replicate padding adds the repeated edges back.
import { normAxes, normAxis } from '../../ops/util.ts';
import type { VjpContext } from '../context.ts';
import { differentiable, type Cotangent, type VjpArgs, type VjpRule } from '../rule.ts';

/** Movement ops take every dtype; only float and c64 values carry gradients. */
const moving = <A>(back: (ctx: VjpContext, p: VjpArgs<A>) => number): VjpRule<A> =>
  (ctx, p) => [differentiable(ctx.dtype(p.inputs[0])) ? () => back(ctx, p) : null];

interface SliceAttrs { axes: number[]; starts: number[]; ends: number[]; steps: number[] }
interface PadAttrs { pads: [number, number][]; mode: 'zero' | 'replicate' }

function unslice(ctx: VjpContext, { inputs: [x], attrs, cot }: VjpArgs<SliceAttrs>): number {
  const shape = ctx.shape(x);
  const out = ctx.shape(cot);
  if (out.some((d) => d === 0)) return ctx.zerosLike(x);
  let g = cot;
  normAxes(attrs.axes, shape.length).forEach((axis, i) => {
    const dim = shape[axis];
    const start = attrs.starts[i] < 0 ? attrs.starts[i] + dim : attrs.starts[i];
    const step = attrs.steps.length ? attrs.steps[i] : 1;
    const spanned = (out[axis] - 1) * step + 1;
    g = ctx.padOrCut(ctx.interleaveZeros(g, axis, step), axis, start, dim - start - spanned);
  });
  return g;
}

/** Replicate padding along one axis, transposed: the middle, plus each padded run summed onto its edge. */
function unreplicate(ctx: VjpContext, g: number, axis: number, dim: number, [lo, hi]: [number, number]): number {
  let out = ctx.sliceAxis(g, axis, lo, lo + dim);
  const edge = (start: number, end: number, before: number) => {
    const run = ctx.op('sum', [ctx.sliceAxis(g, axis, start, end)], { axes: [axis], keepdims: true });
    out = ctx.add(out, ctx.padOrCut(run, axis, before, dim - 1 - before));
  };
  if (lo > 0) edge(0, lo, 0);
  if (hi > 0) edge(lo + dim, lo + dim + hi, dim - 1);
  return out;
}

function unpad(ctx: VjpContext, { inputs: [x], attrs, cot }: VjpArgs<PadAttrs>): number {
  const shape = ctx.shape(x);
  let g = cot;
  attrs.pads.forEach(([lo, hi], axis) => {
    if (lo === 0 && hi === 0) return;
    g = attrs.mode === 'zero' ? ctx.sliceAxis(g, axis, lo, lo + shape[axis]) : unreplicate(ctx, g, axis, shape[axis], [lo, hi]);
  });
  return g;
}

export const MOVEMENT_VJPS: Record<string, VjpRule> = {
  reshape: moving((ctx, { inputs: [x], cot }) => ctx.op('reshape', [cot], { shape: [...ctx.shape(x)] })),
  permute: moving<{ perm: number[] }>((ctx, { inputs: [x], attrs, cot }) => {
    const perm = normAxes(attrs.perm, ctx.shape(x).length, 'perm');
    const inverse = perm.map((_, i) => perm.indexOf(i));
    return ctx.op('permute', [cot], { perm: inverse });
  }),
  expand: moving((ctx, { inputs: [x], cot }) => ctx.sumTo(cot, ctx.shape(x))),
  slice: moving(unslice),
  pad: moving(unpad),
  flip: moving<{ axes: number[] }>((ctx, { attrs, cot }) => ctx.op('flip', [cot], { axes: attrs.axes })),
  roll: moving<{ shifts: number[]; axes: number[] }>((ctx, { attrs, cot }) =>
    ctx.op('roll', [cot], { shifts: attrs.shifts.map((s) => -s), axes: attrs.axes })),
  concat: (ctx, { inputs, attrs, cot }: VjpArgs<{ axis: number }>): Cotangent[] => {
    if (!differentiable(ctx.dtype(cot))) return inputs.map(() => null);
    const axis = normAxis(attrs.axis, ctx.shape(cot).length);
    let offset = 0;
    return inputs.map((x) => {
      const start = offset;
      offset += ctx.shape(x)[axis];
      return () => ctx.sliceAxis(cot, axis, start, start + ctx.shape(x)[axis]);
    });
  },
};
