// The kernel IR: one compute kernel, backend-neutral. The CUDA and WGSL printers are the only code that
// turns it into source. Meaning:
//  - A kernel runs `body` once per invocation. The mapping says how invocations cover the work: 'flat'
//    gives one invocation per element of a flat domain of size `total` (builtin `gid`); 'group' gives one
//    workgroup per element of a domain of size `groups` (builtins `wid`, the group, and `lid`, the
//    invocation within it), for cooperative reductions through workgroup memory.
//  - Index arithmetic is i32. Scalars named by `sym` are uniforms whose values are known at compile time
//    (shapes, sizes, attribute numbers); the printer emits them as fields of one uniform struct, or as
//    literals when the kernel is specialised.
//  - Buffers hold elements of a storage type; `load`/`store` index them by element.
//  - c64 values are `c64` scalars (a pair re, im: vec2 in WGSL, float2 in CUDA).
//  - `trap` records a run-time error (e.g. an index out of range) in the status word the runtime checks
//    after the launch; execution continues with the value the lowering chose.

/** Scalar types of kernel values. `bool` is never stored: buffers of bool tensors hold u32 0/1. */
export type KType = 'f32' | 'f16' | 'i32' | 'u32' | 'bool' | 'c64';

export type BinOp =
  | '+' | '-' | '*' | '/' | '%'
  | '<' | '<=' | '>' | '>=' | '==' | '!='
  | '&&' | '||' | '&' | '|' | '^' | '<<' | '>>';

/** Math functions. Float functions apply to f32 (and f16); the c* ones to c64. */
export type Fn =
  | 'exp' | 'log' | 'sqrt' | 'rsqrt' | 'sigmoid' | 'tanh' | 'sin' | 'cos' | 'abs' | 'floor' | 'ceil'
  | 'min' | 'max' | 'pow' | 'isnan' | 'fmax_nan' | 'fmin_nan' | 'round_f16'
  | 'cmul' | 'cdiv' | 're' | 'im' | 'cplx';

export type Expr =
  | { readonly k: 'const'; readonly t: KType; readonly v: number }
  | { readonly k: 'sym'; readonly name: string }
  | { readonly k: 'var'; readonly name: string; readonly t: KType }
  | { readonly k: 'builtin'; readonly name: 'gid' | 'wid' | 'lid' | 'group_size' }
  | { readonly k: 'load'; readonly buf: string; readonly index: Expr; readonly t: KType }
  | { readonly k: 'shared_load'; readonly arr: string; readonly index: Expr; readonly t: KType }
  | { readonly k: 'reg_load'; readonly arr: string; readonly index: Expr; readonly t: KType }
  | { readonly k: 'bin'; readonly op: BinOp; readonly a: Expr; readonly b: Expr; readonly t: KType }
  | { readonly k: 'neg'; readonly a: Expr; readonly t: KType }
  | { readonly k: 'not'; readonly a: Expr }
  | { readonly k: 'call'; readonly fn: Fn; readonly args: readonly Expr[]; readonly t: KType }
  | { readonly k: 'select'; readonly cond: Expr; readonly a: Expr; readonly b: Expr; readonly t: KType }
  | { readonly k: 'cast'; readonly to: KType; readonly a: Expr };

export type Stmt =
  | { readonly k: 'let'; readonly name: string; readonly t: KType; readonly init: Expr; readonly mutable: boolean }
  | { readonly k: 'assign'; readonly name: string; readonly value: Expr }
  | { readonly k: 'store'; readonly buf: string; readonly index: Expr; readonly value: Expr }
  | { readonly k: 'shared_store'; readonly arr: string; readonly index: Expr; readonly value: Expr }
  | { readonly k: 'reg_array'; readonly name: string; readonly t: KType; readonly size: number }
  | { readonly k: 'reg_store'; readonly arr: string; readonly index: Expr; readonly value: Expr }
  | { readonly k: 'for'; readonly v: string; readonly start: Expr; readonly end: Expr; readonly step: Expr; readonly body: readonly Stmt[] }
  | { readonly k: 'if'; readonly cond: Expr; readonly then: readonly Stmt[]; readonly else?: readonly Stmt[] }
  | { readonly k: 'barrier' }
  | { readonly k: 'trap'; readonly code: number }
  | { readonly k: 'comment'; readonly text: string };

