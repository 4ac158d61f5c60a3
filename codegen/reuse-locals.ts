// Locals that repeat a visible local's value are dropped, for specialised kernel bodies: a later
// `let b = E` where `let a = E` is in scope becomes reads of `a`. The kernel builder already shares values
// it knows are equal; what it cannot see appears after specialisation (two index expressions that differ
// only in uniforms of equal value), after hoisting (the same invariant taken out of two loops) and after
// fusing sibling loops (fuse-loops.ts: the second reduction's sample of the same corners). Only immutable
// locals whose value reads no mutable local and no memory the kernel writes (a written buffer, workgroup
// memory, a register array it fills) are shared, so a reused value is the value recomputed.
import { childrenOf, mapChildren, mapStmt, walkStmts, type Expr, type Stmt } from './kir.ts';

/** `body` with repeated locals read from their first binding. */
export function reuseLocals(body: readonly Stmt[]): Stmt[] {
  const mutables = new Set<string>();
  const written = new Set<string>(); // buffers, workgroup and register arrays the kernel writes
  walkStmts(body, (s) => {
    if (s.k === 'let' && s.mutable) mutables.add(s.name);
    if (s.k === 'store' || s.k === 'accumulate') written.add(s.buf);
    if (s.k === 'shared_store' || s.k === 'reg_store') written.add(s.arr);
  });
  const pure = (e: Expr): boolean => {
    if (e.k === 'shared_load' || (e.k === 'load' && written.has(e.buf)) || (e.k === 'reg_load' && written.has(e.arr))) return false;
    if (e.k === 'var' && mutables.has(e.name)) return false;
    return childrenOf(e).every(pure);
  };
  const renamed = new Map<string, Expr>();
  const rename = (e: Expr): Expr => (e.k === 'var' ? renamed.get(e.name) ?? e : mapChildren(e, rename));
  const scope = (ss: readonly Stmt[], seen: Map<string, Expr>): Stmt[] => ss.flatMap((s): Stmt[] => {
    const t = mapStmt(s, rename, (b) => scope(b, new Map(seen)));
    if (t.k !== 'let' || t.mutable || !pure(t.init)) return [t];
    const key = JSON.stringify(t.init);
    const hit = seen.get(key);
    if (hit) {
      renamed.set(t.name, hit);
      return [];
    }
    seen.set(key, { k: 'var', name: t.name, t: t.t });
    return [t];
  });
  return scope(body, new Map());
}
