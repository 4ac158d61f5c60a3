// Fusion: decide which graph values live in memory. Every other value is computed inline, inside the
// kernel of each consumer that needs it. The rules:
//  1. Graph inputs, parameters and outputs live in memory; so does a const with more than one value.
//  2. A 'loop' node (reduction, matmul, conv, FFT, ...) is fused into its consumer only when it has one
//     consumer, that consumer reads it 'once' (each output element reads one distinct element), and the
//     same holds up to the kernel's root: then fusing repeats no work (prologue and epilogue fusion).
//  3. An 'inline' node with one consumer is fused, and with several consumers it is recomputed in each,
//     unless storing it costs less: storing costs a write plus a read per consumer, recomputing a read of
//     its inputs per consumer. An expression that a 'loop' consumer re-reads (a conv over it reads each
//     element about Cout·k^d times; a reduction, once) is stored when the extra evaluations of its fused
//     nodes, size × (reuse − 1), exceed RECOMPUTE_LIMIT; when the expression is a movement (pad, slice,
//     concat with zeros, ...) of values smaller than itself, those values are stored instead and the
//     consumer reads them through the remapping; and when it is a one-to-one view (reshape, permute) of a
//     value that other views read too (a cotangent a conv's input and weight gradients both read), that
//     value is stored, once for all of them. So is an expression an inline consumer broadcasts
//     (a softmax over per-channel weights applied at every pixel) when the extra evaluations of its
//     arithmetic nodes exceed RECOMPUTE_LIMIT per element and BROADCAST_RECOMPUTE_LIMIT in all (one more
//     launch is cheaper than that); an index remapping of a stored value costs nothing to recompute.
//  2b. A line op (rfft, irfft) is also fused when every op between it and the root keeps to its line
//     (elementwise ops on equal shapes, line ops along the same axis): the kernel then computes whole
//     lines per invocation, keeping each line in registers (FFT-filter-IFFT in one kernel).
//  2c. A loop op that reads a few input elements per output element, read by several consumers that each
//     compute its elements once in all (up to the root 'once', or through a reduction reading each element
//     once), is recomputed in each when that reads fewer bytes than storing it (loop-recompute.ts).
//  4. A kernel may bind at most `maxStorageBuffers` buffers; a kernel that would need more is split by
//     storing the fused node that best balances the two halves, until every kernel fits.
//  6. Row kernels: a kernel computing a conv (possibly under an elementwise epilogue) gives each
//     invocation a short row of outputs along the last axis, which the conv computes at once. (Rules 6,
//     6b and cooperative reductions are in kernel-mappings.ts; the plan's types in fusion-plan.ts.)
//  6b. Tiled kernels: a kernel whose root is, or is a pointwise epilogue over, a matrix product (matmul,
//     conv: lowering.ts GemmForm) of at least `tileMin` multiply-adds computes it in tiles through
//     workgroup memory (tiled-gemm.ts); the epilogue is applied to each output as it leaves registers.
//  6c. With `inlineRows` (CPU adapters), a kernel left without a mapping, of inline ops and short loop
//     ops, gives each invocation a short row too, along the axis that loads least (inline-rows.ts; applied
//     by compile.ts to the settled plan, since it builds each candidate kernel to count its loads).
//  5. Site kernels (site-fusion.ts): a kernel may compute its root in lines along one axis so that a
//     reduction its invocations need along one short axis only (a correlation over the K² taps of a
//     pixel) is computed once per invocation into registers instead of being stored; such a value that
//     other kernels also read is written by the kernel as a second output. So is a tabulated value that
//     another kernel would recompute from what the site kernel absorbed, when the settled plan then moves
//     fewer bytes than with the absorbed values stored again (both are tried).
//  7. A kernel's fused members form chains of at most FUSED_DEPTH_MAX nodes: the kernel builder lowers a
//     member by lowering its inputs first (recursively), so a longer chain is cut by storing a value.
//  8. Under the atomic scatter strategy (FusionOptions.scatter), a scatter_add whose type can be added
//     atomically is stored, and its kernel runs over its sources: each invocation reads one element of
//     each input, so its producers fuse into it as into an elementwise consumer ('once'), while its
//     consumers read it from memory (the kernel's accumulation is complete only when it ends).
//  9. Sibling kernels (sibling-fusion.ts): once the kernels are settled, kernels of one output shape with
//     one output per invocation that read the same stored values and do not wait for each other become
//     one kernel writing each value (the shared values read once).
import { InternalError, TargetError } from '../ir/errors.ts';
import type { Graph, Node } from '../ir/graph.ts';
import { numel } from '../ir/tensor.ts';
import { probeOp } from './index-probe.ts';
import { canWrite, decideSites, type SitePlan } from './site-fusion.ts';
import { readsOnceInAll, recomputedLoop } from './loop-recompute.ts';
import { bytesOf, isLiteralConst, readPatterns, reuseOf } from './read-patterns.ts';
import { preorder } from './walk.ts';
import { loweringOf } from './lower/index.ts';
import { MOVEMENT } from './lower/movement.ts';
import { atomicScatter, buffersBound, DEFAULT_FUSION, type FusionOptions, type KernelPlan, type Plan } from './fusion-plan.ts';
import { mergeSiblings } from './sibling-fusion.ts';
import { groupMember, tiledMember, withRows } from './kernel-mappings.ts';

