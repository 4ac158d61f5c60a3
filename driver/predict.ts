// Running a network over every clip of a split, batch by batch, for evaluation: the network is built for
// one batch size, so the last, smaller batch is padded with zero clips whose scores are dropped (in
// evaluation, BatchNorm uses its running statistics: a clip's scores do not depend on the others).
import { Tensor } from '../ir/tensor.ts';
import type { ClipLoader } from '../data/loader.ts';
import type { Session } from '../runtime/session.ts';

export interface Predictions {
  /** Row-major (clips, classes). */
  readonly logits: Float64Array;
  readonly labels: Int32Array;
  readonly classes: number;
  /** Wall time of each batch, in milliseconds. */
  readonly batchMs: readonly number[];
}

export async function predict(session: Session, input: string, loader: ClipLoader, classes: number, params?: ReadonlyMap<string, Tensor>, epoch = 0): Promise<Predictions> {
  const n = loader.dataset.size;
  const logits = new Float64Array(n * classes);
  const labels = new Int32Array(n);
  const batchMs: number[] = [];
  let at = 0, first = true;
  for await (const batch of loader.epoch(epoch)) {
    const rows = batch.labels.shape[0];
    const t0 = performance.now();
    const out = await session.run(new Map([[input, padded(batch.video, loader.batchSize)]]), first ? params : undefined);
    batchMs.push(performance.now() - t0);
    first = false;
    logits.set(out.get('logits')!.data.subarray(0, rows * classes), at * classes);
    labels.set(batch.labels.data, at);
    at += rows;
  }
  return { logits, labels, classes, batchMs };
}

function padded(video: Tensor, batch: number): Tensor {
  const [rows, ...clip] = video.shape;
  if (rows === batch) return video;
  const data = new Float32Array(batch * clip.reduce((a, b) => a * b, 1));
  data.set(video.data);
  return new Tensor('f32', [batch, ...clip], data);
}

/** Mean cross-entropy of the rows of `logits` against `labels` (natural log), in float64. */
export function meanCrossEntropy(logits: ArrayLike<number>, labels: ArrayLike<number>, classes: number): number {
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    let max = -Infinity;
    for (let k = 0; k < classes; k++) max = Math.max(max, logits[i * classes + k]);
    let sum = 0;
    for (let k = 0; k < classes; k++) sum += Math.exp(logits[i * classes + k] - max);
    total += max + Math.log(sum) - logits[i * classes + labels[i]];
  }
  return total / labels.length;
}
