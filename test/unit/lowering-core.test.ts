// Lowerings of reductions, movement, matmul, conv and pools beyond the single-op cases: cooperative
// (workgroup) reductions, fused chains through these ops, what the planner fuses, pipeline sharing
// across sizes, and the wide-concat rewrite.
import { describe, expect, it } from 'vitest';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import type { FusionOptions } from '../../codegen/fuse.ts';
import { splitWideOps } from '../../codegen/split-wide.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { lanes, type DType } from '../../ir/dtype.ts';
import type { Graph } from '../../ir/graph.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { Rng } from '../../runtime/random.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { compareTensors } from '../helpers/compare.ts';

const TOL = 2e-6;

function randomInputs(g: Graph, seed: number, fill?: (name: string, i: number) => number | undefined): Map<string, Tensor> {
  const rng = new Rng(seed);
  return new Map(g.inputs().map((n) => {
    const name = n.attrs.name as string;
    const dtype = n.type.dtype;
    const count = numel(n.type.shape) * lanes(dtype);
    const values = Array.from({ length: count }, (_, i) => fill?.(name, i) ?? (
      dtype === 'bool' ? rng.int(0, 2) : dtype === 'i32' ? rng.int(-9, 10) : dtype === 'u32' ? rng.int(0, 20) : rng.normal()));
    return [name, Tensor.from(dtype, n.type.shape, values)] as const;
  }));
}

/** Compile, run on the CPU kernel interpreter, and compare every output with the reference. */
function check(g: Graph, opts: Partial<FusionOptions> = {}, tol = TOL, fill?: (name: string, i: number) => number | undefined): Program {
  const inputs = randomInputs(g, 7, fill);
  const program = compileGraph(g, opts);
  const ref = runReference(g, inputs, new Map()).outputs;
  const got = runOnCpu(program, inputs, new Map());
  for (const o of g.outputs) {
    const d = compareTensors(got.get(o.name)!, ref.get(o.name)!, tol);
    expect(d.ok, `${o.name}: ${d.message}`).toBe(true);
  }
  return program;
}

const graph = (build: (b: GraphBuilder) => void): Graph => {
  const b = new GraphBuilder('t');
  build(b);
  return b.build();
};

describe('cooperative reductions', () => {
  const coop = { groupReduceMin: 16 };
  const reductions: [string, DType, number[], number[], boolean][] = [
    ['sum', 'f32', [3, 300], [1], false],
    ['sum', 'f32', [40, 2, 30], [0, 2], true],
    ['sum', 'i32', [2, 500], [-1], false],
    ['sum', 'u32', [700], [0], false],
    ['sum', 'c64', [2, 100], [1], false],
    ['mean', 'f32', [5, 7, 11], [1, 2], false],
    ['mean', 'c64', [90, 3], [0], true],
    ['mean', 'f16', [4, 64], [1], false],
    ['max', 'f32', [3, 257], [1], false],
    ['min', 'f32', [129, 2], [0], false],
    ['max', 'i32', [2, 300], [1], false],
    ['min', 'u32', [300], [0], true],
  ];
  for (const [op, dtype, shape, axes, keepdims] of reductions) {
    it(`${op} ${dtype} [${shape}] over [${axes}] runs over a workgroup`, () => {
      const g = graph((b) => b.output('y', b.apply(op, [b.input('x', dtype, shape)], { axes, keepdims })));
      const p = check(g, coop, TOL);
      expect(p.kernels[0].mapping.kind).toBe('group');
    });
  }

  it('max and min propagate a NaN met by any lane', () => {
    const g = graph((b) => {
      const x = b.input('x', 'f32', [2, 600]);
      b.output('mx', b.max(x, { axes: [1] }));
      b.output('mn', b.min(x, { axes: [1] }));
    });
    const p = check(g, coop, TOL, (_n, i) => (i === 433 || i === 600 ? NaN : undefined));
    expect(p.kernels.every((k) => k.mapping.kind === 'group')).toBe(true);
  });

  it('a prologue and an epilogue fuse around the cooperative reduction', () => {
    const g = graph((b) => {
      const x = b.input('x', 'f32', [4, 400]);
      b.output('y', b.sqrt(b.mean(b.mul(x, x), { axes: [1] })));
    });
    const p = check(g, coop, TOL);
    expect(p.launches.length).toBe(1);
    expect(p.kernels[0].mapping.kind).toBe('group');
  });

  it('a matrix-vector product reduces K over a workgroup', () => {
    const g = graph((b) => b.output('y', b.matmul(b.input('a', 'f32', [3, 600]), b.input('v', 'f32', [600, 1]))));
    const p = check(g, coop, TOL);
    expect(p.kernels[0].mapping.kind).toBe('group');
  });

  it('a cooperative reduction inside one branch of a concat (the branch is uniform per workgroup)', () => {
    const g = graph((b) => {
      const x = b.input('x', 'f32', [300, 3]);
      b.output('y', b.concat([b.sum(x, { axes: [0] }), b.input('z', 'f32', [2])], { axis: 0 }));
    });
    const p = check(g, coop, TOL);
    expect(p.launches.length).toBe(1);
    expect(p.kernels[0].mapping.kind).toBe('group');
  });

  it('the default threshold keeps small reductions sequential', () => {
    const g = graph((b) => b.output('y', b.sum(b.input('x', 'f32', [8, 100]), { axes: [1] })));
    expect(check(g).kernels[0].mapping.kind).toBe('flat');
  });
});