export * from './fusion-plan.ts';
export { bytesOf, isLiteralConst, readPatterns, reuseOf };
export { ROW_MAX, isShortRow } from './kernel-mappings.ts';

export function planFusion(g: Graph, opts: FusionOptions = DEFAULT_FUSION): Plan {
  const consumers: number[][] = g.nodes.map(() => []);
  for (const n of g.nodes) for (const i of n.inputs) consumers[i].push(n.id);
  const outputs = new Set(g.outputs.map((o) => o.node));
  const stored = new Set<number>();
  const atomic = new Set(g.nodes.filter((n) => atomicScatter(n, opts)).map((n) => n.id));
  for (const n of g.nodes) {
    if (atomic.has(n.id)) stored.add(n.id);
    else if (n.op === 'input' || n.op === 'param' || (n.op === 'const' && !isLiteralConst(n)) || outputs.has(n.id)) stored.add(n.id);
    else if (!opts.fuse && n.op !== 'const') stored.add(n.id);
  }
  const fusedLines = opts.fuse ? decideLoops(g, consumers, stored, atomic) : new Map<number, number>();
  const broadcasts = opts.fuse ? decideShared(g, consumers, stored, fusedLines, atomic) : new Set<number>();
  boundDepth(g, stored);
  const sites = opts.fuse
    ? decideSites(g, {
      consumers, stored, outputs,
      mapped: (r) => {
        const k = kernelOf(g, r, stored, opts, fusedLines);
        // (an accumulating kernel's mapping is over its sources: it neither hosts a site nor is absorbed; a
        // product tiled when alone may still be: a site kernel's plan comes before tiles)
        return k.lineAxis !== undefined || k.group !== undefined || k.scatter === true;
      },
    })
    : new Map<number, SitePlan>();
  // (a site kernel joins chains of several kernels: one too deep is given up)
  for (const [r, site] of sites) {
    if (chainDepth(g, kernelOf(g, r, stored, opts, fusedLines, site).members) <= FUSED_DEPTH_MAX) continue;
    for (const id of site.absorbed) stored.add(id);
    sites.delete(r);
  }
  const plan = settle(g, opts, stored, sites, { fusedLines, broadcasts, atomic, consumers }, 0);
  if (!opts.fuse) return plan;
  const { order, blocked } = launchOrder(mergeSiblings(g, plan.kernels, opts));
  if (blocked.length) throw new InternalError(`merging sibling kernels made kernels wait for each other (kernels of ${blocked.map((k) => `%${k.root}`).join(', ')})`);
  return { ...plan, kernels: order };
}

