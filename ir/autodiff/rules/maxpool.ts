// VJP of maxpool (ir/ops/conv.ts): the cotangent of each window goes to the element PyTorch's max_pool
// backward picks: the first maximum in row-major tap order, padding never, and in a window holding a NaN
// the last NaN (its kernels keep replacing the running maximum while they see NaNs). Built from gathers:
// - a table gives each (output position, tap) the flat index of the input element it reads. The table is
//   separable (one small constant per spatial axis, summed), so it costs no constant the size of the
//   windows. A tap in the padding or past the input (ceil mode) reads the window's first valid element
//   instead, so the windows hold no padding value and an argmax over the taps is the first maximum among
//   valid taps: a substituted tap wins only when the window's first valid element is a maximum, and the
//   table maps it back to exactly that element;
// - the windows, gathered once, give the winning tap (argmax, or the last valid NaN where the output is
//   NaN), the table gives its input index, and a scatter-add sums the cotangents of the windows that
//   picked each element.
import { poolGeometry } from '../../ops/conv-geometry.ts';
import { numel, stridesOf } from '../../tensor.ts';
import type { VjpContext } from '../context.ts';
import { differentiable, type VjpRule } from '../rule.ts';

interface MaxPoolAttrs { kernel: number[]; stride: number[]; padding: number[]; dilation: number[]; ceilMode: boolean }

/** Per spatial axis, as tensors of rank 2D (output axes, then tap axes): the input position of each
 *  (output, tap) pair, whether it is inside the input, and each window's first position inside. */
function windowIndex(ctx: VjpContext, x: number, a: MaxPoolAttrs): { index: number; valid: number } {
  const spatial = ctx.shape(x).slice(2);
  const D = spatial.length;
  const { kernel, stride, padding, dilation, outSpatial } = poolGeometry(ctx.type(x), a);
  const strides = stridesOf(spatial);
  let at: number | undefined, first: number | undefined, outside: number | undefined;
  const sum = (acc: number | undefined, v: number) => (acc === undefined ? v : ctx.add(acc, v));
  for (let d = 0; d < D; d++) {
    const pos = (o: number, k: number) => o * stride[d] - padding[d] + k * dilation[d];
    const inside = (p: number) => p >= 0 && p < spatial[d];
    const O = outSpatial[d], K = kernel[d];
    const pairs = Array.from({ length: O * K }, (_, i) => pos(Math.floor(i / K), i % K));
    const firsts = Array.from({ length: O }, (_, o) => {
      const k = Array.from({ length: K }, (_, j) => j).find((j) => inside(pos(o, j))) ?? 0;
      return pos(o, k) * strides[d];
    });
    const pairShape = Array.from({ length: 2 * D }, (_, i) => (i === d ? O : i === D + d ? K : 1));
    const outShape = pairShape.map((n, i) => (i < D ? n : 1));
    at = sum(at, ctx.table(pairs.map((p) => (inside(p) ? p * strides[d] : 0)), 'i32', pairShape));
    outside = sum(outside, ctx.table(pairs.map((p) => (inside(p) ? 0 : 1)), 'i32', pairShape));
    first = sum(first, ctx.table(firsts, 'i32', outShape));
  }
  const valid = ctx.op('eq', [outside!, ctx.fill(0, 'i32')]);
  const shape = [1, numel(outSpatial), numel(kernel)];
  return {
    index: ctx.op('reshape', [ctx.where(valid, at!, first!)], { shape }),
    valid: ctx.op('reshape', [valid], { shape }),
  };
}

function toInput(ctx: VjpContext, x: number, y: number, cot: number, a: MaxPoolAttrs): number {
  const [N, C, ...spatial] = ctx.shape(x);
  const dtype = ctx.dtype(x);
  const { index, valid } = windowIndex(ctx, x, a);
  const [, O, K] = ctx.shape(index);
  const planes = ctx.op('reshape', [x], { shape: [N * C, numel(spatial)] });
  const reads = ctx.op('gather', [planes, ctx.op('reshape', [index], { shape: [1, O * K] })], { axis: 1 });
  const windows = ctx.op('reshape', [reads], { shape: [N * C, O, K] });
  const firstMax = ctx.op('argmax', [windows], { axis: 2, keepdims: true });
  // the last valid NaN: the largest tap number among them
  const nan = ctx.where(valid, ctx.op('ne', [windows, windows]), ctx.fill(0, 'bool'));
  const ramp = ctx.table(Array.from({ length: K }, (_, k) => k + 1), dtype, [K]);
  const lastNan = ctx.op('argmax', [ctx.mul(ctx.castTo(nan, dtype), ramp)], { axis: 2, keepdims: true });
  const yv = ctx.op('reshape', [y], { shape: [N * C, O, 1] });
  const tap = ctx.where(ctx.op('ne', [yv, yv]), lastNan, firstMax);
  const winner = ctx.op('gather', [ctx.op('expand', [index], { shape: [N * C, O, K] }), tap], { axis: 2 });
  const g = ctx.op('scatter_add', [
    ctx.op('reshape', [cot], { shape: [N * C, O] }), ctx.op('reshape', [winner], { shape: [N * C, O] }),
  ], { axis: 1, size: numel(spatial) });
  return ctx.op('reshape', [g], { shape: [...ctx.shape(x)] });
}

export const MAXPOOL_VJPS: Record<string, VjpRule<MaxPoolAttrs>> = {
  maxpool: (ctx, { inputs: [x], output, attrs, cot }) => [differentiable(ctx.dtype(x)) ? () => toInput(ctx, x, output, cot, attrs) : null],
};
