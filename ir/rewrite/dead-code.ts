// Dead-code elimination: drop every node no output depends on. Inputs and params are the graph's
// signature (what a caller binds), so they stay even when unused, unless `dropUnusedSources` asks
// otherwise. Preserves every output's value exactly (its nodes are copied as they are) and the order of
// the nodes that remain.
import type { Graph } from '../graph.ts';
import { rebuildGraph, type Rebuilt } from './rebuild.ts';

export interface DeadCodeOptions {
  /** Drop unused input and param nodes too (default false). */
  readonly dropUnusedSources?: boolean;
}

export function eliminateDeadCode(g: Graph, opts: DeadCodeOptions = {}): Rebuilt {
  const live = new Uint8Array(g.nodes.length);
  for (const o of g.outputs) live[o.node] = 1;
  for (let i = g.nodes.length - 1; i >= 0; i--) {
    const n = g.nodes[i];
    if (!live[i] && !opts.dropUnusedSources && (n.op === 'input' || n.op === 'param')) live[i] = 1;
    if (live[i]) for (const j of n.inputs) live[j] = 1;
  }
  return rebuildGraph(g, (n, r) => (live[n.id] ? r.copy(n) : undefined));
}
