// Rule 5 of codegen/fuse.ts (codegen/site-fusion.ts): site kernels, register tables and side outputs. Each
// graph is compiled, its plan checked, and the program run by the CPU kernel interpreter against the
// reference interpreter.
import { describe, expect, it } from 'vitest';
import { gradientGraph } from '../../cli/grads.ts';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import { planFusion, type FusionOptions } from '../../codegen/fuse.ts';
import { probeOp } from '../../codegen/index-probe.ts';
import type { Stmt } from '../../codegen/kir.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import type { Graph } from '../../ir/graph.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { softmax } from '../../nn/activations.ts';
import { dtf } from '../../nn/dtf.ts';
import { mtconv } from '../../nn/mtconv-paper.ts';
import { sgs } from '../../nn/sgs.ts';
import { sifa } from '../../nn/sifa.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { initParams } from '../../runtime/init.ts';
import { Rng } from '../../runtime/random.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { compareTensors } from '../helpers/compare.ts';

function inputsOf(g: Graph, seed = 3): Map<string, Tensor> {
  const rng = new Rng(seed);
  return new Map(g.inputs().map((n) => [n.attrs.name as string,
    Tensor.from('f32', n.type.shape, Array.from({ length: numel(n.type.shape) }, () => Math.fround(rng.uniform(-1.5, 1.5))))] as const));
}

/** Compile, run on the CPU kernel interpreter, compare every output with the reference. */
function checked(g: Graph, tol = 2e-6, opts: Partial<FusionOptions> = {}): Program {
  const program = compileGraph(g, opts);
  const inputs = inputsOf(g);
  const params = initParams(g, 7);
  const ref = runReference(g, inputs, params).outputs;
  const got = runOnCpu(program, inputs, params);
  for (const [name, want] of ref) {
    const d = compareTensors(got.get(name)!, want, tol);
    expect(d.ok, `output ${name}: ${d.message}`).toBe(true);
  }
  return program;
}

const launchOps = (p: Program) => p.launches.map((l) => l.fuses.map((f) => f.op));

/** Register arrays of a kernel body, and the loops (by variable) each is declared inside. */
function registerArrays(body: readonly Stmt[], loops: string[] = []): { name: string; loops: string[] }[] {
  return body.flatMap((s) => {
    if (s.k === 'reg_array') return [{ name: s.name, loops }];
    if (s.k === 'for') return registerArrays(s.body, [...loops, s.v]);
    if (s.k === 'if') return [...registerArrays(s.then, loops), ...registerArrays(s.else ?? [], loops)];
    return [];
  });
}

describe('index probe: what the planner learns from a lowering', () => {
  it('a reduction reads its reduced axis in a loop and keeps the others exact', () => {
    const b = new GraphBuilder('probe');
    const x = b.input('x', 'f32', [2, 3, 4]);
    const s = b.sum(x, { axes: [1] });
    b.output('s', s);
    const g = b.build();
    const [uses] = probeOp(g, g.nodes[s.id]).inputs;
    expect(uses!.map((u) => [u.loop, u.exact])).toEqual([[false, 0], [true, undefined], [false, 1]]);
    expect(probeOp(g, g.nodes[s.id]).indexOnly).toBe(false);
  });

  it('movement ops are index-only; sampling coordinates are data', () => {
    const b = new GraphBuilder('probe');
    const img = b.input('img', 'f32', [1, 2, 4, 4]), ys = b.input('ys', 'f32', [1, 3, 4, 4]), xs = b.input('xs', 'f32', [1, 3, 4, 4]);
    const p = b.permute(img, { perm: [0, 1, 3, 2] });
    const s = b.bilinear(img, ys, xs);
    b.output('p', p);
    b.output('s', s);
    const g = b.build();
    expect(probeOp(g, g.nodes[p.id]).indexOnly).toBe(true);
    const [image] = probeOp(g, g.nodes[s.id]).inputs;
    expect(image!.map((u) => u.data)).toEqual([false, false, true, true]);
  });
});

