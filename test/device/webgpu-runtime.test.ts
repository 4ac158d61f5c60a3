// The WebGPU runtime and the WGSL printer beyond single ops: hand-written kernels that hit every edge the
// printer handles by a helper (NaN, infinities, signed zeros, overflow, integer division by zero, shifts,
// f16 rounding, complex numbers), checked against the CPU kernel interpreter, which defines the kernel IR's
// meaning; traps; 2-D dispatch; reading back every value at kernel boundaries; timing; error reporting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph, type Program, type StoredValue } from '../../codegen/compile.ts';
import { printProgramWgsl } from '../../codegen/wgsl/program.ts';
import * as x from '../../codegen/kexpr.ts';
import { typeOf, type Expr, type Kernel, type KType, type Stmt } from '../../codegen/kir.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import type { DType } from '../../ir/dtype.ts';
import { DeviceError, ExecutionError, InputMismatchError } from '../../ir/errors.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { Rng } from '../../runtime/random.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { openGraph } from '../../driver/open-graph.ts';
import { WebGpuExecutor } from '../../runtime/webgpu/executor.ts';
import { compareTensors } from '../helpers/compare.ts';

let exec: WebGpuExecutor;
beforeAll(async () => {
  exec = await WebGpuExecutor.create();
});
afterAll(() => exec?.destroy());

// ---- hand-written single-kernel programs -------------------------------------------------------------

interface Arg { dtype: DType; values: number[] }

const storage = (d: DType): KType => (d === 'bool' ? 'u32' : d);

/** A program of one flat kernel: out[gid] = f(in0[gid], in1[gid], ...), and the tensors to feed it. */
function mapProgram(args: Arg[], outDtype: DType, f: (v: Expr[]) => Expr, extra: (v: Expr[]) => Stmt[] = () => []): { program: Program; inputs: Map<string, Tensor> } {
  const n = args[0].values.length / (args[0].dtype === 'c64' ? 2 : 1);
  const gid: Expr = { k: 'builtin', name: 'gid' };
  const loads = args.map((a, i) => {
    const raw = x.load(`in${i}`, gid, storage(a.dtype));
    return a.dtype === 'bool' ? x.ne(raw, x.u32(0)) : raw;
  });
  let value = f(loads);
  if (outDtype === 'bool') value = x.select(value, x.u32(1), x.u32(0));
  const kernel: Kernel = {
    name: 'k0_edge',
    buffers: [...args.map((a, i) => ({ name: `in${i}`, t: storage(a.dtype), access: 'read' as const })), { name: 'out', t: storage(outDtype), access: 'read_write' }],
    syms: ['total'], shared: [], mapping: { kind: 'flat', workgroupSize: 64 }, traps: false,
    body: [...extra(loads), { k: 'let', name: 'v', t: typeOf(value), init: value, mutable: false }, { k: 'store', buf: 'out', index: gid, value: x.v('v', typeOf(value)) }],
  };
  return singleKernel(kernel, args, outDtype, n);
}

function singleKernel(kernel: Kernel, args: Arg[], outDtype: DType, n: number, total = n): { program: Program; inputs: Map<string, Tensor> } {
  const values: StoredValue[] = [
    ...args.map((a, i): StoredValue => ({ node: i, role: 'input', name: `x${i}`, dtype: a.dtype, shape: [a.values.length / (a.dtype === 'c64' ? 2 : 1)], bytes: 0 })),
    { node: args.length, role: 'output', name: 'y', dtype: outDtype, shape: [n], bytes: 0 },
  ];
  const program: Program = {
    name: kernel.name, kernels: [kernel], values, outputs: [{ name: 'y', node: args.length }], constants: new Map(),
    launches: [{ kernel: kernel.name, fuses: [{ id: args.length, op: 'edge' }], bindings: values.map((v) => v.node), syms: [total], total, bytesRead: 0, bytesWritten: 0 }],
    cost: { fused: { launches: 1, bytesRead: 0, bytesWritten: 0 }, unfused: { launches: 1, bytesRead: 0, bytesWritten: 0 } },
  };
  const inputs = new Map(args.map((a, i) => [`x${i}`, new Tensor(a.dtype, values[i].shape, Float64Array.from(a.values))] as const));
  return { program, inputs };
}

