// Sibling loops fused (codegen/fuse-loops.ts) and repeated locals shared (codegen/reuse-locals.ts), on
// small hand-written bodies: what fuses, what must stay apart, which locals may be shared.
import { describe, expect, it } from 'vitest';
import { FUSED_LOOP_MAX, fuseLoops } from '../../codegen/fuse-loops.ts';
import { reuseLocals } from '../../codegen/reuse-locals.ts';
import * as x from '../../codegen/kexpr.ts';
import type { Expr, Stmt } from '../../codegen/kir.ts';

const gid: Expr = { k: 'builtin', name: 'gid' };
const v = (name: string) => x.v(name, 'i32');
const let_ = (name: string, init: Expr, mutable = false): Stmt => ({ k: 'let', name, t: 'i32', init, mutable });
const assign = (name: string, value: Expr): Stmt => ({ k: 'assign', name, value });
const loop = (name: string, body: Stmt[], end = 8): Stmt => ({ k: 'for', v: name, start: x.i32(0), end: x.i32(end), step: x.i32(1), body });
const store = (buf: string, value: Expr): Stmt => ({ k: 'store', buf, index: gid, value });
const load = (buf: string, index: Expr): Expr => x.load(buf, index, 'i32');

/** acc += in0[r] (+ extra) over r, as a reduction's loop with its accumulator named `acc`. */
const sumLoop = (acc: string, r: string, buf = 'in0', end = 8): Stmt[] =>
  [let_(acc, x.i32(0), true), loop(r, [let_(`${acc}_t`, load(buf, v(r))), assign(acc, x.add(v(acc), v(`${acc}_t`)))], end)];

describe('fuseLoops', () => {
  it('fuses two reductions over one range that load the same: declarations move before, the first store after', () => {
    const [a0, l0] = sumLoop('a', 'r');
    const [b0, l1] = sumLoop('b', 'q');
    const fused = fuseLoops([a0, l0, store('out', v('a')), b0, l1, store('out1', v('b'))]);
    expect(fused).toEqual([
      a0, b0,
      loop('r', [let_('a_t', load('in0', v('r'))), assign('a', x.add(v('a'), v('a_t'))), let_('b_t', load('in0', v('r'))), assign('b', x.add(v('b'), v('b_t')))]),
      store('out', v('a')), store('out1', v('b')),
    ]);
    // and the repeated load is then read from the first local
    expect(reuseLocals(fused)[2]).toEqual(loop('r', [let_('a_t', load('in0', v('r'))), assign('a', x.add(v('a'), v('a_t'))), assign('b', x.add(v('b'), v('a_t')))]));
  });

  it('fuses three in a row', () => {
    const body = [...sumLoop('a', 'r'), ...sumLoop('b', 'q'), ...sumLoop('c', 'p')];
    expect(fuseLoops(body).filter((s) => s.k === 'for')).toHaveLength(1);
  });

  it('keeps apart loops over different ranges, or where one reads what the other computes', () => {
    const apart = (body: Stmt[]) => expect(fuseLoops(body).filter((s) => s.k === 'for')).toHaveLength(2);
    apart([...sumLoop('a', 'r'), ...sumLoop('b', 'q', 'in0', 9)]);
    // the second reduction starts from the first's result, through a local between them
    const [a0, l0] = sumLoop('a', 'r');
    apart([a0, l0, let_('b', v('a'), true), loop('q', [assign('b', x.add(v('b'), load('in0', v('q'))))])]);
    // the second loop reads the first's accumulator directly
    apart([a0, l0, loop('q', [let_('t', x.mul(v('a'), v('q'))), assign('a', v('t'))])]);
    // the first result is stored to a buffer the second loop loads
    apart([a0, l0, store('out', v('a')), ...sumLoop('b', 'q', 'out')]);
    // loops that load nothing in common (each trip would do what the two did)
    apart([...sumLoop('a', 'r'), ...sumLoop('b', 'q', 'in1')]);
    // a fused body would exceed FUSED_LOOP_MAX statements
    const long = (acc: string, r: string): Stmt[] => [let_(acc, x.i32(0), true), loop(r, [
      ...Array.from({ length: FUSED_LOOP_MAX / 2 }, (_, i) => let_(`${acc}_${i}`, x.add(load('in0', v(r)), x.i32(i)))),
      assign(acc, v(`${acc}_0`)),
    ])];
    apart([...long('a', 'r'), ...long('b', 'q')]);
    // a loop that stores is never fused
    apart([loop('r', [store('out', v('r'))]), loop('q', [store('out1', v('q'))])]);
  });
});

describe('reuseLocals', () => {
  it('drops a local that repeats a visible one, reading the first instead', () => {
    const body = [let_('a', x.div(gid, x.i32(3))), let_('b', x.div(gid, x.i32(3))), store('out', x.add(v('a'), v('b')))];
    expect(reuseLocals(body)).toEqual([let_('a', x.div(gid, x.i32(3))), store('out', x.add(v('a'), v('a')))]);
  });

  it('keeps locals that read a mutable, memory the kernel writes, or a binding not visible', () => {
    const keep = (body: Stmt[]) => expect(reuseLocals(body)).toEqual(body);
    keep([let_('m', x.i32(0), true), let_('a', v('m')), assign('m', x.i32(1)), let_('b', v('m')), store('out', x.add(v('a'), v('b')))]);
    keep([let_('a', load('out', gid)), store('out', x.i32(5)), let_('b', load('out', gid)), store('out1', x.add(v('a'), v('b')))]);
    keep([{ k: 'if', cond: x.lt(gid, x.i32(4)), then: [let_('a', x.mul(gid, x.i32(2))), store('out', v('a'))] }, let_('b', x.mul(gid, x.i32(2))), store('out1', v('b'))]);
  });

  it('a local inside a loop or branch reuses one from outside', () => {
    const outer = let_('a', x.mul(gid, x.i32(2)));
    const body = [outer, loop('r', [let_('b', x.mul(gid, x.i32(2))), store('out', x.add(v('b'), v('r')))])];
    expect(reuseLocals(body)).toEqual([outer, loop('r', [store('out', x.add(v('a'), v('r')))])]);
  });
});
