import type { OpCase } from '../helpers/cases.ts';

export const cases: OpCase[] = [
  { op: 'matmul', title: 'f32 [3,4] @ [4,5]', inputs: [{ shape: [3, 4] }, { shape: [4, 5] }] },
  { op: 'matmul', title: 'row times column (M = N = 1)', inputs: [{ shape: [1, 7] }, { shape: [7, 1] }] },
  { op: 'matmul', title: 'outer product (K = 1)', inputs: [{ shape: [5, 1] }, { shape: [1, 3] }] },
  { op: 'matmul', title: 'odd inner size K = 33', inputs: [{ shape: [4, 33] }, { shape: [33, 3] }] },
  { op: 'matmul', title: 'same batch', inputs: [{ shape: [2, 3, 4] }, { shape: [2, 4, 5] }] },
  { op: 'matmul', title: 'batch broadcast against lower rank', inputs: [{ shape: [2, 1, 3, 4] }, { shape: [5, 4, 2] }] },
  { op: 'matmul', title: 'matrix b shared across a batch', inputs: [{ shape: [3, 2, 5] }, { shape: [5, 4] }] },
  { op: 'matmul', title: 'matrix a shared across b batch', inputs: [{ shape: [2, 3] }, { shape: [4, 3, 2] }] },
  { op: 'matmul', title: 'size-1 batch axes on both sides', inputs: [{ shape: [1, 3, 2, 3] }, { shape: [4, 1, 3, 2] }] },
  { op: 'matmul', title: 'f16 rounds the result', inputs: [{ shape: [3, 6], dtype: 'f16' }, { shape: [2, 6, 2], dtype: 'f16' }] },
  { op: 'matmul', title: 'i32 batch broadcast', inputs: [{ shape: [3, 4], gen: 'int' }, { shape: [2, 4, 3], gen: 'int' }] },
  {
    op: 'matmul', title: 'i32 wraps on overflow',
    inputs: [{ shape: [2, 3], dtype: 'i32', values: [2147483647, 2147483647, 5, 65536, 40000, 0] }, { shape: [3, 1], dtype: 'i32', values: [65536, 1, 7] }],
  },
  { op: 'matmul', title: 'c64 complex product', inputs: [{ shape: [2, 3], dtype: 'c64' }, { shape: [3, 4], dtype: 'c64' }] },
  { op: 'matmul', title: 'c64 batch broadcast', inputs: [{ shape: [2, 1, 2, 3], dtype: 'c64' }, { shape: [3, 3, 1], dtype: 'c64' }] },
];
