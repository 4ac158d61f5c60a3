import type { OpCase } from '../helpers/cases.ts';

const NORMS = ['backward', 'ortho', 'forward'] as const;

// The lengths a video network's time axis takes (T = 2..64), and T = 1.
const LENGTHS = [1, 2, 3, 4, 5, 7, 8, 16, 33, 64];

const rfft: OpCase[] = [
  ...LENGTHS.map((T) => ({ op: 'rfft', title: `T=${T} along the last axis`, inputs: [{ shape: [3, T] }] })),
  { op: 'rfft', title: 'rank 1, axis 0', inputs: [{ shape: [6] }], attrs: { axis: 0 } },
  { op: 'rfft', title: 'n larger than the input zero-pads', inputs: [{ shape: [2, 5] }], attrs: { n: 8 } },
  { op: 'rfft', title: 'n larger and odd', inputs: [{ shape: [2, 4] }], attrs: { n: 11 } },
  { op: 'rfft', title: 'n smaller than the input truncates', inputs: [{ shape: [2, 9] }], attrs: { n: 4 } },
  { op: 'rfft', title: 'n smaller and odd', inputs: [{ shape: [10] }], attrs: { n: 7 } },
  { op: 'rfft', title: 'n = 1 keeps only the first sample', inputs: [{ shape: [2, 5] }], attrs: { n: 1 } },
  { op: 'rfft', title: 'empty axis with n zero-pads to all zeros', inputs: [{ shape: [2, 0] }], attrs: { n: 4 } },
  ...NORMS.flatMap((norm) => [6, 7].map((T) => ({
    op: 'rfft', title: `norm ${norm}, T=${T}`, inputs: [{ shape: [4, T] }], attrs: { norm },
  }))),
  { op: 'rfft', title: 'norm ortho with n padding', inputs: [{ shape: [3, 5] }], attrs: { n: 9, norm: 'ortho' } },
  { op: 'rfft', title: 'norm forward with n truncating', inputs: [{ shape: [3, 12] }], attrs: { n: 10, norm: 'forward' } },
  { op: 'rfft', title: 'axis -2', inputs: [{ shape: [4, 6, 3] }], attrs: { axis: -2 } },
  { op: 'rfft', title: 'axis 0 of rank 3', inputs: [{ shape: [5, 2, 3] }], attrs: { axis: 0 } },
  { op: 'rfft', title: 'NCTHW time axis 2', inputs: [{ shape: [2, 3, 8, 4, 5] }], attrs: { axis: 2 } },
  { op: 'rfft', title: 'NCTHW time axis -3, odd T, n padding, ortho', inputs: [{ shape: [1, 2, 7, 3, 4] }], attrs: { axis: -3, n: 12, norm: 'ortho' } },
  { op: 'rfft', title: 'NCTHW T=16 axis -3, forward', inputs: [{ shape: [2, 2, 16, 2, 3] }], attrs: { axis: -3, norm: 'forward' } },
  { op: 'rfft', title: 'size-1 axes around the transform axis', inputs: [{ shape: [1, 5, 1] }], attrs: { axis: 1 } },
  { op: 'rfft', title: 'size-1 transform axis in the middle', inputs: [{ shape: [2, 1, 3] }], attrs: { axis: 1 } },
  { op: 'rfft', title: 'f16 input', inputs: [{ shape: [3, 8], dtype: 'f16' }] },
];

