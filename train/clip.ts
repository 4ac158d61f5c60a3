// Gradient clipping by global norm, as torch.nn.utils.clip_grad_norm_ (norm type 2):
//   total = ‖(‖g_1‖, …, ‖g_n‖)‖  (the norm of the per-tensor norms, i.e. sqrt of the sum of all squares)
//   coef  = min(maxNorm / (total + 1e-6), 1)
//   g_i   = g_i · coef           (every gradient is scaled, by 1 when under the limit, as torch does)
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { DTypeError, OptimizerError } from '../ir/errors.ts';
import { requireInRange } from './check.ts';

export interface ClipResult {
  /** The scaled gradients, in the order given. */
  grads: Value[];
  /** The norm before clipping (rank 0), which torch returns for logging. */
  totalNorm: Value;
}

/** Sum of squares of every element, as a rank-0 value. */
function sumOfSquares(b: GraphBuilder, x: Value): Value {
  const flat = b.reshape(x, { shape: [-1] });
  return b.sum(b.mul(flat, flat), { axes: [0] });
}

export function clipGradNorm(b: GraphBuilder, grads: readonly Value[], maxNorm: number): ClipResult {
  requireInRange('clipGradNorm', 'maxNorm', maxNorm, 0);
  if (grads.length === 0) throw new OptimizerError('clipGradNorm: no gradients to clip', { expected: 'at least one gradient', found: 'none' });
  grads.forEach((g, i) => {
    if (g.dtype !== 'f32') throw new DTypeError(`clipGradNorm: gradient ${i} must be f32`, { expected: 'f32', found: g.dtype });
  });
  const norms = grads.map((g) => b.sqrt(sumOfSquares(b, g)));
  const totalNorm = b.sqrt(sumOfSquares(b, b.concat(norms.map((n) => b.reshape(n, { shape: [1] })), { axis: 0 })));
  const coef = b.minimum(b.div(b.constant(maxNorm), b.add(totalNorm, 1e-6)), 1);
  return { grads: grads.map((g) => b.mul(g, coef)), totalNorm };
}
