// Compiling many printed CUDA kernels with nvcc quickly: kernels are deduplicated by source, renamed apart,
// concatenated into a few translation units as compileCuda does (cudaUnitSource), and each unit is compiled
// in one nvcc call to PTX and cubin for every arch (-fatbin with one -gencode per arch), with the production
// flags and every warning an error. Also: hand-built kernels that use every construct of the kernel IR.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitWorkgroups } from '../../codegen/artifact.ts';
import type { Program } from '../../codegen/compile.ts';
import { cudaUnitSource, findNvcc, nvccFlags, runNvcc, type NvccRun } from '../../codegen/cuda/nvcc.ts';
import { printCuda } from '../../codegen/cuda/printer.ts';
import { cudaSignature } from '../../codegen/cuda/layout.ts';
import { f16BitsToF32, f32ToF16Bits, type DType } from '../../ir/dtype.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { checkProgramBindings } from '../../runtime/cpu/bindings.ts';
import { storageBytes } from '../../runtime/device-data.ts';
import * as x from '../../codegen/kexpr.ts';
import type { BinOp, Expr, Fn, Kernel, KType, Stmt } from '../../codegen/kir.ts';
import { typeOf } from '../../codegen/kir.ts';

/** nvcc's path, or an error that says plainly that the CUDA tests need it (never a silent skip). */
export function requireNvcc(): string {
  try {
    return findNvcc();
  } catch (e) {
    throw new Error(`the CUDA compile tests need nvcc (CUDA toolkit, no GPU needed; see ENVIRONMENT.md): ${(e as Error).message}`);
  }
}

export interface Unit {
  /** Unique C identifier of the kernel in the unit (the source's kernel name, as printed). */
  readonly kernel: string;
  /** Where it comes from, for messages (op case, example, ...). */
  readonly origin: string;
  readonly source: string;
}

/** Kernels gathered for nvcc: each distinct kernel (its IR and its specialisation) printed once, renamed
 *  apart (`u<index>_<name>`), with where it came from. */
export class UnitSet {
  readonly units: Unit[] = [];
  private readonly seen = new Set<string>();

  add(kernel: Kernel, origin: string, specialize?: readonly number[]): void {
    const key = JSON.stringify({ ...kernel, name: '' }) + (specialize ? `|${specialize.join(',')}` : '');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const name = `u${this.units.length}_${kernel.name}`;
    this.units.push({ kernel: name, origin, source: printCuda({ ...kernel, name }, { comment: origin, specialize }) });
  }
}

export interface UnitsResult {
  readonly ok: boolean;
  readonly kernels: readonly string[];
  /** nvcc's command and output (empty output when ok). */
  readonly log: string;
  readonly ms: number;
}

/** Compile `units` as one translation unit to PTX + cubin for each arch; warnings count as failures. */
export async function compileUnits(nvcc: string, units: readonly Unit[], archs: readonly number[]): Promise<UnitsResult> {
  const dir = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-test-'));
  try {
    const text = cudaUnitSource(units.map((u) => [`${u.kernel}.cu`, u.source] as const));
    await writeFile(join(dir, 'unit.cu'), text);
    const args = [
      '-fatbin', ...archs.flatMap((a) => ['-gencode', `arch=compute_${a},code=[compute_${a},sm_${a}]`]),
      ...nvccFlags(), '-Werror', 'all-warnings', '-o', join(dir, 'unit.fatbin'), join(dir, 'unit.cu'),
    ];
    const run: NvccRun = await runNvcc(nvcc, args, dir);
    const ok = run.code === 0 && run.output.trim() === '';
    const failing = units.filter((u) => run.output.includes(`${u.kernel}.cu(`)).map((u) => `${u.kernel} (${u.origin})`);
    const log = ok ? '' : [
      `nvcc ${args.join(' ')} -> exit ${run.code}`,
      failing.length ? `kernels with messages: ${failing.join(', ')}` : '',
      run.output.trim(),
    ].filter(Boolean).join('\n');
    return { ok, kernels: units.map((u) => u.kernel), log, ms: run.ms };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Split into `n` groups of about equal total source length (each nvcc call then takes about as long). */
export function balance<T extends { source: string }>(items: readonly T[], n: number): T[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(n, items.length)) }, () => ({ size: 0, items: [] as T[] }));
  for (const it of [...items].sort((a, b) => b.source.length - a.source.length)) {
    const g = groups.reduce((m, c) => (c.size < m.size ? c : m));
    g.items.push(it);
    g.size += it.source.length;
  }
  return groups.map((g) => g.items);
}