/** What planFusion has decided before it settles the kernels. */
interface Decided {
  readonly fusedLines: ReadonlyMap<number, number>;
  readonly broadcasts: ReadonlySet<number>;
  readonly atomic: ReadonlySet<number>;
  readonly consumers: readonly number[][];
}

/** How many times settling the kernels may try both ways of keeping a site kernel's absorbed values. */
const SETTLE_BRANCHES = 3;

/** Bytes a plan's kernels read and write. */
const planBytes = (g: Graph, p: Plan): number =>
  p.kernels.reduce((a, k) => a + [...k.reads, k.root, ...k.writes ?? []].reduce((b, r) => b + bytesOf(g.nodes[r]), 0), 0);

// The kernels, once the site kernels' absorbed values, the storage-buffer limit and the launch order are
// settled (rules 4 and 5); `stored` and `sites` are updated in place.
function settle(g: Graph, opts: FusionOptions, stored: Set<number>, sites: Map<number, SitePlan>, d: Decided, depth: number): Plan {
  const { fusedLines, broadcasts, atomic, consumers } = d;
  for (;;) {
    // site kernels first: a value one of them writes gets no kernel of its own
    const hosts = [...sites.keys()].filter((r) => stored.has(r)).map((r) => kernelOf(g, r, stored, opts, fusedLines, sites.get(r)));
    const written = new Set(hosts.flatMap((k) => k.writes ?? []));
    const byRoot = new Map(hosts.map((k) => [k.root, k] as const));
    const kernels = g.nodes.filter((n) => stored.has(n.id) && !isSource(n) && !written.has(n.id))
      .map((n) => byRoot.get(n.id) ?? withRows(g, kernelOf(g, n.id, stored, opts, fusedLines), opts));
    // a value a site kernel absorbed is stored again where another kernel holds it too (through a fused
    // value both read, or because a split stored something between it and its site kernel), unless that
    // kernel alone computes it, each element once (rule 2): else it is recomputed there, for every element
    // that reads it (a conv under an activation that two site kernels read, redone for every window tap)
    const strays = hosts.flatMap((k) => sites.get(k.root)!.absorbed.filter((id) =>
      kernels.some((o) => o.root !== k.root && o.members.includes(id))
      && (k.members.includes(id) || !computedOnce(g, id, consumers, stored, atomic))));
    if (strays.length) {
      // where another kernel holds them through a value the site kernel tabulates, that value is written
      // by the site kernel instead (and read from memory there): what the site absorbed stays absorbed
      const shared = hosts.flatMap((k) => [...sites.get(k.root)!.tables.keys()]
        .filter((t) => !stored.has(t) && kernels.some((o) => o.root !== k.root && o.members.includes(t)) && canWrite(g, k.root, sites.get(k.root)!, t, stored))
        .map((t) => [k.root, t] as const));
      const branch = shared.length > 0 && depth < SETTLE_BRANCHES;
      const [withWrites, withSites] = [new Set(stored), new Map(sites)];
      for (const [r, t] of shared) {
        withWrites.add(t);
        withSites.set(r, { ...withSites.get(r)!, writes: [...withSites.get(r)!.writes, t] });
      }
      for (const id of strays) stored.add(id);
      for (const k of hosts) {
        const site = sites.get(k.root)!;
        sites.set(k.root, { ...site, absorbed: site.absorbed.filter((id) => !strays.includes(id)) });
      }
      if (branch) {
        // which moves fewer bytes shows only once the plan is settled: both are tried
        const written = settle(g, opts, withWrites, withSites, d, depth + 1);
        const apart = settle(g, opts, stored, sites, d, depth + 1);
        return planBytes(g, written) < planBytes(g, apart) ? written : apart;
      }
      continue;
    }
    const over = kernels.find((k) => buffersBound(g, k) > opts.maxStorageBuffers);
    if (over) {
      const site = sites.get(over.root);
      if (site && site.writes.length > 0) {
        // a side output costs the kernel a buffer and the inputs it is computed from: computed by a
        // kernel of its own instead, it is read as one buffer (storing a member would not shed those)
        sites.set(over.root, { ...site, writes: [] });
        continue;
      }
      const split = splitPoint(g, over, stored, opts.maxStorageBuffers);
      if (split >= 0) stored.add(split);
      else if (site) {
        // a site kernel with nothing left to split off is given up
        for (const id of site.absorbed) stored.add(id);
        sites.delete(over.root);
      } else {
        // one op alone binds more than the target allows: a limit of the target, not of the graph
        throw new TargetError('the op alone needs more storage buffers than a kernel may bind (--max-storage-buffers)', {
          node: `%${over.root} = ${g.nodes[over.root].op}`, loc: g.nodes[over.root].loc,
          expected: `at most ${opts.maxStorageBuffers}`, found: `${buffersBound(g, over)}`,
        });
      }
      continue;
    }
    const { order, blocked } = launchOrder(kernels);
    if (blocked.length === 0) return { stored, kernels: order, broadcasts, atomic };
    // a side output read (through a recomputed value) by a kernel its writer waits for: such side
    // outputs are written by kernels of their own
    const writers = blocked.filter((k) => k.writes?.length);
    if (writers.length === 0) throw new InternalError(`fusion planned kernels that wait for each other (kernels of ${blocked.map((k) => `%${k.root}`).join(', ')})`);
    for (const k of writers) sites.set(k.root, { ...sites.get(k.root)!, writes: [] });
  }
}

