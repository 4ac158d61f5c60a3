// Index arithmetic simplified by what is known of each value's range, for kernels whose sizes are literals
// (specialised). An index decoded from a flat position and encoded again, or a position along a line
// split into its coordinates, leaves divisions and remainders that cancel once ranges are known:
// (k·980 + i) / 980 is k and (k·980 + i) % 980 is i when 0 <= i < 980. Ranges come from the invocation
// builtins (gid < total, lid < the workgroup size), loops (start <= v < end) and immutable locals (the range
// of their value); mutable locals are unknown. Each rewrite is exact for i32 arithmetic: it applies only
// where every bound involved is non-negative and stays inside the i32 range.
import * as x from './kexpr.ts';
import { mapChildren, mapStmt, type Expr, type Stmt } from './kir.ts';

/** Inclusive bounds of an i32 value. */
export interface Range { readonly lo: number; readonly hi: number }

const I32_MIN = -(2 ** 31), I32_MAX = 2 ** 31 - 1;
const range = (lo: number, hi: number): Range | undefined =>
  (Number.isSafeInteger(lo) && Number.isSafeInteger(hi) && lo >= I32_MIN && hi <= I32_MAX && lo <= hi ? { lo, hi } : undefined);

/** The ranges of the builtins in a kernel of `mapping` over a domain of `total` (the printers' templates
 *  return early from invocations past it). */
export function builtinRanges(mapping: { kind: 'flat' | 'group'; workgroupSize: number }, total: number): Map<string, Range> {
  const size = mapping.workgroupSize;
  const ranges = new Map<string, Range>();
  const set = (name: string, r: Range | undefined) => { if (r) ranges.set(name, r); };
  set('lid', range(0, size - 1));
  if (mapping.kind === 'flat') {
    set('gid', range(0, total - 1));
    set('wid', range(0, Math.ceil(total / size) - 1));
  } else {
    set('wid', range(0, total - 1));
    set('gid', range(0, total * size - 1));
  }
  return ranges;
}

/** `body` with integer divisions, remainders, comparisons, min and max that the ranges decide rewritten. */
export function simplifyIndices(body: readonly Stmt[], builtins: ReadonlyMap<string, Range>): Stmt[] {
  return new Ranges(builtins).block(body, new Map());
}

type Scope = Map<string, Range>;

/** A linear form Σ coef·term + constant of an i32 expression. */
interface Linear { readonly terms: readonly (readonly [number, Expr])[]; readonly constant: number }

class Ranges {
  constructor(private readonly builtins: ReadonlyMap<string, Range>) {}

  block(stmts: readonly Stmt[], outer: Scope): Stmt[] {
    const scope: Scope = new Map(outer);
    return stmts.flatMap((s) => this.stmt(s, scope));
  }

  private stmt(s: Stmt, scope: Scope): Stmt | Stmt[] {
    const ex = (e: Expr) => this.expr(e, scope);
    const inner = (b: readonly Stmt[]) => this.block(b, scope);
    switch (s.k) {
      case 'let': {
        const out = mapStmt(s, ex, inner) as typeof s;
        const r = !s.mutable && s.t === 'i32' ? this.rangeOf(out.init, scope) : undefined;
        if (r) scope.set(s.name, r);
        return out;
      }
      case 'for': {
        // the loop variable runs over [start, end) (the step is positive)
        const out = mapStmt(s, ex, () => []) as typeof s;
        const [from, to] = [this.rangeOf(out.start, scope), this.rangeOf(out.end, scope)];
        const r = out.step.k === 'const' && out.step.v > 0 && from && to ? range(from.lo, to.hi - 1) : undefined;
        return { ...out, body: this.block(s.body, r ? new Map(scope).set(s.v, r) : scope) };
      }
      case 'if': {
        // a test the ranges decide keeps only its arm (names are unique in a kernel: its locals may join ours)
        const cond = ex(s.cond);
        if (cond.k === 'const') return this.block(cond.v ? s.then : s.else ?? [], scope);
        return mapStmt({ ...s, cond }, (e) => e, inner);
      }
      default: return mapStmt(s, ex, inner);
    }
  }

