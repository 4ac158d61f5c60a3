// The fusion rules of codegen/fuse.ts, one small hand-built graph each: what is fused, what is stored,
// how many kernels and launches result, and that the compiled program still computes the reference's
// values (run by the CPU kernel interpreter). The rules that give a kernel its mapping (rows, tiles) are
// in fusion-mappings.test.ts.
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { bytesOf, planFusion } from '../../codegen/fuse.ts';
import { LOOP_RECOMPUTE_READS } from '../../codegen/loop-recompute.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import type { Graph } from '../../ir/graph.ts';
import { Tensor } from '../../ir/tensor.ts';
import { checked, inputsOf, intermediates, launchOps } from '../helpers/fusion-check.ts';

describe('rule 3: elementwise chains', () => {
  it('an elementwise chain is one kernel', () => {
    const b = new GraphBuilder('chain');
    const x = b.input('x', 'f32', [3, 5]), y = b.input('y', 'f32', [3, 5]);
    b.output('out', b.sigmoid(b.add(b.mul(b.relu(x), 2), y)));
    const g = b.build();
    const p = checked(g);
    expect(launchOps(p)).toEqual(['relu+mul+add+sigmoid']);
    expect(p.launches[0].bindings).toEqual([x.id, y.id, g.outputs[0].node]);
    expect(p.cost.fused).toEqual({ launches: 1, bytesRead: 2 * 60, bytesWritten: 60 });
    expect(p.cost.unfused.launches).toBe(4);
    expect(intermediates(p)).toEqual([]);
  });

  it('a literal constant is inlined; a constant tensor is a buffer', () => {
    const b = new GraphBuilder('consts');
    const x = b.input('x', 'f32', [2, 3]);
    const c = b.constant([1, 2, 3], 'f32', [3]);
    b.output('out', b.mul(b.add(x, 0.5), c));
    const p = checked(b.build());
    expect(p.launches).toHaveLength(1);
    expect(p.launches[0].bindings).toEqual([x.id, c.id, b.graph.outputs[0].node]);
    expect(p.values.filter((v) => v.role === 'const').map((v) => v.node)).toEqual([c.id]);
  });

  it('an output is stored even when other ops read it, and they load it rather than recompute it', () => {
    const b = new GraphBuilder('outputs');
    const x = b.input('x', 'f32', [4, 4]);
    const y1 = b.relu(x);
    const y2 = b.neg(b.exp(y1));
    b.output('y1', y1);
    b.output('y2', y2);
    const p = checked(b.build());
    expect(launchOps(p)).toEqual(['relu', 'exp+neg']);
    expect(p.launches[1].bindings).toEqual([y1.id, y2.id]);
  });
});

