// One or more gradient cases per VJP rule, at small shapes, with broadcasting, odd and even lengths,
// strides, groups and ties (ties only where finite differences cannot see them: the oracle checks).
import type { GradCase, InputSpec } from './autodiff.ts';

const f32 = (...shape: number[]): InputSpec => ({ dtype: 'f32', shape });
const c64 = (...shape: number[]): InputSpec => ({ dtype: 'c64', shape });
const pos = (...shape: number[]): InputSpec => ({ dtype: 'f32', shape, draw: 'positive' });

const unary = (op: string, x: InputSpec = f32(2, 3)): GradCase =>
  ({ id: `${op} ${x.dtype}`, inputs: { x }, build: (b, { x: v }) => b.apply(op, [v]) });
const binary = (op: string, a: InputSpec, bSpec: InputSpec, tag = ''): GradCase =>
  ({ id: `${op} ${a.dtype}[${a.shape}] [${bSpec.shape}]${tag}`, inputs: { a, b: bSpec }, build: (b, { a: x, b: y }) => b.apply(op, [x, y]) });

export const ELEMENTWISE_CASES: GradCase[] = [
  unary('neg'), unary('neg', c64(2, 3)), unary('abs'), unary('exp'), unary('log', pos(2, 3)), unary('sqrt', pos(2, 3)),
  unary('rsqrt', pos(2, 3)), unary('sigmoid'), unary('tanh'), unary('relu'), unary('sin'), unary('cos'),
  { ...unary('relu', { dtype: 'f32', shape: [4], draw: [-1, 0, 0.5, 2] }), id: 'relu at 0', fd: false },
  { ...unary('abs', { dtype: 'f32', shape: [3], draw: [-1, 0, 2] }), id: 'abs at 0', fd: false },
  binary('add', f32(2, 3), f32(3)), binary('sub', f32(2, 1), f32(1, 3)), binary('mul', f32(2, 3), f32(2, 1)),
  binary('div', f32(2, 3), pos(3)), binary('maximum', f32(2, 3), f32(3)), binary('minimum', f32(1, 3), f32(2, 3)),
  binary('pow', pos(2, 3), f32(3)),
  binary('add', c64(2, 3), c64(3)), binary('sub', c64(3), c64(2, 3)), binary('mul', c64(2, 3), c64(2, 1)), binary('div', c64(2, 3), c64(3)),
  { ...binary('maximum', { dtype: 'f32', shape: [4], draw: [1, 2, 3, -1] }, { dtype: 'f32', shape: [4], draw: [1, 0, 3, 5] }, ' ties'), fd: false },
  { ...binary('minimum', { dtype: 'f32', shape: [3], draw: [1, 2, 3] }, { dtype: 'f32', shape: [3], draw: [1, 0, 4] }, ' ties'), fd: false },
  { ...binary('pow', { dtype: 'f32', shape: [3], draw: [0, 0, 2] }, { dtype: 'f32', shape: [3], draw: [0, 2, 0] }, ' zeros'), fd: false },
  {
    id: 'where broadcast', inputs: { c: { dtype: 'bool', shape: [2, 3], draw: [1, 0, 1, 0, 0, 1] }, a: f32(2, 3), b: f32(3) },
    build: (b, { c, a, b: y }) => b.where(c, a, y),
  },
  { id: 'where c64', inputs: { c: { dtype: 'bool', shape: [3], draw: [1, 0, 1] }, a: c64(2, 3), b: c64(1) }, build: (b, { c, a, b: y }) => b.where(c, a, y) },
  { id: 'cast f32 -> c64', inputs: { x: f32(2, 3) }, build: (b, { x }) => b.cast(x, { to: 'c64' }) },
  // to f32 rounds (fround): a coarser step keeps the rounding out of the difference quotient
  { id: 'cast f32 -> f32', inputs: { x: f32(4) }, build: (b, { x }) => b.mul(b.cast(x, { to: 'f32' }), x), fd: { h: 1e-3, tol: 1e-3 } },
  { id: 'cast c64 -> c64', inputs: { x: c64(3) }, build: (b, { x }) => b.mul(b.cast(x, { to: 'c64' }), x) },
];

