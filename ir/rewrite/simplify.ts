// simplify: algebraic clean-up, common-subexpression elimination and dead-code elimination, in rounds
// until a round changes nothing. Preserves what each pass preserves (every output's value bit for bit
// unless `exactFloats: false`; outputs by name; inputs and params unless `dropUnusedSources`), and never
// grows the graph: clean-up builds at most what it frees, CSE and DCE only remove. A graph with nothing
// to simplify comes back as itself.
import type { Graph } from '../graph.ts';
import { cleanUpAlgebra, type CleanupOptions } from './algebra.ts';
import { eliminateCommonSubexpressions } from './common-subexpressions.ts';
import { eliminateDeadCode, type DeadCodeOptions } from './dead-code.ts';
import { composeMaps, type Rebuilt } from './rebuild.ts';

export type SimplifyOptions = CleanupOptions & DeadCodeOptions;

export function simplify(g: Graph, opts: SimplifyOptions = {}): Rebuilt {
  let graph = g;
  let idMap: (number | undefined)[] = g.nodes.map((n) => n.id);
  for (;;) {
    const cleaned = cleanUpAlgebra(graph, opts);
    const merged = eliminateCommonSubexpressions(cleaned.graph);
    const live = eliminateDeadCode(merged.graph, opts);
    const changed = cleaned.graph !== graph || live.graph.nodes.length < graph.nodes.length;
    if (!changed) return { graph, idMap };
    idMap = composeMaps(composeMaps(composeMaps(idMap, cleaned.idMap), merged.idMap), live.idMap);
    graph = live.graph;
  }
}
