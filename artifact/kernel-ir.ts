// The kernel IR's data: what a kernel is, as the compiler builds it, printers print it, an artifact's
// manifest carries it (so the program is whole without the compiler) and the CPU kernel interpreter runs
// it. Its meaning is described in codegen/kir.ts, beside the functions that work on it; the trap codes and
// typeOf are here, as the runtimes need them without the compiler.

/** Scalar types of kernel values. `bool` is never stored: buffers of bool tensors hold u32 0/1. */
export const KTYPES = ['f32', 'f16', 'i32', 'u32', 'bool', 'c64'] as const;
export type KType = (typeof KTYPES)[number];

export const BIN_OPS = [
  '+', '-', '*', '/', '%',
  '<', '<=', '>', '>=', '==', '!=',
  '&&', '||', '&', '|', '^', '<<', '>>',
] as const;
export type BinOp = (typeof BIN_OPS)[number];

/** Math functions. Float functions apply to f32 (and f16); the c* ones to c64. */
export const FNS = [
  'exp', 'log', 'sqrt', 'rsqrt', 'sigmoid', 'tanh', 'sin', 'cos', 'abs', 'floor', 'ceil',
  'min', 'max', 'pow', 'isnan', 'fmax_nan', 'fmin_nan', 'round_f16',
  'cmul', 'cdiv', 're', 'im', 'cplx',
] as const;
export type Fn = (typeof FNS)[number];

/** Types an `accumulate` may add: f32 and c64 (lane by lane) by compare-exchange in WGSL, atomicAdd in CUDA. */
export const ATOMIC_KTYPES: readonly KType[] = ['f32', 'c64', 'i32', 'u32'];

/** Run-time error codes a kernel can record with `trap`, in the status word its runtime reads back. */
export const TRAP = { indexOutOfRange: 1 } as const;
export type TrapCode = (typeof TRAP)[keyof typeof TRAP];

const TRAP_MESSAGES: Readonly<Record<number, string>> = { [TRAP.indexOutOfRange]: 'an index out of range' };

/** What a kernel reported with trap code `code`, in words. */
export const trapMessage = (code: number): string => TRAP_MESSAGES[code] ?? `trap code ${code}`;

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
  /** buf[index] += value, atomically (buf is an `atomic` buffer). */
  | { readonly k: 'accumulate'; readonly buf: string; readonly index: Expr; readonly value: Expr }
  | { readonly k: 'shared_store'; readonly arr: string; readonly index: Expr; readonly value: Expr }
  | { readonly k: 'reg_array'; readonly name: string; readonly t: KType; readonly size: number }
  | { readonly k: 'reg_store'; readonly arr: string; readonly index: Expr; readonly value: Expr }
  | { readonly k: 'for'; readonly v: string; readonly start: Expr; readonly end: Expr; readonly step: Expr; readonly body: readonly Stmt[] }
  | { readonly k: 'if'; readonly cond: Expr; readonly then: readonly Stmt[]; readonly else?: readonly Stmt[] }
  | { readonly k: 'barrier' }
  /** A new immutable local `name` of type `t`: `value`, combined over every invocation of the workgroup
   *  (a 'group' kernel's cooperative reduction; like a barrier, every invocation reaches it), in tree order
   *  through workgroup array `arr` (one element per invocation): at each level s of treeLevels, invocation
   *  i < s combines its partial, bound to `lhs`, with invocation i + s's, bound to `rhs`, by `combine`, an
   *  expression of those two locals alone, commutative. Every invocation gets the result; how a backend
   *  reaches it (workgroup memory, its last levels as subgroup shuffles) is its printer's choice. */
  | {
    readonly k: 'group_reduce'; readonly name: string; readonly t: KType; readonly value: Expr; readonly arr: string;
    readonly lhs: string; readonly rhs: string; readonly combine: Expr;
  }
  | { readonly k: 'trap'; readonly code: number }
  | { readonly k: 'comment'; readonly text: string };

export type Access = 'read' | 'read_write';

export interface KBuffer {
  readonly name: string;
  /** Element type as stored (bool tensors: u32). */
  readonly t: KType;
  readonly access: Access;
  /** Written only by `accumulate`, never loaded or stored: the launch before fills it with zeros. */
  readonly atomic?: true;
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
  /** A 'group' kernel computing a tile of rows x cols outputs of a matrix product per workgroup (else a
   *  group kernel is a cooperative reduction). */
  readonly tile?: { readonly rows: number; readonly cols: number };
}

export interface FusedNode {
  readonly id: number;
  readonly op: string;
  readonly loc?: string;
  /** Why a graph pass made the node, when one did (the graph node's provenance). */
  readonly provenance?: string;
  /** How the kernel holds it, when not computed per element (site kernels: a register table). */
  readonly note?: string;
}


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

/** The levels of a group_reduce over a workgroup of `size` (a power of two) invocations, largest first:
 *  size/2, size/4, ..., 1; with `lanes` > 1 it ends at `lanes`, leaving the partials of the first `lanes`
 *  invocations for subgroup shuffles (masks lanes/2, ..., 1) to combine in the same order. */
export function treeLevels(size: number, lanes = 1): number[] {
  const levels: number[] = [];
  for (let s = size / 2; s >= Math.max(lanes, 1); s /= 2) levels.push(s);
  return levels;
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
