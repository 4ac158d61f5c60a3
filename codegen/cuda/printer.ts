// The CUDA printer: one kernel of the kernel IR -> one CUDA C++ translation unit holding one
// `extern "C" __global__` function named after the kernel. The fixed parts (header comment, includes,
// device helper functions, the uniform struct, the signature, the 2-D grid decoding and the bounds check)
// come from the templates in templates/cuda/ (bundled in codegen/templates.generated.ts); the body is
// printed here from the IR.
//
// The CUDA has the meaning of runtime/cpu/kernel-interpreter.ts: i32 arithmetic wraps (done as unsigned,
// since signed overflow is undefined in C++), integer division by zero gives 0, shift counts are taken
// modulo 32, max/min propagate NaN, pow has the interpreter's edge cases, float -> int conversions truncate
// and saturate with NaN -> 0 (__float2int_rz / __float2uint_rz), f16 is stored as __half and computed in
// f32. Each helper is emitted only when the kernel uses it, inside an include guard, so that the sources of
// several kernels can be concatenated into one translation unit. Output is deterministic.
//
// Compiled with codegen/cuda/nvcc.ts's precise flags (IEEE, --fmad=false), every f32 operation rounds as
// the interpreter's does; production builds use its fast flags. Loops of known length carry the unroll
// pragmas of unroll.ts, so that register arrays stay in registers.
//
// The signature (what a runtime passes to cuLaunchKernel) is laid out in layout.ts.
import { InternalError, TargetError } from '../../ir/errors.ts';
import type { BinOp, Expr, Fn, Kernel, KType, Stmt } from '../kir.ts';
import { typeOf } from '../kir.ts';
import { groupReduceText } from '../group-reduce-text.ts';
import { TRAP } from '../../artifact/kernel-ir.ts';
import type { KernelPrinter } from '../artifact.ts';
import { prune, readsArray, simplify } from './cleanup.ts';
import { specializeBody } from '../specialize.ts';
import { unrollPragma } from './unroll.ts';
import { printAccumulate } from './atomic.ts';
import { KEYWORDS, legal, RESERVED } from './names.ts';
import { HELPERS, loadTemplates, NEEDS_FP16, renderHelpers, type Helper } from './templates.ts';
import { cudaSignature, paramsType, storageType, valueType } from './layout.ts';

export interface CudaOptions {
  /** Values of kernel.syms (in order) to print as literals; the params struct then leaves the signature. */
  readonly specialize?: readonly number[];
  /** What the kernel computes (the graph nodes it fuses), for the header comment. May hold several lines. */
  readonly comment: string;
}

/** Print one kernel as a CUDA C++ source file. */
export function printCuda(kernel: Kernel, opts: CudaOptions): string {
  return new CudaPrinter(kernel, opts).print();
}

/** The printer in the shape buildArtifact takes. */
export const cudaKernelPrinter: KernelPrinter = (kernel, comment, specialize) => printCuda(kernel, { comment, ...(specialize ? { specialize } : {}) });

// ---- expressions ---------------------------------------------------------------------------------

/** C++ binding strength of a printed expression (higher binds tighter). */
const enum Prec { Cond = 1, Or = 2, And = 3, BitOr = 4, BitXor = 5, BitAnd = 6, Eq = 7, Rel = 8, Shift = 9, Add = 10, Mul = 11, Unary = 12, Atom = 13 }

interface Printed { readonly s: string; readonly p: Prec; readonly op?: BinOp }

const A = (s: string): Printed => ({ s, p: Prec.Atom });
const U = (s: string): Printed => ({ s, p: Prec.Unary });

const BIN_PREC: Record<BinOp, Prec> = {
  '*': Prec.Mul, '/': Prec.Mul, '%': Prec.Mul, '+': Prec.Add, '-': Prec.Add, '<<': Prec.Shift, '>>': Prec.Shift,
  '<': Prec.Rel, '<=': Prec.Rel, '>': Prec.Rel, '>=': Prec.Rel, '==': Prec.Eq, '!=': Prec.Eq,
  '&': Prec.BitAnd, '^': Prec.BitXor, '|': Prec.BitOr, '&&': Prec.And, '||': Prec.Or,
};
const ARITH: ReadonlySet<BinOp> = new Set<BinOp>(['+', '-', '*', '/', '%']);

