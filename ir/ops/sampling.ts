// Sampling ops: bilinear reads of an image at fractional pixel coordinates (the deformable-conv
// convention SIFA's defcor/defagg use) and torch's linear/bilinear/trilinear resize.
import { defineOp, type TensorType } from '../registry.ts';
import { bool, int, ints } from '../attrs.ts';
import { storeAs } from '../dtype.ts';
import { DTypeError, ShapeError } from '../errors.ts';
import { Tensor, formatShape, numel, stridesOf, unravel } from '../tensor.ts';
import { requireDType, requireLength, requireRank, sameDType } from './util.ts';

// ---- bilinear ----------------------------------------------------------------------------------

export const bilinear = defineOp({
  name: 'bilinear', arity: 3, inputs: ['image', 'y', 'x'], attrs: {},
  doc: 'Sample image (B, C, H, W) at fractional pixel coordinates y, x (both (B, *S), pixel i at coordinate i), ' +
    'giving (B, C, *S). A sample is 0 unless -1 < y < H and -1 < x < W (NaN coordinates give 0); inside, it is the ' +
    'bilinear blend of the four surrounding pixels, where a corner outside the image contributes 0 (DCN/mmcv convention).',
  infer: ([image, y, x]) => {
    requireDType(image, 'float', 'image');
    sameDType([image, y, x], ['image', 'y', 'x']);
    requireRank(image, 'image', (r) => r === 4, 'rank 4 (B, C, H, W)');
    requireCoordinates(y, x);
    if (y.shape[0] !== image.shape[0]) {
      throw new ShapeError(`y's batch axis must match image's`, { expected: String(image.shape[0]), found: `${y.shape[0]} in y ${formatShape(y.shape)}` });
    }
    return { dtype: image.dtype, shape: [image.shape[0], image.shape[1], ...y.shape.slice(1)] };
  },
  reference: ([image, ys, xs], _a, out) => {
    const [B, C, H, W] = image.shape;
    const P = numel(ys.shape) / Math.max(B, 1);
    const r = Tensor.zeros(out.dtype, out.shape);
    for (let b = 0; b < B; b++) {
      for (let p = 0; p < P; p++) {
        const taps = bilinearTaps(ys.data[b * P + p], xs.data[b * P + p], H, W);
        if (taps.length === 0) continue;
        for (let c = 0; c < C; c++) {
          const plane = (b * C + c) * H * W;
          let v = 0;
          for (const [pixel, w] of taps) v += w * image.data[plane + pixel];
          r.data[(b * C + c) * P + p] = storeAs(out.dtype, v);
        }
      }
    }
    return r;
  },
});

/** Sample coordinates y and x: (B, *S) both, x shaped exactly as y. */
function requireCoordinates(y: TensorType, x: TensorType): void {
  requireRank(y, 'y', (r) => r >= 1, 'rank >= 1 (B, *S)');
  if (formatShape(x.shape) !== formatShape(y.shape)) {
    throw new ShapeError(`x must have the same shape as y (no broadcasting)`, { expected: formatShape(y.shape), found: formatShape(x.shape) });
  }
}

/** The corners of the sample at (y, x) that lie in an H x W image, as (pixel y*W + x, weight), in the
 *  order (y0, x0), (y0, x1), (y1, x0), (y1, x1); none for a sample outside (or a NaN coordinate: the
 *  comparisons are false for NaN). */
function bilinearTaps(y: number, x: number, H: number, W: number): [number, number][] {
  if (!(y > -1 && y < H && x > -1 && x < W)) return [];
  const y0 = Math.floor(y), x0 = Math.floor(x);
  const ly = y - y0, lx = x - x0;
  const taps: [number, number, number][] = [
    [y0, x0, (1 - ly) * (1 - lx)], [y0, x0 + 1, (1 - ly) * lx],
    [y0 + 1, x0, ly * (1 - lx)], [y0 + 1, x0 + 1, ly * lx],
  ];
  return taps.filter(([ty, tx]) => ty >= 0 && ty < H && tx >= 0 && tx < W).map(([ty, tx, w]) => [ty * W + tx, w]);
}

