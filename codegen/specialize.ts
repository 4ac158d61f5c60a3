// A kernel body with its uniforms' values inlined (a specialised module): every uniform becomes its
// literal, constant integer arithmetic and comparisons fold, and a branch whose test is then constant is
// replaced by the arm it takes. Printers of specialised kernels print this body. Besides giving smaller
// code, WGSL needs it: it rejects a constant index outside an array's bounds even in code that never runs
// (a concat's other input, indexed at a literal position of a row). With literal sizes the ranges of the
// builtins, loop variables and locals are known too, and index arithmetic that they decide is simplified
// (index-ranges.ts): in the bench cases' specialised WGSL, 30% of the divisions and remainders go; what
// then no longer depends on a loop's trip moves out of the loop (hoist-invariants.ts), loops over the same
// range that share loads and do not depend on each other become one (fuse-loops.ts), and repeated locals
// go (reuse-locals.ts).
import * as x from './kexpr.ts';
import { mapChildren, mapStmt, type Expr, type Mapping, type Stmt } from './kir.ts';
import { builtinRanges, simplifyIndices } from './index-ranges.ts';
import { hoistInvariants } from './hoist-invariants.ts';
import { fuseLoops } from './fuse-loops.ts';
import { reuseLocals } from './reuse-locals.ts';

/** `body` with the uniforms named in `values` replaced by their values, folded; then, with the kernel's
 *  `mapping`, its index arithmetic simplified by the ranges of the builtins, loops and locals, loop
 *  invariants moved out of their loops, sibling loops fused and repeated locals shared. */
export function specializeBody(body: readonly Stmt[], values: ReadonlyMap<string, number>, mapping?: Mapping): Stmt[] {
  const ex = (e: Expr): Expr => {
    if (e.k === 'sym') { const v = values.get(e.name); return v === undefined ? e : x.i32(v); }
    return x.refold(mapChildren(e, ex));
  };
  const st = (s: Stmt): Stmt[] => {
    if (s.k === 'if') {
      // (names are unique within a kernel, so an arm's locals may join the enclosing scope)
      const cond = ex(s.cond);
      if (cond.k === 'const') return (cond.v ? s.then : s.else ?? []).flatMap(st);
      return [mapStmt({ ...s, cond }, (e) => e, (b) => b.flatMap(st))];
    }
    return [mapStmt(s, ex, (b) => b.flatMap(st))];
  };
  const folded = body.flatMap(st);
  const total = values.get('total');
  if (!mapping || total === undefined) return folded;
  return reuseLocals(fuseLoops(hoistInvariants(simplifyIndices(folded, builtinRanges(mapping, total)))));
}
