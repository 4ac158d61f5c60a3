// How nvcc should unroll each loop of a printed kernel whose trip count is known when printing (literal
// bounds, or uniforms inlined by specialisation); loops of run-time length keep nvcc's own choice.
//   - A loop whose variable indexes a register array, directly or through locals computed from it, is
//     unrolled fully (`#pragma unroll`): an array indexed by anything but a constant lives in local
//     memory, and full unrolling makes every index a constant. Up to MAX_FULL_UNROLL trips.
//   - Any other loop of more than PARTIAL_UNROLL trips is unrolled by PARTIAL_UNROLL: left to itself, nvcc
//     unrolls constant loops fully, and a reduction of 64 nested in a register-table loop of 16 nested in
//     another one becomes tens of thousands of statements that take its optimiser minutes, for code no
//     faster than a loop unrolled by 4.
import type { Expr, Stmt } from '../kir.ts';
import { collectVars } from '../kir.ts';

/** Register tables are at most this long; a loop indexing one unrolls fully up to this many trips. */
export const MAX_FULL_UNROLL = 64;
export const PARTIAL_UNROLL = 4;

type For = Extract<Stmt, { k: 'for' }>;

/** The pragma to print before `loop` ('#pragma unroll', '#pragma unroll 4'), or undefined for none;
 *  `constant` evaluates an expression known when printing. */
export function unrollPragma(loop: For, constant: (e: Expr) => number | undefined): string | undefined {
  const [start, end, step] = [loop.start, loop.end, loop.step].map(constant);
  if (start === undefined || end === undefined || step === undefined || step <= 0) return undefined;
  const trips = Math.max(0, Math.ceil((end - start) / step));
  if (indexesRegisters(loop)) return trips <= MAX_FULL_UNROLL ? '#pragma unroll' : undefined;
  return trips > PARTIAL_UNROLL ? `#pragma unroll ${PARTIAL_UNROLL}` : undefined;
}

/** Whether the loop's variable, or a local computed from it inside the loop, indexes a register array. */
function indexesRegisters(loop: For): boolean {
  const tainted = new Set([loop.v]);
  const reads = (e: Expr) => {
    const vars = new Set<string>();
    collectVars(e, vars);
    return [...vars].some((v) => tainted.has(v));
  };
  let found = false;
  const expr = (e: Expr): void => {
    switch (e.k) {
      case 'reg_load': if (reads(e.index)) found = true; expr(e.index); return;
      case 'load': case 'shared_load': expr(e.index); return;
      case 'bin': expr(e.a); expr(e.b); return;
      case 'neg': case 'not': case 'cast': expr(e.a); return;
      case 'call': e.args.forEach(expr); return;
      case 'select': expr(e.cond); expr(e.a); expr(e.b); return;
      default: return;
    }
  };
  const stmt = (s: Stmt): void => {
    switch (s.k) {
      case 'let': expr(s.init); if (reads(s.init)) tainted.add(s.name); return;
      case 'assign': expr(s.value); if (reads(s.value)) tainted.add(s.name); return;
      case 'store': case 'accumulate': case 'shared_store': expr(s.index); expr(s.value); return;
      case 'reg_store': if (reads(s.index)) found = true; expr(s.index); expr(s.value); return;
      case 'for': expr(s.start); expr(s.end); expr(s.step); s.body.forEach(stmt); return;
      case 'if': expr(s.cond); s.then.forEach(stmt); s.else?.forEach(stmt); return;
      case 'group_reduce': expr(s.value); if (reads(s.value)) tainted.add(s.name); return;
      default: return;
    }
  };
  // a local assigned later in the body reaches reads earlier in it on the next trip: walk to a fixed point
  let before;
  do {
    before = tainted.size;
    loop.body.forEach(stmt);
  } while (tainted.size !== before && !found);
  return found;
}
