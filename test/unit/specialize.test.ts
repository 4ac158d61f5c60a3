// codegen/specialize.ts: uniforms inlined into a kernel body, arithmetic and comparisons folded, and the
// arm of a branch whose test became constant kept alone (WGSL rejects a constant out-of-bounds index even
// in an arm that never runs).
import { describe, expect, it } from 'vitest';
import * as x from '../../codegen/kexpr.ts';
import type { Expr, Stmt } from '../../codegen/kir.ts';
import { specializeBody } from '../../codegen/specialize.ts';
import { printCuda } from '../../codegen/cuda/printer.ts';
import { printWgsl } from '../../codegen/wgsl/printer.ts';

const gid: Expr = { k: 'builtin', name: 'gid' };
const load = (index: Expr): Expr => x.load('in0', index, 'f32');
const store = (value: Expr): Stmt => ({ k: 'store', buf: 'out', index: gid, value });

describe('specializeBody', () => {
  // a concat of two inputs at a literal position p: `if (p < end0) in0[p] else in0[p - off1]`
  const concatAt = (p: number): Stmt[] => [
    { k: 'let', name: 'part', t: 'f32', init: x.f32(0), mutable: true },
    {
      k: 'if', cond: x.lt(x.i32(p), x.sym('end0')),
      then: [{ k: 'assign', name: 'part', value: load(x.i32(p)) }],
      else: [{ k: 'assign', name: 'part', value: load(x.sub(x.i32(p), x.sym('off1'))) }],
    },
    store(x.v('part', 'f32')),
  ];
  const values = new Map([['end0', 2], ['off1', 2]]);

  it('keeps only the arm a constant test takes', () => {
    expect(specializeBody(concatAt(0), values)[1]).toEqual({ k: 'assign', name: 'part', value: load(x.i32(0)) });
    expect(specializeBody(concatAt(3), values)[1]).toEqual({ k: 'assign', name: 'part', value: load(x.i32(1)) });
  });

  it('folds uniforms into arithmetic, comparisons, logic and selects; leaves what stays unknown', () => {
    const i = x.v('i', 'i32');
    const [s] = specializeBody([store(x.select(x.and(x.ge(i, x.sym('lo')), x.lt(x.sym('lo'), x.i32(4))), load(x.mul(i, x.sym('st'))), x.f32(0)))],
      new Map([['lo', 1], ['st', 1]]));
    expect(s).toEqual(store(x.select(x.ge(i, x.i32(1)), load(i), x.f32(0))));
    expect(specializeBody([store(load(x.sym('other')))], values)).toEqual([store(load(x.sym('other')))]);
  });

  it('a branch whose test stays unknown keeps both arms, each specialised', () => {
    const body: Stmt[] = [{ k: 'if', cond: x.lt(gid, x.sym('end0')), then: [store(load(x.sym('end0')))], else: [store(load(x.sym('off1')))] }];
    expect(specializeBody(body, values)).toEqual([{ k: 'if', cond: x.lt(gid, x.i32(2)), then: [store(load(x.i32(2)))], else: [store(load(x.i32(2)))] }]);
  });

  const concatKernel = () => ({
    name: 'k0_concat', buffers: [{ name: 'in0', t: 'f32' as const, access: 'read' as const }, { name: 'out', t: 'f32' as const, access: 'read_write' as const }],
    syms: ['total', 'end0', 'off1'], shared: [], mapping: { kind: 'flat' as const, workgroupSize: 64 }, traps: false, body: concatAt(0),
  });
  it('both printers print specialised kernels through it: no index below zero is printed', () => {
    const src = printWgsl(concatKernel(), { f16: 'f32-storage', comment: 'test', specialize: [4, 2, 2] });
    expect(src).toContain('part = in0[0i];');
    expect(src).not.toMatch(/in0\[\(?0i - /);
    expect(src).not.toContain('else');
    const cu = printCuda(concatKernel(), { comment: 'test', specialize: [4, 2, 2] });
    expect(cu).not.toContain('else');
    expect(cu).not.toMatch(/in0\[\(?0 - /);
  });
});
