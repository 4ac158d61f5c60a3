// How a consumer reads its inputs, which the fusion rules (fuse.ts, loop-recompute.ts) weigh: whether
// each output element reads one distinct element ('once') or more, and how often each element is read.
import { byteSize } from '../ir/dtype.ts';
import type { Graph, Node } from '../ir/graph.ts';
import { numel } from '../ir/tensor.ts';
import type { ReadPattern } from './lowering.ts';
import { loweringOf } from './lower/index.ts';

export const bytesOf = (n: Node): number => numel(n.type.shape) * byteSize(n.type.dtype);

/** A const whose every element has the same value is a literal in the kernel, not a buffer. */
export function isLiteralConst(n: Node): boolean {
  const v = n.attrs.value as number[];
  return n.op === 'const' && (v.length === (n.type.dtype === 'c64' ? 2 : 1) || numel(n.type.shape) <= 1);
}

/** How `n` reads its inputs; `atomic`: computed by an accumulating kernel (one invocation per element of
 *  input 0). */
export function readPatterns(g: Graph, n: Node, atomic = false): readonly ReadPattern[] {
  const ins = n.inputs.map((i) => g.nodes[i].type);
  // (the kernel's domain is input 0: an input broadcast over it, a size-1 index axis, is read many times)
  if (atomic) return ins.map((t) => (t.shape.every((d, i) => d === ins[0].shape[i]) ? 'once' : 'many'));
  const custom = loweringOf(n.op)?.reads?.(ins, n.attrs as never, n.type);
  return custom ?? ins.map((t) => (t.shape.length === n.type.shape.length && t.shape.every((d, i) => d === n.type.shape[i]) ? 'once' : 'many'));
}

/** How many times a consumer reads each element of its input `k`: 1 when read once; for a 'loop' op
 *  from its readsPerOutput (unknown: unbounded); for an inline broadcast, the broadcast factor. */
export function reuseOf(g: Graph, c: Node, k: number, atomic = false): number {
  if (readPatterns(g, c, atomic)[k] === 'once') return 1;
  const lower = loweringOf(c.op);
  const ins = c.inputs.map((i) => g.nodes[i].type);
  const size = Math.max(numel(ins[k].shape), 1);
  if (lower?.kind !== 'loop') return numel(c.type.shape) / size;
  const per = lower.readsPerOutput?.(ins, c.attrs as never, c.type)[k];
  return per === undefined ? Infinity : (numel(c.type.shape) * per) / size;
}
