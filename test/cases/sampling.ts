import { OPS } from '../../ir/ops/index.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import type { InputSpec, OpCase } from '../helpers/cases.ts';

/** n coordinates spread over [lo, hi) (golden-ratio sequence), rounded to f32 so that the reference
 *  and the oracle see the same value: the in-image rule is discontinuous at -1 and at H. */
function spread(n: number, lo: number, hi: number, phase = 0): number[] {
  return Array.from({ length: n }, (_, i) => Math.fround(lo + (hi - lo) * ((phase + i * 0.6180339887) % 1)));
}

const coords = (shape: number[], values: number[]): InputSpec => ({ shape, values: values.map(Math.fround) });

/** y, x of a sample grid of shape [B, Hs, Ws] at (i + dy, j + dx), the deformable-conv layout. */
function offsetGrid(B: number, Hs: number, Ws: number, dy: number[], dx: number[]): [InputSpec, InputSpec] {
  const n = B * Hs * Ws;
  const y = Array.from({ length: n }, (_, f) => Math.floor(f / Ws) % Hs + dy[f]);
  const x = Array.from({ length: n }, (_, f) => f % Ws + dx[f]);
  return [coords([B, Hs, Ws], y), coords([B, Hs, Ws], x)];
}

/** Sample every (i - 1, j - 1) for i in 0..H+1, j in 0..W+1: integer taps including -1, H and W. */
function integerBorderGrid(B: number, H: number, W: number): [InputSpec, InputSpec] {
  const z = new Array<number>(B * (H + 2) * (W + 2)).fill(-1);
  return offsetGrid(B, H + 2, W + 2, z, z);
}

const H = 4, W = 5;
// edges of the in-image rule on a 4 x 5 image, each paired with an ordinary coordinate on the other axis
const edgeY = [-1, -1 + 2 ** -20, -0.5, 0, H - 1, H - 1 + 0.25, H - 2 ** -20, H, -1.5, H + 0.5, 1.5, 2.25];
const edgeX = [-1, -1 + 2 ** -20, -0.5, 0, W - 1, W - 1 + 0.75, W - 2 ** -20, W, -3, W + 2, 0.5, 3.5];