// Random c64 inputs are not Hermitian in general (Im of bin 0 is nonzero): irfft ignores what it must.
const irfft: OpCase[] = [
  ...[2, 3, 5, 9, 17, 33].map((m) => ({ op: 'irfft', title: `m=${m}, default n = ${2 * (m - 1)}`, inputs: [{ shape: [3, m], dtype: 'c64' as const }] })),
  ...[1, 3, 5, 7, 15, 63].map((n) => ({
    op: 'irfft', title: `odd n=${n} from ${(n >> 1) + 1} bins`, inputs: [{ shape: [2, (n >> 1) + 1], dtype: 'c64' as const }], attrs: { n },
  })),
  { op: 'irfft', title: 'n larger than 2*(m-1) zero-pads bins', inputs: [{ shape: [2, 3], dtype: 'c64' }], attrs: { n: 10 } },
  { op: 'irfft', title: 'n odd and larger', inputs: [{ shape: [2, 3], dtype: 'c64' }], attrs: { n: 9 } },
  { op: 'irfft', title: 'n smaller truncates bins', inputs: [{ shape: [2, 9], dtype: 'c64' }], attrs: { n: 6 } },
  { op: 'irfft', title: 'n smaller and odd', inputs: [{ shape: [2, 9], dtype: 'c64' }], attrs: { n: 5 } },
  { op: 'irfft', title: 'single bin with n = 4', inputs: [{ shape: [3, 1], dtype: 'c64' }], attrs: { n: 4 } },
  { op: 'irfft', title: 'single bin with n = 1', inputs: [{ shape: [3, 1], dtype: 'c64' }], attrs: { n: 1 } },
  ...NORMS.flatMap((norm) => [4, 5].map((m) => ({
    op: 'irfft', title: `norm ${norm}, m=${m}`, inputs: [{ shape: [3, m], dtype: 'c64' as const }], attrs: { norm },
  }))),
  ...NORMS.map((norm) => ({ op: 'irfft', title: `norm ${norm}, odd n=7`, inputs: [{ shape: [2, 4], dtype: 'c64' as const }], attrs: { n: 7, norm } })),
  { op: 'irfft', title: 'axis -2', inputs: [{ shape: [4, 5, 3], dtype: 'c64' }], attrs: { axis: -2 } },
  { op: 'irfft', title: 'axis 0 of rank 2', inputs: [{ shape: [4, 3], dtype: 'c64' }], attrs: { axis: 0, n: 7 } },
  { op: 'irfft', title: 'NCTHW time axis 2', inputs: [{ shape: [2, 3, 5, 4, 3], dtype: 'c64' }], attrs: { axis: 2 } },
  { op: 'irfft', title: 'NCTHW time axis -3, odd n, ortho', inputs: [{ shape: [1, 2, 4, 3, 2], dtype: 'c64' }], attrs: { axis: -3, n: 7, norm: 'ortho' } },
  { op: 'irfft', title: 'NCTHW T=32 axis -3, forward', inputs: [{ shape: [1, 2, 17, 2, 2], dtype: 'c64' }], attrs: { axis: -3, norm: 'forward' } },
  { op: 'irfft', title: 'size-1 axes around the transform axis', inputs: [{ shape: [1, 4, 1], dtype: 'c64' }], attrs: { axis: 1 } },
  // Im of bin 0 and of the Nyquist bin are nonzero and must be ignored; for odd n the last bin's Im is used
  { op: 'irfft', title: 'non-Hermitian, even n: Im of DC and Nyquist ignored', inputs: [{ shape: [3], dtype: 'c64', values: [1, 5, 2, -3, -1, 7] }] },
  { op: 'irfft', title: 'non-Hermitian, odd n: Im of DC ignored, last bin used', inputs: [{ shape: [3], dtype: 'c64', values: [1, 5, 2, -3, -1, 7] }], attrs: { n: 5 } },
  { op: 'irfft', title: 'purely imaginary DC gives zeros', inputs: [{ shape: [1], dtype: 'c64', values: [0, 3] }], attrs: { n: 4 } },
];

const complexOps: OpCase[] = [
  { op: 'real', title: 'c64 [2,3]', inputs: [{ shape: [2, 3], dtype: 'c64' }] },
  { op: 'real', title: 'c64 scalar', inputs: [{ shape: [], dtype: 'c64' }] },
  { op: 'real', title: 'NCTHW', inputs: [{ shape: [1, 2, 3, 2, 2], dtype: 'c64' }] },
  { op: 'imag', title: 'c64 [2,3]', inputs: [{ shape: [2, 3], dtype: 'c64' }] },
  { op: 'imag', title: 'c64 scalar', inputs: [{ shape: [], dtype: 'c64' }] },
  { op: 'imag', title: 'size-1 axes', inputs: [{ shape: [1, 4, 1], dtype: 'c64' }] },
  { op: 'conj', title: 'c64 [2,3]', inputs: [{ shape: [2, 3], dtype: 'c64' }] },
  { op: 'conj', title: 'c64 scalar', inputs: [{ shape: [], dtype: 'c64' }] },
  { op: 'complex', title: 'same shape', inputs: [{ shape: [2, 3] }, { shape: [2, 3] }] },
  { op: 'complex', title: 'broadcast row against column', inputs: [{ shape: [3, 1] }, { shape: [1, 4] }] },
  { op: 'complex', title: 'broadcast lower rank', inputs: [{ shape: [2, 3, 4] }, { shape: [4] }] },
  { op: 'complex', title: 'scalar imaginary part', inputs: [{ shape: [5] }, { shape: [] }] },
];

export const cases: OpCase[] = [...rfft, ...irfft, ...complexOps];