export const REDUCE_CASES: GradCase[] = [
  { id: 'sum axis 1', inputs: { x: f32(2, 3, 4) }, build: (b, { x }) => b.sum(x, { axes: [1] }) },
  { id: 'sum axes 0,2 keepdims', inputs: { x: f32(2, 3, 4) }, build: (b, { x }) => b.sum(x, { axes: [0, -1], keepdims: true }) },
  { id: 'mean axis -1', inputs: { x: f32(2, 5) }, build: (b, { x }) => b.mean(x, { axes: [-1] }) },
  { id: 'mean c64', inputs: { x: c64(3, 2) }, build: (b, { x }) => b.mean(x, { axes: [0], keepdims: true }) },
  { id: 'sum c64', inputs: { x: c64(3, 2) }, build: (b, { x }) => b.sum(x, { axes: [0, 1] }) },
  { id: 'max axis 1', inputs: { x: f32(2, 3, 4) }, build: (b, { x }) => b.max(x, { axes: [1] }) },
  { id: 'min axes 0,2 keepdims', inputs: { x: f32(2, 3, 2) }, build: (b, { x }) => b.min(x, { axes: [0, 2], keepdims: true }) },
  { id: 'max over a size-1 axis', inputs: { x: f32(3, 1) }, build: (b, { x }) => b.max(x, { axes: [1] }) },
  { id: 'mean of one element', inputs: { x: f32(1) }, build: (b, { x }) => b.mean(x, { axes: [0] }) },
  {
    id: 'max ties', fd: false, inputs: { x: { dtype: 'f32', shape: [2, 4], draw: [3, 1, 3, 3, 0, 2, 2, -1] } },
    build: (b, { x }) => b.max(x, { axes: [1] }),
  },
  {
    id: 'min ties all axes', fd: false, inputs: { x: { dtype: 'f32', shape: [2, 3], draw: [1, 0, 0, 2, 0, 5] } },
    build: (b, { x }) => b.min(x, { axes: [0, 1] }),
  },
];

export const MOVEMENT_CASES: GradCase[] = [
  { id: 'reshape', inputs: { x: f32(2, 3, 4) }, build: (b, { x }) => b.reshape(x, { shape: [6, -1] }) },
  { id: 'permute', inputs: { x: f32(2, 3, 4) }, build: (b, { x }) => b.permute(x, { perm: [2, 0, -2] }) },
  { id: 'permute c64', inputs: { x: c64(2, 3) }, build: (b, { x }) => b.permute(x, { perm: [1, 0] }) },
  { id: 'expand', inputs: { x: f32(3, 1) }, build: (b, { x }) => b.expand(x, { shape: [2, 3, 4] }) },
  { id: 'slice steps', inputs: { x: f32(5, 7) }, build: (b, { x }) => b.slice(x, { axes: [0, 1], starts: [1, -6], ends: [5, 7], steps: [2, 3] }) },
  { id: 'slice c64 step 2', inputs: { x: c64(5, 2) }, build: (b, { x }) => b.slice(x, { axes: [0], starts: [0], ends: [5], steps: [2] }) },
  { id: 'expand size-1 axes and -1', inputs: { x: f32(1, 3, 1) }, build: (b, { x }) => b.expand(x, { shape: [2, 4, -1, 5] }) },
  { id: 'slice plain', inputs: { x: f32(4, 3) }, build: (b, { x }) => b.slice(x, { axes: [0], starts: [1], ends: [3] }) },
  { id: 'slice empty', inputs: { x: f32(4, 3) }, build: (b, { x }) => b.add(b.sum(b.slice(x, { axes: [0], starts: [2], ends: [2] }), { axes: [0] }), b.sum(x, { axes: [0] })) },
  { id: 'pad zero', inputs: { x: f32(2, 3) }, build: (b, { x }) => b.pad(x, { pads: [[1, 2], [0, 1]], value: 3 }) },
  { id: 'pad replicate', inputs: { x: f32(3, 4) }, build: (b, { x }) => b.pad(x, { pads: [[2, 1], [1, 3]], mode: 'replicate' }) },
  { id: 'pad replicate size 1', inputs: { x: f32(1, 2) }, build: (b, { x }) => b.pad(x, { pads: [[2, 2], [0, 0]], mode: 'replicate' }) },
  { id: 'concat', inputs: { a: f32(2, 1), b: f32(2, 3), c: f32(2, 2) }, build: (b, { a, b: y, c }) => b.concat([a, y, c, a], { axis: -1 }) },
  { id: 'flip', inputs: { x: f32(2, 3, 4) }, build: (b, { x }) => b.flip(x, { axes: [0, -1] }) },
  { id: 'roll', inputs: { x: f32(3, 4) }, build: (b, { x }) => b.roll(x, { shifts: [1, -6], axes: [0, 1] }) },
  {
    id: 'keep_frames', inputs: { x: f32(3, 4, 2), n: { dtype: 'i32', shape: [3], draw: [4, 1, 0] } },
    build: (b, { x, n }) => b.keep_frames(x, n, { axis: 1 }),
  },
];

