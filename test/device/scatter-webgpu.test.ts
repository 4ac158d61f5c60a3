// scatter_add's two strategies on WebGPU (Dawn; SwiftShader without a GPU): every scatter_add case
// compiled with the atomic strategy matches the reference, and its modules pass Dawn's validation; the
// default (deterministic) strategy gives the same bits on every run, in the sources' order, on data where
// another order gives other bits; the atomic strategy matches within tolerance where thousands of sources
// collide on a few targets (exactly, for i32); two chained atomic scatters run right twice in a row; and
// the bounded splat the compiler makes of a deterministic bilinear_splat gives the plain splat's bits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import { printProgramWgsl } from '../../codegen/wgsl/program.ts';
import { Graph } from '../../ir/graph.ts';
import type { DType } from '../../ir/dtype.ts';
import { Tensor } from '../../ir/tensor.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { WebGpuExecutor } from '../../runtime/webgpu/executor.ts';
import { cases as SAMPLING_CASES } from '../cases/sampling.ts';
import { cases as SCATTER_CASES } from '../cases/scatter.ts';
import { caseGraph, caseId, caseInputs } from '../helpers/cases.ts';
import { compareTensors } from '../helpers/compare.ts';

const KERNEL_TOL = 2e-6;

let exec: WebGpuExecutor;
const sources = new Map<string, string>();
beforeAll(async () => { exec = await WebGpuExecutor.create(); });
afterAll(() => exec?.destroy());

async function runWebGpu(program: Program, inputs: ReadonlyMap<string, Tensor>): Promise<Tensor> {
  const loaded = await exec.load(program, { modules: printProgramWgsl });
  try {
    for (const m of loaded.modules) sources.set(m.source, m.name);
    return (await loaded.run(inputs, new Map())).get('y')!;
  } finally {
    loaded.destroy();
  }
}