describe('fused chains', () => {
  it('matmul + bias + relu is one kernel', () => {
    const g = graph((b) => {
      const y = b.matmul(b.input('x', 'f32', [2, 5, 8]), b.input('w', 'f32', [8, 3]));
      b.output('y', b.relu(b.add(y, b.input('bias', 'f32', [3]))));
    });
    expect(check(g).launches.length).toBe(1);
  });

  it('conv + relu + pool: the pool re-reads the conv, so the conv is stored', () => {
    const g = graph((b) => {
      const c = b.conv(b.input('x', 'f32', [1, 2, 8, 8]), b.input('w', 'f32', [3, 2, 3, 3]), { padding: [1, 1] });
      b.output('y', b.maxpool(b.relu(c), { kernel: [2, 2] }));
    });
    expect(check(g).launches.length).toBe(2);
  });

  it('movement ops fuse into the consumer of a matmul and into its operands', () => {
    const g = graph((b) => {
      const a = b.permute(b.input('a', 'f32', [4, 3, 2]), { perm: [2, 0, 1] }); // [2,4,3]
      const w = b.flip(b.slice(b.input('w', 'f32', [3, 9]), { axes: [1], starts: [1], ends: [8], steps: [2] }), { axes: [0] }); // [3,4]
      const y = b.matmul(a, w); // [2,4,4]
      b.output('y', b.roll(b.reshape(y, { shape: [8, 4] }), { shifts: [3], axes: [0] }));
    });
    expect(check(g).launches.length).toBe(1);
  });

  it('concat evaluates exactly one fused input per element', () => {
    const g = graph((b) => {
      const x = b.input('x', 'f32', [3, 6]);
      const s = b.sum(x, { axes: [1], keepdims: true }); // [3,1]
      const m = b.matmul(x, b.input('w', 'f32', [6, 2])); // [3,2]
      b.output('y', b.concat([s, m, b.pad(x, { pads: [[0, 0], [1, 1]], value: 2 })], { axis: 1 }));
    });
    const p = check(g);
    expect(p.launches.length).toBe(1);
  });

  it('a reduction read by an expand is stored (re-read), one read by an elementwise op is fused', () => {
    const g = graph((b) => {
      const x = b.input('x', 'f32', [4, 6]);
      const m = b.max(x, { axes: [1], keepdims: true });
      b.output('y', b.sub(x, b.expand(m, { shape: [4, 6] })));
      b.output('z', b.exp(b.min(x, { axes: [0] })));
    });
    const p = check(g);
    expect(p.launches.length).toBe(3);
  });

  it('replicate pad re-reads its input; zero pad does not', () => {
    const zero = graph((b) => {
      const c = b.conv(b.input('x', 'f32', [1, 1, 6]), b.input('w', 'f32', [2, 1, 3]));
      b.output('y', b.pad(c, { pads: [[0, 0], [0, 0], [2, 1]] }));
    });
    const replicate = graph((b) => {
      const c = b.conv(b.input('x', 'f32', [1, 1, 6]), b.input('w', 'f32', [2, 1, 3]));
      b.output('y', b.pad(c, { pads: [[0, 0], [0, 0], [2, 1]], mode: 'replicate' }));
    });
    expect(check(zero).launches.length).toBe(1);
    expect(check(replicate).launches.length).toBe(2);
  });

  it('pools and argmax on fused producers', () => {
    const g = graph((b) => {
      const x = b.input('x', 'f32', [2, 3, 7, 6]);
      const y = b.avgpool(b.abs(x), { kernel: [3, 2], stride: [2, 2], padding: [1, 1], ceilMode: true, countIncludePad: false });
      b.output('a', y);
      b.output('i', b.argmax(b.neg(y), { axis: 1 }));
    });
    check(g);
  });

  it('c64 and i32 matmul fuse with elementwise neighbours', () => {
    const g = graph((b) => {
      const a = b.input('a', 'c64', [2, 3]), c = b.input('c', 'c64', [3, 2]);
      b.output('y', b.add(b.matmul(a, c), a.builder.constant(1, 'c64')));
      b.output('z', b.neg(b.matmul(b.input('p', 'i32', [4, 5]), b.input('q', 'i32', [5, 1]))));
    });
    check(g);
  });
});

