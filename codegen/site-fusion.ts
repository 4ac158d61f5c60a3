// Rule 5 of fusion (see fuse.ts): site kernels. A kernel whose root R is computed in lines along one axis
// `a` gives each invocation one "site" (R's index without axis a) and loops over a. A value V that such an
// invocation needs only along one short axis b (at most TABLE_MAX elements), at indices fixed by the site,
// is computed once per invocation into a register table along b, before the loop over a, and read back
// from the table inside it. A value needed at one element per site is simply hoisted before the loop.
//
// That lets a reduction feed a consumer that re-reads it without being stored first: the correlation
// (a reduction over C per window tap), its softmax over the K² taps, and the aggregation over the taps of
// every channel become one kernel per pixel pair, with the K² correlations, their maximum and their sum
// of exponentials in registers. A stored value is absorbed this way when
//   - every element of V an invocation needs lies on one line along b (no data-dependent index), and
//     different sites need different lines (every site axis of R reaches V's index), so nothing is
//     computed twice, and
//   - every consumer of V is in the kernel; or else V stays stored and the kernel also writes it (a side
//     output), which needs each element of V to belong to exactly one site: each fixed axis of V is
//     indexed by exactly one site axis of R, of the same size (so a correlation that another kernel also
//     reads costs one kernel, not two). Kernels then launch in dependency order (fuse.ts), and a plan
//     whose side output would have to be written before the kernel can run writes it from its own kernel.
// Which axes depend on which is learned by probing the ops' own lowerings (index-probe.ts). A site kernel
// runs one invocation per site and loops over a, so it is chosen only when there are at least as many
// sites as elements along a.
import type { Graph } from '../ir/graph.ts';
import { numel } from '../ir/tensor.ts';
import { probeOp } from './index-probe.ts';
import { preorder } from './walk.ts';
import { loweringOf } from './lower/index.ts';

/** The longest register table. */
export const TABLE_MAX = 64;

export interface SitePlan {
  /** The root is computed in whole lines along this axis, one site per invocation. */
  readonly lineAxis: number;
  /** Members computed once per invocation into a register table along the given axis. */
  readonly tables: ReadonlyMap<number, number>;
  /** Stored values, besides the root, that the kernel computes (as tables) and writes. */
  readonly writes: readonly number[];
  /** The values this plan took out of memory (given back if the plan is dropped); `writes` stay there. */
  readonly absorbed: readonly number[];
}

export interface SiteContext {
  readonly consumers: readonly (readonly number[])[];
  /** Values in memory; the pass removes the ones it absorbs. */
  readonly stored: Set<number>;
  /** Graph outputs (they stay stored, so can only be written as side outputs). */
  readonly outputs: ReadonlySet<number>;
  /** Whether the kernel of a stored node already has a line or cooperative mapping of its own. */
  readonly mapped: (root: number) => boolean;
}


/** How the invocation of a site kernel needs a value. */
interface Need {
  /** Axes read whole. */
  full: Set<number>;
  /** Full axes whose position follows the root's line position (read inside the loop over a). */
  inLine: Set<number>;
  /** Other axes: the site axes of R their index depends on, and the one that indexes them exactly. */
  site: Map<number, { deps: Set<number>; exact: number | undefined }>;
  /** Some index depends on data. */
  data: boolean;
  /** Read inside the loop over a (directly, or through index-only ops). */
  readInLine: boolean;
}

const isSource = (op: string) => op === 'input' || op === 'param' || op === 'const';

/** Decide the site kernels, consumers first; returns their plans by root. */
export function decideSites(g: Graph, ctx: SiteContext): Map<number, SitePlan> {
  const plans = new Map<number, SitePlan>();
  const inSite = new Set<number>();
  for (let r = g.nodes.length - 1; r >= 0; r--) {
    const n = g.nodes[r];
    if (!ctx.stored.has(r) || isSource(n.op) || inSite.has(r) || ctx.mapped(r)) continue;
    const sites = numel(n.type.shape);
    const taken = (p: SitePlan) => p.absorbed.length + p.writes.length;
    let best: SitePlan | undefined;
    n.type.shape.forEach((d, a) => {
      if (d < 2 || sites / d < d) return;
      const tried = trySite(g, ctx, inSite, r, a);
      if (tried && (!best || taken(tried) > taken(best))) best = tried;
    });
    if (!best) continue;
    const chosen: SitePlan = best;
    for (const id of chosen.absorbed) ctx.stored.delete(id);
    for (const id of [...chosen.absorbed, ...chosen.writes]) inSite.add(id);
    plans.set(r, chosen);
  }
  return plans;
}

function trySite(g: Graph, ctx: SiteContext, taken: ReadonlySet<number>, root: number, a: number): SitePlan | undefined {
  const absorbed = new Set<number>();
  const writes = new Set<number>();
  for (;;) {
    const { members, needs } = analyse(g, root, a, (id) => id !== root && ctx.stored.has(id) && !absorbed.has(id));
    let grew = false;
    for (const [id, need] of needs) {
      if (members.has(id) || taken.has(id) || !absorbable(g, ctx, id, need, root, a)) continue;
      const n = g.nodes[id];
      if (ctx.consumers[id].some((c) => !members.has(c)) || ctx.outputs.has(id)) {
        if (!writable(n.type.shape, need, g.nodes[root].type.shape, a)) continue;
        writes.add(id);
      }
      absorbed.add(id);
      grew = true;
    }
    if (grew) continue;
    if (absorbed.size === 0) return undefined;
    const tables = new Map<number, number>();
    for (const id of members) {
      const need = needs.get(id);
      if (id === root || !need) continue;
      const n = g.nodes[id];
      const b = tableAxis(n.type.shape, need);
      if (b === undefined) continue;
      if (absorbed.has(id) || loweringOf(n.op)?.kind === 'loop' || (need.readInLine && !probeOp(g, n).indexOnly)) tables.set(id, b);
    }
    // (an absorbed value needed at one element per site is hoisted, not tabulated)
    return { lineAxis: a, tables, writes: [...writes], absorbed: [...absorbed].filter((id) => !writes.has(id)) };
  }
}

