// Executes a compiled program's kernel IR on the CPU, one invocation at a time, with f32 arithmetic
// emulated (Math.fround after every float operation) and i32/u32 wrapping. It checks lowerings and
// fusion without a GPU, and tells a printer bug (GPU differs, this agrees) from a lowering bug (both
// differ from the reference interpreter).
import { ExecutionError, InternalError } from '../../ir/errors.ts';
import { roundF16 } from '../../ir/dtype.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import type { Program } from '../../artifact/program.ts';
import { trapMessage, treeLevels, typeOf, type Expr, type Kernel, type KType, type Stmt } from '../../artifact/kernel-ir.ts';
import { checkLaunchSizes } from '../bindings.ts';
import { checkProgramBindings } from './bindings.ts';

type Val = number | [number, number];
type Store = Float64Array;

interface Frame {
  vars: Map<string, Val>;
  builtins: { gid: number; wid: number; lid: number };
  shared: Map<string, Val[]>;
  syms: Map<string, number>;
  bufs: Map<string, Store>;
  kernel: Kernel;
  trapped: { code: number } | undefined;
}

/** Run every launch of `program`; returns all outputs by name. */
export function runOnCpu(program: Program, inputs: ReadonlyMap<string, Tensor>, params: ReadonlyMap<string, Tensor>): Map<string, Tensor> {
  const mem = checkProgramBindings(program, inputs, params);
  for (const launch of program.launches) {
    const kernel = program.kernels.find((k) => k.name === launch.kernel)!;
    checkLaunchSizes(kernel.name, launch);
    const bufs = new Map<string, Store>();
    kernel.buffers.forEach((b, i) => {
      const v = program.values.find((s) => s.node === launch.bindings[i])!;
      if (!mem.has(v.node)) mem.set(v.node, new Float64Array(numel(v.shape) * (v.dtype === 'c64' ? 2 : 1)));
      bufs.set(b.name, mem.get(v.node)!);
    });
    const syms = new Map(kernel.syms.map((s, i) => [s, launch.syms[i]] as const));
    const trapped = runKernel(kernel, launch.total, syms, bufs);
    if (trapped) {
      throw new ExecutionError(`kernel ${kernel.name} (${launch.fuses.map((f) => `%${f.id} ${f.op}`).join(', ')}) reported ${trapMessage(trapped.code)}`);
    }
  }
  const out = new Map<string, Tensor>();
  for (const o of program.outputs) {
    const v = program.values.find((s) => s.node === o.node)!;
    out.set(o.name, new Tensor(v.dtype, v.shape, Float64Array.from(mem.get(o.node)!)));
  }
  return out;
}

function runKernel(kernel: Kernel, total: number, syms: Map<string, number>, bufs: Map<string, Store>): { code: number } | undefined {
  const base = { syms, bufs, kernel, trapped: undefined as { code: number } | undefined };
  if (kernel.mapping.kind === 'flat') {
    for (let gid = 0; gid < total; gid++) {
      const f: Frame = { ...base, vars: new Map(), builtins: { gid, wid: 0, lid: 0 }, shared: new Map() };
      for (const _ of exec(kernel.body, f)) { /* flat kernels have no barriers */ }
      base.trapped ??= f.trapped;
    }
    return base.trapped;
  }
  const size = kernel.mapping.workgroupSize;
  for (let wid = 0; wid < total; wid++) {
    const shared = new Map(kernel.shared.map((a) => [a.name, new Array<Val>(a.size).fill(0)] as const));
    const frames = Array.from({ length: size }, (_, lid): Frame => ({ ...base, vars: new Map(), builtins: { gid: wid * size + lid, wid, lid }, shared }));
    const runs = frames.map((f) => exec(kernel.body, f));
    // advance every invocation to its next barrier, in lock step
    for (let done = false; !done;) done = runs.map((r) => r.next().done).every(Boolean);
    for (const f of frames) base.trapped ??= f.trapped;
  }
  return base.trapped;
}

