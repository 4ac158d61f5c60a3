// The fusion rules that give a kernel its mapping (codegen/fuse.ts rules 6, 6b; rule 6c in
// codegen/inline-rows.ts): rows of a conv along the last axis, rows chosen by cost on CPU adapters, tiles of
// large products; each compiled program still computes the reference's values (CPU kernel interpreter).
import { describe, expect, it } from 'vitest';
import type { Program } from '../../codegen/compile.ts';
import { DEFAULT_FUSION, planFusion, type FusionOptions } from '../../codegen/fuse.ts';
import { ROW_LOOP_READS_MAX, withInlineRows } from '../../codegen/inline-rows.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import type { Graph } from '../../ir/graph.ts';
import { checked } from '../helpers/fusion-check.ts';

describe('rule 6: a conv kernel computes short rows along the last axis', () => {
  const convGraph = (w: number, attrs: { stride?: number[]; padding?: number[]; dilation?: number[]; groups?: number }) => {
    const b = new GraphBuilder('rows');
    const x = b.input('x', 'f32', [2, 4, 5, w]);
    const k = b.input('k', 'f32', [6, 4 / (attrs.groups ?? 1), 3, 3]);
    b.output('y', b.relu(b.add(b.conv(x, k, attrs), 0.5)));
    return b.build();
  };
  const cases = [
    { title: 'padding 1', w: 7, attrs: { padding: [1, 1] } },
    { title: 'stride 2, padding 2, dilation 2', w: 9, attrs: { stride: [2, 2], padding: [2, 2], dilation: [2, 2] } },
    { title: 'groups 2, no padding', w: 6, attrs: { groups: 2 } },
  ];
  for (const c of cases) {
    it(`${c.title}: one kernel over rows, the epilogue fused, values as the reference`, () => {
      const g = convGraph(c.w, c.attrs);
      const p = checked(g);
      expect(p.kernels).toHaveLength(1);
      const plan = planFusion(g);
      expect(plan.kernels[0].lineAxis).toBe(3);
      // the row's outputs are straight-line: the only loop left is over input channels
      const loops = (ss: readonly { k: string; body?: unknown }[]): number => ss.reduce((a, st) => a + (st.k === 'for' ? 1 + loops(st.body as never) : 0), 0);
      expect(loops(p.kernels[0].body as never)).toBe(1);
    });
  }
  it('rows longer than ROW_MAX are computed element by element', () => {
    const g = convGraph(70, { padding: [1, 1] });
    checked(g);
    expect(planFusion(g).kernels[0].lineAxis).toBeUndefined();
  });
});

