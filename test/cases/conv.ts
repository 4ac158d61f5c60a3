import type { OpCase } from '../helpers/cases.ts';

const negative = (n: number): number[] => Array.from({ length: n }, (_, i) => -1 - ((i * 7) % 11) / 4);

export const cases: OpCase[] = [
  // conv 1d
  { op: 'conv', title: '1d defaults', inputs: [{ shape: [2, 3, 9] }, { shape: [4, 3, 3] }] },
  { op: 'conv', title: '1d stride 2 padding 1 odd length', inputs: [{ shape: [1, 2, 7] }, { shape: [3, 2, 3] }], attrs: { stride: [2], padding: [1] } },
  { op: 'conv', title: '1d dilation 2 with padding', inputs: [{ shape: [1, 2, 8] }, { shape: [2, 2, 3] }], attrs: { padding: [2], dilation: [2] } },
  { op: 'conv', title: '1d depthwise groups = Cin', inputs: [{ shape: [2, 3, 7] }, { shape: [6, 1, 3] }], attrs: { padding: [1], groups: 3 } },
  { op: 'conv', title: '1d stride larger than kernel', inputs: [{ shape: [1, 1, 11] }, { shape: [2, 1, 2] }], attrs: { stride: [4] } },
  // conv 2d
  { op: 'conv', title: '2d same padding 3x3', inputs: [{ shape: [1, 2, 5, 6] }, { shape: [3, 2, 3, 3] }], attrs: { padding: [1, 1] } },
  { op: 'conv', title: '2d per-axis stride and padding', inputs: [{ shape: [2, 2, 7, 5] }, { shape: [3, 2, 3, 3] }], attrs: { stride: [2, 1], padding: [1, 0] } },
  { op: 'conv', title: '2d dilation', inputs: [{ shape: [1, 1, 7, 7] }, { shape: [2, 1, 3, 3] }], attrs: { dilation: [2, 3] } },
  { op: 'conv', title: '2d groups 2 non-square kernel', inputs: [{ shape: [2, 4, 5, 5] }, { shape: [6, 2, 3, 2] }], attrs: { groups: 2 } },
  {
    op: 'conv', title: '2d stride, padding, dilation and groups together',
    inputs: [{ shape: [1, 6, 9, 8] }, { shape: [4, 3, 3, 2] }], attrs: { stride: [2, 3], padding: [2, 1], dilation: [2, 1], groups: 2 },
  },
  // stride 2 over an even size: the last padded row is never read, so the weight's gradient pads one side only
  { op: 'conv', title: '2d stride 2 padding 1 even size', inputs: [{ shape: [1, 2, 6, 6] }, { shape: [3, 2, 3, 3] }], attrs: { stride: [2, 2], padding: [1, 1] } },
  // its input gradient's spread cotangent: a window meets an element on some rows and on none on others
  { op: 'conv', title: '2d stride 4 larger than a kernel of 2 rows', inputs: [{ shape: [1, 1, 11, 5] }, { shape: [2, 1, 2, 3] }], attrs: { stride: [4, 1], padding: [1, 1] } },
  // windows too large to unroll whole: the outer kernel axes loop, the inner ones are straight-line code
  { op: 'conv', title: '2d 7x7 kernel loops over its rows', inputs: [{ shape: [1, 2, 9, 12] }, { shape: [2, 2, 7, 7] }], attrs: { padding: [3, 3] } },
  { op: 'conv', title: '2d 1x1 kernel', inputs: [{ shape: [2, 3, 4, 3] }, { shape: [5, 3, 1, 1] }] },
  { op: 'conv', title: '2d kernel equals padded input (output 1x1)', inputs: [{ shape: [1, 2, 3, 4] }, { shape: [2, 2, 5, 6] }], attrs: { padding: [1, 1] } },
  { op: 'conv', title: '2d even kernel with padding', inputs: [{ shape: [1, 1, 5, 5] }, { shape: [1, 1, 2, 4] }], attrs: { padding: [1, 2] } },
  { op: 'conv', title: '2d size-1 spatial axis', inputs: [{ shape: [1, 1, 1, 5] }, { shape: [2, 1, 1, 3] }] },
  { op: 'conv', title: '2d f16', inputs: [{ shape: [1, 2, 5, 5], dtype: 'f16' }, { shape: [3, 2, 3, 3], dtype: 'f16' }], attrs: { padding: [1, 1] } },
  // input dilation (a transposed conv's spread input)
  { op: 'conv', title: '1d input dilation 2 with padding', inputs: [{ shape: [1, 2, 5] }, { shape: [3, 2, 3] }], attrs: { inputDilation: [2], padding: [2] } },
  {
    op: 'conv', title: '2d input dilation per axis, stride, dilation and groups',
    inputs: [{ shape: [2, 4, 4, 3] }, { shape: [2, 2, 3, 2] }], attrs: { inputDilation: [3, 2], stride: [1, 2], dilation: [1, 2], padding: [1, 2], groups: 2 },
  },
  { op: 'conv', title: '3d input dilation on one axis', inputs: [{ shape: [1, 2, 3, 4, 3] }, { shape: [2, 2, 2, 3, 1] }], attrs: { inputDilation: [1, 2, 1], padding: [1, 1, 0] } },
  // conv 3d
  { op: 'conv', title: '3d padding', inputs: [{ shape: [1, 2, 4, 5, 3] }, { shape: [2, 2, 2, 3, 1] }], attrs: { padding: [1, 1, 0] } },
  {
    op: 'conv', title: '3d stride, dilation and groups',
    inputs: [{ shape: [1, 2, 5, 5, 4] }, { shape: [4, 1, 2, 2, 2] }], attrs: { stride: [2, 1, 1], dilation: [1, 2, 1], groups: 2 },
  },
  { op: 'conv', title: '3d 3x6x6 kernel loops over two axes', inputs: [{ shape: [1, 1, 5, 7, 8] }, { shape: [2, 1, 3, 6, 6] }], attrs: { padding: [1, 2, 2] } },

  // avgpool
  { op: 'avgpool', title: '2d default stride drops the odd column', inputs: [{ shape: [1, 2, 4, 5] }], attrs: { kernel: [2, 2] } },
  { op: 'avgpool', title: '2d non-square kernel and stride', inputs: [{ shape: [2, 1, 5, 6] }], attrs: { kernel: [3, 2], stride: [1, 2] } },
  { op: 'avgpool', title: '2d padding counts pad', inputs: [{ shape: [1, 1, 5, 5] }], attrs: { kernel: [3, 3], stride: [2, 2], padding: [1, 1] } },
  {
    op: 'avgpool', title: '2d padding excludes pad', inputs: [{ shape: [1, 1, 5, 5] }],
    attrs: { kernel: [3, 3], stride: [2, 2], padding: [1, 1], countIncludePad: false },
  },
  { op: 'avgpool', title: '2d ceil mode partial windows', inputs: [{ shape: [1, 2, 5, 5] }], attrs: { kernel: [3, 3], stride: [2, 2], ceilMode: true } },
  {
    op: 'avgpool', title: '1d ceil mode window past right padding',
    inputs: [{ shape: [1, 1, 6] }], attrs: { kernel: [3], stride: [2], padding: [1], ceilMode: true },
  },
  {
    op: 'avgpool', title: '1d ceil mode drops a window starting in right padding',
    inputs: [{ shape: [1, 2, 5] }], attrs: { kernel: [2], stride: [2], padding: [1], ceilMode: true },
  },
  {
    op: 'avgpool', title: '1d ceil mode excluding pad', inputs: [{ shape: [2, 1, 6] }],
    attrs: { kernel: [3], stride: [2], padding: [1], ceilMode: true, countIncludePad: false },
  },
  { op: 'avgpool', title: '3d', inputs: [{ shape: [1, 2, 4, 5, 3] }], attrs: { kernel: [2, 3, 1], stride: [2, 1, 1], padding: [1, 1, 0] } },
  { op: 'avgpool', title: '2d size-1 axis', inputs: [{ shape: [1, 3, 1, 7] }], attrs: { kernel: [1, 3], stride: [1, 2] } },
  { op: 'avgpool', title: '2d f16', inputs: [{ shape: [1, 2, 6, 6], dtype: 'f16' }], attrs: { kernel: [3, 3], padding: [1, 1] } },

  // maxpool
  { op: 'maxpool', title: '2d default stride', inputs: [{ shape: [2, 2, 6, 5] }], attrs: { kernel: [2, 2] } },
  { op: 'maxpool', title: '2d padding 1 stride 2', inputs: [{ shape: [1, 2, 7, 7] }], attrs: { kernel: [3, 3], stride: [2, 2], padding: [1, 1] } },
  {
    op: 'maxpool', title: 'padding is -inf, not zero', inputs: [{ shape: [1, 1, 3, 3], values: negative(9) }],
    attrs: { kernel: [2, 2], stride: [1, 1], padding: [1, 1] },
  },
  { op: 'maxpool', title: '2d ceil mode', inputs: [{ shape: [1, 1, 6, 7] }], attrs: { kernel: [3, 2], stride: [2, 2], ceilMode: true } },
  { op: 'maxpool', title: '2d dilation', inputs: [{ shape: [1, 2, 7, 6] }], attrs: { kernel: [3, 2], stride: [1, 1], dilation: [2, 3] } },
  {
    op: 'maxpool', title: '1d dilation, padding and ceil mode', inputs: [{ shape: [2, 1, 10] }],
    attrs: { kernel: [3], stride: [3], padding: [1], dilation: [2], ceilMode: true },
  },
  {
    op: 'maxpool', title: 'dilated window entirely in padding gives -inf', inputs: [{ shape: [1, 1, 2] }],
    attrs: { kernel: [2], stride: [1], padding: [1], dilation: [3] },
  },
  { op: 'maxpool', title: 'NaN propagates', inputs: [{ shape: [1, 1, 4], values: [1, NaN, 3, 2] }], attrs: { kernel: [2] } },
  { op: 'maxpool', title: '3d', inputs: [{ shape: [1, 2, 5, 4, 3] }], attrs: { kernel: [2, 2, 3], stride: [2, 1, 1], padding: [1, 0, 1] } },
  { op: 'maxpool', title: '2d f16', inputs: [{ shape: [1, 2, 5, 5], dtype: 'f16' }], attrs: { kernel: [3, 3], stride: [2, 2], ceilMode: true } },
];
