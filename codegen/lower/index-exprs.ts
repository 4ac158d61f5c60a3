// Index helpers for lowerings that remap indices (reshape, reductions, windows). Every shape-derived
// integer goes through ctx.sym so kernels that differ only in sizes print alike; only size-1 axes are
// specialised (their index is the constant 0), as the kernel builder does for the output index.
import { stridesOf } from '../../ir/tensor.ts';
import * as x from '../kexpr.ts';
import type { Expr } from '../kir.ts';
import type { LowerCtx } from '../lowering.ts';

/** Row-major flat offset of `idx` within `shape` (strides are syms named `${hint}s<axis>`). */
export function flatIndex(ctx: LowerCtx, idx: readonly Expr[], shape: readonly number[], hint: string): Expr {
  const strides = stridesOf(shape);
  let acc: Expr = x.i32(0);
  shape.forEach((d, k) => {
    if (d === 1) return;
    acc = x.add(acc, strides[k] === 1 ? idx[k] : x.mul(idx[k], ctx.sym(strides[k], `${hint}s${k}`)));
  });
  return acc;
}

/** Multi-index of the row-major offset `flat` within `shape` (syms `${hint}s<axis>`, `${hint}d<axis>`). */
export function unravelIndex(ctx: LowerCtx, flat: Expr, shape: readonly number[], hint: string): Expr[] {
  const strides = stridesOf(shape);
  // the first axis of size > 1 needs no modulo: flat / stride is already below its size
  const first = shape.findIndex((d) => d !== 1);
  return shape.map((d, k) => {
    if (d === 1) return x.i32(0);
    const q = strides[k] === 1 ? flat : x.div(flat, ctx.sym(strides[k], `${hint}s${k}`));
    return ctx.let(k === first ? q : x.mod(q, ctx.sym(d, `${hint}d${k}`)), `${hint}i${k}`);
  });
}

/** min(max(v, lo), hi) on i32. */
export const clampI32 = (v: Expr, lo: Expr, hi: Expr): Expr => x.call('min', [x.call('max', [v, lo]), hi]);

/** A loop over [0, size) whose counter is the constant 0 when the size is 1 (no loop at all). */
export function loopDim(ctx: LowerCtx, size: number, end: Expr, body: (v: Expr) => void, hint: string): void {
  if (size === 1) body(x.i32(0));
  else ctx.loop(end, body, { hint });
}

/** Whether position `i` of axis `axis` lies in [0, size) (bound as ok<axis>), and the index to read with: i
 *  clamped into [0, size), so the read stays in bounds and the caller selects its fill where it is not ok.
 *  (A clamp rather than a select of 0: its range is known, so index math over it simplifies.) */
export function guardedIndex(ctx: LowerCtx, i: Expr, size: number, axis: number): { ok: Expr; index: Expr } {
  const d = ctx.sym(size, `d${axis}`);
  const ok = ctx.let(x.and(x.ge(i, x.i32(0)), x.lt(i, d)), `ok${axis}`);
  return { ok, index: clampI32(i, x.i32(0), x.sub(d, x.i32(1))) };
}
