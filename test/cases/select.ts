import type { OpCase } from '../helpers/cases.ts';

const gatherCases: OpCase[] = [
  { op: 'gather', title: 'axis 0 of a matrix', inputs: [{ shape: [4, 3] }, { shape: [6, 3], gen: 'index', max: 4 }], attrs: { axis: 0 } },
  { op: 'gather', title: 'last axis, fewer indices than entries', inputs: [{ shape: [2, 3, 7] }, { shape: [2, 3, 4], gen: 'index', max: 7 }], attrs: { axis: -1 } },
  { op: 'gather', title: 'middle axis, more indices than entries (repeats)', inputs: [{ shape: [2, 3, 4] }, { shape: [2, 8, 4], gen: 'index', max: 3 }], attrs: { axis: 1 } },
  {
    op: 'gather', title: 'size-1 index axes broadcast (MTConv frame selection layout)',
    inputs: [{ shape: [2, 3, 6, 2, 2] }, { shape: [2, 1, 3, 1, 1], dtype: 'i32', values: [1, 2, 4, 1, 3, 4] }], attrs: { axis: 2 },
  },
  { op: 'gather', title: 'every index axis of size 1', inputs: [{ shape: [3, 4, 5] }, { shape: [1, 1, 1], dtype: 'i32', values: [4] }], attrs: { axis: 2 } },
  { op: 'gather', title: 'rank 1', inputs: [{ shape: [5] }, { shape: [8], dtype: 'i32', values: [4, 0, 0, 3, 1, 2, 4, 2] }], attrs: { axis: 0 } },
  { op: 'gather', title: 'zero indices along the axis', inputs: [{ shape: [3, 4] }, { shape: [3, 0], dtype: 'i32', values: [] }], attrs: { axis: 1 } },
  { op: 'gather', title: 'i32 values', inputs: [{ shape: [3, 5], gen: 'int' }, { shape: [3, 2], gen: 'index', max: 5 }], attrs: { axis: 1 } },
  { op: 'gather', title: 'u32 values', inputs: [{ shape: [4], dtype: 'u32', values: [0, 7, 4294967295, 123456789] }, { shape: [4], dtype: 'i32', values: [2, 3, 0, 2] }], attrs: { axis: 0 } },
  { op: 'gather', title: 'f16 values', inputs: [{ shape: [2, 4], dtype: 'f16' }, { shape: [2, 3], gen: 'index', max: 4 }], attrs: { axis: -1 } },
  { op: 'gather', title: 'c64 values', inputs: [{ shape: [3, 4], dtype: 'c64' }, { shape: [2, 4], gen: 'index', max: 3 }], attrs: { axis: 0 } },
  { op: 'gather', title: 'bool values', inputs: [{ shape: [2, 5], gen: 'bool' }, { shape: [1, 5], gen: 'index', max: 2 }], attrs: { axis: 0 } },
  { op: 'gather', title: 'NaN and infinities pass through', inputs: [{ shape: [4], values: [NaN, Infinity, -Infinity, 1] }, { shape: [5], dtype: 'i32', values: [3, 2, 1, 0, 0] }], attrs: { axis: 0 } },
];

const topk = (title: string, x: OpCase['inputs'][number], attrs: Record<string, unknown>): OpCase => ({ op: 'topk_indices', title, inputs: [x], attrs });

const tiesI32 = { shape: [3, 8], gen: 'int' as const };
const ties = [2, 5, 5, -1, 2, 5, -1, 0];

/** keep_frames of x with per-clip lengths (an array) or one length for the batch (a number). */
const keep = (title: string, x: OpCase['inputs'][number], lengths: number[] | number, axis: number): OpCase => ({
  op: 'keep_frames', title, attrs: { axis },
  inputs: [x, typeof lengths === 'number' ? { shape: [], dtype: 'i32', values: [lengths] } : { shape: [lengths.length], dtype: 'i32', values: lengths }],
});

const keepCases: OpCase[] = [
  keep('per-clip lengths along T of (N, C, T, H, W)', { shape: [3, 2, 5, 2, 2] }, [2, 5, 0], 2),
  keep('one length for the batch (a scalar)', { shape: [2, 3, 4] }, 3, -1),
  keep('lengths past the end and negative', { shape: [2, 4, 3] }, [7, -1], 1),
  keep('c64 values', { shape: [2, 3], dtype: 'c64' }, [1, 2], 1),
  keep('bool values', { shape: [2, 4], gen: 'bool' }, [3, 1], 1),
  keep('NaN on a dropped frame gives 0', { shape: [1, 3], values: [NaN, Infinity, NaN] }, [2], 1),
];

export const cases: OpCase[] = [
  ...gatherCases,
  ...keepCases,
  topk('f32 last axis, k=3', { shape: [4, 9] }, { k: 3 }),
  topk('f32 k=1', { shape: [2, 3, 5] }, { k: 1 }),
  topk('k equals the axis size (a full argsort)', { shape: [3, 6] }, { k: 6 }),
  topk('axis 0', { shape: [7, 3] }, { k: 4, axis: 0 }),
  topk('middle axis of rank 4', { shape: [2, 6, 3, 2] }, { k: 2, axis: 1 }),
  topk('rank 1', { shape: [10] }, { k: 5 }),
  topk('smallest', { shape: [3, 9] }, { k: 4, largest: false }),
  topk('unsorted: selected indices ascending', { shape: [3, 9] }, { k: 4, sorted: false }),
  topk('smallest, unsorted', { shape: [2, 9] }, { k: 5, largest: false, sorted: false }),
  topk('i32 with ties go to the lower index', tiesI32, { k: 5 }),
  topk('i32 with ties, smallest', tiesI32, { k: 5, largest: false }),
  topk('i32 with ties, unsorted', tiesI32, { k: 5, sorted: false }),
  topk('ties straddling the cut', { shape: [8], dtype: 'i32', values: ties }, { k: 2 }),
  topk('ties straddling the cut, smallest', { shape: [8], dtype: 'i32', values: ties }, { k: 1, largest: false }),
  topk('-0 and +0 tie', { shape: [5], values: [0, -0, 0, -0, -1] }, { k: 3 }),
  topk('NaN counts as largest', { shape: [6], values: [1, NaN, 3, NaN, -Infinity, Infinity] }, { k: 4 }),
  topk('NaN counts as largest, smallest selection', { shape: [6], values: [1, NaN, 3, NaN, -Infinity, Infinity] }, { k: 5, largest: false }),
  topk('u32', { shape: [6], dtype: 'u32', values: [3, 4294967295, 0, 3, 2147483648, 7] }, { k: 3 }),
  topk('f16 with ties', { shape: [2, 6], dtype: 'f16', values: [0.5, 0.25, 0.5, 1, 1, -2, 3, 3, 3, 0, 0.1, 0.1] }, { k: 3, largest: false }),
  topk('MTConv triplet scores: 8 scores, k=4, unsorted', { shape: [2, 8], values: [
    0.9, 0.5, 0.9, 0.1, 0.7, 0.7, 0.3, 0.9, 0.2, 0.2, 0.2, 0.2, 0.8, 0.2, 0.2, 0.2] }, { k: 4, sorted: false }),
];
