// `tempofuse bench` on WebGPU, spawned: a network compiled on the fly and the same network's artifact folder
// are timed; the report lists every launch of the compiled program with positive median/min/max times, the
// bytes the cost model gives it, and GB/s equal to those bytes over the median time; --json holds the same
// figures; parameters are uploaded by the first run only.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import type { BenchResult } from '../../runtime/benchmark.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { runCli } from '../helpers/cli.ts';

const SMALL = 'test/fixtures/golden/spectral_filter.ts';

let dir: string;
let program: Program;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-cli-bench-'));
  program = compileGraph(await loadNetwork(SMALL));
}, 60_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

interface Row { launch: string; kernel: string; median: number; min: number; max: number; bytes: number; gbps: number; ofCopy: number }

/** The table under the "launch kernel median_ms ..." header. */
function rows(stdout: string): Row[] {
  const lines = stdout.trimEnd().split('\n');
  const head = lines.findIndex((l) => /^launch\s+kernel\s+median_ms\s+min_ms\s+max_ms\s+bytes\s+GB\/s\s+of_copy$/.test(l.trim()));
  expect(head, stdout).toBeGreaterThan(0);
  return lines.slice(head + 1).map((l) => {
    const c = l.trim().split(/\s{2,}/);
    expect(c.length, l).toBe(8);
    return { launch: c[0], kernel: c[1], median: Number(c[2]), min: Number(c[3]), max: Number(c[4]), bytes: Number(c[5]), gbps: Number(c[6]), ofCopy: Number(c[7].replace(/%$/, '')) / 100 };
  });
}

/** Printed with 4 and 3 significant digits: GB/s agrees with bytes / median ms within their rounding. */
function expectConsistent(r: Row): void {
  expect(r.min, r.kernel).toBeGreaterThan(0);
  expect(r.min <= r.median && r.median <= r.max, r.kernel).toBe(true);
  const want = r.bytes / r.median / 1e6;
  expect(Math.abs(r.gbps - want) / want, `${r.kernel}: ${r.gbps} GB/s for ${r.bytes} B in ${r.median} ms`).toBeLessThan(6e-3);
}

/** The copy kernel's GB/s from the report's "copy kernel:" line. */
const copyGbps = (stdout: string): number => Number(/\ncopy kernel: ([\d.]+) GB\/s \(\d+ bytes read \+ written, median [\d.]+ ms/.exec(stdout)![1]);

function expectReport(stdout: string): void {
  expect(stdout).toMatch(/^bench spectral_filter on webgpu: .+\n/);
  expect(stdout).toMatch(/\ndevice: vendor .*, architecture .*, device .*, description .*\n/);
  expect(stdout).toMatch(/\n3 run\(s\) after 1 warm-up; /);
  expect(stdout).toMatch(/\ncold: open [\d.]+ ms, first run [\d.]+ ms \(uploaded 1 input\(s\), 2 parameter\(s\), 0 constant\(s\), 800 bytes\)\n/);
  // parameters stay on the device: the warm runs upload the input only
  expect(stdout).toMatch(/\nwarm run \(inputs up, kernels, outputs back\): median [\d.]+ ms {2}min [\d.]+ {2}max [\d.]+ \(uploaded 3 input\(s\), 0 parameter\(s\), 0 constant\(s\), 1536 bytes in 3 runs\)\n/);
  const table = rows(stdout);
  const timed = /kernel times from timestamp queries/.test(stdout);
  const launches = table.slice(0, -1);
  expect(launches.map((r) => r.launch)).toEqual(program.launches.map((_, i) => String(i)));
  // (a network compiled on the fly runs modules specialised to each launch's sizes: <kernel>_s<n>)
  launches.forEach((r, i) => expect(r.kernel).toMatch(new RegExp(`^${program.launches[i].kernel}(_s\\d+)?$`)));
  expect(launches.map((r) => r.bytes)).toEqual(program.launches.map((l) => l.bytesRead + l.bytesWritten));
  if (timed) launches.forEach(expectConsistent);
  const total = table[table.length - 1];
  expect(total.launch).toBe('total');
  expect(total.bytes).toBe(launches.reduce((a, r) => a + r.bytes, 0));
  expectConsistent(total);
  // each fraction is its GB/s over the copy kernel's (printed to 3 digits, the fraction to 0.1%)
  const copy = copyGbps(stdout);
  expect(copy).toBeGreaterThan(0);
  for (const r of timed ? table : [total]) expect(Math.abs(r.ofCopy - r.gbps / copy), r.kernel).toBeLessThan(1e-3 + 2e-3 * r.gbps / copy);
}

describe('tempofuse bench on webgpu', () => {
  it('times a network compiled on the fly, and writes the figures as JSON', async () => {
    const json = join(dir, 'out', 'bench.json');
    const r = await runCli(['bench', SMALL, '--runs', '3', '--warmup', '1', '--json', json]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`note: no --inputs: drew 1 input(s) from normal(0,1) with seed 0\nnote: no --params: drew 2 parameter(s) from their init specs with seed 0\nnote: wrote ${json}\n`);
    expectReport(r.stdout);
    const b = JSON.parse(await readFile(json, 'utf8')) as BenchResult;
    expect([b.network, b.runs, b.warmup]).toEqual(['spectral_filter', 3, 1]);
    expect(r.stdout).toContain(`bench spectral_filter on ${b.device}\n`);
    expect(Object.keys(b.deviceInfo)).toEqual(expect.arrayContaining(['vendor', 'architecture', 'device', 'description']));
    expect(b.cold.uploads).toMatchObject({ inputs: 1, params: 2 });
    expect(b.warm.uploads).toMatchObject({ inputs: 3, params: 0 });
    expect(b.cold.openMs).toBeGreaterThan(0);
    // a copy of at least 16 MiB each way, timed like the launches
    expect(b.copy!.bytes).toBeGreaterThanOrEqual(2 * 16 * 2 ** 20);
    expect(b.copy!.gbps).toBeCloseTo(b.copy!.bytes / b.copy!.ms.median / 1e6, 9);
    expect(b.total.ofCopy).toBeCloseTo(b.total.gbps / b.copy!.gbps, 12);
    for (const s of [b.warm.runMs, b.warm.kernelsMs]) expect(s.min > 0 && s.min <= s.median && s.median <= s.max).toBe(true);
    expect(b.launches.map((l) => [l.launch, l.kernel.replace(/_s\d+$/, ''), l.bytesRead, l.bytesWritten])).toEqual(program.launches.map((l, i) => [i, l.kernel, l.bytesRead, l.bytesWritten]));
    if (b.source === 'timestamp-query') {
      for (const l of b.launches) {
        expect(l.ms!.min).toBeGreaterThan(0);
        expect(l.gbps).toBeCloseTo((l.bytesRead + l.bytesWritten) / l.ms!.median / 1e6, 9);
      }
      expect(b.total.gbps).toBeCloseTo(b.total.bytes / b.warm.gpuMs!.median / 1e6, 9);
      for (const l of b.launches) expect(l.ofCopy).toBeCloseTo(l.gbps! / b.copy!.gbps, 12);
    } else {
      expect(b.source).toBe('wall-clock');
      expect(b.launches.every((l) => l.ms === undefined)).toBe(true);
    }
  });

  it('times a compiled artifact folder the same way', async () => {
    const out = join(dir, 'wgsl');
    expect((await runCli(['compile', SMALL, '--target', 'wgsl', '--out', out])).code).toBe(0);
    const r = await runCli(['bench', out, '--runs', '3', '--warmup', '1']);
    expect(r.code, r.stderr).toBe(0);
    expectReport(r.stdout);
  });
});
