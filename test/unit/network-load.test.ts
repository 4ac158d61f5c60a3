import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileError, NetworkError, ShapeError, TempofuseError } from '../../ir/errors.ts';
import { formatType, type Graph } from '../../ir/graph.ts';
import { graphToJSON } from '../../ir/json.ts';
import { printGraph } from '../../ir/text.ts';
import { initParams, randomInputs } from '../../runtime/init.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { encodeSafetensors, loadSafetensors } from '../../io/safetensors.ts';
import { PYTHON } from '../helpers/oracle.ts';

const EXAMPLE = 'examples/tiny_video_net.ts';
const FIX = 'test/fixtures/networks';

/** The error a promise rejects with (fails the test if it resolves). */
async function rejection(p: Promise<unknown>): Promise<TempofuseError> {
  try {
    await p;
  } catch (e) {
    return e as TempofuseError;
  }
  throw new Error('expected a rejection');
}

const paramTypes = (g: Graph) => g.params().map((n) => `${n.attrs.name} ${formatType(n.type)}`);

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'tempofuse-net-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('loadNetwork: TypeScript modules', () => {
  it('builds the example with its default arguments and PyTorch state_dict names', async () => {
    const g = await loadNetwork(EXAMPLE);
    expect(g.name).toBe('tiny_video_net');
    expect(g.inputs().map((n) => formatType(n.type))).toEqual(['f32[1,3,8,16,16]']);
    expect(g.outputs.map((o) => `${o.name} ${formatType(g.node(o.node).type)}`)).toEqual(['logits f32[1,10]']);
    expect(paramTypes(g)).toEqual([
      'stem.weight f32[8,3,3,3,3]', 'stem.bias f32[8]', 'temporal.filter_re f32[8,5]', 'temporal.filter_im f32[8,5]',
      'head.weight f32[10,8]', 'head.bias f32[10]',
    ]);
    expect(g.paramCount()).toBe(826);
    expect(g.nodes.map((n) => n.op)).toEqual(expect.arrayContaining(['conv', 'rfft', 'complex', 'irfft', 'mean', 'matmul']));
  });

  it('passes arguments to the build function', async () => {
    const g = await loadNetwork(EXAMPLE, { frames: 16, classes: 5, width: 4 });
    expect(formatType(g.inputs()[0].type)).toBe('f32[1,3,16,16,16]');
    expect(paramTypes(g)).toContain('temporal.filter_re f32[4,9]');
    expect(formatType(g.node(g.outputs[0].node).type)).toBe('f32[1,5]');
  });

  it('rejects arguments the network does not declare, or of the wrong type', async () => {
    const unknown = await rejection(loadNetwork(EXAMPLE, { frame: 4 }));
    expect(unknown).toBeInstanceOf(NetworkError);
    expect(unknown.message).toBe(`${EXAMPLE}: unknown argument 'frame' (expected one of batch, channels, frames, size, width, classes, found frame)`);
    const typed = await rejection(loadNetwork(EXAMPLE, { frames: 'many' }));
    expect(typed.message).toMatch(/argument 'frames' has the wrong type \(expected a number \(default 8\), found "many"\)/);
  });

  it('takes a named `build` export; a returned tensor is the output y; undeclared arguments pass through', async () => {
    const g = await loadNetwork(`${FIX}/named_build.ts`, { n: 6 });
    expect(g.name).toBe('named_build');
    expect(g.outputs.map((o) => o.name)).toEqual(['y']);
    expect(formatType(g.node(g.outputs[0].node).type)).toBe('f32[2,6]');
  });

  it('keeps the outputs a build function names itself', async () => {
    const g = await loadNetwork(`${FIX}/calls_output.ts`);
    expect(g.outputs.map((o) => o.name)).toEqual(['pos', 'neg']);
  });

  it('reports a module without a build function, or one that builds no outputs', async () => {
    const none = await rejection(loadNetwork(`${FIX}/no_build.ts`));
    expect(none).toBeInstanceOf(NetworkError);
    expect(none.message).toMatch(/no_build\.ts: the module exports no build function .*found exports frames\)$/);
    const empty = await rejection(loadNetwork(`${FIX}/no_outputs.ts`));
    expect(empty).toBeInstanceOf(NetworkError);
    expect(empty.message).toMatch(/no_outputs\.ts: the build function made no outputs/);
  });

  it('keeps the source location of an error raised while building', async () => {
    const e = await rejection(loadNetwork(`${FIX}/shape_mismatch.ts`));
    expect(e).toBeInstanceOf(ShapeError);
    expect(e.loc).toMatch(/^test\/fixtures\/networks\/shape_mismatch\.ts:7:\d+$/);
    expect(e.toLine()).toMatch(/^ShapeError: test\/fixtures\/networks\/shape_mismatch\.ts:7:\d+ %2 = add: /);
  });
});