describe('rule 3: broadcasts are never materialised', () => {
  it('a broadcast operand is read through its own strides', () => {
    const b = new GraphBuilder('bias');
    const x = b.input('x', 'f32', [4, 6]), bias = b.input('bias', 'f32', [6]), col = b.input('col', 'f32', [4, 1]);
    b.output('out', b.mul(b.add(x, bias), col));
    const p = checked(b.build());
    expect(p.launches).toHaveLength(1);
    expect(p.launches[0].bindings).toEqual([x.id, bias.id, col.id, b.graph.outputs[0].node]);
    expect(p.cost.fused.bytesRead).toBe(4 * (24 + 6 + 4));
  });

  it('an explicit expand is fused like any index remapping', () => {
    const b = new GraphBuilder('expand');
    const x = b.input('x', 'f32', [4, 6]), v = b.input('v', 'f32', [6]);
    const e = b.expand(b.reshape(v, { shape: [1, 6] }), { shape: [4, 6] });
    b.output('out', b.sub(x, e));
    const p = checked(b.build());
    expect(launchOps(p)).toEqual(['reshape+expand+sub']);
    expect(intermediates(p)).toEqual([]);
    expect(p.cost.fused.bytesRead).toBe(4 * (24 + 6));
  });

  it('arithmetic broadcast to many more elements than it has is computed once, and stored', () => {
    const b = new GraphBuilder('broadcast-exp');
    const x = b.input('x', 'f32', [64, 64, 256]), w = b.input('w', 'f32', [64, 1]);
    // exp(-w): 2 arithmetic nodes, each evaluated 64 * 256 times per element of w if fused into the product
    b.output('out', b.mul(x, b.exp(b.neg(w))));
    const p = compileGraph(b.build());
    expect(launchOps(p)).toEqual(['neg+exp', 'mul']);
    // a small broadcast stays fused: 2 nodes x (4 - 1) x 3 extra evaluations
    const c = new GraphBuilder('broadcast-exp-small');
    c.output('out', c.mul(c.input('x', 'f32', [4, 3]), c.exp(c.neg(c.input('w', 'f32', [3])))));
    expect(launchOps(checked(c.build()))).toEqual(['neg+exp+mul']);
  });

  it('the reason names the consumer that broadcasts, not another that reads once', () => {
    // as floor(y) of a sample coordinate in SIFA's gradient, read once by floor(y) + 1 and once per channel
    // by the samples beside it (128 values: too many for a site kernel's register table to take them in)
    const b = new GraphBuilder('broadcast-reason');
    const f = b.exp(b.neg(b.input('w', 'f32', [128])));
    b.output('y', b.mul(b.mul(b.input('x', 'f32', [8192, 128]), f), b.add(f, b.constant(1))));
    const reasons = compileGraph(b.build()).launches.flatMap((l) => l.why ?? []).filter((r) => r.includes('broadcasts it'));
    expect(reasons).toEqual([expect.stringMatching(/^%2 exp: %4 mul broadcasts it to 8190 times its size/)]);
  });

  it('a reduction over a broadcast reads only the small operand', () => {
    const b = new GraphBuilder('reduce-broadcast');
    const x = b.input('x', 'f32', [5, 7]), row = b.input('row', 'f32', [1, 7]);
    b.output('out', b.sum(b.mul(x, row), { axes: [0] }));
    const p = checked(b.build());
    expect(launchOps(p)).toEqual(['mul+sum']);
    expect(p.launches[0].bindings).toEqual([x.id, row.id, b.graph.outputs[0].node]);
  });
});

describe('rule 3: a shared inline value is recomputed unless storing it moves fewer bytes', () => {
  // storing costs a write plus a read per consumer; recomputing reads the value's inputs per consumer
  const stores = (g: Graph, id: number): boolean => {
    const k = g.nodes.filter((n) => n.inputs.includes(id)).length;
    const leaves = new Set<number>();
    const walk = (i: number): void => {
      const n = g.nodes[i];
      if (n.op === 'input') leaves.add(i);
      else n.inputs.forEach(walk);
    };
    walk(id);
    const readBytes = [...leaves].reduce((a, l) => a + bytesOf(g.nodes[l]), 0);
    return k * readBytes > (1 + k) * bytesOf(g.nodes[id]) + readBytes;
  };

  it('a cheap value of one input read by two consumers is recomputed in each', () => {
    const b = new GraphBuilder('recompute');
    const x = b.input('x', 'f32', [32]), y = b.input('y', 'f32', [32]), z = b.input('z', 'f32', [32]);
    const t = b.relu(x);
    b.output('a', b.add(t, y));
    b.output('b', b.mul(t, z));
    const g = b.build();
    expect(stores(g, t.id)).toBe(false); // 2 * 128 read again vs 128 written + 2 * 128 read + 128
    expect(planFusion(g).stored.has(t.id)).toBe(false);
    const p = checked(g);
    // (the two consumers both read x: rule 9 makes them one kernel, which computes t once)
    expect(launchOps(p)).toEqual(['relu+add+mul']);
    expect(p.cost.fused).toEqual({ launches: 1, bytesRead: 3 * 128, bytesWritten: 2 * 128 });
  });

  it('a value of four inputs read by three consumers is stored', () => {
    const b = new GraphBuilder('store');
    const [p0, p1, p2, p3] = ['a', 'b', 'c', 'd'].map((n) => b.input(n, 'f32', [32]));
    const t = b.add(b.add(b.add(p0, p1), p2), p3);
    b.output('r', b.relu(t));
    b.output('n', b.neg(t));
    b.output('s', b.sigmoid(t));
    const g = b.build();
    expect(stores(g, t.id)).toBe(true); // 3 * 512 read again vs 128 written + 3 * 128 read + 512
    const plan = planFusion(g);
    expect(plan.stored.has(t.id)).toBe(true);
    expect(plan.stored.has(t.id - 1)).toBe(false); // the inner adds have one consumer: fused
    const p = checked(g);
    expect(launchOps(p)).toEqual(['add+add+add', 'relu+neg+sigmoid']);
    expect(intermediates(p)).toEqual([t.id]);
  });

  it('a small view of a large buffer read twice is stored (the whole buffer counts as read)', () => {
    const b = new GraphBuilder('view');
    const x = b.input('x', 'f32', [1000]);
    const head = b.slice(x, { axes: [0], starts: [0], ends: [10] });
    b.output('a', b.exp(head));
    b.output('b', b.tanh(head));
    const g = b.build();
    expect(stores(g, head.id)).toBe(true);
    expect(planFusion(g).stored.has(head.id)).toBe(true);
    expect(launchOps(checked(g))).toEqual(['slice', 'exp+tanh']);
  });

  it('with fuse: false every op is stored', () => {
    const b = new GraphBuilder('unfused');
    const x = b.input('x', 'f32', [8]);
    b.output('out', b.relu(b.neg(b.add(x, 1))));
    const g = b.build();
    const p = checked(g, { fuse: false });
    expect(launchOps(p)).toEqual(['add', 'neg', 'relu']);
    expect(p.cost.fused).toEqual(p.cost.unfused);
  });
});

