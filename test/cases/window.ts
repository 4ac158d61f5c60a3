import type { OpCase } from '../helpers/cases.ts';

const unfold = (title: string, x: OpCase['inputs'][number], attrs: Record<string, unknown>): OpCase => ({ op: 'unfold', title, inputs: [x], attrs });

export const cases: OpCase[] = [
  unfold('DTF layout: K×K windows of (N, C, T, H, W), zero padding, taps after C', { shape: [1, 2, 3, 4, 5] }, { at: 2, axes: [3, 4], kernel: [3, 3], padding: [1, 1] }),
  unfold('TAM layout: K windows along T, taps first', { shape: [2, 5, 3, 1, 2] }, { at: 1, axes: [1], kernel: [3], padding: [1] }),
  unfold('K = 5, padding 2, tap axis last', { shape: [2, 6] }, { at: -1, axes: [1], kernel: [5], padding: [2] }),
  unfold('no padding: the windowed axis shrinks', { shape: [3, 7] }, { at: 0, axes: [1], kernel: [4] }),
  unfold('uneven windows and paddings on two axes', { shape: [2, 4, 3] }, { at: 1, axes: [2, 1], kernel: [2, 3], padding: [0, 2] }),
  unfold('window of 1 (a reshape)', { shape: [2, 3] }, { at: 1, axes: [0], kernel: [1] }),
  unfold('padding wider than the axis', { shape: [1, 2] }, { at: 1, axes: [1], kernel: [3], padding: [3] }),
  unfold('c64 values', { shape: [2, 4], dtype: 'c64' }, { at: 1, axes: [1], kernel: [3], padding: [1] }),
  unfold('bool values', { shape: [3, 3], gen: 'bool' }, { at: 2, axes: [0], kernel: [2], padding: [1] }),
  unfold('i32 values', { shape: [4, 2], gen: 'int' }, { at: 0, axes: [0], kernel: [3], padding: [1] }),
  unfold('NaN and infinities move, padding is 0', { shape: [1, 4], values: [NaN, Infinity, -Infinity, 2] }, { at: 1, axes: [1], kernel: [3], padding: [1] }),
];
