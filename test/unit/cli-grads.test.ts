// `--grads` on the command line: run (against PyTorch autograd and against the chain rule by hand),
// cotangent files checked like inputs files, inspect --kernels --backward, compile --grads and running
// the gradient artifact. WebGPU's gradients and `diff --grads`: test/device/cli-grads-webgpu.test.ts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { graphToJSON } from '../../ir/json.ts';
import { Tensor } from '../../ir/tensor.ts';
import { encodeSafetensors, loadSafetensors } from '../../io/safetensors.ts';
import { compareTensors } from '../../runtime/compare.ts';
import { initParams, randomInputs } from '../../runtime/init.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { Rng } from '../../runtime/random.ts';
import { gradientGraph, gradientScaleFloor } from '../../cli/grads.ts';
import { GraphError } from '../../ir/errors.ts';
import { expectClose, oracleGrads } from '../helpers/autodiff.ts';
import { expectOneLineError, runCli } from '../helpers/cli.ts';

const NET = 'examples/tiny_video_net.ts';
const ARGS = { frames: 5, size: 4, width: 2, classes: 3 };
const ARG_FLAGS = Object.entries(ARGS).flatMap(([k, v]) => ['--arg', `${k}=${v}`]);

let dir: string;
const tmp = (name: string) => join(dir, name);
const normal = (shape: number[], rng: Rng) => Tensor.from('f32', shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal()));

let inputs: Map<string, Tensor>, params: Map<string, Tensor>, cotangent: Tensor;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-grads-'));
  const g = await loadNetwork(NET, ARGS);
  inputs = randomInputs(g, 3);
  params = initParams(g, 3);
  const rng = new Rng(5);
  cotangent = normal([1, 3], rng);
  // y = x * float(k), z = x * w: two outputs (cotangents grad_y and grad_z), an integer input
  const b = new GraphBuilder('mixed');
  const x = b.input('x', 'f32', [4]);
  const k = b.input('k', 'i32', [4]);
  const w = b.param('w', [4], { kind: 'ones' });
  b.output('y', b.mul(x, b.cast(k, { to: 'f32' })));
  b.output('z', b.mul(x, w));
  await Promise.all([
    writeFile(tmp('x.safetensors'), encodeSafetensors(inputs)),
    writeFile(tmp('params.safetensors'), encodeSafetensors(params)),
    writeFile(tmp('cot.safetensors'), encodeSafetensors({ grad_out: cotangent })),
    writeFile(tmp('cot_named.safetensors'), encodeSafetensors({ grad_logits: cotangent })),
    writeFile(tmp('cot_shape.safetensors'), encodeSafetensors({ grad_out: normal([1, 4], rng) })),
    writeFile(tmp('mixed.json'), JSON.stringify(graphToJSON(b.build()))),
    writeFile(tmp('mixed_in.safetensors'), encodeSafetensors({ x: Tensor.from('f32', [4], [1, 2, 3, 4]), k: Tensor.from('i32', [4], [2, -1, 0, 5]) })),
    writeFile(tmp('mixed_params.safetensors'), encodeSafetensors({ w: Tensor.from('f32', [4], [0.5, 1, 2, -1]) })),
    writeFile(tmp('mixed_cot.safetensors'), encodeSafetensors({ grad_y: Tensor.from('f32', [4], [1, 1, 1, 1]), grad_z: Tensor.from('f32', [4], [3, 0, -1, 2]) })),
  ]);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const runGrads = (...extra: string[]) => runCli(['run', NET, ...ARG_FLAGS, '--target', 'reference', '--inputs', tmp('x.safetensors'), '--params', tmp('params.safetensors'), ...extra]);