  private expr(e: Expr, scope: Scope): Expr {
    const m = x.refold(mapChildren(e, (c) => this.expr(c, scope)));
    if (m.k === 'bin' && m.t !== 'bool' && m.t !== 'i32') return m;
    if (m.k === 'bin' && (m.op === '/' || m.op === '%') && m.b.k === 'const' && m.b.v > 0) return this.divide(m.op, m.a, m.b.v, scope) ?? m;
    if (m.k === 'bin' && ['<', '<=', '>', '>=', '==', '!='].includes(m.op) && m.t === 'bool') {
      const [a, b] = [this.rangeOf(m.a, scope), this.rangeOf(m.b, scope)];
      const decided = a && b ? compare(m.op, a, b) : undefined;
      return decided === undefined ? m : x.bool(decided);
    }
    if (m.k === 'call' && (m.fn === 'min' || m.fn === 'max') && m.t === 'i32') {
      const [a, b] = [this.rangeOf(m.args[0], scope), this.rangeOf(m.args[1], scope)];
      if (a && b && (m.fn === 'min' ? a.hi <= b.lo : a.lo >= b.hi)) return m.args[0];
      if (a && b && (m.fn === 'min' ? b.hi <= a.lo : b.lo >= a.hi)) return m.args[1];
    }
    return m;
  }

  /** a / c or a % c (c > 0, a >= 0), a split as Q·d + R with Q >= 0 and R >= 0 for d = c, else for the
   *  largest d dividing c with R < d. With d = c: a / c is Q + R / c and a % c is R % c, and R / c is 0
   *  and R % c is R where R < c. With a smaller d (an index whose low part runs below d, e.g.
   *  (k·448 + r) / 1344 with r < 64): a / c is Q / (c/d) and a % c is (Q % (c/d))·d + R, each simplified
   *  again. */
  private divide(op: '/' | '%', a: Expr, c: number, scope: Scope): Expr | undefined {
    const whole = this.rangeOf(a, scope);
    if (!whole || whole.lo < 0) return undefined;
    if (whole.hi < c) return op === '/' ? x.i32(0) : a;
    const lin = linear(a);
    if (!lin) return undefined;
    const split = (d: number) => {
      const rc = ((lin.constant % d) + d) % d;
      const inQ = lin.terms.filter(([k]) => k % d === 0);
      const q = build(inQ.map(([k, t]) => [k / d, t] as const), (lin.constant - rc) / d);
      const r = build(lin.terms.filter(([k]) => k % d !== 0), rc);
      const [qr, rr] = [this.rangeOf(q, scope), this.rangeOf(r, scope)];
      return qr && rr && qr.lo >= 0 && rr.lo >= 0 ? { q, r, below: rr.hi < d, empty: inQ.length === 0 && rc === lin.constant } : undefined;
    };
    const byC = split(c);
    if (byC?.below) return op === '/' ? byC.q : byC.r;
    // a smaller part of c that the low terms stay below
    const factors = [...new Set(lin.terms.map(([k]) => gcd(Math.abs(k), c)))].filter((d) => d > 1 && d < c).sort((p, q) => q - p);
    for (const d of factors) {
      const s = split(d);
      if (!s?.below) continue;
      const inner = op === '/' ? x.div(s.q, x.i32(c / d)) : x.mod(s.q, x.i32(c / d));
      const simpler = this.divide(op, s.q, c / d, scope) ?? inner;
      return op === '/' ? simpler : x.add(x.mul(simpler, x.i32(d)), s.r);
    }
    if (!byC || byC.empty) return undefined; // nothing to take out
    return op === '%' ? x.mod(byC.r, x.i32(c)) : x.add(byC.q, x.div(byC.r, x.i32(c)));
  }

