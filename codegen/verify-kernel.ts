// The kernel verifier: checks a kernel's IR before any printer sees it, so that a bug in a lowering or in
// the kernel builder is reported as a compiler bug naming the kernel, not as WGSL or nvcc errors (or wrong
// numbers) later. What it checks: every buffer, workgroup array, register array, uniform and local a
// statement names is declared (locals before use, in an enclosing scope); loads, stores and locals agree
// with the types they were declared with; nothing is stored into a read-only buffer (an input);
// `accumulate` goes only into atomic buffers of a type that can be added atomically, and atomic buffers
// are neither loaded nor stored; a kernel that traps says so; a group_reduce sits in a cooperative
// reduction kernel where every invocation reaches it (in no loop or branch whose test depends on the
// invocation), with a workgroup array of one element per invocation and a combine that reads its two
// operands alone.
import { InternalError } from '../ir/errors.ts';
import { ATOMIC_KTYPES } from '../artifact/kernel-ir.ts';
import type { Expr, KBuffer, Kernel, KType, Stmt } from './kir.ts';
import { childrenOf, typeOf } from './kir.ts';

/** Whether `e` has the same value in every invocation of a workgroup: it reads uniforms, the workgroup's
 *  index and such locals alone (no memory, no invocation index). */
function uniform(e: Expr, scope: Scope): boolean {
  switch (e.k) {
    case 'load': case 'shared_load': case 'reg_load': return false;
    case 'builtin': return e.name === 'wid' || e.name === 'group_size';
    case 'var': return scope.get(e.name)?.uniform === true;
    default: return childrenOf(e).every((c) => uniform(c, scope));
  }
}

/** Throws an InternalError naming `kernel` at the first thing wrong with its IR. */
export function verifyKernel(kernel: Kernel): void {
  new Verifier(kernel).block(kernel.body, new Map());
}

/** Locals in scope; `uniform`: the same value in every invocation of a workgroup. */
type Scope = Map<string, { readonly t: KType; readonly array: boolean; readonly mutable: boolean; readonly uniform?: boolean }>;

class Verifier {
  private readonly buffers: ReadonlyMap<string, KBuffer>;
  private readonly shared: ReadonlyMap<string, KType>;
  private readonly syms: ReadonlySet<string>;

  constructor(private readonly kernel: Kernel) {
    this.buffers = new Map(kernel.buffers.map((b) => [b.name, b]));
    this.shared = new Map(kernel.shared.map((a) => [a.name, a.t]));
    this.syms = new Set(kernel.syms);
    if (kernel.syms[0] !== 'total') this.fail(`its first uniform is '${kernel.syms[0] ?? '(none)'}', not 'total'`);
    for (const b of kernel.buffers) {
      if (b.atomic && b.access !== 'read_write') this.fail(`atomic buffer '${b.name}' is declared read-only`);
      if (b.atomic && !ATOMIC_KTYPES.includes(b.t)) this.fail(`atomic buffer '${b.name}' holds ${b.t}, which cannot be added atomically (${ATOMIC_KTYPES.join(', ')})`);
    }
  }

  fail(what: string): never {
    throw new InternalError(`kernel IR check failed: ${what}`, { kernel: this.kernel.name });
  }

  /** `divergent`: inside a loop or branch whose test may differ between invocations of a workgroup. */
  block(stmts: readonly Stmt[], outer: Scope, divergent = false): void {
    const scope: Scope = new Map(outer);
    for (const s of stmts) this.stmt(s, scope, divergent);
  }

