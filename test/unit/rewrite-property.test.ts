// simplify() on random graphs: every output keeps its value bit for bit under the reference interpreter
// (-0 and +0 told apart, NaN equal to NaN), and the graph never grows. The random graphs rarely hold
// what the clean-up folds, so each is also "seasoned": nodes wrapped in the redundant patterns autodiff
// output is full of (x*1, x+(-0), reshape and permute round trips, neg of neg, sums of expands,
// duplicated nodes), some of which must stay (x+0 on floats) and some of which change the value (a sum
// of k copies, a minimum with -0 that makes negative zeros); the seasoned graph is compared with its own
// simplification.
import { describe, expect, it } from 'vitest';
import { isFloat } from '../../ir/dtype.ts';
import type { Graph, Node } from '../../ir/graph.ts';
import { printGraph } from '../../ir/text.ts';
import type { Tensor } from '../../ir/tensor.ts';
import { rebuildGraph, type Rebuilder } from '../../ir/rewrite/rebuild.ts';
import { simplify } from '../../ir/rewrite/simplify.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { Rng } from '../../runtime/random.ts';
import { randomGraph } from '../helpers/random-graph.ts';

const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);

type Wrap = (x: number, n: Node, r: Rebuilder, rng: Rng) => number | undefined;

const scalar = (r: Rebuilder, n: Node, dtype: string, value: number) => r.append('const', [], { dtype, shape: [], value: [value] }, n);

/** Redundant patterns around a value `x` of node `n`'s type (undefined where one does not fit). */
const WRAPS: Wrap[] = [
  (x, n, r, rng) => (rng.next() < 0.5 ? r.append('mul', [x, scalar(r, n, n.type.dtype, 1)], {}, n) : r.append('mul', [scalar(r, n, n.type.dtype, 1), x], {}, n)),
  (x, n, r) => r.append('add', [x, scalar(r, n, n.type.dtype, -0)], {}, n),
  (x, n, r) => r.append('add', [scalar(r, n, n.type.dtype, 0), x], {}, n), // folds for i32 only
  (x, n, r) => r.append('sub', [x, scalar(r, n, n.type.dtype, 0)], {}, n),
  (x, n, r) => (isFloat(n.type.dtype) ? r.append('div', [x, scalar(r, n, n.type.dtype, 1)], {}, n) : undefined),
  (x, n, r) => r.append('neg', [r.append('neg', [x], {}, n)], {}, n),
  (x, n, r) => r.append('reshape', [r.append('reshape', [x], { shape: [-1] }, n)], { shape: [...n.type.shape] }, n),
  (x, n, r, rng) => {
    const rank = n.type.shape.length;
    if (rank < 2) return undefined;
    const perm = [...Array(rank).keys()];
    for (let i = rank - 1; i > 0; i--) { const j = rng.int(0, i + 1); [perm[i], perm[j]] = [perm[j], perm[i]]; }
    const inverse = perm.map((_, k) => perm.indexOf(k));
    return r.append('permute', [r.append('permute', [x], { perm }, n)], { perm: inverse }, n);
  },
  (x, n, r, rng) => r.append('sum', [r.append('expand', [x], { shape: [rng.int(1, 6), ...n.type.shape] }, n)], { axes: [0] }, n),
  // -0 where x > 0: what tells a folded x+0 from x (and k copies of -0 summed from k * -0)
  (x, n, r) => (isFloat(n.type.dtype) ? r.append('minimum', [x, scalar(r, n, n.type.dtype, -0)], {}, n) : undefined),
  (x, n, r) => r.append('slice', [x], { axes: [0], starts: [0], ends: [n.type.shape[0]] }, n),
  (x, n, r) => r.append('cast', [x], { to: n.type.dtype }, n),
  (x, n, r) => r.append('add', [x, r.copy(n)], {}, n),
];

function season(g: Graph, seed: number): Graph {
  const rng = new Rng(seed * 31 + 5);
  return rebuildGraph(g, (n, r) => {
    let x = r.copy(n);
    const numeric = n.type.dtype === 'f32' || n.type.dtype === 'i32';
    if (n.inputs.length === 0 || !numeric || n.type.shape.length === 0) return x;
    for (let k = rng.int(0, 4); k > 0; k--) x = WRAPS[rng.int(0, WRAPS.length)](x, n, r, rng) ?? x;
    return x;
  }).graph;
}

function expectBitwiseSame(got: ReadonlyMap<string, Tensor>, want: ReadonlyMap<string, Tensor>, context: () => string): void {
  for (const [name, w] of want) {
    const a = [...got.get(name)!.data], b = [...w.data];
    const bad = b.findIndex((v, i) => !Object.is(v, a[i]));
    expect(bad, `output ${name} element ${bad}: ${a[bad]} vs ${b[bad]}\n${context()}`).toBe(-1);
    expect(a.length).toBe(b.length);
  }
}

describe('simplify keeps every output bit for bit and never grows the graph', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => {
      const rg = randomGraph(seed);
      for (const g of [rg.graph, season(rg.graph, seed)]) {
        const s = simplify(g).graph;
        const context = () => `seed ${seed}\n${printGraph(g)}\nsimplified:\n${printGraph(s)}`;
        expect(s.nodes.length, context()).toBeLessThanOrEqual(g.nodes.length);
        expect(s.outputs.map((o) => o.name)).toEqual(g.outputs.map((o) => o.name));
        expectBitwiseSame(runReference(s, rg.inputs, {}).outputs, runReference(g, rg.inputs, {}).outputs, context);
      }
    });
  }

  it('folds most of the seasoning', () => {
    // every wrapper but x+0 on floats and float sums of copies folds
    let before = 0, after = 0;
    for (const seed of SEEDS.slice(0, 30)) {
      const g = season(randomGraph(seed).graph, seed);
      before += g.nodes.length;
      after += simplify(g).graph.nodes.length;
    }
    expect(after).toBeLessThan(0.8 * before);
  });
});

describe('simplify with exactFloats false', () => {
  for (const seed of SEEDS.slice(0, 40)) {
    it(`seed ${seed}: values equal up to rounding and the sign of zero`, () => {
      const rg = randomGraph(seed);
      const g = season(rg.graph, seed);
      const s = simplify(g, { exactFloats: false }).graph;
      expect(s.nodes.length).toBeLessThanOrEqual(g.nodes.length);
      const got = runReference(s, rg.inputs, {}).outputs;
      for (const [name, w] of runReference(g, rg.inputs, {}).outputs) {
        const a = got.get(name)!.data;
        w.data.forEach((v, i) => {
          const ok = v === a[i] || (Number.isNaN(v) && Number.isNaN(a[i])) || Math.abs(v - a[i]) <= 1e-12 * Math.max(1, Math.abs(v));
          expect(ok, `seed ${seed} output ${name} element ${i}: ${a[i]} vs ${v}`).toBe(true);
        });
      }
    });
  }
});
