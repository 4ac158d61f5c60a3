// Rule 2c of fusion (fuse.ts): a cheap loop op recomputed where it is read. A loop op that reads only a
// few input elements per output element (a fold over a few window taps, a conv over a few channels) and
// has several consumers is not stored when each consumer computes its elements once in all — reading them
// 'once' up to its kernel's root, or through a reduction that reads each element once (a gradient summed
// over the pixels) — and recomputing it in each reads fewer bytes than storing it: a write and a read per
// consumer against a read of its inputs per consumer. Its loop producers are then stored (they would be
// recomputed too). With one consumer, rule 2 alone decides: a reduction's kernel has few invocations, and
// moving a loop op's work into them pays off only where it saves the round trips of several readers.
import type { Graph, Node } from '../ir/graph.ts';
import { loweringOf } from './lower/index.ts';
import { bytesOf, isLiteralConst, readPatterns, reuseOf } from './read-patterns.ts';

/** Evaluations of a recomputed loop op per element of its value, over all its consumers, that the
 *  planner accepts (input elements read per output element, times consumers). */
export const LOOP_RECOMPUTE_READS = 16;

/** Whether consumer `c` reads each element of its input `id` at most once in all: elementwise ('once'),
 *  or a loop op that reads each input element once (a reduction). */
export function readsOnceInAll(g: Graph, c: Node, id: number, atomic: boolean): boolean {
  const pats = readPatterns(g, c, atomic);
  const loop = loweringOf(c.op)?.kind === 'loop';
  return c.inputs.every((i, k) => i !== id || pats[k] === 'once' || (loop && reuseOf(g, c, k, atomic) <= 1));
}

/** Whether loop op `n`, read by `consumers` (one entry per read input), is recomputed in each instead of
 *  stored; `inAll[c]`: every element of c is computed once in all. */
export function recomputedLoop(g: Graph, n: Node, consumers: readonly number[], inAll: readonly boolean[], atomic: ReadonlySet<number>): boolean {
  const lower = loweringOf(n.op);
  const ins = n.inputs.map((i) => g.nodes[i].type);
  // (a line op computes whole lines at once (rule 2b); one element at a time it would redo its line)
  if (lower?.lineAxis !== undefined) return false;
  const per = lower?.readsPerOutput?.(ins, n.attrs as never, n.type);
  if (!per || consumers.length < 2 || Math.max(...per) * consumers.length > LOOP_RECOMPUTE_READS) return false;
  if (!consumers.every((c) => inAll[c] && readsOnceInAll(g, g.nodes[c], n.id, atomic.has(c)))) return false;
  return (consumers.length - 1) * inputBytes(g, n) < (consumers.length + 1) * bytesOf(n);
}

/** Bytes a kernel recomputing `n` reads: the values in memory or computed by loop ops that its inline
 *  producers reach (a conservative guess made before those producers are planned). */
function inputBytes(g: Graph, n: Node): number {
  const seen = new Set<number>();
  let bytes = 0;
  const visit = (id: number): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const p = g.nodes[id];
    if (p.op === 'input' || p.op === 'param' || p.op === 'const') bytes += p.op === 'const' && isLiteralConst(p) ? 0 : bytesOf(p);
    else if (loweringOf(p.op)?.kind === 'loop') bytes += bytesOf(p);
    else p.inputs.forEach(visit);
  };
  n.inputs.forEach(visit);
  return bytes;
}
