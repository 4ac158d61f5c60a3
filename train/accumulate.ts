// Gradient accumulation over k micro-batches: the gradient an optimizer step sees is the mean of the k
// micro-batch gradients, as in the usual torch loop that calls (loss / k).backward() k times before
// step(). Either all k gradients are at hand (meanGrad), or a buffer kept between micro-batches (zeros
// before the first, read and reset by the step after the k-th) gathers them one at a time (accumulateGrad).
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { OptimizerError } from '../ir/errors.ts';
import { requireLike } from './check.ts';

function requireMicroBatches(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new OptimizerError(`gradient accumulation: the number of micro-batches must be a positive integer`, { expected: 'an integer >= 1', found: String(k) });
}

/** buffer + grad / k: one micro-batch's share added to the accumulation buffer. */
export function accumulateGrad(b: GraphBuilder, buffer: Value, grad: Value, k: number): Value {
  requireMicroBatches(k);
  requireLike('gradient accumulation', 'grad', grad, buffer);
  return b.add(buffer, k === 1 ? grad : b.div(grad, k));
}

/** The mean of the micro-batch gradients of one parameter, summed in order. */
export function meanGrad(b: GraphBuilder, grads: readonly Value[]): Value {
  requireMicroBatches(grads.length);
  grads.forEach((g) => requireLike('gradient accumulation', 'grad', g, grads[0]));
  const sum = grads.slice(1).reduce((acc, g) => b.add(acc, g), grads[0]);
  return grads.length === 1 ? sum : b.div(sum, grads.length);
}
