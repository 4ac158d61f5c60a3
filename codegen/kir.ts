// The kernel IR: one compute kernel, backend-neutral. The CUDA and WGSL printers are the only code that
// turns it into source. Meaning:
//  - A kernel runs `body` once per invocation. The mapping says how invocations cover the work: 'flat'
//    gives one invocation per element of a flat domain of size `total` (builtin `gid`); 'group' gives one
//    workgroup per element of a domain of size `groups` (builtins `wid`, the group, and `lid`, the
//    invocation within it), for cooperative reductions through workgroup memory, or (with `tile` set) for
//    tiles of a matrix product, each invocation storing its own block of outputs.
//  - Index arithmetic is i32. Scalars named by `sym` are uniforms whose values are known at compile time
//    (shapes, sizes, attribute numbers); the printer emits them as fields of one uniform struct, or as
//    literals when the kernel is specialised.
//  - Buffers hold elements of a storage type; `load`/`store` index them by element.
//  - c64 values are `c64` scalars (a pair re, im: vec2 in WGSL, float2 in CUDA).
//  - The flat domain is the root's output elements, except in an accumulating kernel: there it is the
//    elements of the op's sources (scatter_add's src), each invocation adding its contribution into the
//    output with `accumulate` (atomic). Such a kernel's output buffer is `atomic`: it is never loaded or
//    stored, and the launch just before fills it with zeros (codegen/zero-fill.ts), on every run. The
//    order in which contributions land is the hardware's, so f32 sums may differ in the last bits from
//    run to run (integer sums do not); the default, owner-computes lowering has no accumulate at all.
//  - A cooperative reduction ends in one `group_reduce`: the invocations' partials combined in a fixed tree
//    order (artifact/kernel-ir.ts), so every backend, however it gets there, sums in the same order and
//    a reduction gives the same bits on each (the CPU kernel interpreter walks the tree as written; the
//    printers may take its last levels across a subgroup with shuffles, which keeps the order).
//  - `trap` records a run-time error (e.g. an index out of range) in the status word the runtime checks
//    after the launch; execution continues with the value the lowering chose.

import type { Expr, FusedNode, KBuffer, Stmt } from '../artifact/kernel-ir.ts';
export { typeOf, treeLevels } from '../artifact/kernel-ir.ts';
export type { KType, BinOp, Fn, Expr, Stmt, Access, KBuffer, KSym, SharedArray, Mapping, FusedNode, Kernel } from '../artifact/kernel-ir.ts';

// eslint-disable-next-line no-control-regex
const oneLine = (s: string): string => s.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ');

/** One line naming a fused node: `%id op [note]`, where it was built, as `where` writes it, and why a
 *  pass made it (`<- ∂ of %12 conv @ nn/dtf.ts:146`). Loc and provenance come from graph files, so a
 *  line break in them (which would end a kernel's comment line early) prints as a space. */
export const describeFused = (f: FusedNode, where: (loc: string) => string): string =>
  `%${f.id} ${f.op}${f.note ? ` [${f.note}]` : ''}${f.loc ? where(oneLine(f.loc)) : ''}${f.provenance ? ` <- ${oneLine(f.provenance)}` : ''}`;

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

/** Whether `e` loads from memory the kernel writes: a written buffer, or workgroup memory. */
export function writesRead(e: Expr, buffers: readonly KBuffer[]): boolean {
  if (e.k === 'shared_load') return true;
  if (e.k === 'load' && buffers.some((b) => b.name === e.buf && b.access === 'read_write')) return true;
  return childrenOf(e).some((c) => writesRead(c, buffers));
}

/** The expressions statement `s` evaluates itself (not those of the statements it holds). */
export function exprsOf(s: Stmt): readonly Expr[] {
  switch (s.k) {
    case 'let': return [s.init];
    case 'assign': return [s.value];
    case 'store': case 'accumulate': case 'shared_store': case 'reg_store': return [s.index, s.value];
    case 'for': return [s.start, s.end, s.step];
    case 'if': return [s.cond];
    case 'group_reduce': return [s.value];
    default: return [];
  }
}

/** `s` with the expressions it evaluates itself (exprsOf) mapped by `ex` and the statement lists it holds by
 *  `block`. */
export function mapStmt(s: Stmt, ex: (e: Expr) => Expr, block: (b: readonly Stmt[]) => Stmt[]): Stmt {
  switch (s.k) {
    case 'let': return { ...s, init: ex(s.init) };
    case 'assign': return { ...s, value: ex(s.value) };
    case 'store': case 'accumulate': case 'shared_store': case 'reg_store': return { ...s, index: ex(s.index), value: ex(s.value) };
    case 'for': return { ...s, start: ex(s.start), end: ex(s.end), step: ex(s.step), body: block(s.body) };
    case 'if': return { ...s, cond: ex(s.cond), then: block(s.then), ...(s.else ? { else: block(s.else) } : {}) };
    case 'group_reduce': return { ...s, value: ex(s.value) };
    default: return s;
  }
}

/** Calls `f` on every statement of `body`, nested ones included, outer first. */
export function walkStmts(body: readonly Stmt[], f: (s: Stmt) => void): void {
  for (const s of body) {
    f(s);
    if (s.k === 'for') walkStmts(s.body, f);
    if (s.k === 'if') { walkStmts(s.then, f); if (s.else) walkStmts(s.else, f); }
  }
}
