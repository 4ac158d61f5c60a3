// VJPs of conv (ir/ops/conv.ts), written with conv itself:
// - to x: a transposed conv: the cotangent spread by the stride (conv's inputDilation: no zeros in memory)
//   and correlated with the flipped weight whose in and out channels are swapped within each group. The
//   input row i gathers spread position i - P + k·dilation with P = dilated kernel extent − forward
//   padding; conv pads symmetrically, so the correlation is padded by P + e and its outputs taken from e
//   on, e large enough that they cover x (the rows a stride skipped included: PyTorch's output_padding).
//   A forward conv with an inputDilation r has that gradient for its spread input: every r-th row is x's.
//   With stride 1 and no input dilation nothing is spread: the cotangent is padded (or cut) and correlated.
// - to weight: x with batch and channels swapped, correlated with the cotangent as the kernel, the forward
//   dilation as stride, the forward stride as dilation and the same input dilation; the groups ride along
//   as channel blocks.
// avgpool is a conv of each plane with a kernel of ones, divided by each window's count: its VJP divides
// the cotangent by the counts and takes the conv's route back to the input.
import { isFloat } from '../../dtype.ts';
import type { VjpContext } from '../context.ts';
import type { VjpRule } from '../rule.ts';

interface ConvAttrs { stride: number[]; padding: number[]; dilation: number[]; inputDilation?: number[]; groups: number }
interface PoolAttrs { kernel: number[]; stride: number[]; padding: number[]; ceilMode: boolean; countIncludePad: boolean }

const perAxis = (list: readonly number[], nd: number, fallback: number | readonly number[]): number[] =>
  (list.length ? [...list] : typeof fallback === 'number' ? Array(nd).fill(fallback) : [...fallback]);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

function geometry(ctx: VjpContext, w: number, a: ConvAttrs) {
  const nd = ctx.shape(w).length - 2;
  return { nd, stride: perAxis(a.stride, nd, 1), padding: perAxis(a.padding, nd, 0), dilation: perAxis(a.dilation, nd, 1), inputDilation: perAxis(a.inputDilation ?? [], nd, 1) };
}

function toInput(ctx: VjpContext, x: number, w: number, g: number, a: ConvAttrs): number {
  const { nd, stride, padding, dilation, inputDilation } = geometry(ctx, w, a);
  const [cout, cinG, ...kernel] = ctx.shape(w);
  const spread = ctx.shape(x).slice(2).map((s, d) => (s - 1) * inputDilation[d] + 1);
  const out = ctx.shape(g).slice(2);
  const shift = spread.map((size, d) => {
    const extent = dilation[d] * (kernel[d] - 1);
    const before = extent - padding[d];
    const covered = (out[d] - 1) * stride[d] + 1 + 2 * before - extent;
    return Math.max(0, -before, size - covered);
  });
  const G = a.groups;
  const grouped = ctx.op('reshape', [w], { shape: [G, cout / G, cinG, ...kernel] });
  const swapped = ctx.op('permute', [grouped], { perm: [0, 2, 1, ...range(3, 3 + nd)] });
  const wT = ctx.op('reshape', [swapped], { shape: [G * cinG, cout / G, ...kernel] });
  const flipped = ctx.op('flip', [wT], { axes: range(2, 2 + nd) });
  if (stride.every((s) => s === 1) && inputDilation.every((r) => r === 1)) {
    // nothing to spread: the cotangent padded (or cut) to exactly x's extent, which keeps its kernels' reads
    // plain for the planner
    let h = g;
    for (let d = 0; d < nd; d++) {
      const before = dilation[d] * (kernel[d] - 1) - padding[d];
      h = ctx.padOrCut(h, 2 + d, before, spread[d] + dilation[d] * (kernel[d] - 1) - before - out[d]);
    }
    return ctx.op('conv', [h, flipped], { dilation, groups: G });
  }
  const pad = shift.map((e, d) => dilation[d] * (kernel[d] - 1) - padding[d] + e);
  const h = ctx.op('conv', [g, flipped], { dilation, inputDilation: stride, padding: pad, groups: G });
  const spreadX = ctx.op('slice', [h], { axes: range(2, 2 + nd), starts: shift, ends: shift.map((e, d) => e + spread[d]) });
  if (inputDilation.every((r) => r === 1)) return spreadX;
  return ctx.op('slice', [spreadX], { axes: range(2, 2 + nd), starts: spread.map(() => 0), ends: spread, steps: inputDilation });
}

function toWeight(ctx: VjpContext, x: number, w: number, g: number, a: ConvAttrs): number {
  const { nd, stride, padding, dilation, inputDilation } = geometry(ctx, w, a);
  const [, cinG, ...kernel] = ctx.shape(w);
  const [N, , ...spatial] = ctx.shape(x);
  const G = a.groups;
  const xg = ctx.op('reshape', [x], { shape: [N, G, cinG, ...spatial] });
  const xT = ctx.op('reshape', [ctx.op('permute', [xg], { perm: [2, 1, 0, ...range(3, 3 + nd)] })], { shape: [cinG, G * N, ...spatial] });
  const gT = ctx.op('permute', [g], { perm: [1, 0, ...range(2, 2 + nd)] });
  // The correlation's last tap ends at padded position (K - 1)·dilation + (out - 1)·stride. Where the forward
  // stride skipped x's last rows, symmetric padding would compute taps past K that are cut away (16/9 the
  // work of a 3x3 kernel at stride 2): pad such an axis exactly instead, zeros after as many as needed.
  const out = ctx.shape(g).slice(2);
  const after = spatial.map((size, d) => (kernel[d] - 1) * dilation[d] + (out[d] - 1) * stride[d] - padding[d] - (size - 1));
  const exact = after.map((e, d) => inputDilation[d] === 1 && e !== padding[d]);
  let xp = xT;
  for (let d = 0; d < nd; d++) if (exact[d]) xp = ctx.padOrCut(xp, 2 + d, padding[d], after[d]);
  const pads = padding.map((p, d) => (exact[d] ? 0 : p));
  let r = ctx.op('conv', [xp, gT], { stride: dilation, padding: pads, dilation: stride, inputDilation, groups: G });
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