/** Float values as an f32 buffer holds them. */
const f32s = (vs: number[]) => vs.map((v) => Math.fround(v));

const EDGE = f32s([0, -0, 1, -1, 0.5, -0.5, 2.5, -2.5, 3, -3, 0.1, 1e-3, -7e-5, 1e-6, 1e-7, 100, -100, 88.5, 89, -89, 1e30, -1e30,
  65504, 65519, 65520, -65520, 6e-8, 3e-8, 1.00048828125, 1.00146484375, 2 ** -20, Infinity, -Infinity, NaN]);

/** WGSL lets an implementation flush f32 subnormals to zero (SwiftShader does). */
const F32_MIN_NORMAL = 2 ** -126;

/** Compare GPU and interpreter element by element: NaN with NaN, infinities and integers exactly, finite
 *  floats within `rel` of the interpreter's value or `abs` (or a subnormal's distance from zero). */
function expectClose(got: Tensor, want: Tensor, rel: number, abs = 0, what = ''): void {
  const bad: string[] = [];
  for (let i = 0; i < want.data.length; i++) {
    const a = got.data[i], b = want.data[i];
    const ok = Number.isNaN(b) ? Number.isNaN(a) : !Number.isFinite(b) || !Number.isFinite(a) ? a === b
      : Math.abs(a - b) <= Math.max(abs, rel * Math.abs(b), F32_MIN_NORMAL);
    if (!ok && bad.length < 8) bad.push(`[${i}] got ${a}, interpreter ${b}`);
  }
  expect(bad, what).toEqual([]);
}

async function gpuVsCpu(p: { program: Program; inputs: Map<string, Tensor> }): Promise<{ got: Tensor; want: Tensor }> {
  const want = runOnCpu(p.program, p.inputs, new Map()).get('y')!;
  const loaded = await exec.load(p.program, { modules: printProgramWgsl });
  try {
    return { got: (await loaded.run(p.inputs, new Map())).get('y')!, want };
  } finally {
    loaded.destroy();
  }
}