describe('scatter_add and bilinear_splat cases, atomic strategy, on WebGPU vs the reference', () => {
  for (const c of [...SCATTER_CASES.filter((c) => c.op === 'scatter_add'), ...SAMPLING_CASES.filter((c) => c.op === 'bilinear_splat')]) {
    it(caseId(c), async () => {
      const g = caseGraph(c);
      const inputs = new Map(caseInputs(c).map((t, i) => [`x${i}`, t] as [string, Tensor]));
      const ref = runReference(g, inputs, new Map()).outputs.get('y')!;
      const got = await runWebGpu(compileGraph(g, { scatter: 'atomic' }), inputs);
      const d = compareTensors(got, ref, Math.max(c.tol ?? 0, KERNEL_TOL));
      expect(d.ok, d.message).toBe(true);
    });
  }

  it("every module passes Dawn's validation with no errors and no warnings", async () => {
    expect([...sources.keys()].some((s) => s.includes('atomicCompareExchangeWeak'))).toBe(true);
    const problems: string[] = [];
    for (const [source, name] of sources) {
      const info = await exec.device.createShaderModule({ code: source }).getCompilationInfo();
      for (const m of info.messages) problems.push(`${name} ${m.type} ${m.lineNum}:${m.linePos} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});

/** y = scatter_add(x, i) along axis 0 of n sources into `size` targets. */
function collisions(dtype: DType, n: number, size: number): Graph {
  const g = new Graph(`collide_${dtype}`);
  g.append('input', [], { name: 'x', dtype, shape: [n] });
  g.append('input', [], { name: 'i', dtype: 'i32', shape: [n] });
  g.append('scatter_add', [0, 1], { axis: 0, size });
  g.addOutput('y', 2);
  return g;
}

/** A small deterministic generator (the same data every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

describe('determinism', () => {
  it('the deterministic strategy gives bit-identical sums in two runs, in the sources\' order, where order matters', async () => {
    const [n, size] = [2048, 4];
    const r = lcg(7);
    // mixed magnitudes (1e-3 .. 1e4, both signs): f32 sums of these depend on the order of addition
    const x = Tensor.from('f32', [n], Array.from({ length: n }, () => (r() < 0.5 ? -1 : 1) * 10 ** Math.floor(r() * 8 - 3) * (1 + r())));
    const i = Tensor.from('i32', [n], Array.from({ length: n }, () => Math.floor(r() * size)));
    const inputs = new Map([['x', x], ['i', i]]);
    const program = compileGraph(collisions('f32', n, size));
    expect(program.kernels.some((k) => k.buffers.some((b) => b.atomic))).toBe(false);
    const [a, b] = [await runWebGpu(program, inputs), await runWebGpu(program, inputs)];
    expect(Array.from(b.data)).toEqual(Array.from(a.data));
    // the order is the sources' order: the CPU interpreter's sequential f32 sums, bit for bit
    expect(Array.from(a.data)).toEqual(Array.from(runOnCpu(program, inputs, new Map()).get('y')!.data));
    // and the data is order-sensitive: summed in reverse, some target gets other bits
    const sum = (order: number[]) => {
      const acc = new Array<number>(size).fill(0);
      for (const k of order) acc[i.data[k]] = Math.fround(acc[i.data[k]] + x.data[k]);
      return acc;
    };
    const forward = Array.from({ length: n }, (_, k) => k);
    expect(sum(forward)).toEqual(Array.from(a.data));
    expect(sum([...forward].reverse())).not.toEqual(sum(forward));
  });

  it('the atomic strategy matches within tolerance where thousands of sources land on three targets', async () => {
    const [n, size] = [6000, 3];
    const r = lcg(11);
    const x = Tensor.from('f32', [n], Array.from({ length: n }, () => 0.5 + r()));
    const i = Tensor.from('i32', [n], Array.from({ length: n }, () => Math.floor(r() * size)));
    const inputs = new Map([['x', x], ['i', i]]);
    const g = collisions('f32', n, size);
    const ref = runReference(g, inputs, new Map()).outputs.get('y')!;
    const program = compileGraph(g, { scatter: 'atomic' });
    expect(program.kernels.some((k) => k.buffers.some((b) => b.atomic))).toBe(true);
    // (one lost update would be off by about 1/2000 of a target's sum)
    for (let run = 0; run < 2; run++) {
      const d = compareTensors(await runWebGpu(program, inputs), ref, 1e-5);
      expect(d.ok, d.message).toBe(true);
    }
  });

  it('atomic i32 sums are exact', async () => {
    const [n, size] = [6000, 3];
    const r = lcg(13);
    const x = Tensor.from('i32', [n], Array.from({ length: n }, () => Math.floor(r() * 2001) - 1000));
    const i = Tensor.from('i32', [n], Array.from({ length: n }, () => Math.floor(r() * size)));
    const inputs = new Map([['x', x], ['i', i]]);
    const g = collisions('i32', n, size);
    const ref = runReference(g, inputs, new Map()).outputs.get('y')!;
    expect(Array.from((await runWebGpu(compileGraph(g, { scatter: 'atomic' }), inputs)).data)).toEqual(Array.from(ref.data));
  });
});

describe('atomic scatters in a graph', () => {
  it('two scatters in a row, a fused source chain and memory shared between intermediates, run twice', async () => {
    const g = new Graph('scatter_twice');
    g.append('input', [], { name: 'x', dtype: 'f32', shape: [3, 40] });
    g.append('input', [], { name: 'i', dtype: 'i32', shape: [3, 40] });
    g.append('input', [], { name: 'j', dtype: 'i32', shape: [3, 7] });
    g.append('exp', [0], {});
    g.append('scatter_add', [3, 1], { axis: 1, size: 7 });
    g.append('sqrt', [4], {});
    g.append('scatter_add', [5, 2], { axis: 1, size: 2 });
    g.addOutput('y', 6);
    const r = lcg(3);
    const inputs = new Map([
      ['x', Tensor.from('f32', [3, 40], Array.from({ length: 120 }, () => r() - 0.5))],
      ['i', Tensor.from('i32', [3, 40], Array.from({ length: 120 }, () => Math.floor(r() * 7)))],
      ['j', Tensor.from('i32', [3, 7], Array.from({ length: 21 }, () => Math.floor(r() * 2)))],
    ]);
    const ref = runReference(g, inputs, new Map()).outputs.get('y')!;
    const program = compileGraph(g, { scatter: 'atomic' });
    expect(program.launches.map((l) => l.kernel)).toEqual(['k0_zero_fill', 'k1_scatter_add_exp', 'k0_zero_fill', 'k2_scatter_add_sqrt']);
    const loaded = await exec.load(program, { modules: printProgramWgsl });
    try {
      // (a second run adds into buffers the first left full: the fill must run again)
      for (let run = 0; run < 2; run++) {
        const d = compareTensors((await loaded.run(inputs, new Map())).get('y')!, ref, 1e-5);
        expect(d.ok, `run ${run}: ${d.message}`).toBe(true);
      }
    } finally {
      loaded.destroy();
    }
  });
});

describe('the bounded splat (codegen/splat-bounds.ts) on WebGPU', () => {
  for (const c of SAMPLING_CASES.filter((c) => c.op === 'bilinear_splat')) {
    it(`${caseId(c)}: blocks of 2 give the bits of the plain splat, and of the CPU kernel interpreter`, async () => {
      const g = caseGraph(c);
      const inputs = new Map(caseInputs(c).map((t, i) => [`x${i}`, t] as [string, Tensor]));
      const bounded = compileGraph(g, { splatBlock: 2 });
      const plain = await runWebGpu(compileGraph(g, { splatBlock: 0 }), inputs);
      const got = await runWebGpu(bounded, inputs);
      expect(Array.from(got.data)).toEqual(Array.from(plain.data));
      expect(Array.from(got.data)).toEqual(Array.from(runOnCpu(bounded, inputs, new Map()).get('y')!.data));
    });
  }
});
