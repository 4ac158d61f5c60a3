// Sizes past 32-bit indexing: kernels index with i32 (WGSL has no i64), so a tensor, dimension or uniform
// beyond SIZE_LIMIT is refused with a SizeError naming the node and its source line, wherever the graph
// comes from (builder, text form), before anything is compiled or run; a graph just under it compiles.
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { SizeError } from '../../ir/errors.ts';
import { parseGraph } from '../../ir/text.ts';
import { SIZE_LIMIT, Tensor } from '../../ir/tensor.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';

/** The error `fn` throws. */
function thrown(fn: () => unknown): unknown {
  try { fn(); } catch (e) { return e; }
  throw new Error('nothing was thrown');
}

describe('sizes past 32-bit indexing', () => {
  it('summing 3·2^30 ones is refused at the expand, with its node, line and the limit', () => {
    const b = new GraphBuilder('ones');
    const e = thrown(() => b.sum(b.expand(b.constant(1), { shape: [3, 2 ** 30] }), { axes: [0, 1] })) as SizeError;
    expect(e).toBeInstanceOf(SizeError);
    expect(e.node).toBe('%1 = expand');
    expect(e.loc).toMatch(/sizes\.test\.ts:\d+:\d+$/);
    expect(e.message).toContain(`at most ${SIZE_LIMIT}`);
    expect(e.message).toContain('found 3221225472');
  });

  it('a sum of SIZE_LIMIT ones, right under the limit, compiles (its loop count a uniform)', () => {
    const b = new GraphBuilder('ones');
    b.output('s', b.sum(b.expand(b.constant(1), { shape: [SIZE_LIMIT] }), { axes: [0] }));
    const p = compileGraph(b.build());
    expect(p.launches.flatMap((l) => l.syms)).toContain(SIZE_LIMIT);
  });

  it('a c64 tensor counts two scalars per element, and one dimension past the limit is refused even when empty', () => {
    const b = new GraphBuilder('big');
    expect(thrown(() => b.input('z', 'c64', [SIZE_LIMIT]))).toBeInstanceOf(SizeError);
    expect(thrown(() => b.input('e', 'f32', [0, 2 ** 31]))).toBeInstanceOf(SizeError);
    b.input('x', 'c64', [SIZE_LIMIT / 2]);
  });

  it('a text graph declaring 10^18 elements is refused at its line', () => {
    const e = thrown(() => parseGraph('graph "g" {\n  %0 = input {name="x", dtype="f32", shape=[1000000000,1000000000]} : f32[1000000000,1000000000]\n  output "y" = %0\n}\n', 'g.tfir')) as SizeError;
    expect(e).toBeInstanceOf(SizeError);
    expect(e.message).toMatch(/^g\.tfir:2:\d+ %0 = input: /);
  });

  it('an integer attribute past the limit is refused as the node is built (a slice step)', () => {
    const b = new GraphBuilder('stepped');
    const x = b.input('x', 'f32', [4, 5]);
    const e = thrown(() => b.slice(x, { axes: [1], starts: [1], ends: [5], steps: [3e9] })) as SizeError;
    expect(e).toBeInstanceOf(SizeError);
    expect(e.node).toBe('%1 = slice');
    expect(e.message).toContain("attribute 'steps'");
  });

  it('a uniform derived past the limit (a pool window padded beyond 2^31) is refused at compile time, naming the pool', () => {
    const b = new GraphBuilder('padded');
    const y = b.avgpool(b.input('x', 'f32', [1, 1, 2e9]), { kernel: [2e9], stride: [2e9], padding: [1e9] });
    b.output('y', y);
    const e = thrown(() => compileGraph(b.build())) as SizeError;
    expect(e).toBeInstanceOf(SizeError);
    expect(e.node).toBe(`%${y.id} = avgpool`);
    expect(e.loc).toMatch(/sizes\.test\.ts:\d+:\d+$/);
    expect(e.message).toContain('found 3000000000');
  });

  it('a launch whose sizes were edited past the limit is refused by a runtime, not wrapped', () => {
    const b = new GraphBuilder('small');
    b.output('y', b.relu(b.input('x', 'f32', [4])));
    const p = compileGraph(b.build());
    const edited = { ...p, launches: p.launches.map((l) => ({ ...l, total: 2 ** 32 })) };
    const inputs = new Map([['x', Tensor.zeros('f32', [4])]]);
    expect(thrown(() => runOnCpu(edited, inputs, new Map()))).toBeInstanceOf(SizeError);
  });
});
