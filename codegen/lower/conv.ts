// Lowerings of conv, avgpool and maxpool (ir/ops/conv.ts): loops over the window of one output element.
// Taps outside the input are skipped by a bounds check around the inner loops, so nothing is read out
// of bounds and padding costs no loads. The loops visit taps in the reference's order (input channel,
// then kernel axes row-major), so f32 sums round like a sequential float sum would.
import type { TensorType } from '../../ir/registry.ts';
import { numel } from '../../ir/tensor.ts';
import { convGeometry, dilatedSize, poolGeometry } from '../../ir/ops/conv-geometry.ts';
import * as x from '../kexpr.ts';
import type { Expr } from '../kir.ts';
import type { LowerCtx, LoweringTable } from '../lowering.ts';
import { clampI32, loopDim } from './index-exprs.ts';
import { withAxis } from '../index-math.ts';
import { convGemm } from './conv-gemm.ts';

interface WindowGeometry {
  readonly kernel: readonly number[];
  readonly stride: readonly number[];
  readonly padding: readonly number[];
  readonly dilation: readonly number[];
  /** conv's spread of the input (a transposed conv): positions count in the spread input; default all 1. */
  readonly inputDilation?: readonly number[];
}

/** Per spatial axis, the input position of the window's first tap: o[d] * stride - padding. */
function windowStart(ctx: LowerCtx, o: readonly Expr[], g: WindowGeometry): Expr[] {
  return o.map((od, d) => ctx.let(x.sub(x.mul(od, ctx.sym(g.stride[d], `stride${d}`)), ctx.sym(g.padding[d], `pad${d}`)), `start${d}`));
}

/**
 * The taps of a window along every spatial axis: tap k on axis d reads input position start[d] + k *
 * dilation. `visit` runs for every tap with its input position clamped into the input, its tap indices,
 * and whether it is inside (a bool; the literal true where `mayOverhang[d]` is false on every axis): the
 * visitor discards what an outside tap read, so there is no branch per tap. Kernel sizes and dilations are
 * attributes of the op, so they are literals: the loops of a window's trailing axes, as many as fit
 * UNROLLED_TAPS_MAX with `perTap` multiply-adds per tap, are unrolled by the kernel builder (rolledAxes).
 * With an input dilation r, positions count in the spread input: a tap is inside only on a multiple of r
 * (not on a zero between two elements), and reads element position / r (r is a literal: no division).
 */
function forEachTap(
  ctx: LowerCtx, start: readonly Expr[], inSpatial: readonly number[], g: WindowGeometry, mayOverhang: readonly boolean[],
  visit: (pos: Expr[], taps: Expr[], inside: Expr) => void, perTap = 1,
): void {
  const nd = inSpatial.length;
  const rolled = rolledAxes(g.kernel, perTap);
  const axis = (d: number, pos: Expr[], taps: Expr[], inside: Expr): void => {
    if (d === nd) { visit(pos, taps, inside); return; }
    const r = g.inputDilation?.[d] ?? 1;
    const k = g.kernel[d];
    // With dilation 1 over a spread input only every r-th tap meets an element: visit ceil(k / r) taps from
    // the first that does (known per window), the last of them past the kernel on some windows.
    const phased = r > 1 && g.dilation[d] === 1 && k > 1;
    const first = phased ? ctx.let(x.mod(x.add(x.mod(x.sub(x.i32(0), start[d]), x.i32(r)), x.i32(r)), x.i32(r)), `first${d}`) : x.i32(0);
    const trips = phased ? Math.ceil(k / r) : k;
    loopDim(ctx, trips, d < rolled ? ctx.sym(trips, `k${d}`) : x.i32(trips), (j) => {
      const t = phased ? ctx.let(x.add(first, x.mul(j, x.i32(r))), `t${d}`) : j;
      const p = ctx.let(x.add(start[d], x.mul(t, x.i32(g.dilation[d]))), `p${d}`);
      if (!mayOverhang[d] && r === 1) { axis(d + 1, [...pos, p], [...taps, t], inside); return; }
      const size = ctx.sym(dilatedSize(inSpatial[d], r), `in${d}`);
      const bounded = x.and(inside, x.and(x.ge(p, x.i32(0)), x.lt(p, size)));
      const ok = ctx.let(
        phased ? x.and(bounded, x.lt(t, x.i32(k))) : r > 1 ? x.and(bounded, x.eq(x.mod(p, x.i32(r)), x.i32(0))) : bounded, `in${d}`);
      const clamped = ctx.let(clampI32(p, x.i32(0), x.sub(size, x.i32(1))), `q${d}`);
      const tap = phased ? ctx.let(x.call('min', [t, x.i32(k - 1)]), `tap${d}`) : t;
      axis(d + 1, [...pos, r > 1 ? ctx.let(x.div(clamped, x.i32(r)), `e${d}`) : clamped], [...taps, tap], ok);
    }, phased ? `j${d}` : `t${d}`);
  };
  axis(0, [], [], x.bool(true));
}

