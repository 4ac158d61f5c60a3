import type { OpCase } from '../helpers/cases.ts';

const scatterCases: OpCase[] = [
  { op: 'scatter_add', title: 'axis 0 of a matrix, repeated targets', inputs: [{ shape: [6, 3] }, { shape: [6, 3], gen: 'index', max: 4 }], attrs: { axis: 0, size: 4 } },
  { op: 'scatter_add', title: 'last axis, more targets than sources', inputs: [{ shape: [2, 3, 4] }, { shape: [2, 3, 4], gen: 'index', max: 7 }], attrs: { axis: -1, size: 7 } },
  { op: 'scatter_add', title: 'middle axis, fewer targets (sums of many)', inputs: [{ shape: [2, 9, 3] }, { shape: [2, 9, 3], gen: 'index', max: 2 }], attrs: { axis: 1, size: 2 } },
  {
    op: 'scatter_add', title: 'size-1 index axes broadcast (the adjoint of frame selection)',
    inputs: [{ shape: [2, 3, 3, 2, 2] }, { shape: [2, 1, 3, 1, 1], dtype: 'i32', values: [1, 2, 4, 1, 3, 4] }], attrs: { axis: 2, size: 6 },
  },
  { op: 'scatter_add', title: 'rank 1', inputs: [{ shape: [8] }, { shape: [8], dtype: 'i32', values: [4, 0, 0, 3, 1, 2, 4, 2] }], attrs: { axis: 0, size: 5 } },
  { op: 'scatter_add', title: 'zero sources along the axis', inputs: [{ shape: [3, 0] }, { shape: [3, 0], dtype: 'i32', values: [] }], attrs: { axis: 1, size: 4 } },
  { op: 'scatter_add', title: 'zero targets from zero sources', inputs: [{ shape: [2, 0] }, { shape: [2, 0], dtype: 'i32', values: [] }], attrs: { axis: 1, size: 0 } },
  { op: 'scatter_add', title: 'i32 values', inputs: [{ shape: [3, 5], gen: 'int' }, { shape: [3, 5], gen: 'index', max: 3 }], attrs: { axis: 1, size: 3 } },
  { op: 'scatter_add', title: 'f16 values (small integers: sums exact in any order)', inputs: [{ shape: [2, 4], dtype: 'f16', gen: 'int' }, { shape: [2, 4], gen: 'index', max: 3 }], attrs: { axis: -1, size: 3 } },
  { op: 'scatter_add', title: 'c64 values', inputs: [{ shape: [4, 3], dtype: 'c64' }, { shape: [4, 3], gen: 'index', max: 2 }], attrs: { axis: 0, size: 2 } },
  { op: 'scatter_add', title: 'NaN and infinities reach their own target only', inputs: [{ shape: [4], values: [NaN, Infinity, 1, 2] }, { shape: [4], dtype: 'i32', values: [0, 1, 2, 2] }], attrs: { axis: 0, size: 4 } },
];

const foldCases: OpCase[] = [
  { op: 'fold', title: 'one axis, window 3, padding 1 (TAM-like temporal taps)', inputs: [{ shape: [2, 3, 5] }], attrs: { at: 1, axes: [-1], kernel: [3], padding: [1], sizes: [5] } },
  { op: 'fold', title: 'one axis, no padding', inputs: [{ shape: [4, 2, 3] }], attrs: { at: 0, axes: [1], kernel: [4], sizes: [6] } },
  { op: 'fold', title: 'two axes 3x3, padding 1, tap axis last', inputs: [{ shape: [1, 2, 4, 5, 9] }], attrs: { at: -1, axes: [2, 3], kernel: [3, 3], padding: [1, 1], sizes: [4, 5] } },
  { op: 'fold', title: 'two axes 5x5 with padding 2 (DTF-like correlation window)', inputs: [{ shape: [25, 1, 3, 3] }], attrs: { at: 0, axes: [1, 2], kernel: [5, 5], padding: [2, 2], sizes: [3, 3] } },
  { op: 'fold', title: 'window wider than the padded input leaves positions without taps', inputs: [{ shape: [2, 4] }], attrs: { at: 1, axes: [0], kernel: [4], padding: [2], sizes: [1] } },
  { op: 'fold', title: 'c64 values', inputs: [{ shape: [3, 2, 4], dtype: 'c64' }], attrs: { at: 0, axes: [1], kernel: [3], padding: [1], sizes: [4] } },
  { op: 'fold', title: 'i32 values', inputs: [{ shape: [3, 4], gen: 'int' }], attrs: { at: 0, axes: [0], kernel: [3], padding: [1], sizes: [4] } },
];

export const cases: OpCase[] = [...scatterCases, ...foldCases];
