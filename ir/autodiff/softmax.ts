// Softmax as one step of reverse mode. y = exp(a - m) / sum(exp(a - m)) with m = max(a) (the stabilised
// softmax, over the axes that the max and the sum reduce) has the VJP  y * (g - sum(g * y))  with respect
// to a, and none with respect to m: the m's cancel. Rule by rule, reverse mode would instead hand m
// -sum(cotangent of a - m), zero up to rounding, and differentiate the max (which picks the maximal
// elements) to pass that noise on; and it would rebuild the exponentials and their sum from a. Such
// softmaxes are found here, in the forward graph, and differentiated whole.
import type { Graph, Node } from '../graph.ts';
import type { VjpContext } from './context.ts';

export interface Softmax {
  /** The value the softmax is taken of. */
  readonly input: number;
  /** The reduced axes (kept as size 1). */
  readonly axes: readonly number[];
}

/** Whether keepdims reductions `a` and `b` of equally shaped values reduce the same axes (those of size > 1
 *  that they keep as 1: reducing a size-1 axis or not is the same). */
const sameReduction = (a: Node, b: Node): boolean =>
  a.attrs.keepdims === true && b.attrs.keepdims === true && a.type.shape.length === b.type.shape.length && a.type.shape.every((d, i) => d === b.type.shape[i]);

/** The softmaxes of `g`, by the id of their division: div(e, s), e = exp(sub(a, max(a))), s = sum(e) over
 *  the max's axes, where the sub is read only by the exp, the exp only by the sum and the division, and
 *  the sum only by the division (so nothing else needs their cotangents). */
export function findSoftmaxes(g: Graph): Map<number, Softmax> {
  const consumers: number[][] = g.nodes.map(() => []);
  for (const n of g.nodes) for (const i of n.inputs) consumers[i].push(n.id);
  const only = (id: number): Node | undefined => (consumers[id].length === 1 ? g.node(consumers[id][0]) : undefined);
  const found = new Map<number, Softmax>();
  for (const n of g.nodes) {
    if (n.op !== 'sub') continue;
    const [a, m] = n.inputs.map((i) => g.node(i));
    const e = only(n.id);
    if (m.op !== 'max' || m.inputs[0] !== a.id || e?.op !== 'exp' || consumers[e.id].length !== 2) continue;
    const s = consumers[e.id].map((c) => g.node(c)).find((r) => r.op === 'sum');
    const d = s && only(s.id);
    if (!s || !sameReduction(s, m) || d?.op !== 'div' || d.inputs[0] !== e.id || d.inputs[1] !== s.id) continue;
    found.set(d.id, { input: a.id, axes: s.attrs.axes as number[] });
  }
  return found;
}

/** The cotangent of a softmax's input, given its output `y` and the output's cotangent `g`. */
export function softmaxVjp(ctx: VjpContext, y: number, g: number, sm: Softmax): number {
  const gy = ctx.op('sum', [ctx.mul(g, y)], { axes: [...sm.axes], keepdims: true });
  return ctx.mul(y, ctx.sub(g, gy));
}
