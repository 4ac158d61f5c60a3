// Sibling loops fused, for specialised kernel bodies. A kernel that computes two reductions over the same
// range (rule 9's sibling kernels: the gradients of both coordinates of a bilinear sample, each summed
// over channels) holds one loop per reduction; each trip of the second recomputes what the first's trip
// computed (the sample, its corners' loads). Two loops with the same literal range in one statement list
// become one loop running the first body, then the second, when that cannot change a result:
//   - neither body stores to memory, writes registers or workgroup memory, or synchronises (a reduction's
//     body only computes and assigns its accumulator);
//   - neither body reads a local the other assigns;
//   - the statements between the loops that read nothing the first loop assigns move before it, the
//     others (the store of the first reduction's result) after the second, unless the second loop or a
//     statement moved before reads what they define, or they read what the second loop assigns, or store
//     to a buffer the second loop loads.
// Loops are fused only where the second body loads something the first loads too (so the fused trip does
// less than the two did), and only up to FUSED_LOOP_MAX statements: the row kernels of CPU adapters hold a
// loop per position of the row, and one loop holding a whole row of matmul positions (about 300
// statements) is more than SwiftShader's shader compiler survives.
// The second body's variable is renamed to the first's (names are unique in a kernel, so nothing is
// captured); reuse-locals.ts then drops the second body's locals that repeat the first's.
import { childrenOf, collectVars, exprsOf, mapChildren, mapStmt, walkStmts, type Expr, type Stmt } from './kir.ts';

/** `body` with sibling loops fused, nested lists included. */
export function fuseLoops(body: readonly Stmt[]): Stmt[] {
  const ss = body.map((s) => mapStmt(s, (e) => e, (b) => fuseLoops(b)));
  for (let i = 0; i < ss.length; i++) {
    const first = ss[i];
    if (first.k !== 'for' || !computeOnly(first.body)) continue;
    for (let j = i + 1; j < ss.length; j++) {
      const second = ss[j];
      if (second.k !== 'for') {
        if (second.k === 'let' || second.k === 'assign' || second.k === 'store') continue;
        break;
      }
      const fused = fusePair(first, second, ss.slice(i + 1, j));
      if (fused) {
        ss.splice(i, j - i + 1, ...fused);
        i--; // (the fused loop may take a third)
      }
      break;
    }
  }
  return ss;
}

/** The most statements (nested ones included) a fused loop's body may hold. */
export const FUSED_LOOP_MAX = 96;

type For = Extract<Stmt, { k: 'for' }>;

/** The statements replacing `first`, `between` and `second`: those moved before, the fused loop, those
 *  moved after; undefined where fusing could change a result. */
function fusePair(first: For, second: For, between: readonly Stmt[]): Stmt[] | undefined {
  const header = (f: For) => JSON.stringify([f.start, f.end, f.step]);
  if (header(first) !== header(second) || first.start.k !== 'const' || first.end.k !== 'const' || !computeOnly(second.body)) return undefined;
  if (size(first.body) + size(second.body) > FUSED_LOOP_MAX) return undefined;
  const renamed = second.body.map((s) => renameVar(s, second.v, { k: 'var', name: first.v, t: 'i32' }));
  const [exprs1, exprs2] = [exprsIn(first.body), exprsIn(renamed)];
  const loaded = new Set(loadsOf(exprs1).map((l) => JSON.stringify(l)));
  if (!loadsOf(exprs2).some((l) => loaded.has(JSON.stringify(l)))) return undefined;
  const [assigned1, assigned2] = [assignedIn(first.body), assignedIn(second.body)];
  if (readsAny(exprs2, assigned1) || readsAny(exprs1, assigned2)) return undefined;
  const loadedBy2 = new Set(loadsOf(exprs2).map((l) => l.buf));
  const before: Stmt[] = [];
  const after: Stmt[] = [];
  // what has its value only after the first loop (or after a statement moved after the second)
  const late = new Set(assigned1);
  const stored = new Set<string>();
  for (const s of between) {
    if (s.k === 'let' && !readsAny([s.init], late) && !loadsOf([s.init]).some((l) => stored.has(l.buf))) {
      before.push(s);
      continue;
    }
    // (a statement moved after the second loop must not see its assignments, nor write what it reads)
    if (readsAny(exprsOf(s), assigned2)) return undefined;
    if (s.k === 'store') {
      if (loadedBy2.has(s.buf)) return undefined;
      stored.add(s.buf);
    } else if (s.k === 'let' || s.k === 'assign') late.add(s.name);
    after.push(s);
  }
  if (readsAny([...exprs2, second.start, second.end, second.step], late)) return undefined;
  return [...before, { ...first, body: [...first.body, ...renamed] }, ...after];
}

/** Whether `body` only computes locals: no memory, register or workgroup writes, no synchronisation. */
function computeOnly(body: readonly Stmt[]): boolean {
  let ok = true;
  walkStmts(body, (s) => {
    if (s.k !== 'let' && s.k !== 'assign' && s.k !== 'if' && s.k !== 'for' && s.k !== 'comment') ok = false;
  });
  return ok;
}

/** The locals `body` assigns or declares (what a statement outside cannot see the same before and after). */
function assignedIn(body: readonly Stmt[]): Set<string> {
  const out = new Set<string>();
  walkStmts(body, (s) => {
    if (s.k === 'assign' || s.k === 'let') out.add(s.name);
    if (s.k === 'for') out.add(s.v);
  });
  return out;
}

function size(body: readonly Stmt[]): number {
  let n = 0;
  walkStmts(body, () => n++);
  return n;
}

/** The expressions the statements of `body` evaluate, nested statements included. */
function exprsIn(body: readonly Stmt[]): Expr[] {
  const out: Expr[] = [];
  walkStmts(body, (s) => out.push(...exprsOf(s)));
  return out;
}

/** Whether one of `es` reads one of the locals `names`. */
function readsAny(es: readonly Expr[], names: ReadonlySet<string>): boolean {
  const used = new Set<string>();
  es.forEach((e) => collectVars(e, used));
  return [...used].some((v) => names.has(v));
}

/** The loads from memory in `es`. */
function loadsOf(es: readonly Expr[]): Extract<Expr, { k: 'load' }>[] {
  const out: Extract<Expr, { k: 'load' }>[] = [];
  const visit = (e: Expr): void => {
    if (e.k === 'load') out.push(e);
    childrenOf(e).forEach(visit);
  };
  es.forEach(visit);
  return out;
}

/** `s` with local `name` read as `to`. */
function renameVar(s: Stmt, name: string, to: Expr): Stmt {
  const ex = (e: Expr): Expr => (e.k === 'var' && e.name === name ? to : mapChildren(e, ex));
  return mapStmt(s, ex, (b) => b.map((t) => renameVar(t, name, to)));
}