  rangeOf(e: Expr, scope: Scope): Range | undefined {
    switch (e.k) {
      case 'const': return e.t === 'i32' ? range(e.v, e.v) : undefined;
      case 'builtin': return this.builtins.get(e.name);
      case 'var': return e.t === 'i32' ? scope.get(e.name) : undefined;
      case 'select': {
        const [a, b] = [this.rangeOf(e.a, scope), this.rangeOf(e.b, scope)];
        return a && b ? range(Math.min(a.lo, b.lo), Math.max(a.hi, b.hi)) : undefined;
      }
      case 'call': {
        if (e.t !== 'i32' || (e.fn !== 'min' && e.fn !== 'max')) return undefined;
        const [a, b] = [this.rangeOf(e.args[0], scope), this.rangeOf(e.args[1], scope)];
        if (!a || !b) return undefined;
        return e.fn === 'min' ? range(Math.min(a.lo, b.lo), Math.min(a.hi, b.hi)) : range(Math.max(a.lo, b.lo), Math.max(a.hi, b.hi));
      }
      case 'bin': {
        if (e.t !== 'i32') return undefined;
        const [a, b] = [this.rangeOf(e.a, scope), this.rangeOf(e.b, scope)];
        if (!a || !b) return undefined;
        switch (e.op) {
          case '+': return range(a.lo + b.lo, a.hi + b.hi);
          case '-': return range(a.lo - b.hi, a.hi - b.lo);
          case '*': {
            const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
            return range(Math.min(...p), Math.max(...p));
          }
          case '/': return a.lo >= 0 && b.lo > 0 ? range(Math.trunc(a.lo / b.hi), Math.trunc(a.hi / b.lo)) : undefined;
          case '%': return a.lo >= 0 && b.lo > 0 ? range(0, Math.min(a.hi, b.hi - 1)) : undefined;
          default: return undefined;
        }
      }
      default: return undefined;
    }
  }
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The comparison decided by the ranges of its operands, if they decide it. */
function compare(op: string, a: Range, b: Range): boolean | undefined {
  switch (op) {
    case '<': return a.hi < b.lo ? true : a.lo >= b.hi ? false : undefined;
    case '<=': return a.hi <= b.lo ? true : a.lo > b.hi ? false : undefined;
    case '>': return a.lo > b.hi ? true : a.hi <= b.lo ? false : undefined;
    case '>=': return a.lo >= b.hi ? true : a.hi < b.lo ? false : undefined;
    case '==': return a.hi < b.lo || a.lo > b.hi ? false : a.lo === a.hi && b.lo === b.hi ? true : undefined;
    case '!=': return a.hi < b.lo || a.lo > b.hi ? true : a.lo === a.hi && b.lo === b.hi ? false : undefined;
    default: return undefined;
  }
}

/** `e` as Σ coef·term + constant over sums, differences and products by literals (terms are the other
 *  subexpressions, compared by structure). */
function linear(e: Expr): Linear | undefined {
  const terms = new Map<string, [number, Expr]>();
  let constant = 0;
  const add = (f: Expr, coef: number): void => {
    if (f.k === 'const' && f.t === 'i32') { constant += coef * f.v; return; }
    if (f.k === 'bin' && f.t === 'i32') {
      if (f.op === '+') { add(f.a, coef); add(f.b, coef); return; }
      if (f.op === '-') { add(f.a, coef); add(f.b, -coef); return; }
      if (f.op === '*' && f.b.k === 'const') { add(f.a, coef * f.b.v); return; }
      if (f.op === '*' && f.a.k === 'const') { add(f.b, coef * f.a.v); return; }
    }
    if (f.k === 'neg' && f.t === 'i32') { add(f.a, -coef); return; }
    const key = JSON.stringify(f);
    const hit = terms.get(key);
    terms.set(key, [(hit?.[0] ?? 0) + coef, f]);
  };
  add(e, 1);
  const list = [...terms.values()].filter(([k]) => k !== 0);
  if (!Number.isSafeInteger(constant) || list.some(([k]) => !Number.isSafeInteger(k))) return undefined;
  return { terms: list.map(([k, t]) => [k, t] as const), constant };
}

/** Σ coef·term + constant, in the order given. */
function build(terms: readonly (readonly [number, Expr])[], constant: number): Expr {
  let acc: Expr = x.i32(0);
  for (const [k, t] of terms) acc = k < 0 ? x.sub(acc, x.mul(t, x.i32(-k))) : x.add(acc, x.mul(t, x.i32(k)));
  return x.add(acc, x.i32(constant));
}
