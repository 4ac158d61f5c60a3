// Why a kernel's result lives in memory instead of being computed inside the kernels that read it: the
// fusion rule (fuse.ts) that kept it there, in words. Kernel comments and `inspect --kernels` carry it, so
// a reader of the generated code sees each intermediate buffer's reason (e.g. the complex spectrum that a
// channel-mixing matmul reads once per output channel).
import type { Graph } from '../ir/graph.ts';
import { readPatterns, reuseOf, type Plan } from './fuse.ts';
import { loweringOf } from './lower/index.ts';

const named = (g: Graph, id: number) => `%${id} ${g.nodes[id].op}`;

/** The reason value `id` (a kernel root or side output of `plan`) is stored. */
export function whyStored(g: Graph, plan: Plan, id: number): string {
  if (g.outputs.some((o) => o.node === id)) return 'a graph output';
  if (plan.atomic.has(id)) return 'summed atomically by a kernel over its sources (the atomic scatter strategy), read back from memory (rule 8)';
  const readers = plan.kernels.filter((k) => k.reads.includes(id));
  if (readers.length > 1) return `read by ${readers.length} kernels (of ${readers.map((k) => named(g, k.root)).join(', ')}): cheaper to store once than to recompute in each`;
  if (readers.length === 0) return 'not read by any kernel';
  const [reader] = readers;
  if (plan.broadcasts.has(id)) {
    // (named by the consumer that re-reads it most: another may read it once)
    const [by, reuse] = reader.members.filter((m) => g.nodes[m].inputs.includes(id))
      .map((m) => [m, reuseOf(g, g.nodes[m], g.nodes[m].inputs.indexOf(id))] as const)
      .reduce((a, b) => (b[1] > a[1] ? b : a));
    return `${named(g, by)} broadcasts it to ${+reuse.toPrecision(3)} times its size: fused there its arithmetic would be recomputed for every element (rule 3)`;
  }
  // up the fused chain from the direct consumers to the op that reads the value many times
  const seen = new Set<number>();
  const queue = reader.members.filter((m) => g.nodes[m].inputs.includes(id)).map((m) => [m, id] as const);
  for (let q = queue.shift(); q; q = queue.shift()) {
    const [m, from] = q;
    if (seen.has(m)) continue;
    seen.add(m);
    const n = g.nodes[m];
    const k = n.inputs.indexOf(from);
    if (loweringOf(n.op)?.kind === 'loop' && readPatterns(g, n, plan.atomic.has(m))[k] === 'many') {
      const reuse = reuseOf(g, n, k, plan.atomic.has(m));
      const reads = reuse <= 1 ? 'reads it inside its own loop' : `reads each element ${Number.isFinite(reuse) ? `${+reuse.toPrecision(3)} times` : 'many times'}`;
      return loweringOf(g.nodes[id].op)?.kind === 'loop'
        ? `${named(g, m)} ${reads}, and a loop op is fused only into a consumer that reads each element once, in order (rule 2)`
        : `${named(g, m)} ${reads}: fused there it would be recomputed for every read (rule 3)`;
    }
    for (const c of reader.members) if (g.nodes[c].inputs.includes(m)) queue.push([c, m]);
  }
  return `kept apart so that the kernel of ${named(g, reader.root)} fits the storage-buffer limit, or cheaper to store than to recompute`;
}
