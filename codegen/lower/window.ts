// Lowering of unfold (ir/ops/window.ts): the tap and window position become one input index, so a
// reduction over the taps reads x directly; positions in the padding read the fill.
import { windows } from '../../ir/ops/window-geometry.ts';
import * as k from '../kexpr.ts';
import type { Expr } from '../kir.ts';
import { fillValue, type LoweringTable } from '../lowering.ts';
import { guardedIndex } from './index-exprs.ts';

export const WINDOW = {
  unfold: {
    kind: 'inline',
    reads: () => ['many'],
    emit: (ctx, idx, a, [x]) => {
      const w = windows(x, a);
      const src = [...idx];
      let tap: Expr = src.splice(w.at, 1)[0];
      let inside: Expr | undefined;
      for (let j = w.axes.length - 1; j >= 0; j--) {
        const ax = w.axes[j];
        const size = k.i32(w.kernel[j]); // an attribute: a literal, as conv's taps are
        const off = j === 0 ? tap : ctx.let(k.mod(tap, size), `tap${ax}`);
        if (j > 0) tap = ctx.let(k.div(tap, size), `taps${ax}`);
        if (w.padding[j] === 0) {
          src[ax] = k.add(src[ax], off); // always inside: the output is shorter by kernel - 1
          continue;
        }
        const at = ctx.let(k.sub(k.add(src[ax], off), ctx.sym(w.padding[j], `pad${ax}`)), `w${ax}`);
        const { ok, index } = guardedIndex(ctx, at, x.shape[ax], ax);
        inside = inside ? k.and(inside, ok) : ok;
        src[ax] = index;
      }
      const v = ctx.input(0, src);
      return inside ? k.select(ctx.let(inside, 'inside'), v, fillValue(x.dtype, 0)) : v;
    },
  },
} satisfies LoweringTable;
