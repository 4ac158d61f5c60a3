// Lowerings of the sampling ops (ir/ops/sampling.ts): bilinear samples and linear resizes, each output
// element a blend of a few input elements read at computed positions.
import * as k from '../kexpr.ts';
import type { Expr } from '../kir.ts';
import type { LowerCtx, LoweringTable, Mutable } from '../lowering.ts';
import { numel } from '../../ir/tensor.ts';
import { unravelIndex } from './index-exprs.ts';

/** Whether a sample at (y, x) lies inside an H x W image by bilinear's rule (-1 < y < H, -1 < x < W; false
 *  for NaN coordinates), bound to a local. */
const insideOf = (ctx: LowerCtx, y: Expr, x: Expr, H: Expr, W: Expr): Expr =>
  ctx.let(k.and(k.and(k.gt(y, k.f32(-1)), k.lt(y, k.cast('f32', H))), k.and(k.gt(x, k.f32(-1)), k.lt(x, k.cast('f32', W)))), 'inside');

/** One coordinate of a sample (replaced by 0 outside the image, so every index stays small): its floor and
 *  the fraction above it. */
function floorOf(ctx: LowerCtx, inside: Expr, c: Expr, name: string): { lo: Expr; l: Expr } {
  const safe = ctx.let(k.select(inside, c, k.f32(0)), `${name}s`);
  const lo = ctx.let(k.call('floor', [safe]), `${name}0f`);
  return { lo, l: ctx.let(k.sub(safe, lo), `l${name}`) };
}

/** One axis of a sample's corners: floor and floor + 1 of the coordinate, whether each lies in the image
 *  (of `size` pixels along the axis), and their weights 1 - l and l. */
function cornersOf(ctx: LowerCtx, inside: Expr, c: Expr, size: Expr, name: string): { at: Expr; ok: Expr; w: Expr }[] {
  const { lo, l } = floorOf(ctx, inside, c, name);
  const i0 = ctx.let(k.cast('i32', lo), `${name}0`);
  const i1 = ctx.let(k.add(i0, k.i32(1)), `${name}1`);
  return [{ at: i0, ok: k.ge(i0, k.i32(0)), w: ctx.let(k.sub(k.f32(1), l), `w${name}0`) }, { at: i1, ok: k.lt(i1, size), w: l }];
}

/** One bilinear sample. Every load is in bounds: coordinates outside the rule are replaced by 0 before
 *  use, corner indices are clamped, and a corner outside the image is dropped by a select (not a 0
 *  weight, which would turn an inf pixel into NaN). */
function emitBilinear(ctx: LowerCtx, idx: readonly Expr[], shape: readonly number[]): Expr {
  const [H, W] = [ctx.sym(shape[2], 'H'), ctx.sym(shape[3], 'W')];
  const at = [idx[0], ...idx.slice(2)];
  const y = ctx.let(ctx.input(1, at), 'y'), x = ctx.let(ctx.input(2, at), 'x');
  const inside = insideOf(ctx, y, x, H, W);
  const clamped = (c: { at: Expr }, d: number, size: Expr) => (d === 0 ? k.call('max', [c.at, k.i32(0)]) : k.call('min', [c.at, k.sub(size, k.i32(1))]));
  const ys = cornersOf(ctx, inside, y, H, 'y'), xs = cornersOf(ctx, inside, x, W, 'x');
  let v: Expr = k.f32(0);
  ys.forEach((cy, dy) => xs.forEach((cx, dx) => {
    const pixel = ctx.input(0, [idx[0], idx[1], clamped(cy, dy, H), clamped(cx, dx, W)]);
    v = k.add(v, k.select(k.and(cy.ok, cx.ok), k.mul(k.mul(cy.w, cx.w), pixel), k.f32(0)));
  }));
  return k.select(inside, v, k.f32(0));
}

/** A sample's coordinates and value: y and x loaded, the value read only where asked. */
interface Sample { readonly y: Expr; readonly x: Expr; value(): Expr }

/** Adds a sample's share of pixel (h, w) to `acc` when one of the sample's corners is the pixel. The value
 *  is read under that test, never multiplied by a 0 weight, so an inf value of a sample elsewhere gives
 *  no NaN here. */