describe('WGSL helpers agree with the CPU kernel interpreter on edge values', () => {
  const f32 = (values: number[]): Arg => ({ dtype: 'f32', values });
  // per-function tolerances, relative to the interpreter's value: what WGSL's precision rules permit on
  // these arguments is looser still (exp: 3 + 2|x| ulp; log: 3 ulp; inverseSqrt: 2 ulp)
  const unary: [string, (a: Expr) => Expr, number, number[]][] = [
    ['exp', (a) => x.call('exp', [a]), 4e-6, EDGE],
    ['log', (a) => x.call('log', [a]), 1e-6, EDGE],
    ['sqrt', (a) => x.call('sqrt', [a]), 3e-7, EDGE],
    ['rsqrt', (a) => x.call('rsqrt', [a]), 1e-6, EDGE],
    ['sigmoid', (a) => x.call('sigmoid', [a]), 1e-6, EDGE],
    ['tanh', (a) => x.call('tanh', [a]), 1e-6, EDGE],
    ['abs', (a) => x.call('abs', [a]), 0, EDGE],
    ['floor', (a) => x.call('floor', [a]), 0, EDGE],
    ['ceil', (a) => x.call('ceil', [a]), 0, EDGE],
    ['neg', (a) => x.neg(a), 0, EDGE],
    ['round_f16', (a) => x.call('round_f16', [a]), 0, EDGE],
  ];
  for (const [name, f, rel, values] of unary) {
    it(name, async () => {
      const { got, want } = await gpuVsCpu(mapProgram([f32(values)], 'f32', ([a]) => f(a)));
      expectClose(got, want, rel, 0, name);
    });
  }

  it('sin and cos: a few ulps on [-100, 100] (absolute 2e-7), NaN for infinities and NaN', async () => {
    const xs = f32s([...Array.from({ length: 401 }, (_, i) => (i - 200) / 2), ...EDGE.filter((v) => !(Math.abs(v) > 100))]);
    for (const fn of ['sin', 'cos'] as const) {
      const { got, want } = await gpuVsCpu(mapProgram([f32(xs)], 'f32', ([a]) => x.call(fn, [a])));
      expectClose(got, want, 0, 2e-7, fn);
    }
  });

  it('isnan by bits, and != true for NaN', async () => {
    const { got, want } = await gpuVsCpu(mapProgram([f32(EDGE)], 'bool', ([a]) => x.call('isnan', [a])));
    expectClose(got, want, 0);
    const ne = await gpuVsCpu(mapProgram([f32(EDGE), f32([...EDGE].reverse())], 'bool', ([a, b]) => x.ne(a, b)));
    expectClose(ne.got, ne.want, 0);
    const eq = await gpuVsCpu(mapProgram([f32(EDGE), f32(EDGE)], 'bool', ([a, b]) => x.eq(a, b)));
    expectClose(eq.got, eq.want, 0);
    const toBool = await gpuVsCpu(mapProgram([f32(EDGE)], 'bool', ([a]) => x.cast('bool', a)));
    expectClose(toBool.got, toBool.want, 0);
  });

  it('fmax_nan and fmin_nan propagate NaN', async () => {
    const a = f32s([1, NaN, NaN, -0, 2, -Infinity, 3]), b = f32s([NaN, 1, NaN, 0, -2, 5, Infinity]);
    for (const fn of ['fmax_nan', 'fmin_nan'] as const) {
      const { got, want } = await gpuVsCpu(mapProgram([f32(a), f32(b)], 'f32', ([p, q]) => x.call(fn, [p, q])));
      expectClose(got, want, 0, 0, fn);
    }
  });

  it('pow: C semantics on a grid of bases and exponents', async () => {
    const bases = f32s([0, -0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 1e-3, Infinity, -Infinity, NaN]);
    const exps = f32s([0, -0, 1, -1, 2, 3, -3, 0.5, -0.5, 2.5, 1e10, 16777218, Infinity, -Infinity, NaN]);
    const a = bases.flatMap((b) => exps.map(() => b)), b = bases.flatMap(() => exps);
    const { got, want } = await gpuVsCpu(mapProgram([f32(a), f32(b)], 'f32', ([p, q]) => x.call('pow', [p, q])));
    // WGSL's pow is exp2(y * log2(x)): its relative error grows with |y * log2(x)| (25 for 1e-3 ^ 2.5: ~1e-6)
    expectClose(got, want, 4e-6, 0, 'pow');
  });

  it('float -> int casts truncate; NaN gives 0 (in-range values: the interpreter wraps beyond)', async () => {
    const vs = f32s([-2.7, -0.5, -0, 0, 0.5, 2.7, 1e3, -1e9, 2147483520, -2147483648, NaN]);
    const i = await gpuVsCpu(mapProgram([f32(vs)], 'i32', ([a]) => x.cast('i32', a)));
    expectClose(i.got, i.want, 0, 0, 'i32');
    const us = f32s([-0.5, 0, 0.5, 2.7, 1e3, 4e9, 4294967040, NaN]);
    const u = await gpuVsCpu(mapProgram([f32(us)], 'u32', ([a]) => x.cast('u32', a)));
    expectClose(u.got, u.want, 0, 0, 'u32');
  });

  it('int -> float and bool -> number casts', async () => {
    const ints: Arg = { dtype: 'i32', values: [0, 1, -1, 16777216, -2147483648, 2147483647, 123456] };
    const r = await gpuVsCpu(mapProgram([ints], 'f32', ([a]) => x.cast('f32', a)));
    expectClose(r.got, r.want, 0);
    const bools: Arg = { dtype: 'bool', values: [0, 1, 1, 0] };
    for (const to of ['f32', 'i32', 'u32'] as const) {
      const b = await gpuVsCpu(mapProgram([bools], to, ([a]) => x.cast(to, a)));
      expectClose(b.got, b.want, 0);
    }
  });

  it('i32 arithmetic wraps; division by zero gives 0; shifts take the count mod 32', async () => {
    const a: Arg = { dtype: 'i32', values: [7, -7, 2147483647, -2147483648, -2147483648, 5, -9, 1, -1, 123456789] };
    const b: Arg = { dtype: 'i32', values: [0, 2, 1, -1, 0, -3, 4, 33, 31, 0] };
    const ops = ['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '<', '==', '!='] as const;
    for (const op of ops) {
      const safe = op === '%' ? { dtype: 'i32' as const, values: b.values.map((v) => v || 3) } : b; // x % 0 is NaN in JS
      const { got, want } = await gpuVsCpu(mapProgram([a, safe], ['<', '==', '!='].includes(op) ? 'bool' : 'i32', ([p, q]) => x.bin(op, p, q)));
      expectClose(got, want, 0, 0, `i32 ${op}`);
    }
    const neg = await gpuVsCpu(mapProgram([a], 'i32', ([p]) => x.neg(p)));
    expectClose(neg.got, neg.want, 0, 0, 'i32 neg');
  });

  it('u32 arithmetic wraps; unary minus and division by zero', async () => {
    const a: Arg = { dtype: 'u32', values: [7, 0, 4294967295, 2147483648, 5, 9] };
    const b: Arg = { dtype: 'u32', values: [0, 1, 2, 3, 33, 0] };
    for (const op of ['+', '-', '*', '/', '>>', '<<'] as const) {
      const { got, want } = await gpuVsCpu(mapProgram([a, b], 'u32', ([p, q]) => x.bin(op, p, q)));
      expectClose(got, want, 0, 0, `u32 ${op}`);
    }
    const neg = await gpuVsCpu(mapProgram([a], 'u32', ([p]) => x.neg(p)));
    expectClose(neg.got, neg.want, 0, 0, 'u32 neg');
  });

  it('complex: product, quotient, parts, equality with NaN parts', async () => {
    const a: Arg = { dtype: 'c64', values: f32s([1, 2, -3, 0.5, 0, 0, 2, -1, NaN, 1, 1e-3, 4]) };
    const b: Arg = { dtype: 'c64', values: f32s([3, -4, 0.25, 2, 1, 1, 2, -1, NaN, 1, 5, -6]) };
    for (const fn of ['cmul', 'cdiv'] as const) {
      const { got, want } = await gpuVsCpu(mapProgram([a, b], 'c64', ([p, q]) => x.call(fn, [p, q])));
      expectClose(got, want, 1e-6, 1e-7, fn);
    }
    for (const op of ['==', '!='] as const) {
      const { got, want } = await gpuVsCpu(mapProgram([a, b], 'bool', ([p, q]) => x.bin(op, p, q)));
      expectClose(got, want, 0, 0, `c64 ${op}`);
    }
    const parts = await gpuVsCpu(mapProgram([a], 'c64', ([p]) => x.call('cplx', [x.call('im', [p]), x.neg(x.call('re', [p]))])));
    expectClose(parts.got, parts.want, 0);
    const sum = await gpuVsCpu(mapProgram([a, b], 'c64', ([p, q]) => x.sub(x.add(p, q), x.neg(q))));
    expectClose(sum.got, sum.want, 1e-7);
  });

  it('literals: infinities, NaN, -0, inexact decimals and constant expressions that overflow', async () => {
    const consts = [Infinity, -Infinity, NaN, -0, 0.1, 1 / 3, 1e-40, 3.4028234663852886e38, 1e-45, 123456.78];
    for (const c of consts) {
      const { got, want } = await gpuVsCpu(mapProgram([f32([1, 2])], 'f32', ([a]) => x.add(x.mul(a, x.f32(0)), x.f32(c))));
      expectClose(got, want, 0, 0, `literal ${c}`);
    }
    // 1 / 0 and 3e38 * 10 made of literals only: WGSL rejects them as constant expressions; the printer folds them
    const div = await gpuVsCpu(mapProgram([f32([1])], 'f32', ([a]) => x.add(a, x.div(x.f32(1), x.f32(0)))));
    expectClose(div.got, div.want, 0);
    const big = await gpuVsCpu(mapProgram([f32([1])], 'f32', ([a]) => x.mul(a, x.mul(x.f32(3e38), x.f32(10)))));
    expectClose(big.got, big.want, 0);
  });

  it('f16 buffers: loads widen, stores round to nearest even, overflow to infinity', async () => {
    const vals = f32s([0.1, 1 / 3, 65504, 65519, 65520, -1e6, 1e-6, 6e-8, 2 ** -25, 1.00048828125, NaN, -0]);
    const gid: Expr = { k: 'builtin', name: 'gid' };
    const kernel: Kernel = {
      name: 'k0_f16', buffers: [{ name: 'in0', t: 'f32', access: 'read' }, { name: 'out', t: 'f16', access: 'read_write' }],
      syms: ['total'], shared: [], mapping: { kind: 'flat', workgroupSize: 64 }, traps: false,
      body: [{ k: 'store', buf: 'out', index: gid, value: x.cast('f16', x.call('round_f16', [x.load('in0', gid, 'f32')])) }],
    };
    const { got, want } = await gpuVsCpu(singleKernel(kernel, [{ dtype: 'f32', values: vals }], 'f16', vals.length));
    expectClose(got, want, 0);
  });
});

describe('kernels with loops, registers, workgroup memory and traps', () => {
  it('a group kernel: registers, a loop, a tree reduction through workgroup memory, barriers, lid == 0 store', async () => {
    const n = 300, groups = 5;
    const wid: Expr = { k: 'builtin', name: 'wid' }, lid: Expr = { k: 'builtin', name: 'lid' };
    const size = 64;
    const body: Stmt[] = [
      { k: 'comment', text: 'partial sums of x[wid * n + r] * 2 for r = lid, lid + 64, ...' },
      { k: 'reg_array', name: 'regs', t: 'f32', size: 2 },
      { k: 'reg_store', arr: 'regs', index: x.i32(1), value: x.f32(2) },
      { k: 'let', name: 'acc', t: 'f32', init: x.f32(0), mutable: true },
      { k: 'for', v: 'r', start: lid, end: x.sym('n'), step: x.i32(size), body: [
        { k: 'assign', name: 'acc', value: x.add(x.v('acc', 'f32'), x.mul(x.load('in0', x.add(x.mul(wid, x.sym('n')), x.v('r', 'i32')), 'f32'), { k: 'reg_load', arr: 'regs', index: x.i32(1), t: 'f32' })) },
      ] },
      { k: 'shared_store', arr: 'partial', index: lid, value: x.v('acc', 'f32') },
      { k: 'barrier' },
    ];
    for (let s = size / 2; s >= 1; s /= 2) {
      body.push({ k: 'if', cond: x.lt(lid, x.i32(s)), then: [
        { k: 'shared_store', arr: 'partial', index: lid, value: x.add({ k: 'shared_load', arr: 'partial', index: lid, t: 'f32' }, { k: 'shared_load', arr: 'partial', index: x.add(lid, x.i32(s)), t: 'f32' }) },
      ], else: [{ k: 'comment', text: 'idle' }] });
      body.push({ k: 'barrier' });
    }
    body.push({ k: 'if', cond: x.eq(lid, x.i32(0)), then: [{ k: 'store', buf: 'out', index: wid, value: { k: 'shared_load', arr: 'partial', index: x.i32(0), t: 'f32' } }] });
    const kernel: Kernel = {
      name: 'k0_sum', buffers: [{ name: 'in0', t: 'f32', access: 'read' }, { name: 'out', t: 'f32', access: 'read_write' }],
      syms: ['total', 'n'], shared: [{ name: 'partial', t: 'f32', size }], mapping: { kind: 'group', workgroupSize: size }, traps: false, body,
    };
    const rng = new Rng(3);
    const p = singleKernel(kernel, [{ dtype: 'f32', values: f32s(Array.from({ length: n * groups }, () => rng.normal())) }], 'f32', groups);
    (p.program.launches[0] as unknown as { syms: number[] }).syms = [groups, n];
    const { got, want } = await gpuVsCpu(p);
    expectClose(got, want, 1e-5);
  });

  it('an index out of range in gather traps: ExecutionError names the kernel and its nodes', async () => {
    const b = new GraphBuilder('gather-trap');
    b.output('y', b.gather(b.input('x', 'f32', [3, 4]), b.input('i', 'i32', [3, 2]), { axis: 1 }));
    const program = compileGraph(b.build());
    expect(program.kernels.some((k) => k.traps)).toBe(true);
    const loaded = await exec.load(program, { modules: printProgramWgsl });
    const xT = Tensor.from('f32', [3, 4], Array.from({ length: 12 }, (_, i) => i));
    const bad = new Map([['x', xT], ['i', Tensor.from('i32', [3, 2], [0, 1, 2, 4, 3, 0])]]);
    await expect(loaded.run(bad, new Map())).rejects.toThrow(ExecutionError);
    await expect(loaded.run(bad, new Map())).rejects.toThrow(/kernel k0_gather \(%\d+ gather\) reported an index out of range/);
    // the status word is cleared for the next run
    const good = new Map([['x', xT], ['i', Tensor.from('i32', [3, 2], [0, 1, 2, 3, 3, 0])]]);
    const y = (await loaded.run(good, new Map())).get('y')!;
    expect([...y.data]).toEqual([0, 1, 6, 7, 11, 8]);
    loaded.destroy();
  });
});

describe('the WebGPU runtime', () => {
  it('dispatches a 2-D grid when the workgroups exceed the per-dimension limit', async () => {
    const maxDim = exec.device.limits.maxComputeWorkgroupsPerDimension;
    const n = (maxDim + 2) * 64 + 5;
    const b = new GraphBuilder('big');
    b.output('y', b.neg(b.input('x', 'i32', [n])));
    const loaded = await exec.load(compileGraph(b.build()), { modules: printProgramWgsl });
    expect(loaded.launches[0].dispatch[1]).toBeGreaterThan(1);
    const xT = new Tensor('i32', [n], Float64Array.from({ length: n }, (_, i) => i));
    const y = (await loaded.run(new Map([['x', xT]]), new Map())).get('y')!;
    let wrong = -1;
    for (let i = 0; i < n && wrong < 0; i++) if (y.data[i] !== -i) wrong = i;
    expect(wrong).toBe(-1);
    loaded.destroy();
  });

  function chain(): { program: Program; g: ReturnType<GraphBuilder['build']>; inputs: Map<string, Tensor> } {
    const b = new GraphBuilder('chain');
    const xv = b.input('x', 'f32', [4, 6]);
    let v = b.exp(b.neg(xv));
    for (let i = 0; i < 4; i++) v = b.add(b.mul(v, xv), b.sum(v, { axes: [1], keepdims: true }));
    b.output('y', b.tanh(v));
    b.output('s', b.sum(v, { axes: [0, 1] }));
    const g = b.build();
    const rng = new Rng(5);
    const inputs = new Map([['x', Tensor.from('f32', [4, 6], Array.from({ length: 24 }, () => rng.normal()))]]);
    return { program: compileGraph(g, { fuse: false }), g, inputs };
  }

  it('shares buffers between intermediates and still computes the reference', async () => {
    const { program, g, inputs } = chain();
    const loaded = await exec.load(program, { modules: printProgramWgsl });
    expect(loaded.memory.buffers.length).toBeLessThan(program.values.length);
    const ref = runReference(g, inputs, new Map()).outputs;
    const got = await loaded.run(inputs, new Map());
    for (const [name, want] of ref) {
      const d = compareTensors(got.get(name)!, want, 1e-5);
      expect(d.ok, `${name}: ${d.message}`).toBe(true);
    }
    loaded.destroy();
  });

  it('runKernels reads back every stored value at the kernel boundaries', async () => {
    const { program, g, inputs } = chain();
    const loaded = await exec.load(program, { modules: printProgramWgsl });
    const { outputs, values } = await loaded.runKernels(inputs, new Map());
    const ref = runReference(g, inputs, new Map(), { keepAll: true }).values!;
    expect(values.size).toBe(program.values.length);
    for (const v of program.values) {
      const d = compareTensors(values.get(v.node)!, ref[v.node], 1e-5);
      expect(d.ok, `%${v.node} (${v.role}): ${d.message}`).toBe(true);
    }
    expect([...outputs.keys()].sort()).toEqual(['s', 'y']);
    // the ordinary run still works after (its own buffers)
    const again = await loaded.run(inputs, new Map());
    expect([...again.get('y')!.data]).toEqual([...outputs.get('y')!.data]);
    loaded.destroy();
  });

  it('timeRun reports a wall time, and per-launch GPU times where timestamp queries exist', async () => {
    const { program, inputs } = chain();
    const loaded = await exec.load(program, { modules: printProgramWgsl });
    const t = await loaded.timeRun(inputs, new Map(), { repeats: 3, warmup: 1 });
    expect([t.repeats, t.warmup]).toEqual([3, 1]);
    expect(t.wallMs.min).toBeGreaterThan(0);
    expect(t.wallMs.min <= t.wallMs.median && t.wallMs.median <= t.wallMs.max).toBe(true);
    if (exec.device.features.has('timestamp-query')) {
      // timestamps at full resolution (not rounded to 2^16 ns): every launch takes some time
      expect(t.source).toBe('timestamp-query');
      expect(t.launches!.map((l) => l.launch)).toEqual(program.launches.map((_, i) => i));
      for (const l of t.launches!) expect(l.ms.min, l.kernel).toBeGreaterThan(0);
      expect(t.gpuMs!.min).toBeGreaterThan(0);
    } else {
      expect(t.source).toBe('wall-clock');
      expect(t.launches).toBeUndefined();
    }
    await expect(loaded.timeRun(inputs, new Map(), { repeats: 0 })).rejects.toThrow(/repeats must be a positive integer/);
    loaded.destroy();
  });

  it('without timestamp queries, timeRun says so and times whole runs by the wall clock', async () => {
    const plain = await WebGpuExecutor.create({ optionalFeatures: [] });
    try {
      expect(plain.details().timestampQuery).toBe(false);
      const { program, inputs } = chain();
      const loaded = await plain.load(program, { modules: printProgramWgsl });
      const t = await loaded.timeRun(inputs, new Map(), { repeats: 2, warmup: 0 });
      expect(t.source).toBe('wall-clock');
      expect(t.launches).toBeUndefined();
      expect(t.gpuMs).toBeUndefined();
      expect(t.wallMs.min).toBeGreaterThan(0);
      loaded.destroy();
    } finally {
      plain.destroy();
    }
  });

  it('pipelines are cached by source: loading the same program twice compiles nothing new', async () => {
    const { program } = chain();
    const t0 = performance.now();
    const a = await exec.load(program, { modules: printProgramWgsl });
    const first = performance.now() - t0;
    const b = await exec.load(program, { modules: printProgramWgsl });
    expect(b.launches.map((l) => l.pipeline)).toEqual(a.launches.map((l) => l.pipeline));
    expect(first).toBeGreaterThanOrEqual(0);
    a.destroy();
    b.destroy();
  });

  it('wrong inputs are an InputMismatchError, as on the other runtimes', async () => {
    const { program } = chain();
    const loaded = await exec.load(program, { modules: printProgramWgsl });
    await expect(loaded.run(new Map([['x', Tensor.zeros('f32', [4, 5])]]), new Map())).rejects.toThrow(InputMismatchError);
    loaded.destroy();
  });

  it("a module that does not compile is a DeviceError naming the kernel and the line", async () => {
    const { program } = chain();
    const { printProgramWgsl } = await import('../../codegen/wgsl/program.ts');
    const modules = printProgramWgsl(program, { f16: 'f32-storage' }).map((m, i) => (i === 1 ? { ...m, source: m.source.replace('let wid', 'let wid: u32') } : m));
    const err = await exec.load(program, { modules, f16: 'f32-storage' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeviceError);
    expect((err as Error).message).toMatch(new RegExp(`kernel ${modules[1].name}: WGSL does not compile: \\d+:\\d+: .*let wid: u32`));
  });

  it("f16 stored as f16 needs shader-f16: a DeviceError where the device lacks it", async () => {
    const b = new GraphBuilder('half');
    b.output('y', b.cast(b.input('x', 'f32', [3]), { to: 'f16' }));
    const program = compileGraph(b.build());
    if (exec.device.features.has('shader-f16')) {
      const loaded = await exec.load(program, { modules: printProgramWgsl, f16: 'native' });
      const y = (await loaded.run(new Map([['x', Tensor.from('f32', [3], [0.1, 65519, 1e6])]]), new Map())).get('y')!;
      expect([...y.data]).toEqual([0.0999755859375, 65504, Infinity]);
      loaded.destroy();
    } else {
      await expect(exec.load(program, { modules: printProgramWgsl, f16: 'native' })).rejects.toThrow(/shader-f16/);
    }
  });

  it('openGraph plans cooperative reductions only where the adapter runs a workgroup in parallel', async () => {
    const b = new GraphBuilder('spatial_mean');
    b.output('y', b.mean(b.input('x', 'f32', [4, 1024]), { axes: [1] }));
    const g = b.build();
    const grouped = (p: Program) => p.kernels.some((k) => k.mapping.kind === 'group');
    expect(grouped(compileGraph(g))).toBe(true);
    const session = await openGraph(g, 'webgpu');
    try {
      // a CPU adapter (SwiftShader) runs a workgroup's invocations one batch after another: barriers only
      expect(grouped(session.program!)).toBe(!exec.gpu.summary.fallback);
      const x = Tensor.from('f32', [4, 1024], Array.from({ length: 4096 }, (_, i) => 1 + Math.sin(i)));
      const got = (await session.run(new Map([['x', x]]), new Map())).get('y')!;
      const want = runReference(g, new Map([['x', x]]), new Map()).outputs.get('y')!;
      const d = compareTensors(got, want, 1e-6);
      expect(d.ok, d.message).toBe(true);
    } finally {
      await session.destroy();
    }
  });

  it('numel-0 values and scalars run', async () => {
    const b = new GraphBuilder('empty');
    b.output('y', b.exp(b.input('x', 'f32', [0, 3])));
    b.output('z', b.neg(b.input('s', 'f32', [])));
    const loaded = await exec.load(compileGraph(b.build()), { modules: printProgramWgsl });
    const out = await loaded.run(new Map([['x', Tensor.zeros('f32', [0, 3])], ['s', Tensor.from('f32', [], [2])]]), new Map());
    expect(numel(out.get('y')!.shape)).toBe(0);
    expect([...out.get('z')!.data]).toEqual([-2]);
    loaded.destroy();
  });
});
