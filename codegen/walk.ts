// Walks over graph values without recursion: a fused chain may be as long as the graph (100,000 ops),
// far deeper than the call stack.
import type { Graph } from '../ir/graph.ts';

/** Depth-first preorder from `root` through each node's inputs, in order (the order a recursive visit
 *  takes): `enter(id)` is called at every node reached and says whether to go on into its inputs. */
export function preorder(g: Graph, root: number, enter: (id: number) => boolean): void {
  const stack = [root];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (!enter(id)) continue;
    const ins = g.nodes[id].inputs;
    for (let k = ins.length - 1; k >= 0; k--) stack.push(ins[k]);
  }
}
