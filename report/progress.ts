// What a training run prints while it runs. On a terminal: a bar per epoch, redrawn in place, with the
// running loss, accuracy, clips/s, step time and the epoch's ETA, then a summary line when the epoch ends.
// Elsewhere (a log file, CI): the summary line per epoch only, so that logs stay short and readable.
import { SingleBar } from 'cli-progress';
import { formatAmount, formatDuration, formatLoss, formatPercent } from './format.ts';

/** Where progress goes: a writable stream, a terminal when `isTTY` (cli-progress moves its cursor). */
export interface ProgressStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  epochs: number;
  stepsPerEpoch: number;
  /** Default process.stderr (stdout stays free for results). */
  stream?: ProgressStream;
  /** Whether to draw the bar; default: the stream's own isTTY. */
  isTTY?: boolean;
  /** Clock in milliseconds for the ETAs; default performance.now. */
  now?: () => number;
}

/** The running means of the epoch so far, as a training step reports them. */
export interface StepStats {
  loss: number;
  acc: number;
  clipsPerSec: number;
  stepMs: number;
}

export interface EpochSummary {
  train: { loss: number; acc: number };
  val?: { loss: number; acc: number };
  clipsPerSec: number;
  stepMs: number;
}

const BAR_FORMAT = 'epoch {epochOf} [{bar}] {value}/{total} | loss {loss} | acc {acc} | {clips} clips/s | {stepMs} ms/step | ETA {etaText}';

export class TrainingProgress {
  private readonly stream: ProgressStream;
  private readonly tty: boolean;
  private readonly now: () => number;
  private bar?: SingleBar;
  private epoch = 0;
  private epochStart = 0;
  private runStart?: number;
  private epochsRun = 0;

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    this.tty = options.isTTY ?? this.stream.isTTY === true;
    this.now = options.now ?? (() => performance.now());
  }

  startEpoch(epoch: number): void {
    this.stopBar();
    this.epoch = epoch;
    this.epochStart = this.now();
    this.runStart ??= this.epochStart;
    if (!this.tty) return;
    // cli-progress draws only on a stream that says it is a terminal: this one does when `isTTY` was forced on
    const terminal = { write: (s: string) => this.stream.write(s), isTTY: true, columns: this.stream.columns };
    this.bar = new SingleBar({ format: BAR_FORMAT, stream: terminal as unknown as NodeJS.WritableStream, barsize: 20 });
    this.bar.start(this.options.stepsPerEpoch, 0, this.payload(0, undefined));
  }

  /** `done` steps of the epoch are done; `stats` are the epoch's running means. Draws nothing off a terminal. */
  step(done: number, stats: StepStats): void {
    this.bar?.update(done, this.payload(done, stats));
  }

  /** Ends the epoch's bar and prints its summary line. */
  endEpoch(summary: EpochSummary): void {
    this.stopBar();
    this.epochsRun += 1;
    const { epochs } = this.options;
    const seconds = (this.now() - this.epochStart) / 1000;
    const perEpoch = (this.now() - this.runStart!) / 1000 / this.epochsRun;
    const split = (name: string, s: { loss: number; acc: number }) => `${name} loss ${formatLoss(s.loss)} acc ${formatPercent(s.acc)}`;
    const parts = [
      `epoch ${this.epoch}/${epochs}`,
      split('train', summary.train),
      ...(summary.val ? [split('val', summary.val)] : []),
      `${formatAmount(summary.clipsPerSec)} clips/s`,
      `${formatAmount(summary.stepMs)} ms/step`,
      `${seconds.toFixed(1)} s`,
      `ETA ${formatDuration(perEpoch * (epochs - this.epoch))}`,
    ];
    this.stream.write(`${parts.join(' | ')}\n`);
  }

  /** Stops a bar that is drawing (an interrupted run), leaving its last state on screen. */
  stop(): void {
    this.stopBar();
  }

  private stopBar(): void {
    this.bar?.stop();
    this.bar = undefined;
  }

  private payload(done: number, stats: StepStats | undefined): Record<string, string> {
    const { epochs, stepsPerEpoch } = this.options;
    const eta = done > 0 ? ((this.now() - this.epochStart) / 1000 / done) * (stepsPerEpoch - done) : NaN;
    return {
      epochOf: `${this.epoch}/${epochs}`,
      loss: stats ? formatLoss(stats.loss) : '-',
      acc: stats ? formatPercent(stats.acc) : '-',
      clips: stats ? formatAmount(stats.clipsPerSec) : '-',
      stepMs: stats ? formatAmount(stats.stepMs) : '-',
      etaText: formatDuration(eta),
    };
  }
}
