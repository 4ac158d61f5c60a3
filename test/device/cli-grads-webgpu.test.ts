// `--grads` on WebGPU, spawned: run --grads of a network and of its gradient artifact give the reference
// interpreter's outputs and gradients within tolerance, and diff --grads passes (the tiny network's
// filter_im gradient is exactly zero, which the reference gives as rounding noise). On CUDA too, where
// this machine has an NVIDIA driver.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradientScaleFloor } from '../../cli/grads.ts';
import { Tensor } from '../../ir/tensor.ts';
import { encodeSafetensors, loadSafetensors } from '../../io/safetensors.ts';
import { compareTensors } from '../../runtime/compare.ts';
import { Rng } from '../../runtime/random.ts';
import { runCli } from '../helpers/cli.ts';

const NET = 'examples/tiny_video_net.ts';
const ARGS = ['--arg', 'frames=5', '--arg', 'size=4', '--arg', 'width=2', '--arg', 'classes=3'];
const TOL = 1e-5;

let dir: string;
const tmp = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-grads-webgpu-'));
  const rng = new Rng(7);
  await writeFile(tmp('cot.safetensors'), encodeSafetensors({ grad_out: Tensor.from('f32', [1, 3], [rng.normal(), rng.normal(), rng.normal()]) }));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function ran(args: string[], out: string): Promise<Map<string, Tensor>> {
  const r = await runCli(['run', ...args, '--cotangents', tmp('cot.safetensors'), '--seed', '2', '--out', tmp(out)]);
  expect(r.code, r.stderr).toBe(0);
  return (await loadSafetensors(tmp(out))).tensors;
}

/** Every output and gradient of `got` within TOL of the reference run's (a gradient: of its floor). */
function expectReference(got: Map<string, Tensor>, want: Map<string, Tensor>): void {
  expect([...got.keys()]).toEqual([...want.keys()]);
  const floor = gradientScaleFloor(new Map([...want].map(([n, t]) => [n.replace(/^grad\./, 'grad:'), t])));
  for (const [name, w] of want) {
    const d = compareTensors(got.get(name)!, w, TOL, name.startsWith('grad.') ? floor : 0);
    expect(d.ok, `${name}: ${d.message}`).toBe(true);
  }
}

describe('--grads on a GPU', () => {
  it('run --grads of the network and of its artifact on webgpu match the reference', async () => {
    const art = tmp('art');
    expect((await runCli(['compile', NET, ...ARGS, '--target', 'wgsl', '--grads', '--out', art])).code).toBe(0);
    const want = await ran([NET, ...ARGS, '--target', 'reference'], 'ref.safetensors');
    expect([...want.keys()].filter((n) => n.startsWith('grad.'))).toHaveLength(7);
    expectReference(await ran([NET, ...ARGS, '--target', 'webgpu'], 'gpu.safetensors'), want);
    expectReference(await ran([art], 'art.safetensors'), want);
  });

  it('diff --grads passes, with a row per gradient; backward values that are zero up to f32 noise are no FAIL rows', async () => {
    const r = await runCli(['diff', NET, ...ARGS, '--grads', '--cotangents', tmp('cot.safetensors')]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain('FAIL');
    for (const name of ['logits', 'grad.x', 'grad.stem.weight', 'grad.temporal.filter_im', 'grad.head.bias']) {
      expect(r.stdout).toMatch(new RegExp(`\\n  ${name.replace(/\./g, '\\.')} .* ok\\n`));
    }
  });

  it.skipIf(!existsSync('/dev/nvidiactl'))('run --grads on cuda matches the reference', async () => {
    const want = await ran([NET, ...ARGS, '--target', 'reference'], 'ref_cuda.safetensors');
    expectReference(await ran([NET, ...ARGS, '--target', 'cuda'], 'cuda.safetensors'), want);
  });
});
