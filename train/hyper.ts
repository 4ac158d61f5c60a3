// The per-step scalars of an optimizer (learning rate, bias corrections, ...) travel as one small f32 input
// vector that the host fills each step, so that one compiled step serves every step and every schedule.
// Each optimizer owns a fixed layout of `length` entries starting at an offset (parameter groups place
// their blocks one after another, see packHyper); the graph reads entry i as a rank-0 value.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { DTypeError, ShapeError } from '../ir/errors.ts';
import { formatShape } from '../ir/tensor.ts';

/** The `length` scalars of `hyper` from `offset` on, each a rank-0 f32 value that broadcasts. */
export function readHyper(b: GraphBuilder, where: string, hyper: Value, offset: number, length: number): Value[] {
  if (hyper.dtype !== 'f32') throw new DTypeError(`${where}: the hyperparameter vector must be f32`, { expected: 'f32', found: hyper.dtype });
  if (hyper.rank !== 1 || !Number.isInteger(offset) || offset < 0 || hyper.shape[0] < offset + length) {
    throw new ShapeError(`${where}: the hyperparameter vector must hold ${length} entries from offset ${offset}`, {
      expected: `[n] with n >= ${offset + length}`, found: formatShape(hyper.shape),
    });
  }
  return Array.from({ length }, (_, i) =>
    b.reshape(b.slice(hyper, { axes: [0], starts: [offset + i], ends: [offset + i + 1] }), { shape: [] }));
}

/** Blocks of per-group hyperparameters, one after another: the host side of a vector read at offsets
 *  0, length, 2·length, ... */
export function packHyper(blocks: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(blocks.reduce((n, x) => n + x.length, 0));
  let at = 0;
  for (const x of blocks) { out.set(x, at); at += x.length; }
  return out;
}
