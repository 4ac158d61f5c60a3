// VJPs of the sampling ops (ir/ops/sampling.ts).
//
// bilinear: a sample inside the image (-1 < y < H and -1 < x < W) blends its four corners
// (yl, xl), (yl, xh), (yh, xl), (yh, xh) with yl = floor(y), yh = yl + 1 (and the same for x), weights
// (1-dy)(1-dx), (1-dy)dx, dy(1-dx), dy dx; a corner outside the image reads 0. So
// - the image's cotangent spreads cot x weight onto each corner: bilinear_splat, whose kernel gathers per
//   pixel (no scatter of the C x 4 corner products, no index tensor);
// - y's and x's are single-writer sums over channels of cot x the weight's derivative x the corner's value:
//   dv/dy = dx (v[yh,xh] - v[yl,xh]) + (1-dx) (v[yh,xl] - v[yl,xl]), which is the difference of two
//   samples on the whole rows yh and yl: bilinear(yl + 1, x) - bilinear(yl, x) (a sample on row -1 or
//   row H is outside, so 0, as that row's corners). These samples are computed inside the reduction over
//   channels, like the forward's, instead of gathering the corner values.
// A sample with y <= -1, y >= H, x <= -1, x >= W or a NaN coordinate gets and gives no gradient. On an
// integer coordinate the corners are still floor and floor + 1, so the derivative there is the one-sided
// difference towards the next pixel, as PyTorch's grid_sample backward (the oracle) and mmcv's deformable
// conv compute it; at y = -1 and y = H the sample is outside, so zero.
//
// bilinear_splat is linear in its values and is bilinear's transpose: its values' cotangent samples the
// output's cotangent (bilinear), and its coordinates' cotangents are bilinear's with the output's
// cotangent as the image and the values as the cotangent.
//
// bilinear_splat_bounded is the compiler's form of bilinear_splat (codegen/splat-bounds.ts makes it after
// differentiation): its gradient would need a bounded bilinear, which the graph lacks, so asking for one is
// an error that says to differentiate first; so is one through sample_table, which only it reads.
//
// interpolate: linear interpolation is separable: along each spatial axis it is a matrix M (out x in)
// applied to the lines, so its transpose is a matmul by M. M comes from the op itself (interpolating the
// rows of an identity gives M's columns), so the taps are defined once.
import type { DType } from '../../dtype.ts';
import type { VjpContext } from '../context.ts';
import { NotDifferentiableError } from '../../errors.ts';
import type { VjpRule } from '../rule.ts';

/** floor(v) for float v, from the truncating cast (values beyond i32 saturate; callers mask them). */
function floorOf(ctx: VjpContext, v: number): number {
  const t = ctx.castTo(ctx.castTo(v, 'i32'), ctx.dtype(v));
  return ctx.where(ctx.op('lt', [v, t]), ctx.sub(t, ctx.fill(1, ctx.dtype(v))), t);
}

const both = (ctx: VjpContext, a: number, b: number): number => ctx.where(a, b, ctx.fill(0, 'bool'));

/** lo < v < hi for plain numbers lo and hi (false for NaN). */
function within(ctx: VjpContext, v: number, lo: number, hi: number): number {
  const d = ctx.dtype(v);
  return both(ctx, ctx.op('gt', [v, ctx.fill(lo, d)]), ctx.op('lt', [v, ctx.fill(hi, d)]));
}

/** The cotangent of coordinate y (axis 'y') or x of samples of `image` (B, C, H, W) at y, x (B, *S), given
 *  the samples' cotangent `cot` (B, C, *S): the sum over channels of cot x dv/dcoordinate. */
function toCoordinate(ctx: VjpContext, image: number, y: number, x: number, cot: number, axis: 'y' | 'x'): number {
  const [, , H, W] = ctx.shape(image);
  const dtype = ctx.dtype(image);
  const coord = axis === 'y' ? y : x;
  const low = floorOf(ctx, coord);
  const high = ctx.add(low, ctx.fill(1, dtype));
  const at = (c: number) => ctx.op('bilinear', axis === 'y' ? [image, c, x] : [image, y, c]);
  const slope = ctx.sub(at(high), at(low));
  const inside = both(ctx, within(ctx, y, -1, H), within(ctx, x, -1, W));
  const g = ctx.op('sum', [ctx.mul(cot, slope)], { axes: [1], keepdims: false });
  return ctx.where(inside, g, ctx.fill(0, dtype));
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
    const [, , H, W] = ctx.shape(image);
    return [
      () => ctx.op('bilinear_splat', [cot, y, x], { size: [H, W] }),
      () => toCoordinate(ctx, image, y, x, cot, 'y'),
      () => toCoordinate(ctx, image, y, x, cot, 'x'),
    ];
  },
  bilinear_splat: (ctx, { inputs: [values, y, x], cot }) => [
    () => ctx.op('bilinear', [cot, y, x]),
    () => toCoordinate(ctx, cot, y, x, values, 'y'),
    () => toCoordinate(ctx, cot, y, x, values, 'x'),
  ],
  bilinear_splat_bounded: () => {
    throw new NotDifferentiableError('bilinear_splat_bounded is the form the compiler gives bilinear_splat; differentiate the graph before compiling it',
      { expected: 'bilinear_splat (whose gradient is bilinear and its coordinate gradients)', found: 'bilinear_splat_bounded' });
  },
  sample_table: () => {
    throw new NotDifferentiableError('sample_table is part of the form the compiler gives bilinear_splat; differentiate the graph before compiling it',
      { expected: 'bilinear_splat', found: 'sample_table' });
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