describe('rule 2: a loop op is fused only where it is read once, up to the kernel root', () => {
  it('a reduction fuses its elementwise prologue and epilogue', () => {
    const b = new GraphBuilder('norm');
    const x = b.input('x', 'f32', [6, 40]);
    const s = b.sum(b.mul(x, x), { axes: [1] });
    b.output('out', b.mul(b.sqrt(b.add(s, 1e-3)), 0.5));
    const p = checked(b.build());
    expect(launchOps(p)).toEqual(['mul+sum+add+sqrt+mul']);
    expect(p.kernels[0].mapping.kind).toBe('flat');
    expect(p.cost.fused).toEqual({ launches: 1, bytesRead: 4 * 240, bytesWritten: 4 * 6 });
    expect(p.cost.unfused.launches).toBe(5);
  });

  it('a large reduction runs cooperatively, prologue and epilogue in the same kernel', () => {
    const b = new GraphBuilder('logsumexp');
    const x = b.input('x', 'f32', [3, 600]);
    b.output('out', b.log(b.sum(b.exp(x), { axes: [1], keepdims: true })));
    const p = checked(b.build());
    expect(launchOps(p)).toEqual(['exp+sum+log']);
    expect(p.kernels[0].mapping.kind).toBe('group');
    expect(p.launches[0].total).toBe(3); // one workgroup per output element
  });

  it('a reduction read many times (broadcast back) is stored', () => {
    const b = new GraphBuilder('center');
    const x = b.input('x', 'f32', [8, 16]);
    const m = b.mean(x, { axes: [1], keepdims: true });
    b.output('out', b.sub(x, m));
    const g = b.build();
    expect(planFusion(g).stored.has(m.id)).toBe(true);
    const p = checked(g);
    expect(launchOps(p)).toEqual(['mean', 'sub']);
  });

  it('a reduction with two consumers is stored even though each reads it once', () => {
    const b = new GraphBuilder('two');
    const x = b.input('x', 'f32', [8, 16]);
    const s = b.sum(x, { axes: [1] });
    b.output('a', b.relu(s));
    b.output('b', b.neg(s));
    const p = checked(b.build());
    expect(launchOps(p)).toEqual(['sum', 'relu+neg']);
  });

  it('a read-once consumer does not suffice when a later op reads the chain many times', () => {
    const b = new GraphBuilder('chain-many');
    const x = b.input('x', 'f32', [8, 16]), y = b.input('y', 'f32', [16, 8]);
    const s = b.sum(x, { axes: [1] });
    const t = b.mul(s, 2); // reads s once...
    b.output('out', b.add(y, t)); // ...but t is broadcast over y's rows: fusing s would repeat the sum 16 times
    const g = b.build();
    const plan = planFusion(g);
    expect(plan.stored.has(s.id)).toBe(true);
    expect(plan.stored.has(t.id)).toBe(false);
    expect(launchOps(checked(g))).toEqual(['sum', 'mul+add']);
  });

  it('rule 5: with fewer rows than columns the same chain is one site kernel, the sum once per column', () => {
    const b = new GraphBuilder('chain-site');
    const x = b.input('x', 'f32', [8, 16]), y = b.input('y', 'f32', [4, 8]);
    b.output('out', b.add(y, b.mul(b.sum(x, { axes: [1] }), 2)));
    const p = checked(b.build());
    expect(launchOps(p)).toEqual(['sum+mul+add']);
    expect(p.launches[0].total).toBe(8); // one invocation per column, looping over the 4 rows
  });

  it('matmul: an epilogue fuses', () => {
    const b = new GraphBuilder('linear');
    const x = b.input('x', 'f32', [4, 6]), w = b.input('w', 'f32', [6, 5]), bias = b.input('bias', 'f32', [5]);
    b.output('out', b.relu(b.add(b.matmul(x, w), bias)));
    const p = checked(b.build());
    expect(launchOps(p)).toEqual(['matmul+add+relu']);
  });

  it('matmul feeding matmul: the first is stored, the inline ops between fuse into the second', () => {
    const b = new GraphBuilder('mlp');
    const x = b.input('x', 'f32', [2, 6]), w1 = b.input('w1', 'f32', [6, 5]), bias = b.input('bias', 'f32', [5]);
    const w2 = b.input('w2', 'f32', [5, 3]);
    const m = b.matmul(x, w1);
    const h = b.relu(b.add(m, bias));
    b.output('out', b.matmul(h, w2));
    const g = b.build();
    const plan = planFusion(g);
    expect(plan.stored.has(m.id)).toBe(true); // rule 2: the second matmul reads h (so m) many times
    expect(plan.stored.has(h.id)).toBe(false); // rule 3: one consumer, so fused, as a prologue
    expect(launchOps(checked(g))).toEqual(['matmul', 'add+relu+matmul']);
  });

  it('rule 5: with more rows than outputs per row, the two matmuls are one site kernel (a hidden row in registers)', () => {
    const b = new GraphBuilder('mlp-site');
    const x = b.input('x', 'f32', [4, 6]), w1 = b.input('w1', 'f32', [6, 5]), bias = b.input('bias', 'f32', [5]);
    const m = b.matmul(x, w1);
    b.output('out', b.matmul(b.relu(b.add(m, bias)), b.input('w2', 'f32', [5, 3])));
    const p = checked(b.build());
    expect(launchOps(p)).toEqual(['matmul+add+relu+matmul']);
    expect(p.launches[0].fuses.find((f) => f.id === m.id)?.note).toBe('register table along axis 1');
  });

  it('a reduction of a matmul stores the matmul', () => {
    const b = new GraphBuilder('mm-sum');
    const x = b.input('x', 'f32', [4, 6]), w = b.input('w', 'f32', [6, 5]);
    b.output('out', b.sum(b.matmul(x, w), { axes: [1] }));
    expect(launchOps(checked(b.build()))).toEqual(['matmul', 'sum']);
  });

  it('bilinear_splat fuses the expression of its values: each value is read only by the pixels its sample lands on', () => {
    // 81 pixels per plane: were every pixel to evaluate every sample's value, the product would be
    // recomputed 81 times over and stored
    const b = new GraphBuilder('splat');
    const u = b.input('u', 'f32', [1, 2, 12]), v = b.input('v', 'f32', [1, 2, 12]);
    const y = b.input('y', 'f32', [1, 12]), x = b.input('x', 'f32', [1, 12]);
    b.output('out', b.bilinear_splat(b.mul(b.exp(u), v), y, x, { size: [9, 9] }));
    const g = b.build();
    const inputs = inputsOf(g, 5);
    for (const c of ['y', 'x']) inputs.set(c, Tensor.from('f32', [1, 12], Array.from({ length: 12 }, (_, i) => Math.fround(i * 0.77 - 1.3))));
    const p = checked(g, {}, inputs);
    expect(launchOps(p)).toEqual(['exp+mul+bilinear_splat']);
  });

  it('conv: bias and activation fuse as an epilogue', () => {
    const b = new GraphBuilder('conv-relu');
    const x = b.input('x', 'f32', [1, 2, 6, 6]);
    const w = b.input('w', 'f32', [3, 2, 3, 3]), bias = b.input('bias', 'f32', [1, 3, 1, 1]);
    b.output('out', b.relu(b.add(b.conv(x, w, { padding: [1, 1] }), bias)));
    expect(launchOps(checked(b.build()))).toEqual(['conv+add+relu']);
  });

  it('conv feeding conv: the first is stored', () => {
    const b = new GraphBuilder('convs');
    const x = b.input('x', 'f32', [1, 2, 6, 6]);
    const w1 = b.input('w1', 'f32', [3, 2, 3, 3]), bias = b.input('bias', 'f32', [1, 3, 1, 1]);
    const w2 = b.input('w2', 'f32', [2, 3, 3, 3]);
    const c = b.conv(x, w1, { padding: [1, 1] });
    b.output('out', b.conv(b.relu(b.add(c, bias)), w2, { padding: [1, 1] }));
    const g = b.build();
    expect(planFusion(g).stored.has(c.id)).toBe(true);
    expect(launchOps(checked(g))).toEqual(['conv', 'add+relu+conv']);
  });

  // rule 2c (loop-recompute.ts): a conv over a few channels read by two kernels, one summing it
  const twoReaders = (channels: number) => {
    const b = new GraphBuilder('conv-two-readers');
    const x = b.input('x', 'f32', [2, channels, 6]), w = b.input('w', 'f32', [3, channels, 1]), y = b.input('y', 'f32', [2, 3, 6]);
    const c = b.conv(x, w);
    b.output('a', b.relu(c));
    b.output('s', b.sum(b.mul(c, y), { axes: [2] }));
    return { g: b.build(), c };
  };

  it('a conv of few reads per element read by two kernels, one through a reduction, is recomputed in each', () => {
    const { g, c } = twoReaders(4);
    expect(planFusion(g).stored.has(c.id)).toBe(false);
    expect(launchOps(checked(g))).toEqual(['conv+relu', 'conv+mul+sum']);
  });

  it('the same conv over more channels than LOOP_RECOMPUTE_READS allows for two readers is stored', () => {
    const { g, c } = twoReaders(LOOP_RECOMPUTE_READS / 2 + 1);
    expect(planFusion(g).stored.has(c.id)).toBe(true);
    expect(launchOps(checked(g))).toEqual(['conv', 'relu', 'mul+sum']);
  });
});

