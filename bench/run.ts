// `npm run bench`: the side-by-side WebGPU suite. Each case's data and float64 reference are prepared
// once; then, round after round, every system runs every case in a process of its own (the order of the
// systems rotates each round, so no system always runs first or last), its output is checked and only
// then timed. Writes bench/results/<date>-webgpu.json and bench/results/latest-webgpu.md.
//
//   tsx bench/run.ts [--rounds 3] [--cases fft,tam-conv] [--systems ours,tfjs] [--budget 500] [--timeout 30]
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CASES } from './cases.ts';
import type { CaseMeta } from './data.ts';
import { vulkanEnv } from './env.ts';
import { describeMachine } from './machine.ts';
import { updateReadme } from './readme.ts';
import { markdown, stats, summarise, type Limits, type Row, type RunReport } from './report.ts';
import { notWritten, SYSTEMS, type SystemName } from './systems/registry.ts';
import type { KernelTime } from './system.ts';
import type { LimitsResult } from './systems/limits.ts';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);

interface Spawned { lines: Record<string, unknown>[]; checks: Record<string, unknown>[]; code: number | null; timedOut: boolean; stderr: string }

/** Run a worker; collect its `RESULT`/`CHECK` lines; kill it (by its own pid) past the time limit. */
function runWorker(cmd: string, args: readonly string[], timeoutS: number, env: NodeJS.ProcessEnv): Promise<Spawned> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '', timedOut = false;
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const parse = (tag: string) => stdout.split('\n').filter((l) => l.startsWith(`${tag} `)).map((l) => JSON.parse(l.slice(tag.length + 1)) as Record<string, unknown>);
      resolve({ lines: parse('RESULT'), checks: parse('CHECK'), code, timedOut, stderr: stderr.slice(-2000) });
    });
  });
}

const nodeWorker = (args: readonly string[]) => [process.execPath, ['--import', 'tsx', join(BENCH, 'worker.ts'), ...args]] as const;

