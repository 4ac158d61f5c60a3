// Split reductions (codegen/split-reduce.ts): a reduction of many elements into few outputs runs as
// partial results over its first reduced axis, then their combination; values as the reference's (CPU
// kernel interpreter), for every splittable op, with and without keepdims, size-1 reduced axes, and the
// cooperative (workgroup) partial kernel.
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import type { FusionOptions } from '../../codegen/fuse.ts';
import { splitReductions } from '../../codegen/split-reduce.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import type { Graph } from '../../ir/graph.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { compareTensors } from '../helpers/compare.ts';

const TOL = 2e-6;
const filled = (shape: readonly number[]) =>
  Tensor.from('f32', shape, Array.from({ length: numel(shape) }, (_, i) => ((i * 7919) % 2003) / 1001.5 - 1));

function reduction(op: 'sum' | 'mean' | 'max' | 'min', shape: number[], axes: number[], keepdims: boolean): Graph {
  const b = new GraphBuilder('r');
  const x = b.input('x', 'f32', shape);
  // (an elementwise prologue, fused into the partial kernel)
  b.output('y', b[op](b.relu(b.add(x, 0.25)), { axes, keepdims }));
  return b.build();
}

function check(g: Graph, opts: Partial<FusionOptions>): number {
  const inputs = new Map([['x', filled(g.inputs()[0].type.shape)]]);
  const want = runReference(g, inputs, new Map()).outputs.get('y')!;
  const program = compileGraph(g, opts);
  const got = runOnCpu(program, inputs, new Map()).get('y')!;
  expect(got.shape).toEqual(want.shape);
  const d = compareTensors(got, want, TOL);
  expect(d.ok, d.message).toBe(true);
  return program.launches.length;
}

describe('split reductions', () => {
  for (const op of ['sum', 'mean', 'max', 'min'] as const) {
    for (const keepdims of [false, true]) {
      it(`${op} over N, H, W per channel, keepdims ${keepdims}: partials per image, then combined`, () => {
        expect(check(reduction(op, [4, 3, 5, 6], [0, 2, 3], keepdims), { splitReduceMin: 64 })).toBe(2);
      });
    }
  }

  it('a size-1 first reduced axis: the split is over the next one', () => {
    const g = reduction('mean', [1, 3, 6, 5], [0, 2, 3], false);
    const split = splitReductions(g, 16);
    expect(split.nodes.filter((n) => n.op === 'mean').map((n) => n.attrs.axes)).toEqual([[3], [0, 2, 3]]);
    expect(check(g, { splitReduceMin: 16 })).toBe(2);
  });

  it('partials reduced cooperatively by workgroups', () => {
    const g = reduction('sum', [2, 2, 16, 20], [0, 2, 3], false);
    const p = compileGraph(g, { splitReduceMin: 64, groupReduceMin: 256 });
    expect(p.kernels.map((k) => k.mapping.kind)).toEqual(['group', 'flat']);
    check(g, { splitReduceMin: 64, groupReduceMin: 256 });
  });

  it('stays whole: one reduced axis, many outputs, too few elements, or splitReduceMin Infinity', () => {
    const whole = (g: Graph, min: number) => splitReductions(g, min) === g;
    expect(whole(reduction('sum', [4, 3, 64], [2], false), 1)).toBe(true);
    expect(whole(reduction('sum', [4, 8192, 2, 2], [0, 2], false), 1)).toBe(true); // 8192 outputs
    expect(whole(reduction('sum', [4, 3, 32, 31], [0, 2, 3], false), 4096)).toBe(true); // 3968 per output
    expect(whole(reduction('sum', [4, 3, 32, 32], [0, 2, 3], false), 4096)).toBe(false);
    expect(compileGraph(reduction('sum', [4, 3, 32, 32], [0, 2, 3], false), { splitReduceMin: Infinity }).launches).toHaveLength(1);
    expect(compileGraph(reduction('sum', [4, 3, 32, 32], [0, 2, 3], false)).launches).toHaveLength(2);
  });
});
