// Graph -> program: plan the fusion, build each kernel, merge kernels whose code is the same, and count
// what the plan costs. A program is backend-neutral; printers turn its kernels into source, and the
// artifact writer turns the rest into a manifest.
import type { DType } from '../ir/dtype.ts';
import { TargetError } from '../ir/errors.ts';
import type { InitSpec } from '../ir/init.ts';
import { lookupOp, type Graph, type Node } from '../ir/graph.ts';
import { buildKernel, type BuiltKernel } from './kernel-builder.ts';
import { buildZeroFill } from './zero-fill.ts';
import { withInlineRows } from './inline-rows.ts';
import { whyStored } from './explain.ts';
import { verifyKernel } from './verify-kernel.ts';
import { splitWideOps } from './split-wide.ts';
import { splitReductions } from './split-reduce.ts';
import { boundSplats } from './splat-bounds.ts';
import { bytesOf, DEFAULT_FUSION, planFusion, SPLIT_REDUCE_MIN, SCATTER_STRATEGIES, type FusionOptions, type KernelPlan, type Plan } from './fuse.ts';
import type { FusedNode, Kernel } from './kir.ts';
import type { Cost, Launch, Program, StoredValue, ValueRole } from '../artifact/program.ts';

export type { ValueRole, StoredValue, Launch, Cost, Program } from '../artifact/program.ts';

export function compileGraph(graph: Graph, opts: Partial<FusionOptions> = {}): Program {
  graph.validate();
  const options = { ...DEFAULT_FUSION, ...opts };
  if (!Number.isInteger(options.maxStorageBuffers) || options.maxStorageBuffers < 3) {
    // splitting wide ops needs kernels of two inputs and their output
    throw new TargetError('maxStorageBuffers is too small for a kernel of two inputs', { expected: 'an integer >= 3', found: String(options.maxStorageBuffers) });
  }
  if (options.scatter !== undefined && !SCATTER_STRATEGIES.includes(options.scatter)) {
    throw new TargetError('unknown scatter strategy', { expected: SCATTER_STRATEGIES.join(' or '), found: String(options.scatter) });
  }
  if (options.splatBlock !== undefined && !(Number.isInteger(options.splatBlock) && options.splatBlock >= 0)) {
    throw new TargetError('splatBlock must be a whole number of samples', { expected: 'an integer >= 0', found: String(options.splatBlock) });
  }
  // an op reading more buffers than a kernel may bind is first rewritten into several
  // and a reduction of many elements into few outputs into two (split-reduce.ts); a deterministic splat
  // reads the bounds of its blocks of samples (splat-bounds.ts)
  const split = splitReductions(splitWideOps(graph, options.maxStorageBuffers - 1), options.fuse ? options.splitReduceMin ?? SPLIT_REDUCE_MIN : Infinity);
  const g = options.fuse ? boundSplats(split, options) : split;
  const { plan, built: rowed } = withInlineRows(g, planFusion(g, options), options);
  const kernels: Kernel[] = [];
  const byCode = new Map<string, Kernel>();
  const launchOf = (kp: KernelPlan, built: BuiltKernel, zeroFill: boolean): Launch => {
    const code = JSON.stringify(built.kernel);
    let kernel = byCode.get(code);
    if (!kernel) {
      const name = zeroFill ? `k${kernels.length}_zero_fill` : kernelName(kernels.length, g, kp.members, kp.root);
      kernel = { name, ...built.kernel };
      verifyKernel(kernel);
      byCode.set(code, kernel);
      kernels.push(kernel);
    }
    const fuses = (zeroFill ? [kp.root] : kp.members).map((m) => {
      const { op, loc, provenance } = g.nodes[m];
      const note = zeroFill ? { note: 'zero-filled for the atomic scatter that follows' } : noteOf(kp, m);
      return { id: m, op, loc, ...(provenance !== undefined ? { provenance } : {}), ...note };
    });
    const written = [kp.root, ...kp.writes ?? []];
    return {
      kernel: kernel.name, fuses, bindings: built.bindings, syms: built.symValues, total: built.total,
      why: zeroFill ? [] : written.map((w) => `%${w} ${g.nodes[w].op}: ${whyStored(g, plan, w)}`),
      bytesRead: zeroFill ? 0 : kp.reads.reduce((a, r) => a + bytesOf(g.nodes[r]), 0),
      bytesWritten: written.reduce((a, w) => a + bytesOf(g.nodes[w]), 0),
    };
  };
  // an accumulating kernel adds into its output: a zero-fill launch runs just before it
  const launches = plan.kernels.flatMap((kp) => [
    ...(kp.scatter ? [launchOf(kp, buildZeroFill(g, kp.root), true)] : []),
    launchOf(kp, rowed.get(kp) ?? buildKernel(g, kp), false),
  ]);
  return {
    name: g.name, graph: g, kernels, launches, values: storedValues(g, plan), outputs: g.outputs.map((o) => ({ ...o })),
    constants: new Map(g.nodes.filter((n) => n.op === 'const' && plan.stored.has(n.id))
      .map((n) => [n.id, lookupOp('const').reference([], n.attrs as never, n.type)] as const)),
    cost: { fused: costOf(launches), unfused: costOf(unfusedLaunches(g, options)) },
  };
}