// ---- kernels that use every construct of the kernel IR ------------------------------------------

const b = (k: 'builtin', name: 'gid' | 'wid' | 'lid' | 'group_size'): Expr => ({ k, name });
const gid = b('builtin', 'gid');
const lid = b('builtin', 'lid');
const wid = b('builtin', 'wid');
const bin = (op: BinOp, a: Expr, c: Expr, t?: KType): Expr =>
  ({ k: 'bin', op, a, b: c, t: t ?? (['<', '<=', '>', '>=', '==', '!=', '&&', '||'].includes(op) ? 'bool' : typeOf(a)) });
const call = (fn: Fn, args: Expr[], t?: KType): Expr => ({ k: 'call', fn, args, t: t ?? (fn === 'isnan' ? 'bool' : fn === 're' || fn === 'im' ? 'f32' : fn === 'cplx' ? 'c64' : typeOf(args[0])) });
const cast = (to: KType, a: Expr): Expr => ({ k: 'cast', to, a });
const lit = (t: KType, v: number): Expr => ({ k: 'const', t, v });
const v = (name: string, t: KType): Expr => ({ k: 'var', name, t });

/** An f32 summary of a value of any type (so that nothing computed is dead). */
function asF32(e: Expr): Expr {
  switch (typeOf(e)) {
    case 'f32': return e;
    case 'c64': return bin('+', call('re', [e]), call('im', [e]));
    default: return cast('f32', e);
  }
}

/** A flat kernel touching every operator, function, cast and literal kind, on every type. Term t of element
 *  gid goes to out[gid * terms + t] (the uniform `terms` is featureTerms(kernel)). */
