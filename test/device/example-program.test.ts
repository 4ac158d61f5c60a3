// examples/program/classify.ts, a program using the class `compile --emit-ts` generates, run as its
// header (and the README) say: every `npx ...` and `node ...` step of its header comment, in order, on a
// copy of the folder, then its printed class and logit checked against the reference interpreter.
import { exec } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNetwork } from '../../runtime/network.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { loadSafetensors } from '../../io/safetensors.ts';
import { ROOT } from '../helpers/cli.ts';

const FOLDER = 'examples/program';

/** The shell steps in the program's header comment ("//   npx ..." / "//   node ..."). */
async function documentedSteps(): Promise<string[]> {
  const source = await readFile(join(ROOT, FOLDER, 'classify.ts'), 'utf8');
  return [...source.matchAll(/^\/\/ {3}((?:npx|node) .+?)(?:\s+#.*)?$/gm)].map((m) => m[1]);
}

const sh = (command: string) => new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
  exec(command, { cwd: ROOT }, (err, stdout, stderr) => done({ code: err ? Number(err.code) : 0, stdout, stderr }));
});

let copy: string;
beforeAll(async () => {
  await mkdir(join(ROOT, 'out'), { recursive: true });
  copy = relative(ROOT, await mkdtemp(join(ROOT, 'out', 'program-'))); // inside the package: 'tempofuse/...' resolves
  for (const f of ['classify.ts', 'tsconfig.json']) await copyFile(join(ROOT, FOLDER, f), join(ROOT, copy, f));
});
afterAll(async () => { if (copy) await rm(join(ROOT, copy), { recursive: true, force: true }); });

describe('the example program', () => {
  it('the README shows the same steps as the program', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    for (const step of await documentedSteps()) expect(readme).toContain(step);
  });

  it('its documented steps compile, write a checkpoint and a clip, type-check and run it; it prints the reference\'s best class', async () => {
    const steps = await documentedSteps();
    expect(steps.map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
      'npx tempofuse compile', 'npx tempofuse init', 'npx tempofuse init', 'npx tsc -p', 'node --import tsx',
    ]);
    let printed = '';
    for (const step of steps) {
      const r = await sh(step.replaceAll(FOLDER, copy));
      expect(r.code, `${step}\n${r.stderr}`).toBe(0);
      printed = r.stdout;
    }
    const m = /^class (\d+) of 10 \(logit (-?\d\.\d{4})\)\n$/.exec(printed);
    expect(m, printed).not.toBeNull();

    const file = async (name: string) => (await loadSafetensors(join(ROOT, copy, name))).tensors;
    const logits = runReference(await loadNetwork('examples/tiny_video_net.ts'), await file('clip.safetensors'), await file('params.safetensors')).outputs.get('logits')!;
    const scores = [...logits.data];
    const best = scores.indexOf(Math.max(...scores));
    expect(Number(m![1])).toBe(best);
    expect(Number(m![2])).toBeCloseTo(scores[best], 4);
  }, 300_000);
});
