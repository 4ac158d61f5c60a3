// Lowerings of the sampling ops (ir/ops/sampling.ts): bilinear samples and linear resizes, each output
// element a blend of a few input elements read at computed positions.
import * as k from '../kexpr.ts';
import type { Expr } from '../kir.ts';
import type { LowerCtx, LoweringTable } from '../lowering.ts';
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

/** One pixel (b, c, h, w) of bilinear_splat: a loop over the samples in order, each adding its value times
 *  its weight at this pixel when one of its corners is the pixel. The value is read under that test, never
 *  multiplied by a 0 weight, so an inf value of a sample elsewhere gives no NaN here. */
function emitSplat(ctx: LowerCtx, idx: readonly Expr[], values: readonly number[], size: readonly number[]): Expr {
  const [b, c, h, w] = idx;
  const S = values.slice(2);
  const [H, W] = [ctx.sym(size[0], 'H'), ctx.sym(size[1], 'W')];
  const acc = ctx.mutable(k.f32(0), 'acc');
  ctx.loop(ctx.count(numel(S), 'samples'), (p) => {
    const s = unravelIndex(ctx, p, S, 'p');
    const y = ctx.let(ctx.input(1, [b, ...s]), 'y'), x = ctx.let(ctx.input(2, [b, ...s]), 'x');
    const ok = insideOf(ctx, y, x, H, W);
    // the weight along one axis of the corner at `at`: 1 - l at floor(v), l at floor(v) + 1, else none
    const axis = (v: Expr, at: Expr, name: string) => {
      const { lo, l } = floorOf(ctx, ok, v, name);
      const d = ctx.let(k.sub(at, k.cast('i32', lo)), `d${name}`);
      return { hit: k.or(k.eq(d, k.i32(0)), k.eq(d, k.i32(1))), weight: k.select(k.eq(d, k.i32(0)), k.sub(k.f32(1), l), l) };
    };
    const ay = axis(y, h, 'y'), ax = axis(x, w, 'x');
    // the value is computed (an expression fused in) only for the samples that land here
    ctx.when(k.and(ok, k.and(ay.hit, ax.hit)), () => acc.set(k.add(acc.ref, k.mul(k.mul(ay.weight, ax.weight), ctx.input(0, [b, c, ...s])))));
  }, { hint: 'p' });
  return acc.ref;
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
    // every output pixel visits the coordinates of every sample of its batch, but reads the value of
    // those that land on it only: each sample's value is read by its (at most 4) corners
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
  interpolate: {
    kind: 'inline',
    reads: () => ['many'],
    emit: (ctx, idx, a, [x]) => emitInterpolate(ctx, idx, x.shape, a.size, a.alignCorners),
  },
} satisfies LoweringTable;
