// Argument checks shared by the nn/ compositions: they raise the IR's typed errors, naming the block
// (with its state_dict prefix when scoped), what was expected and what was found.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { AttrError, ShapeError } from '../ir/errors.ts';
import { formatShape } from '../ir/tensor.ts';

/** "linear 'fc'": the block and the scope its parameters live under. */
export function site(b: GraphBuilder, block: string): string {
  const prefix = b.scoped('').slice(0, -1);
  return prefix ? `${block} '${prefix}'` : block;
}

/** Every option given must be one the block takes, so that a misspelt option is not silently ignored.
 *  `known` holds them all: a record, so that the compiler keeps it in step with the options' type. */
export function requireKnownOptions<T extends object>(b: GraphBuilder, block: string, opts: T, known: Record<keyof T, true>): void {
  const names = Object.keys(known);
  for (const key of Object.keys(opts)) {
    if (!names.includes(key)) throw new AttrError(`${site(b, block)}: unknown option '${key}'`, { expected: `one of ${names.join(', ')}`, found: key });
  }
}

/** A size option must be a positive integer. */
export function requireSize(b: GraphBuilder, block: string, option: string, v: number): void {
  if (!Number.isInteger(v) || v < 1) {
    throw new AttrError(`${site(b, block)}: option '${option}' must be a positive integer`, { expected: 'an integer >= 1', found: String(v) });
  }
}

export function requireRankIn(b: GraphBuilder, block: string, what: string, x: Value, ranks: readonly number[], layout: string): void {
  if (!ranks.includes(x.rank)) {
    throw new ShapeError(`${site(b, block)}: ${what} must be ${layout}`, { expected: `rank ${ranks.join(' or ')}`, found: `rank ${x.rank} ${formatShape(x.shape)}` });
  }
}

/** Axis `axis` (negative counts from the end) of `x` must have size `size`. */
export function requireDim(b: GraphBuilder, block: string, what: string, x: Value, axis: number, size: number, option: string): void {
  const found = x.shape[axis < 0 ? x.rank + axis : axis];
  if (found !== size) {
    throw new ShapeError(`${site(b, block)}: ${what} ${formatShape(x.shape)} has size ${found} on axis ${axis}, but ${option} = ${size}`, {
      expected: `${size}`, found: `${found}`,
    });
  }
}

/** Normalise an axis of a rank-`rank` input, or raise naming the block. */
export function axisOf(b: GraphBuilder, block: string, axis: number, rank: number): number {
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank) {
    throw new AttrError(`${site(b, block)}: axis is out of range for a rank-${rank} input`, { expected: `${-rank}..${rank - 1}`, found: String(axis) });
  }
  return axis < 0 ? axis + rank : axis;
}