// each spawns the command line two or three times, all at once: slow on a busy machine
describe.concurrent('--grads', { timeout: 240_000 }, () => {
  it('run --grads on the reference gives PyTorch autograd\'s vector-Jacobian product', async () => {
    const r = await runGrads('--cotangents', tmp('cot.safetensors'), '--out', tmp('grads.safetensors'));
    expect(r.stderr).not.toMatch(/drew/);
    expect(r.code).toBe(0);
    const names = ['x', ...params.keys()];
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split('  ')[0])).toEqual(['logits', ...names.map((n) => `grad.${n}`)]);
    const { tensors } = await loadSafetensors(tmp('grads.safetensors'));
    const forward = await loadNetwork(NET, ARGS);
    const prepared = { forward, backward: forward, values: new Map([...inputs, ...params]), cotangents: new Map([['logits', cotangent]]), wrt: names };
    const want = (await oracleGrads([['tiny', prepared]])).get('tiny')!;
    expectClose(new Map(names.map((n) => [n, tensors.get(`grad.${n}`)!])), want, 1e-5);
  });

  it('draws the cotangents from the seed when no file gives them, and says so', async () => {
    const r = await runGrads('--wrt', 'head.bias');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('note: no --cotangents: drew 1 cotangent(s) (grad_out) from normal(0,1) with seed 0');
    expect(r.stdout).toMatch(/^logits .*\ngrad\.head\.bias {2}f32 {2}\[3\] {2}mean .*\n$/);
  });

  it('init --cotangents writes the cotangents run would draw, named as --cotangents reads them', async () => {
    const init = await runCli(['init', tmp('mixed.json'), '--cotangents', '--seed', '4', '--out', tmp('mixed_drawn.safetensors')]);
    expect(init.stdout).toBe(`wrote 2 cotangent(s) (8 scalars) of mixed with seed 4 to ${tmp('mixed_drawn.safetensors')}\n`);
    const { tensors } = await loadSafetensors(tmp('mixed_drawn.safetensors'));
    expect([...tensors.keys()]).toEqual(['grad_y', 'grad_z']);
    const common = ['--target', 'reference', '--inputs', tmp('mixed_in.safetensors'), '--params', tmp('mixed_params.safetensors'), '--seed', '4'];
    const [drawn, read] = await Promise.all([
      runCli(['run', tmp('mixed.json'), '--grads', ...common]),
      runCli(['run', tmp('mixed.json'), '--cotangents', tmp('mixed_drawn.safetensors'), ...common]),
    ]);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stdout).toBe(drawn.stdout);
    const both = await runCli(['init', tmp('mixed.json'), '--cotangents', '--inputs', '--out', tmp('both.safetensors')]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/option '--cotangents' cannot be used with option '--inputs'/);
  });

  it('names the cotangents of several outputs grad_<output>; integer inputs get no gradient, with a note', async () => {
    const r = await runCli(['run', tmp('mixed.json'), '--target', 'reference', '--inputs', tmp('mixed_in.safetensors'), '--params', tmp('mixed_params.safetensors'),
      '--cotangents', tmp('mixed_cot.safetensors'), '--out', tmp('mixed_out.safetensors')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("note: input(s) 'k' of integer or bool dtype get no gradient");
    const { tensors } = await loadSafetensors(tmp('mixed_out.safetensors'));
    expect([...tensors.keys()]).toEqual(['y', 'z', 'grad.x', 'grad.w']);
    // d/dx = grad_y * k + grad_z * w; d/dw = grad_z * x
    expect(Array.from(tensors.get('grad.x')!.data)).toEqual([3.5, -1, -2, 3]);
    expect(Array.from(tensors.get('grad.w')!.data)).toEqual([3, 0, -3, 8]);
  });

  it('a cotangent file with a wrong name or shape is a one-line error naming the file and the tensor', async () => {
    expectOneLineError(await runGrads('--cotangents', tmp('cot_named.safetensors')),
      `error: InputMismatchError: ${tmp('cot_named.safetensors')}: 2 cotangent problem(s): missing cotangent 'grad_out' (f32[1,3]); ` +
      "unexpected cotangent 'grad_logits': the network has no such cotangent (expected 1 cotangent(s) as declared, found 1 given)");
    expectOneLineError(await runGrads('--cotangents', tmp('cot_shape.safetensors')),
      `error: InputMismatchError: ${tmp('cot_shape.safetensors')}: 1 cotangent problem(s): cotangent 'grad_out' is f32[1,4], the network declares f32[1,3] ` +
      '(expected 1 cotangent(s) as declared, found 1 given)');
  });

  it('--wrt naming nothing differentiable is a one-line error', async () => {
    expectOneLineError(await runCli(['run', tmp('mixed.json'), '--target', 'reference', '--inputs', tmp('mixed_in.safetensors'), '--wrt', 'k']),
      /^error: DTypeError: .*input 'k' has no gradient: only float and c64 values are differentiable \(expected f32, f16 or c64, found i32\)$/);
  });

  it('inspect --kernels --backward prints the gradient graph\'s plan beside the forward\'s kernel count', async () => {
    const r = await runCli(['inspect', NET, ...ARG_FLAGS, '--kernels', '--backward']);
    expect(r.code, r.stderr).toBe(0);
    const m = /^# forward: (\d+) kernels, backward: (\d+) kernels/.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(Number(m![2])).toBeGreaterThan(Number(m![1]));
    expect(r.stdout).toMatch(/\n# tiny_video_net_grad: \d+ kernels/);
    expect(r.stdout.match(/^launch \d+:/gm)!.length).toBe(Number(m![2]));
  });

  it('compile --grads writes an artifact that run takes cotangents for, as for the network, and init --inputs its own inputs for', async () => {
    const art = tmp('art');
    const c = await runCli(['compile', NET, ...ARG_FLAGS, '--target', 'wgsl', '--grads', '--out', art]);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stdout).toMatch(/^tiny_video_net_grad: \d+ kernels/);
    const common = ['--target', 'reference', '--inputs', tmp('x.safetensors'), '--params', tmp('params.safetensors'), '--cotangents', tmp('cot.safetensors')];
    const [fromArtifact, fromNetwork] = await Promise.all([
      runCli(['run', art, ...common, '--out', tmp('art_out.safetensors')]),
      runCli(['run', NET, ...ARG_FLAGS, '--grads', ...common, '--out', tmp('net_out.safetensors')]),
    ]);
    expect(fromArtifact.code, fromArtifact.stderr).toBe(0);
    expect(fromArtifact.stdout).toBe(fromNetwork.stdout);
    const [a, n] = await Promise.all([loadSafetensors(tmp('art_out.safetensors')), loadSafetensors(tmp('net_out.safetensors'))]);
    expect(a.tensors).toEqual(n.tensors);
    const init = await runCli(['init', art, '--inputs', '--out', tmp('art_in.safetensors')]);
    expect(init.stdout).toMatch(/^wrote 1 input\(s\) \(240 scalars\) of tiny_video_net_grad/);
    expect([...(await loadSafetensors(tmp('art_in.safetensors'))).tensors.keys()]).toEqual(['x']);
    expectOneLineError(await runCli(['run', art, '--target', 'reference', '--wrt', 'x']),
      `error: GraphError: artifact ${art}: --wrt applies to a network; an artifact's gradients were chosen when it was compiled (expected no --wrt, found x)`);
  });

  it('an artifact compiled without --grads refuses --grads', async () => {
    const art = tmp('forward_art');
    expect((await runCli(['compile', NET, ...ARG_FLAGS, '--target', 'wgsl', '--out', art])).code).toBe(0);
    expectOneLineError(await runCli(['run', art, '--target', 'reference', '--cotangents', tmp('cot.safetensors')]),
      `error: GraphError: artifact ${art} was compiled without --grads: it computes no gradients (compile the network with --grads)`);
  });
});

