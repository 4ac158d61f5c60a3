// `run --params <a .pth checkpoint>`: a DataParallel training checkpoint drives the network to PyTorch's
// output, with --strip-prefix and --strict false; the options exist wherever --params does.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphToJSON } from '../../ir/json.ts';
import { Tensor } from '../../ir/tensor.ts';
import { encodeSafetensors, loadSafetensors } from '../../io/safetensors.ts';
import { convBnGraph, writeCheckpoints, type ExpectedValues } from '../helpers/checkpoints.ts';
import { expectOneLineError, runCli } from '../helpers/cli.ts';

let dir: string;
let want: ExpectedValues;
const tmp = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-ckpt-cli-'));
  want = await writeCheckpoints(dir);
  await writeFile(tmp('convbn.json'), JSON.stringify(graphToJSON(convBnGraph())));
  await writeFile(tmp('x.safetensors'), encodeSafetensors({ x: Tensor.from('f32', [1, 2, 5, 5], want.x) }));
}, 120_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe.concurrent('run with a PyTorch checkpoint', () => {
  it('--params x.pt --strip-prefix module. --strict false reproduces the model\'s output, saying what it ignored', async () => {
    const r = await runCli(['run', tmp('convbn.json'), '--target', 'reference', '--inputs', tmp('x.safetensors'),
      '--params', tmp('module.pt'), '--strip-prefix', 'module.', '--strict', 'false', '--out', tmp('y.safetensors')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`note: ${tmp('module.pt')}: using the state dict under the key 'model'\n`);
    expect(r.stderr).toContain(`note: ${tmp('module.pt')}: skipped 1 BatchNorm step counter(s) (num_batches_tracked), which no block uses\n`);
    expect(r.stderr).toContain(`note: ${tmp('module.pt')}: ignored 1 key(s) the network does not declare (--strict false): extra.weight\n`);
    const y = (await loadSafetensors(tmp('y.safetensors'))).tensors.get('y')!;
    expect(y.shape).toEqual([1, 3, 3, 3]);
    y.data.forEach((v, i) => expect(v).toBeCloseTo(want.y[i], 5));
  });

  it('by default an extra key is one line naming it and the option that ignores it', async () => {
    const r = await runCli(['run', tmp('convbn.json'), '--target', 'reference', '--params', tmp('module.pt'), '--strip-prefix', 'module.']);
    expectOneLineError(r, `error: ParamMismatchError: ${tmp('module.pt')}: 1 param problem(s): unexpected param 'extra.weight': the network has no such param (--strict false ignores it) (expected 6 param(s) as declared, found 7 given)`);
  });

  it('--strict takes true or false only', async () => {
    const r = await runCli(['run', tmp('convbn.json'), '--params', tmp('plain.pth'), '--strict', 'no']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: "error: option '--strict <bool>' argument 'no' is invalid. expected true or false\n" });
  });

  it('diff and bench take the same options', async () => {
    for (const cmd of ['diff', 'bench']) {
      const r = await runCli([cmd, '--help']);
      expect(r.stdout, cmd).toMatch(/--params <file>[\s\S]*--strip-prefix <prefix>[\s\S]*--strict <bool>/);
    }
  });
});
