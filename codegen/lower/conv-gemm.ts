// conv as a batch of matrix products, for tiled kernels (codegen/tiled-gemm.ts): per image and group,
// C[co, o] = sum over r of W[co, r] · X[r, o], with co an output channel of the group, o an output
// position (spatial axes flattened) and r = ci · taps + tap (input channel, then kernel axes row-major:
// the reference's order, so f32 sums round alike). X[r, o] is the input at o's window tap, zero in the
// padding.
import type { TensorType } from '../../ir/registry.ts';
import { numel, stridesOf } from '../../ir/tensor.ts';
import * as x from '../kexpr.ts';
import type { Expr } from '../kir.ts';
import type { GemmForm, LowerCtx } from '../lowering.ts';
import { clampI32, unravelIndex } from './index-exprs.ts';

export interface ConvGemmGeometry {
  readonly stride: readonly number[];
  readonly padding: readonly number[];
  readonly dilation: readonly number[];
  readonly inputDilation: readonly number[];
  readonly groups: number;
}

/** The form of conv(xt, wt) -> out, or undefined unless all three are f32 and the input is not spread (a
 *  transposed conv's taps on the zeros between elements are skipped by the untiled loop instead). */
export function convGemm(xt: TensorType, wt: TensorType, out: TensorType, g: ConvGemmGeometry): GemmForm | undefined {
  if (xt.dtype !== 'f32' || wt.dtype !== 'f32' || out.dtype !== 'f32') return undefined;
  if (g.inputDilation.some((r) => r !== 1)) return undefined;
  const [images, cout] = out.shape;
  const [, cinG, ...kernel] = wt.shape;
  const outSpatial = out.shape.slice(2);
  const inSpatial = xt.shape.slice(2);
  const taps = numel(kernel);
  const coutG = cout / g.groups;
  // image and group of product b (literal 0 where there is only one)
  const split = (ctx: LowerCtx, b: Expr): [Expr, Expr] => {
    if (g.groups === 1) return [images === 1 ? x.i32(0) : b, x.i32(0)];
    const groups = ctx.sym(g.groups, 'groups');
    return [images === 1 ? x.i32(0) : ctx.let(x.div(b, groups), 'img'), ctx.let(x.mod(b, groups), 'grp')];
  };
  // input channel within the group and kernel tap of reduction index r (kernel sizes are literals)
  const channelTap = (ctx: LowerCtx, r: Expr): [Expr, Expr[]] => {
    const ci = taps === 1 ? r : ctx.let(x.div(r, x.i32(taps)), 'ci');
    const tap = taps === 1 ? x.i32(0) : ctx.let(x.mod(r, x.i32(taps)), 'tap');
    const st = stridesOf(kernel);
    const t = kernel.map((k, d) => (k === 1 ? x.i32(0) : ctx.let(x.mod(x.div(tap, x.i32(st[d])), x.i32(k)), `t${d}`)));
    return [ci, t];
  };
  const channel = (group: Expr, within: Expr, per: number, total: number): Expr =>
    total === 1 ? x.i32(0) : g.groups === 1 ? within : x.add(x.mul(group, x.i32(per)), within);
  return {
    batch: images * g.groups, m: coutG, n: numel(outSpatial), k: cinG * taps,
    a: (ctx, b, m, r) => {
      const [, grp] = split(ctx, b);
      const [ci, t] = channelTap(ctx, r);
      return ctx.input(1, [channel(grp, m, coutG, cout), cinG === 1 ? x.i32(0) : ci, ...t]);
    },
    b: (ctx, b, r, o) => {
      const [img, grp] = split(ctx, b);
      const [ci, t] = channelTap(ctx, r);
      const pos = unravelIndex(ctx, o, outSpatial, 'o');
      let inside: Expr = x.bool(true);
      const at = pos.map((p, d) => {
        const q = ctx.let(x.add(x.sub(x.mul(p, x.i32(g.stride[d])), x.i32(g.padding[d])), x.mul(t[d], x.i32(g.dilation[d]))), `p${d}`);
        if (g.padding[d] === 0) return q; // the output size keeps every tap inside
        const size = ctx.sym(inSpatial[d], `in${d}`);
        inside = x.and(inside, x.and(x.ge(q, x.i32(0)), x.lt(q, size)));
        return ctx.let(clampI32(q, x.i32(0), x.sub(size, x.i32(1))), `q${d}`);
      });
      const v = ctx.input(0, [img, channel(grp, ci, cinG, xt.shape[1]), ...at.map((p, d) => (inSpatial[d] === 1 ? x.i32(0) : p))]);
      return inside.k === 'const' ? v : x.select(ctx.let(inside, 'inside'), v, x.f32(0));
    },
    out: (ctx, b, m, o) => {
      const [img, grp] = split(ctx, b);
      return [img, channel(grp, m, coutG, cout), ...unravelIndex(ctx, o, outSpatial, 'o')];
    },
  };
}