describe('rule 4: the storage-buffer limit', () => {
  const addChain = (n: number) => {
    const b = new GraphBuilder('wide');
    const xs = Array.from({ length: n }, (_, i) => b.input(`x${i}`, 'f32', [5, 3]));
    b.output('out', xs.slice(1).reduce((acc, x) => b.add(acc, x), xs[0]));
    return b.build();
  };

  it('an add chain over 10 inputs splits into kernels of at most 8 buffers, still correct', () => {
    const g = addChain(10);
    expect(compileGraph(g, { maxStorageBuffers: 16 }).launches).toHaveLength(1); // 10 inputs + out fit in 16
    const p = checked(g, { maxStorageBuffers: 8 });
    expect(p.launches.length).toBeGreaterThan(1);
    for (const k of p.kernels) expect(k.buffers.length + (k.traps ? 1 : 0)).toBeLessThanOrEqual(8);
    const bound = new Set(p.launches.flatMap((l) => l.bindings));
    for (const x of g.inputs()) expect(bound.has(x.id)).toBe(true);
    console.log(`10-input add chain, 8 buffers: ${launchOps(p).join(' | ')}`);
  });

  it('of two equally balanced splits, the one storing the smaller value is taken', () => {
    const b = new GraphBuilder('split-bytes');
    const y1 = b.input('y1', 'f32', [2, 8]), y2 = b.input('y2', 'f32', [2, 8]);
    const wide = b.mul(y1, y2); // (first in order: a split by balance alone would store it)
    const narrow = b.mul(b.input('x1', 'f32', [8]), b.input('x2', 'f32', [8]));
    b.output('out', b.add(narrow, wide));
    const g = b.build();
    const p = checked(g, { maxStorageBuffers: 4 });
    expect(intermediates(p)).toEqual([narrow.id]);
    expect(launchOps(p)).toEqual(['mul', 'mul+add']);
  });

  it('with 4 buffers the chain splits further', () => {
    const p = checked(addChain(10), { maxStorageBuffers: 4 });
    for (const k of p.kernels) expect(k.buffers.length).toBeLessThanOrEqual(4);
    expect(p.launches.length).toBeGreaterThanOrEqual(4); // 10 inputs, at most 3 per kernel
  });

  it('a trapping kernel counts its status buffer', () => {
    const b = new GraphBuilder('gather-wide');
    const x = b.input('x', 'f32', [4, 3]), idx = b.input('idx', 'i32', [4, 3]);
    const ys = Array.from({ length: 5 }, (_, i) => b.input(`y${i}`, 'f32', [4, 3]));
    b.output('out', ys.reduce((acc, y) => b.add(acc, y), b.gather(x, idx, { axis: 0 })));
    const g = b.build();
    // x, idx, y0..y4 and out are exactly 8 buffers, plus the status word: one too many
    const p = checked(g, { maxStorageBuffers: 8 }, inputsOf(g, 2, 4));
    expect(p.launches.length).toBeGreaterThan(1);
    for (const k of p.kernels) expect(k.buffers.length + (k.traps ? 1 : 0)).toBeLessThanOrEqual(8);
    expect(compileGraph(g, { maxStorageBuffers: 9 }).launches).toHaveLength(1);
  });

  it('of equally balanced splits, the one moving the fewest bytes: a reduction is stored, not the products it sums', () => {
    // s = Σ_j a·b·c·d over rows of 8, out = s + x0 + x1 + x2 + x3: 9 buffers; storing the products or
    // their sum leaves kernels of 5 and 4 reads either way, but the sum is 8 times smaller
    const b = new GraphBuilder('split-sum');
    const [a, bb, c, d] = ['a', 'b', 'c', 'd'].map((n) => b.input(n, 'f32', [4, 8]));
    const products = b.mul(b.mul(b.mul(a, bb), c), d);
    const s = b.sum(products, { axes: [1] });
    b.output('out', Array.from({ length: 4 }, (_, i) => b.input(`x${i}`, 'f32', [4])).reduce((acc, x) => b.add(acc, x), s));
    const g = b.build();
    const p = checked(g, { maxStorageBuffers: 8 });
    expect(intermediates(p)).toEqual([s.id]);
  });

  it('a split that makes both kernels fit is preferred to a more balanced one that moves more bytes', () => {
    // s = Σ_j a·b·…·g over rows of 64, out = s + x0 + x1: 10 buffers. Storing s (16 B) leaves kernels of
    // 3 and 7 reads; storing a partial product (1 KiB) would balance them better but write and read it
    const b = new GraphBuilder('split-fit');
    const factors = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => b.input(n, 'f32', [4, 64]));
    const s = b.sum(factors.slice(1).reduce((acc, v) => b.mul(acc, v), factors[0]), { axes: [1] });
    b.output('out', b.add(b.add(s, b.input('x0', 'f32', [4])), b.input('x1', 'f32', [4])));
    const p = checked(b.build(), { maxStorageBuffers: 8 });
    expect(intermediates(p)).toEqual([s.id]);
  });

  it('a concat wider than the limit is split into a tree of concats', () => {
    const b = new GraphBuilder('concat-wide');
    const xs = Array.from({ length: 11 }, (_, i) => b.input(`x${i}`, 'f32', [2, i % 3 + 1]));
    b.output('out', b.relu(b.concat(xs, { axis: 1 })));
    const p = checked(b.build(), { maxStorageBuffers: 4 });
    for (const k of p.kernels) expect(k.buffers.length).toBeLessThanOrEqual(4);
  });
});

