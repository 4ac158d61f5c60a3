// The WGSL printer: one kernel of the kernel IR -> one WGSL compute shader. The fixed parts (header, enable
// directives, the uniform struct, bindings, helper functions, the entry point with its 2-D dispatch decoding and
// bounds check) come from the templates in templates/wgsl/ (bundled in codegen/templates.generated.ts); the
// body is printed here from the IR.
//
// The WGSL has the meaning of runtime/cpu/kernel-interpreter.ts wherever WGSL does not give it for free:
// NaN tests by bits, NaN-propagating max/min, C pow, log/sqrt/rsqrt edge cases, overflow-free sigmoid and
// tanh, exact f16 rounding, saturating float -> int casts, integer division by zero = 0. Each such helper is
// emitted only when the kernel uses it. Output is deterministic: the same kernel and options give the same
// bytes.
//
// Bindings (group 0): the kernel's buffers in order, then the uniform struct `params` (unless every uniform
// is specialised), then the status word `status` if the kernel traps. artifact/wgsl-layout.ts lists them for
// the runtime (wgslBindings) and gives the uniform buffer's size (paramsBytes).
import Handlebars from 'handlebars';
import { roundF16 } from '../../ir/dtype.ts';
import { InternalError } from '../../ir/errors.ts';
import type { BinOp, Expr, Fn, Kernel, KType, Stmt } from '../kir.ts';
import { typeOf } from '../kir.ts';
import { groupReduceText } from '../group-reduce-text.ts';
import { TEMPLATES } from '../templates.generated.ts';
import { usesF16, wgslBindings, type F16Mode } from '../../artifact/wgsl-layout.ts';
import { ATOMIC_NAMES, atomicStorage, printAccumulate } from './atomic.ts';
import { exactDecimal, hexFloat, shortestF32 } from './literals.ts';
import { specializeBody } from '../specialize.ts';

export { paramsBytes, usesF16, wgslBindings, type F16Mode, type WgslBinding } from '../../artifact/wgsl-layout.ts';
export { exactDecimal, hexFloat, shortestF32 } from './literals.ts';

export interface WgslOptions {
  /** How f16 buffers are stored: `array<f16>` with `enable f16;` (needs the device feature shader-f16), or
   *  `array<f32>` holding f16-rounded values. */
  readonly f16: F16Mode;
  /** Values of kernel.syms (in order) to inline as literals; the uniform struct then disappears. */
  readonly specialize?: readonly number[];
  /** What the kernel computes (the graph nodes it fuses), for the header comment. May hold several lines. */
  readonly comment: string;
  /** Where the device has the 'subgroups' feature: the fewest invocations any of its subgroups has
   *  (adapter.info.subgroupMinSize, a power of two of at least 4). Cooperative reductions then take their
   *  last levels across that many lanes with shuffles (`enable subgroups;`) instead of through workgroup
   *  memory. */
  readonly subgroups?: number;
}

/** Types shuffled with subgroupShuffleXor (reductions accumulate f16 in f32; an f16 shuffle would need more
 *  than `enable subgroups;`). */
const SHUFFLED: readonly KType[] = ['f32', 'i32', 'u32', 'c64'];

/** Print one kernel as a WGSL module. */
export function printWgsl(kernel: Kernel, opts: WgslOptions): string {
  return new WgslPrinter(kernel, opts).print();
}

// ---- templates -----------------------------------------------------------------------------------

const hbs = Handlebars.create();
let templates: { kernel: HandlebarsTemplateDelegate; helpers: HandlebarsTemplateDelegate } | undefined;

function loadTemplates(): NonNullable<typeof templates> {
  if (!templates) {
    const compile = (name: 'kernel' | 'helpers') => hbs.compile(TEMPLATES[`wgsl/${name}`], { noEscape: true, strict: true });
    templates = { kernel: compile('kernel'), helpers: compile('helpers') };
  }
  return templates;
}

