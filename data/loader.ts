// Batches of clips for a training loop: `for await (const batch of loader.epoch(e))`. The order is a
// seeded shuffle per epoch (or the dataset's order); clips are asked of the dataset up to `prefetch`
// batches ahead of the one being consumed, so decoding (in the dataset's threads) overlaps the consumer's
// work, and batches come out in order whatever order the clips finish in.
import { DataError } from '../ir/errors.ts';
import { Tensor } from '../ir/tensor.ts';
import type { Clip, ClipDataset } from './dataset.ts';
import { mixSeed, streamFor } from './seeds.ts';

export interface LoaderOptions {
  batchSize: number;
  /** A new order every epoch, drawn from `seed` and the epoch. Default false. */
  shuffle?: boolean;
  seed?: number;
  /** Leave out the last batch when it is smaller than batchSize. Default false. */
  dropLast?: boolean;
  /** Batches asked ahead of the consumer. Default 2. */
  prefetch?: number;
}

export interface Batch {
  /** f32 [N, C, T, H, W]. */
  video: Tensor;
  /** i32 [N]. */
  labels: Tensor;
  paths: string[];
  /** The clips' indices in the dataset. */
  indices: number[];
  epoch: number;
  /** The batch's number within its epoch. */
  step: number;
}

function positiveInt(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 1) throw new DataError(`bad loader option ${name}`, { expected: 'a positive integer', found: String(v) });
  return v;
}

/** The seed of the shuffles, kept apart from the dataset's seed for its clips. */
const SHUFFLE_STREAM = 0x5eed;

export class ClipLoader {
  readonly batchSize: number;
  private readonly prefetch: number;

  constructor(readonly dataset: ClipDataset, private readonly opts: LoaderOptions) {
    this.batchSize = positiveInt('batchSize', opts.batchSize);
    this.prefetch = positiveInt('prefetch', opts.prefetch ?? 2);
    if (opts.dropLast && dataset.size < this.batchSize) {
      throw new DataError('no batch is left: the dataset is smaller than one batch and dropLast leaves out the partial one', {
        expected: `at least ${this.batchSize} clips`, found: `${dataset.size}`,
      });
    }
  }

  get batchesPerEpoch(): number {
    return this.opts.dropLast ? Math.floor(this.dataset.size / this.batchSize) : Math.ceil(this.dataset.size / this.batchSize);
  }

  /** The dataset's indices in the order epoch `epoch` visits them (Fisher-Yates with a seeded stream). */
  order(epoch: number): number[] {
    const order = Array.from({ length: this.dataset.size }, (_, i) => i);
    if (!this.opts.shuffle) return order;
    const rng = streamFor(mixSeed(SHUFFLE_STREAM, this.opts.seed ?? 0), epoch);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(0, i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order;
  }

  /** The batches of epoch `epoch`, from batch `from` on (a resumed run skips those it used: each batch is
   *  a function of the seed, the epoch and its position, so the skipped ones need not be loaded). */
  async *epoch(epoch: number, from = 0): AsyncGenerator<Batch> {
    if (!Number.isInteger(epoch) || epoch < 0) throw new DataError('bad epoch index', { expected: 'an integer >= 0', found: String(epoch) });
    if (!Number.isInteger(from) || from < 0 || from > this.batchesPerEpoch) throw new DataError('bad first batch', { expected: `an integer in [0, ${this.batchesPerEpoch}]`, found: String(from) });
    const order = this.order(epoch);
    const groups = Array.from({ length: this.batchesPerEpoch }, (_, b) => order.slice(b * this.batchSize, (b + 1) * this.batchSize));
    const pending: Promise<Clip[]>[] = [];
    const ask = (b: number): void => {
      const p = Promise.all(groups[b].map((i) => this.dataset.load(i, epoch)));
      // a batch asked ahead that is never awaited (the consumer stopped) must not report its failure
      p.catch(() => undefined);
      pending.push(p);
    };
    for (let b = from; b < Math.min(from + this.prefetch, groups.length); b++) ask(b);
    for (let b = from; b < groups.length; b++) {
      const clips = await pending.shift()!;
      if (b + this.prefetch < groups.length) ask(b + this.prefetch);
      yield this.assemble(clips, groups[b], epoch, b);
    }
  }

  private assemble(clips: Clip[], indices: number[], epoch: number, step: number): Batch {
    const [c, t, h, w] = this.dataset.clipShape;
    const per = c * t * h * w;
    const data = new Float32Array(clips.length * per);
    clips.forEach((clip, k) => data.set(clip.video, k * per));
    return {
      video: new Tensor('f32', [clips.length, c, t, h, w], data),
      labels: new Tensor('i32', [clips.length], Int32Array.from(clips, (clip) => clip.label)),
      paths: clips.map((clip) => clip.path),
      indices,
      epoch,
      step,
    };
  }
}