export function featureKernelFlat(name = 'k_features_flat'): Kernel {
  const body: Stmt[] = [];
  const let_ = (n: string, init: Expr, mutable = false): Expr => { body.push({ k: 'let', name: n, t: typeOf(init), init, mutable }); return v(n, typeOf(init)); };
  const acc: Expr = v('acc', 'f32');
  // every term goes to its own column of `out` (out[gid * terms + t]), so each is checked on its own
  let terms = 0;
  const add = (e: Expr) => body.push({ k: 'store', buf: 'out', index: bin('+', bin('*', gid, { k: 'sym', name: 'terms' }), lit('i32', terms++)), value: asF32(e) });
  body.push({ k: 'comment', text: 'every construct of the kernel IR \\\nsecond line ends in a backslash \\' });
  body.push({ k: 'let', name: 'acc', t: 'f32', init: lit('f32', 0), mutable: true });
  const f = let_('f', x.load('in0', gid, 'f32'));
  const g = let_('g', x.load('in0', bin('%', bin('+', gid, lit('i32', 1)), { k: 'sym', name: 'total' }), 'f32'));
  const i = let_('i', x.load('in1', gid, 'i32'));
  const j = let_('int', x.load('in1', bin('/', gid, lit('i32', 2)), 'i32')); // a C++ keyword as a name
  const u = let_('u', x.load('in2', gid, 'u32'));
  const w = let_('max', x.load('in2', bin('%', gid, lit('i32', 3)), 'u32')); // shadows nothing: renamed
  const h = let_('h', cast('f32', x.load('in3', gid, 'f16')));
  const c = let_('c', x.load('in4', gid, 'c64'));
  const d = let_('status', x.load('in4', bin('>>', gid, lit('i32', 1)), 'c64'));
  const flag = let_('p', bin('!=', x.load('in5', gid, 'u32'), lit('u32', 0)));
  const s: Expr = { k: 'sym', name: 'scale' };
  for (const op of ['+', '-', '*', '/', '%', '<', '<=', '>', '>=', '==', '!='] as BinOp[]) add(bin(op, f, g));
  for (const op of ['+', '-', '*', '/', '%', '<', '<=', '>', '>=', '==', '!=', '&', '|', '^', '<<', '>>'] as BinOp[]) {
    add(bin(op, i, j)); add(bin(op, u, w));
  }
  for (const op of ['/', '%', '<<', '>>'] as BinOp[]) { add(bin(op, i, lit('i32', 3))); add(bin(op, u, lit('u32', 3))); add(bin(op, i, s)); }
  add(bin('*', i, lit('i32', -2147483648)));
  add(bin('<', u, lit('u32', 0)));
  add(bin('>=', u, lit('u32', 0)));
  for (const op of ['&&', '||', '==', '!=', '&', '|', '^'] as BinOp[]) add(bin(op, flag, bin('<', f, g)));
  add({ k: 'not', a: flag });
  add({ k: 'neg', a: f, t: 'f32' }); add({ k: 'neg', a: i, t: 'i32' }); add({ k: 'neg', a: u, t: 'u32' }); add({ k: 'neg', a: c, t: 'c64' });
  add({ k: 'neg', a: lit('f32', -0.5), t: 'f32' });
  for (const fn of ['exp', 'log', 'sqrt', 'rsqrt', 'sigmoid', 'tanh', 'sin', 'cos', 'abs', 'floor', 'ceil', 'round_f16'] as Fn[]) add(call(fn, [f]));
  for (const fn of ['min', 'max', 'pow', 'fmax_nan', 'fmin_nan'] as Fn[]) add(call(fn, [f, h]));
  for (const fn of ['min', 'max', 'abs'] as Fn[]) { add(call(fn, fn === 'abs' ? [i] : [i, j])); add(call(fn, fn === 'abs' ? [u] : [u, w])); }
  add(call('isnan', [f]));
  for (const op of ['+', '-', '==', '!='] as BinOp[]) add(bin(op, c, d));
  add(call('cmul', [c, d])); add(call('cdiv', [c, d])); add(call('cplx', [f, call('im', [d])]));
  const types: Record<KType, Expr> = { f32: f, f16: x.load('in3', gid, 'f16'), i32: i, u32: u, bool: flag, c64: c };
  for (const from of Object.keys(types) as KType[]) {
    // (c64 converts only to f32: the cast op rejects c64 -> real, so the IR never holds the others)
    for (const to of ['f32', 'i32', 'u32', 'bool', 'c64'] as KType[]) if (from !== to && (from !== 'c64' || to === 'f32')) add(cast(to, types[from]));
  }
  for (const t of ['f32', 'i32', 'u32', 'bool', 'c64'] as KType[]) add({ k: 'select', cond: flag, a: types[t], b: types[t], t });
  for (const val of [Infinity, -Infinity, NaN, -0, 0.1, 1e-45, 3.4028234663852886e38, 1e-7, 1e21, 256, 2 * Math.PI, -1.5]) add(bin('*', f, lit('f32', val)));
  for (const val of [-2147483648, -7, 2147483647]) add(bin('+', i, lit('i32', val)));
  add(bin('+', u, lit('u32', 4294967295)));
  add({ k: 'builtin', name: 'group_size' });
  // a register array, a loop with a uniform step, if / else, a trap
  body.push({ k: 'reg_array', name: 'regs', t: 'f32', size: 4 });
  body.push({ k: 'for', v: 'out', start: lit('i32', 0), end: lit('i32', 4), step: lit('i32', 1), body: [
    { k: 'reg_store', arr: 'regs', index: v('out', 'i32'), value: bin('*', f, cast('f32', v('out', 'i32'))) },
  ] });
  body.push({ k: 'for', v: 'r', start: call('max', [i, lit('i32', 0)]), end: s, step: { k: 'sym', name: 'step' }, body: [
    { k: 'if', cond: bin('<', v('r', 'i32'), lit('i32', 4)), then: [
      { k: 'assign', name: 'acc', value: bin('+', acc, { k: 'reg_load', arr: 'regs', index: bin('&', v('r', 'i32'), lit('i32', 3)), t: 'f32' }) },
    ], else: [{ k: 'trap', code: 1 }] },
  ] });
  body.push({ k: 'let', name: 'unused', t: 'f32', init: call('exp', [g]), mutable: false });
  body.push({ k: 'let', name: 'set_only', t: 'i32', init: i, mutable: true });
  body.push({ k: 'assign', name: 'set_only', value: bin('+', v('set_only', 'i32'), lit('i32', 1)) });
  add(acc);
  body.push({ k: 'store', buf: 'out16', index: gid, value: cast('f16', acc) });
  body.push({ k: 'store', buf: 'outc', index: gid, value: call('cplx', [acc, h]) });
  return {
    name, buffers: [
      { name: 'in0', t: 'f32', access: 'read' }, { name: 'in1', t: 'i32', access: 'read' }, { name: 'in2', t: 'u32', access: 'read' },
      { name: 'in3', t: 'f16', access: 'read' }, { name: 'in4', t: 'c64', access: 'read' }, { name: 'in5', t: 'u32', access: 'read' },
      { name: 'out', t: 'f32', access: 'read_write' }, { name: 'out16', t: 'f16', access: 'read_write' }, { name: 'outc', t: 'c64', access: 'read_write' },
    ],
    syms: ['total', 'scale', 'step', 'terms'], shared: [], mapping: { kind: 'flat', workgroupSize: 64 }, traps: true, body,
  };
}