/** Whether node `id`, not stored, is computed once per element by the kernel that holds it: up to the
 *  first stored value, each node has one consumer, which reads it 'once'. */
function computedOnce(g: Graph, id: number, consumers: readonly number[][], stored: ReadonlySet<number>, atomic: ReadonlySet<number>): boolean {
  for (let at = id; !stored.has(at);) {
    const cs = consumers[at];
    if (cs.length !== 1) return false;
    const c = g.nodes[cs[0]];
    if (readPatterns(g, c, atomic.has(c.id)).some((p, k) => c.inputs[k] === at && p !== 'once')) return false;
    at = c.id;
  }
  return true;
}

/** The kernels in an order where each runs after the kernels that write what it reads (the root order,
 *  where that allows); `blocked` lists those that cannot run (a side output read before its writer). */
function launchOrder(kernels: readonly KernelPlan[]): { order: KernelPlan[]; blocked: KernelPlan[] } {
  const writer = new Map<number, number>();
  kernels.forEach((k, i) => [k.root, ...k.writes ?? []].forEach((v) => writer.set(v, i)));
  // (Kahn's algorithm, taking the first ready kernel in root order each time; linear in a long chain)
  const readers = kernels.map((): number[] => []);
  const waiting = kernels.map((k, i) => {
    const deps = new Set(k.reads.filter((r) => writer.has(r)).map((r) => writer.get(r)!));
    deps.forEach((w) => readers[w].push(i));
    return deps.size;
  });
  const ready = kernels.map((_, i) => i).filter((i) => waiting[i] === 0).reverse(); // descending: pop() is the first
  const done = new Array<boolean>(kernels.length).fill(false);
  const order: KernelPlan[] = [];
  for (let next = ready.pop(); next !== undefined; next = ready.pop()) {
    done[next] = true;
    order.push(kernels[next]);
    for (const c of readers[next]) {
      if (--waiting[c] > 0) continue;
      let at = ready.length;
      while (at > 0 && ready[at - 1] < c) at--;
      ready.splice(at, 0, c);
    }
  }
  return { order, blocked: kernels.filter((_, i) => !done[i]) };
}

const isSource = (n: Node) => n.op === 'input' || n.op === 'param' || n.op === 'const';