/** Helper functions of templates/wgsl/helpers.hbs, in its order, with the helpers each one calls. */
const HELPERS = {
  bits_f32: [], is_nan: [], fmax_nan: ['is_nan'], fmin_nan: ['is_nan'], pow_c: ['is_nan', 'bits_f32'],
  exp_c: ['is_nan'], log_c: ['is_nan', 'bits_f32'], sqrt_c: ['is_nan', 'bits_f32'], rsqrt_c: ['is_nan', 'bits_f32'], sigmoid: ['is_nan'],
  tanh_c: ['is_nan'], trig_c: ['is_nan', 'bits_f32'], ne_f32: ['is_nan'], round_f16: [], cast_i32: ['is_nan'], cast_u32: ['is_nan'], div_i32: [], div_u32: [],
  cmul: [], cdiv: [],
} as const satisfies Record<string, readonly string[]>;
type Helper = keyof typeof HELPERS;

// ---- names ---------------------------------------------------------------------------------------

/** Identifiers an IR name must not take: WGSL keywords and reserved words, predeclared types and the builtin
 *  functions this printer calls (a local of that name would shadow them), and the printer's own names. */
const RESERVED = new Set(`
alias break case const const_assert continue continuing default diagnostic discard else enable false fn for if let
loop override requires return struct switch true var while
NULL Self abstract active alignas alignof as asm asm_fragment async attribute auto await become binding_array cast
catch class co_await co_return co_yield coherent column_major common compile compile_fragment concept const_cast
consteval constexpr constinit crate debugger decltype delete demote demote_to_helper do dynamic_cast enum explicit
export extends extern external fallthrough filter final finally friend from fxgroup get goto groupshared highp impl
implements import inline instanceof interface layout lowp macro macro_rules match mediump meta mod module move mut
mutable namespace new nil noexcept noinline nointerpolation non_coherent noncoherent noperspective null nullptr of
operator package packoffset partition pass patch pixelfragment precise precision premerge priv protected pub public
readonly ref regardless register reinterpret_cast require resource restrict self set shared sizeof smooth snorm static
static_assert static_cast std subroutine super target template this thread_local throw trait try type typedef typeid
typename typeof union unless unorm unsafe unsized use using varying virtual volatile wgsl where with writeonly yield
i32 u32 f32 f16 bool vec2 vec3 vec4 mat2x2 mat2x3 mat2x4 mat3x2 mat3x3 mat3x4 mat4x2 mat4x3 mat4x4 array atomic ptr
sampler sampler_comparison vec2i vec3i vec4i vec2u vec3u vec4u vec2f vec3f vec4f vec2h vec3h vec4h
read write read_write function private workgroup uniform storage bitcast
abs all any atomicMax ceil clamp cos exp exp2 floor inverseSqrt ldexp log log2 max min pow round select sin sqrt tanh
trunc workgroupBarrier subgroupShuffleXor
main params Params status wid lid gid wg nwg li lane sgl
${Object.keys(HELPERS).join(' ')} ${ATOMIC_NAMES.join(' ')}
`.split(/\s+/).filter(Boolean));

// ---- expressions ---------------------------------------------------------------------------------

/** Binding strength of a printed expression, for parenthesising by WGSL's grammar (which, unlike C's, makes
 *  bitwise operators and shifts take unary operands and forbids mixing && with ||). */
const enum Prec { Or = 1, And = 2, Bit = 3, Rel = 4, Shift = 5, Add = 6, Mul = 7, Unary = 8 }

interface Printed { readonly s: string; readonly p: Prec; readonly op?: BinOp }

const U = (s: string): Printed => ({ s, p: Prec.Unary });

class WgslPrinter {
  private readonly used = new Set<Helper>();
  private readonly names = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly specialized: boolean;
  private readonly symValue: Map<string, number>;
  /** Whether a reduction used subgroup shuffles (the module then enables subgroups). */
  private shuffles = false;

  constructor(private readonly kernel: Kernel, private readonly opts: WgslOptions) {
    this.specialized = opts.specialize !== undefined;
    if (opts.specialize && opts.specialize.length !== kernel.syms.length) {
      throw new InternalError(`printWgsl: ${kernel.syms.length} uniforms, specialize gives ${opts.specialize.length} values`, { kernel: kernel.name });
    }
    this.symValue = new Map(kernel.syms.map((s, i) => [s, opts.specialize?.[i] ?? NaN]));
    // buffer names are fixed by the runtime's layout; keep them when legal
    for (const b of kernel.buffers) this.ident(b.name);
  }