/** The number of terms (columns of `out`) of featureKernelFlat. */
export const featureTerms = (k: Kernel): number => k.body.filter((s) => s.k === 'store' && s.buf === 'out').length;

/** A 'group' kernel: cooperative reductions (group_reduce) of f32 and c64 (their last levels warp shuffles)
 *  and of bool (shared memory and barriers throughout). */
export function featureKernelGroup(name = 'k_features_group'): Kernel {
  const size = 256;
  const body: Stmt[] = [];
  const n: Expr = { k: 'sym', name: 'n' };
  const reduce = (arr: string, t: KType, init: Expr, elem: (r: Expr) => Expr, combine: (a: Expr, b: Expr) => Expr): Expr => {
    const accName = `acc_${arr}`;
    const accV = v(accName, t);
    body.push({ k: 'let', name: accName, t, init, mutable: true });
    body.push({ k: 'for', v: `r_${arr}`, start: lid, end: n, step: { k: 'builtin', name: 'group_size' }, body: [
      { k: 'assign', name: accName, value: combine(accV, elem(v(`r_${arr}`, 'i32'))) },
    ] });
    body.push({ k: 'group_reduce', name: `${arr}_total`, t, value: accV, arr, lhs: `${arr}_l`, rhs: `${arr}_r`, combine: combine(v(`${arr}_l`, t), v(`${arr}_r`, t)) });
    return v(`${arr}_total`, t);
  };
  const at = (r: Expr) => bin('+', bin('*', wid, n), r);
  const sum = reduce('partial', 'f32', lit('f32', 0), (r) => x.load('in0', at(r), 'f32'), (a, c) => bin('+', a, c));
  const csum = reduce('cpartial', 'c64', call('cplx', [lit('f32', 0), lit('f32', 0)]), (r) => x.load('in1', at(r), 'c64'), (a, c) => bin('+', a, c));
  const any = reduce('flags', 'bool', lit('bool', 0), (r) => bin('!=', x.load('in2', at(r), 'u32'), lit('u32', 0)), (a, c) => bin('||', a, c));
  const unusedShared = 'never_read';
  body.push({ k: 'shared_store', arr: unusedShared, index: lid, value: lit('f32', 1) });
  const value = bin('+', bin('+', sum, call('re', [csum])), cast('f32', any));
  body.push({ k: 'if', cond: bin('==', lid, lit('i32', 0)), then: [
    { k: 'store', buf: 'out', index: wid, value: bin('+', value, cast('f32', bin('-', gid, gid))) },
  ] });
  return {
    name,
    buffers: [{ name: 'in0', t: 'f32', access: 'read' }, { name: 'in1', t: 'c64', access: 'read' }, { name: 'in2', t: 'u32', access: 'read' }, { name: 'out', t: 'f32', access: 'read_write' }],
    syms: ['total', 'n'],
    shared: [{ name: 'partial', t: 'f32', size }, { name: 'cpartial', t: 'c64', size }, { name: 'flags', t: 'bool', size }, { name: unusedShared, t: 'f32', size }],
    mapping: { kind: 'group', workgroupSize: size }, traps: false, body,
  };
}

