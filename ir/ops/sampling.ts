// Sampling ops: bilinear reads of an image at fractional pixel coordinates (the deformable-conv
// convention SIFA's defcor/defagg use) and torch's linear/bilinear/trilinear resize.
import { defineOp } from '../registry.ts';
import { bool, ints } from '../attrs.ts';
import { storeAs } from '../dtype.ts';
import { ShapeError } from '../errors.ts';
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
    requireRank(y, 'y', (r) => r >= 1, 'rank >= 1 (B, *S)');
    if (y.shape[0] !== image.shape[0]) {
      throw new ShapeError(`y's batch axis must match image's`, { expected: String(image.shape[0]), found: `${y.shape[0]} in y ${formatShape(y.shape)}` });
    }
    if (formatShape(x.shape) !== formatShape(y.shape)) {
      throw new ShapeError(`x must have the same shape as y (no broadcasting)`, { expected: formatShape(y.shape), found: formatShape(x.shape) });
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
  infer: ([values, y, x], a) => {
    requireDType(values, 'float', 'values');
    sameDType([values, y, x], ['values', 'y', 'x']);
    requireLength(a.size, 2, 'size');
    requireRank(values, 'values', (r) => r >= 2, 'rank >= 2 (B, C, *S)');
    const sampled = [values.shape[0], ...values.shape.slice(2)];
    for (const [v, name] of [[y, 'y'], [x, 'x']] as const) {
      if (formatShape(v.shape) !== formatShape(sampled)) {
        throw new ShapeError(`${name} must have the shape (B, *S) of values ${formatShape(values.shape)} without its channel axis`, {
          expected: formatShape(sampled), found: formatShape(v.shape),
        });
      }
    }
    return { dtype: values.dtype, shape: [values.shape[0], values.shape[1], ...a.size] };
  },
  reference: ([values, ys, xs], a, out) => {
    const [B, C] = values.shape;
    const [H, W] = a.size;
    const P = numel(ys.shape) / Math.max(B, 1);
    const r = Tensor.zeros(out.dtype, out.shape);
    for (let b = 0; b < B; b++) {
      for (let p = 0; p < P; p++) {
        const taps = bilinearTaps(ys.data[b * P + p], xs.data[b * P + p], H, W);
        for (let c = 0; c < C; c++) {
          const plane = (b * C + c) * H * W;
          for (const [pixel, w] of taps) r.data[plane + pixel] += w * values.data[(b * C + c) * P + p];
        }
      }
    }
    for (let i = 0; i < r.data.length; i++) r.data[i] = storeAs(out.dtype, r.data[i]);
    return r;
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

