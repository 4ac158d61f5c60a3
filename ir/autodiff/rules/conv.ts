// VJPs of conv (ir/ops/conv.ts), written with conv itself:
// - to x: the cotangent, dilated by the stride (zeros interleaved) and padded by the dilated kernel extent
//   less the forward padding (cut where that is negative, and at the end to x's size, which covers the
//   rows a stride skipped: PyTorch's output_padding), correlated with the flipped weight whose in and out
//   channels are swapped within each group.
// - to weight: x with batch and channels swapped, correlated with the cotangent as the kernel, the forward
//   dilation as stride and the forward stride as dilation; the groups ride along as channel blocks.
// avgpool is a conv of each plane with a kernel of ones, divided by each window's count: its VJP divides
// the cotangent by the counts and takes the conv's route back to the input.
import { isFloat } from '../../dtype.ts';
import type { VjpContext } from '../context.ts';
import type { VjpRule } from '../rule.ts';

interface ConvAttrs { stride: number[]; padding: number[]; dilation: number[]; groups: number }
interface PoolAttrs { kernel: number[]; stride: number[]; padding: number[]; ceilMode: boolean; countIncludePad: boolean }

const perAxis = (list: readonly number[], nd: number, fallback: number | readonly number[]): number[] =>
  (list.length ? [...list] : typeof fallback === 'number' ? Array(nd).fill(fallback) : [...fallback]);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

function geometry(ctx: VjpContext, w: number, a: ConvAttrs) {
  const nd = ctx.shape(w).length - 2;
  return { nd, stride: perAxis(a.stride, nd, 1), padding: perAxis(a.padding, nd, 0), dilation: perAxis(a.dilation, nd, 1) };
}

function toInput(ctx: VjpContext, x: number, w: number, g: number, a: ConvAttrs): number {
  const { nd, stride, padding, dilation } = geometry(ctx, w, a);
  const [cout, cinG, ...kernel] = ctx.shape(w);
  const spatial = ctx.shape(x).slice(2);
  let h = g;
  for (let d = 0; d < nd; d++) {
    h = ctx.interleaveZeros(h, 2 + d, stride[d]);
    const extent = dilation[d] * (kernel[d] - 1);
    const before = extent - padding[d];
    h = ctx.padOrCut(h, 2 + d, before, spatial[d] + extent - before - ctx.shape(h)[2 + d]);
  }
  const G = a.groups;
  const grouped = ctx.op('reshape', [w], { shape: [G, cout / G, cinG, ...kernel] });
  const swapped = ctx.op('permute', [grouped], { perm: [0, 2, 1, ...range(3, 3 + nd)] });
  const wT = ctx.op('reshape', [swapped], { shape: [G * cinG, cout / G, ...kernel] });
  const flipped = ctx.op('flip', [wT], { axes: range(2, 2 + nd) });
  return ctx.op('conv', [h, flipped], { dilation, groups: G });
}

function toWeight(ctx: VjpContext, x: number, w: number, g: number, a: ConvAttrs): number {
  const { nd, stride, padding, dilation } = geometry(ctx, w, a);
  const [, cinG, ...kernel] = ctx.shape(w);
  const [N, , ...spatial] = ctx.shape(x);
  const G = a.groups;
  const xg = ctx.op('reshape', [x], { shape: [N, G, cinG, ...spatial] });
  const xT = ctx.op('reshape', [ctx.op('permute', [xg], { perm: [2, 1, 0, ...range(3, 3 + nd)] })], { shape: [cinG, G * N, ...spatial] });
  const gT = ctx.op('permute', [g], { perm: [1, 0, ...range(2, 2 + nd)] });
  let r = ctx.op('conv', [xT, gT], { stride: dilation, padding, dilation: stride, groups: G });
  for (let d = 0; d < nd; d++) r = ctx.sliceAxis(r, 2 + d, 0, kernel[d]);
  return ctx.op('permute', [r], { perm: [1, 0, ...range(2, 2 + nd)] });
}

/** avgpool's divisor at each output position, shape (1, 1, *out): ones summed over each window, the
 *  padding counted (ones) or not (zeros) as countIncludePad says, and zeros past the padded input where
 *  ceil mode's last window reaches beyond it. */
function poolDivisor(ctx: VjpContext, x: number, out: readonly number[], a: PoolAttrs, stride: readonly number[], padding: readonly number[]): number {
  const spatial = ctx.shape(x).slice(2);
  const dtype = ctx.dtype(x);
  const beyond = spatial.map((s, d) => Math.max(0, (out[d] - 1) * stride[d] + a.kernel[d] - (s + 2 * padding[d])));
  const planeAxes = [[0, 0], [0, 0]];
  let ones = ctx.fill(1, dtype, [1, 1, ...spatial]);
  if (a.countIncludePad) ones = ctx.op('pad', [ones], { pads: [...planeAxes, ...padding.map((p) => [p, p])], value: 1 });
  const before = a.countIncludePad ? padding.map(() => 0) : padding;
  ones = ctx.op('pad', [ones], { pads: [...planeAxes, ...before.map((p, d) => [p, before[d] + beyond[d]])] });
  return ctx.op('conv', [ones, ctx.fill(1, dtype, [1, 1, ...a.kernel])], { stride: [...stride] });
}

function avgpoolToInput(ctx: VjpContext, x: number, g: number, a: PoolAttrs): number {
  const [N, C, ...spatial] = ctx.shape(x);
  const out = ctx.shape(g).slice(2);
  const nd = a.kernel.length;
  const stride = perAxis(a.stride, nd, a.kernel);
  const padding = perAxis(a.padding, nd, 0);
  const share = ctx.div(g, poolDivisor(ctx, x, out, a, stride, padding));
  const planes = ctx.op('reshape', [share], { shape: [N * C, 1, ...out] });
  const flat = ctx.op('reshape', [x], { shape: [N * C, 1, ...spatial] });
  const ones = ctx.fill(1, ctx.dtype(x), [1, 1, ...a.kernel]);
  const gx = toInput(ctx, flat, ones, planes, { stride, padding, dilation: [], groups: 1 });
  return ctx.op('reshape', [gx], { shape: [...ctx.shape(x)] });
}

export const CONV_VJPS: Record<string, VjpRule<ConvAttrs>> = {
  conv: (ctx, { inputs: [x, w], attrs, cot }) => {
    if (!isFloat(ctx.dtype(x))) return [null, null];
    return [() => toInput(ctx, x, w, cot, attrs), () => toWeight(ctx, x, w, cot, attrs)];
  },
  avgpool: (ctx, { inputs: [x], attrs, cot }) => [() => avgpoolToInput(ctx, x, cot, attrs as unknown as PoolAttrs)],
};
