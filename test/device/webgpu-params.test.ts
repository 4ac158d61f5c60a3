// Parameters resident on a WebGPU device: a loaded program uploads its parameters (and constants) once and
// keeps them across runs; a run uploads its inputs only; setParams (or binding another Tensor) uploads just
// the parameters it names; destroying frees every buffer. Uploads are counted twice: by the executor's own
// counter, and by wrapping the device queue's real writeBuffer (calls go through to Dawn).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import { printProgramWgsl } from '../../codegen/wgsl/program.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { ParamMismatchError } from '../../ir/errors.ts';
import type { Graph } from '../../ir/graph.ts';
import { init } from '../../ir/init.ts';
import { Tensor } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { openGraph } from '../../driver/open-graph.ts';
import { WebGpuExecutor } from '../../runtime/webgpu/executor.ts';
import { compareTensors } from '../helpers/compare.ts';

let exec: WebGpuExecutor;
beforeAll(async () => { exec = await WebGpuExecutor.create(); });
afterAll(() => exec?.destroy());

/** y = tanh(x * w + b) * 0.5 + sum over the last axis: two parameters, one constant, one input. */
function network(): Graph {
  const b = new GraphBuilder('resident');
  const x = b.input('x', 'f32', [3, 8]);
  const w = b.param('w', [8], init.normal(1));
  const bias = b.param('b', [8], init.zeros());
  const h = b.tanh(b.add(b.mul(x, w), bias));
  b.output('y', b.add(b.mul(h, b.constant(0.5)), b.sum(h, { axes: [1], keepdims: true })));
  return b.build();
}

const rng = new Rng(11);
const draw = (shape: number[]) => Tensor.from('f32', shape, Array.from({ length: shape.reduce((a, c) => a * c, 1) }, () => rng.normal()));

function expectReference(g: Graph, got: Map<string, Tensor>, inputs: Map<string, Tensor>, params: Map<string, Tensor>): void {
  const want = runReference(g, inputs, params).outputs.get('y')!;
  const d = compareTensors(got.get('y')!, want, 1e-5);
  expect(d.ok, d.message).toBe(true);
}

/** writeBuffer calls on the device queue, by the label of the buffer written (counted, then passed on). */
function countWrites(): { byLabel: Map<string, number>; restore(): void } {
  const queue = exec.device.queue;
  const real = queue.writeBuffer;
  const byLabel = new Map<string, number>();
  queue.writeBuffer = function (this: GPUQueue, buffer: GPUBuffer, ...rest: unknown[]) {
    byLabel.set(buffer.label, (byLabel.get(buffer.label) ?? 0) + 1);
    return (real as (...a: unknown[]) => undefined).call(this, buffer, ...rest);
  } as GPUQueue['writeBuffer'];
  return { byLabel, restore: () => { queue.writeBuffer = real; } };
}

/** Writes to the buffer of the stored value of `node` (labelled "<program> %<node> buffer <i>"). */
const writesOf = (byLabel: Map<string, number>, program: Program, node: number) =>
  [...byLabel].filter(([label]) => label.startsWith(`${program.name} %${node} buffer `)).reduce((a, [, n]) => a + n, 0);