// ---- running printed CUDA on the CPU: a host emulation compiled with g++ ----------------------------
//
// No GPU here, so the printed C++ is checked for meaning by compiling it for the host: a prelude defines the
// CUDA names it uses (blockIdx, __syncthreads through std::barrier, __float2int_rz saturating as PTX's
// cvt.rzi does, __half as _Float16, ...), each block runs its threads (one after another for 'flat'
// kernels, as threads for 'group' ones), and the result is compared with the CPU kernel interpreter.
// -ffp-contract=off matches nvcc's --fmad=false, and UBSan + ASan report any undefined behaviour (signed
// overflow, bad shifts, integer division by zero) or out-of-bounds access in the printed code.

const HOST_PRELUDE = String.raw`#include <math.h>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <barrier>
#include <thread>
#include <vector>
#define __global__
#define __device__
#define __forceinline__ inline
#define __launch_bounds__(n)
#define __shared__ static
struct uint3 { unsigned int x, y, z; };
static thread_local uint3 threadIdx, blockIdx;
static uint3 blockDim, gridDim;
static thread_local std::barrier<>* tf_barrier = nullptr;
static inline void __syncthreads() { if (tf_barrier) tf_barrier->arrive_and_wait(); }
// a warp: 32 consecutive threads of a block, exchanging values through slots between two waits on its barrier
struct tf_warp { std::barrier<> bar{32}; unsigned long long slot[32]; };
static thread_local tf_warp* tf_my_warp = nullptr;
template <typename T> static inline T __shfl_xor_sync(unsigned int, T v, int mask) {
  static_assert(sizeof(T) <= 8, "one slot per lane");
  const unsigned int lane = threadIdx.x & 31u;
  std::memcpy(&tf_my_warp->slot[lane], &v, sizeof v);
  tf_my_warp->bar.arrive_and_wait();
  T r;
  std::memcpy(&r, &tf_my_warp->slot[lane ^ (unsigned int)mask], sizeof r);
  tf_my_warp->bar.arrive_and_wait();
  return r;
}
struct float2 { float x, y; };
static inline float2 make_float2(float x, float y) { return float2{x, y}; }
typedef _Float16 __half;
static inline float __half2float(__half h) { return (float)h; }
static inline __half __float2half_rn(float f) { return (__half)f; }
static inline __half __int2half_rn(int i) { return (__half)(float)i; }
static inline __half __uint2half_rn(unsigned int u) { return (__half)(float)u; }
static inline int __float2int_rz(float f) {
  if (std::isnan(f)) return 0;
  if (f >= 2147483648.0f) return INT32_MAX;
  if (f <= -2147483648.0f) return INT32_MIN;
  return (int)f;
}
static inline unsigned int __float2uint_rz(float f) {
  if (std::isnan(f) || f <= 0.0f) return 0u;
  if (f >= 4294967296.0f) return UINT32_MAX;
  return (unsigned int)f;
}
static inline float __int_as_float(int i) { float f; std::memcpy(&f, &i, 4); return f; }
static inline float rsqrtf(float x) { return 1.0f / sqrtf(x); }
using std::isnan; using std::isinf; using std::min; using std::max;
static inline unsigned int atomicMax(unsigned int* p, unsigned int v) {
  unsigned int old = __atomic_load_n(p, __ATOMIC_SEQ_CST);
  while (old < v && !__atomic_compare_exchange_n(p, &old, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {}
  return old;
}
typedef void (*tf_launcher)(void** b, const int* s, unsigned int* status);
struct tf_entry { tf_launcher fn; unsigned int block; bool group; };
`;