// Rule 2, deciding consumers before producers: `once[c]` says every element of c is computed once per
// element of its kernel's root.
// `inAll[c]` says every element of c is computed once in all (through reductions that read each element
// once), which lets a cheap loop op be recomputed in its consumers (loop-recompute.ts).
// `line[c]` says c's value is needed within one line of the kernel root along that axis only ('any' at
// the root). A line op (rfft, irfft) whose consumers up to the root keep to its line is fused too
// (rule 2 for lines): its kernel gives each invocation whole lines, so nothing is computed twice.
// Returns the line ops fused that way, with their axis.
function decideLoops(g: Graph, consumers: number[][], stored: Set<number>, atomic: ReadonlySet<number>): Map<number, number> {
  const once = new Array<boolean>(g.nodes.length).fill(false);
  const inAll = new Array<boolean>(g.nodes.length).fill(false);
  const line = new Array<number | 'any' | undefined>(g.nodes.length).fill(undefined);
  const fusedLines = new Map<number, number>();
  for (let id = g.nodes.length - 1; id >= 0; id--) {
    const n = g.nodes[id];
    if (isSource(n)) continue;
    const cs = consumers[id];
    const single = cs.length === 1 ? g.nodes[cs[0]] : undefined;
    const readOnce = single !== undefined && readPatterns(g, single, atomic.has(single.id)).every((p, k) => single.inputs[k] !== id || p === 'once');
    if (stored.has(id)) {
      once[id] = true;
      inAll[id] = true;
      line[id] = 'any';
      continue;
    }
    line[id] = single ? lineThrough(g, n, single, line[single.id]) : undefined;
    inAll[id] = single !== undefined && inAll[single.id] && readsOnceInAll(g, single, id, atomic.has(single.id));
    if (loweringOf(n.op)?.kind !== 'loop') {
      once[id] = single !== undefined && readOnce && once[single.id];
      continue;
    }
    // a line op that can compute whole lines does, even where it could be fused 'once': its kernel then
    // reads each input line into registers once instead of once per output element
    const axis = lineAxisOf(g, n);
    if (axis !== undefined && (line[id] === 'any' || line[id] === axis)) {
      fusedLines.set(id, axis);
      line[id] = axis;
      once[id] = single !== undefined && readOnce && once[single.id];
    } else if (single && readOnce && once[single.id]) once[id] = true;
    else if (recomputedLoop(g, n, cs, inAll, atomic)) once[id] = false;
    else {
      stored.add(id);
      once[id] = true;
      inAll[id] = true;
      line[id] = 'any';
    }
  }
  return fusedLines;
}

/** The axis a line op keeps, or undefined for other ops. */
function lineAxisOf(g: Graph, n: Node): number | undefined {
  return loweringOf(n.op)?.lineAxis?.(n.inputs.map((i) => g.nodes[i].type), n.attrs as never);
}

/** Which line of `n` its only consumer `c` needs, given which line of `c` the kernel needs. */
function lineThrough(g: Graph, n: Node, c: Node, needed: number | 'any' | undefined): number | 'any' | undefined {
  const k = c.inputs.indexOf(n.id);
  if (needed === undefined || c.inputs.lastIndexOf(n.id) !== k) return undefined;
  const same = n.type.shape.length === c.type.shape.length && n.type.shape.every((d, i) => d === c.type.shape[i]);
  if (loweringOf(c.op)?.pointwise && same) return needed;
  const axis = lineAxisOf(g, c);
  return axis !== undefined && k === 0 && (needed === 'any' || needed === axis) ? axis : undefined;
}

/** Extra evaluations of fused nodes, per element, that re-reading may cost before storing pays off. */
export const RECOMPUTE_LIMIT = 64;
/** Extra evaluations of arithmetic nodes, in all, that broadcasting an expression may cost before storing
 *  it (one more launch) pays off. */
export const BROADCAST_RECOMPUTE_LIMIT = 2 ** 20;