describe('parameters stay on the WebGPU device across runs', () => {
  it('uploads parameters and constants once, inputs every run; results are identical across runs', async () => {
    const g = network();
    const program = compileGraph(g);
    const node = (name: string) => program.values.find((v) => v.name === name)!.node;
    const writes = countWrites();
    try {
      const loaded = await exec.load(program, { modules: printProgramWgsl });
      const params = new Map([['w', draw([8])], ['b', draw([8])]]);
      const runs: Map<string, Tensor>[] = [];
      for (let i = 0; i < 4; i++) {
        const inputs = new Map([['x', draw([3, 8])]]);
        runs.push(await loaded.run(inputs, params));
        expectReference(g, runs[i], inputs, params);
      }
      // the same inputs again, on the parameters bound before: the same bits as the first run
      const x0 = new Map([['x', draw([3, 8])]]);
      const first = await loaded.run(x0, params);
      for (let i = 0; i < 3; i++) expect([...(await loaded.run(x0)).get('y')!.data]).toEqual([...first.get('y')!.data]);
      expect(loaded.uploads()).toMatchObject({ inputs: 8, params: 2, constants: program.constants.size });
      expect(writesOf(writes.byLabel, program, node('w'))).toBe(1);
      expect(writesOf(writes.byLabel, program, node('b'))).toBe(1);
      expect(writesOf(writes.byLabel, program, node('x'))).toBe(8);
      loaded.destroy();
    } finally {
      writes.restore();
    }
  });

  it('setParams uploads only the parameters it names, and the results follow them', async () => {
    const g = network();
    const program = compileGraph(g);
    const node = (name: string) => program.values.find((v) => v.name === name)!.node;
    const writes = countWrites();
    try {
      const loaded = await exec.load(program, { modules: printProgramWgsl });
      const w = draw([8]), b = draw([8]);
      const inputs = new Map([['x', draw([3, 8])]]);
      const before = await loaded.run(inputs, new Map([['w', w], ['b', b]]));
      const w2 = draw([8]);
      await loaded.setParams(new Map([['w', w2]]));
      const after = await loaded.run(inputs);
      expectReference(g, after, inputs, new Map([['w', w2], ['b', b]]));
      expect([...after.get('y')!.data]).not.toEqual([...before.get('y')!.data]);
      expect(writesOf(writes.byLabel, program, node('w'))).toBe(2);
      expect(writesOf(writes.byLabel, program, node('b'))).toBe(1);
      // binding the full set with one new Tensor uploads that one only
      const b2 = draw([8]);
      expectReference(g, await loaded.run(inputs, new Map([['w', w2], ['b', b2]])), inputs, new Map([['w', w2], ['b', b2]]));
      expect([writesOf(writes.byLabel, program, node('w')), writesOf(writes.byLabel, program, node('b'))]).toEqual([2, 2]);
      // new values written into a bound Tensor are uploaded when setParams names it
      b2.data.fill(0.25);
      await loaded.setParams(new Map([['b', b2]]));
      expectReference(g, await loaded.run(inputs), inputs, new Map([['w', w2], ['b', Tensor.from('f32', [8], new Array(8).fill(0.25))]]));
      expect(loaded.uploads().params).toBe(5);
      // runKernels has buffers of its own: it receives the bound parameters once
      const all = await loaded.runKernels(inputs);
      expect([...all.outputs.get('y')!.data]).toEqual([...(await loaded.run(inputs)).get('y')!.data]);
      expect(loaded.uploads().params).toBe(7);
      loaded.destroy();
    } finally {
      writes.restore();
    }
  });

  it('a run without parameters never bound, or setParams with an unknown or misshapen one, is a ParamMismatchError', async () => {
    const loaded = await exec.load(compileGraph(network()), { modules: printProgramWgsl });
    const inputs = new Map([['x', draw([3, 8])]]);
    await expect(loaded.run(inputs)).rejects.toThrow(ParamMismatchError);
    await expect(loaded.run(inputs)).rejects.toThrow(/missing param 'w' \(f32\[8\]\); missing param 'b'/);
    await expect(loaded.setParams(new Map([['v', draw([8])]]))).rejects.toThrow(/unexpected param 'v'/);
    await expect(loaded.setParams(new Map([['w', draw([4])]]))).rejects.toThrow(/param 'w' is f32\[4\], the network declares f32\[8\]/);
    await loaded.setParams(new Map([['w', draw([8])]]));
    await expect(loaded.run(inputs)).rejects.toThrow(/^.*1 param problem\(s\): missing param 'b'/);
    loaded.destroy();
  });

  it('a session binds parameters the same way', async () => {
    const g = network();
    const session = await openGraph(g, 'webgpu');
    try {
      const inputs = new Map([['x', draw([3, 8])]]);
      const params = new Map([['w', draw([8])], ['b', draw([8])]]);
      const a = await session.run(inputs, params);
      expect([...(await session.run(inputs)).get('y')!.data]).toEqual([...a.get('y')!.data]);
      expect(session.uploads!()).toMatchObject({ inputs: 2, params: 2 });
      const b2 = draw([8]);
      await session.setParams(new Map([['b', b2]]));
      expectReference(g, await session.run(inputs), inputs, new Map([['w', params.get('w')!], ['b', b2]]));
      expect(session.uploads!()).toMatchObject({ inputs: 3, params: 3 });
      expect(Object.keys(session.deviceInfo)).toEqual(expect.arrayContaining(['vendor', 'architecture', 'device', 'description']));
    } finally {
      await session.destroy();
    }
  });

  it('destroying a loaded program frees every buffer it created', async () => {
    const device = exec.device;
    const realCreate = device.createBuffer;
    const created: GPUBuffer[] = [];
    const destroyed = new Set<GPUBuffer>();
    device.createBuffer = function (this: GPUDevice, desc: GPUBufferDescriptor) {
      const buf = realCreate.call(this, desc);
      const realDestroy = buf.destroy;
      buf.destroy = function (this: GPUBuffer) { destroyed.add(buf); return realDestroy.call(this); };
      created.push(buf);
      return buf;
    };
    try {
      const loaded = await exec.load(compileGraph(network()), { modules: printProgramWgsl });
      const inputs = new Map([['x', draw([3, 8])]]);
      await loaded.run(inputs, new Map([['w', draw([8])], ['b', draw([8])]]));
      await loaded.runKernels(inputs);
      await loaded.timeRun(inputs, undefined, { repeats: 1, warmup: 0 });
      const live = created.filter((b) => !destroyed.has(b)).length;
      expect(live).toBeGreaterThan(0);
      loaded.destroy();
      expect(created.filter((b) => !destroyed.has(b)).map((b) => b.label)).toEqual([]);
      await expect(loaded.run(inputs)).rejects.toThrow(/destroyed/);
    } finally {
      device.createBuffer = realCreate;
    }
  });
});
