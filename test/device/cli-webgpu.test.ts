// The command line on WebGPU, spawned: `run` of a network (default target), of a compiled WGSL artifact
// and of a specialised one equals the reference interpreter's outputs file; `diff` prints a row per
// output and per kernel boundary, exits 0 within tolerance and 1 with a MismatchError beyond it; every
// golden graph (test/golden) computes what the reference does; and the class `compile --emit-ts`
// generates runs on WebGPU from a program of its own and gives the reference's outputs.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tensor } from '../../ir/tensor.ts';
import { initParams, randomInputs } from '../../runtime/init.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { encodeSafetensors, loadSafetensors } from '../../io/safetensors.ts';
import { writePrograms, spawnIn } from '../fixtures/emit-ts-programs.ts';
import { compareTensors } from '../helpers/compare.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const EXAMPLE = 'examples/tiny_video_net.ts';
const GOLDEN_GRAPHS = ['broadcast_chain', 'reduce_fused', 'group_reduce', 'conv_bias_relu', 'spectral_filter'];
const TOL = 1e-5;

interface Result { code: number; stdout: string; stderr: string }

function cli(...args: string[]): Promise<Result> {
  return new Promise((done) => {
    execFile(process.execPath, ['bin/tempofuse.js', ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      done({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

const ok = (r: Result): Result => {
  expect(r.code, r.stderr).toBe(0);
  return r;
};

let dir: string;
const tmp = (name: string) => join(dir, name);
let reference: Map<string, Tensor>;
const outputsOf = async (file: string) => (await loadSafetensors(file)).tensors;

/** Every output of `file` equals the reference run's within TOL of its scale. */
async function expectReference(file: string): Promise<Map<string, Tensor>> {
  const got = await outputsOf(file);
  expect([...got.keys()]).toEqual([...reference.keys()]);
  for (const [name, want] of reference) {
    const d = compareTensors(got.get(name)!, want, TOL);
    expect(d.ok, `${file}: ${name}: ${d.message}`).toBe(true);
  }
  return got;
}

/** A spawn made once, by whichever test needs its result first. */
function once<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
}
const networkRun = once(() => cli('run', EXAMPLE, '--seed', '0', '--out', tmp('network.safetensors')));
const artifactRun = once(() => cli('run', tmp('wgsl'), '--seed', '0', '--out', tmp('artifact.safetensors')));

const seeded = 'note: no --inputs: drew 1 input(s) from normal(0,1) with seed 0\nnote: no --params: drew 6 parameter(s) from their init specs with seed 0\n';
const ranOnWebgpu = /^note: ran tiny_video_net on webgpu: .+\n$/;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-cli-webgpu-'));
  const g = await loadNetwork(EXAMPLE);
  await writeFile(tmp('x.safetensors'), encodeSafetensors(randomInputs(g, 0)));
  await writeFile(tmp('params.safetensors'), encodeSafetensors(initParams(g, 0)));
  const rs = await Promise.all([
    cli('run', EXAMPLE, '--target', 'reference', '--seed', '0', '--out', tmp('reference.safetensors')),
    cli('compile', EXAMPLE, '--target', 'wgsl', '--out', tmp('wgsl')),
    cli('compile', EXAMPLE, '--target', 'wgsl', '--specialize', '--out', tmp('specialized')),
  ]);
  rs.forEach(ok);
  reference = await outputsOf(tmp('reference.safetensors'));
}, 60_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('run on webgpu equals the reference run', () => {
  it('a network, on the default target (webgpu)', async () => {
    const r = ok(await networkRun());
    expect(r.stdout).toMatch(/^logits {2}f32 {2}\[1,10\] {2}mean \S+ {2}std \S+ {2}min \S+ {2}max \S+\n$/);
    expect(r.stderr.startsWith(seeded)).toBe(true);
    expect(r.stderr.slice(seeded.length)).toMatch(ranOnWebgpu);
    await expectReference(tmp('network.safetensors'));
  });

  // (a network run plans for the device it finds: on a CPU adapter without cooperative reductions, so its
  // sums may round in another order than the artifact's, planned for any device)
  it('a compiled WGSL artifact (its own target), what the network run gave to f32 rounding', async () => {
    const r = ok(await artifactRun());
    expect(r.stderr.slice(seeded.length)).toMatch(ranOnWebgpu);
    const got = await expectReference(tmp('artifact.safetensors'));
    ok(await networkRun());
    const network = await outputsOf(tmp('network.safetensors'));
    for (const [name, t] of got) {
      const want = network.get(name)!.data;
      const scale = Math.max(...[...want].map(Math.abs));
      t.data.forEach((v, i) => expect(Math.abs(v - want[i]), `${name}[${i}]`).toBeLessThanOrEqual(1e-6 * scale));
    }
  });

  it('a specialised WGSL artifact, with inputs and parameters from files', async () => {
    const r = ok(await cli('run', tmp('specialized'), '--target', 'webgpu', '--inputs', tmp('x.safetensors'), '--params', tmp('params.safetensors'),
      '--out', tmp('specialized.safetensors')));
    expect(r.stderr).toMatch(ranOnWebgpu);
    await expectReference(tmp('specialized.safetensors'));
  });
});

describe('diff', () => {
  /** The rows of a diff report: per output and per kernel boundary. */
  function rows(stdout: string) {
    const lines = stdout.trimEnd().split('\n');
    const at = (header: string) => lines.indexOf(header);
    // columns: what (40 wide), type (22 wide), then the error and the verdict
    const row = /^max abs +(\S+) +rel +(\S+) +(ok|FAIL)$/;
    const parse = (ls: string[]) => ls.map((l) => {
      const m = row.exec(l.slice(64));
      expect(l.startsWith('  ') && m !== null, l).toBe(true);
      return { what: l.slice(0, 40).trim(), type: l.slice(41, 63).trim(), maxAbs: Number(m![1]), rel: Number(m![2]), ok: m![3] === 'ok' };
    });
    expect(at('outputs:')).toBe(1);
    expect(at('kernel boundaries:')).toBeGreaterThan(1);
    return { header: lines[0], outputs: parse(lines.slice(2, at('kernel boundaries:'))), boundaries: parse(lines.slice(at('kernel boundaries:') + 1)) };
  }

  it('a network within tolerance: exit 0, a row per output and per kernel boundary', async () => {
    const r = ok(await cli('diff', EXAMPLE, '--seed', '0'));
    expect(r.stderr).toBe(seeded);
    const { header, outputs, boundaries } = rows(r.stdout);
    expect(header).toMatch(/^# tiny_video_net on webgpu: .+ vs the reference interpreter \(tolerance 0\.0001 of each value's scale\)$/);
    expect(outputs.map((o) => [o.what, o.type, o.ok])).toEqual([['logits', 'f32[1,10]', true]]);
    expect(boundaries.map((b) => b.what)).toEqual([
      'launch 0 k0_conv', 'launch 1 k1_irfft_mul_rfft_complex', 'launch 2 k2_mean_add_relu_reshape', 'launch 3 k3_add_matmul_permute',
    ]);
    expect(boundaries.map((b) => b.type)).toEqual(['%3 conv', '%14 irfft', '%16 mean', '%21 add']);
    for (const x of [...outputs, ...boundaries]) {
      expect(x.rel).toBeLessThanOrEqual(1e-4);
      expect(x.maxAbs).toBeGreaterThanOrEqual(0);
    }
  });

  it('a compiled artifact (it carries graph.json): exit 0', async () => {
    const r = ok(await cli('diff', tmp('wgsl'), '--inputs', tmp('x.safetensors'), '--params', tmp('params.safetensors')));
    expect(r.stderr).toBe('');
    expect(rows(r.stdout).boundaries).toHaveLength(4);
  });

  it('--tol 0 where f32 on the GPU differs from the float64 reference: FAIL rows, exit 1, one MismatchError line', async () => {
    const r = await cli('diff', EXAMPLE, '--tol', '0', '--inputs', tmp('x.safetensors'), '--params', tmp('params.safetensors'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: MismatchError: 1 output(s) differ from the reference beyond 0: logits\n');
    const { header, outputs } = rows(r.stdout);
    expect(header).toContain('(tolerance 0 of each value\'s scale)');
    expect(outputs).toHaveLength(1);
    expect(outputs[0]).toMatchObject({ what: 'logits', ok: false });
    expect(outputs[0].rel).toBeGreaterThan(0);
    expect(outputs[0].rel).toBeLessThan(1e-5);
  });

  it('a DTF block: its zero-init scale and bias are spread so that the block is not the identity, saying so; --no-spread keeps them', async () => {
    const [spread, kept] = await Promise.all([['--seed', '1'], ['--seed', '1', '--no-spread']].map((a) => cli('diff', 'test/fixtures/golden/dtf_block.ts', ...a)));
    ok(spread);
    expect(spread.stderr).toContain('note: 5 parameter(s) have a constant init (zeros, ones; e.g. weights_cor): drew them from uniform(c ± |c|/2), ' +
      'uniform(±1/2) for c = 0, so that no block is the identity (--no-spread: draw them as run does)\n');
    expect(rows(spread.stdout).outputs).toMatchObject([{ what: 'y', ok: true }]);
    expect(ok(kept).stderr).not.toContain('constant init');
  });

  it('every golden graph computes what the reference interpreter does', async () => {
    const rs = await Promise.all(GOLDEN_GRAPHS.map((name) => cli('diff', `test/fixtures/golden/${name}.ts`, '--seed', '1', '--tol', String(TOL))));
    for (const [i, name] of GOLDEN_GRAPHS.entries()) {
      const r = rs[i];
      expect(r.code, `${name}: ${r.stdout}${r.stderr}`).toBe(0);
      expect(r.stdout, name).toMatch(new RegExp(`^# ${name} on webgpu: `));
      expect(r.stdout, name).not.toContain('FAIL');
    }
  });
});

describe('compile --emit-ts: the generated class on WebGPU', () => {
  let emitDir: string;
  beforeAll(async () => {
    await mkdir(join(ROOT, 'out'), { recursive: true });
    emitDir = await mkdtemp(join(ROOT, 'out', 'emit-ts-')); // inside the package: `tempofuse/...` resolves
  });
  afterAll(async () => { if (emitDir) await rm(emitDir, { recursive: true, force: true }); });

  it('a program that loads a checkpoint, runs the class and writes out.logits gives the reference outputs', async () => {
    ok(await cli('compile', EXAMPLE, '--target', 'wgsl', '--out', emitDir, '--emit-ts'));
    await writePrograms(emitDir);
    const r = await spawnIn(ROOT, process.execPath, ['--import', 'tsx', join(emitDir, 'good.ts'),
      tmp('params.safetensors'), tmp('x.safetensors'), tmp('emitted.safetensors')]);
    expect(r, r.stderr).toMatchObject({ code: 0, stdout: '' });
    const emitted = await outputsOf(tmp('emitted.safetensors'));
    // setParams gave the head a bias larger by 1: every logit moves by 1
    const logits = emitted.get('logits')!.data, shifted = emitted.get('shifted')!.data;
    expect(Array.from(shifted, (v, i) => v - logits[i]).every((d) => Math.abs(d - 1) < 1e-5), `${shifted} vs ${logits}`).toBe(true);
    await writeFile(tmp('emitted_logits.safetensors'), encodeSafetensors(new Map([['logits', emitted.get('logits')!]])));
    const got = await expectReference(tmp('emitted_logits.safetensors'));
    ok(await artifactRun()); // the same artifact through the CLI: the same numbers
    const artifact = await outputsOf(tmp('artifact.safetensors'));
    expect([...got.get('logits')!.data]).toEqual([...artifact.get('logits')!.data]);
  });
});
