// What every benchmarked system offers the worker: its outputs once (checked against the float64
// reference before anything is timed), then the median time of warm, device-synchronised forwards.
import type { BenchCase } from './cases.ts';
import type { CaseData } from './data.ts';

export interface Timing {
  /** Median wall time of one forward over `repeats` runs, each ended by a device sync. */
  ms: number;
  /** Where the system times itself on the device (timestamp queries): GPU time of one forward. */
  gpuMs?: number;
  /** tempofuse: each launch's median GPU time and the bytes the cost model says it moves. */
  kernels?: KernelTime[];
}

export interface KernelTime { kernel: string; ms: number; bytes: number }

export interface Runner {
  /** The device as the system sees it, in words. */
  readonly device: string;
  /** How this system computes the case, when it is worth saying (e.g. which ops run where). */
  readonly note?: string;
  outputs(): Promise<Map<string, ArrayLike<number>>>;
  time(warmup: number, repeats: number): Promise<Timing>;
  destroy(): Promise<void>;
}

/** A system's answer for a case: a runner, or why the system cannot express the case. */
export type Opened = Runner | { unavailable: string };

export type SystemOpener = (c: BenchCase, data: CaseData) => Promise<Opened>;

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Time `once` (one synchronised forward, resolving with its wall ms) `repeats` times after `warmup`. */
export async function timeLoop(once: () => Promise<number>, warmup: number, repeats: number): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) samples.push(await once());
  return { ms: median(samples) };
}