describe('loadNetwork: files', () => {
  it('reports a missing file and an unknown extension, listing the accepted ones', async () => {
    const missing = await rejection(loadNetwork('examples/nope.ts'));
    expect(missing).toBeInstanceOf(FileError);
    expect(missing.message).toBe('cannot read network examples/nope.ts: no such file');
    const ext = await rejection(loadNetwork('README.md'));
    expect(ext).toBeInstanceOf(FileError);
    expect(ext.message).toBe('README.md: unknown kind of network file (expected one of .ts, .mts, .js, .mjs, .json, .tfir, found .md)');
  });

  it('loads the JSON and text forms of a graph back to the same graph', async () => {
    const g = await loadNetwork(EXAMPLE);
    await writeFile(join(dir, 'net.json'), JSON.stringify(graphToJSON(g)));
    await writeFile(join(dir, 'net.tfir'), printGraph(g));
    expect(printGraph(await loadNetwork(join(dir, 'net.json')))).toBe(printGraph(g));
    expect(printGraph(await loadNetwork(join(dir, 'net.tfir')))).toBe(printGraph(g));
  });

  it('refuses arguments for a graph file, and reports JSON that does not parse', async () => {
    await writeFile(join(dir, 'bad.json'), '{"format": ');
    expect((await rejection(loadNetwork(join(dir, 'bad.json')))).toLine()).toMatch(/^FileError: .*bad\.json: not valid JSON/);
    const g = await loadNetwork(`${FIX}/calls_output.ts`);
    await writeFile(join(dir, 'small.json'), JSON.stringify(graphToJSON(g)));
    const e = await rejection(loadNetwork(join(dir, 'small.json'), { frames: 4 }));
    expect(e).toBeInstanceOf(NetworkError);
    expect(e.message).toMatch(/arguments \(frames\) apply only to networks defined in TypeScript or JavaScript$/);
  });
});

describe('the example network', () => {
  it('computes what the same network in plain PyTorch computes, from the same state_dict', async () => {
    const g = await loadNetwork(EXAMPLE, { frames: 6, size: 8 });
    const params = initParams(g, 1);
    const inputs = randomInputs(g, 1);
    await writeFile(join(dir, 'p.safetensors'), encodeSafetensors(params));
    await writeFile(join(dir, 'x.safetensors'), encodeSafetensors(inputs));
    await promisify(execFile)(PYTHON, ['test/fixtures/tiny_video_net.py', ...['p', 'x', 'y'].map((f) => join(dir, `${f}.safetensors`))]);
    const want = (await loadSafetensors(join(dir, 'y.safetensors'))).tensors.get('logits')!;
    const got = runReference(g, inputs, params).outputs.get('logits')!;
    expect(got.shape).toEqual(want.shape);
    got.data.forEach((v, i) => expect(Math.abs(v - want.data[i])).toBeLessThan(1e-5));
    expect(Math.max(...got.data.map(Math.abs))).toBeGreaterThan(1e-2); // not trivially zero
  });
});
