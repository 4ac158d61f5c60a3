// What the runtimes' timing reports: for a number of runs after a warm-up, the wall time of each run and,
// where the device can time itself, the GPU time of the program and of each launch, each summarised as
// median, min and max.
import { InternalError } from '../ir/errors.ts';

export interface TimeStats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** Median (the mean of the middle two for an even count), min and max of `samples` (at least one). */
export function summarize(samples: readonly number[]): TimeStats {
  if (!samples.length) throw new InternalError('summarize: no samples');
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1] };
}

/** How a runtime timed launches: WebGPU timestamp queries (one compute pass per launch), CUDA events around
 *  each launch, or none (the device has no timestamp queries: wall time of whole runs only). */
export type TimingSource = 'timestamp-query' | 'cuda-events' | 'wall-clock';

export interface LaunchTiming {
  readonly launch: number;
  readonly kernel: string;
  /** The graph nodes the launch computes. */
  readonly nodes: string;
  /** GPU time of the launch, milliseconds. */
  readonly ms: TimeStats;
}

export interface RunTiming {
  readonly repeats: number;
  readonly warmup: number;
  readonly source: TimingSource;
  /** Wall time of one run, milliseconds: submit to completion (inputs already uploaded, nothing read back). */
  readonly wallMs: TimeStats;
  /** GPU time of the program, first launch's start to last launch's end (absent for 'wall-clock'). */
  readonly gpuMs?: TimeStats;
  /** Every launch that dispatches work, in order (absent for 'wall-clock'). */
  readonly launches?: readonly LaunchTiming[];
}

export interface TimeOptions {
  /** Timed runs (default 10). */
  readonly repeats?: number;
  /** Untimed runs before them (default 2). */
  readonly warmup?: number;
}

/** The device's copy bandwidth as a kernel reaches it: bytes read and written by one copy, its time, and
 *  the GB/s of the median (1e9 bytes per second). */
export interface CopyBandwidth {
  readonly bytes: number;
  readonly ms: TimeStats;
  readonly gbps: number;
}
