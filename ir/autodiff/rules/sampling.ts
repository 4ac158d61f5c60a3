// VJPs of the sampling ops (ir/ops/sampling.ts).
//
// bilinear: a sample inside the image (-1 < y < H and -1 < x < W) blends its four corners
// (yl, xl), (yl, xh), (yh, xl), (yh, xh) with yl = floor(y), yh = yl + 1 (and the same for x), weights
// (1-dy)(1-dx), (1-dy)dx, dy(1-dx), dy dx; a corner outside the image reads 0. So
// - the image's cotangent is a scatter-add of cot x weight into each corner's pixel (y*W + x in the
//   flattened plane), a corner outside the image (or of a sample outside it) giving nothing;
// - y's and x's are single-writer sums over channels of cot x the weight's derivative x the corner's value:
//   dv/dy = dx (v[yh,xh] - v[yl,xh]) + (1-dx) (v[yh,xl] - v[yl,xl]), symmetrically for x.
// A sample with y <= -1, y >= H, x <= -1, x >= W or a NaN coordinate gets and gives no gradient. On an
// integer coordinate the corners are still floor and floor + 1, so the derivative there is the one-sided
// difference towards the next pixel, as PyTorch's grid_sample backward (the oracle) and mmcv's deformable
// conv compute it; at y = -1 and y = H the sample is outside, so zero.
//
// interpolate: linear interpolation is separable: along each spatial axis it is a matrix M (out x in)
// applied to the lines, so its transpose is a matmul by M. M comes from the op itself (interpolating the
// rows of an identity gives M's columns), so the taps are defined once.
import type { DType } from '../../dtype.ts';
import { numel } from '../../tensor.ts';
import type { VjpContext } from '../context.ts';
import type { VjpRule } from '../rule.ts';

/** floor(v) for float v, from the truncating cast (values beyond i32 saturate; callers mask them). */
function floorOf(ctx: VjpContext, v: number): number {
  const t = ctx.castTo(ctx.castTo(v, 'i32'), ctx.dtype(v));
  return ctx.where(ctx.op('lt', [v, t]), ctx.sub(t, ctx.fill(1, ctx.dtype(v))), t);
}

const both = (ctx: VjpContext, a: number, b: number): number => ctx.where(a, b, ctx.fill(0, 'bool'));

/** lo < v < hi (open) or lo <= v < hi, for plain numbers lo and hi. */
function within(ctx: VjpContext, v: number, lo: number, hi: number, open: boolean): number {
  const d = ctx.dtype(v);
  return both(ctx, ctx.op(open ? 'gt' : 'ge', [v, ctx.fill(lo, d)]), ctx.op('lt', [v, ctx.fill(hi, d)]));
}

/** The four corners of every sample, laid out as (B, 1, 2 for y, 2 for x, P). */
function corners(ctx: VjpContext, image: number, y: number, x: number) {
  const [B, , H, W] = ctx.shape(image);
  const P = numel(ctx.shape(y).slice(1));
  const dtype = ctx.dtype(image);
  // y along the corner axis of y (axis 2), x along that of x (axis 3)
  const yv = ctx.op('reshape', [y], { shape: [B, 1, 1, 1, P] });
  const xv = ctx.op('reshape', [x], { shape: [B, 1, 1, 1, P] });
  const inside = both(ctx, within(ctx, yv, -1, H, true), within(ctx, xv, -1, W, true));
  const one = ctx.fill(1, dtype);
  const yl = floorOf(ctx, yv), xl = floorOf(ctx, xv);
  const dy = ctx.sub(yv, yl), dx = ctx.sub(xv, xl);
  const cy = ctx.op('concat', [yl, ctx.add(yl, one)], { axis: 2 });
  const cx = ctx.op('concat', [xl, ctx.add(xl, one)], { axis: 3 });
  const wy = ctx.op('concat', [ctx.sub(one, dy), dy], { axis: 2 });
  const wx = ctx.op('concat', [ctx.sub(one, dx), dx], { axis: 3 });
  const valid = both(ctx, inside, both(ctx, within(ctx, cy, 0, H, false), within(ctx, cx, 0, W, false)));
  // in i32: an f16 pixel number would round past 2048
  const whole = (c: number) => ctx.castTo(ctx.where(valid, c, ctx.fill(0, dtype)), 'i32');
  const index = ctx.add(ctx.mul(whole(cy), ctx.fill(W, 'i32')), whole(cx));
  return { B, H, W, P, inside, valid, wy, wx, index: ctx.op('reshape', [index], { shape: [B, 1, 4 * P] }) };
}

