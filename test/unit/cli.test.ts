// The real command line, spawned: outputs, exit codes, and one line per kind of bad input.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneLineError, runCli } from '../helpers/cli.ts';
import { graphToJSON } from '../../ir/json.ts';
import { OP_NAMES } from '../../ir/ops/index.ts';
import { Tensor } from '../../ir/tensor.ts';
import { initParams, randomInputs } from '../../runtime/init.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { encodeSafetensors, loadSafetensors } from '../../io/safetensors.ts';

const cli = (...args: string[]) => runCli(args);

const EXAMPLE = 'examples/tiny_video_net.ts';

let dir: string;
const tmp = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-cli-'));
  const g = await loadNetwork(EXAMPLE);
  const params = initParams(g, 0);
  const renamed = new Map(params);
  renamed.delete('head.bias');
  renamed.set('head.b', params.get('head.bias')!);
  const transposed = new Map(params).set('head.weight', Tensor.zeros('f32', [8, 10]));
  const x = randomInputs(g, 0).get('x')!;
  const json = graphToJSON(await loadNetwork('test/fixtures/networks/calls_output.ts'));
  json.nodes[1].op = 'frobnicate';
  const valid = encodeSafetensors(params);
  await Promise.all([
    writeFile(tmp('renamed.safetensors'), encodeSafetensors(renamed)),
    writeFile(tmp('transposed.safetensors'), encodeSafetensors(transposed)),
    writeFile(tmp('x_f16.safetensors'), encodeSafetensors({ x: Tensor.from('f16', x.shape, x.data) })),
    writeFile(tmp('x.safetensors'), encodeSafetensors({ x })),
    writeFile(tmp('truncated.safetensors'), valid.subarray(0, valid.length - 100)),
    writeFile(tmp('unknown_op.json'), JSON.stringify(json)),
    writeFile(tmp('huge.tfir'), 'graph "huge" {\n  %0 = input {name="x", dtype="f32", shape=[1000000000,1000000000]} : f32[1000000000,1000000000]\n  output "y" = %0\n}\n'),
    // outside any ESM package: loads as CommonJS, and errors must still name its lines
    writeFile(tmp('cjs_net.ts'), 'export default function (b: any) {\n  const x = b.input("x", "f32", [2, 3]);\n  return b.matmul(x, x);\n}\n'),
  ]);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe.concurrent('tempofuse commands', () => {
  it('check prints one summary line', async () => {
    const r = await cli('check', EXAMPLE);
    expect(r).toEqual({ code: 0, stdout: 'ok: tiny_video_net: 22 nodes, 6 parameters (826 scalars)\n', stderr: '' });
  });

  it('inspect prints the IR text with shapes, then the summary; --arg reaches the network', async () => {
    const r = await cli('inspect', EXAMPLE, '--arg', 'classes=5', '--arg', 'frames=4');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^graph "tiny_video_net" \{\n {2}%0 = input \{name="x", dtype="f32", shape=\[1,3,4,16,16\]\} : f32\[1,3,4,16,16\] @ "examples\/tiny_video_net\.ts:\d+:\d+"\n/);
    expect(r.stdout).toContain('%12 = rfft(%6) {axis=2, n=null, norm="ortho"} : c64[1,8,3,16,16]');
    expect(r.stdout).toContain([
      '# tiny_video_net: 22 nodes', 'inputs (1):', '  x  f32[1,3,4,16,16]', 'outputs (1):', '  logits  f32[1,5]',
      'parameters (6, 749 scalars):', '  stem.weight  f32[8,3,3,3,3]  648', '  stem.bias  f32[8]  8',
      '  temporal.filter_re  f32[8,3]  24', '  temporal.filter_im  f32[8,3]  24', '  head.weight  f32[5,8]  40', '  head.bias  f32[5]  5',
    ].join('\n'));
  });

  it('inspect --json writes a graph that loads back as a network', async () => {
    const r = await cli('inspect', EXAMPLE, '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'tempofuse.graph', name: 'tiny_video_net' });
    await writeFile(tmp('net.json'), r.stdout);
    expect((await cli('check', tmp('net.json'))).stdout).toBe('ok: tiny_video_net: 22 nodes, 6 parameters (826 scalars)\n');
  });

  it('run with drawn parameters equals run with the parameters init wrote', async () => {
    const init = await cli('init', EXAMPLE, '--seed', '3', '--out', tmp('seed3/params.safetensors'));
    expect(init).toEqual({ code: 0, stderr: '', stdout: `wrote 6 parameters (826 scalars) of tiny_video_net with seed 3 to ${tmp('seed3/params.safetensors')}\n` });
    const saved = await loadSafetensors(tmp('seed3/params.safetensors'));
    expect([...saved.tensors.keys()]).toEqual(['stem.weight', 'stem.bias', 'temporal.filter_re', 'temporal.filter_im', 'head.weight', 'head.bias']);
    expect(saved.metadata).toEqual({ network: 'tiny_video_net', seed: '3' });

    const drawn = await cli('run', EXAMPLE, '--target', 'reference', '--seed', '3', '--out', tmp('y_drawn.safetensors'));
    expect(drawn.code).toBe(0);
    expect(drawn.stdout).toMatch(/^logits {2}f32 {2}\[1,10\] {2}mean -?\d\.\d+(e-\d+)? {2}std \d\.\d+ {2}min -?\d\.\d+ {2}max -?\d\.\d+\n$/);
    const ran = 'note: ran tiny_video_net on reference interpreter (CPU, float64)\n';
    expect(drawn.stderr).toBe('note: no --inputs: drew 1 input(s) from normal(0,1) with seed 3\n' +
      'note: no --params: drew 6 parameter(s) from their init specs with seed 3\n' + ran);
    const loaded = await cli('run', EXAMPLE, '--target', 'reference', '--seed', '3', '--params', tmp('seed3/params.safetensors'), '--out', tmp('y_loaded.safetensors'));
    expect(loaded.stdout).toBe(drawn.stdout);
    expect(loaded.stderr).toBe('note: no --inputs: drew 1 input(s) from normal(0,1) with seed 3\n' + ran);
    expect(await readFile(tmp('y_loaded.safetensors'))).toEqual(await readFile(tmp('y_drawn.safetensors')));
  });

  it('init --inputs writes the inputs run draws with the same seed, from a network or its artifact', async () => {
    const r = await cli('init', EXAMPLE, '--inputs', '--seed', '3', '--out', tmp('seed3/x.safetensors'));
    expect(r).toEqual({ code: 0, stderr: '', stdout: `wrote 1 input(s) (6144 scalars) of tiny_video_net with seed 3 to ${tmp('seed3/x.safetensors')}\n` });
    const saved = await loadSafetensors(tmp('seed3/x.safetensors'));
    expect(saved.metadata).toEqual({ network: 'tiny_video_net', seed: '3' });
    const drawn = randomInputs(await loadNetwork(EXAMPLE), 3);
    expect([...saved.tensors.keys()]).toEqual(['x']);
    expect(saved.tensors.get('x')!.data).toEqual(drawn.get('x')!.data);

    expect((await cli('compile', EXAMPLE, '--target', 'wgsl', '--out', tmp('artifact'))).code).toBe(0);
    const fromArtifact = await cli('init', tmp('artifact'), '--inputs', '--seed', '3', '--out', tmp('seed3/x_artifact.safetensors'));
    expect(fromArtifact.code, fromArtifact.stderr).toBe(0);
    expect(await readFile(tmp('seed3/x_artifact.safetensors'))).toEqual(await readFile(tmp('seed3/x.safetensors')));
  });

  it('run takes inputs from a file', async () => {
    const r = await cli('run', EXAMPLE, '--target', 'reference', '--inputs', tmp('x.safetensors'), '--seed', '0');
    expect(r.stderr).toBe('note: no --params: drew 6 parameter(s) from their init specs with seed 0\n' +
      'note: ran tiny_video_net on reference interpreter (CPU, float64)\n');
    expect(r.stdout).toMatch(/^logits {2}f32 {2}\[1,10\] /);
    expect(r.code).toBe(0);
  });

  it('ops lists every op with its inputs, attributes, defaults and doc', async () => {
    const r = await cli('ops');
    expect(r.code).toBe(0);
    for (const op of OP_NAMES) expect(r.stdout).toMatch(new RegExp(`^${op}\\(`, 'm'));
    expect(r.stdout).toMatch(/^conv\(x, weight\)\n {4}Cross-correlation .*\n {4}stride +a list of integers >= 1; default \[\]\n(.*\n){3} {4}groups +an integer >= 1; default 1\n/m);
    expect(r.stdout).toMatch(/^concat\(xs\.\.\.\)\n/m);
  });

  it('every command has --help', async () => {
    const rs = await Promise.all(['inspect', 'check', 'run', 'init', 'ops'].map((c) => cli(c, '--help')));
    rs.forEach((r, i) => {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: tempofuse ${['inspect', 'check', 'run', 'init', 'ops'][i]} `));
    });
    expect(rs[2].stdout).toMatch(/--target <name> +where to run: reference/);
  });
});

describe.concurrent('bad input: one line, exit code 1, no stack trace', () => {
  it('a missing network file', async () => {
    expectOneLineError(await cli('check', 'examples/nope.ts'), 'error: FileError: cannot read network examples/nope.ts: no such file');
  });

  it('a network file of unknown kind', async () => {
    expectOneLineError(await cli('inspect', 'README.md'),
      'error: FileError: README.md: unknown kind of network file (expected one of .ts, .mts, .js, .mjs, .json, .tfir, found .md)');
  });

  it('a shape mismatch, located at the line of the network that made it', async () => {
    expectOneLineError(await cli('check', 'test/fixtures/networks/shape_mismatch.ts'),
      'error: ShapeError: test/fixtures/networks/shape_mismatch.ts:7:12 %2 = add: cannot broadcast a [1,3,8,4,4] with b [1,3,6,4,4] at axis -3 (expected 8 or 1, found 6)');
  });

  it('a shape mismatch in a network outside any package (loaded as CommonJS) keeps its line too', async () => {
    expectOneLineError(await cli('check', tmp('cjs_net.ts')), /^error: ShapeError: \S*cjs_net\.ts:3:\d+ %1 = matmul: matmul inner sizes differ/);
  });

  it('an exception of the network\'s own code, at its line', async () => {
    expectOneLineError(await cli('check', 'test/fixtures/networks/type_error.ts'),
      /^error: NetworkCodeError: test\/fixtures\/networks\/type_error\.ts:6:\d+: the network's own code threw TypeError: b\.conv2 is not a function /);
  });

  it('a .json graph with an unknown op', async () => {
    expectOneLineError(await cli('check', tmp('unknown_op.json')), /^error: UnknownOpError: \S*unknown_op\.json:nodes\[1\]\S* .*unknown op 'frobnicate'/);
  });

  it('a tensor too large for 32-bit indexing', async () => {
    expectOneLineError(await cli('check', tmp('huge.tfir')), /^error: SizeError: \S*huge\.tfir:2:\d+ %0 = input: f32\[1000000000,1000000000\] is too large/);
  });

  it('an argument the network does not take', async () => {
    expectOneLineError(await cli('check', EXAMPLE, '--arg', 'frame=4'),
      `error: NetworkError: ${EXAMPLE}: unknown argument 'frame' (expected one of batch, channels, frames, size, width, classes, found frame)`);
  });

  it('a missing inputs file', async () => {
    expectOneLineError(await cli('run', EXAMPLE, '--inputs', tmp('nope.safetensors')), `error: FileError: cannot read ${tmp('nope.safetensors')}: ENOENT`);
  });

  it('a params file whose names do not match: every missing and unexpected name', async () => {
    expectOneLineError(await cli('run', EXAMPLE, '--params', tmp('renamed.safetensors')),
      `error: ParamMismatchError: ${tmp('renamed.safetensors')}: 2 param problem(s): missing param 'head.bias' (f32[10]); ` +
      `unexpected param 'head.b': the network has no such param (--strict false ignores it) (expected 6 param(s) as declared, found 6 given)`);
  });

  it('a params file with a wrong shape', async () => {
    expectOneLineError(await cli('run', EXAMPLE, '--params', tmp('transposed.safetensors')),
      `error: ParamMismatchError: ${tmp('transposed.safetensors')}: 1 param problem(s): param 'head.weight' is f32[8,10], the network declares f32[10,8] (expected 6 param(s) as declared, found 6 given)`);
  });

  it('an inputs file with a wrong dtype', async () => {
    expectOneLineError(await cli('run', EXAMPLE, '--inputs', tmp('x_f16.safetensors')),
      `error: InputMismatchError: ${tmp('x_f16.safetensors')}: 1 input problem(s): input 'x' is f16[1,3,8,16,16], the network declares f32[1,3,8,16,16] (expected 1 input(s) as declared, found 1 given)`);
  });

  it('a corrupt .safetensors file', async () => {
    expectOneLineError(await cli('run', EXAMPLE, '--params', tmp('truncated.safetensors')),
      /^error: SafetensorsError: \S*truncated\.safetensors: tensor '[\w.]+' has data_offsets outside the data section/);
  });

  it('an unknown target, listing the available ones', async () => {
    expectOneLineError(await cli('run', EXAMPLE, '--target', 'tpu'), "error: TargetError: unknown target 'tpu' (expected one of reference, webgpu, cuda, found tpu)");
  });

  it('--debug adds the stack trace', async () => {
    const r = await cli('--debug', 'check', 'test/fixtures/networks/shape_mismatch.ts');
    expect(r.code).toBe(1);
    const [first, ...stack] = r.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^error: ShapeError: test\/fixtures\/networks\/shape_mismatch\.ts:7:12 /);
    expect(stack.length).toBeGreaterThan(2);
    expect(stack.every((l) => /^ {4}at /.test(l))).toBe(true);
  });

  it('usage errors exit with code 2', async () => {
    const r = await cli('run', EXAMPLE, '--seed', 'x');
    expect(r).toEqual({ code: 2, stdout: '', stderr: "error: option '--seed <n>' argument 'x' is invalid. expected an integer in [0, 2^32)\n" });
  });
});