/** Site kernels: which members are register tables, and which of those the kernel also writes; merged
 *  sibling kernels (rule 9): which members the kernel writes beside its root. */
function noteOf(kp: KernelPlan, m: number): { note?: string } {
  const axis = kp.tables?.get(m);
  if (axis === undefined) return kp.writes?.includes(m) ? { note: 'also written, at the same index as the root (a sibling kernel merged, rule 9)' } : {};
  return { note: `register table along axis ${axis}${kp.writes?.includes(m) ? ', also written' : ''}` };
}

function kernelName(index: number, g: Graph, members: readonly number[], root: number): string {
  const ops = [root, ...members.filter((m) => m !== root).reverse()].map((m) => g.nodes[m].op);
  const distinct = ops.filter((o, i) => ops.indexOf(o) === i).slice(0, 4);
  return `k${index}_${distinct.join('_')}`;
}

function storedValues(g: Graph, plan: Plan): StoredValue[] {
  const outNames = new Map<number, string[]>();
  for (const o of g.outputs) outNames.set(o.node, [...(outNames.get(o.node) ?? []), o.name]);
  return g.nodes.filter((n) => plan.stored.has(n.id)).map((n: Node) => {
    const role: ValueRole = n.op === 'input' || n.op === 'param' ? n.op : n.op === 'const' ? 'const' : outNames.has(n.id) ? 'output' : 'intermediate';
    const name = role === 'input' || role === 'param' ? (n.attrs.name as string) : outNames.get(n.id)?.join(',');
    const init = role === 'param' ? { init: n.attrs.init as unknown as InitSpec } : {};
    return { node: n.id, role, name, dtype: n.type.dtype, shape: n.type.shape, bytes: bytesOf(n), ...init };
  });
}

function costOf(launches: readonly Pick<Launch, 'bytesRead' | 'bytesWritten'>[]): Cost {
  return {
    launches: launches.length,
    bytesRead: launches.reduce((a, l) => a + l.bytesRead, 0),
    bytesWritten: launches.reduce((a, l) => a + l.bytesWritten, 0),
  };
}

function unfusedLaunches(g: Graph, opts: FusionOptions): { bytesRead: number; bytesWritten: number }[] {
  return planFusion(g, { ...opts, fuse: false }).kernels.map((kp) => ({
    bytesRead: kp.reads.reduce((a, r) => a + bytesOf(g.nodes[r]), 0), bytesWritten: bytesOf(g.nodes[kp.root]),
  }));
}