type Corners = ReturnType<typeof corners>;

function toImage(ctx: VjpContext, image: number, cot: number, c: Corners): number {
  const C = ctx.shape(image)[1];
  // masked after the product, so that even an infinite cotangent of a sample outside gives nothing
  const weighted = ctx.mul(ctx.op('reshape', [cot], { shape: [c.B, C, 1, 1, c.P] }), ctx.mul(c.wy, c.wx));
  const g = ctx.where(c.valid, weighted, ctx.fill(0, ctx.dtype(image)));
  const src = ctx.op('reshape', [g], { shape: [c.B, C, 4 * c.P] });
  const planes = ctx.op('scatter_add', [src, c.index], { axis: 2, size: c.H * c.W });
  return ctx.op('reshape', [planes], { shape: [...ctx.shape(image)] });
}

/** The cotangent of y (axis 'y') or x: sum over channels and corners of cot x corner value x dweight. */
function toCoordinate(ctx: VjpContext, image: number, coord: number, cot: number, c: Corners, axis: 'y' | 'x'): number {
  const C = ctx.shape(image)[1];
  const dtype = ctx.dtype(image);
  const planes = ctx.op('reshape', [image], { shape: [c.B, C, c.H * c.W] });
  const read = ctx.op('reshape', [ctx.op('gather', [planes, c.index], { axis: 2 })], { shape: [c.B, C, 2, 2, c.P] });
  const values = ctx.where(c.valid, read, ctx.fill(0, dtype));
  const slope = ctx.table([-1, 1], dtype, axis === 'y' ? [1, 1, 2, 1, 1] : [1, 1, 1, 2, 1]);
  const dweight = ctx.mul(slope, axis === 'y' ? c.wx : c.wy);
  const terms = ctx.mul(ctx.mul(values, dweight), ctx.op('reshape', [cot], { shape: [c.B, C, 1, 1, c.P] }));
  const g = ctx.where(c.inside, ctx.op('sum', [terms], { axes: [1, 2, 3], keepdims: true }), ctx.fill(0, dtype));
  return ctx.op('reshape', [g], { shape: [...ctx.shape(coord)] });
}

/** Linear interpolation from `inSize` to `outSize` points as an (out, in) matrix. */
function tapMatrix(ctx: VjpContext, dtype: DType, inSize: number, outSize: number, alignCorners: boolean): number {
  const identity = Array.from({ length: inSize * inSize }, (_, i) => (Math.floor(i / inSize) === i % inSize ? 1 : 0));
  const eye = ctx.table(identity, dtype, [1, inSize, inSize]);
  const columns = ctx.op('interpolate', [eye], { size: [outSize], alignCorners });
  return ctx.transpose(ctx.op('reshape', [columns], { shape: [inSize, outSize] }));
}

export const SAMPLING_VJPS: Record<string, VjpRule> = {
  bilinear: (ctx, { inputs: [image, y, x], cot }) => {
    let shared: Corners | undefined;
    const c = () => (shared ??= corners(ctx, image, y, x));
    return [() => toImage(ctx, image, cot, c()), () => toCoordinate(ctx, image, y, cot, c(), 'y'), () => toCoordinate(ctx, image, x, cot, c(), 'x')];
  },
  interpolate: (ctx, { inputs: [x], attrs, cot }) => [() => {
    const { size, alignCorners } = attrs as { size: number[]; alignCorners: boolean };
    const shape = ctx.shape(x);
    const rank = shape.length;
    let g = cot;
    for (let axis = 2; axis < rank; axis++) {
      // bring the axis last, contract it with M, put it back
      const toLast = [...Array.from({ length: rank }, (_, i) => i).filter((i) => i !== axis), axis];
      const back = toLast.map((_, i) => toLast.indexOf(i));
      const m = tapMatrix(ctx, ctx.dtype(x), shape[axis], size[axis - 2], alignCorners);
      g = ctx.op('permute', [ctx.op('matmul', [ctx.op('permute', [g], { perm: toLast }), m])], { perm: back });
    }
    return g;
  }],
};