// Rule 3, deciding producers before consumers so each node's inline inputs are known. A line op that
// computes whole lines per invocation (fused as a line, or stored in a line kernel of its own) reads its
// input's line into registers once, so it re-reads nothing.
function decideShared(
  g: Graph, consumers: number[][], stored: Set<number>, fusedLines: ReadonlyMap<number, number>, atomic: ReadonlySet<number>,
): Set<number> {
  const broadcasts = new Set<number>();
  const wholeLines = (c: number) => fusedLines.has(c) || (stored.has(c) && lineAxisOf(g, g.nodes[c]) !== undefined);
  const leaves = new Map<number, Set<number>>();
  const size = new Array<number>(g.nodes.length).fill(0);
  const work = new Array<number>(g.nodes.length).fill(0); // the arithmetic nodes among them
  // the fused values a movement node remaps (itself when it is not one), and the stored values it remaps
  // directly (not through one of those)
  const remapped = new Array<Set<number>>(g.nodes.length);
  const direct = new Array<Set<number>>(g.nodes.length);
  const account = (n: Node) => {
    const own = new Set<number>();
    for (const i of n.inputs) {
      if (stored.has(i)) own.add(i);
      else for (const l of leaves.get(i) ?? []) own.add(l);
    }
    leaves.set(n.id, own);
    if (stored.has(n.id) || isSource(n)) return false;
    size[n.id] = 1 + n.inputs.reduce((a, i) => a + (stored.has(i) ? 0 : size[i]), 0);
    work[n.id] = (probeOp(g, n).indexOnly ? 0 : 1) + n.inputs.reduce((a, i) => a + (stored.has(i) ? 0 : work[i]), 0);
    const movement = n.op in MOVEMENT;
    remapped[n.id] = movement
      ? new Set(n.inputs.flatMap((i) => (stored.has(i) || isSource(g.nodes[i]) ? [] : [...remapped[i]])))
      : new Set([n.id]);
    direct[n.id] = movement
      ? new Set(n.inputs.flatMap((i) => (stored.has(i) ? [i] : isSource(g.nodes[i]) ? [] : [...direct[i]])))
      : new Set();
    return true;
  };
  // `ids` stored for node `upTo`: what the nodes from the first of them up to it read is taken again
  const storeFor = (ids: Iterable<number>, upTo: number) => {
    const list = [...ids];
    for (const id of list) stored.add(id);
    for (const m of g.nodes.slice(Math.min(...list), upTo + 1)) account(m);
  };
  for (const n of g.nodes) {
    if (!account(n)) continue;
    const own = leaves.get(n.id)!;
    const reuse = (loop: boolean) => Math.max(...consumers[n.id].map((c) => {
      const cn = g.nodes[c];
      if ((loweringOf(cn.op)?.kind === 'loop') !== loop || wholeLines(c)) return 1;
      return Math.max(...cn.inputs.map((i, k) => (i === n.id ? reuseOf(g, cn, k, atomic.has(c)) : 1)));
    }), 1);
    const extra = work[n.id] * (reuse(false) - 1);
    const broadcast = extra > RECOMPUTE_LIMIT && extra * numel(n.type.shape) > BROADCAST_RECOMPUTE_LIMIT;
    if (broadcast) broadcasts.add(n.id);
    if (size[n.id] * (reuse(true) - 1) > RECOMPUTE_LIMIT && !broadcast && spreadRemap(g, n, remapped[n.id], direct[n.id], own)) {
      // a padded or zero-interleaved value (a strided conv's cotangent) stored would be mostly zeros or
      // copies: store what it remaps instead, and let the loop consumer read that through the remapping
      storeFor(remapped[n.id], n.id);
      continue;
    }
    if (size[n.id] * (reuse(true) - 1) > RECOMPUTE_LIMIT || broadcast) {
      // a one-to-one view (reshape, permute, ...) of a value read only through such views: that value is
      // stored instead (as many bytes), so that its other views read it too
      storeFor([broadcast ? n.id : viewBase(g, n.id, stored, consumers)], n.id);
      continue;
    }
    const k = consumers[n.id].length;
    if (k < 2) continue;
    const readBytes = [...own].reduce((a, l) => a + bytesOf(g.nodes[l]), 0);
    if (k * readBytes > (1 + k) * bytesOf(n) + readBytes) {
      stored.add(n.id);
      leaves.set(n.id, new Set([n.id]));
    }
  }
  return broadcasts;
}