export const LINALG_CASES: GradCase[] = [
  { id: 'matmul', inputs: { a: f32(2, 3, 4), b: f32(4, 5) }, build: (b, { a, b: y }) => b.matmul(a, y) },
  { id: 'matmul batch broadcast', inputs: { a: f32(2, 1, 3, 4), b: f32(3, 4, 2) }, build: (b, { a, b: y }) => b.matmul(a, y) },
  { id: 'matmul c64', inputs: { a: c64(3, 4), b: c64(2, 4, 2) }, build: (b, { a, b: y }) => b.matmul(a, y) },
];

export const COMPLEX_CASES: GradCase[] = [
  { id: 'real', inputs: { x: c64(2, 3) }, build: (b, { x }) => b.real(x) },
  { id: 'imag', inputs: { x: c64(2, 3) }, build: (b, { x }) => b.imag(x) },
  { id: 'complex broadcast', inputs: { re: f32(2, 3), im: f32(3) }, build: (b, { re, im }) => b.complex(re, im) },
  { id: 'conj', inputs: { x: c64(2, 3) }, build: (b, { x }) => b.conj(x) },
];

const index = (shape: number[], draw: number[]): InputSpec => ({ dtype: 'i32', shape, draw });

/** gather and unfold, and their transposes scatter_add and fold. */
export const SCATTER_CASES: GradCase[] = [
  { id: 'gather repeats, broadcast index', inputs: { x: f32(2, 4, 3), i: index([2, 5, 1], [0, 3, 3, 1, 2, 2, 2, 0, 1, 3]) }, build: (b, { x, i }) => b.gather(x, i, { axis: 1 }) },
  { id: 'gather c64', inputs: { x: c64(3, 2), i: index([4, 2], [2, 0, 0, 1, 2, 2, 1, 0]) }, build: (b, { x, i }) => b.gather(x, i, { axis: 0 }) },
  { id: 'scatter_add', inputs: { s: f32(2, 5, 3), i: index([2, 5, 1], [0, 3, 3, 1, 2, 2, 2, 0, 1, 3]) }, build: (b, { s, i }) => b.scatter_add(s, i, { axis: 1, size: 4 }) },
  { id: 'unfold two axes, padding', inputs: { x: f32(2, 3, 4, 5) }, build: (b, { x }) => b.unfold(x, { at: 1, axes: [2, 3], kernel: [3, 2], padding: [1, 1] }) },
  { id: 'unfold c64', inputs: { x: c64(2, 5) }, build: (b, { x }) => b.unfold(x, { at: -1, axes: [1], kernel: [3], padding: [1] }) },
  { id: 'fold', inputs: { y: f32(2, 6, 3, 4) }, build: (b, { y }) => b.fold(y, { at: 1, axes: [1, 2], kernel: [3, 2], padding: [1, 0], sizes: [3, 5] }) },
];

