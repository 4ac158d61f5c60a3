// Loop-invariant locals moved out of loops (codegen/hoist-invariants.ts): what moves, what must stay, and
// that a local leaves several loops at once.
import { describe, expect, it } from 'vitest';
import { hoistInvariants } from '../../codegen/hoist-invariants.ts';
import * as x from '../../codegen/kexpr.ts';
import type { Expr, Stmt } from '../../codegen/kir.ts';

const gid: Expr = { k: 'builtin', name: 'gid' };
const v = (name: string) => x.v(name, 'i32');
const let_ = (name: string, init: Expr, mutable = false): Stmt => ({ k: 'let', name, t: 'i32', init, mutable });
const loop = (name: string, body: Stmt[]): Stmt => ({ k: 'for', v: name, start: x.i32(0), end: x.i32(8), step: x.i32(1), body });
const store = (index: Expr): Stmt => ({ k: 'store', buf: 'out', index, value: x.f32(0) });

describe('hoistInvariants', () => {
  it('moves a local that depends on nothing the loop changes to just before the loop', () => {
    const col = let_('col', x.mod(gid, x.i32(14)));
    const at = let_('at', x.add(v('k'), v('col')));
    expect(hoistInvariants([loop('k', [col, at, store(v('at'))])])).toEqual([col, loop('k', [at, store(v('at'))])]);
  });

  it('moves a local out of every loop it does not depend on, inner loops first', () => {
    const row = let_('row', x.mul(gid, x.i32(3)));
    const tap = let_('tap', x.div(v('k'), x.i32(3)));
    const body = [loop('k', [loop('r', [row, tap, store(x.add(v('r'), x.add(v('row'), v('tap'))))])])];
    expect(hoistInvariants(body)).toEqual([row, loop('k', [tap, loop('r', [store(x.add(v('r'), x.add(v('row'), v('tap'))))])])]);
  });

  it('keeps what reads the loop variable, what the loop assigns (even later in it), memory, or a local that stays', () => {
    const keep = (body: Stmt[]) => expect(hoistInvariants([loop('k', body)])).toEqual([loop('k', body)]);
    keep([let_('a', x.add(v('k'), x.i32(1))), store(v('a'))]);
    // 'acc' is assigned after the read: its value differs from trip to trip
    const acc = let_('acc', x.i32(0), true);
    expect(hoistInvariants([acc, loop('k', [let_('twice', x.mul(v('acc'), x.i32(2))), { k: 'assign', name: 'acc', value: x.add(v('acc'), v('k')) }])]))
      .toEqual([acc, loop('k', [let_('twice', x.mul(v('acc'), x.i32(2))), { k: 'assign', name: 'acc', value: x.add(v('acc'), v('k')) }])]);
    keep([let_('m', x.cast('i32', x.load('in0', gid, 'f32'))), store(v('m'))]);
    keep([let_('a', v('k')), let_('b', x.add(v('a'), x.i32(1))), store(v('b'))]);
  });

  it('keeps a local declared in a branch (it may be computed only where the branch is taken)', () => {
    const body = [loop('k', [{ k: 'if', cond: x.lt(gid, x.i32(4)), then: [let_('c', x.div(gid, x.i32(2))), store(v('c'))] }])];
    expect(hoistInvariants(body)).toEqual(body);
  });
});
