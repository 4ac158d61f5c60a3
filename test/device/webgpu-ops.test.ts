// Every op case with a lowering, compiled to kernels, printed as WGSL and run on WebGPU (Dawn; SwiftShader on
// a machine without a GPU), against the reference interpreter. Also: the same with cooperative reductions
// (workgroup memory and barriers), with conv and matmul as tiled products, with reductions split in two,
// with every launch's uniforms specialised into its source, and Dawn's validation of every distinct
// module (no errors, no warnings).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import { printProgramWgsl } from '../../codegen/wgsl/program.ts';
import { loweringOf } from '../../codegen/lower/index.ts';
import type { Tensor } from '../../ir/tensor.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { WebGpuExecutor, type LoadOptions } from '../../runtime/webgpu/executor.ts';
import { ALL_CASES } from '../cases/index.ts';
import { caseGraph, caseId, caseInputs, type OpCase } from '../helpers/cases.ts';
import { compareTensors } from '../helpers/compare.ts';

/** f32 kernels against the float64 reference: a few ulps of the output's scale, as in kernels-cpu.test.ts.
 *  No op needs more: sin and cos (which WGSL only bounds by an absolute 2^-11 on [-pi, pi], and which
 *  SwiftShader computes to ~2e-4) are printed as an accurate helper, and so are tanh, sigmoid and pow. */
const KERNEL_TOL = 2e-6;

const LOWERED = ALL_CASES.filter((c) => loweringOf(c.op));

let exec: WebGpuExecutor;
/** Every module source loaded by this file, for the validation test. */
const sources = new Map<string, string>();

beforeAll(async () => {
  exec = await WebGpuExecutor.create();
});
afterAll(() => exec?.destroy());

async function check(c: OpCase, program: Program, opts: Partial<LoadOptions> = {}): Promise<void> {
  const g = caseGraph(c);
  const inputs = new Map(caseInputs(c).map((t, i) => [`x${i}`, t] as [string, Tensor]));
  const ref = runReference(g, inputs, new Map()).outputs.get('y')!;
  const loaded = await exec.load(program, { modules: printProgramWgsl, ...opts });
  try {
    for (const m of loaded.modules) sources.set(m.source, m.name);
    const got = (await loaded.run(inputs, new Map())).get('y')!;
    const d = compareTensors(got, ref, Math.max(c.tol ?? 0, KERNEL_TOL));
    expect(d.ok, `${caseId(c)}: ${d.message}`).toBe(true);
  } finally {
    loaded.destroy();
  }
}

describe('op cases on WebGPU vs the reference interpreter', () => {
  it('has lowered cases to run', () => expect(LOWERED.length).toBeGreaterThan(0));
  for (const c of LOWERED) it(caseId(c), () => check(c, compileGraph(caseGraph(c))));
});

describe('op cases with cooperative reductions (one workgroup per output element)', () => {
  const grouped = LOWERED.map((c) => [c, compileGraph(caseGraph(c), { groupReduceMin: 2 })] as const)
    .filter(([, p]) => p.kernels.some((k) => k.mapping.kind === 'group' && !k.mapping.tile));
  it('some cases reduce cooperatively', () => expect(grouped.length).toBeGreaterThan(0));
  // the loader gives the printer the device's subgroup width: the trees end in lane shuffles here
  it('this adapter has subgroups, so the reductions below use them', () => expect(exec.subgroupWidth()).toBeGreaterThanOrEqual(4));
  for (const [c, p] of grouped) it(caseId(c), () => check(c, p));

  it('give the same bits with and without subgroup shuffles (both combine in the tree\'s order)', async () => {
    const differ: string[] = [];
    let shuffling = 0;
    for (const [c, p] of grouped) {
      const inputs = new Map(caseInputs(c).map((t, i) => [`x${i}`, t] as [string, Tensor]));
      const outputs = [];
      for (const subgroups of [undefined, false] as const) {
        const loaded = await exec.load(p, { modules: printProgramWgsl, ...(subgroups === false ? { subgroups } : {}) });
        const shuffles = loaded.modules.some((m) => m.source.includes('subgroupShuffleXor('));
        if (subgroups === false) expect(shuffles, caseId(c)).toBe(false);
        else if (shuffles) shuffling++;
        try { outputs.push(await loaded.run(inputs, new Map())); } finally { loaded.destroy(); }
      }
      const [a, b] = outputs.map((o) => o.get('y')!);
      const bits = (t: Tensor) => Buffer.from(new Float64Array(t.data).buffer).toString('hex');
      if (bits(a) !== bits(b)) differ.push(caseId(c));
    }
    expect(differ).toEqual([]);
    expect(shuffling).toBeGreaterThan(grouped.length / 2); // (a case with an empty output has no reduction to print)
  });

  it('printed modules that need wider subgroups than the device promises are refused at load', async () => {
    const [c, p] = grouped[0];
    const wide = printProgramWgsl(p, { f16: 'f32-storage', subgroups: 128 });
    await expect(exec.load(p, { modules: wide, subgroups: 128 })).rejects.toThrow(
      new RegExp(`${p.name}: its kernels combine reductions across 128 subgroup lanes, which this device .* does not promise \\(its subgroups may have ${exec.subgroupWidth()}\\)`));
    expect(caseId(c)).toBeTruthy();
  });
});

