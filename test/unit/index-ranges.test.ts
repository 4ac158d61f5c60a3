// Index arithmetic simplified by ranges (codegen/index-ranges.ts), as specialised kernels get it: the
// rewrites it is for, the cases it must leave alone, and an exhaustive check that every rewrite of random
// index expressions computes the same i32 values over the whole range of its variables.
import { describe, expect, it } from 'vitest';
import { builtinRanges, simplifyIndices, type Range } from '../../codegen/index-ranges.ts';
import * as x from '../../codegen/kexpr.ts';
import type { Expr, Stmt } from '../../codegen/kir.ts';
import { Rng } from '../../runtime/random.ts';

const gid: Expr = { k: 'builtin', name: 'gid' };
const v = (name: string) => x.v(name, 'i32');
const store = (index: Expr): Stmt => ({ k: 'store', buf: 'out', index, value: x.f32(0) });
const loop = (name: string, end: number, body: Stmt[]): Stmt => ({ k: 'for', v: name, start: x.i32(0), end: x.i32(end), step: x.i32(1), body });
/** The index stored by the (only, innermost) store of a simplified body. */
const storedIndex = (body: readonly Stmt[]): Expr => {
  for (const s of body) {
    if (s.k === 'store') return s.index;
    if (s.k === 'for') return storedIndex(s.body);
  }
  throw new Error('no store');
};
const flat = (total: number) => builtinRanges({ kind: 'flat', workgroupSize: 64 }, total);