describe('rule 5: site kernels', () => {
  it('softmax over a short axis is one kernel: the maximum and the sum are hoisted per row', () => {
    const b = new GraphBuilder('softmax');
    const x = b.input('x', 'f32', [40, 6]);
    b.output('y', softmax(b, x, 1));
    const p = checked(b.build());
    expect(launchOps(p)).toHaveLength(1);
    expect(launchOps(p)[0]).toEqual(expect.arrayContaining(['max', 'sum', 'exp', 'div']));
    expect(p.launches[0].total).toBe(40); // one invocation per row
  });

  it('is not chosen when there are fewer sites than elements along the line', () => {
    const b = new GraphBuilder('softmax_wide');
    const x = b.input('x', 'f32', [2, 300]);
    b.output('y', softmax(b, x, 1));
    const p = checked(b.build());
    expect(p.launches.length).toBeGreaterThan(1);
  });

  it('correlation, softmax over the taps and aggregation: one kernel, the K² correlations in a table', () => {
    // corr[n,k,h] = Σ_c q[n,c,h]·v[n,c,k,h]; a = softmax_k(corr); y[n,c,h] = Σ_k a[n,k,h]·v[n,c,k,h]
    const b = new GraphBuilder('attend');
    const q = b.input('q', 'f32', [2, 5, 1, 6]), v = b.input('v', 'f32', [2, 5, 9, 6]);
    const corr = b.sum(b.mul(q, v), { axes: [1] }); // (2, 9, 6)
    const a = b.reshape(softmax(b, corr, 1), { shape: [2, 1, 9, 6] });
    b.output('y', b.sum(b.mul(a, v), { axes: [2] }));
    const p = checked(b.build());
    expect(p.launches).toHaveLength(1);
    const kernel = p.kernels[0];
    const tables = registerArrays(kernel.body);
    expect(tables.length).toBeGreaterThan(0);
    // filled once per invocation: before the loop over the channels, not inside it
    for (const t of tables) expect(t.loops).toEqual([]);
  });

  it('tables read under a branch of the channel loop are filled once, under the same test, before it', () => {
    // DTF's shape: frames 0..T-2 aggregate with the next frame, the last one is copied (a concat along
    // time, i.e. a branch inside the loop over the channels that does not depend on the channel)
    const b = new GraphBuilder('attend_head');
    const x = b.input('x', 'f32', [1, 5, 4, 6]);
    const nb = b.unfold(x, { at: 2, axes: [3], kernel: [3], padding: [1] }); // (1, 5, 3, 4, 6)
    const q = b.reshape(b.slice(x, { axes: [2], starts: [0], ends: [3] }), { shape: [1, 5, 1, 3, 6] });
    const keys = b.slice(nb, { axes: [3], starts: [1], ends: [4] });
    const attn = b.reshape(softmax(b, b.sum(b.mul(q, keys), { axes: [1] }), 1), { shape: [1, 1, 3, 3, 6] });
    const head = b.add(b.slice(x, { axes: [2], starts: [0], ends: [3] }), b.sum(b.mul(attn, keys), { axes: [2] }));
    b.output('y', b.concat([head, b.slice(x, { axes: [2], starts: [3], ends: [4] })], { axis: 2 }));
    const p = checked(b.build());
    expect(p.launches).toHaveLength(1);
    const tables = registerArrays(p.kernels[0].body);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(t.loops).toEqual([]);
  });

  it('a table value another kernel reads is written by the site kernel as a second output', () => {
    const b = new GraphBuilder('attend_out');
    const q = b.input('q', 'f32', [2, 5, 1, 6]), v = b.input('v', 'f32', [2, 5, 9, 6]);
    const corr = b.sum(b.mul(q, v), { axes: [1] });
    const a = b.reshape(softmax(b, corr, 1), { shape: [2, 1, 9, 6] });
    b.output('y', b.sum(b.mul(a, v), { axes: [2] }));
    b.output('corr', corr);
    const g = b.build();
    const p = checked(g);
    expect(p.launches).toHaveLength(1);
    const outs = p.kernels[0].buffers.filter((buf) => buf.access === 'read_write').map((buf) => buf.name);
    expect(outs).toEqual(['out', 'out1']);
    expect(p.launches[0].bindings).toContain(corr.id);
    expect(p.launches[0].bytesWritten).toBe(4 * (2 * 5 * 6 + 2 * 9 * 6));
  });

  it('a site kernel over the storage-buffer limit has its side output computed by a kernel of its own', () => {
    // 4 buffers (q, v, y, corr) where 3 are allowed: storing the correlation from its own kernel fits, and
    // the site kernel then reads it (once) instead of computing it from q and v
    const b = new GraphBuilder('attend_out');
    const q = b.input('q', 'f32', [2, 5, 1, 6]), v = b.input('v', 'f32', [2, 5, 9, 6]);
    const corr = b.sum(b.mul(q, v), { axes: [1] });
    const a = b.reshape(softmax(b, corr, 1), { shape: [2, 1, 9, 6] });
    b.output('y', b.sum(b.mul(a, v), { axes: [2] }));
    b.output('corr', corr);
    const g = b.build();
    const p = checked(g, 2e-6, { maxStorageBuffers: 3 });
    expect(launchOps(p)).toEqual([['mul', 'sum'], expect.arrayContaining(['max', 'exp', 'div', 'mul', 'sum'])]);
    expect(p.launches[1].bindings).toContain(corr.id);
  });

  it('a value that sites would share is not absorbed (it would be computed once per site)', () => {
    // s[n,k] = Σ_t z[n,k,t] does not depend on t, which is a site axis of y[n,c,t] = Σ_k s[n,k]·x[n,c,k,t]
    const b = new GraphBuilder('shared');
    const z = b.input('z', 'f32', [2, 4, 8]), x = b.input('x', 'f32', [2, 3, 4, 8]);
    const s = b.reshape(b.sum(z, { axes: [2] }), { shape: [2, 1, 4, 1] });
    b.output('y', b.sum(b.mul(s, x), { axes: [2] }));
    const g = b.build();
    checked(g);
    expect(planFusion(g).stored.has(s.id - 1)).toBe(true); // the sum stays a kernel of its own
  });
});