// ---- bilinear_splat ----------------------------------------------------------------------------

export const bilinearSplat = defineOp({
  name: 'bilinear_splat', arity: 3, inputs: ['values', 'y', 'x'], attrs: { size: ints(1) },
  doc: 'The adjoint of bilinear with respect to its image: values (B, C, *S) sampled at y, x (both (B, *S)) are spread ' +
    'onto an image (B, C, H, W) of spatial `size` [H, W], each sample adding its value times the bilinear weight of each of ' +
    'its four corners that lies in the image (bilinear\'s rule: a sample outside -1 < y < H, -1 < x < W, or NaN, adds ' +
    'nothing). Each output pixel sums its samples in increasing sample order (deterministic).',
  infer: ([values, y, x], a) => splatType(values, y, x, a.size),
  reference: ([values, ys, xs], a, out) => splatReference(values, ys, xs, a.size, out),
});

/** bilinear_splat's output type (checking its inputs): values (B, C, *S), y and x (B, *S), size [H, W]. */
function splatType(values: TensorType, y: TensorType, x: TensorType, size: readonly number[]): TensorType {
  requireDType(values, 'float', 'values');
  sameDType([values, y, x], ['values', 'y', 'x']);
  requireLength(size, 2, 'size');
  requireRank(values, 'values', (r) => r >= 2, 'rank >= 2 (B, C, *S)');
  const sampled = [values.shape[0], ...values.shape.slice(2)];
  for (const [v, name] of [[y, 'y'], [x, 'x']] as const) {
    if (formatShape(v.shape) !== formatShape(sampled)) {
      throw new ShapeError(`${name} must have the shape (B, *S) of values ${formatShape(values.shape)} without its channel axis`, {
        expected: formatShape(sampled), found: formatShape(v.shape),
      });
    }
  }
  return { dtype: values.dtype, shape: [values.shape[0], values.shape[1], ...size] };
}

/** bilinear_splat's sums (in float64, rounded to the output's dtype once), where `admits(b, p, pixel)`, when
 *  given, says whether sample p of batch b may add to pixel (y*W + x) at all. */
function splatReference(values: Tensor, ys: Tensor, xs: Tensor, [H, W]: readonly number[], out: TensorType,
  admits?: (b: number, p: number, pixel: number) => boolean): Tensor {
  const [B, C] = values.shape;
  const P = numel(ys.shape) / Math.max(B, 1);
  const r = Tensor.zeros(out.dtype, out.shape);
  for (let b = 0; b < B; b++) {
    for (let p = 0; p < P; p++) {
      const taps = bilinearTaps(ys.data[b * P + p], xs.data[b * P + p], H, W).filter(([pixel]) => !admits || admits(b, p, pixel));
      for (let c = 0; c < C; c++) {
        const plane = (b * C + c) * H * W;
        for (const [pixel, w] of taps) r.data[plane + pixel] += w * values.data[(b * C + c) * P + p];
      }
    }
  }
  for (let i = 0; i < r.data.length; i++) r.data[i] = storeAs(out.dtype, r.data[i]);
  return r;
}

// ---- the bounded splat -------------------------------------------------------------------------
// A deterministic bilinear_splat has each output pixel scan every sample of its batch. The compiler
// (codegen/splat-bounds.ts) gives it the bounds of each block of consecutive samples instead, computed
// once per block, so that a pixel skips the blocks that cannot reach it: where samples near each other in
// order are near each other in the image (deformable taps around a grid), a pixel visits a few blocks.
// The coordinates and the bounds travel in one f32 table per batch, so the bounded splat binds one buffer
// for them where the plain splat binds two (a kernel may bind only so many).

/** A sample inside lands on rows floor(y) and floor(y) + 1 (floor(y) in [-1, H - 1]) and columns likewise.
 *  The bounds of a block without a sample inside: a minimum above and a maximum below every floor, which
 *  admit no pixel. */
const EMPTY_BOUNDS = (H: number, W: number): number[] => [H, -2, W, -2];

/** Length of a batch's row of a sample table: |S| y's, |S| x's, 4 bounds per block. */
const sampleTableLength = (samples: number, block: number): number => 2 * samples + 4 * Math.ceil(samples / block);

