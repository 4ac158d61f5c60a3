// Lowerings of the selection ops (ir/ops/select.ts): gather (an index read, then the value it points at;
// an index out of range traps), top-k indices by ranks, and keep_frames' guarded read.
import { normAxis } from '../../ir/ops/util.ts';
import * as k from '../kexpr.ts';
import { typeOf, type Expr } from '../kir.ts';
import { broadcastIndex, sameShapeReads } from '../index-math.ts';
import { TRAP } from '../../artifact/kernel-ir.ts';
import { fillValue, type LowerCtx, type LoweringTable } from '../lowering.ts';

/** The reference's order (`above`, ir/ops/select.ts) in kernel code: for floats, NaN ranks above every number (a > b is false when either is NaN). */
function ranksAbove(a: Expr, b: Expr): Expr {
  if (typeOf(a) !== 'f32') return k.gt(a, b);
  return k.or(k.and(k.call('isnan', [a]), k.not(k.call('isnan', [b]))), k.gt(a, b));
}

/** Output position q along the axis, by ranks: rank(i) counts the entries ahead of entry i in the
 *  reference's total order (better, or tied with a lower index), so ranks are a permutation of 0..n-1.
 *  Sorted: the i with rank q. Unsorted: the q-th i, ascending, among those with rank < k. O(n^2). */
function emitTopk(ctx: LowerCtx, idx: readonly Expr[], axis: number, shape: readonly number[], a: { k: number; largest: boolean; sorted: boolean }): Expr {
  const q = idx[axis];
  const n = ctx.sym(shape[axis], 'n');
  const value = (i: Expr) => ctx.input(0, idx.map((e, d) => (d === axis ? i : e)));
  const result = ctx.mutable(k.i32(0), 'found');
  const seen = a.sorted ? undefined : ctx.mutable(k.i32(0), 'seen');
  ctx.loop(n, (i) => {
    const vi = ctx.let(value(i), 'vi');
    const rank = ctx.mutable(k.i32(0), 'rank');
    ctx.loop(n, (j) => {
      const vj = ctx.let(value(j), 'vj');
      const [jOverI, iOverJ] = a.largest ? [ranksAbove(vj, vi), ranksAbove(vi, vj)] : [ranksAbove(vi, vj), ranksAbove(vj, vi)];
      const ahead = k.or(jOverI, k.and(k.lt(j, i), k.not(iOverJ)));
      rank.set(k.add(rank.ref, k.select(ahead, k.i32(1), k.i32(0))));
    }, { hint: 'j' });
    if (seen) {
      ctx.when(k.lt(rank.ref, ctx.sym(a.k, 'k')), () => {
        ctx.when(k.eq(seen.ref, q), () => result.set(i));
        seen.set(k.add(seen.ref, k.i32(1)));
      });
    } else ctx.when(k.eq(rank.ref, q), () => result.set(i));
  }, { hint: 'i' });
  return result.ref;
}

export const SELECT = {
  gather: {
    kind: 'inline',
    traps: true,
    // x: any element may be read by many outputs; index: once unless it is reused along a size-1 axis
    reads: ([, index], _a, out) => ['many', sameShapeReads([index], out)[0]],
    emit: (ctx, idx, a, [x, index]) => {
      const axis = normAxis(a.axis, x.shape.length);
      const size = x.shape[axis];
      const j = ctx.let(ctx.input(1, broadcastIndex(idx, index.shape)), 'j');
      if (size === 0) {
        // nothing to read: every index is out of range
        ctx.trap(TRAP.indexOutOfRange);
        return fillValue(x.dtype, 0);
      }
      const sizeS = ctx.sym(size, 'size');
      const bad = k.or(k.lt(j, k.i32(0)), k.ge(j, sizeS));
      ctx.when(bad, () => ctx.trap(TRAP.indexOutOfRange));
      // an out-of-range index reads a clamped, valid one (the launch reports the error)
      const jc = ctx.let(k.call('min', [k.call('max', [j, k.i32(0)]), k.sub(sizeS, k.i32(1))]), 'jc');
      return ctx.input(0, idx.map((e, d) => (d === axis ? jc : e)));
    },
  },
  topk_indices: {
    kind: 'loop',
    reads: () => ['many'],
    readsPerOutput: ([x], a) => { const len = x.shape[normAxis(a.axis, x.shape.length)]; return [len * len]; },
    emit: (ctx, idx, a, [x]) => emitTopk(ctx, idx, normAxis(a.axis, x.shape.length), x.shape, a),
  },
  keep_frames: {
    kind: 'inline',
    reads: () => ['once', 'many'],
    emit: (ctx, idx, a, [x, lengths]) => {
      const axis = normAxis(a.axis, x.shape.length);
      const len = ctx.let(ctx.input(1, lengths.shape.length === 0 ? [] : [idx[0]]), 'length');
      const kept = ctx.mutable(fillValue(x.dtype, 0), 'kept');
      // x is computed inside the branch only: nothing of a padded frame's value is evaluated
      ctx.when(k.lt(idx[axis], len), () => kept.set(ctx.input(0, idx)));
      return kept.ref;
    },
  },
} satisfies LoweringTable;
