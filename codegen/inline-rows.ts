// Rule 6c (FusionOptions.inlineRows, for CPU adapters): there an invocation's own work dominates (its index
// arithmetic, and loads that are each a bounds-checked gather), so a kernel that fusion gave no other
// mapping computes a short row of its root per invocation. Along the row, index arithmetic is done once,
// values broadcast along it are loaded once, and where the row runs along a window (a temporal conv
// written as unfold + sum) each input element is loaded once for all the outputs of the row that read it.
//
// Which axis: each short axis is tried by building the kernel along it, and the one whose code costs least
// per output wins (the last axis on a tie): loads and integer divisions counted (costIn). The builder's
// value numbering is what shares a load or an index between the positions of a row, so counting what it
// emits is exact where a model of it would drift. (On SwiftShader a row along the one axis that saves a
// load but splits a reshape's index per position ran twice as slow: divisions count as much as loads.)
import type { Graph } from '../ir/graph.ts';
import { buildKernel, type BuiltKernel } from './kernel-builder.ts';
import { hasMapping, type FusionOptions, type KernelPlan, type Plan } from './fusion-plan.ts';
import { isShortRow } from './kernel-mappings.ts';
import { childrenOf, exprsOf, walkStmts, type Expr, type Stmt } from './kir.ts';
import { loweringOf } from './lower/index.ts';

/** Loop ops (reductions, windows) reading at most this many elements of each input per output may sit in
 *  a row: every position of the row repeats the op's code. */
export const ROW_LOOP_READS_MAX = 64;

export interface RowedPlan {
  readonly plan: Plan;
  /** The kernels built while choosing an axis, by their plan: compile.ts reuses them. */
  readonly built: ReadonlyMap<KernelPlan, BuiltKernel>;
}

/** `plan` with rule 6c applied to each kernel it fits, when `opts` asks for it. */
export function withInlineRows(g: Graph, plan: Plan, opts: FusionOptions): RowedPlan {
  const built = new Map<KernelPlan, BuiltKernel>();
  if (!opts.fuse || !opts.inlineRows) return { plan, built };
  return { plan: { ...plan, kernels: plan.kernels.map((k) => rowsOf(g, k, built)) }, built };
}

function rowsOf(g: Graph, k: KernelPlan, built: Map<KernelPlan, BuiltKernel>): KernelPlan {
  if (hasMapping(k)) return k;
  if (!k.members.every((m) => fitsRow(g, m))) return k;
  const shape = g.nodes[k.root].type.shape;
  const axes = shape.map((_, a) => a).filter((a) => isShortRow(shape, a)).reverse();
  if (axes.length <= 1) return axes.length ? { ...k, lineAxis: axes[0] } : k;
  let best: { plan: KernelPlan; kernel: BuiltKernel; cost: number } | undefined;
  for (const axis of axes) {
    const plan = { ...k, lineAxis: axis };
    const kernel = buildKernel(g, plan);
    const cost = costIn(kernel.kernel.body) / shape[axis];
    if (!best || cost < best.cost) best = { plan, kernel, cost };
  }
  built.set(best!.plan, best!.kernel);
  return best!.plan;
}

/** Whether node `id` may be computed at every position of a row: inline ops, and loop ops that read few
 *  elements per output and have no mapping of their own (lines, rows). */
function fitsRow(g: Graph, id: number): boolean {
  const n = g.nodes[id];
  const lower = loweringOf(n.op);
  if (!lower || lower.kind === 'inline') return true;
  if (lower.lineAxis || lower.rowAxis) return false;
  const ins = n.inputs.map((i) => g.nodes[i].type);
  const per = lower.readsPerOutput?.(ins, n.attrs as never, n.type);
  return per !== undefined && per.every((r) => r <= ROW_LOOP_READS_MAX);
}

/** What a kernel's code costs an invocation on a CPU adapter, as written (each expression once,
 *  wherever it sits): its loads from memory, each a bounds-checked gather, and its integer divisions and
 *  remainders, which CPUs do not vectorise (at most a multiply and shifts where the divisor is a literal). */
function costIn(body: readonly Stmt[]): number {
  const count = (e: Expr): number =>
    (e.k === 'load' || (e.k === 'bin' && (e.op === '/' || e.op === '%') && (e.t === 'i32' || e.t === 'u32')) ? 1 : 0)
    + childrenOf(e).reduce((a, c) => a + count(c), 0);
  let cost = 0;
  walkStmts(body, (s) => { for (const e of exprsOf(s)) cost += count(e); });
  return cost;
}