  print(): string {
    const k = this.kernel;
    // specialised to an empty domain, the body may divide by a size of 0: a WGSL compile error
    const empty = this.specialized && this.symValue.get('total') === 0;
    const body = empty ? '' : this.block(this.specialized ? specializeBody(k.body, this.symValue, k.mapping) : k.body, 1);
    // a Set visits what is added while iterating: dependencies of dependencies are closed over too
    for (const h of this.used) for (const d of HELPERS[h] as readonly Helper[]) this.used.add(d);
    const t = loadTemplates();
    const flags = Object.fromEntries(Object.keys(HELPERS).map((h) => [h, this.used.has(h as Helper)]));
    const helpers = t.helpers({ h: flags }).trimEnd();
    const native = this.opts.f16 === 'native';
    const bindings = wgslBindings(k, { specialized: this.specialized }).map((b) => ({
      binding: b.binding,
      name: b.kind === 'buffer' ? this.ident(b.name) : b.name,
      space: b.kind === 'params' ? 'uniform' : b.access === 'read' ? 'storage, read' : 'storage, read_write',
      type: b.kind === 'params' ? 'Params' : b.kind === 'status' ? 'atomic<u32>' : `array<${this.bufferElement(b.buffer!)}>`,
    }));
    const header = [
      `${k.name}: WGSL generated by tempofuse from the kernel IR.`,
      ...this.opts.comment.split('\n').map((l) => l.trimEnd()).filter((l) => l.length > 0),
      k.buffers.some((b) => b.atomic)
        ? `Mapping: one invocation per source element (gid < total), ${k.mapping.workgroupSize} per workgroup, adding atomically into its zero-filled output.`
        : k.mapping.kind === 'flat'
        ? `Mapping: one invocation per output element (gid < total), ${k.mapping.workgroupSize} per workgroup.`
        : k.mapping.tile
        ? `Mapping: one workgroup of ${k.mapping.workgroupSize} per ${k.mapping.tile.rows}x${k.mapping.tile.cols} tile of a matrix product (wid < total), tiles in workgroup memory.`
        : `Mapping: one workgroup of ${k.mapping.workgroupSize} per output element (wid < total), reducing through workgroup memory.`,
      ...(this.specialized ? [`Specialised: ${k.syms.map((s, i) => `${s} = ${this.opts.specialize![i]}`).join(', ')}.`] : []),
      ...(k.buffers.some((b) => b.t === 'f16') ? [native ? 'f16 buffers hold f16 (shader-f16).' : 'f16 buffers hold f16-rounded values as f32.'] : []),
    ];
    return t.kernel({
      header,
      enableF16: native && usesF16(k),
      subgroups: this.shuffles,
      params: this.specialized ? [] : k.syms.map((s) => this.field(s)),
      bindings,
      shared: k.shared.map((a) => ({ name: this.ident(a.name), type: this.valueType(a.t), size: a.size })),
      helpers,
      workgroupSize: k.mapping.workgroupSize,
      flat: k.mapping.kind === 'flat',
      total: this.sym('total').s,
      empty,
      body,
    });
  }

  // ---- statements ----

  private block(stmts: readonly Stmt[], depth: number): string {
    return stmts.map((s) => this.stmt(s, depth)).join('\n');
  }

