// Timing a network loaded on a GPU target, cold and warm, and relating each launch's time to the bytes the
// cost model says it moves (codegen's per-launch bytesRead + bytesWritten, as the manifest records them).
//   cold: opening the session (compiling where a network is given, creating pipelines or loading modules)
//         and the first run (uploading parameters, constants and inputs, reading the outputs back);
//   warm: `runs` end-to-end runs after `warmup` with the parameters resident (inputs uploaded, outputs read
//         back), then the kernels alone (runtime/timing.ts: wall time per run, and each launch's GPU time
//         where the device times itself).
import { TargetError } from '../ir/errors.ts';
import type { Session, TensorMap } from './session.ts';
import type { UploadCounts } from './resident-params.ts';
import { summarize, type CopyBandwidth, type TimeStats, type TimingSource } from './timing.ts';

export interface BenchOptions {
  readonly runs: number;
  readonly warmup: number;
}

export interface LaunchBench {
  readonly launch: number;
  readonly kernel: string;
  /** The graph nodes it computes. */
  readonly nodes: string;
  /** Bytes the cost model says it reads and writes. */
  readonly bytesRead: number;
  readonly bytesWritten: number;
  /** Its GPU time (absent where the device cannot time launches, or the launch dispatches no work). */
  readonly ms?: TimeStats;
  /** (bytesRead + bytesWritten) over the median time, in GB/s (1e9 bytes per second). */
  readonly gbps?: number;
  /** gbps as a fraction of the device's copy bandwidth. */
  readonly ofCopy?: number;
}

export interface BenchResult {
  readonly network: string;
  /** The device in words, and in detail (adapter vendor, architecture, device, description; CUDA device). */
  readonly device: string;
  readonly deviceInfo: Readonly<Record<string, string | number | boolean>>;
  readonly runs: number;
  readonly warmup: number;
  readonly source: TimingSource;
  readonly cold: { readonly openMs: number; readonly firstRunMs: number; readonly uploads: UploadCounts };
  readonly warm: {
    /** One end-to-end run: inputs uploaded, every launch, outputs read back. */
    readonly runMs: TimeStats;
    /** The kernels alone: submit to completion. */
    readonly kernelsMs: TimeStats;
    /** GPU time from the first launch's start to the last one's end. */
    readonly gpuMs?: TimeStats;
    /** Uploads of the warm end-to-end runs (parameters stay on the device: none). */
    readonly uploads: UploadCounts;
  };
  readonly launches: readonly LaunchBench[];
  /** Bytes every launch moves together, and that over the median GPU time (else the kernels' wall time),
   *  also as a fraction of the copy bandwidth. */
  readonly total: { readonly bytes: number; readonly gbps: number; readonly ofCopy?: number };
  /** A copy kernel's bandwidth on the device (where the runtime measures it): the limit each launch's GB/s
   *  is compared to. */
  readonly copy?: CopyBandwidth;
}

/** GB/s of `bytes` moved in `ms` milliseconds. */
export const gbPerSecond = (bytes: number, ms: number): number => bytes / ms / 1e6;

const since = (t0: number) => performance.now() - t0;

const minus = (a: UploadCounts, b: UploadCounts): UploadCounts =>
  ({ inputs: a.inputs - b.inputs, params: a.params - b.params, constants: a.constants - b.constants, bytes: a.bytes - b.bytes });

/** Open a session with `open`, time it, and destroy it. */
export async function benchmark(name: string, open: () => Promise<Session>, inputs: TensorMap, params: TensorMap, opts: BenchOptions): Promise<BenchResult> {
  const t0 = performance.now();
  const session = await open();
  try {
    const openMs = since(t0);
    if (!session.timeRun || !session.uploads || !session.program) {
      throw new TargetError(`bench times a GPU target; ${session.device} cannot time its kernels`, { expected: 'webgpu or cuda', found: session.device });
    }
    const t1 = performance.now();
    await session.run(inputs, params);
    const firstRunMs = since(t1);
    const afterFirst = session.uploads();
    for (let i = 0; i < opts.warmup; i++) await session.run(inputs);
    const before = session.uploads();
    const runs: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      const t = performance.now();
      await session.run(inputs);
      runs.push(since(t));
    }
    const warmUploads = minus(session.uploads(), before);
    const timing = await session.timeRun(inputs, undefined, { repeats: opts.runs, warmup: opts.warmup });
    const copy = await session.copyBandwidth?.();
    const ofCopy = (gbps: number) => (copy ? { ofCopy: gbps / copy.gbps } : {});
    const byLaunch = new Map((timing.launches ?? []).map((l) => [l.launch, l] as const));
    const launches = session.program.launches.map((l, i): LaunchBench => {
      const t = byLaunch.get(i);
      const bytes = l.bytesRead + l.bytesWritten;
      const gbps = t ? gbPerSecond(bytes, t.ms.median) : undefined;
      return {
        launch: i, kernel: t?.kernel ?? l.kernel, nodes: l.fuses.map((f) => `%${f.id} ${f.op}`).join(', '),
        bytesRead: l.bytesRead, bytesWritten: l.bytesWritten,
        ...(t && gbps !== undefined ? { ms: t.ms, gbps, ...ofCopy(gbps) } : {}),
      };
    });
    const bytes = launches.reduce((a, l) => a + l.bytesRead + l.bytesWritten, 0);
    const totalGbps = gbPerSecond(bytes, (timing.gpuMs ?? timing.wallMs).median);
    return {
      network: name, device: session.device, deviceInfo: session.deviceInfo, runs: opts.runs, warmup: opts.warmup, source: timing.source,
      cold: { openMs, firstRunMs, uploads: afterFirst },
      warm: { runMs: summarize(runs), kernelsMs: timing.wallMs, ...(timing.gpuMs ? { gpuMs: timing.gpuMs } : {}), uploads: warmUploads },
      launches,
      total: { bytes, gbps: totalGbps, ...ofCopy(totalGbps) },
      ...(copy ? { copy } : {}),
    };
  } finally {
    await session.destroy();
  }
}