const HOST_MAIN = String.raw`
// script: <cases>; per case: <buffers> <bytes>...; <launches>; per launch: <entry> <gx> <gy> <nb> <b>... <ns> <s>...
// buffers' initial bytes are read from the data file in order; final bytes and a status word per case go out.
int main(int argc, char** argv) {
  if (argc != 4) return 2;
  FILE* script = std::fopen(argv[1], "r");
  FILE* data = std::fopen(argv[2], "rb");
  FILE* out = std::fopen(argv[3], "wb");
  if (!script || !data || !out) return 3;
  int cases = 0;
  if (std::fscanf(script, "%d", &cases) != 1) return 4;
  for (int c = 0; c < cases; c++) {
    int nbuf = 0;
    if (std::fscanf(script, "%d", &nbuf) != 1) return 4;
    std::vector<std::vector<unsigned char>> bufs(nbuf);
    std::vector<void*> ptrs(nbuf);
    std::vector<long> sizes(nbuf);
    for (int i = 0; i < nbuf; i++) {
      if (std::fscanf(script, "%ld", &sizes[i]) != 1) return 4;
      bufs[i].resize(sizes[i]);
      if (sizes[i] && std::fread(bufs[i].data(), 1, sizes[i], data) != (size_t)sizes[i]) return 5;
      ptrs[i] = sizes[i] ? bufs[i].data() : nullptr;
    }
    unsigned int status = 0;
    int nlaunch = 0;
    if (std::fscanf(script, "%d", &nlaunch) != 1) return 4;
    for (int l = 0; l < nlaunch; l++) {
      int entry = 0, nb = 0, ns = 0;
      unsigned int gx = 0, gy = 0;
      if (std::fscanf(script, "%d %u %u %d", &entry, &gx, &gy, &nb) != 4) return 4;
      std::vector<void*> b(nb);
      for (int i = 0; i < nb; i++) { int id; if (std::fscanf(script, "%d", &id) != 1) return 4; b[i] = ptrs[id]; }
      if (std::fscanf(script, "%d", &ns) != 1) return 4;
      std::vector<int> s(ns + 1);
      for (int i = 0; i < ns; i++) if (std::fscanf(script, "%d", &s[i]) != 1) return 4;
      const tf_entry& e = tf_entries[entry];
      gridDim = uint3{gx, gy, 1};
      blockDim = uint3{e.block, 1, 1};
      for (unsigned int by = 0; by < gy; by++) {
        for (unsigned int bx = 0; bx < gx; bx++) {
          if (!e.group) {
            blockIdx = uint3{bx, by, 0};
            for (unsigned int t = 0; t < e.block; t++) { threadIdx = uint3{t, 0, 0}; e.fn(b.data(), s.data(), &status); }
            continue;
          }
          std::barrier<> bar(e.block);
          std::vector<tf_warp> warps((e.block + 31) / 32);
          std::vector<std::thread> threads;
          for (unsigned int t = 0; t < e.block; t++) {
            threads.emplace_back([&, t, bx, by] {
              blockIdx = uint3{bx, by, 0};
              threadIdx = uint3{t, 0, 0};
              tf_barrier = &bar;
              tf_my_warp = &warps[t / 32];
              e.fn(b.data(), s.data(), &status);
            });
          }
          for (auto& th : threads) th.join();
        }
      }
    }
    for (int i = 0; i < nbuf; i++) if (sizes[i]) std::fwrite(bufs[i].data(), 1, sizes[i], out);
    std::fwrite(&status, 4, 1, out);
  }
  std::fclose(out);
  return 0;
}
`;

