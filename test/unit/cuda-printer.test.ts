// The CUDA printer without nvcc: same kernel, same bytes; names readable and legal; each helper defined once
// and only when used; the signature in the documented order (buffers, params struct, status) and what
// cudaSignature() tells the runtime; literals exact. (test/unit/cuda-nvcc.test.ts compiles the output.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArtifact } from '../../codegen/artifact.ts';
import { compileGraph } from '../../codegen/compile.ts';
import { cudaKernelPrinter, f32Literal, printCuda } from '../../codegen/cuda/printer.ts';
import { CUDA_HELPERS } from '../../codegen/cuda/templates.ts';
import { cudaParamsBytes, cudaSignature } from '../../codegen/cuda/layout.ts';
import type { Expr, Kernel, KType, Stmt } from '../../codegen/kir.ts';
import { typeOf } from '../../codegen/kir.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { TargetError } from '../../ir/errors.ts';
import { loweringOf } from '../../codegen/lower/index.ts';
import { ALL_CASES } from '../cases/index.ts';
import { runPool } from '../../codegen/cuda/nvcc.ts';
import type { DType } from '../../ir/dtype.ts';
import { Tensor } from '../../ir/tensor.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { Rng } from '../../runtime/random.ts';
import { caseGraph, caseId, caseInputs } from '../helpers/cases.ts';
import { compareTensors } from '../helpers/compare.ts';
import { balance, featureKernelFlat, featureKernelGroup, featureTerms, programOfKernel, runCudaOnHost, type HostCase, type HostResult } from '../helpers/nvcc.ts';

const count = (text: string, needle: string) => text.split(needle).length - 1;

/** x * 2 + 1 on f32 and y = x < 0 (bool), fused: a small program with a readable shape. */
function smallProgram() {
  const b = new GraphBuilder('small');
  const x = b.input('x', 'f32', [3, 70]);
  const y = b.add(b.mul(x, b.constant(2)), b.constant(1));
  b.output('y', y);
  return compileGraph(b.build());
}

/** The body of the kernel function (after its signature). */
const bodyOf = (src: string) => src.slice(src.indexOf('\n) {\n') + 1);

