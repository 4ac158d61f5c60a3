// What a fusion plan is (codegen/fuse.ts makes it): the options that steer fusion, and the kernels it
// decides on, each with the graph nodes it computes, the values it reads and how its invocations cover
// the work.
import type { Graph, Node } from '../ir/graph.ts';
import { loweringOf } from './lower/index.ts';
import { ATOMIC_KTYPES, type KType } from '../artifact/kernel-ir.ts';
import type { TileShape } from './tiled-gemm.ts';

export interface FusionOptions {
  /** false: one kernel per op (the unfused plan the cost model compares against). */
  readonly fuse: boolean;
  /** Storage buffers one kernel may bind (WebGPU's default limit is 8). */
  readonly maxStorageBuffers: number;
  /** Reductions of at least this many elements run cooperatively over a workgroup. */
  readonly groupReduceMin: number;
  /** Matrix products (conv, matmul) of at least this many multiply-adds (outputs x reduction length) run
   *  as tiled kernels (rule 6b); Infinity: never (default TILE_MIN). */
  readonly tileMin?: number;
  /** Reductions of at least this many elements per output into few outputs run as two kernels, partial
   *  results then their combination (split-reduce.ts); Infinity: never (default SPLIT_REDUCE_MIN). */
  readonly splitReduceMin?: number;
  /** How scatter_add sums: 'deterministic' (each output element sums its sources in a fixed order; the
   *  same bits every run) or 'atomic' (each source adds itself into the output; rule 8). */
  readonly scatter?: ScatterStrategy;
  /** Kernels without another mapping compute a whole short row per invocation (rule 6c, inline-rows.ts):
   *  for CPU adapters, where an invocation's own work (index arithmetic, loads) dominates; off by default,
   *  since on a GPU consecutive threads storing consecutive elements is what coalesces. */
  readonly inlineRows?: boolean;
  /** Samples per block of the bounds a deterministic bilinear_splat reads to skip the samples that miss a
   *  pixel (splat-bounds.ts); 0: none, every pixel scans every sample; default: chosen per splat. */
  readonly splatBlock?: number;
}

export type ScatterStrategy = 'deterministic' | 'atomic';
export const SCATTER_STRATEGIES: readonly ScatterStrategy[] = ['deterministic', 'atomic'];

/** Multiply-adds from which a product runs tiled by default (rule 6b): below it a product's loads are few
 *  enough that tiles' barriers and partly idle workgroups cost more than they save. */
export const TILE_MIN = 2 ** 20;

/** Elements per output from which a reduction into few outputs is split by default. */
export const SPLIT_REDUCE_MIN = 4096;

export const DEFAULT_FUSION: FusionOptions = { fuse: true, maxStorageBuffers: 8, groupReduceMin: 256, tileMin: TILE_MIN, scatter: 'deterministic' };

/** Whether node `n` is computed by an accumulating kernel under `opts` (rule 8): an op with an atomic
 *  lowering, asked for, of a type that can be added atomically (f16 sums keep the deterministic strategy). */
export const atomicScatter = (n: Node, opts: Pick<FusionOptions, 'scatter'>): boolean =>
  opts.scatter === 'atomic' && loweringOf(n.op)?.scatter !== undefined && ATOMIC_KTYPES.includes(n.type.dtype as KType);

export interface KernelPlan {
  /** The node whose value the kernel stores. */
  readonly root: number;
  /** Nodes computed inside the kernel, root included, in topological order. */
  readonly members: readonly number[];
  /** Values the kernel reads from memory, in first-use order. */
  readonly reads: readonly number[];
  /** The member computed as a cooperative workgroup reduction, if any. */
  readonly group?: number;
  /** The member computed as a tiled product (rule 6b), and its tile, if any. */
  readonly tile?: TileShape & { readonly member: number };
  /** When set, each invocation computes the root's whole line along this axis (kernels of line ops,
   *  site kernels). */
  readonly lineAxis?: number;
  /** Site kernels: members computed once per invocation into a register table along the given axis. */
  readonly tables?: ReadonlyMap<number, number>;
  /** Stored values besides the root that the kernel computes and writes: a site kernel's tables as it
   *  fills them, or (rule 9, sibling-fusion.ts) values of the root's shape at the root's index. */
  readonly writes?: readonly number[];
  /** The root accumulates atomically (rule 8): the kernel runs over the elements of its input 0. */
  readonly scatter?: true;
}

/** Whether kernel `k`'s invocations do other than compute one output each: lines or rows (site kernels
 *  included), a cooperative reduction, tiles, or an accumulation over its sources. */
export const hasMapping = (k: KernelPlan): boolean => k.lineAxis !== undefined || k.group !== undefined || k.tile !== undefined || k.scatter === true;

/** Storage buffers kernel `k` binds: what it reads, its output, its side outputs and the trap flag. */
export const buffersBound = (g: Graph, k: KernelPlan): number =>
  k.reads.length + 1 + (k.writes?.length ?? 0) + (k.members.some((m) => loweringOf(g.nodes[m].op)?.traps) ? 1 : 0);

export interface Plan {
  /** Nodes whose values live in memory (inputs, params, const buffers, kernel roots). */
  readonly stored: ReadonlySet<number>;
  readonly kernels: readonly KernelPlan[];
  /** Values stored because an inline consumer broadcasts their arithmetic (rule 3). */
  readonly broadcasts: ReadonlySet<number>;
  /** Values computed by accumulating kernels (rule 8). */
  readonly atomic: ReadonlySet<number>;
}
