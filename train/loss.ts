// The classification loss of a training step: cross-entropy of logits (N, K) against target class
// probabilities (N, K), averaged over the batch. With one-hot targets it is torch.nn.functional.cross_entropy
// with mean reduction; label smoothing is a different target, made on the host.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { ShapeError } from '../ir/errors.ts';
import { formatShape } from '../ir/tensor.ts';
import { logSoftmax } from '../nn/activations.ts';

export function crossEntropy(b: GraphBuilder, logits: Value, target: Value): Value {
  if (logits.rank !== 2) throw new ShapeError('crossEntropy: logits must be (batch, classes)', { expected: 'rank 2', found: formatShape(logits.shape) });
  if (formatShape(target.shape) !== formatShape(logits.shape)) {
    throw new ShapeError('crossEntropy: the target must have the logits\' shape (class probabilities per clip)', { expected: formatShape(logits.shape), found: formatShape(target.shape) });
  }
  const perClip = b.sum(b.mul(target, logSoftmax(b, logits, 1)), { axes: [1] });
  return b.mul(b.sum(perClip, { axes: [0] }), -1 / logits.shape[0]);
}

/** One-hot rows of `labels` over `classes`, each smoothed as torch's label_smoothing does: (1 - s) on the
 *  label plus s / classes everywhere. */
export function targetRows(labels: ArrayLike<number>, classes: number, smoothing = 0): Float32Array {
  const out = new Float32Array(labels.length * classes).fill(smoothing / classes);
  for (let i = 0; i < labels.length; i++) out[i * classes + labels[i]] += 1 - smoothing;
  return out;
}