  private stmt(s: Stmt, depth: number): string {
    const pad = '  '.repeat(depth);
    switch (s.k) {
      case 'let':
        return `${pad}${s.mutable ? 'var' : 'let'} ${this.ident(s.name)}: ${this.valueType(s.t)} = ${this.expr(s.init).s};`;
      case 'assign':
        return `${pad}${this.ident(s.name)} = ${this.expr(s.value).s};`;
      case 'store':
        return `${pad}${this.ident(s.buf)}[${this.expr(s.index).s}] = ${this.expr(s.value).s};`;
      case 'accumulate': {
        const t = this.kernel.buffers.find((b) => b.name === s.buf)!.t;
        return printAccumulate(this.ident(s.buf), t, this.expr(s.index).s, this.expr(s.value).s, pad);
      }
      case 'shared_store':
        return `${pad}${this.ident(s.arr)}[${this.expr(s.index).s}] = ${this.expr(s.value).s};`;
      case 'reg_array':
        return `${pad}var ${this.ident(s.name)}: array<${this.valueType(s.t)}, ${s.size}>;`;
      case 'reg_store':
        return `${pad}${this.ident(s.arr)}[${this.expr(s.index).s}] = ${this.expr(s.value).s};`;
      case 'for': {
        const v = this.ident(s.v);
        const step = s.step.k === 'const' && s.step.v === 1 ? `${v}++` : `${v} += ${this.expr(s.step).s}`;
        const head = `for (var ${v}: i32 = ${this.expr(s.start).s}; ${v} < ${this.operand(this.expr(s.end), Prec.Shift).s}; ${step})`;
        return `${pad}${head} {\n${this.block(s.body, depth + 1)}${s.body.length ? '\n' : ''}${pad}}`;
      }
      case 'if': {
        let text = `${pad}if (${this.expr(s.cond).s}) {\n${this.block(s.then, depth + 1)}${s.then.length ? '\n' : ''}${pad}}`;
        if (s.else && s.else.length) text += ` else {\n${this.block(s.else, depth + 1)}\n${pad}}`;
        return text;
      }
      case 'barrier':
        return `${pad}workgroupBarrier();`;
      case 'group_reduce':
        return this.groupReduce(s, pad);
      case 'trap':
        return `${pad}atomicMax(&status, ${s.code >>> 0}u); // trap: reported by the runtime after the launch`;
      case 'comment':
        return s.text.split('\n').map((l) => `${pad}// ${l}`.trimEnd()).join('\n');
    }
  }

  /** A group_reduce (group-reduce-text.ts), its last levels as subgroup shuffles where the device has
   *  subgroups and shuffles carry the type. */
  private groupReduce(s: Extract<Stmt, { k: 'group_reduce' }>, pad: string): string {
    const size = this.kernel.mapping.workgroupSize;
    const lanes = this.opts.subgroups !== undefined && SHUFFLED.includes(s.t) ? Math.min(this.opts.subgroups, size) : 1;
    if (lanes > 1) this.shuffles = true;
    const type = this.valueType(s.t);
    return groupReduceText({
      arr: this.ident(s.arr), name: this.ident(s.name), lhs: this.ident(s.lhs), rhs: this.ident(s.rhs),
      value: this.expr(s.value).s, combine: this.expr(s.combine).s, size, lanes,
      comment: `${s.name}: the workgroup's partials combined in tree order${lanes > 1 ? `, the last levels across ${lanes} subgroup lanes` : ''}`,
    }, {
      barrier: 'workgroupBarrier();',
      int: (n) => `${n}i`,
      bind: (name, value) => `let ${name}: ${type} = ${value};`,
      declare: (name, value) => `var ${name}: ${type} = ${value};`,
      shuffle: (v, mask) => `subgroupShuffleXor(${v}, ${mask}u)`,
      laneIndex: (n) => `lane & ${n - 1}i`,
    }, pad);
  }

  // ---- expressions ----

  private expr(e: Expr): Printed {
    const folded = this.fold(e);
    if (folded !== undefined) return folded;
    switch (e.k) {
      case 'const': return this.literal(e.t, e.v);
      case 'sym': return this.sym(e.name);
      case 'var': return U(this.ident(e.name));
      case 'builtin': return U(e.name === 'group_size' ? `${this.kernel.mapping.workgroupSize}i` : e.name);
      case 'load': return U(`${this.ident(e.buf)}[${this.expr(e.index).s}]`);
      case 'shared_load': case 'reg_load': return U(`${this.ident(e.arr)}[${this.expr(e.index).s}]`);
      case 'neg': {
        // WGSL has no unary minus on u32; the interpreter wraps
        if (e.t === 'u32') return { s: `0u - ${this.operand(this.expr(e.a), Prec.Mul).s}`, p: Prec.Add };
        const a = this.operand(this.expr(e.a), Prec.Unary);
        return U(a.s.startsWith('-') ? `-(${a.s})` : `-${a.s}`);
      }
      case 'not': return U(`!${this.operand(this.expr(e.a), Prec.Unary).s}`);
      case 'select': return U(`select(${this.expr(e.b).s}, ${this.expr(e.a).s}, ${this.expr(e.cond).s})`);
      case 'cast': return this.cast(e.to, e.a);
      case 'bin': return this.binary(e.op, e.a, e.b);
      case 'call': return this.call(e.fn, e.args, e.t);
    }
  }