function* exec(stmts: readonly Stmt[], f: Frame): Generator<void> {
  for (const s of stmts) {
    switch (s.k) {
      case 'let': f.vars.set(s.name, ev(s.init, f)); break;
      case 'assign': f.vars.set(s.name, ev(s.value, f)); break;
      case 'store': {
        const buf = f.bufs.get(s.buf)!;
        const i = ev(s.index, f) as number;
        const t = f.kernel.buffers.find((b) => b.name === s.buf)!.t;
        const v = ev(s.value, f);
        if (Array.isArray(v)) { buf[2 * i] = v[0]; buf[2 * i + 1] = v[1]; } else buf[i] = t === 'f16' ? roundF16(v) : v;
        break;
      }
      case 'accumulate': {
        // invocations run one after another here: the sum's order is the sources' order
        const buf = f.bufs.get(s.buf)!;
        const i = ev(s.index, f) as number;
        const t = f.kernel.buffers.find((b) => b.name === s.buf)!.t;
        const v = ev(s.value, f);
        if (Array.isArray(v)) { buf[2 * i] = Math.fround(buf[2 * i] + v[0]); buf[2 * i + 1] = Math.fround(buf[2 * i + 1] + v[1]); } else buf[i] = wrap(t, buf[i] + v);
        break;
      }
      case 'shared_store': f.shared.get(s.arr)![ev(s.index, f) as number] = ev(s.value, f); break;
      case 'reg_array': f.vars.set(s.name, new Array(s.size).fill(0) as unknown as Val); break;
      case 'reg_store': (f.vars.get(s.arr) as unknown as Val[])[ev(s.index, f) as number] = ev(s.value, f); break;
      case 'for': {
        const end = ev(s.end, f) as number, step = ev(s.step, f) as number;
        for (let i = ev(s.start, f) as number; i < end; i += step) {
          f.vars.set(s.v, i);
          yield* exec(s.body, f);
        }
        break;
      }
      case 'if':
        if (ev(s.cond, f)) yield* exec(s.then, f);
        else if (s.else) yield* exec(s.else, f);
        break;
      case 'barrier': yield; break;
      case 'group_reduce': {
        // the tree as kernel-ir.ts defines it, a barrier between levels
        const arr = f.shared.get(s.arr)!;
        const lid = f.builtins.lid;
        arr[lid] = ev(s.value, f);
        yield;
        for (const level of treeLevels(f.kernel.mapping.workgroupSize)) {
          if (lid < level) arr[lid] = ev(s.combine, { ...f, vars: new Map([[s.lhs, arr[lid]], [s.rhs, arr[lid + level]]]) });
          yield;
        }
        f.vars.set(s.name, arr[0]);
        break;
      }
      case 'trap': f.trapped ??= { code: s.code }; break;
      case 'comment': break;
    }
  }
}

const wrap = (t: KType, v: number): number => {
  switch (t) {
    case 'f32': return Math.fround(v);
    case 'i32': return v | 0;
    case 'u32': return v >>> 0;
    case 'f16': return roundF16(v);
    default: return v;
  }
};

function ev(e: Expr, f: Frame): Val {
  switch (e.k) {
    case 'const': return e.t === 'f32' ? Math.fround(e.v) : e.v;
    case 'sym': return f.syms.get(e.name)!;
    case 'var': return f.vars.get(e.name)!;
    case 'builtin': return e.name === 'group_size' ? f.kernel.mapping.workgroupSize : f.builtins[e.name];
    case 'load': {
      const buf = f.bufs.get(e.buf)!;
      const i = ev(e.index, f) as number;
      if (i < 0 || i >= buf.length / (e.t === 'c64' ? 2 : 1)) throw new ExecutionError(`kernel ${f.kernel.name} read ${e.buf}[${i}] out of bounds`);
      return e.t === 'c64' ? [buf[2 * i], buf[2 * i + 1]] : buf[i];
    }
    case 'shared_load': return f.shared.get(e.arr)![ev(e.index, f) as number];
    case 'reg_load': return (f.vars.get(e.arr) as unknown as Val[])[ev(e.index, f) as number];
    case 'neg': { const a = ev(e.a, f); return Array.isArray(a) ? [-a[0], -a[1]] : wrap(e.t, -a); }
    case 'not': return ev(e.a, f) ? 0 : 1;
    case 'select': return ev(e.cond, f) ? ev(e.a, f) : ev(e.b, f);
    case 'cast': return castVal(e.to, ev(e.a, f), typeOf(e.a));
    case 'bin': return binary(e.op, ev(e.a, f), ev(e.b, f), e.t);
    case 'call': return callFn(e.fn, e.args.map((a) => ev(a, f)), e.t);
  }
}

