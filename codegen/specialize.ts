// A kernel body with its uniforms' values inlined (a specialised module): every uniform becomes its
// literal, constant integer arithmetic and comparisons fold, and a branch whose test is then constant is
// replaced by the arm it takes. Printers of specialised kernels print this body. Besides giving smaller
// code, WGSL needs it: it rejects a constant index outside an array's bounds even in code that never runs
// (a concat's other input, indexed at a literal position of a row).
import * as x from './kexpr.ts';
import { mapChildren, type Expr, type Stmt } from './kir.ts';

/** `body` with the uniforms named in `values` replaced by their values, folded. */
export function specializeBody(body: readonly Stmt[], values: ReadonlyMap<string, number>): Stmt[] {
  const ex = (e: Expr): Expr => {
    switch (e.k) {
      case 'sym': { const v = values.get(e.name); return v === undefined ? e : x.i32(v); }
      case 'bin': {
        const [a, b] = [ex(e.a), ex(e.b)];
        return e.op === '&&' ? x.and(a, b) : e.op === '||' ? x.or(a, b) : x.bin(e.op, a, b);
      }
      case 'select': return x.select(ex(e.cond), ex(e.a), ex(e.b));
      case 'not': return x.not(ex(e.a));
      case 'neg': return x.neg(ex(e.a));
      case 'cast': return x.cast(e.to, ex(e.a));
      default: return mapChildren(e, ex);
    }
  };
  const st = (s: Stmt): Stmt[] => {
    switch (s.k) {
      case 'let': return [{ ...s, init: ex(s.init) }];
      case 'assign': return [{ ...s, value: ex(s.value) }];
      case 'store': case 'accumulate': case 'shared_store': case 'reg_store': return [{ ...s, index: ex(s.index), value: ex(s.value) }];
      case 'for': return [{ ...s, start: ex(s.start), end: ex(s.end), step: ex(s.step), body: s.body.flatMap(st) }];
      case 'group_reduce': return [{ ...s, value: ex(s.value) }];
      case 'if': {
        // (names are unique within a kernel, so an arm's locals may join the enclosing scope)
        const cond = ex(s.cond);
        if (cond.k === 'const') return (cond.v ? s.then : s.else ?? []).flatMap(st);
        return [{ ...s, cond, then: s.then.flatMap(st), ...(s.else ? { else: s.else.flatMap(st) } : {}) }];
      }
      default: return [s];
    }
  };
  return body.flatMap(st);
}
