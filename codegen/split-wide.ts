// A graph rewrite before fusion: an op that reads more tensors than one kernel may bind cannot be
// lowered as it stands (the planner can split a kernel only by storing fused members, and a wide node's
// own inputs are not members). Such a concat becomes a tree of concats along the same axis, each with
// at most `maxInputs` inputs; the planner then stores inner concats as needed.
import { InternalError } from '../ir/errors.ts';
import type { Graph } from '../ir/graph.ts';
import { rebuildGraph } from '../ir/rewrite/rebuild.ts';

/**
 * A graph computing the same outputs in which no concat has more than `maxInputs` inputs (>= 2).
 * Wide concats are replaced by nested concats: the inputs are grouped, in order, into runs of up to
 * `maxInputs`, each run concatenated along the same axis, and again until one concat of at most
 * `maxInputs` inputs remains. Every other node is copied unchanged (same op, attributes, type, loc and
 * provenance); new nodes carry the loc and provenance of the concat they replace. Node ids change where
 * nodes were inserted (the outputs keep their names). When no concat is too wide, `g` itself is returned.
 */
export function splitWideOps(g: Graph, maxInputs: number): Graph {
  if (!Number.isInteger(maxInputs) || maxInputs < 2) {
    throw new InternalError(`splitWideOps needs room for at least 2 inputs per kernel, given ${maxInputs}`);
  }
  if (!g.nodes.some((n) => n.op === 'concat' && n.inputs.length > maxInputs)) return g;
  return rebuildGraph(g, (n, r) => {
    if (n.op !== 'concat') return r.copy(n);
    let inputs = n.inputs.map(r.mapped);
    while (inputs.length > maxInputs) {
      const next: number[] = [];
      for (let s = 0; s < inputs.length; s += maxInputs) {
        const run = inputs.slice(s, s + maxInputs);
        next.push(run.length === 1 ? run[0] : r.append('concat', run, n.attrs, n));
      }
      inputs = next;
    }
    return r.append('concat', inputs, n.attrs, n);
  }).graph;
}
