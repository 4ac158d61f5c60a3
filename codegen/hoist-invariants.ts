// Loop-invariant locals moved out of their loops, for specialised kernel bodies. Once sizes are literals
// and index arithmetic is simplified by ranges (index-ranges.ts), much of what a loop computes per trip no
// longer depends on the trip: a coordinate decoded from the invocation's position, a tap's offset inside
// the reduction over channels. Shader compilers for CPU adapters (SwiftShader's) do little loop-invariant
// code motion, so each trip paid for it. A local moves to just before its loop when it is immutable, sits
// at the top level of the loop's body (not in a branch), its value is arithmetic alone (no load: reading
// memory before a loop that might not run could read out of bounds) and it reads nothing the loop assigns,
// nothing it declares and keeps, and not the loop's variable. Inner loops go first, so a local can move out
// of several. Names are unique in a kernel, so a moved local cannot capture another.
import { childrenOf, walkStmts, type Expr, type Stmt } from './kir.ts';

/** `body` with every loop's invariant locals moved before it. */
export function hoistInvariants(body: readonly Stmt[]): Stmt[] {
  return body.flatMap((s) => hoistFrom(s));
}

function hoistFrom(s: Stmt): Stmt[] {
  if (s.k === 'if') return [{ ...s, then: hoistInvariants(s.then), ...(s.else ? { else: hoistInvariants(s.else) } : {}) }];
  if (s.k !== 'for') return [s];
  const inner = hoistInvariants(s.body);
  // what the loop varies: its variable, whatever it assigns (anywhere in it, before or after a read), its
  // mutables, and (as they are found) the locals that stay inside
  const varying = new Set<string>([s.v]);
  walkStmts(inner, (t) => { if (t.k === 'assign' || (t.k === 'let' && t.mutable)) varying.add(t.name); });
  const moved: Stmt[] = [];
  const kept: Stmt[] = [];
  for (const t of inner) {
    if (t.k === 'let' && !t.mutable && movable(t.init, varying)) moved.push(t);
    else {
      kept.push(t);
      declared(t, varying);
    }
  }
  return [...moved, { ...s, body: kept }];
}

/** Whether `e` is arithmetic on locals none of which is in `varying`. */
function movable(e: Expr, varying: ReadonlySet<string>): boolean {
  switch (e.k) {
    case 'load': case 'shared_load': case 'reg_load': return false;
    case 'var': return !varying.has(e.name);
    default: return childrenOf(e).every((c) => movable(c, varying));
  }
}

/** Adds to `varying` the names statement `s` declares, nested ones included. */
function declared(s: Stmt, varying: Set<string>): void {
  walkStmts([s], (t) => {
    if (t.k === 'let' || t.k === 'reg_array' || t.k === 'group_reduce') varying.add(t.name);
    if (t.k === 'for') varying.add(t.v);
  });
}
