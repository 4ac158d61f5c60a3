// Lowerings of the movement ops (ir/ops/movement.ts): each remaps the output index to the input's and
// reads it, so a value is never changed; positions outside the input get the fill or a clamped index.
import type { TensorType } from '../../ir/registry.ts';
import { numel } from '../../ir/tensor.ts';
import { normAxes, normAxis } from '../../ir/ops/util.ts';
import { padFill, sliceAxes } from '../../ir/ops/movement-attrs.ts';
import * as k from '../kexpr.ts';
import type { Expr } from '../kir.ts';
import { broadcastIndex } from '../index-math.ts';
import { fillValue, ktypeOf, type LowerCtx, type LoweringTable } from '../lowering.ts';
import { clampI32, flatIndex, guardedIndex, unravelIndex } from './index-exprs.ts';

/** Movement lowerings remap the index and read the input once per output element. */
const once = (): ['once'] => ['once'];

type PadAttrs = { pads: number[][]; value: number };

/** Zero (constant) padding: the fill outside the input; the index passed to the input is kept in range
 *  on every axis (0 where outside) so nothing reads out of bounds. */
function padZero(ctx: LowerCtx, idx: readonly Expr[], a: PadAttrs, x: TensorType): Expr {
  const fill = fillValue(x.dtype, padFill(x.dtype, a.value));
  if (numel(x.shape) === 0) return fill; // nothing to read
  let inside: Expr = k.bool(true);
  const src = x.shape.map((d, ax) => {
    const [lo, hi] = a.pads[ax];
    if (lo === 0 && hi === 0) return idx[ax];
    if (d === 1) {
      // the single element sits at output index lo
      inside = k.and(inside, k.eq(idx[ax], ctx.sym(lo, `lo${ax}`)));
      return k.i32(0);
    }
    const { ok, index } = guardedIndex(ctx, ctx.let(k.sub(idx[ax], ctx.sym(lo, `lo${ax}`)), `p${ax}`), d, ax);
    inside = k.and(inside, ok);
    return index;
  });
  return k.select(ctx.let(inside, 'inside'), ctx.input(0, src), fill);
}

/** Replicate padding: the index clamped to the input on every padded axis. */
function padReplicate(ctx: LowerCtx, idx: readonly Expr[], a: PadAttrs, x: TensorType): Expr {
  return ctx.input(0, x.shape.map((d, ax) => {
    const [lo, hi] = a.pads[ax];
    if (lo === 0 && hi === 0) return idx[ax];
    if (d === 1) return k.i32(0);
    return clampI32(k.sub(idx[ax], ctx.sym(lo, `lo${ax}`)), k.i32(0), ctx.sym(d - 1, `last${ax}`));
  }));
}

/**
 * concat: input i covers [offset_i, offset_i + size_i) along the axis. The value is chosen by nested
 * if/else rather than a select over every input, so each output element evaluates exactly one input:
 * that keeps the 'once' read honest when an input is a fused loop (a matmul, a reduction) and does one
 * load per element instead of one per input. Empty inputs contribute nothing and are skipped.
 */
function concatLowering(ctx: LowerCtx, idx: readonly Expr[], a: { axis: number }, xs: readonly TensorType[], out: TensorType): Expr {
  const axis = normAxis(a.axis, out.shape.length);
  const parts: { input: number; offset: number; size: number }[] = [];
  let offset = 0;
  xs.forEach((x, i) => {
    if (x.shape[axis] > 0) parts.push({ input: i, offset, size: x.shape[axis] });
    offset += x.shape[axis];
  });
  const read = (p: (typeof parts)[number]): Expr => {
    const src = [...idx];
    src[axis] = p.size === 1 ? k.i32(0) : k.sub(idx[axis], ctx.sym(p.offset, `off${p.input}`));
    return ctx.input(p.input, src);
  };
  if (parts.length === 0) return fillValue(out.dtype, 0); // an empty output: never evaluated
  if (parts.length === 1) return read(parts[0]);
  const t = ktypeOf(out.dtype);
  const result = ctx.mutable(t === 'c64' ? k.call('cplx', [k.f32(0), k.f32(0)]) : t === 'bool' ? k.bool(false) : k.constant(t, 0), 'part');
  const choose = (from: number): void => {
    const p = parts[from];
    if (from === parts.length - 1) { result.set(read(p)); return; }
    ctx.when(k.lt(idx[axis], ctx.sym(p.offset + p.size, `end${p.input}`)), () => result.set(read(p)), () => choose(from + 1));
  };
  choose(0);
  return result.ref;
}

