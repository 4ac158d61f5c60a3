// Small loops become straight-line code: a reduction over at most UNROLL_LOOP_MAX elements (a window's
// taps, a short temporal axis) has a literal trip count, so the kernel builder unrolls it and its count
// is no uniform; a longer one keeps its loop and its uniform. Both still match the reference.
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { UNROLL_LOOP_MAX } from '../../codegen/kernel-builder.ts';
import type { Stmt } from '../../codegen/kir.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { Rng } from '../../runtime/random.ts';
import { compareTensors } from '../helpers/compare.ts';

const loops = (body: readonly Stmt[]): number => body.reduce((n, s) =>
  n + (s.k === 'for' ? 1 + loops(s.body) : s.k === 'if' ? loops(s.then) + loops(s.else ?? []) : 0), 0);

function meanOver(n: number) {
  const b = new GraphBuilder(`mean${n}`);
  const x = b.input('x', 'f32', [3, n, 5]);
  b.output('y', b.mean(x, { axes: [1] }));
  const g = b.build();
  const program = compileGraph(g);
  const rng = new Rng(1);
  const xs = Tensor.from('f32', [3, n, 5], Array.from({ length: numel([3, n, 5]) }, () => rng.uniform(-1, 1)));
  const inputs = new Map([['x', xs]]);
  const d = compareTensors(runOnCpu(program, inputs, new Map()).get('y')!, runReference(g, inputs, new Map()).outputs.get('y')!, 1e-6);
  expect(d.ok, d.message).toBe(true);
  expect(program.kernels).toHaveLength(1);
  return program.kernels[0];
}

describe('literal trip counts', () => {
  it(`a reduction over ${UNROLL_LOOP_MAX} elements is unrolled and needs no count uniform`, () => {
    const k = meanOver(UNROLL_LOOP_MAX);
    expect(loops(k.body)).toBe(0);
    expect(k.syms.some((s) => s.endsWith('_n'))).toBe(false);
  });

  it(`a reduction over ${UNROLL_LOOP_MAX + 1} elements keeps its loop, its count a uniform`, () => {
    const k = meanOver(UNROLL_LOOP_MAX + 1);
    expect(loops(k.body)).toBe(1);
    expect(k.syms.some((s) => s.endsWith('_n'))).toBe(true);
  });

  it("unfold's kernel size is a literal: a temporal conv of 3 taps is straight-line", () => {
    const b = new GraphBuilder('tconv');
    const x = b.input('x', 'f32', [2, 4, 3]);
    const w = b.input('w', 'f32', [3, 1, 1, 1]);
    const taps = b.unfold(x, { at: 0, axes: [1], kernel: [3], padding: [1] }); // (3, 2, 4, 3)
    b.output('y', b.sum(b.mul(taps, w), { axes: [0] }));
    const k = compileGraph(b.build()).kernels[0];
    expect(loops(k.body)).toBe(0);
    expect(k.syms.filter((s) => /_k\d$/.test(s))).toEqual([]);
  });
});
