// Rule 9, sibling kernels: kernels that compute values of one shape (up to size-1 axes) element by element
// (one output per invocation, no other mapping) and read some of the same stored values are merged into one
// kernel that computes all of them at each index and writes each to its own buffer, when none waits for
// another (no chain of kernels leads from one to another) and the merged kernel fits the storage-buffer
// limit. What they share is then read once instead of once per kernel, and fused members they have in
// common are computed once. Backward passes are full of such siblings: the gradients of a bilinear
// sampling's two coordinates both read the cotangent, the sampled image and both coordinates, at the same
// index.
//
// Merging is greedy: the pair that shares the most bytes first, until no pair shares any. The kernel
// builder computes a sibling (KernelPlan.writes, outside a site kernel's tables) at the root's index and
// stores it at the same flat offset.
import type { Graph } from '../ir/graph.ts';
import { bytesOf } from './read-patterns.ts';
import { buffersBound, hasMapping, type FusionOptions, type KernelPlan } from './fusion-plan.ts';

/** The kernels with siblings merged (in no particular order: the caller orders them). */
export function mergeSiblings(g: Graph, kernels: readonly KernelPlan[], opts: FusionOptions): KernelPlan[] {
  const out = [...kernels];
  for (;;) {
    const pair = bestPair(g, out, opts);
    if (!pair) return out;
    const [i, j] = pair;
    out[i] = merged(out[i], out[j]);
    out.splice(j, 1);
  }
}

/** The two kernels (indices into `ks`, i < j) that may merge and share the most bytes, if any. */
function bestPair(g: Graph, ks: readonly KernelPlan[], opts: FusionOptions): [number, number] | undefined {
  const byShape = new Map<string, number[]>();
  ks.forEach((k, i) => {
    if (hasMapping(k)) return; // (siblings already merged take part)
    // (values of one shape up to size-1 axes hold their elements in the same order)
    const key = g.nodes[k.root].type.shape.filter((d) => d !== 1).join('x');
    byShape.set(key, [...byShape.get(key) ?? [], i]);
  });
  let best: { pair: [number, number]; shared: number } | undefined;
  let deps: number[][] | undefined;
  for (const group of byShape.values()) {
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        const [ka, kb] = [ks[group[a]], ks[group[b]]];
        const shared = ka.reads.filter((r) => kb.reads.includes(r)).reduce((s, r) => s + bytesOf(g.nodes[r]), 0);
        if (shared === 0 || (best && shared <= best.shared)) continue;
        if (buffersBound(g, merged(ka, kb)) > opts.maxStorageBuffers) continue;
        deps ??= dependencies(ks);
        if (reaches(deps, group[a], group[b]) || reaches(deps, group[b], group[a])) continue;
        best = { pair: [group[a], group[b]], shared };
      }
    }
  }
  return best?.pair;
}

/** `a` and `b` as one kernel: `a`'s root, `b`'s root and siblings written beside it. */
function merged(a: KernelPlan, b: KernelPlan): KernelPlan {
  const members = [...new Set([...a.members, ...b.members])].sort((x, y) => x - y);
  const reads = [...new Set([...a.reads, ...b.reads])];
  return { root: a.root, members, reads, writes: [...a.writes ?? [], b.root, ...b.writes ?? []] };
}

/** For each kernel, the kernels that write what it reads. */
function dependencies(ks: readonly KernelPlan[]): number[][] {
  const writer = new Map<number, number>();
  ks.forEach((k, i) => [k.root, ...k.writes ?? []].forEach((v) => writer.set(v, i)));
  return ks.map((k) => [...new Set(k.reads.filter((r) => writer.has(r)).map((r) => writer.get(r)!))]);
}

/** Whether kernel `to` waits, directly or through others, for kernel `from`. */
function reaches(deps: readonly number[][], from: number, to: number): boolean {
  const seen = new Set<number>();
  for (const stack = [to]; stack.length > 0;) {
    const k = stack.pop()!;
    if (k === from) return true;
    if (seen.has(k)) continue;
    seen.add(k);
    stack.push(...deps[k]);
  }
  return false;
}