/** Whether the site kernel `plan` of `root` can also write `id`, one of its table members that another
 *  kernel now reads from memory: each element of it belongs to exactly one site. `stored`: the values in
 *  memory. */
export function canWrite(g: Graph, root: number, plan: SitePlan, id: number, stored: ReadonlySet<number>): boolean {
  if (!plan.tables.has(id)) return false;
  const { needs } = analyse(g, root, plan.lineAxis, (v) => v !== root && v !== id && stored.has(v) && !plan.writes.includes(v));
  const need = needs.get(id);
  return need !== undefined && writable(g.nodes[id].type.shape, need, g.nodes[root].type.shape, plan.lineAxis);
}

/** The one short axis a value is read along per invocation, when that is how it is read. */
function tableAxis(shape: readonly number[], need: Need): number | undefined {
  if (need.data || need.inLine.size > 0 || need.full.size !== 1) return undefined;
  const [b] = need.full;
  return shape[b] <= TABLE_MAX ? b : undefined;
}

function absorbable(g: Graph, ctx: SiteContext, id: number, need: Need, root: number, a: number): boolean {
  const n = g.nodes[id];
  if (isSource(n.op) || ctx.mapped(id) || need.data || need.inLine.size > 0) return false;
  if (need.full.size > 1 || (need.full.size === 1 && tableAxis(n.type.shape, need) === undefined)) return false;
  // injective: every site axis of the root reaches the value's index
  const reached = new Set<number>();
  for (const s of need.site.values()) for (const d of s.deps) reached.add(d);
  return g.nodes[root].type.shape.every((d, k) => k === a || d === 1 || reached.has(k));
}

/** Whether each element of a value read along one table axis belongs to exactly one site. */
function writable(shape: readonly number[], need: Need, rootShape: readonly number[], a: number): boolean {
  const [b] = need.full;
  if (b === undefined) return false;
  const used = new Set<number>();
  for (const [axis, s] of need.site) {
    if (shape[axis] === 1) continue;
    if (s.exact === undefined || used.has(s.exact) || rootShape[s.exact] !== shape[axis]) return false;
    used.add(s.exact);
  }
  return numel(shape) === (numel(rootShape) / rootShape[a]) * shape[b];
}

/** The kernel's members (reached from the root without crossing a value in memory) and how each member,
 *  and each value the members read, is needed. */
function analyse(g: Graph, root: number, a: number, boundary: (id: number) => boolean): { members: Set<number>; needs: Map<number, Need> } {
  const members = new Set<number>();
  preorder(g, root, (id) => {
    if (members.has(id) || boundary(id) || isSource(g.nodes[id].op)) return false;
    members.add(id);
    return true;
  });
  const rootShape = g.nodes[root].type.shape;
  const needs = new Map<number, Need>();
  needs.set(root, {
    full: new Set([a]), inLine: new Set([a]), data: false, readInLine: true,
    site: new Map(rootShape.map((_, k) => [k, { deps: new Set([k]), exact: k }] as const).filter(([k]) => k !== a)),
  });
  for (const id of [...members].sort((p, q) => q - p)) {
    const n = g.nodes[id];
    const need = needs.get(id);
    if (!need) continue; // a member its consumers' lowerings never read
    const probe = probeOp(g, n);
    n.inputs.forEach((input, i) => {
      const uses = probe.inputs[i];
      if (!uses || isSource(g.nodes[input].op)) return;
      const mine: Need = { full: new Set(), inLine: new Set(), site: new Map(), data: need.data, readInLine: need.inLine.size > 0 || (probe.indexOnly && need.readInLine) };
      uses.forEach((u, j) => {
        const fromFull = [...u.axes].filter((d) => need.full.has(d));
        if (u.loop || u.data || fromFull.length > 0) {
          mine.full.add(j);
          if (fromFull.some((d) => need.inLine.has(d))) mine.inLine.add(j);
          mine.data ||= u.data;
          return;
        }
        const deps = new Set<number>();
        for (const d of u.axes) for (const s of need.site.get(d)?.deps ?? []) deps.add(s);
        const exact = u.exact === undefined ? undefined : need.site.get(u.exact)?.exact;
        mine.site.set(j, { deps, exact });
      });
      const prev = needs.get(input);
      needs.set(input, prev ? merge(prev, mine) : mine);
    });
  }
  return { members, needs };
}

function merge(p: Need, q: Need): Need {
  const full = new Set([...p.full, ...q.full]);
  const site = new Map<number, { deps: Set<number>; exact: number | undefined }>();
  for (const [axis, s] of [...p.site, ...q.site]) {
    if (full.has(axis)) continue;
    const prev = site.get(axis);
    site.set(axis, prev ? { deps: new Set([...prev.deps, ...s.deps]), exact: prev.exact === s.exact ? s.exact : undefined } : s);
  }
  return { full, inLine: new Set([...p.inLine, ...q.inLine]), site, data: p.data || q.data, readInLine: p.readInLine || q.readInLine };
}