function addSample(ctx: LowerCtx, acc: Mutable, h: Expr, w: Expr, sample: Sample, H: Expr, W: Expr): void {
  const y = ctx.let(sample.y, 'y'), x = ctx.let(sample.x, 'x');
  const ok = insideOf(ctx, y, x, H, W);
  // the weight along one axis of the corner at `at`: 1 - l at floor(v), l at floor(v) + 1, else none (the
  // distance in f32, exact for pixel indices, needs no float-to-int conversion)
  const axis = (v: Expr, at: Expr, name: string) => {
    const { lo, l } = floorOf(ctx, ok, v, name);
    const d = ctx.let(k.sub(k.cast('f32', at), lo), `d${name}`);
    return { hit: k.or(k.eq(d, k.f32(0)), k.eq(d, k.f32(1))), weight: k.select(k.eq(d, k.f32(0)), k.sub(k.f32(1), l), l) };
  };
  const ay = axis(y, h, 'y'), ax = axis(x, w, 'x');
  // the value is computed (an expression fused in) only for the samples that land here
  ctx.when(k.and(ok, k.and(ay.hit, ax.hit)), () => acc.set(k.add(acc.ref, k.mul(k.mul(ay.weight, ax.weight), sample.value()))));
}

/** One pixel (b, c, h, w) of bilinear_splat: a loop over the samples in order, each adding its share. */
function emitSplat(ctx: LowerCtx, idx: readonly Expr[], values: readonly number[], size: readonly number[]): Expr {
  const [b, c, h, w] = idx;
  const S = values.slice(2);
  const [H, W] = [ctx.sym(size[0], 'H'), ctx.sym(size[1], 'W')];
  const acc = ctx.mutable(k.f32(0), 'acc');
  ctx.loop(ctx.count(numel(S), 'samples'), (p) => {
    const s = unravelIndex(ctx, p, S, 'p');
    addSample(ctx, acc, h, w, { y: ctx.input(1, [b, ...s]), x: ctx.input(2, [b, ...s]), value: () => ctx.input(0, [b, c, ...s]) }, H, W);
  }, { hint: 'p' });
  return acc.ref;
}

/** visit(p) for each sample p of block j (of `block` samples; the last block of n may be short). */
function forBlockSamples(ctx: LowerCtx, j: Expr, block: number, n: number, visit: (p: Expr) => void): void {
  const first = ctx.let(k.mul(j, ctx.sym(block, 'block')), 'first');
  ctx.loop(ctx.count(block, 'block'), (s) => {
    const p = ctx.let(k.add(first, s), 'p');
    if (n % block === 0) visit(p);
    else ctx.when(k.lt(p, ctx.sym(n, 'samples')), () => visit(p));
  }, { hint: 's' });
}

/** One pixel of bilinear_splat_bounded: the blocks in order, and the samples of each block whose bounds
 *  admit the pixel in order, so the sum adds the same terms in the same order as emitSplat's. A value the
 *  kernel loads is read at its flat offset; only one computed in the kernel needs the sample's multi-index. */
function emitBoundedSplat(ctx: LowerCtx, idx: readonly Expr[], values: readonly number[], size: readonly number[], block: number): Expr {
  const [b, c, h, w] = idx;
  const n = numel(values.slice(2));
  const [H, W] = [ctx.sym(size[0], 'H'), ctx.sym(size[1], 'W')];
  const samples = ctx.sym(n, 'samples');
  const table = (at: Expr) => ctx.input(1, [b, at]);
  const valueAt = (p: Expr) => ctx.inputFlat(0, k.add(k.mul(k.add(k.mul(b, ctx.sym(values[1], 'C')), c), samples), p),
    () => [b, c, ...unravelIndex(ctx, p, values.slice(2), 'p')]);
  const acc = ctx.mutable(k.f32(0), 'acc');
  ctx.loop(ctx.count(Math.ceil(n / block), 'blocks'), (j) => {
    const at = ctx.let(k.add(k.mul(samples, k.i32(2)), k.mul(j, k.i32(4))), 'at');
    const [y0, y1, x0, x1] = ['y0', 'y1', 'x0', 'x1'].map((name, q) => ctx.let(table(k.add(at, k.i32(q))), name));
    const [hf, wf] = [ctx.let(k.cast('f32', h), 'hf'), ctx.let(k.cast('f32', w), 'wf')];
    const rows = k.and(k.le(y0, hf), k.le(hf, k.add(y1, k.f32(1)))), columns = k.and(k.le(x0, wf), k.le(wf, k.add(x1, k.f32(1))));
    ctx.when(k.and(rows, columns), () => forBlockSamples(ctx, j, block, n,
      (p) => addSample(ctx, acc, h, w, { y: table(p), x: table(k.add(samples, p)), value: () => valueAt(p) }, H, W)));
  }, { hint: 'j' });
  return acc.ref;
}

