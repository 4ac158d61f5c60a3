// `tempofuse bench` with no device at hand: one typed line for each kind of bad request (a target that is
// not a GPU, an artifact asked to run elsewhere, a bad --runs or --warmup, a missing network), and CUDA
// where there is no CUDA device, reported before anything is drawn or compiled. Timing on WebGPU is
// test/device/cli-bench-webgpu.test.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBench } from '../../cli/bench.ts';
import type { BenchResult } from '../../runtime/benchmark.ts';
import { addonBuilt } from '../../runtime/cuda/addon.ts';
import { expectOneLineError, runCli } from '../helpers/cli.ts';

const SMALL = 'test/fixtures/golden/spectral_filter.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-cli-bench-'));
  expect((await runCli(['compile', SMALL, '--target', 'wgsl', '--out', join(dir, 'wgsl')])).code).toBe(0);
}, 60_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

/** A usage error: exit code 2, nothing on stdout, commander's one line on stderr. */
function expectUsageError(r: { code: number; stdout: string; stderr: string }, line: string): void {
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`${line}\n`);
  expect(r.code).toBe(2);
}

describe('tempofuse bench: bad requests', () => {
  it('a target that is not a GPU', async () => {
    expectOneLineError(await runCli(['bench', SMALL, '--target', 'reference']),
      "error: TargetError: bench times a GPU target; 'reference' is not one (expected webgpu or cuda, found reference)");
    expectOneLineError(await runCli(['bench', SMALL, '--target', 'tpu']),
      "error: TargetError: bench times a GPU target; 'tpu' is not one (expected webgpu or cuda, found tpu)");
  });

  it('an artifact asked to run on another target than its own', async () => {
    expectOneLineError(await runCli(['bench', join(dir, 'wgsl'), '--target', 'cuda']),
      `error: TargetError: artifact ${join(dir, 'wgsl')} was compiled for wgsl; it runs on --target webgpu (expected webgpu, found cuda)`);
  });

  it('a bad number of runs or warm-up runs', async () => {
    expectUsageError(await runCli(['bench', SMALL, '--runs', '0']), "error: option '--runs <n>' argument '0' is invalid. expected an integer in [1, 1000000]");
    expectUsageError(await runCli(['bench', SMALL, '--runs', '2.5']), "error: option '--runs <n>' argument '2.5' is invalid. expected an integer in [1, 1000000]");
    expectUsageError(await runCli(['bench', SMALL, '--warmup', '-1']), "error: option '--warmup <n>' argument '-1' is invalid. expected an integer in [0, 1000000]");
  });

  it('a network that does not exist', async () => {
    expectOneLineError(await runCli(['bench', 'no/such/network.ts']), 'error: FileError: cannot read network no/such/network.ts: no such file');
  });

  it('CUDA where there is no CUDA device, said before anything is drawn or compiled', async () => {
    // no driver, whatever this machine has: the library the runtime opens is one that does not exist
    const r = await runCli(['bench', SMALL, '--target', 'cuda'], { TEMPOFUSE_LIBCUDA: '/nonexistent/tempofuse/libcuda.so.1' });
    if (addonBuilt()) expectOneLineError(r, /^error: NoCudaDeviceError: no CUDA device: \/nonexistent\/tempofuse\/libcuda\.so\.1 not found \(.*\)$/);
    else expectOneLineError(r, /^error: TargetError: the CUDA runtime addon is not built /);
  });
});

describe('the bench report', () => {
  it('without per-launch times (no timestamp queries) says so, lists every launch untimed, and rates the whole run', () => {
    const stats = (m: number) => ({ median: m, min: m / 2, max: 2 * m });
    const result: BenchResult = {
      network: 'net', device: 'webgpu: some adapter', deviceInfo: { vendor: 'v', architecture: '', device: 'd', description: 'x' },
      runs: 4, warmup: 1, source: 'wall-clock',
      cold: { openMs: 12.5, firstRunMs: 3, uploads: { inputs: 1, params: 2, constants: 0, bytes: 64 } },
      warm: { runMs: stats(2), kernelsMs: stats(1), uploads: { inputs: 4, params: 0, constants: 0, bytes: 128 } },
      launches: [
        { launch: 0, kernel: 'k0_add', nodes: '%2 add', bytesRead: 1000, bytesWritten: 500 },
        { launch: 1, kernel: 'k1_sum', nodes: '%3 sum', bytesRead: 500, bytesWritten: 0 },
      ],
      total: { bytes: 2000, gbps: 2000 / 1 / 1e6 },
    };
    const lines = formatBench(result).split('\n');
    expect(lines[0]).toBe('bench net on webgpu: some adapter');
    expect(lines[1]).toBe('device: vendor v, architecture (none), device d, description x');
    expect(lines[2]).toBe('4 run(s) after 1 warm-up; the device has no timestamp queries: no per-kernel times, only the wall time of whole runs');
    expect(lines.some((l) => l.startsWith('warm GPU time'))).toBe(false);
    expect(lines).toContain('copy kernel: not measured on this target (no "of copy" column)');
    const table = lines.slice(lines.findIndex((l) => l.startsWith('launch'))).map((l) => l.trim().split(/\s{2,}/));
    expect(table).toEqual([
      ['launch', 'kernel', 'median_ms', 'min_ms', 'max_ms', 'bytes', 'GB/s'],
      ['0', 'k0_add', '-', '-', '-', '1500', '-'],
      ['1', 'k1_sum', '-', '-', '-', '500', '-'],
      ['total', 'kernels wall time', '1.000', '0.5000', '2.000', '2000', '0.00200'],
    ]);
  });
});

describe('the bench report against the copy kernel', () => {
  it('prints the copy bandwidth and each launch\'s fraction of it', () => {
    const stats = (m: number) => ({ median: m, min: m, max: m });
    const result: BenchResult = {
      network: 'net', device: 'webgpu: some adapter', deviceInfo: {}, runs: 1, warmup: 0, source: 'timestamp-query',
      cold: { openMs: 1, firstRunMs: 1, uploads: { inputs: 1, params: 0, constants: 0, bytes: 8 } },
      warm: { runMs: stats(2), kernelsMs: stats(1), gpuMs: stats(1), uploads: { inputs: 1, params: 0, constants: 0, bytes: 8 } },
      launches: [{ launch: 0, kernel: 'k0_add', nodes: '%2 add', bytesRead: 3e6, bytesWritten: 1e6, ms: stats(1), gbps: 4, ofCopy: 0.25 }],
      total: { bytes: 4e6, gbps: 4, ofCopy: 0.25 },
      copy: { bytes: 32e6, ms: stats(2), gbps: 16 },
    };
    const lines = formatBench(result).split('\n');
    expect(lines).toContain('copy kernel: 16.0 GB/s (32000000 bytes read + written, median 2.000 ms  min 2.000  max 2.000); "of copy" is each launch\'s GB/s over it');
    const table = lines.slice(lines.findIndex((l) => l.startsWith('launch'))).map((l) => l.trim().split(/\s{2,}/));
    expect(table).toEqual([
      ['launch', 'kernel', 'median_ms', 'min_ms', 'max_ms', 'bytes', 'GB/s', 'of_copy'],
      ['0', 'k0_add', '1.000', '1.000', '1.000', '4000000', '4.00', '25.0%'],
      ['total', 'GPU time', '1.000', '1.000', '1.000', '4000000', '4.00', '25.0%'],
    ]);
  });
});