describe('conv and matmul cases as tiled products (workgroup-memory tiles)', () => {
  const tiled = LOWERED.map((c) => [c, compileGraph(caseGraph(c), { tileMin: 1 })] as const)
    .filter(([, p]) => p.kernels.some((k) => k.mapping.tile !== undefined));
  it('some cases are tiled', () => expect(tiled.length).toBeGreaterThan(10));
  for (const [c, p] of tiled) it(caseId(c), () => check(c, p));
  for (const [c, p] of tiled.slice(0, 3)) it(`${caseId(c)}, specialised`, () => check(c, p, { specialize: true }));
});

describe('reduction cases split into partial results and their combination', () => {
  const split = LOWERED.map((c) => [c, compileGraph(caseGraph(c), { splitReduceMin: 2 })] as const)
    .filter(([c, p]) => p.launches.length > compileGraph(caseGraph(c)).launches.length);
  it('some cases are split', () => expect(split.length).toBeGreaterThan(3));
  for (const [c, p] of split) it(caseId(c), () => check(c, p));
});

describe('op cases with uniforms specialised into the source', () => {
  // one case per op keeps this quick; the specialised path differs only in how uniforms are printed
  const perOp = LOWERED.filter((c, i) => LOWERED.findIndex((d) => d.op === c.op) === i);
  for (const c of perOp) it(caseId(c), () => check(c, compileGraph(caseGraph(c)), { specialize: true }));
});

describe('op cases as CPU adapters compile them: short rows per invocation (rule 6c), specialised', () => {
  // (where the rows leave a case's kernels unchanged it is run above already)
  const rowed = LOWERED.map((c) => [c, compileGraph(caseGraph(c), { inlineRows: true })] as const)
    .filter(([c, p]) => JSON.stringify(p.kernels) !== JSON.stringify(compileGraph(caseGraph(c)).kernels));
  it('some cases compute rows', () => expect(rowed.length).toBeGreaterThan(50));
  for (const [c, p] of rowed) it(caseId(c), () => check(c, p, { specialize: true }));
});

describe("Dawn's validation of every generated module", () => {
  it('every module loaded above compiles with no errors and no warnings', async () => {
    expect(sources.size).toBeGreaterThan(LOWERED.length / 4);
    const problems: string[] = [];
    for (const [source, name] of sources) {
      const module = exec.device.createShaderModule({ code: source });
      const info = await module.getCompilationInfo();
      for (const m of info.messages) problems.push(`${name} ${m.type} ${m.lineNum}:${m.linePos} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('modules printed with f16 stored as f16 pass too where the device has shader-f16', async () => {
    const f16Cases = LOWERED.filter((c) => caseInputs(c).some((t) => t.dtype === 'f16') || (c.attrs as { to?: string } | undefined)?.to === 'f16');
    expect(f16Cases.length).toBeGreaterThan(0);
    const modules = f16Cases.flatMap((c) => printProgramWgsl(compileGraph(caseGraph(c)), { f16: 'native' }));
    expect(modules.some((m) => m.source.includes('enable f16;'))).toBe(true);
    if (!exec.device.features.has('shader-f16')) return; // SwiftShader: no shader-f16 (see ENVIRONMENT.md)
    for (const c of f16Cases) await check(c, compileGraph(caseGraph(c)), { f16: 'native' });
  });
});