export const sampleTable = defineOp({
  name: 'sample_table', arity: 2, inputs: ['y', 'x'], attrs: { size: ints(1), block: int(1) },
  doc: 'Coordinates y, x (both (B, *S)) as one f32 row per batch (B, 2|S| + 4 ceil(|S| / block)): the |S| y\'s and the |S| x\'s ' +
    'in flat sample order, then per block of `block` consecutive samples the bounds [min floor(y), max floor(y), min floor(x), ' +
    'max floor(x)] of its samples inside an image of spatial `size` [H, W] (bilinear\'s rule); [H, -2, W, -2] for a block ' +
    'with no sample inside. What bilinear_splat_bounded reads.',
  infer: ([y, x], a) => {
    requireDType(y, 'float', 'y');
    sameDType([y, x], ['y', 'x']);
    requireLength(a.size, 2, 'size');
    requireCoordinates(y, x);
    return { dtype: 'f32', shape: [y.shape[0], sampleTableLength(numel(y.shape.slice(1)), a.block)] };
  },
  reference: ([ys, xs], a, out) => {
    const [H, W] = a.size;
    const [B, row] = out.shape;
    const P = numel(ys.shape.slice(1));
    const r = Tensor.zeros('f32', out.shape);
    for (let b = 0; b < B; b++) {
      const at = b * row;
      for (let p = 0; p < P; p++) {
        r.data[at + p] = ys.data[b * P + p];
        r.data[at + P + p] = xs.data[b * P + p];
      }
      for (let j = 0; j < Math.ceil(P / a.block); j++) {
        const bounds = EMPTY_BOUNDS(H, W);
        for (let p = j * a.block; p < Math.min(P, (j + 1) * a.block); p++) {
          const y = ys.data[b * P + p], x = xs.data[b * P + p];
          if (!(y > -1 && y < H && x > -1 && x < W)) continue;
          const fy = Math.floor(y), fx = Math.floor(x);
          bounds[0] = Math.min(bounds[0], fy); bounds[1] = Math.max(bounds[1], fy);
          bounds[2] = Math.min(bounds[2], fx); bounds[3] = Math.max(bounds[3], fx);
        }
        r.data.set(bounds, at + 2 * P + 4 * j);
      }
    }
    return r;
  },
});

export const bilinearSplatBounded = defineOp({
  name: 'bilinear_splat_bounded', arity: 2, inputs: ['values', 'table'], attrs: { size: ints(1), block: int(1) },
  doc: 'bilinear_splat of values (B, C, *S) at the coordinates of a sample table (B, 2|S| + 4 ceil(|S| / block)), as sample_table ' +
    'lays it out, in which the samples of block j add only to pixels (h, w) its bounds [y0, y1, x0, x1] admit: ' +
    'y0 <= h <= y1 + 1 and x0 <= w <= x1 + 1. With the bounds sample_table computes (or looser) it equals bilinear_splat, bit ' +
    'for bit in its kernels; the compiler makes it from bilinear_splat.',
  infer: ([values, table], a) => {
    requireDType(values, 'float', 'values');
    requireLength(a.size, 2, 'size');
    requireRank(values, 'values', (r) => r >= 2, 'rank >= 2 (B, C, *S)');
    if (table.dtype !== 'f32') throw new DTypeError('a sample table is f32 (what sample_table gives)', { expected: 'f32', found: table.dtype });
    const expected = [values.shape[0], sampleTableLength(numel(values.shape.slice(2)), a.block)];
    if (formatShape(table.shape) !== formatShape(expected)) {
      throw new ShapeError(`table must hold, per batch, the y and x of each of the ${numel(values.shape.slice(2))} samples of values ${formatShape(values.shape)} and 4 bounds per block of ${a.block}`, {
        expected: formatShape(expected), found: formatShape(table.shape),
      });
    }
    return { dtype: values.dtype, shape: [values.shape[0], values.shape[1], ...a.size] };
  },
  reference: ([values, table], a, out) => {
    const [B] = values.shape;
    const P = numel(values.shape.slice(2)), row = table.shape[1];
    const part = (from: number) => Tensor.from('f32', [B, P], Array.from({ length: B * P }, (_, i) => table.data[Math.floor(i / P) * row + from + (i % P)]));
    const W = a.size[1];
    return splatReference(values, part(0), part(P), a.size, out, (b, p, pixel) => {
      const at = b * row + 2 * P + 4 * Math.floor(p / a.block);
      const h = Math.floor(pixel / W), w = pixel % W;
      const [y0, y1, x0, x1] = [0, 1, 2, 3].map((i) => table.data[at + i]);
      return y0 <= h && h <= y1 + 1 && x0 <= w && w <= x1 + 1;
    });
  },
});

