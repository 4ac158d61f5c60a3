// VJPs of real, imag, complex and conj (ir/ops/complex.ts). With the gradient of a c64 value being
// dL/dRe + i dL/dIm, taking a part apart and putting one together are each other's transposes, and
// conj is its own.
import type { VjpRule } from '../rule.ts';

export const COMPLEX_VJPS: Record<string, VjpRule> = {
  real: (ctx, { cot }) => [() => ctx.op('complex', [cot, ctx.fill(0, 'f32', ctx.shape(cot))])],
  imag: (ctx, { cot }) => [() => ctx.op('complex', [ctx.fill(0, 'f32', ctx.shape(cot)), cot])],
  conj: (ctx, { cot }) => [() => ctx.op('conj', [cot])],
  complex: (ctx, { inputs: [re, im], cot }) => [
    () => ctx.sumTo(ctx.op('real', [cot]), ctx.shape(re)),
    () => ctx.sumTo(ctx.op('imag', [cot]), ctx.shape(im)),
  ],
};
