// `tempofuse bench`: time a network (compiled on the fly) or a compiled artifact folder on a GPU target,
// cold and warm (runtime/benchmark.ts), and print the device, the timing of whole runs and, per launch,
// median/min/max GPU time, the bytes the cost model says it moves, the GB/s that achieves and its fraction
// of a copy kernel's bandwidth on the same device. --json writes
// the same figures to a file.
import { InvalidArgumentError, type Command } from 'commander';
import { TargetError } from '../ir/errors.ts';
import { benchmark, type BenchResult } from '../runtime/benchmark.ts';
import { checkWritable, writeFileAtomic } from '../io/files.ts';
import type { UploadCounts } from '../runtime/resident-params.ts';
import type { TimeStats } from '../runtime/timing.ts';
import { bindings, runnable } from './run.ts';
import type { NetworkArgs } from '../runtime/network.ts';
import { note, print, withNetworkArgs, withParams, withSeed, type ParamsOptions } from './common.ts';

const BENCH_TARGETS = ['webgpu', 'cuda'] as const;

interface BenchOptions extends ParamsOptions { target?: string; runs: number; warmup: number; seed: number; inputs?: string; json?: string; arg?: NetworkArgs }

const count = (min: number) => (text: string): number => {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > 1e6) throw new InvalidArgumentError(`expected an integer in [${min}, 1000000]`);
  return n;
};

/** Fails (typed) before anything is compiled when CUDA cannot run here: the addon is not built, there is no
 *  driver, or it reports no device. */
async function requireCuda(): Promise<void> {
  const { listCudaDevices } = await import('../runtime/cuda/device.ts');
  const { NoCudaDeviceError } = await import('../runtime/cuda/errors.ts');
  if (!(await listCudaDevices()).length) throw new NoCudaDeviceError('no CUDA device: the driver reports none');
}

export function register(program: Command): void {
  withSeed(withNetworkArgs(withParams(program.command('bench')
    .description('time a network or a compiled artifact folder on a GPU target, cold and warm; per kernel: median/min/max time, bytes moved (cost model), GB/s')
    .argument('<network>', 'a .ts/.js network module, a .json graph, a .tfir text graph, or an artifact folder (tempofuse compile)')
    .option('--target <name>', `where to run: ${BENCH_TARGETS.join(', ')} (default: webgpu for a network, the artifact's own target for a folder)`)
    .option('--runs <n>', 'timed runs', count(1), 20)
    .option('--warmup <n>', 'untimed runs before them', count(0), 3)
    .option('--inputs <file>', '.safetensors file with every input (default: drawn from normal(0,1) with --seed)')
    .option('--json <file>', 'also write the figures as JSON to this file'))))
    .action(async (path: string, opts: BenchOptions) => {
      if (opts.target !== undefined && !(BENCH_TARGETS as readonly string[]).includes(opts.target)) {
        throw new TargetError(`bench times a GPU target; '${opts.target}' is not one`, { expected: BENCH_TARGETS.join(' or '), found: opts.target });
      }
      if (opts.json) await checkWritable(opts.json);
      const r = await runnable(path, opts.target, opts, BENCH_TARGETS);
      if (r.target === 'cuda') await requireCuda();
      const { inputs, params } = await bindings(r, opts);
      const result = await benchmark(r.name, r.open, inputs, params, { runs: opts.runs, warmup: opts.warmup });
      if (opts.json) {
        await writeFileAtomic(opts.json, JSON.stringify(result, null, 2) + '\n');
        note(`wrote ${opts.json}`);
      }
      print(formatBench(result));
    });
}

const ms = (x: number) => x.toPrecision(4);
const stats = (s: TimeStats) => `median ${ms(s.median)} ms  min ${ms(s.min)}  max ${ms(s.max)}`;
const uploads = (u: UploadCounts) => `${u.inputs} input(s), ${u.params} parameter(s), ${u.constants} constant(s), ${u.bytes} bytes`;
const gbps = (x: number) => (Number.isFinite(x) ? x.toPrecision(3) : '-');

const SOURCE_TEXT: Record<BenchResult['source'], string> = {
  'timestamp-query': 'kernel times from timestamp queries (one compute pass per launch)',
  'cuda-events': 'kernel times from CUDA events around each launch',
  'wall-clock': 'the device has no timestamp queries: no per-kernel times, only the wall time of whole runs',
};

/** The report on stdout: a header, whole runs, then one row per launch and a total row. */
export function formatBench(b: BenchResult): string {
  const info = Object.entries(b.deviceInfo).map(([k, v]) => `${k} ${v === '' ? '(none)' : String(v)}`).join(', ');
  const lines = [
    `bench ${b.network} on ${b.device}`,
    `device: ${info}`,
    `${b.runs} run(s) after ${b.warmup} warm-up; ${SOURCE_TEXT[b.source]}`,
    `cold: open ${ms(b.cold.openMs)} ms, first run ${ms(b.cold.firstRunMs)} ms (uploaded ${uploads(b.cold.uploads)})`,
    `warm run (inputs up, kernels, outputs back): ${stats(b.warm.runMs)} (uploaded ${uploads(b.warm.uploads)} in ${b.runs} runs)`,
    `warm kernels (submit to done):              ${stats(b.warm.kernelsMs)}`,
  ];
  if (b.warm.gpuMs) lines.push(`warm GPU time (first start to last end):    ${stats(b.warm.gpuMs)}`);
  lines.push(b.copy
    ? `copy kernel: ${gbps(b.copy.gbps)} GB/s (${b.copy.bytes} bytes read + written, ${stats(b.copy.ms)}); "of copy" is each launch's GB/s over it`
    : 'copy kernel: not measured on this target (no "of copy" column)');
  const rows = [['launch', 'kernel', 'median_ms', 'min_ms', 'max_ms', 'bytes', 'GB/s', ...(b.copy ? ['of_copy'] : [])]];
  const ofCopy = (f: number | undefined) => (b.copy ? [f === undefined ? '-' : `${(100 * f).toFixed(1)}%`] : []);
  for (const l of b.launches) {
    const t = l.ms;
    rows.push([String(l.launch), l.kernel, t ? ms(t.median) : '-', t ? ms(t.min) : '-', t ? ms(t.max) : '-', String(l.bytesRead + l.bytesWritten), l.gbps === undefined ? '-' : gbps(l.gbps), ...ofCopy(l.ofCopy)]);
  }
  const total = b.warm.gpuMs ?? b.warm.kernelsMs;
  rows.push(['total', b.warm.gpuMs ? 'GPU time' : 'kernels wall time', ms(total.median), ms(total.min), ms(total.max), String(b.total.bytes), gbps(b.total.gbps), ...ofCopy(b.total.ofCopy)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  lines.push(...rows.map((r) => r.map((cell, c) => (c === 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd()));
  return lines.join('\n');
}