/** Samples a pixel of an H x W bounded splat visits, about, where samples near in order are near in the
 *  image: the blocks that reach its two rows, about 2W + block samples per image-sized run of samples (a
 *  block covers block / W rows), at least one block and at most all samples. */
export function boundedSplatVisits(samples: number, [H, W]: readonly number[], block: number): number {
  return Math.min(samples, Math.max(block, (samples / (H * W)) * (2 * W + block)));
}

/** One element (b, i) of sample_table: y (i < n), x (i < 2n), or bound i - 2n (emitBound). */
function emitTable(ctx: LowerCtx, idx: readonly Expr[], coords: readonly number[], size: readonly number[], block: number): Expr {
  const [b, i] = idx;
  const S = coords.slice(1);
  const [H, W] = [ctx.sym(size[0], 'H'), ctx.sym(size[1], 'W')];
  const samples = ctx.sym(numel(S), 'samples');
  const at = (p: Expr) => [b, ...unravelIndex(ctx, p, S, 'p')];
  const v = ctx.mutable(k.f32(0), 'v');
  ctx.when(k.lt(i, samples), () => v.set(ctx.input(0, at(i))), () => ctx.when(k.lt(i, k.mul(samples, k.i32(2))),
    () => v.set(ctx.input(1, at(k.sub(i, samples)))),
    () => emitBound(ctx, v, ctx.let(k.sub(i, k.mul(samples, k.i32(2))), 'r'), at, numel(S), [H, W], block)));
  return v.ref;
}

/** Bound q = r % 4 of block r / 4 into `v`: the minimum (q even) or maximum (q odd) of the floors of y
 *  (q < 2) or x of the block's inside samples, from the bound no floor passes. */
function emitBound(ctx: LowerCtx, v: Mutable, r: Expr, at: (p: Expr) => Expr[], n: number, [H, W]: readonly Expr[], block: number): void {
  const j = ctx.let(k.div(r, k.i32(4)), 'j'), q = ctx.let(k.mod(r, k.i32(4)), 'q');
  const ofY = ctx.let(k.lt(q, k.i32(2)), 'ofY'), isMin = ctx.let(k.eq(k.mod(q, k.i32(2)), k.i32(0)), 'isMin');
  v.set(k.select(isMin, k.cast('f32', k.select(ofY, H, W)), k.f32(-2)));
  forBlockSamples(ctx, j, block, n, (p) => {
    const y = ctx.let(ctx.input(0, at(p)), 'y'), x = ctx.let(ctx.input(1, at(p)), 'x');
    ctx.when(insideOf(ctx, y, x, H, W), () => {
      const f = ctx.let(k.call('floor', [k.select(ofY, y, x)]), 'f');
      v.set(k.select(isMin, k.call('min', [v.ref, f]), k.call('max', [v.ref, f])));
    });
  });
}

/** One output element of interpolate: the 2^D corners, summed in the reference's order. The source
 *  position is one f32 division of exact integers: align_corners o (in-1) / (out-1) (0 when out = 1,
 *  where o = 0), otherwise (in (2o+1) - out) / (2 out) = (in/out)(o + 0.5) - 0.5, clamped below at 0. */