/** Multiply-adds a window's straight-line code may hold per iteration of the loop around it: unrolling
 *  saves loop and index work, but a body of thousands (a weight gradient's window is a whole cotangent
 *  plane) outgrows the instruction cache and registers and runs several times slower per tap. */
const UNROLLED_TAPS_MAX = 128;

/** How many leading window axes keep a loop: the trailing axes whose taps, times `perTap` multiply-adds
 *  each, fit UNROLLED_TAPS_MAX are straight-line code (the kernel builder unrolls their short literal
 *  loops), the ones before them loop with a uniform trip count. */
function rolledAxes(kernel: readonly number[], perTap: number): number {
  let d = kernel.length, body = perTap;
  while (d > 0 && body * kernel[d - 1] <= UNROLLED_TAPS_MAX) body *= kernel[--d];
  return d;
}

/** conv: out[n, co, o] = sum over ci in co's group and taps k of x[n, g*CinG + ci, pos(o, k)] * w[co, ci, k].
 *  At a literal position on the last axis (a kernel computing rows, LowerCtx.group) the whole row is
 *  computed at once: see convRow. */
function emitConv(
  ctx: LowerCtx, idx: readonly Expr[], xt: TensorType, wt: TensorType, out: TensorType, g: WindowGeometry & { groups: number },
): Expr {
  const last = idx.length - 1;
  const at = idx[last];
  if (at.k === 'const' && idx.length > 2) {
    const base = withAxis(idx, last, x.i32(0));
    return ctx.group(`row ${JSON.stringify(base)}`, base, () => convRow(ctx, base, xt, wt, out.shape[last], g))(at.v);
  }
  const [n, co] = idx;
  const [, cinG] = wt.shape;
  const inSpatial = xt.shape.slice(2);
  const c0 = channelBase(ctx, co, wt, g.groups);
  const acc = ctx.mutable(x.f32(0), 'acc');
  // padding 0: the output size formula keeps every tap inside (a spread input is checked anyway)
  const overhang = g.padding.map((p) => p > 0);
  const start = windowStart(ctx, idx.slice(2), g);
  loopDim(ctx, cinG, ctx.sym(cinG, 'cing'), (ci) => {
    const c = x.add(c0, ci);
    forEachTap(ctx, start, inSpatial, g, overhang, (pos, taps, inside) => {
      acc.set(x.add(acc.ref, x.select(inside, x.mul(ctx.input(0, [n, c, ...pos]), ctx.input(1, [co, ci, ...taps])), x.f32(0))));
    });
  }, 'ci');
  return acc.ref;
}

/** The first input channel of output channel co's group. */
function channelBase(ctx: LowerCtx, co: Expr, wt: TensorType, groups: number): Expr {
  const [cout, cinG] = wt.shape;
  return groups === 1 ? x.i32(0) : ctx.let(x.mul(x.div(co, ctx.sym(cout / groups, 'coutg')), ctx.sym(cinG, 'cing')), 'cbase');
}

/** A conv's row of `width` outputs along the last axis at `base` (its last index 0): one accumulator per
 *  output, and per input channel and tap of the other axes, each input of the row segment they read
 *  loaded once and used for every tap and output that reads it (register blocking: about one load per
 *  kernel width of multiply-adds instead of two per multiply-add). The row's positions are literals, so
 *  taps that fall into the padding along it are dropped at compile time. Sums run in the reference's
 *  order (channel, then taps row-major). */
function convRow(ctx: LowerCtx, base: readonly Expr[], xt: TensorType, wt: TensorType, width: number, g: WindowGeometry & { groups: number }): Expr[] {
  const [n, co] = base;
  const [, cinG] = wt.shape;
  const nd = xt.shape.length - 2;
  const lead = {
    ...g, kernel: g.kernel.slice(0, -1), stride: g.stride.slice(0, -1), padding: g.padding.slice(0, -1), dilation: g.dilation.slice(0, -1),
    inputDilation: g.inputDilation?.slice(0, -1),
  };
  const r = g.inputDilation?.[nd - 1] ?? 1;
  const [k, s, p, dil, size] = [g.kernel[nd - 1], g.stride[nd - 1], g.padding[nd - 1], g.dilation[nd - 1], dilatedSize(xt.shape[xt.shape.length - 1], r)];
  const c0 = channelBase(ctx, co, wt, g.groups);
  // the row's (output, tap, input position) products; the others read zero padding, or a zero between two
  // elements of a spread input
  const products: [number, number, number][] = [];
  for (let o = 0; o < width; o++) {
    for (let t = 0; t < k; t++) {
      const q = o * s - p + t * dil;
      if (q >= 0 && q < size && q % r === 0) products.push([o, t, q]);
    }
  }
  const accs = Array.from({ length: width }, () => ctx.mutable(x.f32(0), 'acc'));
  const start = windowStart(ctx, base.slice(2, -1), lead);
  loopDim(ctx, cinG, ctx.sym(cinG, 'cing'), (ci) => {
    const c = x.add(c0, ci);
    forEachTap(ctx, start, xt.shape.slice(2, -1), lead, lead.padding.map((q) => q > 0), (pos, taps, inside) => {
      const row = new Map<number, Expr>();
      const input = (q: number) => row.get(q) ?? row.set(q, ctx.let(ctx.input(0, [n, c, ...pos, x.i32(q / r)]), 'x')).get(q)!;
      const weights = Array.from({ length: k }, (_, t) => ctx.let(ctx.input(1, [co, ci, ...taps, x.i32(t)]), 'w'));
      // output by output, so the row's inputs live in registers only while the window slides over them
      for (const [o, t, q] of products) accs[o].set(x.add(accs[o].ref, x.select(inside, x.mul(input(q), weights[t]), x.f32(0))));
    }, products.length);
  }, 'ci');
  return accs.map((a) => a.ref);
}