export const MOVEMENT = {
  reshape: {
    kind: 'inline',
    reads: once,
    emit: (ctx, idx, _a, [x], out) => {
      // only size-1 axes added or removed: the other axes map one to one
      const inBig = x.shape.filter((d) => d !== 1), outBig = out.shape.filter((d) => d !== 1);
      if (inBig.length === outBig.length && inBig.every((d, i) => d === outBig[i])) {
        const big = idx.filter((_, i) => out.shape[i] !== 1);
        let j = 0;
        return ctx.input(0, x.shape.map((d) => (d === 1 ? k.i32(0) : big[j++])));
      }
      const flat = flatIndex(ctx, idx, out.shape, 'o');
      return ctx.inputFlat(0, flat, () => unravelIndex(ctx, flat, x.shape, 'i'));
    },
  },
  permute: {
    kind: 'inline',
    reads: once,
    emit: (ctx, idx, a, [x]) => {
      const perm = normAxes(a.perm, x.shape.length, 'perm');
      const src = new Array<Expr>(perm.length);
      perm.forEach((p, j) => { src[p] = idx[j]; });
      return ctx.input(0, src);
    },
  },
  expand: {
    kind: 'inline',
    // repeated axes re-read the input; only an expand that repeats nothing reads each element once
    reads: ([x], _a, out) => [numel(x.shape) === numel(out.shape) ? 'once' : 'many'],
    emit: (ctx, idx, _a, [x]) => ctx.input(0, broadcastIndex(idx, x.shape)),
  },
  slice: {
    kind: 'inline',
    reads: once,
    emit: (ctx, idx, a, [x]) => {
      const src = [...idx];
      for (const s of sliceAxes(x.shape, a)) {
        if (x.shape[s.axis] === 1) continue; // the only element: index 0
        src[s.axis] = k.add(ctx.sym(s.start, `start${s.axis}`), k.mul(idx[s.axis], ctx.sym(s.step, `step${s.axis}`)));
      }
      return ctx.input(0, src);
    },
  },
  pad: {
    kind: 'inline',
    reads: (_ins, a) => [a.mode === 'zero' || a.pads.every(([lo, hi]) => lo === 0 && hi === 0) ? 'once' : 'many'],
    emit: (ctx, idx, a, [x]) => (a.mode === 'zero' ? padZero(ctx, idx, a, x) : padReplicate(ctx, idx, a, x)),
  },
  concat: {
    kind: 'inline',
    reads: (xs) => xs.map(() => 'once'),
    emit: concatLowering,
  },
  flip: {
    kind: 'inline',
    reads: once,
    emit: (ctx, idx, a, [x]) => {
      const axes = normAxes(a.axes, x.shape.length);
      return ctx.input(0, idx.map((i, ax) => (axes.includes(ax) && x.shape[ax] > 1 ? k.sub(ctx.sym(x.shape[ax] - 1, `last${ax}`), i) : i)));
    },
  },
  roll: {
    kind: 'inline',
    reads: once,
    // output i reads (i - shift) mod size = (i + size - s) mod size with s = shift mod size in [0, size)
    emit: (ctx, idx, a, [x]) => {
      const axes = normAxes(a.axes, x.shape.length);
      return ctx.input(0, idx.map((i, ax) => {
        const dim = x.shape[ax];
        if (dim <= 1) return i;
        const at = axes.indexOf(ax);
        if (at < 0) return i;
        const s = ((a.shifts[at] % dim) + dim) % dim;
        return k.mod(k.add(i, ctx.sym(dim - s, `shift${ax}`)), ctx.sym(dim, `d${ax}`));
      }));
    },
  },
} satisfies LoweringTable;
