// `npm run bench:gpu -- --dry` (bench/gpu.ts): the GPU suite's PyTorch eager parts run on the CPU at tiny
// shapes, are checked against the float64 reference interpreter, and land in a results file with every
// part either timed or skipped with its reason. Only the structure is checked: no time is asserted.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GpuReport } from '../../bench/gpu-report.ts';
import { PARTS } from '../../bench/gpu-report.ts';
import { ROOT } from '../helpers/cli.ts';

const dirs: string[] = [];
afterAll(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }); });

function runDry(out: string): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'bench/gpu.ts', '--dry', '--out', out], { cwd: ROOT }, (err, _stdout, stderr) => {
      done({ code: err ? Number(err.code) : 0, stderr });
    });
  });
}

describe('bench:gpu --dry', () => {
  it('runs PyTorch eager on the CPU, checks it against float64, and says why every other part is skipped', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tempofuse-bench-dry-'));
    dirs.push(out);
    const r = await runDry(out);
    expect(r.code, r.stderr).toBe(0);
    const files = await readdir(out);
    const json = files.find((f) => /^\d{4}-\d\d-\d\d-gpu-dry\.json$/.test(f));
    expect(json, files.join(', ')).toBeDefined();
    expect(files).toContain('latest-gpu-dry.md');
    const rep = JSON.parse(await readFile(join(out, json!), 'utf8')) as GpuReport;
    expect(rep.dry).toBe(true);
    expect(rep.copyGbPerS).toBeGreaterThan(0);
    expect(rep.configs.map((c) => c.id).sort()).toEqual(['dtf-tiny-T4', 'tam-tiny-T4']);
    for (const c of rep.configs) {
      expect(Object.keys(c.parts).sort()).toEqual(Object.keys(PARTS).sort());
      expect(c.parts.eager.check?.pass, `${c.id}: eager vs float64`).toBe(true);
      expect(c.parts.eager.check!.relError).toBeLessThan(rep.tol);
      expect(c.parts.eager.ms).toBeGreaterThan(0);
      // no CUDA on the CPU: the graph parts say so; torch.compile runs or says why not
      expect(c.parts.eagerGraph.skipped).toMatch(/CUDA/);
      for (const k of Object.keys(PARTS) as (keyof typeof PARTS)[]) {
        const p = c.parts[k];
        expect(p.ms !== undefined || (typeof p.skipped === 'string' && p.skipped.length > 0), `${c.id} ${k}`).toBe(true);
      }
    }
    const md = await readFile(join(out, 'latest-gpu-dry.md'), 'utf8');
    expect(md).toContain('| TAM x (8,8,6,6), T=4 |');
    expect(md).toContain('PyTorch eager');
  });
});