type Norm = 'backward' | 'ortho' | 'forward';
const NORMS: Norm[] = ['backward', 'ortho', 'forward'];

export const FFT_CASES: GradCase[] = [
  ...[5, 6].flatMap((T) => NORMS.map((norm): GradCase => ({
    id: `rfft T=${T} ${norm}`, inputs: { x: f32(2, T) }, build: (b, { x }) => b.rfft(x, { norm }),
  }))),
  { id: 'rfft n < L axis 0', inputs: { x: f32(7, 2) }, build: (b, { x }) => b.rfft(x, { axis: 0, n: 4 }) },
  { id: 'rfft n > L odd', inputs: { x: f32(2, 4) }, build: (b, { x }) => b.rfft(x, { n: 7, norm: 'ortho' }) },
  { id: 'rfft n = 1', inputs: { x: f32(3) }, build: (b, { x }) => b.rfft(x, { n: 1 }) },
  ...[4, 5].flatMap((m) => NORMS.map((norm): GradCase => ({
    id: `irfft m=${m} ${norm}`, inputs: { z: c64(2, m) }, build: (b, { z }) => b.irfft(z, { norm }),
  }))),
  ...[7, 8].flatMap((n) => NORMS.map((norm): GradCase => ({
    id: `irfft n=${n} ${norm}`, inputs: { z: c64(n, 2) }, build: (b, { z }) => b.irfft(z, { axis: 0, n: 2 * n - 8 + (n % 2), norm }),
  }))),
  { id: 'irfft zero-padded bins', inputs: { z: c64(2, 3) }, build: (b, { z }) => b.irfft(z, { n: 9, norm: 'ortho' }) },
  { id: 'irfft n = 1', inputs: { z: c64(2, 3) }, build: (b, { z }) => b.irfft(z, { n: 1 }) },
];

const conv = (id: string, x: number[], w: number[], attrs: Record<string, unknown>): GradCase => ({
  id: `conv ${id}`, inputs: { x: f32(...x), w: f32(...w) }, build: (b, { x: v, w: k }) => b.conv(v, k, attrs),
});

export const CONV_CASES: GradCase[] = [
  conv('1d', [2, 3, 7], [4, 3, 3], {}),
  conv('1d stride 2 pad 1', [2, 3, 8], [2, 3, 3], { stride: [2], padding: [1] }),
  conv('2d stride 2 groups 2', [1, 4, 7, 6], [6, 2, 3, 2], { stride: [2, 2], padding: [1, 0], groups: 2 }),
  conv('2d dilation 2 pad 2', [1, 2, 6, 6], [3, 2, 3, 3], { dilation: [2, 1], padding: [2, 1] }),
  // (8 - 2 - 1) mod 3 = 2: the last two rows are read by no output (output_padding in PyTorch)
  conv('1d stride 3 skipped rows', [1, 2, 8], [2, 2, 3], { stride: [3] }),
  conv('2d depthwise stride 2 dilation 2', [1, 3, 7, 7], [3, 1, 2, 3], { stride: [2, 3], dilation: [2, 1], padding: [1, 2], groups: 3 }),
  conv('3d', [1, 2, 4, 3, 3], [2, 2, 2, 2, 1], { stride: [2, 1, 1], padding: [0, 1, 0] }),
  conv('2d input dilation, stride 2 pad 2', [1, 2, 4, 3], [3, 2, 3, 3], { inputDilation: [2, 3], stride: [2, 1], padding: [2, 1] }),
  conv('1d padding past the kernel extent, stride 2', [1, 1, 5], [1, 1, 3], { padding: [3], stride: [2] }),
  conv('padding past the extent', [1, 1, 4], [1, 1, 2], { padding: [2], stride: [2] }),
  // the weight's gradient pads one side only; the input's reads every other row of its spread cotangent
  conv('2d stride 2 pad 1 even size', [2, 2, 6, 6], [3, 2, 3, 3], { stride: [2, 2], padding: [1, 1] }),
  // a window of the spread cotangent meets an element on some rows and on none on others
  conv('2d stride 4 over a kernel of 2 rows', [1, 1, 11, 5], [2, 1, 2, 3], { stride: [4, 1], padding: [1, 1] }),
  // the weight's gradient has a window of 8x8 cotangent taps: its outer axis loops
  conv('2d 3x3 on 10x10, window of 8x8 taps', [2, 2, 10, 10], [2, 2, 3, 3], {}),
];