  /** Wrap `x` in parentheses unless it binds at least as tightly as `min`. */
  private operand(x: Printed, min: Prec): Printed {
    return x.p >= min ? x : U(`(${x.s})`);
  }

  private binary(op: BinOp, ea: Expr, eb: Expr): Printed {
    const ta = typeOf(ea);
    const a = this.expr(ea), b = this.expr(eb);
    if (ta === 'c64' && (op === '==' || op === '!=')) {
      if (op === '==') return U(`all(${a.s} == ${b.s})`);
      this.used.add('ne_f32');
      const [pa, pb] = [this.operand(a, Prec.Unary).s, this.operand(b, Prec.Unary).s];
      return { s: `ne_f32(${pa}.x, ${pb}.x) || ne_f32(${pa}.y, ${pb}.y)`, p: Prec.Or, op: '||' };
    }
    if (op === '!=' && (ta === 'f32' || ta === 'f16')) {
      this.used.add('ne_f32');
      return U(`ne_f32(${this.widen(ea, a).s}, ${this.widen(eb, b).s})`);
    }
    if ((op === '/') && (ta === 'i32' || ta === 'u32') && !this.nonZero(eb)) {
      const h: Helper = ta === 'i32' ? 'div_i32' : 'div_u32';
      this.used.add(h);
      return U(`${h}(${a.s}, ${b.s})`);
    }
    switch (op) {
      case '*': case '/': case '%':
        return { s: `${this.operand(a, Prec.Mul).s} ${op} ${this.operand(b, Prec.Unary).s}`, p: Prec.Mul };
      case '+': case '-':
        return { s: `${this.operand(a, Prec.Add).s} ${op} ${this.operand(b, Prec.Mul).s}`, p: Prec.Add };
      case '<<': case '>>': {
        // WGSL shifts take a u32 count; the count is taken mod 32 as in the interpreter (JS semantics)
        const count: Printed = eb.k === 'const' ? U(`${(eb.v >>> 0) & 31}u`) : { s: `u32(${b.s}) & 31u`, p: Prec.Bit, op: '&' };
        return { s: `${this.operand(a, Prec.Unary).s} ${op} ${this.operand(count, Prec.Unary).s}`, p: Prec.Shift };
      }
      case '<': case '<=': case '>': case '>=': case '==': case '!=':
        return { s: `${this.operand(a, Prec.Shift).s} ${op} ${this.operand(b, Prec.Shift).s}`, p: Prec.Rel };
      case '&': case '|': case '^': {
        const left = a.p === Prec.Bit && a.op === op ? a : this.operand(a, Prec.Unary);
        return { s: `${left.s} ${op} ${this.operand(b, Prec.Unary).s}`, p: Prec.Bit, op };
      }
      case '&&': case '||': {
        const p = op === '&&' ? Prec.And : Prec.Or;
        const left = a.p === p ? a : this.operand(a, Prec.Rel);
        return { s: `${left.s} ${op} ${this.operand(b, Prec.Rel).s}`, p, op };
      }
    }
  }

  /** Whether an integer divisor is known not to be zero (a nonzero literal or a uniform: sizes and strides). */
  private nonZero(e: Expr): boolean {
    if (e.k === 'const') return e.v !== 0;
    if (e.k === 'sym') return !this.specialized || this.symValue.get(e.name) !== 0;
    return false;
  }