// ---- interpolate -------------------------------------------------------------------------------

/** Per output position along one axis: the two source positions and their weights (torch's rule). */
function linearTaps(inSize: number, outSize: number, alignCorners: boolean): { i0: number; i1: number; w0: number; w1: number }[] {
  return Array.from({ length: outSize }, (_, o) => {
    let src: number;
    if (alignCorners) {
      src = outSize > 1 ? ((inSize - 1) / (outSize - 1)) * o : 0;
    } else {
      // half-pixel centres; a position left of the first centre clamps to it (torch clamps only below)
      src = Math.max((inSize / outSize) * (o + 0.5) - 0.5, 0);
    }
    const i0 = Math.floor(src);
    const w1 = src - i0;
    return { i0, i1: i0 < inSize - 1 ? i0 + 1 : i0, w0: 1 - w1, w1 };
  });
}

export const interpolate = defineOp({
  name: 'interpolate', arity: 1, inputs: ['x'],
  attrs: { size: ints(1), alignCorners: bool().default(false) },
  doc: 'Resize x (N, C, *spatial), 1 to 3 spatial axes, to spatial shape `size` by linear, bilinear or trilinear ' +
    'interpolation, exactly as torch F.interpolate(size=..., mode=linear/bilinear/trilinear, align_corners=...). ' +
    'alignCorners=false: source = (in/out)(o + 0.5) - 0.5, clamped below at 0; true: source = o (in-1)/(out-1), 0 when out = 1. ' +
    'A source beyond the last pixel reads the last pixel.',
  infer: ([x], a) => {
    requireDType(x, 'float', 'x');
    requireRank(x, 'x', (r) => r >= 3 && r <= 5, 'rank 3, 4 or 5 (N, C, 1 to 3 spatial axes)');
    requireLength(a.size, x.shape.length - 2, 'size');
    const spatial = x.shape.slice(2);
    if (spatial.some((d) => d < 1)) {
      throw new ShapeError(`x has an empty spatial axis: there is nothing to interpolate from`, { expected: 'spatial sizes >= 1', found: formatShape(x.shape) });
    }
    return { dtype: x.dtype, shape: [x.shape[0], x.shape[1], ...a.size] };
  },
  reference: ([x], a, out) => {
    const inSpatial = x.shape.slice(2);
    const D = inSpatial.length;
    const taps = a.size.map((o, d) => linearTaps(inSpatial[d], o, a.alignCorners));
    const inStrides = stridesOf(inSpatial);
    const planeIn = numel(inSpatial), planeOut = numel(a.size);
    const r = Tensor.zeros(out.dtype, out.shape);
    const idx = new Array<number>(D);
    for (let nc = 0; nc < x.shape[0] * x.shape[1]; nc++) {
      for (let q = 0; q < planeOut; q++) {
        unravel(q, a.size, idx);
        let v = 0;
        // sum over the 2^D corners: bit d of `corner` picks i1 (weight w1) on axis d
        for (let corner = 0; corner < 1 << D; corner++) {
          let w = 1, off = 0;
          for (let d = 0; d < D; d++) {
            const t = taps[d][idx[d]];
            const hi = (corner >> d) & 1;
            w *= hi ? t.w1 : t.w0;
            off += (hi ? t.i1 : t.i0) * inStrides[d];
          }
          v += w * x.data[nc * planeIn + off];
        }
        r.data[nc * planeOut + q] = storeAs(out.dtype, v);
      }
    }
    return r;
  },
});