/** Threads of a warp: consecutive threads of a block, lane = threadIdx.x & 31. */
const WARP = 32;

const NAN = '__int_as_float(0x7fc00000)';
const INF = '__int_as_float(0x7f800000)';

class CudaPrinter {
  private readonly used = new Set<Helper>();
  private fp16 = false;
  private readonly uses = { gid: false, wid: false, lid: false, lane: false };
  private readonly names = new Map<string, string>();
  private readonly fields = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly specialized: boolean;
  private readonly symValue: Map<string, number>;
  private readonly bufferType: Map<string, KType>;

  constructor(private readonly kernel: Kernel, private readonly opts: CudaOptions) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(kernel.name) || RESERVED.has(kernel.name)) {
      throw new TargetError(`kernel name '${kernel.name}' is not a usable CUDA identifier`);
    }
    this.specialized = opts.specialize !== undefined;
    if (opts.specialize && opts.specialize.length !== kernel.syms.length) {
      throw new TargetError(`printCuda: kernel ${kernel.name} has ${kernel.syms.length} uniforms, specialize gives ${opts.specialize.length} values`);
    }
    this.symValue = new Map(kernel.syms.map((s, i) => [s, opts.specialize?.[i] ?? NaN]));
    this.bufferType = new Map(kernel.buffers.map((b) => [b.name, b.t]));
    this.taken.add(kernel.name).add(paramsType(kernel));
    // buffer names are part of the signature (in0.., out); they keep their names when legal
    for (const b of kernel.buffers) this.buf(b.name);
    for (const s of kernel.syms) this.field(s);
  }

  print(): string {
    const k = this.kernel;
    const empty = this.specialized && this.symValue.get('total') === 0;
    const body = empty ? [] : prune(simplify(this.specialized ? specializeBody(k.body, this.symValue, k.mapping) : k.body), k.shared.map((a) => a.name));
    const shared = k.shared.filter((a) => readsArray(body, a.name));
    const text = this.block(body, 1);
    for (const h of [...this.used]) for (const d of HELPERS[h] as readonly Helper[]) this.used.add(d);
    if ([...this.used].some((h) => NEEDS_FP16.has(h)) || k.buffers.some((b) => b.t === 'f16')) this.fp16 = true;
    const sharedDecls = shared.map((a) => ({ type: valueType(a.t), name: this.ident(a.name), size: a.size }));
    if (k.shared.some((a) => a.t === 'f16')) this.fp16 = true;
    const params = this.specialized ? [] : k.syms.map((s) => this.field(s));
    const args = cudaSignature(k, { specialized: this.specialized }).map((p) => {
      switch (p.kind) {
        case 'buffer': return `${p.access === 'read' ? 'const ' : ''}${p.type}* __restrict__ ${this.buf(p.name)}`;
        case 'params': return `const ${p.type} p`;
        case 'status': return 'unsigned int* __restrict__ status';
      }
    }).map((a, i, all) => (i < all.length - 1 ? `${a},` : a));
    return loadTemplates().kernel({
      header: this.header(),
      includes: this.fp16 ? ['cuda_fp16.h'] : [],
      helpers: renderHelpers(this.used),
      params, paramsType: paramsType(k),
      name: k.name, workgroupSize: k.mapping.workgroupSize, args,
      flat: k.mapping.kind === 'flat',
      total: this.specialized ? `${this.symValue.get('total')! >>> 0}u` : '(unsigned int)p.total',
      empty,
      uses: this.uses,
      shared: sharedDecls,
      body: text,
    });
  }

  private header(): string[] {
    const k = this.kernel;
    const lines = [
      `${k.name}: CUDA C++ printed by tempofuse (codegen/cuda) from the kernel IR; generated, do not edit.`,
      '',
      ...this.opts.comment.split(/\r?\n/),
      '',
      k.buffers.some((b) => b.atomic)
        ? `Mapping: flat, one thread per source element, ${k.mapping.workgroupSize} threads per block, adding into the zero-filled output with atomicAdd.`
        : k.mapping.kind === 'flat'
        ? `Mapping: flat, one thread per element, ${k.mapping.workgroupSize} threads per block.`
        : k.mapping.tile
        ? `Mapping: group, one block of ${k.mapping.workgroupSize} threads per ${k.mapping.tile.rows}x${k.mapping.tile.cols} tile of a matrix product (tiles in shared memory).`
        : `Mapping: group, one block of ${k.mapping.workgroupSize} threads per workgroup (cooperative reduction in shared memory).`,
      `Arguments: ${cudaSignature(k, { specialized: this.specialized }).map((p) => (p.kind === 'params' ? `${p.type} (by value, ${p.bytes} bytes)` : p.name)).join(', ')}.`,
    ];
    if (this.specialized) lines.push(`Specialised: ${k.syms.map((s) => `${s} = ${this.symValue.get(s)}`).join(', ')}.`);
    return lines.map((l) => `// ${commentText(l)}`.trimEnd());
  }

  // ---- statements ----

  private block(stmts: readonly Stmt[], depth: number): string {
    return stmts.map((s) => this.stmt(s, depth)).join('\n');
  }

  private body(stmts: readonly Stmt[], depth: number): string {
    return stmts.length ? `${this.block(stmts, depth)}\n` : '';
  }

  private stmt(s: Stmt, depth: number): string {
    const pad = '  '.repeat(depth);
    switch (s.k) {
      case 'let':
        return `${pad}${s.mutable ? '' : 'const '}${valueType(this.need(s.t))} ${this.ident(s.name)} = ${this.typed(s.init, s.t).s};`;
      case 'assign':
        return `${pad}${this.ident(s.name)} = ${this.expr(s.value).s};`;
      case 'store': {
        const t = this.bufferType.get(s.buf);
        if (t === undefined) throw new TargetError(`kernel ${this.kernel.name} stores to unknown buffer '${s.buf}'`);
        if (this.kernel.buffers.find((b) => b.name === s.buf)!.access === 'read') {
          throw new TargetError(`kernel ${this.kernel.name} stores to read-only buffer '${s.buf}'`);
        }
        return `${pad}${this.buf(s.buf)}[${this.expr(s.index).s}] = ${this.stored(s.value, t).s};`;
      }
      case 'accumulate':
        return printAccumulate(this.buf(s.buf), this.bufferType.get(s.buf)!, this.expr(s.index).s, this.expr(s.value).s, pad);
      case 'shared_store':
      case 'reg_store':
        return `${pad}${this.ident(s.arr)}[${this.expr(s.index).s}] = ${this.expr(s.value).s};`;
      case 'reg_array':
        return `${pad}${valueType(this.need(s.t))} ${this.ident(s.name)}[${s.size}] = {};`;
      case 'for': {
        const v = this.ident(s.v);
        const step = s.step.k === 'const' && s.step.v === 1 ? `++${v}` : `${v} += ${this.expr(s.step).s}`;
        const pragma = unrollPragma(s, (e) => this.constant(e));
        return `${pad}${pragma ? `${pragma}\n${pad}` : ''}for (int ${v} = ${this.expr(s.start).s}; ${v} < ${this.expr(s.end).s}; ${step}) {\n${this.body(s.body, depth + 1)}${pad}}`;
      }
      case 'if': {
        let text = `${pad}if (${this.expr(s.cond).s}) {\n${this.body(s.then, depth + 1)}${pad}}`;
        if (s.else && s.else.length) text += ` else {\n${this.body(s.else, depth + 1)}${pad}}`;
        return text;
      }
      case 'barrier':
        return `${pad}__syncthreads();`;
      case 'group_reduce':
        return this.groupReduce(s, pad);
      case 'trap': {
        if (!this.kernel.traps) throw new TargetError(`kernel ${this.kernel.name} traps but does not declare it (Kernel.traps is false)`);
        const what = Object.entries(TRAP).find(([, c]) => c === s.code)?.[0];
        return `${pad}atomicMax(status, ${s.code >>> 0}u); // trap${what ? ` (${what})` : ''}: reported by the runtime after the launch`;
      }
      case 'comment':
        return s.text.split(/\r?\n/).map((l) => `${pad}// ${commentText(l)}`.trimEnd()).join('\n');
    }
  }

  /** A group_reduce (group-reduce-text.ts), its last levels as shuffles across a warp (threadIdx.x & 31:
   *  a warp's lanes are consecutive threads); bool stays in shared memory. */
  private groupReduce(s: Extract<Stmt, { k: 'group_reduce' }>, pad: string): string {
    const size = this.kernel.mapping.workgroupSize;
    const lanes = s.t === 'bool' ? 1 : Math.min(WARP, size);
    this.uses.lid = true;
    if (lanes > 1) this.uses.lane = true;
    const type = valueType(this.need(s.t));
    const shuffle = (v: string, m: number) => `__shfl_xor_sync(0xffffffffu, ${v}, ${m})`;
    return groupReduceText({
      arr: this.ident(s.arr), name: this.ident(s.name), lhs: this.ident(s.lhs), rhs: this.ident(s.rhs),
      value: this.expr(s.value).s, combine: this.expr(s.combine).s, size, lanes,
      comment: `${s.name}: the block's partials combined in tree order${lanes > 1 ? `, the last levels across a warp's ${lanes} lanes` : ''}`,
    }, {
      barrier: '__syncthreads();',
      int: (n) => `${n}`,
      bind: (name, value) => `const ${type} ${name} = ${value};`,
      declare: (name, value) => `${type} ${name} = ${value};`,
      shuffle: (v, m) => (s.t === 'c64' ? `make_float2(${shuffle(`${v}.x`, m)}, ${shuffle(`${v}.y`, m)})` : shuffle(v, m)),
      laneIndex: (n) => (n === WARP ? 'lane' : `lane & ${n - 1}`),
    }, pad);
  }

  /** A value for a buffer element of type `t` (f32 values convert to f16 storage). */
  private stored(e: Expr, t: KType): Printed {
    const from = typeOf(e);
    if (t === 'f16' && from === 'f32') return this.cast('f16', e);
    if (t === 'bool' && from === 'u32') return this.expr(e);
    if (from !== t) throw new TargetError(`kernel ${this.kernel.name} stores a ${from} value into a ${t} buffer`);
    return this.expr(e);
  }

  /** An initialiser of a local of type `t`. */
  private typed(e: Expr, t: KType): Printed {
    const from = typeOf(e);
    if (from !== t) throw new TargetError(`kernel ${this.kernel.name} binds a ${from} value to a ${t} local`);
    return this.expr(e);
  }

  private need(t: KType): KType {
    if (t === 'f16') this.fp16 = true;
    return t;
  }

  // ---- expressions ----

  private expr(e: Expr): Printed {
    switch (e.k) {
      case 'const': return this.literal(e.t, e.v);
      case 'sym': return this.sym(e.name);
      case 'var': return A(this.ident(e.name));
      case 'builtin':
        if (e.name === 'group_size') return A(`${this.kernel.mapping.workgroupSize}`);
        this.uses[e.name] = true;
        return A(e.name);
      case 'load': return A(`${this.buf(e.buf)}[${this.expr(e.index).s}]`);
      case 'shared_load': case 'reg_load': return A(`${this.ident(e.arr)}[${this.expr(e.index).s}]`);
      case 'neg': return this.negate(e.a, e.t);
      case 'not': return U(`!${this.operand(this.expr(e.a), Prec.Unary).s}`);
      case 'select': {
        const c = this.operand(this.expr(e.cond), Prec.Or);
        return { s: `${c.s} ? ${this.operand(this.expr(e.a), Prec.Or).s} : ${this.operand(this.expr(e.b), Prec.Cond).s}`, p: Prec.Cond };
      }
      case 'cast': return this.cast(e.to, e.a);
      case 'bin': return this.binary(e.op, e.a, e.b);
      case 'call': return this.call(e.fn, e.args, e.t);
    }
  }

  /** `x`, parenthesised unless it binds at least as tightly as `min`. */
  private operand(x: Printed, min: Prec): Printed {
    return x.p >= min ? x : A(`(${x.s})`);
  }

  private use(h: Helper, args: readonly Printed[]): Printed {
    this.used.add(h);
    if (NEEDS_FP16.has(h)) this.fp16 = true;
    return A(`${h}(${args.map((a) => a.s).join(', ')})`);
  }

  private negate(ea: Expr, t: KType): Printed {
    const a = this.expr(ea);
    switch (t) {
      case 'i32': return this.use('i32_neg', [a]);
      case 'u32': return { s: `0u - ${this.operand(a, Prec.Mul).s}`, p: Prec.Add };
      case 'c64': return this.use('c64_neg', [a]);
      case 'f32': {
        const x = this.operand(a, Prec.Unary);
        return U(x.s.startsWith('-') ? `-(${x.s})` : `-${x.s}`);
      }
      default: throw new TargetError(`kernel ${this.kernel.name}: negation of ${t}`);
    }
  }

  private binary(op: BinOp, ea: Expr, eb: Expr): Printed {
    const t = typeOf(ea);
    const a = this.expr(ea), b = this.expr(eb);
    if (t === 'f16') throw new TargetError(`kernel ${this.kernel.name}: '${op}' on f16 values (the kernel IR computes f16 in f32)`);
    if (t === 'c64') {
      const h = ({ '+': 'c64_add', '-': 'c64_sub', '==': 'c64_eq', '!=': 'c64_ne' } as const)[op as '+'];
      if (!h) throw new TargetError(`kernel ${this.kernel.name}: '${op}' on c64 values (complex products and quotients are cmul/cdiv)`);
      return this.use(h, [a, b]);
    }
    if (t === 'i32') {
      switch (op) {
        case '+': return this.use('i32_add', [a, b]);
        case '-': return this.use('i32_sub', [a, b]);
        case '*': return this.use('i32_mul', [a, b]);
        case '/': if (!this.safeDivisor(eb)) return this.use('i32_div', [a, b]); break;
        case '%': if (!this.safeDivisor(eb)) return this.use('i32_mod', [a, b]); break;
        case '<<': return this.use('i32_shl', [a, b]);
        case '>>': if (!(eb.k === 'const' && eb.v >= 0 && eb.v < 32)) return this.use('i32_shr', [a, b]); break;
      }
    }
    if (t === 'u32') {
      switch (op) {
        case '/': if (!this.safeDivisor(eb)) return this.use('u32_div', [a, b]); break;
        case '%': if (!this.safeDivisor(eb)) return this.use('u32_mod', [a, b]); break;
        case '<<': case '>>':
          if (!(eb.k === 'const' && eb.v >= 0 && eb.v < 32)) return this.infix(op, a, { s: `${this.operand(b, Prec.BitAnd + 1).s} & 31u`, p: Prec.BitAnd });
      }
    }
    if (t === 'f32' && op === '%') return A(`fmodf(${a.s}, ${b.s})`);
    if (t === 'f32' && op === '/' && this.constant(eb) === 0) {
      // a literal zero divisor draws nvcc's "division by zero" warning; IEEE gives +-inf or NaN, as the IR says
      return this.infix(op, a, A(`__int_as_float(${Object.is(this.constant(eb), -0) ? '0x80000000' : '0'})`));
    }
    return this.infix(op, a, b);
  }

  private infix(op: BinOp, a: Printed, b: Printed): Printed {
    const p = BIN_PREC[op];
    // arithmetic follows precedence; everything else parenthesises any operand that is another operator
    // (as in C++ code written by hand, and so that no compiler warns about precedence)
    const side = (x: Printed, min: Prec): Printed => {
      if (ARITH.has(op)) return this.operand(x, min);
      if (x.p >= Prec.Unary) return x;
      if ((op === '&&' || op === '||' || op === '&' || op === '|' || op === '^') && x.op === op) return x;
      return A(`(${x.s})`);
    };
    return { s: `${side(a, p).s} ${op} ${side(b, p + 1).s}`, p, op };
  }

  /** Whether an integer divisor is a literal other than 0 and -1, or a uniform (sizes and strides, never
   *  0 or -1: the planner makes them from shapes) — then C++'s `/` and `%` mean what the IR means. */
  private safeDivisor(e: Expr): boolean {
    if (e.k === 'const') return e.v !== 0 && e.v !== -1;
    if (e.k === 'sym') return !this.specialized || (this.symValue.get(e.name)! !== 0 && this.symValue.get(e.name)! !== -1);
    return false;
  }

  private call(fn: Fn, args: readonly Expr[], t: KType): Printed {
    const a = args.map((x) => this.expr(x));
    const std = (name: string) => A(`${name}(${a.map((x) => x.s).join(', ')})`);
    const float = () => {
      if (t !== 'f32') throw new TargetError(`kernel ${this.kernel.name}: ${fn} of ${t}`);
    };
    switch (fn) {
      case 'exp': case 'log': case 'sqrt': case 'rsqrt': case 'sin': case 'cos': case 'tanh': case 'floor': case 'ceil':
        float();
        return std(`${fn}f`);
      case 'abs':
        if (t === 'i32') return this.use('i32_abs', a);
        if (t === 'u32') return a[0];
        float();
        return std('fabsf');
      case 'min': case 'max': case 'fmin_nan': case 'fmax_nan': {
        const max = fn === 'max' || fn === 'fmax_nan';
        // floats: NaN-propagating, as the interpreter's Math.max/Math.min are; integers: CUDA's min/max
        if (t === 'f32') return this.use(max ? 'f32_max_nan' : 'f32_min_nan', a);
        if (t === 'i32' || t === 'u32') return std(max ? 'max' : 'min');
        throw new TargetError(`kernel ${this.kernel.name}: ${fn} of ${t}`);
      }
      case 'pow': float(); return this.use('f32_pow', a);
      case 'sigmoid': float(); return this.use('f32_sigmoid', a);
      case 'round_f16': float(); return this.use('f32_round_f16', a);
      case 'isnan': return std('isnan');
      case 'cmul': return this.use('c64_mul', a);
      case 'cdiv': return this.use('c64_div', a);
      case 're': return A(`${this.operand(a[0], Prec.Atom).s}.x`);
      case 'im': return A(`${this.operand(a[0], Prec.Atom).s}.y`);
      case 'cplx': return std('make_float2');
    }
  }

  /** The value of an expression of literals (and specialised uniforms) of a real type, if it is one. */
  private constant(e: Expr): number | undefined {
    switch (e.k) {
      case 'const': return e.t === 'c64' ? undefined : e.v;
      case 'sym': return this.specialized ? this.symValue.get(e.name) : undefined;
      case 'neg': {
        const v = this.constant(e.a);
        return v === undefined || e.t === 'c64' ? undefined : -v;
      }
      case 'cast': {
        const v = this.constant(e.a);
        const from = typeOf(e.a);
        return v !== undefined && (from === 'i32' || from === 'u32') && e.to === 'f32' ? Math.fround(v) : undefined;
      }
      default: return undefined;
    }
  }

  private cast(to: KType, ea: Expr): Printed {
    const from = typeOf(ea);
    if (from === to) return this.expr(ea);
    const known = this.constant(ea);
    // an integer literal (or specialised uniform) converted to f32 prints as the f32 literal
    if (known !== undefined && (from === 'i32' || from === 'u32') && to === 'f32') return f32Literal(known);
    const a = this.expr(ea);
    if (from === 'f16') {
      this.fp16 = true;
      const wide = A(`__half2float(${a.s})`);
      return to === 'f32' ? wide : this.castFrom('f32', wide, to);
    }
    return this.castFrom(from, a, to);
  }

  private castFrom(from: KType, a: Printed, to: KType): Printed {
    if (from === to) return a;
    if (from === 'c64') {
      if (to === 'c64') return a;
      return this.castFrom('f32', A(`${this.operand(a, Prec.Atom).s}.x`), to);
    }
    switch (to) {
      case 'f32':
        if (from === 'bool') return { s: `${this.operand(a, Prec.Or).s} ? 1.0f : 0.0f`, p: Prec.Cond };
        return U(`(float)${this.operand(a, Prec.Unary).s}`);
      case 'f16':
        this.fp16 = true;
        if (from === 'f32') return A(`__float2half_rn(${a.s})`);
        if (from === 'i32') return A(`__int2half_rn(${a.s})`);
        if (from === 'u32') return A(`__uint2half_rn(${a.s})`);
        return A(`__float2half_rn(${this.castFrom(from, a, 'f32').s})`);
      case 'i32':
        if (from === 'f32') return A(`__float2int_rz(${a.s})`);
        return U(`(int)${this.operand(a, Prec.Unary).s}`);
      case 'u32':
        if (from === 'f32') return A(`__float2uint_rz(${a.s})`);
        return U(`(unsigned int)${this.operand(a, Prec.Unary).s}`);
      case 'bool':
        return { s: `${this.operand(a, Prec.Rel).s} != ${this.literal(from, 0).s}`, p: Prec.Eq, op: '!=' };
      case 'c64':
        return A(`make_float2(${from === 'f32' ? a.s : this.castFrom(from, a, 'f32').s}, 0.0f)`);
    }
  }

  private sym(name: string): Printed {
    if (!this.specialized) return A(`p.${this.field(name)}`);
    return this.literal('i32', this.symValue.get(name)!);
  }

  // ---- literals ----

  private literal(t: KType, v: number): Printed {
    switch (t) {
      case 'f32': return f32Literal(v);
      case 'f16': this.fp16 = true; return A(`__float2half_rn(${f32Literal(v).s})`);
      case 'i32': {
        const i = v | 0;
        if (i === -2147483648) return A('(-2147483647 - 1)');
        return i < 0 ? U(`${i}`) : A(`${i}`);
      }
      case 'u32': return A(`${v >>> 0}u`);
      case 'bool': return A(v ? 'true' : 'false');
      case 'c64': return A(`make_float2(${f32Literal(v).s}, 0.0f)`);
    }
  }

  // ---- names ----

  /** A legal, unique C++ identifier for an IR local (variable, loop variable, register or shared array): the
   *  same name always maps to the same identifier. */
  private ident(name: string): string {
    return this.unique(`local ${name}`, name);
  }

  /** The identifier of a buffer (buffers and locals are separate namespaces in the IR, not in C++). */
  private buf(name: string): string {
    if (!this.bufferType.has(name)) throw new TargetError(`kernel ${this.kernel.name} uses unknown buffer '${name}'`);
    return this.unique(`buffer ${name}`, name);
  }

  private unique(key: string, name: string): string {
    const hit = this.names.get(key);
    if (hit) return hit;
    let id = legal(name);
    while (RESERVED.has(id) || this.taken.has(id)) id = `${id}_`;
    this.names.set(key, id);
    this.taken.add(id);
    return id;
  }

  /** A params struct field for a sym (fields live in their own scope: only keywords are avoided). */
  private field(name: string): string {
    const hit = this.fields.get(name);
    if (hit) return hit;
    let id = legal(name);
    while (KEYWORDS.has(id) || [...this.fields.values()].includes(id)) id = `${id}_`;
    this.fields.set(name, id);
    return id;
  }
}

/** Text safe in a `//` comment: no control characters, no trailing backslash (a line continuation). */
function commentText(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\\+\s*$/, (m) => `${m.trimEnd()} .`);
}

// ---- f32 literals --------------------------------------------------------------------------------

/** The shortest decimal C++ reads back as exactly this f32 value, with the `f` suffix; infinities and NaN by
 *  their bits. */
export function f32Literal(x: number): Printed {
  const v = Math.fround(x);
  if (Number.isNaN(v)) return A(NAN);
  if (v === Infinity) return A(INF);
  if (v === -Infinity) return U(`-${INF}`);
  if (Object.is(v, -0)) return U('-0.0f');
  let digits = '';
  for (let p = 1; p <= 9; p++) {
    const s = v.toPrecision(p);
    if (Math.fround(Number(s)) === v) { digits = String(Number(s)); break; }
  }
  if (!/[.e]/.test(digits)) digits += '.0';
  else if (/^-?\d+e/.test(digits)) digits = digits.replace('e', '.0e');
  const s = `${digits}f`;
  return v < 0 ? U(s) : A(s);
}