async function main(): Promise<void> {
  const { values: o } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' }, cases: { type: 'string' }, systems: { type: 'string' },
      budget: { type: 'string', default: '500' }, timeout: { type: 'string', default: '30' },
      out: { type: 'string', default: join(BENCH, 'results') },
    },
  });
  const rounds = Number(o.rounds), budget = Number(o.budget), timeoutS = Number(o.timeout);
  const wanted = o.cases?.split(',');
  const cases = CASES.filter((c) => !wanted || wanted.some((w) => c.id.startsWith(w)));
  const systems = (o.systems?.split(',') ?? [...SYSTEMS]) as SystemName[];
  for (const s of systems) if (!SYSTEMS.includes(s)) throw new Error(`unknown system '${s}' (known: ${SYSTEMS.join(', ')})`);
  const env = vulkanEnv();
  const log = (s: string) => process.stderr.write(`${s}\n`);

  const work = await mkdtemp(join(tmpdir(), 'tempofuse-bench-'));
  try {
    const machine = describeMachine('(measured below)');
    const metas = new Map<string, CaseMeta>();
    for (const c of cases) {
      const r = await runWorker(...nodeWorker(['prepare', c.id, join(work, c.id)]), 600, env);
      if (!r.lines.length) throw new Error(`preparing ${c.id} failed:\n${r.stderr}`);
      metas.set(c.id, r.lines[0] as unknown as CaseMeta);
      log(`prepared ${c.id} (float64 reference: ${(metas.get(c.id)!.referenceMs / 1000).toFixed(1)} s)`);
    }

    const rows = new Map<string, Row>();
    const rowOf = (caseId: string, system: SystemName): Row => {
      const key = `${caseId}/${system}`;
      if (!rows.has(key)) rows.set(key, { case: caseId, system, roundsMs: [], gpuMs: [], repeats: [], kernels: [], status: 'timed' });
      return rows.get(key)!;
    };
    const limits: Limits = { copyGbPerS: [], copyMs: [], dispatchUs: [], check: { pass: false } };
    let adapter = '';
    let copyBytes = 0;

    for (let round = 0; round < rounds; round++) {
      const lim = await runWorker(...nodeWorker(['limits', '-', '-', String(budget)]), timeoutS * 2, env);
      const l = lim.lines[0] as unknown as LimitsResult | undefined;
      if (!l || !('copy' in l)) throw new Error(`measuring the copy limits failed:\n${lim.stderr}`);
      adapter = l.device;
      copyBytes = l.copy.bytes;
      limits.check = l.copy.check;
      limits.copyGbPerS.push(l.copy.gbPerS);
      limits.copyMs.push(l.copy.ms);
      limits.dispatchUs.push(l.dispatch.perDispatchUs);
      log(`round ${round + 1}/${rounds}: copy ${l.copy.gbPerS.toFixed(3)} GB/s, ${l.dispatch.perDispatchUs.toFixed(1)} µs/dispatch`);

      for (const c of cases) {
        const order = systems.map((_, i) => systems[(i + round) % systems.length]);
        for (const system of order) {
          const row = rowOf(c.id, system);
          const missing = notWritten(system, c.id);
          if (missing) { Object.assign(row, { status: 'unavailable', reason: missing }); continue; }
          if (row.status !== 'timed') continue; // failed, unavailable, errored or too slow once: said once
          const dir = join(work, c.id);
          const [cmd, args] = system === 'torch-cpu'
            ? ['/usr/bin/python3', [join(BENCH, 'torch_cases.py'), c.id, dir, String(budget), String(c.tol)]] as const
            : nodeWorker([system, c.id, dir, String(budget)]);
          const r = await runWorker(cmd, args, timeoutS, env);
          const check = r.checks[0];
          if (check) Object.assign(row, { check: check.check, checkMs: check.checkMs, device: check.device, note: check.note ?? row.note });
          const res = r.lines[0];
          if (r.timedOut) {
            Object.assign(row, { status: 'timeout', reason: check
              ? `timing exceeded the ${timeoutS} s process limit (first forward: ${((check.checkMs as number) / 1000).toFixed(1)} s)`
              : `no output within the ${timeoutS} s process limit` });
          } else if (!res) {
            Object.assign(row, { status: 'error', reason: `exit ${r.code}: ${r.stderr.trim().split('\n').at(-1) ?? ''}`.slice(0, 300) });
          } else if (res.unavailable) {
            Object.assign(row, { status: 'unavailable', reason: res.unavailable });
          } else if (res.error) {
            Object.assign(row, { status: 'error', reason: String(res.error).slice(0, 300) });
          } else if (!(res.check as { pass: boolean }).pass) {
            Object.assign(row, { status: 'failed', reason: 'output check failed: not timed' });
          } else {
            row.roundsMs.push(res.ms as number);
            if (typeof res.gpuMs === 'number') row.gpuMs.push(res.gpuMs);
            if (Array.isArray(res.kernels)) row.kernels.push(res.kernels as KernelTime[]);
            row.repeats.push(res.repeats as number);
          }
          log(`  ${c.id.padEnd(16)} ${system.padEnd(12)} ${row.status === 'timed' ? `${(res!.ms as number).toFixed(2)} ms` : `${row.status}: ${row.reason}`}`);
        }
      }
    }

    machine.adapter = adapter;
    machine.loadAtEnd = loadavg().map((v) => Number(v.toFixed(2)));
    const copy = stats(limits.copyGbPerS)!;
    const report: RunReport = {
      date: new Date().toISOString(), machine, rounds, budgetMs: budget, timeoutS,
      limits: { ...limits, copyGbPerSMedian: copy.median, dispatchUsMedian: stats(limits.dispatchUs)!.median, copyBytes },
      cases: cases.map((c) => ({
        id: c.id, title: c.title, idealBytes: c.idealBytes, referenceMs: metas.get(c.id)!.referenceMs,
        rows: summarise(systems.map((s) => rowOf(c.id, s)), c.idealBytes, copy.median),
      })),
    };
    await mkdir(o.out!, { recursive: true });
    const json = join(o.out!, `${report.date.slice(0, 10)}-webgpu.json`);
    await writeFile(json, `${JSON.stringify(report, null, 1)}\n`);
    await writeFile(join(o.out!, 'latest-webgpu.md'), `${markdown(report)}\n`);
    log(`wrote ${json} and ${join(o.out!, 'latest-webgpu.md')}`);
    // only a full run (every case, every system, the default output folder) becomes the README's table
    if (!o.cases && !o.systems && o.out === join(BENCH, 'results') && await updateReadme(ROOT, markdown(report))) log('updated README.md');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