const bilinearCases: OpCase[] = [
  {
    op: 'bilinear', title: 'random coordinates in and around the image, S = [5,7]',
    inputs: [{ shape: [2, 3, 6, 5] }, coords([2, 5, 7], spread(70, -2, 7)), coords([2, 5, 7], spread(70, -2, 6, 0.3))],
  },
  {
    op: 'bilinear', title: 'deformable offsets on an image-sized grid (cross-checked with deform_conv2d)',
    inputs: [{ shape: [2, 3, 5, 6] }, ...offsetGrid(2, 5, 6, spread(60, -1.8, 1.8), spread(60, -1.8, 1.8, 0.5))],
  },
  {
    op: 'bilinear', title: 'zero offsets on an image-sized grid reproduce the image',
    inputs: [{ shape: [1, 2, 4, 3] }, ...offsetGrid(1, 4, 3, new Array(12).fill(0), new Array(12).fill(0))],
  },
  {
    op: 'bilinear', title: 'integer coordinates from -1 to H and W (3x3 taps at zero offset)',
    inputs: [{ shape: [2, 2, 3, 4] }, ...integerBorderGrid(2, 3, 4)],
  },
  {
    op: 'bilinear', title: 'y at -1, just above -1, H-1, between H-1 and H, H; x random',
    inputs: [{ shape: [1, 3, H, W] }, coords([1, 12], edgeY), coords([1, 12], spread(12, 0, W - 1))],
  },
  {
    op: 'bilinear', title: 'x at -1, just above -1, W-1, between W-1 and W, W; y random',
    inputs: [{ shape: [1, 3, H, W] }, coords([1, 12], spread(12, 0, H - 1)), coords([1, 12], edgeX)],
  },
  {
    op: 'bilinear', title: 'both coordinates on the edges at once',
    inputs: [{ shape: [1, 2, H, W] }, coords([1, 12], edgeY), coords([1, 12], edgeX)],
  },
  {
    op: 'bilinear', title: 'all samples outside the image give 0',
    inputs: [{ shape: [1, 2, 3, 3] }, coords([1, 6], [-1, -2, 3, 4, 0.5, 1]), coords([1, 6], [0.5, 1, 1, 2, -1.25, 3])],
  },
  {
    op: 'bilinear', title: 'NaN coordinates give 0',
    inputs: [{ shape: [1, 1, 3, 3] }, coords([1, 3], [NaN, 1, NaN]), coords([1, 3], [1, NaN, 0.5])],
  },
  { op: 'bilinear', title: 'S of rank 0', inputs: [{ shape: [3, 2, 4, 4] }, coords([3], [0.5, -0.5, 3.25]), coords([3], [1.75, 2, -0.25])] },
  { op: 'bilinear', title: 'S of rank 1', inputs: [{ shape: [2, 4, 5, 3] }, coords([2, 9], spread(18, -1.5, 5.5)), coords([2, 9], spread(18, -1.5, 3.5, 0.7))] },
  {
    op: 'bilinear', title: 'S of rank 3',
    inputs: [{ shape: [1, 2, 5, 5] }, coords([1, 2, 3, 4], spread(24, -1.5, 5.5, 0.1)), coords([1, 2, 3, 4], spread(24, -1.5, 5.5, 0.9))],
  },
  {
    op: 'bilinear', title: 'H = 1',
    inputs: [{ shape: [1, 2, 1, 4] }, coords([1, 8], [-1, -0.5, 0, 0.25, 0.999, 1, 1.5, -0.75]), coords([1, 8], [0.5, 1, 2.5, 3.5, 0, 1, 2, 3])],
  },
  {
    op: 'bilinear', title: 'W = 1',
    inputs: [{ shape: [1, 2, 4, 1] }, coords([1, 8], [0.5, 1, 2.5, 3.5, 0, 1, 2, 3]), coords([1, 8], [-1, -0.5, 0, 0.25, 0.999, 1, 1.5, -0.75])],
  },
  {
    op: 'bilinear', title: 'H = W = 1',
    inputs: [{ shape: [2, 3, 1, 1] }, coords([2, 4], [0, -0.5, 0.5, -1, 0.25, 0, 0.75, 1]), coords([2, 4], [0, 0.5, -0.5, 0, 0.25, 1, -0.9, 0])],
  },
  {
    op: 'bilinear', title: 'f16 (compared at f16 precision)', tol: 1e-3,
    inputs: [{ shape: [1, 2, 4, 4], dtype: 'f16' }, { shape: [1, 6], dtype: 'f16', values: [-0.5, 0, 1.25, 2.5, 3, 3.5] },
      { shape: [1, 6], dtype: 'f16', values: [3.75, -0.25, 0.5, 1, 2.125, 0] }],
  },
];

const splat = (title: string, values: InputSpec, y: InputSpec, x: InputSpec, size: number[], extra: Partial<OpCase> = {}): OpCase =>
  ({ op: 'bilinear_splat', title, inputs: [values, y, x], attrs: { size }, ...extra });

