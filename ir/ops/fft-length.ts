// The signal length and scale of rfft and irfft (ir/ops/fft.ts), which the shape rule, the reference
// and the code generator all need.
import type { TensorType } from '../registry.ts';
import { ShapeError } from '../errors.ts';
import { formatShape } from '../tensor.ts';

export type Norm = 'backward' | 'ortho' | 'forward';

/** Scale applied to a transform of length n: the forward one (rfft) or the inverse one (irfft). */
export function scale(norm: Norm, n: number, inverse: boolean): number {
  if (norm === 'ortho') return 1 / Math.sqrt(n);
  return (norm === 'forward') !== inverse ? 1 / n : 1;
}

/** Signal length n of a transform: the attribute, or what it defaults to for the input (`fallback`). */
function signalLength(x: TensorType, axis: number, n: number | null, op: string, fallback: number, rule: string): number {
  if (n !== null) return n;
  if (fallback >= 1) return fallback;
  throw new ShapeError(`${op}: x ${formatShape(x.shape)} has length ${x.shape[axis]} along axis ${axis}, so the default n = ${rule} is ${fallback}; give n explicitly`, {
    expected: `n = ${rule} >= 1`, found: `n = ${fallback}`,
  });
}

export const rfftLength = (x: TensorType, ax: number, n: number | null) => signalLength(x, ax, n, 'rfft', x.shape[ax], 'the input length');
export const irfftLength = (x: TensorType, ax: number, n: number | null) => signalLength(x, ax, n, 'irfft', 2 * (x.shape[ax] - 1), '2*(m-1)');
