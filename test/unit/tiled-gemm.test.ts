// Tiled products (fuse.ts rule 6b, codegen/tiled-gemm.ts) on the CPU kernel interpreter against the
// reference: every conv and matmul case forced tiled; shapes the tiles do not divide along any axis
// (rows, columns, reduction); and convs whose BN + ReLU (+ residual) epilogue is fused into the tiled kernel.
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { DEFAULT_FUSION, planFusion, type FusionOptions } from '../../codegen/fuse.ts';
import type { Program } from '../../artifact/program.ts';
import type { Graph } from '../../ir/graph.ts';
import { GraphBuilder, type Value } from '../../ir/builder.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { ALL_CASES } from '../cases/index.ts';
import { caseGraph, caseId, caseInputs } from '../helpers/cases.ts';
import { compareTensors } from '../helpers/compare.ts';

const TILED: Partial<FusionOptions> = { tileMin: 1 };
/** f32 kernels against the float64 reference: a few ulps of the output's scale. */
const TOL = 2e-6;
const tiledKernels = (p: Program) => p.kernels.filter((k) => k.mapping.tile !== undefined);

function check(g: Graph, inputs: ReadonlyMap<string, Tensor>, opts: Partial<FusionOptions> = TILED): Program {
  const ref = runReference(g, inputs, new Map()).outputs;
  const program = compileGraph(g, opts);
  const got = runOnCpu(program, inputs, new Map());
  for (const [name, want] of ref) {
    const d = compareTensors(got.get(name)!, want, TOL);
    expect(d.ok, `${name}: ${d.message}`).toBe(true);
  }
  return program;
}

/** Deterministic values in [-1, 1). */
const filled = (shape: readonly number[], seed: number) =>
  Tensor.from('f32', shape, Array.from({ length: numel(shape) }, (_, i) => (((i * 7919 + seed * 104729) % 2003) / 1001.5) - 1));

describe('tiled conv and matmul: every op case', () => {
  for (const c of ALL_CASES.filter((c) => c.op === 'conv' || c.op === 'matmul')) {
    it(caseId(c), () => {
      const g = caseGraph(c);
      const p = check(g, new Map(caseInputs(c).map((t, i) => [`x${i}`, t])));
      // (f16, i32 and c64 products, and convs of a spread input, keep the one-loop lowering)
      const spread = ((c.attrs?.inputDilation ?? []) as number[]).some((r) => r !== 1);
      expect(tiledKernels(p).length).toBe(!spread && g.nodes.every((n) => n.op !== 'input' || n.type.dtype === 'f32') ? 1 : 0);
    });
  }
});

interface ConvShape { x: number[]; w: number[]; stride?: number[]; padding?: number[]; groups?: number }

const CONVS: Record<string, ConvShape> = {
  '3x3 padding 1, rows, columns and reduction not multiples of the tile': { x: [2, 5, 9, 11], w: [20, 5, 3, 3], padding: [1, 1] },
  '1x1, 40 output channels (two row tiles, the second partial)': { x: [1, 12, 7, 6], w: [40, 12, 1, 1] },
  '3x3 stride 2 padding 1 on odd sizes': { x: [1, 6, 13, 9], w: [16, 6, 3, 3], stride: [2, 2], padding: [1, 1] },
  'groups 3 (each group its own products)': { x: [2, 9, 8, 8], w: [12, 3, 3, 3], padding: [1, 1], groups: 3 },
  '7x7 stride 2 stem': { x: [1, 3, 19, 19], w: [8, 3, 7, 7], stride: [2, 2], padding: [3, 3] },
};

describe('tiled conv at edge shapes', () => {
  for (const [title, s] of Object.entries(CONVS)) {
    it(title, () => {
      const b = new GraphBuilder();
      const y = b.conv(b.input('x', 'f32', s.x), b.input('w', 'f32', s.w), { stride: s.stride ?? [], padding: s.padding ?? [], groups: s.groups ?? 1 });
      b.output('y', y);
      const p = check(b.build(), new Map([['x', filled(s.x, 1)], ['w', filled(s.w, 2)]]));
      expect(tiledKernels(p)).toHaveLength(1);
    });
  }

  it('matmul with a broadcast batch and no axis a multiple of the tile', () => {
    const b = new GraphBuilder();
    b.output('y', b.matmul(b.input('a', 'f32', [2, 1, 37, 19]), b.input('b', 'f32', [3, 19, 45])));
    const p = check(b.build(), new Map([['a', filled([2, 1, 37, 19], 3)], ['b', filled([3, 19, 45], 4)]]));
    expect(tiledKernels(p)).toHaveLength(1);
  });
});

describe('tiled conv with a fused epilogue', () => {
  const bnRelu = (b: GraphBuilder, v: Value, c: number) =>
    b.relu(b.add(b.mul(v, b.input('scale', 'f32', [1, c, 1, 1])), b.input('shift', 'f32', [1, c, 1, 1])));

  it('conv + BN + ReLU (+ residual) is one tiled kernel', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 6, 10, 9]);
    const y = bnRelu(b, b.conv(x, b.input('w', 'f32', [6, 6, 3, 3]), { padding: [1, 1] }), 6);
    b.output('y', b.add(y, x));
    const inputs = new Map([['x', filled([2, 6, 10, 9], 5)], ['w', filled([6, 6, 3, 3], 6)], ['scale', filled([1, 6, 1, 1], 7)], ['shift', filled([1, 6, 1, 1], 8)]]);
    const p = check(b.build(), inputs);
    expect(p.launches).toHaveLength(1);
    expect(tiledKernels(p)).toHaveLength(1);
  });

  it('below tileMin the same graph keeps its untiled kernel', () => {
    const b = new GraphBuilder();
    b.output('y', bnRelu(b, b.conv(b.input('x', 'f32', [1, 4, 6, 6]), b.input('w', 'f32', [4, 4, 3, 3])), 4));
    expect(tiledKernels(compileGraph(b.build(), { tileMin: 4 * 4 * 4 * 36 + 1 }))).toHaveLength(0);
  });

  it('tiles change no other fusion: a site kernel still absorbs the conv its 1x1 conv reads', () => {
    const b = new GraphBuilder();
    const h = bnRelu(b, b.conv(b.input('x', 'f32', [1, 8, 6, 6]), b.input('w', 'f32', [4, 8, 3, 3]), { padding: [1, 1] }), 4);
    b.output('y', b.conv(h, b.input('w2', 'f32', [16, 4, 1, 1])));
    const g = b.build();
    const untiled = planFusion(g, { ...DEFAULT_FUSION, tileMin: Infinity });
    expect(untiled.kernels.some((k) => k.tables !== undefined)).toBe(true);
    expect([...planFusion(g, { ...DEFAULT_FUSION, ...TILED }).stored]).toEqual([...untiled.stored]);
  });
});