it('a gradient that is zero up to rounding compares at a thousandth of the largest gradient', () => {
  const outputs = new Map([['grad:a', Tensor.from('f32', [2], [0.5, -2])], ['grad:b', Tensor.from('f32', [2], [1e-19, 0])], ['y', Tensor.from('f32', [1], [1e9])]]);
  const floor = gradientScaleFloor(outputs);
  expect(floor).toBe(2e-3);
  const noise = Tensor.from('f32', [2], [0, 3e-9]);
  expect(compareTensors(noise, outputs.get('grad:b')!, 1e-4).ok).toBe(false);
  expect(compareTensors(noise, outputs.get('grad:b')!, 1e-4, floor).ok).toBe(true);
});

it('refuses a network without a float output, or with an input named as a cotangent', () => {
  const ints = new GraphBuilder('ints');
  ints.output('n', ints.cast(ints.input('x', 'f32', [2]), { to: 'i32' }));
  expect(() => gradientGraph(ints.build())).toThrow(new GraphError('ints has no float or complex output to differentiate', { expected: 'an f32, f16 or c64 output', found: 'n: i32[2]' }));
  const named = new GraphBuilder('named');
  named.output('y', named.add(named.input('x', 'f32', [2]), named.input('grad_out', 'f32', [2])));
  expect(() => gradientGraph(named.build())).toThrow(/input 'grad_out' has the name a cotangent file gives an output's cotangent/);
});