/** A program to run on the host, with its inputs and parameters. */
export interface HostCase {
  readonly id: string;
  readonly program: Program;
  readonly inputs: ReadonlyMap<string, Tensor>;
  readonly params: ReadonlyMap<string, Tensor>;
  /** Print each launch's kernel specialised to its sizes (as `compile --target cuda` does by default). */
  readonly specialize?: boolean;
}

export interface HostResult {
  /** Outputs by name, when no launch trapped. */
  readonly outputs?: Map<string, Tensor>;
  /** The status word after the last launch (nonzero: some launch trapped). */
  readonly status: number;
}


function encodeValue(d: DType, values: Float64Array): Uint8Array {
  switch (d) {
    case 'f32': case 'c64': return new Uint8Array(Float32Array.from(values).buffer);
    case 'f16': return new Uint8Array(Uint16Array.from(values, (x) => f32ToF16Bits(x)).buffer);
    case 'i32': return new Uint8Array(Int32Array.from(values).buffer);
    case 'u32': case 'bool': return new Uint8Array(Uint32Array.from(values).buffer);
  }
}

function decodeValue(d: DType, bytes: Uint8Array): Float64Array {
  const buf = bytes.slice().buffer;
  switch (d) {
    case 'f32': case 'c64': return Float64Array.from(new Float32Array(buf));
    case 'f16': return Float64Array.from(new Uint16Array(buf), f16BitsToF32);
    case 'i32': return Float64Array.from(new Int32Array(buf));
    case 'u32': case 'bool': return Float64Array.from(new Uint32Array(buf));
  }
}

