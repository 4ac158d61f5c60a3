// Passes over a kernel's body before the CUDA printer prints it. nvcc warns about code that is valid but
// pointless (a local nothing reads, an unsigned comparison with 0 that is always true or false); the
// project compiles with warnings as errors, so such code is removed here rather than printed.
import type { Expr, Stmt } from '../kir.ts';
import { childrenOf, exprsOf, mapChildren, mapStmt, typeOf, walkStmts } from '../kir.ts';

// ---- simplification ------------------------------------------------------------------------------

/** The body with comparisons of a u32 against 0 that are always true or false replaced by their value
 *  (nvcc warns about them: "pointless comparison of unsigned integer with zero"). */
export function simplify(body: readonly Stmt[]): readonly Stmt[] {
  const zero = (e: Expr) => e.k === 'const' && e.v === 0 && typeOf(e) === 'u32';
  const ex = (e: Expr): Expr => {
    const m = mapChildren(e, ex);
    if (m.k === 'bin' && typeOf(m.a) === 'u32') {
      if (zero(m.b) && (m.op === '<' || m.op === '>=')) return { k: 'const', t: 'bool', v: m.op === '<' ? 0 : 1 };
      if (zero(m.a) && (m.op === '>' || m.op === '<=')) return { k: 'const', t: 'bool', v: m.op === '>' ? 0 : 1 };
    }
    return m;
  };
  const st = (s: Stmt): Stmt => mapStmt(s, ex, (b) => b.map(st));
  return body.map(st);
}

// ---- dead locals ---------------------------------------------------------------------------------

/** The body without locals, register arrays and shared arrays that nothing reads (reads by their own
 *  assignments and stores aside), with those assignments and stores: nvcc warns about variables set but
 *  never used, and expressions have no side effects. */
export function prune(body: readonly Stmt[], shared: readonly string[]): readonly Stmt[] {
  for (;;) {
    const reads = new Map<string, number>();
    const selfReads = new Map<string, number>();
    const bump = (m: Map<string, number>, name: string, n: number) => m.set(name, (m.get(name) ?? 0) + n);
    const count = (e: Expr): void => {
      switch (e.k) {
        case 'var': bump(reads, e.name, 1); break;
        case 'reg_load': case 'shared_load': bump(reads, e.arr, 1); count(e.index); break;
        case 'load': count(e.index); break;
        case 'bin': count(e.a); count(e.b); break;
        case 'neg': case 'not': case 'cast': count(e.a); break;
        case 'call': e.args.forEach(count); break;
        case 'select': count(e.cond); count(e.a); count(e.b); break;
        default: break;
      }
    };
    /** Count the reads of `exprs`, those of `target` itself apart. */
    const countFor = (target: string, ...exprs: Expr[]) => {
      const before = reads.get(target) ?? 0;
      exprs.forEach(count);
      bump(selfReads, target, (reads.get(target) ?? 0) - before);
    };
    const candidates: string[] = [...shared];
    walkStmts(body, (s) => {
      switch (s.k) {
        case 'let': candidates.push(s.name); count(s.init); break;
        case 'reg_array': candidates.push(s.name); break;
        case 'assign': countFor(s.name, s.value); break;
        case 'store': case 'accumulate': count(s.index); count(s.value); break;
        case 'shared_store': case 'reg_store': countFor(s.arr, s.index, s.value); break;
        case 'for': count(s.start); count(s.end); count(s.step); break;
        case 'if': count(s.cond); break;
        // (kept whole: every invocation takes part; it reads its workgroup array)
        case 'group_reduce': count(s.value); bump(reads, s.arr, 1); break;
        default: break;
      }
    });
    const dead = new Set(candidates.filter((n) => (reads.get(n) ?? 0) === (selfReads.get(n) ?? 0)));
    let removed = 0;
    const next = filter(body, (s) => {
      const gone = ((s.k === 'let' || s.k === 'reg_array' || s.k === 'assign') && dead.has(s.name))
        || ((s.k === 'reg_store' || s.k === 'shared_store') && dead.has(s.arr));
      if (gone) removed++;
      return !gone;
    });
    if (removed === 0) return body;
    body = next;
  }
}

function filter(stmts: readonly Stmt[], keep: (s: Stmt) => boolean): Stmt[] {
  return stmts.filter(keep).map((s) => {
    if (s.k === 'for') return { ...s, body: filter(s.body, keep) };
    if (s.k === 'if') return { ...s, then: filter(s.then, keep), ...(s.else ? { else: filter(s.else, keep) } : {}) };
    return s;
  });
}

export function readsArray(body: readonly Stmt[], arr: string): boolean {
  const reads = (e: Expr): boolean => (e.k === 'shared_load' && e.arr === arr) || childrenOf(e).some(reads);
  let found = false;
  walkStmts(body, (s) => { found ||= exprsOf(s).some(reads) || (s.k === 'group_reduce' && s.arr === arr); });
  return found;
}
