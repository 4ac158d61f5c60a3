// A graph rewrite before fusion: a reduction of many elements into few outputs (a BN's batch statistics,
// a bias gradient: per channel over N x H x W) has too few outputs to keep a device busy, one loop or one
// workgroup each. Split over its first reduced axis, it runs as two kernels: the first reduces the other
// axes for every element of that axis (outputs x its size partial results, in memory: the planner stores a
// reduction another reduction reads), the second combines the partials along it, in index order. The
// order of each sum is fixed, so results are the same every run; they differ from one sequential sum by
// rounding only (mean: the mean of equal-sized chunks' means is the mean).
import type { Graph } from '../ir/graph.ts';
import { numel } from '../ir/tensor.ts';
import { normAxes } from '../ir/ops/util.ts';
import { rebuildGraph } from '../ir/rewrite/rebuild.ts';

/** Reductions into at most this many outputs are split (more outputs keep a device busy as they are). */
export const SPLIT_OUTPUTS_MAX = 4096;
/** Ops whose result over a set of axes is their result over part of it, reduced again over the rest. */
const SPLITTABLE = new Set(['sum', 'mean', 'max', 'min']);

/** How node n of g splits: the first reduced axis, then the others; undefined where it stays whole. */
function splitOf(g: Graph, id: number, minElements: number): { axes: number[]; inner: number[] } | undefined {
  const n = g.nodes[id];
  if (!SPLITTABLE.has(n.op) || n.type.dtype !== 'f32') return undefined;
  const x = g.nodes[n.inputs[0]].type;
  const axes = normAxes(n.attrs.axes as number[], x.shape.length).sort((p, q) => p - q);
  const [outer, ...inner] = axes.filter((a) => x.shape[a] > 1);
  if (outer === undefined || inner.length === 0) return undefined;
  const count = numel(axes.map((a) => x.shape[a]));
  if (count < minElements || numel(n.type.shape) > SPLIT_OUTPUTS_MAX) return undefined;
  return { axes, inner };
}

/** A graph computing the same outputs with each reduction of at least `minElements` elements per output
 *  into few outputs split in two (see above); `g` itself when there is none. */
export function splitReductions(g: Graph, minElements: number): Graph {
  if (!g.nodes.some((n) => splitOf(g, n.id, minElements))) return g;
  return rebuildGraph(g, (n, r) => {
    const split = splitOf(g, n.id, minElements);
    if (!split) return r.copy(n);
    const partial = r.append(n.op, [r.mapped(n.inputs[0])], { ...n.attrs, axes: split.inner, keepdims: true }, n);
    // (the inner axes are size 1 in the partials: reducing them again changes nothing, and drops them
    // where the reduction drops its axes)
    return r.append(n.op, [partial], { ...n.attrs, axes: split.axes }, n);
  }).graph;
}
