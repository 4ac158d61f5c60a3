// A graph rewrite before fusion: an op that reads more tensors than one kernel may bind cannot be
// lowered as it stands (the planner can split a kernel only by storing fused members, and a wide node's
// own inputs are not members). Such a concat becomes a tree of concats along the same axis, each with
// at most `maxInputs` inputs; the planner then stores inner concats as needed.
import { InternalError } from '../ir/errors.ts';
import { Graph, lookupOp, type Node } from '../ir/graph.ts';

/**
 * A graph computing the same outputs in which no concat has more than `maxInputs` inputs (>= 2).
 * Wide concats are replaced by nested concats: the inputs are grouped, in order, into runs of up to
 * `maxInputs`, each run concatenated along the same axis, and again until one concat of at most
 * `maxInputs` inputs remains. Every other node is copied unchanged (same op, attributes, type and loc);
 * new nodes carry the loc of the concat they replace. Node ids change where nodes were inserted (the
 * outputs keep their names). When no concat is too wide, `g` itself is returned.
 */
export function splitWideOps(g: Graph, maxInputs: number): Graph {
  if (!Number.isInteger(maxInputs) || maxInputs < 2) {
    throw new InternalError(`splitWideOps needs room for at least 2 inputs per kernel, given ${maxInputs}`);
  }
  if (!g.nodes.some((n) => n.op === 'concat' && n.inputs.length > maxInputs)) return g;
  const out = new Graph(g.name);
  const push = (n: Omit<Node, 'id'>): number => {
    const id = out.nodes.length;
    out.nodes.push({ ...n, id });
    return id;
  };
  const newId: number[] = [];
  for (const n of g.nodes) {
    let inputs = n.inputs.map((i) => newId[i]);
    if (n.op === 'concat') {
      const def = lookupOp('concat');
      while (inputs.length > maxInputs) {
        const next: number[] = [];
        for (let s = 0; s < inputs.length; s += maxInputs) {
          const run = inputs.slice(s, s + maxInputs);
          if (run.length === 1) { next.push(run[0]); continue; }
          const type = def.infer(run.map((i) => out.nodes[i].type), n.attrs as never);
          next.push(push({ op: 'concat', inputs: run, attrs: n.attrs, type, loc: n.loc }));
        }
        inputs = next;
      }
    }
    newId[n.id] = push({ ...n, inputs });
  }
  for (const o of g.outputs) out.addOutput(o.name, newId[o.node]);
  return out;
}