/** Compile the kernels of `cases` for the host with g++ and run every launch of each; results in case order. */
export async function runCudaOnHost(cases: readonly HostCase[], opts: { gxx?: string } = {}): Promise<HostResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-host-'));
  try {
    const entries: string[] = [];
    const sources: string[] = [HOST_PRELUDE];
    const script: (string | number)[] = [cases.length];
    const data: Uint8Array[] = [];
    for (const [ci, c] of cases.entries()) {
      // one entry per kernel, or per launch where it is specialised to the launch's sizes
      const entryOf = new Map<string, number>();
      const addEntry = (k: Kernel, name: string, specialize?: readonly number[]) => {
        const sig = cudaSignature(k, { specialized: specialize !== undefined });
        const args = sig.map((p, i) => (p.kind === 'buffer' ? `(${p.access === 'read' ? 'const ' : ''}${p.type}*)b[${i}]` : p.kind === 'params' ? 'prm' : 'status'));
        sources.push(`// ---- ${c.id}\n#line 1 "${name}.cu"\n${printCuda({ ...k, name }, { comment: c.id, ...(specialize ? { specialize } : {}) })}`);
        sources.push(`static void launch_${name}(void** b, const int* s, unsigned int* status) {\n` +
          (k.syms.length && !specialize ? `  ${name}_params prm;\n  std::memcpy(&prm, s, sizeof prm);\n` : '') +
          `  (void)s; (void)status;\n  ${name}(${args.join(', ')});\n}`);
        entries.push(`  { launch_${name}, ${k.mapping.workgroupSize}u, ${k.mapping.kind === 'group'} },`);
        return entries.length - 1;
      };
      if (c.specialize) {
        c.program.launches.forEach((l, li) => {
          const k = c.program.kernels.find((kk) => kk.name === l.kernel)!;
          entryOf.set(`${li}`, addEntry(k, `c${ci}_l${li}_${k.name}`, l.syms));
        });
      } else for (const k of c.program.kernels) entryOf.set(k.name, addEntry(k, `c${ci}_${k.name}`));
      const mem = checkProgramBindings(c.program, c.inputs, c.params);
      const values = c.program.values;
      script.push(values.length);
      for (const v of values) {
        const lanes = v.dtype === 'c64' ? 2 : 1;
        const init = mem.get(v.node) ?? new Float64Array(numel(v.shape) * lanes);
        const bytes = encodeValue(v.dtype, init);
        if (bytes.length !== storageBytes(v)) throw new Error(`${c.id}: value %${v.node} has ${bytes.length} bytes`);
        script.push(bytes.length);
        data.push(bytes);
      }
      script.push(c.program.launches.length);
      for (const [li, l] of c.program.launches.entries()) {
        const k = c.program.kernels.find((kk) => kk.name === l.kernel)!;
        const groups = k.mapping.kind === 'flat' ? Math.ceil(l.total / k.mapping.workgroupSize) : l.total;
        const [gx, gy] = splitWorkgroups(groups, 65535);
        const bufs = l.bindings.map((node) => values.findIndex((v) => v.node === node));
        script.push(entryOf.get(c.specialize ? `${li}` : k.name)!, gx, gy, bufs.length, ...bufs, l.syms.length, ...l.syms);
      }
    }
    sources.push(`static const tf_entry tf_entries[] = {\n${entries.join('\n')}\n};`, HOST_MAIN);
    await writeFile(join(dir, 'host.cpp'), sources.join('\n'));
    await writeFile(join(dir, 'cuda_fp16.h'), '// the host prelude defines __half\n');
    await writeFile(join(dir, 'script.txt'), script.join(' ') + '\n');
    await writeFile(join(dir, 'data.bin'), Buffer.concat(data));
    const gxx = opts.gxx ?? 'g++';
    const compile = await run(gxx, ['-std=c++20', '-O0', '-g0', '-ffp-contract=off', '-fno-fast-math', '-fsanitize=undefined,address',
      '-fno-sanitize-recover=all', '-w', '-I', dir, '-o', join(dir, 'host'), join(dir, 'host.cpp'), '-pthread']);
    if (compile.code !== 0) throw new Error(`g++ could not compile the host emulation:\n${compile.output.slice(0, 20000)}`);
    const exec = await run(join(dir, 'host'), [join(dir, 'script.txt'), join(dir, 'data.bin'), join(dir, 'out.bin')], { ASAN_OPTIONS: 'detect_leaks=0' });
    if (exec.code !== 0 || exec.output.trim()) throw new Error(`the host emulation failed (exit ${exec.code}):\n${exec.output.slice(0, 20000)}`);
    const out = new Uint8Array(await readFile(join(dir, 'out.bin')));
    let at = 0;
    return cases.map((c) => {
      const got = new Map<number, Float64Array>();
      for (const v of c.program.values) {
        const n = storageBytes(v);
        got.set(v.node, decodeValue(v.dtype, out.subarray(at, at + n)));
        at += n;
      }
      const status = new DataView(out.buffer, out.byteOffset + at, 4).getUint32(0, true);
      at += 4;
      if (status) return { status };
      const outputs = new Map(c.program.outputs.map((o) => {
        const v = c.program.values.find((s) => s.node === o.node)!;
        return [o.name, new Tensor(v.dtype, v.shape, got.get(o.node)!)] as const;
      }));
      return { outputs, status };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(cmd: string, args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

/** A one-launch program around a hand-built kernel: buffer i is node i, an input named after it when
 *  read-only, an output when written. */
export function programOfKernel(kernel: Kernel, values: readonly { dtype: DType; shape: readonly number[] }[], syms: readonly number[], total: number): Program {
  const stored = kernel.buffers.map((b, i) => ({
    node: i, role: b.access === 'read' ? 'input' as const : 'output' as const, name: b.name,
    dtype: values[i].dtype, shape: values[i].shape, bytes: storageBytes(values[i]),
  }));
  const none = { launches: 1, bytesRead: 0, bytesWritten: 0 };
  return {
    name: kernel.name, kernels: [kernel],
    launches: [{ kernel: kernel.name, fuses: [], bindings: kernel.buffers.map((_, i) => i), syms, total, bytesRead: 0, bytesWritten: 0 }],
    values: stored, outputs: stored.filter((v) => v.role === 'output').map((v) => ({ name: v.name, node: v.node })),
    constants: new Map(), cost: { fused: none, unfused: none },
  };
}