const splatCases: OpCase[] = [
  splat('random coordinates in and around the image, S = [5,7]', { shape: [2, 3, 5, 7] }, coords([2, 5, 7], spread(70, -1.5, 5.5)), coords([2, 5, 7], spread(70, -1.5, 6.5, 0.3)), [H, W]),
  splat('deformable offsets on an image-sized grid', { shape: [1, 2, H, W] }, ...offsetGrid(1, H, W, spread(H * W, -1.2, 1.2, 0.2), spread(H * W, -1.2, 1.2, 0.6)), [H, W]),
  splat('integer coordinates from -1 to H and W', { shape: [2, 2, H + 2, W + 2] }, ...integerBorderGrid(2, H, W), [H, W]),
  splat('coordinates on the edges of the in-image rule', { shape: [1, 3, 12] }, coords([1, 12], edgeY), coords([1, 12], edgeX), [H, W]),
  splat('NaN coordinates and infinite values of samples outside add nothing', { shape: [1, 2, 4], values: [1, Infinity, 2, -Infinity, 3, 5, 7, 11] },
    coords([1, 4], [NaN, -1, 0.5, 1.25]), coords([1, 4], [1, 0.5, NaN, 2.75]), [3, 4]),
  splat('S of rank 0', { shape: [3, 2] }, coords([3], [0.5, -0.5, 3.25]), coords([3], [1.75, 2, -0.25]), [4, 4]),
  splat('H = W = 1', { shape: [2, 3, 4] }, coords([2, 4], [0, -0.5, 0.5, -1, 0.25, 0, 0.75, 1]), coords([2, 4], [0, 0.5, -0.5, 0, 0.25, 1, -0.9, 0]), [1, 1]),
  splat('f16 (compared at f16 precision)', { shape: [1, 2, 6], dtype: 'f16' }, { shape: [1, 6], dtype: 'f16', values: [-0.5, 0, 1.25, 2.5, 3, 3.5] },
    { shape: [1, 6], dtype: 'f16', values: [3.75, -0.25, 0.5, 1, 2.125, 0] }, [4, 4], { tol: 1e-3 }),
];

// sample_table and the bounded splat the compiler makes of bilinear_splat (codegen/splat-bounds.ts)
const table = (title: string, y: InputSpec, x: InputSpec, size: number[], block: number, extra: Partial<OpCase> = {}): OpCase =>
  ({ op: 'sample_table', title, inputs: [y, x], attrs: { size, block }, ...extra });

/** The table sample_table computes (its reference), as an input; `bounds` replace its bounds. */
function tableOf(y: InputSpec, x: InputSpec, size: number[], block: number, bounds?: number[]): InputSpec {
  const t = (c: InputSpec) => Tensor.from(c.dtype ?? 'f32', c.shape, c.values!);
  const n = numel(y.shape.slice(1));
  const shape = [y.shape[0], 2 * n + 4 * Math.ceil(n / block)];
  const values = [...OPS.sample_table.reference([t(y), t(x)], { size, block }, { dtype: 'f32', shape }).data];
  if (bounds) {
    const per = bounds.length / shape[0];
    bounds.forEach((v, i) => { values[Math.floor(i / per) * shape[1] + 2 * n + (i % per)] = v; });
  }
  return { shape, values };
}

const boundedSplat = (title: string, values: InputSpec, y: InputSpec, x: InputSpec, size: number[], block: number, bounds?: number[], extra: Partial<OpCase> = {}): OpCase =>
  ({ op: 'bilinear_splat_bounded', title, attrs: { size, block }, inputs: [values, tableOf(y, x, size, block, bounds)], ...extra });

const around = [coords([2, 5, 7], spread(70, -1.5, 5.5)), coords([2, 5, 7], spread(70, -1.5, 6.5, 0.3))] as const;
const deformed = offsetGrid(1, H, W, spread(H * W, -1.2, 1.2, 0.2), spread(H * W, -1.2, 1.2, 0.6));
// samples outside (NaN, y = -1, y = H) fill the first two blocks of 2; the third has two inside
const sparse = [coords([1, 6], [NaN, -1, 0.5, 4, 1.25, 2]), coords([1, 6], [1, 0.5, NaN, 2, 2.75, 3.5])] as const;
const f16Coords: [InputSpec, InputSpec] = [
  { shape: [1, 6], dtype: 'f16', values: [-0.5, 0, 1.25, 2.5, 3, 3.5] }, { shape: [1, 6], dtype: 'f16', values: [3.75, -0.25, 0.5, 1, 2.125, 0] },
];

const tableCases: OpCase[] = [
  table('blocks of 3 over S = [5,7] (the last one short), coordinates in and around the image', ...around, [H, W], 3),
  table('deformable offsets on an image-sized grid, blocks of 4 (S divides)', ...deformed, [H, W], 4),
  table('blocks without a sample inside get bounds that admit no pixel', ...sparse, [4, 4], 2),
  table('coordinates on the edges of the in-image rule, blocks of 5', coords([1, 12], edgeY), coords([1, 12], edgeX), [H, W], 5),
  table('one block longer than the samples', ...around, [H, W], 50),
  table('S of rank 0, blocks of 1', coords([3], [0.5, -0.5, 3.25]), coords([3], [1.75, 2, -0.25]), [4, 4], 1),
  table('f16 coordinates', ...f16Coords, [4, 4], 4),
];