const avgpool = (id: string, x: number[], attrs: Record<string, unknown>): GradCase => ({
  id: `avgpool ${id}`, inputs: { x: f32(...x) }, build: (b, { x: v }) => b.avgpool(v, attrs as never),
});

const maxpool = (id: string, x: InputSpec, attrs: Record<string, unknown>, fd?: false): GradCase => ({
  id: `maxpool ${id}`, inputs: { x }, build: (b, { x: v }) => b.maxpool(v, attrs as never), ...(fd === false ? { fd } : {}),
});

/** Small integers: most windows hold tied maxima. */
const tied = (...shape: number[]): InputSpec => ({ dtype: 'f32', shape, draw: Array.from({ length: shape.reduce((p, q) => p * q, 1) }, (_, i) => Math.min(2, ((i * 5) % 7) >> 1)) });

export const MAXPOOL_CASES: GradCase[] = [
  maxpool('1d kernel 3 stride 2 pad 1', f32(2, 3, 7), { kernel: [3], stride: [2], padding: [1] }),
  maxpool('2d overlapping, ceil mode', f32(1, 2, 7, 6), { kernel: [3, 2], stride: [2, 1], padding: [1, 1], ceilMode: true }),
  maxpool('2d dilation 2', f32(1, 2, 7, 7), { kernel: [3, 2], stride: [2, 2], padding: [1, 0], dilation: [2, 3] }),
  maxpool('3d stem-like', f32(1, 2, 3, 6, 5), { kernel: [1, 3, 3], stride: [1, 2, 2], padding: [0, 1, 1] }),
  maxpool('3d ceil mode dilation', f32(1, 1, 4, 5, 5), { kernel: [2, 2, 3], stride: [2, 2, 2], padding: [1, 0, 1], dilation: [1, 2, 1], ceilMode: true }),
  maxpool('1d ties', tied(2, 2, 9), { kernel: [3], stride: [2], padding: [1], ceilMode: true }, false),
  maxpool('2d ties dilation', tied(1, 2, 6, 7), { kernel: [2, 3], stride: [1, 2], padding: [1, 1], dilation: [2, 1] }, false),
  maxpool('3d ties', tied(1, 1, 3, 4, 5), { kernel: [2, 2, 2], stride: [1, 2, 2], padding: [1, 1, 0], ceilMode: true }, false),
  // a window of -inf only: the first element inside it; NaNs: the last NaN of the window
  maxpool('-inf and NaN', { dtype: 'f32', shape: [1, 1, 8], draw: [-Infinity, -Infinity, 1, NaN, 2, NaN, 0, NaN] }, { kernel: [3], stride: [2], padding: [1] }, false),
  maxpool('2d NaN', { dtype: 'f32', shape: [1, 1, 3, 3], draw: [NaN, 1, 2, 3, NaN, NaN, 4, 4, 1] }, { kernel: [2, 2], stride: [1, 1], padding: [1, 1] }, false),
];

