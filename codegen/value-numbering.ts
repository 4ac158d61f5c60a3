// Value numbering for LowerCtx.group (kernel-builder.ts): equal subtrees of a group's value trees get one
// number, so a computation the trees share (an FFT's butterflies, a row's taps) is bound to a local once.
import type { Expr } from './kir.ts';
import { childrenOf, mapChildren } from './kir.ts';

/** A LowerCtx.group: its value trees; each subtree's value number (equal numbers: the same computation,
 *  up to the order of + and * operands); how often each number occurs in the trees; and the numbers bound
 *  so far (to locals, or to their trees rebuilt over bound children). */
export interface ValueGroup {
  readonly scope: number;
  readonly values: readonly Expr[];
  readonly numbers: Map<Expr, number>;
  readonly uses: number[];
  readonly bound: Map<number, Expr>;
  readonly hint: string;
}

/** Numbers the subtrees of `e` by value (see ValueGroup), counting each number's occurrences once per
 *  distinct parent tree. */
export function numberValues(e: Expr, numbers: Map<Expr, number>, table: Map<string, number>, uses: number[]): number {
  const known = numbers.get(e);
  if (known !== undefined) { uses[known]++; return known; }
  let kids = childrenOf(e).map((c) => numberValues(c, numbers, table, uses));
  if (e.k === 'bin' && (e.op === '+' || e.op === '*') && kids[0] > kids[1]) kids = [kids[1], kids[0]];
  let i = 0;
  const key = JSON.stringify(mapChildren(e, () => ({ k: 'sym', name: `#${kids[i++]}` })));
  let n = table.get(key);
  if (n === undefined) {
    n = uses.length;
    table.set(key, n);
    uses.push(0);
  } else kids.forEach((kid) => uses[kid]--); // a repeat reads its operands through the first one
  numbers.set(e, n);
  uses[n]++;
  return n;
}