  private call(fn: Fn, args: readonly Expr[], t: KType): Printed {
    const a = args.map((x) => this.expr(x).s);
    const use = (h: Helper) => { this.used.add(h); return U(`${h}(${a.join(', ')})`); };
    const isFloat = t === 'f32' || t === 'f16';
    switch (fn) {
      case 'exp': return use('exp_c');
      case 'floor': case 'ceil': case 'abs':
        return U(`${fn}(${a[0]})`);
      case 'sin': this.used.add('trig_c'); return U(`trig_c(${a[0]}, 0i)`);
      case 'cos': this.used.add('trig_c'); return U(`trig_c(${a[0]}, 1i)`);
      case 'min': case 'max':
        // floats: NaN handling unspecified (the NaN-propagating forms are fmin_nan / fmax_nan)
        return U(`${fn}(${a[0]}, ${a[1]})`);
      case 'log': return use('log_c');
      case 'sqrt': return use('sqrt_c');
      case 'rsqrt': return use('rsqrt_c');
      case 'pow': return use('pow_c');
      case 'tanh': return use('tanh_c');
      case 'sigmoid': return use('sigmoid');
      case 'isnan': return use('is_nan');
      case 'fmax_nan': return isFloat ? use('fmax_nan') : U(`max(${a[0]}, ${a[1]})`);
      case 'fmin_nan': return isFloat ? use('fmin_nan') : U(`min(${a[0]}, ${a[1]})`);
      case 'round_f16': return use('round_f16');
      case 'cmul': return use('cmul');
      case 'cdiv': return use('cdiv');
      case 're': return U(`${this.operand(this.expr(args[0]), Prec.Unary).s}.x`);
      case 'im': return U(`${this.operand(this.expr(args[0]), Prec.Unary).s}.y`);
      case 'cplx': return U(`vec2<f32>(${a[0]}, ${a[1]})`);
    }
  }

  private cast(to: KType, ea: Expr): Printed {
    const from = typeOf(ea);
    const native = this.opts.f16 === 'native';
    if (from === to) return this.expr(ea);
    // f16 -> anything: widen to f32 first (in f32-storage mode an f16 value already is an f32)
    if (from === 'f16') {
      const wide: Expr = { k: 'cast', to: 'f32', a: ea };
      if (to === 'f32') return native ? U(`f32(${this.expr(ea).s})`) : this.expr(ea);
      return this.cast(to, wide);
    }
    const a = this.expr(ea);
    switch (to) {
      case 'f16': {
        // round exactly first, so that the conversion (whose rounding WGSL leaves open) is exact
        const rounded = ea.k === 'call' && ea.fn === 'round_f16' ? a : this.call('round_f16', [this.asF32(ea)], 'f32');
        return native ? U(`f16(${rounded.s})`) : rounded;
      }
      case 'f32':
        if (from === 'c64') return U(`${this.operand(a, Prec.Unary).s}.x`);
        return U(`f32(${a.s})`);
      case 'i32': case 'u32':
        if (from === 'f32') { this.used.add(to === 'i32' ? 'cast_i32' : 'cast_u32'); return U(`cast_${to}(${a.s})`); }
        if (from === 'c64') return this.cast(to, { k: 'call', fn: 're', args: [ea], t: 'f32' });
        return U(`${to}(${a.s})`);
      case 'bool':
        // x != 0, where NaN counts as nonzero (as in the interpreter)
        if (from === 'c64' || from === 'f32') this.used.add('ne_f32');
        if (from === 'c64') {
          const pa = this.operand(a, Prec.Unary).s;
          return { s: `ne_f32(${pa}.x, 0.0f) || ne_f32(${pa}.y, 0.0f)`, p: Prec.Or, op: '||' };
        }
        if (from === 'f32') return U(`ne_f32(${a.s}, 0.0f)`);
        return { s: `${this.operand(a, Prec.Shift).s} != ${this.literal(from, 0).s}`, p: Prec.Rel };
      case 'c64':
        return U(`vec2<f32>(${from === 'f32' ? a.s : `f32(${a.s})`}, 0.0f)`);
    }
  }

  /** A float operand as f32 (native f16 values are widened). */
  private widen(e: Expr, printed: Printed): Printed {
    return typeOf(e) === 'f16' && this.opts.f16 === 'native' ? U(`f32(${printed.s})`) : printed;
  }

  private asF32(e: Expr): Expr {
    return typeOf(e) === 'f32' ? e : { k: 'cast', to: 'f32', a: e };
  }

  private sym(name: string): Printed {
    if (!this.specialized) return U(`params.${this.field(name)}`);
    return this.literal('i32', this.symValue.get(name)!);
  }

  // ---- literals ----

  private literal(t: KType, v: number): Printed {
    switch (t) {
      case 'f32': return this.f32Literal(v);
      case 'f16': {
        const f = this.f32Literal(roundF16(v));
        return this.opts.f16 === 'native' ? U(`f16(${f.s})`) : f;
      }
      case 'i32': {
        const i = v | 0;
        return U(i === -2147483648 ? 'bitcast<i32>(0x80000000u)' : `${i}i`);
      }
      case 'u32': return U(`${v >>> 0}u`);
      case 'bool': return U(v ? 'true' : 'false');
      case 'c64': return U(`vec2<f32>(${this.f32Literal(v).s}, 0.0f)`);
    }
  }