describe('rule 6c (inlineRows, CPU adapters): a kernel left without a mapping computes short rows', () => {
  // BN + ReLU with per-channel statistics broadcast along the row, and a permute read through the remapping
  const bnRelu = (w: number) => {
    const b = new GraphBuilder('inline rows');
    const x = b.input('x', 'f32', [2, 3, 4, w]);
    const s = b.input('s', 'f32', [1, 3, 1, 1]);
    const y = b.relu(b.add(b.mul(b.sub(x, b.input('m', 'f32', [1, 3, 1, 1])), b.rsqrt(b.add(s, 1))), 0.5));
    b.output('y', b.add(y, b.permute(b.input('z', 'f32', [2, 3, w, 4]), { perm: [0, 1, 3, 2] })));
    return b.build();
  };
  // TAM's adaptive temporal conv as the benchmarks write it: y[t] = sum_k theta[k] x[t + k - 1]
  const temporalConv = (t: number) => {
    const b = new GraphBuilder('window rows');
    const frames = b.input('x', 'f32', [1, t, 4, 3, 5]);
    const stacked = b.unfold(frames, { at: 1, axes: [1], kernel: [3], padding: [1] }); // (1, 3, t, 4, 3, 5)
    const theta = b.reshape(b.input('theta', 'f32', [1, 4, 3]), { shape: [1, 4, 3, 1, 1, 1] });
    b.output('y', b.sum(b.mul(stacked, b.permute(theta, { perm: [0, 3, 4, 1, 2, 5] })), { axes: [1] }));
    return b.build();
  };
  const rows = { ...DEFAULT_FUSION, inlineRows: true };
  const rowPlan = (g: Graph, opts: FusionOptions = rows) => withInlineRows(g, planFusion(g, opts), opts).plan;
  const loads = (p: Program) => JSON.stringify(p.kernels[0].body).match(/"k":"load"/g)?.length ?? 0;
  it('rows along the axis that loads least (the last on a tie), values as the reference; off by default', () => {
    // (2 + 2/4 loads per output along axis 2 of (2, 3, 4, 2), 2 + 2/w along the last)
    for (const [w, axis] of [[2, 2], [5, 3], [16, 3]]) {
      const g = bnRelu(w);
      const p = checked(g, rows);
      expect(p.kernels).toHaveLength(1);
      expect(rowPlan(g).kernels[0].lineAxis).toBe(axis);
      expect(rowPlan(g, DEFAULT_FUSION).kernels[0].lineAxis).toBeUndefined();
    }
  });
  it('a window along time gets rows along time: each input element of a row loaded once', () => {
    for (const t of [5, 8]) {
      const g = temporalConv(t);
      const p = checked(g, rows);
      expect(p.kernels).toHaveLength(1);
      expect(rowPlan(g).kernels[0].lineAxis).toBe(1);
      // t frames and 3 taps of theta per row of t outputs
      expect(loads(p)).toBe(t + 3);
    }
  });
  it('rows longer than ROW_MAX, and loop ops reading more than ROW_LOOP_READS_MAX, are not taken', () => {
    const g = bnRelu(70);
    checked(g, rows);
    expect(rowPlan(g).kernels[0].lineAxis).toBe(2);
    for (const [n, rowed] of [[4, true], [ROW_LOOP_READS_MAX + 1, false]] as const) {
      const b = new GraphBuilder('sum rows');
      b.output('y', b.relu(b.sum(b.input('x', 'f32', [3, n, 6]), { axes: [1] })));
      const reduced = b.build();
      checked(reduced, rows);
      expect(rowPlan(reduced).kernels.every((k) => (k.lineAxis !== undefined) === rowed)).toBe(true);
    }
  });
});

describe('rule 6b: large products run as tiled kernels', () => {
  const convBnRelu = (cout: number, size: number) => {
    const b = new GraphBuilder('tiles');
    const x = b.conv(b.input('x', 'f32', [1, 16, size, size]), b.input('k', 'f32', [cout, 16, 3, 3]), { padding: [1, 1] });
    b.output('y', b.relu(b.add(b.mul(x, b.input('s', 'f32', [1, cout, 1, 1])), b.input('t', 'f32', [1, cout, 1, 1]))));
    return b.build();
  };
  it('a conv of at least TILE_MIN multiply-adds is tiled under its BN + ReLU epilogue, rows by its channels', () => {
    for (const [cout, rows] of [[8, 8], [16, 16], [40, 32]]) {
      const g = convBnRelu(cout, 32);
      const [k] = planFusion(g).kernels;
      expect(k.tile).toEqual({ member: g.nodes.find((n) => n.op === 'conv')!.id, rows, cols: 32 });
      expect(k.lineAxis).toBeUndefined();
    }
  });
  it('a smaller one keeps its rows; tileMin moves the line', () => {
    const g = convBnRelu(8, 8); // 8 x 64 outputs x 144: under 2^20
    expect(planFusion(g).kernels[0]).toMatchObject({ lineAxis: 3 });
    expect(planFusion(g).kernels[0].tile).toBeUndefined();
    expect(planFusion(g, { ...DEFAULT_FUSION, tileMin: 8 * 64 * 144 }).kernels[0].tile).toBeDefined();
    expect(planFusion(convBnRelu(40, 32), { ...DEFAULT_FUSION, tileMin: Infinity }).kernels[0].tile).toBeUndefined();
  });
});

