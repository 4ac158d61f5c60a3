// VJPs of rfft and irfft (ir/ops/fft.ts). With the gradient of a c64 value being dL/dRe + i dL/dIm:
// - rfft: dL/dx[t] = s * Re(sum_{k<=n/2} g[k] e^{2 pi i k t/n}). irfft weighs the bins strictly between 0
//   and n/2 twice, so those are halved first; the cotangent is then cut or zero-padded to x's length.
// - irfft: dL/dZ[k] = s * c_k * sum_t g[t] e^{-2 pi i k t/n}, an rfft of the cotangent with the bins
//   1..n-n//2-1 doubled (c_k), then cut or zero-padded to the input's bin count. The imaginary parts irfft
//   ignores (bin 0, and bin n/2 for even n) get 0 by themselves: there the exponential is real.
// Both use the other transform with the same overall scale s: 'backward' and 'forward' swap.
import { isFloat } from '../../dtype.ts';
import { normAxis } from '../../ops/util.ts';
import type { VjpContext } from '../context.ts';
import type { VjpRule } from '../rule.ts';

type Norm = 'backward' | 'ortho' | 'forward';
interface FftAttrs { axis: number; n: number | null; norm: Norm }

const SAME_SCALE: Record<Norm, Norm> = { backward: 'forward', ortho: 'ortho', forward: 'backward' };

/** `g` (c64) times `inner` on the bins strictly between 0 and the Nyquist bin n/2, along `axis`. */
function weighInnerBins(ctx: VjpContext, g: number, axis: number, n: number, inner: number): number {
  const bins = ctx.shape(g)[axis];
  const values = Array.from({ length: bins }, (_, k) => (k === 0 || 2 * k === n ? 1 : inner)).flatMap((v) => [v, 0]);
  if (values.every((v, i) => i % 2 === 1 || v === 1)) return g;
  const shape = ctx.shape(g).map((d, i) => (i === axis ? d : 1));
  return ctx.mul(g, ctx.table(values, 'c64', shape));
}

export const FFT_VJPS: Record<string, VjpRule<FftAttrs>> = {
  rfft: (ctx, { inputs: [x], attrs, cot }) => [() => {
    const axis = normAxis(attrs.axis, ctx.shape(x).length);
    const len = ctx.shape(x)[axis];
    const n = attrs.n ?? len;
    const y = ctx.op('irfft', [weighInnerBins(ctx, cot, axis, n, 0.5)], { axis, n, norm: SAME_SCALE[attrs.norm] });
    const g = ctx.padOrCut(y, axis, 0, len - n);
    return isFloat(ctx.dtype(x)) ? ctx.castTo(g, ctx.dtype(x)) : g;
  }],
  irfft: (ctx, { inputs: [z], attrs, cot }) => [() => {
    const axis = normAxis(attrs.axis, ctx.shape(z).length);
    const bins = ctx.shape(z)[axis];
    const n = attrs.n ?? 2 * (bins - 1);
    const spectrum = ctx.op('rfft', [cot], { axis, n, norm: SAME_SCALE[attrs.norm] });
    return ctx.padOrCut(weighInnerBins(ctx, spectrum, axis, n, 2), axis, 0, bins - (Math.floor(n / 2) + 1));
  }],
};
