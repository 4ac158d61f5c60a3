// Common-subexpression elimination: a node with the same op, the same inputs (after merging) and the
// same attributes as an earlier node is replaced by that node. Every op is a pure function of its inputs
// and attributes, so each output keeps its value exactly. Inputs and params are never merged: two of
// them are distinct bindings even where their names and types agree (which the graph forbids anyway).
// Const nodes merge when dtype, shape and values are equal, bit for bit (-0 is not 0), whether a value
// is written once (filling the shape) or per element. A merged node takes the first node's loc and
// provenance.
import type { AttrValue } from '../attrs.ts';
import type { Graph, Node } from '../graph.ts';
import { rebuildGraph, type Rebuilt } from './rebuild.ts';
import { attrKey, constFill } from './values.ts';

export function eliminateCommonSubexpressions(g: Graph): Rebuilt {
  const seen = new Map<string, number>();
  return rebuildGraph(g, (n, r) => {
    if (n.op === 'input' || n.op === 'param') return r.copy(n);
    const key = `${n.op}(${n.inputs.map(r.mapped).join(',')})${attrKey(canonicalAttrs(n))}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) return earlier;
    const id = r.copy(n);
    seen.set(key, id);
    return id;
  });
}

/** A const written per element with one value throughout keys like the same const written once. */
function canonicalAttrs(n: Node): AttrValue {
  const fill = constFill(n);
  return fill ? { ...n.attrs, value: [...fill] } : (n.attrs as AttrValue);
}
