// VJPs of the elementwise ops (ir/ops/elementwise.ts). Binary ops sum each cotangent back to its operand's
// shape (VjpContext.sumTo); complex products and quotients take the conjugate of the other factor
// (PyTorch's convention: the gradient of a c64 value is dL/dRe + i dL/dIm).
import { isComplex } from '../../dtype.ts';
import type { VjpContext } from '../context.ts';
import { differentiable, noGradient, type Cotangent, type VjpArgs, type VjpRule } from '../rule.ts';

/** A unary rule from the local derivative: g * f'(x), given x, y and g. */
const unary = (dx: (ctx: VjpContext, x: number, y: number, g: number) => number): VjpRule =>
  (ctx, { inputs: [x], output, cot }) => [differentiable(ctx.dtype(x)) ? () => dx(ctx, x, output, cot) : null];

/** A binary rule: each operand's cotangent at the output's shape, then summed to the operand's. */
const binary = (da: (ctx: VjpContext, p: VjpArgs) => number, db: (ctx: VjpContext, p: VjpArgs) => number): VjpRule =>
  (ctx, p) => {
    const [a, b] = p.inputs;
    if (!differentiable(ctx.dtype(a))) return [null, null];
    return [() => ctx.sumTo(da(ctx, p), ctx.shape(a)), () => ctx.sumTo(db(ctx, p), ctx.shape(b))];
  };

const zero = (ctx: VjpContext, like: number) => ctx.fill(0, ctx.dtype(like));
const gtZero = (ctx: VjpContext, x: number) => ctx.op('gt', [x, zero(ctx, x)]);
const ltZero = (ctx: VjpContext, x: number) => ctx.op('lt', [x, zero(ctx, x)]);

/** maximum/minimum: the cotangent goes to the operand that wins; on a tie each gets half (PyTorch). */
const extremum = (wins: 'gt' | 'lt'): VjpRule => {
  const share = (ctx: VjpContext, cot: number, self: number, other: number) => {
    const half = ctx.where(ctx.op('eq', [self, other]), ctx.scale(cot, 0.5), zero(ctx, cot));
    return ctx.where(ctx.op(wins, [self, other]), cot, half);
  };
  return binary((ctx, p) => share(ctx, p.cot, p.inputs[0], p.inputs[1]), (ctx, p) => share(ctx, p.cot, p.inputs[1], p.inputs[0]));
};

export const ELEMENTWISE_VJPS: Record<string, VjpRule> = {
  neg: unary((ctx, _x, _y, g) => ctx.neg(g)),
  abs: unary((ctx, x, _y, g) => ctx.where(gtZero(ctx, x), g, ctx.where(ltZero(ctx, x), ctx.neg(g), zero(ctx, g)))),
  exp: unary((ctx, _x, y, g) => ctx.mul(g, y)),
  log: unary((ctx, x, _y, g) => ctx.div(g, x)),
  sqrt: unary((ctx, _x, y, g) => ctx.div(ctx.scale(g, 0.5), y)),
  // d/dx x^-1/2 = -1/2 y^3
  rsqrt: unary((ctx, _x, y, g) => ctx.mul(ctx.scale(g, -0.5), ctx.mul(y, ctx.mul(y, y)))),
  sigmoid: unary((ctx, _x, y, g) => ctx.mul(g, ctx.mul(y, ctx.sub(ctx.fill(1, ctx.dtype(y)), y)))),
  tanh: unary((ctx, _x, y, g) => ctx.mul(g, ctx.sub(ctx.fill(1, ctx.dtype(y)), ctx.mul(y, y)))),
  // the gradient at 0 is 0, as PyTorch's threshold_backward
  relu: unary((ctx, x, _y, g) => ctx.where(gtZero(ctx, x), g, zero(ctx, g))),
  sin: unary((ctx, x, _y, g) => ctx.mul(g, ctx.op('cos', [x]))),
  cos: unary((ctx, x, _y, g) => ctx.neg(ctx.mul(g, ctx.op('sin', [x])))),

  add: binary((_ctx, p) => p.cot, (_ctx, p) => p.cot),
  sub: binary((_ctx, p) => p.cot, (ctx, p) => ctx.neg(p.cot)),
  mul: binary((ctx, p) => ctx.mul(p.cot, ctx.conj(p.inputs[1])), (ctx, p) => ctx.mul(p.cot, ctx.conj(p.inputs[0]))),
  div: binary(
    (ctx, p) => ctx.div(p.cot, ctx.conj(p.inputs[1])),
    // d(a/b)/db = -(a/b)/b
    (ctx, p) => ctx.neg(ctx.mul(p.cot, ctx.conj(ctx.div(p.output, p.inputs[1])))),
  ),
  maximum: extremum('gt'),
  minimum: extremum('lt'),
  // PyTorch masks both: no gradient to the base where the exponent is 0, none to the exponent where the
  // base is 0 and the exponent >= 0 (where log(0) would give inf * 0)
  pow: binary(
    (ctx, { inputs: [a, b], cot }) => {
      const local = ctx.mul(b, ctx.op('pow', [a, ctx.sub(b, ctx.fill(1, ctx.dtype(b)))]));
      return ctx.where(ctx.op('eq', [b, zero(ctx, b)]), zero(ctx, cot), ctx.mul(cot, local));
    },
    (ctx, { inputs: [a, b], output, cot }) => {
      const full = ctx.mul(cot, ctx.mul(output, ctx.op('log', [a])));
      const atZero = ctx.where(ctx.op('ge', [b, zero(ctx, b)]), zero(ctx, cot), full);
      return ctx.where(ctx.op('eq', [a, zero(ctx, a)]), atZero, full);
    },
  ),

  eq: noGradient, ne: noGradient, lt: noGradient, le: noGradient, gt: noGradient, ge: noGradient,

  where: (ctx, { inputs: [c, a, b], cot }) => {
    if (!differentiable(ctx.dtype(a))) return [null, null, null];
    const z = zero(ctx, cot);
    return [null, () => ctx.sumTo(ctx.where(c, cot, z), ctx.shape(a)), () => ctx.sumTo(ctx.where(c, z, cot), ctx.shape(b))];
  },

  cast: (ctx, { inputs: [x], cot }): Cotangent[] => {
    const from = ctx.dtype(x);
    if (!differentiable(from)) return [null];
    // real -> c64 keeps the real part's gradient; among floats, the cotangent converts back
    return [() => (isComplex(ctx.dtype(cot)) && !isComplex(from) ? ctx.castTo(ctx.op('real', [cot]), from) : ctx.castTo(cot, from))];
  },
};
