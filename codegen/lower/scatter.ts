// Lowerings of scatter_add and fold (ir/ops/scatter.ts): each output element loops over the inputs that
// may land on it, in a fixed order, so sums are deterministic without atomics. scatter_add also has an
// atomic strategy (chosen per compile), which visits each source once and adds it where it lands.
import { foldedType } from '../../ir/ops/window-geometry.ts';
import { normAxis } from '../../ir/ops/util.ts';
import * as k from '../kexpr.ts';
import type { Expr } from '../kir.ts';
import { broadcastIndex } from '../index-math.ts';
import { TRAP } from '../../artifact/kernel-ir.ts';
import { fillValue, type LoweringTable } from '../lowering.ts';
import { guardedIndex, unravelIndex } from './index-exprs.ts';

export const SCATTER = {
  scatter_add: {
    kind: 'loop',
    traps: true,
    reads: () => ['many', 'many'],
    readsPerOutput: ([src], a) => {
      const n = src.shape[normAxis(a.axis, src.shape.length)];
      return [n, n];
    },
    // each output element scans the sources along the axis in order and adds those that land on it
    emit: (ctx, idx, a, [src, index]) => {
      const axis = normAxis(a.axis, src.shape.length);
      const acc = ctx.mutable(fillValue(src.dtype, 0), 'acc');
      ctx.loop(ctx.count(src.shape[axis], 'n'), (i) => {
        const at = idx.map((e, d) => (d === axis ? i : e));
        const j = ctx.let(ctx.input(1, broadcastIndex(at, index.shape)), 'j');
        ctx.when(k.or(k.lt(j, k.i32(0)), k.ge(j, ctx.sym(a.size, 'size'))), () => ctx.trap(TRAP.indexOutOfRange));
        acc.set(k.add(acc.ref, k.select(k.eq(j, idx[axis]), ctx.input(0, at), fillValue(src.dtype, 0))));
      }, { hint: 'i' });
      return acc.ref;
    },
    // the atomic strategy: each source element adds itself into the output element its index names
    scatter: (ctx, idx, a, [src, index], add) => {
      const axis = normAxis(a.axis, src.shape.length);
      const j = ctx.let(ctx.input(1, broadcastIndex(idx, index.shape)), 'j');
      ctx.when(k.or(k.lt(j, k.i32(0)), k.ge(j, ctx.sym(a.size, 'size'))), () => ctx.trap(TRAP.indexOutOfRange),
        () => add(idx.map((e, d) => (d === axis ? j : e)), ctx.input(0, idx)));
    },
  },
  fold: {
    kind: 'loop',
    reads: () => ['many'],
    readsPerOutput: (_i, a) => [a.kernel.reduce((p, q) => p * q, 1)],
    // output position p along a windowed axis gets tap t from window p + padding - t (when that window exists)
    emit: (ctx, idx, a, [y]) => {
      const { w, windowed } = foldedType(y, a);
      const taps = w.kernel.reduce((p, q) => p * q, 1);
      const acc = ctx.mutable(fillValue(y.dtype, 0), 'acc');
      ctx.loop(ctx.count(taps, 'taps'), (t) => {
        const offs = unravelIndex(ctx, t, w.kernel, 'tap');
        const src: Expr[] = [...idx];
        let inside: Expr | undefined;
        w.axes.forEach((ax, j) => {
          const at = ctx.let(k.sub(k.add(idx[ax], ctx.sym(w.padding[j], `pad${ax}`)), offs[j]), `w${ax}`);
          const { ok, index } = guardedIndex(ctx, at, windowed[j], ax);
          inside = inside ? k.and(inside, ok) : ok;
          src[ax] = index;
        });
        src.splice(w.at, 0, t);
        acc.set(k.add(acc.ref, k.select(inside!, ctx.input(0, src), fillValue(y.dtype, 0))));
      }, { hint: 't' });
      return acc.ref;
    },
  },
} satisfies LoweringTable;
