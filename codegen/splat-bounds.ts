// A graph rewrite before fusion: a deterministic bilinear_splat has every output pixel scan every sample
// of its batch (its sums must run in sample order, so no sample may add itself anywhere), which is work
// quadratic in the image's size. Here each splat becomes
//   table = sample_table(y, x)           y, x and the bounds of each block of samples, one row per batch
//   bilinear_splat_bounded(values, table)                      a pixel skips the blocks that miss it
// which adds the same terms in the same order (the same bits), while a pixel visits only the blocks whose
// samples may land on it: where samples that are near in order are near in the image, as deformable taps
// around a grid are, a few blocks per image-sized run of samples instead of all of them.
//
// Block size: with b samples a block, a pixel checks n / b bounds and scans the blocks that reach its two
// rows: about 2W + b samples per image-sized run of samples (a block covers b / W rows; boundedSplatVisits).
// Their sum is least near b = sqrt(H W), taken to a power of two within [8, 256]. A splat is bounded where
// that sum is at most half the samples and there are at least 4 blocks: on small images, or for few
// samples, the table's kernel would cost more than the scan saves.
import type { Graph, Node } from '../ir/graph.ts';
import { rebuildGraph } from '../ir/rewrite/rebuild.ts';
import { numel } from '../ir/tensor.ts';
import { atomicScatter, type FusionOptions } from './fusion-plan.ts';
import { boundedSplatVisits } from './lower/sampling.ts';

/** Samples per block for a splat onto an H x W image. */
export function splatBlockFor(H: number, W: number): number {
  const ideal = Math.sqrt(Math.max(H * W, 1));
  return Math.min(256, Math.max(8, 2 ** Math.round(Math.log2(ideal))));
}

/** The block size splat node n gets under `opts`, or undefined where it stays a plain splat. */
function blockOf(n: Node, g: Graph, opts: Pick<FusionOptions, 'scatter' | 'splatBlock'>): number | undefined {
  if (n.op !== 'bilinear_splat' || atomicScatter(n, opts)) return undefined;
  const samples = numel(g.nodes[n.inputs[1]].type.shape.slice(1));
  const [H, W] = n.attrs.size as number[];
  if (opts.splatBlock !== undefined) return opts.splatBlock > 0 && samples > opts.splatBlock ? opts.splatBlock : undefined;
  const block = splatBlockFor(H, W);
  return samples >= 4 * block && samples / block + boundedSplatVisits(samples, [H, W], block) <= samples / 2 ? block : undefined;
}

/** A graph computing the same outputs, bit for bit, in which every deterministic bilinear_splat worth it
 *  reads the bounds of its blocks of samples (see above); `g` itself when none is. */
export function boundSplats(g: Graph, opts: Pick<FusionOptions, 'scatter' | 'splatBlock'>): Graph {
  const blocks = new Map(g.nodes.flatMap((n) => {
    const block = blockOf(n, g, opts);
    return block === undefined ? [] : [[n.id, block] as const];
  }));
  if (blocks.size === 0) return g;
  return rebuildGraph(g, (n, r) => {
    const block = blocks.get(n.id);
    if (block === undefined) return r.copy(n);
    // the coordinates as one axis, so that the table's kernel addresses them by their flat number (the
    // values keep their shape: the splat reads a stored value at its flat offset, and an expression fused
    // into the values is indexed by the sample's multi-index)
    const B = g.nodes[n.inputs[0]].type.shape[0];
    const samples = numel(g.nodes[n.inputs[1]].type.shape.slice(1));
    const flat = (id: number, shape: number[]): number => {
      // a reshape keeps the row-major order, so the reshape of a reshape is one of its source
      while (g.nodes[id].op === 'reshape') id = g.nodes[id].inputs[0];
      return r.append('reshape', [r.mapped(id)], { shape }, n);
    };
    const table = r.append('sample_table', [flat(n.inputs[1], [B, samples]), flat(n.inputs[2], [B, samples])], { size: n.attrs.size, block }, n);
    return r.append('bilinear_splat_bounded', [r.mapped(n.inputs[0]), table], { size: n.attrs.size, block }, n);
  }).graph;
}
