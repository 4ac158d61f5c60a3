// Lowerings of the elementwise ops (ir/ops/elementwise.ts): one expression per output element, every
// input read at the output's own index (broadcast axes at 0).
import * as k from '../kexpr.ts';
import { typeOf, type Expr, type Fn } from '../kir.ts';
import { broadcastIndex } from '../index-math.ts';
import { ktypeOf, type LoweringTable, type OpLowering } from '../lowering.ts';

const unary = (kernel: (x: Expr) => Expr): OpLowering<unknown> => (
  { kind: 'inline', pointwise: true, emit: (ctx, idx) => kernel(ctx.input(0, idx)) }
);

const binary = (kernel: (a: Expr, b: Expr) => Expr): OpLowering<unknown> => ({
  kind: 'inline',
  pointwise: true,
  emit: (ctx, idx, _a, ins) => kernel(ctx.input(0, broadcastIndex(idx, ins[0].shape)), ctx.input(1, broadcastIndex(idx, ins[1].shape))),
});

const fn = (name: Fn) => (a: Expr) => k.call(name, [a]);
const isFloatExpr = (e: Expr) => typeOf(e) === 'f32';
/** max/min: NaN-propagating for floats (the kernel IR's fmax_nan), plain for integers. */
const extremum = (nanFn: Fn, intFn: Fn) => (a: Expr, b: Expr) => k.call(isFloatExpr(a) ? nanFn : intFn, [a, b]);
const complexOr = (cfn: Fn, op: (a: Expr, b: Expr) => Expr) => (a: Expr, b: Expr) => (typeOf(a) === 'c64' ? k.call(cfn, [a, b]) : op(a, b));

export const ELEMENTWISE = {
  neg: unary(k.neg),
  abs: unary(fn('abs')),
  exp: unary(fn('exp')),
  log: unary(fn('log')),
  sqrt: unary(fn('sqrt')),
  rsqrt: unary(fn('rsqrt')),
  sigmoid: unary(fn('sigmoid')),
  tanh: unary(fn('tanh')),
  relu: unary((a) => k.select(k.lt(a, k.constant(typeOf(a), 0)), k.constant(typeOf(a), 0), a)),
  sin: unary(fn('sin')),
  cos: unary(fn('cos')),

  add: binary(k.add),
  sub: binary(k.sub),
  mul: binary(complexOr('cmul', k.mul)),
  div: binary(complexOr('cdiv', k.div)),
  maximum: binary(extremum('fmax_nan', 'max')),
  minimum: binary(extremum('fmin_nan', 'min')),
  pow: binary((a, b) => k.call('pow', [a, b])),
  eq: binary(k.eq),
  ne: binary(k.ne),
  lt: binary(k.lt),
  le: binary(k.le),
  gt: binary(k.gt),
  ge: binary(k.ge),

  where: {
    kind: 'inline',
    pointwise: true,
    emit: (ctx, idx, _a, ins) => k.select(...([0, 1, 2].map((i) => ctx.input(i, broadcastIndex(idx, ins[i].shape))) as [Expr, Expr, Expr])),
  },
  cast: { kind: 'inline', pointwise: true, emit: (ctx, idx, a) => k.cast(ktypeOf(a.to), ctx.input(0, idx)) },
} satisfies LoweringTable;