  private stmt(s: Stmt, scope: Scope, divergent: boolean): void {
    switch (s.k) {
      case 'let':
        this.expect(s.init, s.t, scope, `the initial value of '${s.name}'`);
        scope.set(s.name, { t: s.t, array: false, mutable: s.mutable, uniform: !s.mutable && !divergent && uniform(s.init, scope) });
        return;
      case 'assign': {
        const v = scope.get(s.name);
        if (!v || v.array) this.fail(`'${s.name}' is assigned but not declared as a local`);
        if (!v.mutable) this.fail(`'${s.name}' is assigned but immutable`);
        this.expect(s.value, v.t, scope, `the value assigned to '${s.name}'`);
        return;
      }
      case 'store': case 'accumulate': {
        const b = this.buffer(s.buf);
        if (b.access !== 'read_write') this.fail(`it writes buffer '${s.buf}', which is read-only (an input of the kernel)`);
        if (s.k === 'accumulate' && !b.atomic) this.fail(`it accumulates into buffer '${s.buf}', which is not atomic`);
        if (s.k === 'store' && b.atomic) this.fail(`it stores into atomic buffer '${s.buf}' (only accumulate may write it)`);
        this.expect(s.index, 'i32', scope, `the index into '${s.buf}'`);
        this.expect(s.value, b.t, scope, `the value written into '${s.buf}'`);
        return;
      }
      case 'shared_store':
        this.expect(s.index, 'i32', scope, `the index into '${s.arr}'`);
        this.expect(s.value, this.sharedArray(s.arr), scope, `the value stored into '${s.arr}'`);
        return;
      case 'reg_array':
        scope.set(s.name, { t: s.t, array: true, mutable: true });
        return;
      case 'reg_store':
        this.expect(s.index, 'i32', scope, `the index into '${s.arr}'`);
        this.expect(s.value, this.regArray(s.arr, scope), scope, `the value stored into '${s.arr}'`);
        return;
      case 'for': {
        for (const e of [s.start, s.end, s.step]) this.expect(e, 'i32', scope, `a bound of the loop over '${s.v}'`);
        const inner: Scope = new Map(scope);
        const same = !divergent && [s.start, s.end, s.step].every((e) => uniform(e, scope));
        inner.set(s.v, { t: 'i32', array: false, mutable: false, uniform: same });
        this.block(s.body, inner, !same);
        return;
      }
      case 'if': {
        this.expect(s.cond, 'bool', scope, 'a branch condition');
        const same = !divergent && uniform(s.cond, scope);
        this.block(s.then, scope, !same);
        if (s.else) this.block(s.else, scope, !same);
        return;
      }
      case 'trap':
        if (!this.kernel.traps) this.fail('it traps but does not declare it (traps is false)');
        return;
      case 'group_reduce': {
        const { mapping } = this.kernel;
        if (mapping.kind !== 'group' || mapping.tile) this.fail(`group_reduce '${s.name}' is in a kernel that is not a cooperative reduction`);
        if (divergent) this.fail(`group_reduce '${s.name}' is inside a loop or branch whose test may differ between invocations (every invocation must reach it)`);
        const arr = this.kernel.shared.find((a) => a.name === s.arr);
        if (!arr || arr.size !== mapping.workgroupSize) this.fail(`group_reduce '${s.name}' needs workgroup array '${s.arr}' of ${mapping.workgroupSize} elements`);
        if (arr.t !== s.t) this.fail(`group_reduce '${s.name}' is ${s.t}, its workgroup array '${s.arr}' ${arr.t}`);
        this.expect(s.value, s.t, scope, `the value group_reduce '${s.name}' combines`);
        const operands: Scope = new Map([[s.lhs, { t: s.t, array: false, mutable: false }], [s.rhs, { t: s.t, array: false, mutable: false }]]);
        this.expect(s.combine, s.t, operands, `the combine of group_reduce '${s.name}'`);
        const reads = (e: Expr): boolean => e.k === 'load' || e.k === 'shared_load' || e.k === 'reg_load' || e.k === 'sym' || childrenOf(e).some(reads);
        if (reads(s.combine)) this.fail(`the combine of group_reduce '${s.name}' reads memory or a uniform (it may read its operands alone)`);
        scope.set(s.name, { t: s.t, array: false, mutable: false });
        return;
      }
      case 'barrier': case 'comment':
        return;
    }
  }

  /** Checks `e` and that its type is `t`. */
  private expect(e: Expr, t: KType, scope: Scope, what: string): void {
    this.expr(e, scope);
    if (typeOf(e) !== t) this.fail(`${what} is ${typeOf(e)}, expected ${t}`);
  }

  private expr(e: Expr, scope: Scope): void {
    switch (e.k) {
      case 'sym':
        if (!this.syms.has(e.name)) this.fail(`it reads uniform '${e.name}', which is not declared`);
        break;
      case 'var': {
        const v = scope.get(e.name);
        if (!v || v.array) this.fail(`it reads local '${e.name}' where none is declared`);
        if (v.t !== e.t) this.fail(`it reads local '${e.name}' (${v.t}) as ${e.t}`);
        break;
      }
      case 'load': {
        const b = this.buffer(e.buf);
        if (b.atomic) this.fail(`it loads from atomic buffer '${e.buf}' (only accumulate may touch it)`);
        if (b.t !== e.t) this.fail(`it loads buffer '${e.buf}' (${b.t}) as ${e.t}`);
        break;
      }
      case 'shared_load':
        if (this.sharedArray(e.arr) !== e.t) this.fail(`it loads workgroup array '${e.arr}' as ${e.t}`);
        break;
      case 'reg_load':
        if (this.regArray(e.arr, scope) !== e.t) this.fail(`it loads register array '${e.arr}' as ${e.t}`);
        break;
      default: break;
    }
    for (const c of childrenOf(e)) this.expr(c, scope);
  }

  private buffer(name: string): KBuffer {
    return this.buffers.get(name) ?? this.fail(`it uses buffer '${name}', which is not declared`);
  }

  private sharedArray(name: string): KType {
    return this.shared.get(name) ?? this.fail(`it uses workgroup array '${name}', which is not declared`);
  }

  private regArray(name: string, scope: Scope): KType {
    const v = scope.get(name);
    if (!v?.array) this.fail(`it uses register array '${name}' where none is declared`);
    return v.t;
  }
}