/** maxpool: the NaN-propagating max over the taps inside the input; -inf when there are none. */
function emitMaxPool(ctx: LowerCtx, idx: readonly Expr[], xt: TensorType, g: WindowGeometry, ceilMode: boolean): Expr {
  const [n, c] = idx;
  const best = ctx.mutable(x.f32(-Infinity), 'best');
  // without padding or ceil mode every tap is inside
  const overhang = g.padding.map((p) => p > 0 || ceilMode);
  forEachTap(ctx, windowStart(ctx, idx.slice(2), g), xt.shape.slice(2), g, overhang, (pos, _taps, inside) => {
    best.set(x.select(inside, x.call('fmax_nan', [best.ref, ctx.input(0, [n, c, ...pos])]), best.ref));
  });
  return best.ref;
}

/** avgpool: per axis the window [start, start + kernel) clipped to the padded input (the divisor with
 *  countIncludePad) and then to the input (the summed range and the other divisor). */
function emitAvgPool(ctx: LowerCtx, idx: readonly Expr[], xt: TensorType, g: WindowGeometry, countIncludePad: boolean): Expr {
  const [n, c] = idx;
  const inSpatial = xt.shape.slice(2);
  const lo: Expr[] = [], hi: Expr[] = [];
  let padded: Expr = x.i32(1), inside: Expr = x.i32(1);
  const starts = windowStart(ctx, idx.slice(2), g);
  inSpatial.forEach((size, d) => {
    const start = starts[d];
    const end = ctx.let(x.call('min', [x.add(start, ctx.sym(g.kernel[d], `k${d}`)), ctx.sym(size + g.padding[d], `padded${d}`)]), `end${d}`);
    lo.push(ctx.let(x.call('max', [start, x.i32(0)]), `lo${d}`));
    hi.push(ctx.let(x.call('min', [end, ctx.sym(size, `in${d}`)]), `hi${d}`));
    padded = x.mul(padded, x.sub(end, start));
    inside = x.mul(inside, x.sub(hi[d], lo[d]));
  });
  const sum = ctx.mutable(x.f32(0), 'sum');
  const axis = (d: number, pos: Expr[]): void => {
    if (d === inSpatial.length) { sum.set(x.add(sum.ref, ctx.input(0, [n, c, ...pos]))); return; }
    ctx.loop(hi[d], (p) => axis(d + 1, [...pos, p]), { start: lo[d], hint: `p${d}` });
  };
  axis(0, []);
  return x.div(sum.ref, x.cast('f32', countIncludePad ? padded : inside));
}

export const CONV = {
  conv: {
    kind: 'loop',
    reads: () => ['many', 'many'],
    readsPerOutput: ([, w]) => { const n = numel(w.shape.slice(1)); return [n, n]; },
    rowAxis: ([x]) => x.shape.length - 1,
    gemm: ([x, w], a, out) => convGemm(x, w, out, { ...convGeometry(x, w, a), groups: a.groups }),
    emit: (ctx, idx, a, [x, w], out) => emitConv(ctx, idx, x, w, out, { ...convGeometry(x, w, a), kernel: w.shape.slice(2), groups: a.groups }),
  },
  avgpool: {
    kind: 'loop',
    reads: () => ['many'],
    readsPerOutput: (_ins, a) => [numel(a.kernel)],
    emit: (ctx, idx, a, [x]) => emitAvgPool(ctx, idx, x, poolGeometry(x, a), a.countIncludePad),
  },
  maxpool: {
    kind: 'loop',
    reads: () => ['many'],
    readsPerOutput: (_ins, a) => [numel(a.kernel)],
    emit: (ctx, idx, a, [x]) => emitMaxPool(ctx, idx, x, poolGeometry(x, a), a.ceilMode),
  },
} satisfies LoweringTable;