/** Whether movement node `n` remaps values that its consumer had better read instead: values (`remapped`,
 *  fused, and the stored ones it remaps `direct`ly) that hold fewer bytes than itself, or, with everything
 *  they read (`leaves`), no more. */
function spreadRemap(g: Graph, n: Node, remapped: ReadonlySet<number>, direct: ReadonlySet<number>, leaves: ReadonlySet<number>): boolean {
  if (!(n.op in MOVEMENT) || remapped.has(n.id)) return false;
  const bytes = (ids: Iterable<number>) => [...ids].reduce((a, i) => a + bytesOf(g.nodes[i]), 0);
  return bytes(remapped) + bytes(direct) < bytesOf(n) || bytes(remapped) + bytes(leaves) <= bytesOf(n);
}

/** Ops whose output holds each input element exactly once. */
const ONE_TO_ONE = new Set(['reshape', 'permute', 'flip', 'roll']);

/** The value `id` is a one-to-one view of, through fused views each read only by views, when another view
 *  reads it too (else `id` itself: a lone view is stored as it is read, which keeps it a site kernel's to
 *  tabulate). */
function viewBase(g: Graph, id: number, stored: ReadonlySet<number>, consumers: readonly number[][]): number {
  let [base, shared] = [id, false];
  for (;;) {
    const n = g.nodes[base];
    const src = n.inputs[0];
    if (!ONE_TO_ONE.has(n.op) || stored.has(src) || isSource(g.nodes[src])) break;
    if (!consumers[src].every((c) => ONE_TO_ONE.has(g.nodes[c].op))) break;
    shared ||= consumers[src].length > 1;
    base = src;
  }
  return shared ? base : id;
}

/** The longest chain of fused members a kernel may hold (rule 7). */
export const FUSED_DEPTH_MAX = 256;

// Rule 7, producers first: a node that would end a chain of FUSED_DEPTH_MAX fused nodes is stored.
function boundDepth(g: Graph, stored: Set<number>): void {
  const depth = new Array<number>(g.nodes.length).fill(0); // (0 for values in memory)
  for (const n of g.nodes) {
    if (stored.has(n.id) || isSource(n)) continue;
    depth[n.id] = 1 + n.inputs.reduce((a, i) => Math.max(a, depth[i]), 0);
    if (depth[n.id] >= FUSED_DEPTH_MAX) {
      stored.add(n.id);
      depth[n.id] = 0;
    }
  }
}

/** The longest chain of nodes among `members` (in topological order) along which each reads the last. */
export function chainDepth(g: Graph, members: readonly number[]): number {
  const depth = new Map<number, number>();
  for (const m of members) depth.set(m, 1 + g.nodes[m].inputs.reduce((a, i) => Math.max(a, depth.get(i) ?? 0), 0));
  let most = 0;
  for (const d of depth.values()) most = Math.max(most, d);
  return most;
}

