// Checks shared by the optimizer builders: settings raise OptimizerError, tensors that do not fit raise
// ShapeError or DTypeError, each naming the optimizer (and the parameter) and what was expected and found.
import type { Value } from '../ir/builder.ts';
import { DTypeError, OptimizerError, ShapeError } from '../ir/errors.ts';
import { formatShape } from '../ir/tensor.ts';

/** Every option given must be one the optimizer takes, so that a misspelt one is not silently ignored. */
export function requireKnownOptions<T extends object>(where: string, opts: T, known: Record<keyof T, true>): void {
  const names = Object.keys(known);
  for (const key of Object.keys(opts)) {
    if (!names.includes(key)) throw new OptimizerError(`${where}: unknown option '${key}'`, { expected: `one of ${names.join(', ')}`, found: key });
  }
}

/** A finite number in [lo, hi] (hi exclusive when `open`). */
export function requireInRange(where: string, option: string, v: number, lo = -Infinity, hi = Infinity, open = false): void {
  const ok = typeof v === 'number' && Number.isFinite(v) && v >= lo && (open ? v < hi : v <= hi);
  if (!ok) {
    const range = hi !== Infinity ? `a number in [${lo}, ${hi}${open ? ')' : ']'}` : lo === -Infinity ? 'a finite number' : `a finite number >= ${lo}`;
    throw new OptimizerError(`${where}: option '${option}' is out of range`, { expected: range, found: String(v) });
  }
}

/** A step count: the optimizer step about to be taken, counted from 1 as torch's state['step'] after it. */
export function requireStep(where: string, step: number): void {
  if (!Number.isInteger(step) || step < 1) throw new OptimizerError(`${where}: step must be a positive integer (the first step is 1)`, { expected: 'an integer >= 1', found: String(step) });
}

/** An f32 tensor of the parameter's shape (a gradient or an optimizer-state tensor). */
export function requireLike(where: string, what: string, v: Value, param: Value): void {
  if (v.dtype !== 'f32') throw new DTypeError(`${where}: ${what} must be f32`, { expected: 'f32', found: v.dtype });
  if (v.shape.length !== param.shape.length || v.shape.some((d, i) => d !== param.shape[i])) {
    throw new ShapeError(`${where}: ${what} must have the parameter's shape`, { expected: formatShape(param.shape), found: formatShape(v.shape) });
  }
}
