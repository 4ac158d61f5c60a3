// Index arithmetic shared by lowerings.
import * as x from './kexpr.ts';
import type { Expr } from './kir.ts';

/** The index into an input of shape `inShape` that the broadcasting rule pairs with output index `idx`:
 *  axes align at the end, and size-1 input axes are always read at 0. */
export function broadcastIndex(idx: readonly Expr[], inShape: readonly number[]): Expr[] {
  const offset = idx.length - inShape.length;
  return inShape.map((d, a) => (d === 1 ? x.i32(0) : idx[a + offset]));
}

/** 'once' when the input has the output's shape, else 'many' (a broadcast input is re-read). */
export function sameShapeReads(inputs: readonly { shape: readonly number[] }[], out: { shape: readonly number[] }): ('once' | 'many')[] {
  return inputs.map((t) => (t.shape.length === out.shape.length && t.shape.every((d, i) => d === out.shape[i]) ? 'once' : 'many'));
}

/** `idx` with axis `axis` replaced by `v`. */
export const withAxis = (idx: readonly Expr[], axis: number, v: Expr): Expr[] => idx.map((e, d) => (d === axis ? v : e));