function kernelOf(
  g: Graph, root: number, stored: ReadonlySet<number>, opts: FusionOptions, fusedLines: ReadonlyMap<number, number> = new Map(), site?: SitePlan,
): KernelPlan {
  const members = new Set<number>();
  const reads: number[] = [];
  preorder(g, root, (id) => {
    if (id !== root && !site?.writes.includes(id) && (stored.has(id) || g.nodes[id].op === 'const')) {
      if (stored.has(id) && !reads.includes(id)) reads.push(id);
      return false;
    }
    if (members.has(id)) return false;
    members.add(id);
    return true;
  });
  const ordered = [...members].sort((a, b) => a - b);
  if (atomicScatter(g.nodes[root], opts)) return { root, members: ordered, reads, scatter: true };
  if (site) {
    // (a split may have stored a table member: it is then read like any stored value)
    const tables = new Map([...site.tables].filter(([m]) => members.has(m)));
    const writes = site.writes.filter((w) => members.has(w));
    return { root, members: ordered, reads, lineAxis: site.lineAxis, tables, writes };
  }
  // a kernel holding line ops computes whole lines per invocation (so does a line op stored on its own)
  const lineAxis = ordered.map((m) => fusedLines.get(m)).find((a) => a !== undefined) ?? (opts.fuse ? lineAxisOf(g, g.nodes[root]) : undefined);
  if (lineAxis !== undefined) return { root, members: ordered, reads, lineAxis };
  const group = groupMember(g, root, ordered, opts);
  if (group !== undefined) return { root, members: ordered, reads, group };
  const tile = opts.fuse ? tiledMember(g, root, ordered, opts) : undefined;
  return tile ? { root, members: ordered, reads, tile } : { root, members: ordered, reads };
}

/** Splits the non-fitting case looks ahead through: the most balanced few. */
const LOOKAHEAD = 8;

// Where to split an oversized kernel. Among the fused members whose storing leaves two kernels that both
// fit `limit` buffers, the one whose two kernels move the fewest bytes (a reduction's result stored rather
// than the products it sums). When none does, the most balanced splits (the smaller of the larger read
// counts: a long chain splits near its middle rather than one buffer at a time) are each followed to the
// end, splitting greedily, and the one whose kernels then move the fewest bytes is taken (a small
// cotangent stored before it is broadcast, not the broadcast products). -1 when there is no fused member
// left to store.
function splitPoint(g: Graph, k: KernelPlan, stored: ReadonlySet<number>, limit: number, lookahead = true): number {
  const ranked: { m: number; fits: boolean; balance: number; bytes: number }[] = [];
  for (const m of k.members) {
    if (m === k.root || stored.has(m)) continue; // (a site kernel's side outputs are members and stored)
    const after = new Set(stored).add(m);
    const [rest, part] = [kernelOf(g, k.root, after, DEFAULT_FUSION), kernelOf(g, m, after, DEFAULT_FUSION)];
    ranked.push({
      m, fits: buffersBound(g, rest) <= limit && buffersBound(g, part) <= limit,
      balance: Math.max(rest.reads.length, part.reads.length), bytes: movedBy(g, [rest, part]),
    });
  }
  const fitting = ranked.filter((r) => r.fits).sort((a, b) => a.bytes - b.bytes || a.balance - b.balance);
  if (fitting.length > 0) return fitting[0].m;
  const balanced = ranked.sort((a, b) => a.balance - b.balance || a.bytes - b.bytes);
  if (!lookahead || balanced.length === 0) return balanced[0]?.m ?? -1;
  const total = (m: number) => movedBy(g, splitFully(g, [k.root, m], new Set(stored).add(m), limit));
  const costs = balanced.slice(0, LOOKAHEAD).map((r) => ({ m: r.m, bytes: total(r.m) }));
  return costs.reduce((a, b) => (b.bytes < a.bytes ? b : a)).m;
}

/** Bytes kernels `ks` read and write. */
const movedBy = (g: Graph, ks: readonly KernelPlan[]): number =>
  ks.reduce((a, x) => a + [...x.reads, x.root].reduce((b, r) => b + bytesOf(g.nodes[r]), 0), 0);

/** The kernels of `roots` once each is split greedily (without looking ahead) until it fits `limit`. */
function splitFully(g: Graph, roots: readonly number[], stored: Set<number>, limit: number): KernelPlan[] {
  const done: KernelPlan[] = [];
  for (const work = [...roots]; work.length > 0;) {
    const k = kernelOf(g, work.pop()!, stored, DEFAULT_FUSION);
    const m = buffersBound(g, k) > limit ? splitPoint(g, k, stored, limit, false) : -1;
    if (m < 0) done.push(k);
    else { stored.add(m); work.push(k.root, m); }
  }
  return done;
}