function castVal(to: KType, v: Val, from: KType): Val {
  if (Array.isArray(v)) return to === 'c64' ? v : wrap(to, v[0]);
  if (to === 'c64') return [Math.fround(v), 0];
  if (to === 'bool') return v !== 0 ? 1 : 0;
  if ((to === 'i32' || to === 'u32') && (from === 'f32' || from === 'f16')) {
    // float -> int truncates and saturates at the integer range; NaN gives 0
    if (Number.isNaN(v)) return 0;
    const [lo, hi] = to === 'i32' ? [-(2 ** 31), 2 ** 31 - 1] : [0, 2 ** 32 - 1];
    return Math.trunc(Math.min(Math.max(v, lo), hi));
  }
  return wrap(to, v);
}

function binary(op: string, a: Val, b: Val, t: KType): Val {
  if (Array.isArray(a) || Array.isArray(b)) {
    const [ar, ai] = a as [number, number], [br, bi] = b as [number, number];
    switch (op) {
      case '+': return [Math.fround(ar + br), Math.fround(ai + bi)];
      case '-': return [Math.fround(ar - br), Math.fround(ai - bi)];
      case '==': return ar === br && ai === bi ? 1 : 0;
      case '!=': return ar !== br || ai !== bi ? 1 : 0;
      default: throw new InternalError(`complex '${op}' must be a call`);
    }
  }
  switch (op) {
    case '+': return wrap(t, a + b);
    case '-': return wrap(t, a - b);
    case '*': return t === 'i32' ? Math.imul(a, b) : t === 'u32' ? Math.imul(a, b) >>> 0 : wrap(t, a * b);
    case '/': return t === 'i32' || t === 'u32' ? wrap(t, Math.trunc(a / b)) : wrap(t, a / b);
    case '%': return t === 'i32' || t === 'u32' ? wrap(t, a % b) : wrap(t, a % b);
    case '<': return a < b ? 1 : 0;
    case '<=': return a <= b ? 1 : 0;
    case '>': return a > b ? 1 : 0;
    case '>=': return a >= b ? 1 : 0;
    case '==': return a === b ? 1 : 0;
    case '!=': return a !== b ? 1 : 0;
    case '&&': return a && b ? 1 : 0;
    case '||': return a || b ? 1 : 0;
    case '&': return wrap(t, a & b);
    case '|': return wrap(t, a | b);
    case '^': return wrap(t, a ^ b);
    case '<<': return wrap(t, a << b);
    case '>>': return t === 'u32' ? a >>> b : a >> b;
    default: throw new InternalError(`unknown operator ${op}`);
  }
}

function callFn(fn: string, args: Val[], t: KType): Val {
  const [a, b] = args as number[];
  const c = args as [number, number][];
  switch (fn) {
    case 'exp': return wrap(t, Math.exp(a));
    case 'log': return wrap(t, Math.log(a));
    case 'sqrt': return wrap(t, Math.sqrt(a));
    case 'rsqrt': return wrap(t, 1 / Math.sqrt(a));
    case 'sigmoid': return wrap(t, 1 / (1 + Math.exp(-a)));
    case 'tanh': return wrap(t, Math.tanh(a));
    case 'sin': return wrap(t, Math.sin(a));
    case 'cos': return wrap(t, Math.cos(a));
    case 'abs': return wrap(t, Math.abs(a));
    case 'floor': return wrap(t, Math.floor(a));
    case 'ceil': return wrap(t, Math.ceil(a));
    case 'min': return wrap(t, Math.min(a, b));
    case 'max': return wrap(t, Math.max(a, b));
    case 'pow': return wrap(t, Math.pow(a, b));
    case 'isnan': return Number.isNaN(a) ? 1 : 0;
    case 'fmax_nan': return Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b);
    case 'fmin_nan': return Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b);
    case 'round_f16': return roundF16(a);
    case 'cmul': return [Math.fround(c[0][0] * c[1][0] - c[0][1] * c[1][1]), Math.fround(c[0][0] * c[1][1] + c[0][1] * c[1][0])];
    case 'cdiv': {
      const [[p, q], [r, s]] = c;
      const d = r * r + s * s;
      return [Math.fround((p * r + q * s) / d), Math.fround((q * r - p * s) / d)];
    }
    case 're': return c[0][0];
    case 'im': return c[0][1];
    case 'cplx': return [Math.fround(a), Math.fround(b)];
    default: throw new InternalError(`unknown function ${fn}`);
  }
}