describe('simplifyIndices', () => {
  it('takes a decoded flat index apart again: (k·980 + gid) / 980 is k and % 980 is gid where gid < 980', () => {
    const at = x.add(x.mul(v('k'), x.i32(980)), gid);
    const [q] = simplifyIndices([loop('k', 64, [store(x.div(at, x.i32(980)))])], flat(980));
    expect(storedIndex([q])).toEqual(v('k'));
    expect(storedIndex(simplifyIndices([loop('k', 64, [store(x.mod(at, x.i32(980)))])], flat(980)))).toEqual(gid);
    // a coarser divisor keeps the part it divides and divides the rest: (k·980 + gid) / 196 % 5 is gid / 196
    const nested = simplifyIndices([loop('k', 64, [store(x.mod(x.div(at, x.i32(196)), x.i32(5)))])], flat(980));
    expect(storedIndex(nested)).toEqual(x.div(gid, x.i32(196)));
  });

  it('divides by a part of the divisor that the low terms stay below: (k·448 + s·64 + r) / 1344 is (k·7 + s) / 21 for r < 64', () => {
    const at = x.add(x.add(x.mul(v('k'), x.i32(448)), x.mul(v('s'), x.i32(64))), v('r'));
    const nest = (e: Expr) => simplifyIndices([loop('k', 9, [loop('s', 8, [loop('r', 64, [store(e)])])])], new Map());
    expect(storedIndex(nest(x.div(at, x.i32(1344))))).toEqual(x.div(x.add(x.mul(v('k'), x.i32(7)), v('s')), x.i32(21)));
    expect(storedIndex(nest(x.mod(at, x.i32(1344))))).toEqual(x.add(x.mul(x.mod(x.add(x.mul(v('k'), x.i32(7)), v('s')), x.i32(21)), x.i32(64)), v('r')));
  });

  it('knows immutable locals by their value, and the builtins of each mapping', () => {
    const body: Stmt[] = [
      { k: 'let', name: 'col', t: 'i32', init: x.mod(gid, x.i32(14)), mutable: false },
      store(x.div(v('col'), x.i32(14))),
    ];
    expect(storedIndex(simplifyIndices(body, flat(1000)))).toEqual(x.i32(0));
    const group = builtinRanges({ kind: 'group', workgroupSize: 256 }, 10);
    expect(group.get('lid')).toEqual({ lo: 0, hi: 255 });
    expect(group.get('wid')).toEqual({ lo: 0, hi: 9 });
    expect(group.get('gid')).toEqual({ lo: 0, hi: 2559 });
  });

  it('decides comparisons, min and max, and keeps only the arm a decided test takes', () => {
    const body: Stmt[] = [loop('k', 8, [
      { k: 'if', cond: x.and(x.ge(v('k'), x.i32(0)), x.lt(v('k'), x.i32(8))), then: [store(x.call('min', [v('k'), x.i32(7)]))], else: [store(x.i32(-1))] },
    ])];
    const [l] = simplifyIndices(body, flat(1));
    expect(l.k === 'for' && l.body).toEqual([store(v('k'))]);
  });

  it('leaves alone what may be negative, mutable, of unknown range, or past the i32 range', () => {
    const keep = (body: Stmt[], builtins = flat(980)) => expect(simplifyIndices(body, builtins)).toEqual(body);
    // k may be -1: (k·980 + gid) / 980 truncates towards zero, which k is not
    keep([{ k: 'for', v: 'k', start: x.i32(-1), end: x.i32(4), step: x.i32(1), body: [store(x.div(x.add(x.mul(v('k'), x.i32(980)), gid), x.i32(980)))] }]);
    keep([{ k: 'let', name: 'm', t: 'i32', init: x.mod(gid, x.i32(14)), mutable: true }, store(x.div(v('m'), x.i32(14)))]);
    keep([store(x.div(v('unknown'), x.i32(14)))]);
    keep([loop('k', 3, [store(x.div(x.add(x.mul(v('k'), x.i32(2 ** 30)), gid), x.i32(2 ** 30)))])]);
  });

  it('every rewrite of random index expressions gives the same values at every point of its ranges', () => {
    const rng = new Rng(11);
    const int = (lo: number, hi: number) => rng.int(lo, hi + 1);
    // variables a, b, c over small ranges, some reaching below zero
    const names = ['a', 'b', 'c'];
    const term = (depth: number): Expr => {
      const r = rng.next();
      if (depth === 0 || r < 0.3) return r < 0.1 ? x.i32(int(-3, 40)) : v(names[int(0, 2)]);
      if (r < 0.55) return x.add(term(depth - 1), term(depth - 1));
      if (r < 0.65) return x.sub(term(depth - 1), term(depth - 1));
      if (r < 0.8) return x.mul(term(depth - 1), x.i32(int(1, 30)));
      if (r < 0.9) return x.div(term(depth - 1), x.i32(int(1, 12)));
      return x.mod(term(depth - 1), x.i32(int(1, 12)));
    };
    const ev = (e: Expr, env: Record<string, number>): number => {
      switch (e.k) {
        case 'const': return e.v;
        case 'var': return env[e.name];
        case 'bin': {
          const [a, b] = [ev(e.a, env), ev(e.b, env)];
          switch (e.op) {
            case '+': return (a + b) | 0;
            case '-': return (a - b) | 0;
            case '*': return Math.imul(a, b);
            case '/': return (a / b) | 0;
            case '%': return a % b | 0;
            default: throw new Error(e.op);
          }
        }
        default: throw new Error(e.k);
      }
    };
    let rewritten = 0;
    for (let trial = 0; trial < 400; trial++) {
      const ranges: Range[] = names.map(() => { const lo = int(-2, 3); return { lo, hi: lo + int(0, 6) }; });
      const e = x.mod(x.div(term(4), x.i32(int(1, 9))), x.i32(int(1, 9)));
      const body: Stmt[] = names.map((n, i): Stmt => ({ k: 'for', v: n, start: x.i32(ranges[i].lo), end: x.i32(ranges[i].hi + 1), step: x.i32(1), body: [] }));
      // nest the loops, the store innermost
      const nested = body.reduceRight<Stmt[]>((inner, s) => [{ ...(s as Extract<Stmt, { k: 'for' }>), body: inner }], [store(e)]);
      const out = storedIndex(simplifyIndices(nested, new Map()));
      if (JSON.stringify(out) !== JSON.stringify(e)) rewritten++;
      for (let a = ranges[0].lo; a <= ranges[0].hi; a++) {
        for (let b = ranges[1].lo; b <= ranges[1].hi; b++) {
          for (let c = ranges[2].lo; c <= ranges[2].hi; c++) {
            const env = { a, b, c };
            if (ev(out, env) !== ev(e, env)) expect.fail(`${JSON.stringify(e)} became ${JSON.stringify(out)}: differs at ${JSON.stringify(env)}`);
          }
        }
      }
    }
    expect(rewritten).toBeGreaterThan(50);
  });
});