export type Access = 'read' | 'read_write';

export interface KBuffer {
  readonly name: string;
  /** Element type as stored (bool tensors: u32). */
  readonly t: KType;
  readonly access: Access;
}

/** An i32 uniform: its name is part of the kernel, its value part of each launch. */
export interface KSym {
  readonly name: string;
  readonly value: number;
}

export interface SharedArray {
  readonly name: string;
  readonly t: KType;
  readonly size: number;
}

/** How invocations cover the work. The size of the domain (elements for 'flat', workgroups for 'group')
 *  is the sym `total`, so kernels that differ only in size share one pipeline. */
export interface Mapping {
  readonly kind: 'flat' | 'group';
  readonly workgroupSize: number;
}

export interface FusedNode {
  readonly id: number;
  readonly op: string;
  readonly loc?: string;
  /** How the kernel holds it, when not computed per element (site kernels: a register table). */
  readonly note?: string;
}

/** One line naming a fused node: `%id op [note]`, and where it was built, as `where` writes it. */
export const describeFused = (f: FusedNode, where: (loc: string) => string): string =>
  `%${f.id} ${f.op}${f.note ? ` [${f.note}]` : ''}${f.loc ? where(f.loc) : ''}`;

/** A kernel: what a printer needs to write its source. Which graph nodes it computes belongs to each
 *  launch of it (one kernel serves every launch whose code is the same). */
export interface Kernel {
  /** Stable, readable: k<index>_<root op>[_<fused ops>]. */
  readonly name: string;
  readonly buffers: readonly KBuffer[];
  /** Uniform names in declaration order; always starts with `total`. */
  readonly syms: readonly string[];
  readonly shared: readonly SharedArray[];
  readonly mapping: Mapping;
  /** Whether the kernel may `trap` (needs the status buffer). */
  readonly traps: boolean;
  readonly body: readonly Stmt[];
}

/** The type of an expression. */
export function typeOf(e: Expr): KType {
  switch (e.k) {
    case 'const': case 'var': case 'load': case 'shared_load': case 'reg_load': case 'bin': case 'neg': case 'call': case 'select':
      return e.t;
    case 'sym': case 'builtin':
      return 'i32';
    case 'not':
      return 'bool';
    case 'cast':
      return e.to;
  }
}

/** The subexpressions of `e`, in order. */
export function childrenOf(e: Expr): readonly Expr[] {
  switch (e.k) {
    case 'reg_load': case 'load': case 'shared_load': return [e.index];
    case 'bin': return [e.a, e.b];
    case 'neg': case 'not': case 'cast': return [e.a];
    case 'call': return e.args;
    case 'select': return [e.cond, e.a, e.b];
    default: return [];
  }
}

/** `e` with each subexpression c replaced by f(c), in the order childrenOf gives them. */
export function mapChildren(e: Expr, f: (c: Expr) => Expr): Expr {
  switch (e.k) {
    case 'reg_load': case 'load': case 'shared_load': return { ...e, index: f(e.index) };
    case 'bin': return { ...e, a: f(e.a), b: f(e.b) };
    case 'neg': case 'not': case 'cast': return { ...e, a: f(e.a) } as Expr;
    case 'call': return { ...e, args: e.args.map(f) };
    case 'select': return { ...e, cond: f(e.cond), a: f(e.a), b: f(e.b) };
    default: return e;
  }
}

/** Adds the names of the variables and register arrays `e` reads to `out`. */
export function collectVars(e: Expr, out: Set<string>): void {
  if (e.k === 'var') out.add(e.name);
  if (e.k === 'reg_load') out.add(e.arr);
  for (const c of childrenOf(e)) collectVars(c, out);
}
