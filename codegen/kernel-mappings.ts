// How a kernel's invocations cover its work, where fusion leaves a choice (codegen/fuse.ts rules 6 and
// 6b, and cooperative reductions): a short row per invocation along a conv's row axis, one workgroup per
// output of a reduction into few outputs, or tiles of a large matrix product. Each looks down from the root
// through the members read 'once', so only the root or an epilogue over it qualifies.
import type { Graph, Node } from '../ir/graph.ts';
import { numel } from '../ir/tensor.ts';
import { hasMapping, TILE_MIN, type FusionOptions, type KernelPlan } from './fusion-plan.ts';
import { readPatterns } from './read-patterns.ts';
import { loweringOf } from './lower/index.ts';
import { TILE_SIDE, type TileShape } from './tiled-gemm.ts';

/** `k` computing rows (rule 6) where it has no other mapping and its rows are short. */
export function withRows(g: Graph, k: KernelPlan, opts: FusionOptions): KernelPlan {
  if (!opts.fuse || hasMapping(k)) return k;
  const axis = rowAxisOf(g, k.root, k.members);
  return axis === undefined ? k : { ...k, lineAxis: axis };
}

/** Rows longer than this are computed element by element (a row's outputs are straight-line code). */
export const ROW_MAX = 64;

/** Whether `axis` of `shape` makes a row worth computing at once: 2 to ROW_MAX elements. */
export const isShortRow = (shape: readonly number[], axis: number): boolean => shape[axis] >= 2 && shape[axis] <= ROW_MAX;

// Rule 6: a kernel whose root is, or is reached 'once' from, an op with a row axis (a conv) gives each
// invocation a whole row of the root along that axis when the row is short and the shapes agree, so the
// op computes the row at once (its loads reused across neighbouring outputs).
function rowAxisOf(g: Graph, root: number, members: readonly number[]): number | undefined {
  const shape = g.nodes[root].type.shape;
  for (const id of onceFromRoot(g, root, members)) {
    const n = g.nodes[id];
    if (n.type.shape.length !== shape.length || n.type.shape.some((d, i) => d !== shape[i])) return undefined;
    const axis = loweringOf(n.op)?.rowAxis?.(n.inputs.map((i) => g.nodes[i].type), n.attrs as never);
    if (axis !== undefined) return isShortRow(shape, axis) ? axis : undefined;
  }
  return undefined;
}

// A cooperative reduction pays off when there are few outputs and many elements per output; only a
// member reached 'once' from the root qualifies (the root itself, or an epilogue on top of it).
export function groupMember(g: Graph, root: number, members: readonly number[], opts: FusionOptions): number | undefined {
  // (one workgroup per output element, dispatched in one dimension: at most 65535 of them)
  const outs = numel(g.nodes[root].type.shape);
  for (const id of onceFromRoot(g, root, members)) {
    const n = g.nodes[id];
    const count = loweringOf(n.op)?.groupReduce?.(n.inputs.map((i) => g.nodes[i].type), n.attrs as never);
    if (count !== undefined && count >= opts.groupReduceMin && outs <= count && outs <= 65535) return id;
  }
  return undefined;
}

// Rule 6b: the product reached from the root through pointwise ops of the root's shape (so each output
// of the product is read by exactly the epilogue at its own index), when it is large enough. Rows per
// tile follow the product's rows (a conv with few output channels per group wastes no invocations).
export function tiledMember(g: Graph, root: number, members: readonly number[], opts: FusionOptions): (TileShape & { member: number }) | undefined {
  const shape = g.nodes[root].type.shape;
  for (const id of onceFromRoot(g, root, members)) {
    const n = g.nodes[id];
    if (n.type.shape.length !== shape.length || n.type.shape.some((d, i) => d !== shape[i])) return undefined;
    const lower = loweringOf(n.op);
    const form = lower?.gemm?.(n.inputs.map((i) => g.nodes[i].type), n.attrs as never, n.type);
    if (form) {
      if (form.batch * form.m * form.n * form.k < (opts.tileMin ?? TILE_MIN)) return undefined;
      const rows = form.m <= TILE_SIDE ? TILE_SIDE : form.m <= 2 * TILE_SIDE ? 2 * TILE_SIDE : 4 * TILE_SIDE;
      return { member: id, rows, cols: 4 * TILE_SIDE };
    }
    if (!lower?.pointwise) return undefined;
  }
  return undefined;
}

/** The root, then down its members each read 'once' by the one before (an epilogue over its loop op). */
function* onceFromRoot(g: Graph, root: number, members: readonly number[]): Generator<number> {
  for (let id: number | undefined = root; id !== undefined;) {
    yield id;
    const n: Node = g.nodes[id];
    const pats = readPatterns(g, n);
    id = n.inputs.find((i, k) => members.includes(i) && pats[k] === 'once');
  }
}