describe('the paper blocks', () => {
  const dtfGraph = (T: number) => {
    const b = new GraphBuilder('dtf');
    const x = b.input('x', 'f32', [1, 4, T, 3, 4]);
    b.output('y', dtf(b, x, { channels: 4, clipLen: T, G: 4, training: false }).y);
    return b.build();
  };

  it('DTF: correlation, softmax and aggregation in one kernel that also writes the correlation for filter_g', () => {
    for (const T of [2, 4, 5]) {
      const p = checked(dtfGraph(T), 1e-5);
      const agg = p.launches.filter((l) => l.fuses.some((f) => f.op === 'max'));
      expect(agg, `T = ${T}`).toHaveLength(1);
      const [launch] = agg;
      expect(launch.fuses.map((f) => f.op)).toEqual(expect.arrayContaining(['sum', 'max', 'exp', 'div', 'mul']));
      expect(p.kernels.find((k) => k.name === launch.kernel)!.buffers.filter((buf) => buf.access === 'read_write')).toHaveLength(2);
    }
  });

  it("DTF's gradient graph: the forward's site kernel stays one kernel and also writes the softmax the backward reads", () => {
    // the backward reads the attention weights in several kernels; recomputing them there would take the
    // maximum and the sum of exponentials back out of the site kernel
    const g = gradientGraph(dtfGraph(4));
    const p = checked(g, 1e-4);
    const agg = p.launches.filter((l) => l.fuses.some((f) => f.op === 'max'));
    expect(agg).toHaveLength(1);
    expect(agg[0].fuses.map((f) => f.op)).toEqual(expect.arrayContaining(['sum', 'max', 'exp', 'div', 'mul']));
    const softmax = g.nodes.find((n) => n.op === 'div' && g.nodes[n.inputs[0]].op === 'exp')!;
    expect(agg[0].bindings).toContain(softmax.id);
  });

  it('SIFA: deformable correlation and aggregation in one kernel, samples taken inside it', () => {
    const b = new GraphBuilder('sifa');
    const x = b.input('x', 'f32', [1, 3, 4, 4, 5]);
    b.output('y', sifa(b, x, { kernel: 3 }).y);
    const p = checked(b.build(), 1e-5);
    const agg = launchOps(p).filter((ops) => ops.includes('bilinear'));
    expect(agg).toHaveLength(1);
    expect(agg[0].filter((op) => op === 'sum')).toHaveLength(2); // the correlation and the aggregation
  });

  it('SGS: a reduction a site kernel absorbed but a storage-buffer split left behind is stored again', () => {
    // the site kernel of the embedding's BN absorbed the MLP and the spatial mean beneath it; splitting it
    // to fit 8 buffers cut the MLP off, and its kernel recomputed the mean for every hidden unit and output
    const b = new GraphBuilder('sgs');
    const x = b.input('x', 'f32', [1, 8, 4, 3, 3]);
    const r = sgs(b, x, { training: false });
    b.output('y', r.y);
    const g = b.build();
    checked(g, 1e-4);
    const mean = g.nodes.find((n) => n.op === 'mean' && n.inputs[0] === x.id)!;
    expect(planFusion(g).stored.has(mean.id)).toBe(true);
  });

  it('MTConv: a conv under an activation that two site kernels read is stored, not computed in both', () => {
    // a 3×3×3 conv + BN + ReLU feeds the SoftPool site kernel and the concat's; one of them absorbed the
    // conv and the other recomputed it for every window tap it read (its WGSL ran to 18k lines)
    const b = new GraphBuilder('mtconv');
    const x = b.input('x', 'f32', [1, 4, 4, 4, 4]);
    b.output('y', mtconv(b, x, { in: 4, out: 8, kernel: 3, training: false }));
    const g = b.build();
    checked(g, 1e-4);
    const plan = planFusion(g);
    for (const conv of g.nodes.filter((n) => n.op === 'conv')) {
      expect(plan.kernels.filter((k) => k.members.includes(conv.id)), `%${conv.id} conv`).toHaveLength(1);
    }
  });
});