  /** An f32 literal WGSL reads as exactly this value: a decimal when the value's exact decimal expansion is
   *  short, else a hexadecimal float (the decimal in a comment); infinities and NaN through bits_f32. */
  private f32Literal(x: number): Printed {
    const v = Math.fround(x);
    if (!Number.isFinite(v)) {
      this.used.add('bits_f32');
      const bits = Number.isNaN(v) ? '0x7fc00000u' : v > 0 ? '0x7f800000u' : '0xff800000u';
      return U(`bits_f32(${bits}) /* ${Number.isNaN(v) ? 'NaN' : v > 0 ? 'inf' : '-inf'} */`);
    }
    if (Object.is(v, -0)) return U('-0.0f');
    const exact = exactDecimal(v);
    if (exact !== undefined) return U(`${exact}f`);
    return U(`${hexFloat(v)} /* ${shortestF32(v)} */`);
  }

  // ---- constant folding ----

  /** WGSL evaluates expressions of literals at shader creation and rejects any whose value (or an intermediate
   *  one) is not finite, e.g. 1.0f / 0.0f. Such subtrees of f32 arithmetic are folded here, with the interpreter's
   *  f32 rounding after every operation. */
  private fold(e: Expr): Printed | undefined {
    if (e.k !== 'bin' && e.k !== 'neg') return undefined;
    if (e.t !== 'f32') return undefined;
    const v = evalConstF32(e);
    return v === undefined || Number.isFinite(v) ? undefined : this.f32Literal(v);
  }

  // ---- types and names ----

  private valueType(t: KType): string {
    switch (t) {
      case 'c64': return 'vec2<f32>';
      case 'f16': return this.opts.f16 === 'native' ? 'f16' : 'f32';
      default: return t;
    }
  }

  /** The element type of buffer `i` as this kernel binds it. */
  private bufferElement(i: number): string {
    const b = this.kernel.buffers[i];
    return b.atomic ? atomicStorage(b.t) : this.storageType(b.t);
  }

  private storageType(t: KType): string {
    if (t === 'bool') throw new InternalError('printWgsl: a bool buffer (bool tensors are stored as u32)', { kernel: this.kernel.name });
    return this.valueType(t);
  }

  /** A legal, unique WGSL identifier for an IR name (the same name always maps to the same identifier). */
  private ident(name: string): string {
    const hit = this.names.get(name);
    if (hit) return hit;
    let base = name.replace(/[^A-Za-z0-9_]/g, '_');
    if (!/^[A-Za-z_]/.test(base)) base = `v_${base}`;
    if (base.startsWith('__')) base = `v${base}`;
    if (base === '_' || RESERVED.has(base)) base = `${base}_`;
    let id = base;
    for (let n = 1; this.taken.has(id); n++) id = `${base}_${n}`;
    this.taken.add(id);
    this.names.set(name, id);
    return id;
  }

  /** Field name of a uniform in struct Params. */
  private field(name: string): string {
    let f = name.replace(/[^A-Za-z0-9_]/g, '_');
    if (!/^[A-Za-z_]/.test(f) || f.startsWith('__') || f === '_' || RESERVED.has(f)) f = `u_${f}`;
    return f;
  }
}

/** The value of an f32 expression made only of literals (no loads, variables or uniforms), or undefined. */
function evalConstF32(e: Expr): number | undefined {
  switch (e.k) {
    case 'const': return e.t === 'f32' ? Math.fround(e.v) : undefined;
    case 'neg': { const a = evalConstF32(e.a); return a === undefined ? undefined : -a; }
    case 'bin': {
      if (e.t !== 'f32') return undefined;
      const a = evalConstF32(e.a), b = evalConstF32(e.b);
      if (a === undefined || b === undefined) return undefined;
      switch (e.op) {
        case '+': return Math.fround(a + b);
        case '-': return Math.fround(a - b);
        case '*': return Math.fround(a * b);
        case '/': return Math.fround(a / b);
        case '%': return Math.fround(a % b);
        default: return undefined;
      }
    }
    default: return undefined;
  }
}