describe('whole programs', () => {
  const convBlock = () => {
    const b = new GraphBuilder('conv-block');
    const x = b.input('x', 'f32', [2, 4, 8, 8]);
    const w = b.input('w', 'f32', [8, 4, 3, 3]);
    const bias = b.input('bias', 'f32', [1, 8, 1, 1]), scale = b.input('scale', 'f32', [1, 8, 1, 1]);
    const y = b.mul(b.relu(b.add(b.conv(x, w, { padding: [1, 1] }), bias)), scale);
    b.output('out', b.mean(y, { axes: [2, 3] }));
    return b.build();
  };

  it('conv -> +bias -> relu -> *scale -> spatial mean: fewer launches and bytes fused', () => {
    const p = checked(convBlock());
    const { fused: f, unfused: u } = p.cost;
    console.log(`conv block: fused ${f.launches} launches, ${f.bytesRead + f.bytesWritten} bytes; ` +
      `unfused ${u.launches} launches, ${u.bytesRead + u.bytesWritten} bytes (${launchOps(p).join(' | ')})`);
    // the mean reads its prologue many times, so the conv is stored and the rest is one kernel
    expect(launchOps(p)).toEqual(['conv', 'add+relu+mul+mean']);
    expect(f.launches).toBe(2);
    expect(u.launches).toBe(5);
    expect(f.bytesRead + f.bytesWritten).toBeLessThan(u.bytesRead + u.bytesWritten);
  });

  it('compiling twice gives identical kernels and launches', () => {
    const build = () => {
      const b = new GraphBuilder('twice');
      const x = b.input('x', 'f32', [3, 8]), y = b.input('y', 'f32', [8]);
      const t = b.tanh(b.add(x, y));
      b.output('a', b.mul(t, t));
      b.output('b', b.sum(t, { axes: [0] }));
      return b.build();
    };
    const g = build();
    const once = compileGraph(g), again = compileGraph(g), rebuilt = compileGraph(build());
    expect(JSON.stringify(again.kernels)).toBe(JSON.stringify(once.kernels));
    expect(JSON.stringify(again.launches)).toBe(JSON.stringify(once.launches));
    expect(JSON.stringify(rebuilt.kernels)).toBe(JSON.stringify(once.kernels));
    expect(JSON.stringify(compileGraph(convBlock()).kernels)).toBe(JSON.stringify(compileGraph(convBlock()).kernels));
  });

  it('kernels that differ only in sizes are one kernel launched twice', () => {
    const b = new GraphBuilder('shared');
    const x = b.input('x', 'f32', [3, 4]), y = b.input('y', 'f32', [5, 7]);
    b.output('a', b.relu(x));
    b.output('b', b.relu(y));
    const p = checked(b.build());
    expect(p.kernels).toHaveLength(1);
    expect(p.launches.map((l) => l.kernel)).toEqual([p.kernels[0].name, p.kernels[0].name]);
    expect(p.launches.map((l) => l.total)).toEqual([12, 35]);
    expect(p.launches[0].syms).not.toEqual(p.launches[1].syms);
  });

  it('reductions of different sizes over the same axes share a kernel', () => {
    // (both longer than UNROLL_LOOP_MAX: shorter ones are unrolled, their count part of the code)
    const b = new GraphBuilder('shared-sum');
    const x = b.input('x', 'f32', [3, 12]), y = b.input('y', 'f32', [6, 20]);
    b.output('a', b.sum(b.exp(x), { axes: [1] }));
    b.output('b', b.sum(b.exp(y), { axes: [1] }));
    const p = checked(b.build());
    expect(p.kernels).toHaveLength(1);
    expect(p.launches).toHaveLength(2);
  });
});

describe('each launch says why what it writes is in memory (codegen/explain.ts)', () => {
  it('a graph output, a loop op read many times, an expression re-read by a conv, a value read by two kernels', () => {
    const b = new GraphBuilder('why');
    const x = b.input('x', 'f32', [2, 3]), w = b.input('w', 'f32', [3, 3]);
    const m = b.matmul(x, w); // read by the second matmul many times: rule 2
    const shared = b.exp(b.matmul(m, w)); // read by two output kernels
    b.output('a', b.sum(shared, { axes: [1] }));
    b.output('b', b.max(shared, { axes: [0] }));
    const g = b.build();
    const p = compileGraph(g, { maxStorageBuffers: 8 });
    const why = new Map(p.launches.flatMap((l) => l.why ?? []).map((line) => [Number(line.slice(1, line.indexOf(' '))), line] as const));
    expect(why.get(m.id)).toMatch(/matmul reads each element 3 times, and a loop op is fused only into a consumer that reads each element once/);
    expect(why.get(g.outputs[0].node)).toMatch(/a graph output$/);
    const sharedLine = [...why.values()].find((l) => l.includes('read by 2 kernels'));
    expect(sharedLine).toBeDefined();
  });
});