export const POOL_CASES: GradCase[] = [
  avgpool('2d kernel 3 stride 2 pad 1', [2, 2, 7, 6], { kernel: [3, 3], stride: [2, 2], padding: [1, 1] }),
  avgpool('2d no pad count', [1, 2, 7, 6], { kernel: [3, 2], stride: [2, 1], padding: [1, 1], countIncludePad: false }),
  avgpool('1d ceil mode', [2, 3, 6], { kernel: [3], stride: [2], padding: [1], ceilMode: true }),
  avgpool('1d ceil mode no pad count', [2, 3, 6], { kernel: [3], stride: [2], padding: [1], ceilMode: true, countIncludePad: false }),
  avgpool('2d default stride', [1, 1, 5, 4], { kernel: [2, 2] }),
  avgpool('3d', [1, 2, 3, 4, 4], { kernel: [2, 3, 2], padding: [1, 1, 0], ceilMode: true }),
];

const interpolate = (id: string, x: number[], size: number[], alignCorners = false): GradCase => ({
  id: `interpolate ${id}`, inputs: { x: f32(...x) }, build: (b, { x: v }) => b.interpolate(v, { size, alignCorners }),
});

const coords = (shape: number[], draw: number[]): InputSpec => ({ dtype: 'f32', shape, draw });

/** bilinear on a (2, 3, 5, 3) image; H - 1 and W - 1 are powers of two so that the oracle's grid
 *  normalisation maps integer coordinates back exactly. */
const bilinear = (id: string, y: InputSpec, x: InputSpec, fd?: false): GradCase => ({
  id: `bilinear ${id}`, inputs: { image: f32(2, 3, 5, 3), y, x }, build: (b, { image, y: yv, x: xv }) => b.bilinear(image, yv, xv), ...(fd === false ? { fd } : {}),
});

export const SAMPLING_CASES: GradCase[] = [
  bilinear('between pixels and off the image',
    coords([2, 2, 4], [-1.5, -0.5, 0.375, 2.75, 4.375, 5.25, 1.25, 3.625, -0.875, 4.875, 2.125, 0.5, 1.75, -3, 3.25, 0.125]),
    coords([2, 2, 4], [1.125, -0.375, 2.625, 0.75, 1.5, 0.25, -1.25, 2.875, 0.25, 1.125, 3.375, -0.625, 2.0625, 1.5, 0.4375, 1.625])),
  // exactly at -1, 0, size - 1, size and on inner pixels: one-sided differences (no finite differences)
  bilinear('on integer coordinates',
    coords([2, 6], [-1, 0, 4, 5, 2, 1, 3, 0.5, -1, 0.25, 4, 2]),
    coords([2, 6], [0.5, 1, 2, 1.5, -1, 3, 0, 2, 1.25, -1, 0.75, 1]), false),
  bilinear('one sample per batch', coords([2], [1.5, -0.25]), coords([2], [0.75, 2.5])),
  {
    id: 'bilinear_splat between pixels and off the image', inputs: {
      v: f32(2, 3, 2, 4),
      y: coords([2, 2, 4], [-1.5, -0.5, 0.375, 2.75, 4.375, 5.25, 1.25, 3.625, -0.875, 4.875, 2.125, 0.5, 1.75, -3, 3.25, 0.125]),
      x: coords([2, 2, 4], [1.125, -0.375, 2.625, 0.75, 1.5, 0.25, -1.25, 2.875, 0.25, 1.125, 3.375, -0.625, 2.0625, 1.5, 0.4375, 1.625]),
    }, build: (b, { v, y, x }) => b.bilinear_splat(v, y, x, { size: [5, 3] }),
  },
  interpolate('1d up', [2, 2, 4], [7]),
  interpolate('1d down align corners', [1, 2, 7], [3], true),
  interpolate('2d', [1, 2, 3, 4], [5, 2]),
  interpolate('2d to 1 align corners', [1, 1, 3, 4], [1, 6], true),
  interpolate('3d', [1, 1, 2, 3, 2], [3, 2, 4]),
];

export const RULE_CASES: GradCase[] = [
  ...ELEMENTWISE_CASES, ...REDUCE_CASES, ...MOVEMENT_CASES, ...LINALG_CASES, ...COMPLEX_CASES, ...SCATTER_CASES, ...FFT_CASES, ...CONV_CASES, ...POOL_CASES, ...MAXPOOL_CASES, ...SAMPLING_CASES,
];