describe('kernels that differ only in sizes share code', () => {
  const code = (g: Graph) => JSON.stringify(compileGraph(g).kernels.map(({ name: _n, ...k }) => k));
  const same = (build: (b: GraphBuilder, n: number) => void) => expect(code(graph((b) => build(b, 5)))).toBe(code(graph((b) => build(b, 9))));

  it('reductions', () => same((b, n) => b.output('y', b.sum(b.input('x', 'f32', [n, 3, n + 1]), { axes: [0, 2] }))));
  it('reshape and permute', () => same((b, n) => b.output('y', b.permute(b.reshape(b.input('x', 'f32', [n, 6]), { shape: [3, 2, n] }), { perm: [2, 0, 1] }))));
  it('slice, pad, roll, flip', () => same((b, n) => {
    const x = b.input('x', 'f32', [n, n + 2]);
    const s = b.slice(x, { axes: [1], starts: [1], ends: [n], steps: [2] });
    b.output('y', b.flip(b.roll(b.pad(s, { pads: [[1, n], [2, 0]] }), { shifts: [n], axes: [0] }), { axes: [1] }));
  }));
  it('concat', () => same((b, n) => b.output('y', b.concat([b.input('x', 'f32', [2, n]), b.input('z', 'f32', [2, 3])], { axis: 1 }))));
  it('matmul', () => same((b, n) => b.output('y', b.matmul(b.input('x', 'f32', [2, n, 4]), b.input('w', 'f32', [4, n])))));
  // (a conv's rows along the last axis are straight-line code of their width: that width stays 6 here)
  it('conv and pools', () => same((b, n) => {
    const x = b.input('x', 'f32', [2, 4, n + 3, 6]);
    const c = b.conv(x, b.input('w', 'f32', [4, 2, 3, 2]), { padding: [1, 1], stride: [n % 2 + 1, 1], groups: 2 });
    b.output('y', b.maxpool(c, { kernel: [2, 2], ceilMode: true }));
    b.output('z', b.avgpool(x, { kernel: [3, 3], padding: [1, 1] }));
  }));
});

describe('splitWideOps', () => {
  const wide = (count: number) => graph((b) => {
    const xs = Array.from({ length: count }, (_, i) => b.input(`x${i}`, 'f32', [2, i % 3 + 1]));
    b.output('y', b.relu(b.concat(xs, { axis: -1 })));
  });

  it('compileGraph splits a concat of more inputs than a kernel binds, and every kernel fits', () => {
    const g = wide(12);
    const p = compileGraph(g);
    expect(p.kernels.every((k) => k.buffers.length <= 8)).toBe(true);
    const inputs = randomInputs(g, 3);
    const ref = runReference(g, inputs, new Map()).outputs.get('y')!;
    expect(compareTensors(runOnCpu(p, inputs, new Map()).get('y')!, ref, 2e-6).ok).toBe(true);
  });

  for (const [count, max] of [[12, 7], [50, 7], [9, 2], [8, 7]] as const) {
    it(`${count} inputs, at most ${max} per concat`, () => {
      const g = wide(count);
      const s = splitWideOps(g, max);
      expect(s.nodes.filter((n) => n.op === 'concat').every((n) => n.inputs.length <= max)).toBe(true);
      const concat = g.nodes.find((n) => n.op === 'concat')!;
      for (const n of s.nodes.filter((m) => m.op === 'concat')) expect(n.loc).toBe(concat.loc);
      expect(s.outputs.map((o) => o.name)).toEqual(['y']);
      const inputs = randomInputs(g, 3);
      const ref = runReference(g, inputs, new Map()).outputs.get('y')!;
      const got = runOnCpu(compileGraph(s, { maxStorageBuffers: max + 1 }), inputs, new Map()).get('y')!;
      expect(compareTensors(got, ref, 0).ok).toBe(true);
    });
  }

  it('returns the graph itself when nothing is too wide', () => {
    const g = wide(3);
    expect(splitWideOps(g, 7)).toBe(g);
    expect(() => splitWideOps(g, 1)).toThrow();
  });
});