const boundedSplatCases: OpCase[] = [
  boundedSplat('bounds of blocks of 3 from sample_table: bilinear_splat', { shape: [2, 3, 5, 7] }, ...around, [H, W], 3),
  boundedSplat('deformable offsets, bounds of blocks of 4 from sample_table: bilinear_splat', { shape: [1, 2, H, W] }, ...deformed, [H, W], 4),
  boundedSplat('empty blocks and samples outside', { shape: [1, 2, 6] }, ...sparse, [4, 4], 2),
  // bounds tighter than the samples drop what they do not admit: block 0 rows 1..2 only, block 1 columns 0..1 only
  boundedSplat('bounds tighter than the samples drop samples', { shape: [1, 2, H, W] }, ...deformed, [H, W], 10, [1, 1, -1, W, -1, H, 0, 0]),
  boundedSplat('bounds admitting no pixel give zeros', { shape: [2, 3, 5, 7] }, ...around, [H, W], 3, Array.from({ length: 2 * 12 * 4 }, (_, i) => [H, -2, W, -2][i % 4])),
  boundedSplat('f16 values (compared at f16 precision)', { shape: [1, 2, 6], dtype: 'f16' }, ...f16Coords, [4, 4], 4, undefined, { tol: 1e-3 }),
];

const interp = (title: string, shape: number[], size: number[], extra: Partial<OpCase> = {}): OpCase[] =>
  [false, true].map((alignCorners) => ({
    op: 'interpolate', title: `${title}, alignCorners=${alignCorners}`, inputs: [{ shape }], attrs: { size, alignCorners }, ...extra,
  }));

const interpolateCases: OpCase[] = [
  ...interp('1-D upsample 5 -> 9', [2, 3, 5], [9]),
  ...interp('1-D upsample 4 -> 13 (non-integer ratio)', [1, 2, 4], [13]),
  ...interp('1-D downsample 9 -> 4', [2, 2, 9], [4]),
  ...interp('1-D to size 1', [1, 3, 6], [1]),
  ...interp('1-D from size 1', [1, 2, 1], [5]),
  ...interp('1-D same size', [1, 2, 7], [7]),
  ...interp('2-D upsample 3x4 -> 7x9', [2, 3, 3, 4], [7, 9]),
  ...interp('2-D downsample 8x7 -> 3x5', [1, 2, 8, 7], [3, 5]),
  ...interp('2-D up on one axis, down on the other', [1, 3, 5, 6], [11, 2]),
  ...interp('2-D size-1 input axis', [1, 2, 1, 5], [4, 3]),
  ...interp('2-D size-1 output axes', [1, 2, 6, 5], [1, 1]),
  ...interp('2-D odd sizes 7x7 -> 3x3', [2, 1, 7, 7], [3, 3]),
  ...interp('3-D upsample 2x3x4 -> 4x5x7', [1, 2, 2, 3, 4], [4, 5, 7]),
  ...interp('3-D downsample 5x6x7 -> 3x2x4', [1, 2, 5, 6, 7], [3, 2, 4]),
  ...interp('3-D size-1 time axis 1x4x4 -> 2x7x7', [2, 2, 1, 4, 4], [2, 7, 7]),
  ...interp('3-D to 1x3x3', [1, 3, 2, 2, 2], [1, 3, 3]),
  {
    op: 'interpolate', title: '2-D f16 (compared at f16 precision)', tol: 1e-3,
    inputs: [{ shape: [1, 2, 3, 3], dtype: 'f16' }], attrs: { size: [5, 4] },
  },
];

export const cases: OpCase[] = [...bilinearCases, ...splatCases, ...tableCases, ...boundedSplatCases, ...interpolateCases];

