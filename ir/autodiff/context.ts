// What a VJP rule builds with: appends nodes to the gradient graph at the forward node's source line, each
// saying which forward node it differentiates (its provenance), and the helpers rules share (broadcast
// undo, complex conjugate, zeros, interleaving zeros, casts).
import { isComplex, type DType } from '../dtype.ts';
import type { Graph, Node, TensorType } from '../graph.ts';

export class VjpContext {
  constructor(readonly graph: Graph, private readonly loc: string | undefined, private readonly provenance: string) {}

  /** Append one node (validated like any other) at the forward node's location, with the provenance. */
  op(op: string, inputs: readonly number[], attrs: Record<string, unknown> = {}): number {
    return this.graph.append(op, inputs, attrs, this.loc, this.provenance).id;
  }

  type(id: number): TensorType { return this.graph.node(id).type; }
  shape(id: number): readonly number[] { return this.type(id).shape; }
  dtype(id: number): DType { return this.type(id).dtype; }
  node(id: number): Node { return this.graph.node(id); }

  /** A constant of `dtype` and `shape` holding `value` everywhere (c64: value + 0i). */
  fill(value: number, dtype: DType, shape: readonly number[] = []): number {
    const scalar = this.op('const', [], { dtype, shape: [], value: isComplex(dtype) ? [value, 0] : [value] });
    return shape.length === 0 ? scalar : this.op('expand', [scalar], { shape: [...shape] });
  }

  zerosLike(id: number): number {
    return this.fill(0, this.dtype(id), this.shape(id));
  }

  /** A constant with one value per element (c64: re, im pairs). */
  table(values: readonly number[], dtype: DType, shape: readonly number[]): number {
    return this.op('const', [], { dtype, shape: [...shape], value: [...values] });
  }

  add(a: number, b: number): number { return this.op('add', [a, b]); }
  sub(a: number, b: number): number { return this.op('sub', [a, b]); }
  mul(a: number, b: number): number { return this.op('mul', [a, b]); }
  div(a: number, b: number): number { return this.op('div', [a, b]); }
  neg(a: number): number { return this.op('neg', [a]); }
  /** a * v for a plain number v, in a's dtype. */
  scale(a: number, v: number): number { return v === 1 ? a : this.mul(a, this.fill(v, this.dtype(a))); }
  where(cond: number, a: number, b: number): number { return this.op('where', [cond, a, b]); }

  castTo(id: number, dtype: DType): number {
    return this.dtype(id) === dtype ? id : this.op('cast', [id], { to: dtype });
  }

  /** The complex conjugate (the identity on real values). */
  conj(z: number): number {
    return isComplex(this.dtype(z)) ? this.op('conj', [z]) : z;
  }

  /** Undo broadcasting: sum `g` over the axes where `shape` was broadcast (missing leading axes and
   *  size-1 axes that grew), so the result has exactly `shape`. */
  sumTo(g: number, shape: readonly number[]): number {
    const gs = this.shape(g);
    const lead = gs.length - shape.length;
    let out = g;
    if (lead > 0) out = this.op('sum', [out], { axes: Array.from({ length: lead }, (_, i) => i) });
    const grown = shape.flatMap((d, i) => (d === 1 && gs[lead + i] !== 1 ? [i] : []));
    if (grown.length > 0) out = this.op('sum', [out], { axes: grown, keepdims: true });
    return out;
  }

  /** Swap the last two axes. */
  transpose(id: number): number {
    const r = this.shape(id).length;
    const perm = Array.from({ length: r }, (_, i) => i);
    [perm[r - 2], perm[r - 1]] = [perm[r - 1], perm[r - 2]];
    return this.op('permute', [id], { perm });
  }

  /** Insert `factor - 1` zeros between neighbours along `axis` (size m -> (m-1)*factor + 1): the
   *  positions a strided read came from. Built as concat with zeros on a new axis, then reshape. */
  interleaveZeros(g: number, axis: number, factor: number): number {
    const s = this.shape(g);
    const m = s[axis];
    if (factor === 1 || m <= 1) return g;
    const split = [...s.slice(0, axis + 1), 1, ...s.slice(axis + 1)];
    const zeros = this.fill(0, this.dtype(g), [...s.slice(0, axis + 1), factor - 1, ...s.slice(axis + 1)]);
    const woven = this.op('concat', [this.op('reshape', [g], { shape: split }), zeros], { axis: axis + 1 });
    const flat = this.op('reshape', [woven], { shape: [...s.slice(0, axis), m * factor, ...s.slice(axis + 1)] });
    return this.sliceAxis(flat, axis, 0, (m - 1) * factor + 1);
  }

  sliceAxis(g: number, axis: number, start: number, end: number): number {
    if (start === 0 && end === this.shape(g)[axis]) return g;
    return this.op('slice', [g], { axes: [axis], starts: [start], ends: [end] });
  }

  /** Grow (zeros) or cut `g` along `axis`: `before` elements at the start and `after` at the end, each
   *  negative to cut. */
  padOrCut(g: number, axis: number, before: number, after: number): number {
    let out = g;
    const size = this.shape(out)[axis];
    if (before < 0 || after < 0) out = this.sliceAxis(out, axis, Math.max(-before, 0), size - Math.max(-after, 0));
    if (before > 0 || after > 0) {
      const pads = this.shape(out).map((): [number, number] => [0, 0]);
      pads[axis] = [Math.max(before, 0), Math.max(after, 0)];
      out = this.op('pad', [out], { pads });
    }
    return out;
  }
}