function emitInterpolate(ctx: LowerCtx, idx: readonly Expr[], shape: readonly number[], size: readonly number[], alignCorners: boolean): Expr {
  const taps = size.map((outSize, d) => {
    const inSize = shape[d + 2];
    const o = idx[d + 2];
    const inS = ctx.sym(inSize, `in${d}`);
    let src: Expr;
    if (alignCorners) {
      const num = k.mul(o, k.sub(inS, k.i32(1)));
      src = k.div(k.cast('f32', num), k.cast('f32', ctx.sym(Math.max(outSize - 1, 1), `den${d}`)));
    } else {
      const outS = ctx.sym(outSize, `out${d}`);
      const num = k.sub(k.mul(inS, k.add(k.mul(o, k.i32(2)), k.i32(1))), outS);
      src = k.call('max', [k.div(k.cast('f32', num), k.cast('f32', k.mul(outS, k.i32(2)))), k.f32(0)]);
    }
    const s = ctx.let(src, `src${d}`);
    const lo = ctx.let(k.call('floor', [s]), `lo${d}`);
    const w1 = ctx.let(k.sub(s, lo), `w${d}_1`);
    const i0 = ctx.let(k.cast('i32', lo), `i${d}_0`);
    const i1 = ctx.let(k.select(k.lt(i0, k.sub(inS, k.i32(1))), k.add(i0, k.i32(1)), i0), `i${d}_1`);
    return { i0, i1, w0: ctx.let(k.sub(k.f32(1), w1), `w${d}_0`), w1 };
  });
  let v: Expr = k.f32(0);
  for (let corner = 0; corner < 1 << taps.length; corner++) {
    let w: Expr = k.f32(1);
    const at = [idx[0], idx[1]];
    taps.forEach((t, d) => {
      const hi = (corner >> d) & 1;
      w = d === 0 ? (hi ? t.w1 : t.w0) : k.mul(w, hi ? t.w1 : t.w0);
      at.push(hi ? t.i1 : t.i0);
    });
    v = ctx.let(k.add(v, k.mul(w, ctx.input(0, at))), 'acc');
  }
  return v;
}

export const SAMPLING = {
  bilinear: {
    kind: 'inline',
    // four image reads per sample; the coordinates are read once per output element only when C = 1
    // (otherwise every channel re-reads them)
    reads: ([image]) => ['many', ...(image.shape[1] === 1 ? ['once', 'once'] as const : ['many', 'many'] as const)],
    emit: (ctx, idx, _a, [image]) => emitBilinear(ctx, idx, image.shape),
  },
  bilinear_splat: {
    kind: 'loop',
    reads: () => ['many', 'many', 'many'],
    // every output pixel visits the coordinates of every sample of its batch and reads the value of those
    // that land on it only: each sample's value is read by its (at most 4) corners
    readsPerOutput: ([values], a) => {
      const n = numel(values.shape.slice(2)), pixels = a.size[0] * a.size[1];
      return [(n * Math.min(4, pixels)) / Math.max(pixels, 1), n, n];
    },
    emit: (ctx, idx, a, [values]) => emitSplat(ctx, idx, values.shape, a.size),
    // the atomic strategy: each sample adds its value times each corner's weight into the corners that lie
    // in the image (bilinear's rule), one visit per sample instead of every pixel scanning every sample
    scatter: (ctx, idx, a, _inputs, add) => {
      const [b, c, ...s] = idx;
      const [H, W] = [ctx.sym(a.size[0], 'H'), ctx.sym(a.size[1], 'W')];
      const y = ctx.let(ctx.input(1, [b, ...s]), 'y'), x = ctx.let(ctx.input(2, [b, ...s]), 'x');
      const inside = insideOf(ctx, y, x, H, W);
      ctx.when(inside, () => {
        const ys = cornersOf(ctx, inside, y, H, 'y'), xs = cornersOf(ctx, inside, x, W, 'x');
        const value = ctx.let(ctx.input(0, idx), 'v');
        for (const cy of ys) {
          for (const cx of xs) ctx.when(k.and(cy.ok, cx.ok), () => add([b, c, cy.at, cx.at], k.mul(k.mul(cy.w, cx.w), value)));
        }
      });
    },
  },
  bilinear_splat_bounded: {
    kind: 'loop',
    reads: () => ['many', 'many'],
    // a pixel reads every block's bounds and the coordinates of the samples it visits; the values as
    // bilinear_splat reads them
    readsPerOutput: ([values], a) => {
      const n = numel(values.shape.slice(2)), pixels = a.size[0] * a.size[1];
      return [(n * Math.min(4, pixels)) / pixels, 4 * Math.ceil(n / a.block) + 2 * boundedSplatVisits(n, a.size, a.block)];
    },
    emit: (ctx, idx, a, [values]) => emitBoundedSplat(ctx, idx, values.shape, a.size, a.block),
  },
  sample_table: {
    kind: 'loop',
    reads: () => ['many', 'many'],
    readsPerOutput: (_i, a) => [a.block, a.block],
    emit: (ctx, idx, a, [y]) => emitTable(ctx, idx, y.shape, a.size, a.block),
  },
  interpolate: {
    kind: 'inline',
    reads: () => ['many'],
    emit: (ctx, idx, a, [x]) => emitInterpolate(ctx, idx, x.shape, a.size, a.alignCorners),
  },
} satisfies LoweringTable;