describe('CUDA printer', () => {
  it('prints the same bytes for the same kernel, and for the same graph compiled twice', () => {
    for (const k of [featureKernelFlat(), featureKernelGroup()]) {
      expect(printCuda(k, { comment: 'c' })).toBe(printCuda(structuredClone(k), { comment: 'c' }));
    }
    const a = buildArtifact(smallProgram(), 'cuda', cudaKernelPrinter);
    const b = buildArtifact(smallProgram(), 'cuda', cudaKernelPrinter);
    expect([...a.sources]).toEqual([...b.sources]);
    expect([...a.sources.keys()].every((f) => /^kernels\/k\d+_\w+\.cu$/.test(f))).toBe(true);
  });

  it('names the function after the kernel and lists the fused graph nodes in the header comment', () => {
    const program = smallProgram();
    const a = buildArtifact(program, 'cuda', cudaKernelPrinter);
    const [file, src] = [...a.sources][0];
    const k = program.kernels[0];
    expect(file).toBe(`kernels/${k.name}.cu`);
    expect(src).toContain(`extern "C" __global__ void __launch_bounds__(64) ${k.name}(\n`);
    expect(src.startsWith(`// ${k.name}: CUDA C++`)).toBe(true);
    for (const f of program.launches[0].fuses) expect(src).toMatch(new RegExp(`^//   %${f.id} ${f.op}  @ `, 'm'));
    // the locals keep the IR's names: the output index and the fused ops
    expect(bodyOf(src)).toMatch(/const float (mul|add)\d+ = /);
    expect(src).not.toMatch(/[^\n]\n\n\n/); // no runs of blank lines
  });

  it('lays out the signature as buffers, the params struct by value, then the status word', () => {
    const k = featureKernelFlat();
    const src = printCuda(k, { comment: 'features' });
    const sig = src.slice(src.indexOf('extern "C"'), src.indexOf('\n) {\n'));
    const params = sig.split('\n').slice(1).map((l) => l.trim().replace(/,$/, ''));
    expect(params).toEqual([
      'const float* __restrict__ in0', 'const int* __restrict__ in1', 'const unsigned int* __restrict__ in2',
      'const __half* __restrict__ in3', 'const float2* __restrict__ in4', 'const unsigned int* __restrict__ in5',
      'float* __restrict__ out', '__half* __restrict__ out16', 'float2* __restrict__ outc',
      'const k_features_flat_params p', 'unsigned int* __restrict__ status',
    ]);
    expect(src).toContain('struct k_features_flat_params {\n  int total;\n  int scale;\n  int step;\n  int terms;\n};');
    expect(cudaSignature(k).map((p) => p.kind)).toEqual([...k.buffers.map(() => 'buffer'), 'params', 'status']);
    expect(cudaSignature(k).filter((p) => p.kind === 'buffer').map((p) => p.name)).toEqual(k.buffers.map((b) => b.name));
    expect(cudaParamsBytes(k)).toBe(16);
    expect(cudaSignature(k).find((p) => p.kind === 'params')).toMatchObject({ type: 'k_features_flat_params', bytes: 16 });
    // no status parameter when the kernel cannot trap
    const g = featureKernelGroup();
    expect(cudaSignature(g).map((p) => p.kind)).toEqual(['buffer', 'buffer', 'buffer', 'buffer', 'params']);
    expect(printCuda(g, { comment: '' })).not.toContain('status');
  });

  it('decodes gid/wid/lid from a 2-D grid and guards flat kernels per element, group kernels per block', () => {
    const flat = printCuda(featureKernelFlat(), { comment: '' });
    expect(flat).toContain('const unsigned int gid_u = (blockIdx.y * gridDim.x + blockIdx.x) * 64u + threadIdx.x;');
    expect(flat).toContain('if (gid_u >= (unsigned int)p.total) {\n    return;\n  }');
    const group = printCuda(featureKernelGroup(), { comment: '' });
    expect(group).toContain('__launch_bounds__(256)');
    expect(group).toContain('const unsigned int wid_u = blockIdx.y * gridDim.x + blockIdx.x;');
    expect(group).toContain('if (wid_u >= (unsigned int)p.total) {');
    expect(group).toContain('const int lid = (int)threadIdx.x;');
    expect(group).toContain('const int gid = (int)(wid_u * 256u + threadIdx.x);');
    expect(group).toContain('__shared__ float partial[256];');
    expect(group).toContain('__shared__ float2 cpartial[256];');
    expect(group).toContain('__shared__ bool flags[256];');
    expect(group).not.toContain('never_read'); // a shared array nothing reads is dropped with its stores
    // f32 and c64: to the warp's 32 partials through shared memory (3 levels), then 5 shuffles; bool: 8 levels
    expect(count(group, '__syncthreads();')).toBe(2 * 4 + 9);
    expect(group).toContain('const int lane = (int)(threadIdx.x & 31u);');
    expect(group).toContain('float partial_total = partial[lane];');
    expect(count(group, '__shfl_xor_sync(0xffffffffu, partial_total, ')).toBe(5);
    expect(group).toContain('make_float2(__shfl_xor_sync(0xffffffffu, cpartial_total.x, 16), __shfl_xor_sync(0xffffffffu, cpartial_total.y, 16))');
    expect(group).toContain('const bool flags_total = flags[0];');
  });

  it('specialises uniforms into literals and drops the params struct from the signature', () => {
    const k = featureKernelGroup();
    const src = printCuda(k, { comment: '', specialize: [5, 300] });
    expect(src).not.toMatch(/\bp\./);
    expect(src).not.toContain('_params');
    expect(src).toContain('if (wid_u >= 5u) {');
    expect(src).toContain('< 300;');
    expect(src).toContain('// Specialised: total = 5, n = 300.');
    expect(cudaSignature(k, { specialized: true }).map((p) => p.kind)).toEqual(['buffer', 'buffer', 'buffer', 'buffer']);
    const empty = printCuda(k, { comment: '', specialize: [0, 300] });
    expect(bodyOf(empty)).toBe(') {\n  // the domain is empty (total = 0): nothing to compute\n}\n');
    expect(() => printCuda(k, { comment: '', specialize: [1] })).toThrow(TargetError);
  });

  it('unrolls loops of known length: fully where they index a register array, by 4 where they are long', () => {
    const i32 = (v: number): Expr => ({ k: 'const', t: 'i32', v });
    const v = (name: string, t: KType = 'i32'): Expr => ({ k: 'var', name, t });
    const add = (a: Expr, b: Expr): Expr => ({ k: 'bin', op: '+', a, b, t: typeOf(a) });
    const loop = (name: string, end: Expr, body: Stmt[]): Stmt => ({ k: 'for', v: name, start: i32(0), end, step: i32(1), body });
    const gid: Expr = { k: 'builtin', name: 'gid' };
    const k: Kernel = {
      name: 'k_unroll', syms: ['total', 'n'], shared: [], mapping: { kind: 'flat', workgroupSize: 64 }, traps: false,
      buffers: [{ name: 'in0', t: 'f32', access: 'read' }, { name: 'out', t: 'f32', access: 'read_write' }],
      body: [
        { k: 'reg_array', name: 'tab', t: 'f32', size: 16 },
        loop('fill', i32(16), [{ k: 'reg_store', arr: 'tab', index: v('fill'), value: { k: 'load', buf: 'in0', index: v('fill'), t: 'f32' } }]),
        { k: 'let', name: 'acc', t: 'f32', init: { k: 'const', t: 'f32', v: 0 }, mutable: true },
        { k: 'let', name: 'at', t: 'i32', init: i32(0), mutable: true },
        // the table index is a local the loop updates after reading it: it depends on the loop variable
        loop('walk', i32(8), [
          { k: 'assign', name: 'acc', value: add(v('acc', 'f32'), { k: 'reg_load', arr: 'tab', index: v('at'), t: 'f32' }) },
          { k: 'assign', name: 'at', value: { k: 'bin', op: '&', a: add(v('at'), v('walk')), b: i32(15), t: 'i32' } },
        ]),
        loop('red', { k: 'sym', name: 'n' }, [{ k: 'assign', name: 'acc', value: add(v('acc', 'f32'), { k: 'load', buf: 'in0', index: add(gid, v('red')), t: 'f32' }) }]),
        loop('few', i32(3), [{ k: 'assign', name: 'acc', value: add(v('acc', 'f32'), { k: 'load', buf: 'in0', index: v('few'), t: 'f32' }) }]),
        { k: 'store', buf: 'out', index: gid, value: v('acc', 'f32') },
      ],
    };
    const pragmaOf = (src: string, loopVar: string) => new RegExp(`^ *(#pragma unroll(?: \\d+)?)\\n *for \\(int ${loopVar} = `, 'm').exec(src)?.[1];
    const generic = printCuda(k, { comment: '' });
    const specialised = printCuda(k, { comment: '', specialize: [64, 64] });
    for (const src of [generic, specialised]) {
      expect(pragmaOf(src, 'fill')).toBe('#pragma unroll');
      expect(pragmaOf(src, 'walk')).toBe('#pragma unroll');
      expect(pragmaOf(src, 'few')).toBeUndefined();
    }
    expect(pragmaOf(generic, 'red')).toBeUndefined(); // run-time length: nvcc's choice
    expect(pragmaOf(specialised, 'red')).toBe('#pragma unroll 4');
  });

  it('defines each helper once, only when used, inside an include guard', () => {
    const src = printCuda(featureKernelFlat(), { comment: '' });
    for (const h of CUDA_HELPERS) {
      expect(src.match(new RegExp(`^static __device__ __forceinline__ [\\w ]+ ${h}\\(`, 'gm'))?.length, h).toBe(1);
      expect(count(src, `#ifndef TEMPOFUSE_CUDA_${h.toUpperCase()}\n#define TEMPOFUSE_CUDA_${h.toUpperCase()}\n`), h).toBe(1);
    }
    const small = buildArtifact(smallProgram(), 'cuda', cudaKernelPrinter);
    const text = [...small.sources.values()][0];
    expect(text).not.toContain('c64_');
    expect(text).not.toContain('cuda_fp16.h');
    expect(src).toContain('#include <cuda_fp16.h>');
  });

  it('the helper template defines exactly the helpers the printer knows', () => {
    const template = readFileSync(new URL('../../templates/cuda/helpers.hbs', import.meta.url), 'utf8');
    const defined = [...template.matchAll(/\{\{#device "(\w+)"\}\}/g)].map((m) => m[1]);
    expect(defined).toEqual([...CUDA_HELPERS]);
  });

  it('every op-case kernel prints, and each file defines every helper it calls and includes what it uses', () => {
    const lowered = ALL_CASES.filter((c) => loweringOf(c.op));
    expect(lowered.length).toBeGreaterThan(0);
    for (const c of lowered) {
      for (const k of compileGraph(caseGraph(c)).kernels) {
        const src = printCuda(k, { comment: caseId(c) });
        const called = new Set([...bodyOf(src).matchAll(/\b((?:i32|u32|f32|c64)_\w+)\(/g)].map((m) => m[1]));
        for (const h of called) expect(src, `${caseId(c)}: ${h}`).toMatch(new RegExp(`^static __device__ __forceinline__ [\\w ]+ ${h}\\(`, 'm'));
        if (/__half|__float2half|__half2float/.test(bodyOf(src))) expect(src, caseId(c)).toContain('#include <cuda_fp16.h>');
        expect(src).toContain(`extern "C" __global__ void __launch_bounds__(${k.mapping.workgroupSize}) ${k.name}(`);
      }
    }
  });

  it('renames IR names that would clash with C++ keywords, CUDA names or the printer\'s own', () => {
    const src = printCuda(featureKernelFlat(), { comment: '' });
    expect(src).toContain('const int int_ = in1[gid / 2];');
    expect(src).toContain('const unsigned int max_ = in2[gid % 3];');
    expect(src).toContain('const float2 status_ = ');
    expect(src).toContain('const bool p_ = in5[gid] != 0u;');
    expect(src).toContain('for (int out_ = 0; out_ < 4; ++out_) {'); // a local named like a buffer
    expect(src).toContain('out16[gid] = __float2half_rn(acc);');
    expect(src).toContain('out[i32_add(i32_mul(gid, p.terms), 0)] = ');
  });

  it('prints the IR\'s meaning where C++ differs: wrapping i32, safe division, NaN-propagating max, saturating casts', () => {
    const src = printCuda(featureKernelFlat(), { comment: '' });
    expect(src).toContain('i32_add(i, int_)');
    expect(src).toContain('(u + max_)'); // unsigned arithmetic wraps in C++ already
    expect(src).toContain('i32_div(i, int_)');
    expect(src).toContain('(i / 3)'); // a literal divisor other than 0 and -1 is safe
    expect(src).toContain('(i / p.scale)'); // uniforms are sizes: never 0
    expect(src).toContain('u << (max_ & 31u)');
    expect(src).toContain('f32_max_nan(f, h)');
    expect(src).toContain('__float2int_rz(f)');
    expect(src).toContain('__float2uint_rz(f)');
    expect(src).toContain('atomicMax(status, 1u);');
    expect(src).toContain('fmodf(f, g)');
    expect(src).toContain('float regs[4] = {};');
    // locals nothing reads are not printed (nvcc warns about them)
    expect(src).not.toContain('unused');
    expect(src).not.toContain('set_only');
    // u32 compared with 0 (always false / true) is folded: nvcc warns about the comparison
    expect(src).not.toMatch(/u [<>]=? 0u/);
    // comment lines never end in a backslash (a line continuation would swallow the next line)
    expect(src).not.toMatch(/\\\n/);
  });

  it('throws a TargetError on IR the printer cannot give a meaning to', () => {
    const base: Kernel = { ...featureKernelGroup(), traps: false };
    const bad = (body: Kernel['body']) => () => printCuda({ ...base, body }, { comment: '' });
    expect(bad([{ k: 'trap', code: 1 }])).toThrow(/traps but does not declare/);
    expect(bad([{ k: 'store', buf: 'in0', index: { k: 'const', t: 'i32', v: 0 }, value: { k: 'const', t: 'f32', v: 0 } }])).toThrow(/read-only/);
    expect(bad([{ k: 'store', buf: 'out', index: { k: 'const', t: 'i32', v: 0 }, value: { k: 'const', t: 'i32', v: 0 } }])).toThrow(/i32 value into a f32 buffer/);
    expect(() => printCuda({ ...base, name: 'bad name' }, { comment: '' })).toThrow(TargetError);
  });
});

describe('f32 literals', () => {
  const parse = (s: string) => Math.fround(Number(s.replace(/f$/, '')));

  it('are the shortest decimal that reads back as the same f32', () => {
    expect(f32Literal(1).s).toBe('1.0f');
    expect(f32Literal(0.1).s).toBe('0.1f');
    expect(f32Literal(2 * Math.PI).s).toBe('6.2831855f');
    expect(f32Literal(-1.5).s).toBe('-1.5f');
    expect(f32Literal(1e-7).s).toBe('1.0e-7f');
    expect(f32Literal(-0).s).toBe('-0.0f');
    expect(f32Literal(Infinity).s).toBe('__int_as_float(0x7f800000)');
    expect(f32Literal(-Infinity).s).toBe('-__int_as_float(0x7f800000)');
    expect(f32Literal(NaN).s).toBe('__int_as_float(0x7fc00000)');
    let seed = 12345;
    const rand = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; };
    for (let i = 0; i < 2000; i++) {
      const v = new Float32Array(new Uint32Array([rand()]).buffer)[0];
      if (!Number.isFinite(v)) continue;
      const s = f32Literal(v).s;
      expect(s).toMatch(/^-?\d+\.\d+(e[+-]\d+)?f$/);
      expect(Object.is(parse(s), v), `${v} -> ${s}`).toBe(true);
    }
  });
});

// ---- meaning: the printed C++ run on the CPU (g++ with a host emulation of CUDA) vs the kernel interpreter

/** Compare a host run with the CPU kernel interpreter: the same outputs (f32: to a few ulps of the output's
 *  scale, since libm and JavaScript's Math differ in the last bit of exp, sin, ...), or both trapping. */
function agree(c: HostCase, got: HostResult, byColumn = false): void {
  let want: Map<string, Tensor> | Error;
  try { want = runOnCpu(c.program, c.inputs, c.params); } catch (e) { want = e as Error; }
  if (want instanceof Error) {
    expect(got.status, `${c.id}: the interpreter trapped (${want.message}), the CUDA did not`).not.toBe(0);
    return;
  }
  expect(got.status, `${c.id}: the CUDA trapped, the interpreter did not`).toBe(0);
  for (const [name, t] of want) {
    const ours = got.outputs!.get(name)!;
    // byColumn: a 2-D output holds one term per column, each compared at its own scale
    const cols = byColumn && t.shape.length === 2 ? t.shape[1] : 1;
    for (let col = 0; col < cols; col++) {
      const pick = (x: Tensor) => (cols === 1 ? x : new Tensor(x.dtype, [x.shape[0]], x.data.filter((_, i) => i % cols === col)));
      const d = compareTensors(pick(ours), pick(t), 1e-6);
      expect(d.ok, `${c.id}: output ${name}${cols > 1 ? ` column ${col}` : ''}: ${d.message}`).toBe(true);
    }
  }
}

describe('printed CUDA, compiled for the host, computes what the kernel interpreter computes', () => {
  it('every op-case kernel (and its workgroup-reduction form), under UBSan and ASan', async () => {
    const cases: HostCase[] = [];
    for (const c of ALL_CASES.filter((c) => loweringOf(c.op))) {
      const inputs = new Map(caseInputs(c).map((t, i) => [`x${i}`, t] as const));
      cases.push({ id: caseId(c), program: compileGraph(caseGraph(c)), inputs, params: new Map() });
      const grouped = compileGraph(caseGraph(c), { groupReduceMin: 2 });
      if (grouped.kernels.some((k) => k.mapping.kind === 'group')) cases.push({ id: `${caseId(c)} (workgroup reduction)`, program: grouped, inputs, params: new Map() });
    }
    const chunks = balance(cases.map((c) => ({ c, source: c.program.kernels.map((k) => JSON.stringify(k.body)).join('') })), 2).map((g) => g.map((x) => x.c));
    const results = await runPool(chunks.map((chunk) => () => runCudaOnHost(chunk)), 2);
    chunks.forEach((chunk, i) => chunk.forEach((c, j) => agree(c, results[i][j])));
  }, 240_000);

  it('every op-case kernel specialised to each launch\'s sizes, as compile --target cuda prints them (index arithmetic simplified by ranges, invariants out of loops)', async () => {
    const cases: HostCase[] = ALL_CASES.filter((c) => loweringOf(c.op)).map((c) => ({
      id: `${caseId(c)} (specialised)`, program: compileGraph(caseGraph(c)), specialize: true,
      inputs: new Map(caseInputs(c).map((t, i) => [`x${i}`, t] as const)), params: new Map(),
    }));
    const chunks = balance(cases.map((c) => ({ c, source: c.program.kernels.map((k) => JSON.stringify(k.body)).join('') })), 2).map((g) => g.map((x) => x.c));
    const results = await runPool(chunks.map((chunk) => () => runCudaOnHost(chunk)), 2);
    chunks.forEach((chunk, i) => chunk.forEach((c, j) => agree(c, results[i][j])));
  }, 240_000);

  it('the hand-built kernels: every operator, function, cast and literal, wrapping at the i32 range', async () => {
    const rng = new Rng(7);
    const N = 96;
    const draw = (dtype: DType, n: number, f: (i: number) => number) => Tensor.from(dtype, [n], Array.from({ length: n * (dtype === 'c64' ? 2 : 1) }, (_, i) => f(i)));
    const specials = [NaN, Infinity, -Infinity, -0, 0, 65504, 1e-30];
    const ints = [-2147483648, 2147483647, -1, 0, 31, 32, -33];
    const flat = featureKernelFlat();
    const T = featureTerms(flat);
    const flatValues: { dtype: DType; shape: number[] }[] = ['f32', 'i32', 'u32', 'f16', 'c64', 'bool', 'f32', 'f16', 'c64'].map((dtype, i) => ({ dtype: dtype as DType, shape: i === 6 ? [N, T] : [N] }));
    const flatInputs = new Map([
      ['in0', draw('f32', N, (i) => (i < specials.length ? specials[i] : rng.normal() * 3))],
      ['in1', draw('i32', N, (i) => (i % 16 < ints.length ? ints[i % 16] : rng.int(-40, 40)))],
      ['in2', draw('u32', N, (i) => (i % 10 === 0 ? 4294967295 : rng.int(0, 40)))],
      ['in3', draw('f16', N, () => rng.normal())],
      ['in4', draw('c64', N, () => rng.normal())],
      ['in5', draw('bool', N, () => rng.int(0, 2))],
    ]);
    const group = featureKernelGroup();
    const G = 3, n = 300;
    const groupValues = [{ dtype: 'f32' as DType, shape: [G * n] }, { dtype: 'c64' as DType, shape: [G * n] }, { dtype: 'u32' as DType, shape: [G * n] }, { dtype: 'f32' as DType, shape: [G] }];
    const groupInputs = new Map([
      ['in0', draw('f32', G * n, () => rng.normal())],
      ['in1', draw('c64', G * n, () => rng.normal())],
      ['in2', draw('u32', G * n, (i) => (i < n ? 0 : rng.int(0, 2)))],
    ]);
    const cases: HostCase[] = [
      { id: 'features, flat', program: programOfKernel(flat, flatValues, [N, 4, 1, T], N), inputs: flatInputs, params: new Map() },
      { id: 'features, flat, loop step 3', program: programOfKernel(flat, flatValues, [N, 4, 3, T], N), inputs: flatInputs, params: new Map() },
      { id: 'features, flat, trapping (loop past the register array)', program: programOfKernel(flat, flatValues, [N, 6, 1, T], N), inputs: flatInputs, params: new Map() },
      { id: 'features, group', program: programOfKernel(group, groupValues, [G, n], G), inputs: groupInputs, params: new Map() },
    ];
    const results = await runCudaOnHost(cases);
    expect(results.map((r) => r.status)).toEqual([0, 0, 1, 0]);
    cases.forEach((c, i) => agree(c, results[i], true));
  }, 120_000);
});
