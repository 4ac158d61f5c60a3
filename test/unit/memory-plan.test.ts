// The memory planner: lifetimes of intermediates, buffer sharing (never two values live at once in one
// buffer, never a buffer read and written by the same launch), owned buffers for inputs, params, constants and
// outputs, sizes and totals. On hand-made chains and on the random graphs of the fusion property tests.
import { describe, expect, it } from 'vitest';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { lifetimes, planMemory, type MemoryPlan } from '../../runtime/memory-plan.ts';
import { storageBytes } from '../../runtime/device-data.ts';
import { randomGraph } from '../helpers/random-graph.ts';

/** x -> exp -> neg -> sin -> cos -> y, unfused: four launches, three intermediates. */
function chain(n = 12): Program {
  const b = new GraphBuilder('chain');
  const x = b.input('x', 'f32', [n]);
  b.output('y', b.cos(b.sin(b.neg(b.exp(x)))));
  return compileGraph(b.build(), { fuse: false });
}

/** The invariants every plan must keep. */
function checkPlan(program: Program, plan: MemoryPlan): void {
  const roles = new Map(program.values.map((v) => [v.node, v.role] as const));
  expect(plan.bufferOf.size).toBe(program.values.length);
  for (const v of program.values) {
    const buf = plan.buffers[plan.bufferOf.get(v.node)!];
    expect(buf.values).toContain(v.node);
    expect(buf.bytes).toBeGreaterThanOrEqual(plan.bytesOf.get(v.node)!);
    expect(buf.bytes % 4).toBe(0);
    if (v.role !== 'intermediate') expect(buf.values, `%${v.node} (${v.role}) owns its buffer`).toEqual([v.node]);
  }
  for (const buf of plan.buffers) {
    if (buf.values.length > 1) expect(buf.values.every((n) => roles.get(n) === 'intermediate')).toBe(true);
    for (let i = 0; i < buf.values.length; i++) {
      for (let j = i + 1; j < buf.values.length; j++) {
        const a = plan.lifetimes.get(buf.values[i])!, b = plan.lifetimes.get(buf.values[j])!;
        expect(a.last < b.first || b.last < a.first, `%${a.node} [${a.first}, ${a.last}] and %${b.node} [${b.first}, ${b.last}] share buffer ${buf.index}`).toBe(true);
      }
    }
  }
  // no launch binds one buffer twice (WebGPU forbids a writable binding aliasing another)
  program.launches.forEach((l, i) => {
    const bufs = l.bindings.map((n) => plan.bufferOf.get(n));
    expect(new Set(bufs).size, `launch ${i} binds a buffer twice`).toBe(new Set(l.bindings).size);
  });
  expect(plan.totalBytes).toBe(plan.buffers.reduce((a, b) => a + b.bytes, 0));
  expect(plan.totalBytes).toBeLessThanOrEqual(plan.unsharedBytes);
}

describe('lifetimes', () => {
  it('an intermediate lives from the launch that writes it to the last that reads it', () => {
    const p = chain();
    const life = lifetimes(p);
    const inter = p.values.filter((v) => v.role === 'intermediate');
    expect(inter.map((v) => [life.get(v.node)!.first, life.get(v.node)!.last])).toEqual([[0, 1], [1, 2], [2, 3]]);
  });

  it('inputs live from before the first launch, outputs until after the last', () => {
    const p = chain();
    const life = lifetimes(p);
    const input = p.values.find((v) => v.role === 'input')!, output = p.values.find((v) => v.role === 'output')!;
    expect(life.get(input.node)).toMatchObject({ first: -1, last: p.launches.length });
    expect(life.get(output.node)).toMatchObject({ first: p.launches.length - 1, last: p.launches.length });
  });
});

describe('planMemory', () => {
  it('on a chain, the first and third intermediates share a buffer; the second (live beside both) does not', () => {
    const p = chain();
    const plan = planMemory(p);
    checkPlan(p, plan);
    const [a, b, c] = p.values.filter((v) => v.role === 'intermediate').map((v) => plan.bufferOf.get(v.node)!);
    expect(a).toBe(c);
    expect(b).not.toBe(a);
    expect(plan.buffers.filter((buf) => buf.shared)).toHaveLength(2);
    // input, output and two shared buffers of 12 f32 each
    expect(plan.totalBytes).toBe(4 * 48);
    expect(plan.unsharedBytes).toBe(5 * 48);
  });

  it('without reuse every value owns a buffer', () => {
    const p = chain();
    const plan = planMemory(p, { reuse: false });
    checkPlan(p, plan);
    expect(plan.buffers).toHaveLength(p.values.length);
    expect(plan.totalBytes).toBe(plan.unsharedBytes);
  });

  it('greedy by size: the largest intermediate gets a buffer first, smaller ones fit into it', () => {
    // big = exp(x) (64 elems) -> s = sum(big) (1 elem) -> t = neg(s) -> u = exp(t) -> y = big * u
    const b = new GraphBuilder('sizes');
    const x = b.input('x', 'f32', [8, 8]);
    const big = b.exp(x);
    const u = b.exp(b.neg(b.sum(big, { axes: [0, 1], keepdims: true })));
    b.output('y', b.mul(b.neg(big), u));
    const p = compileGraph(b.build(), { fuse: false });
    const plan = planMemory(p);
    checkPlan(p, plan);
    const shared = plan.buffers.filter((buf) => buf.shared);
    // every shared buffer is as large as the largest value it holds
    for (const buf of shared) expect(buf.bytes).toBe(Math.max(...buf.values.map((n) => Math.max(4, plan.bytesOf.get(n)!))));
    expect(plan.totalBytes).toBeLessThan(plan.unsharedBytes);
  });

  it('alignment and backend sizes: f16 as f16 or as f32, bool as u32, c64 as two f32', () => {
    expect(storageBytes({ dtype: 'f16', shape: [3] })).toBe(6);
    expect(storageBytes({ dtype: 'f16', shape: [3] }, 'f32-storage')).toBe(12);
    expect(storageBytes({ dtype: 'bool', shape: [5] })).toBe(20);
    expect(storageBytes({ dtype: 'c64', shape: [2, 2] })).toBe(32);
    const b = new GraphBuilder('align');
    b.output('y', b.cast(b.exp(b.input('x', 'f32', [3])), { to: 'f16' }));
    const p = compileGraph(b.build(), { fuse: false });
    const plan = planMemory(p, { align: 256 });
    checkPlan(p, plan);
    for (const buf of plan.buffers) expect(buf.bytes % 256).toBe(0);
    const out = p.values.find((v) => v.role === 'output')!;
    expect(plan.bytesOf.get(out.node)).toBe(6);
  });

  it('is deterministic', () => {
    const a = planMemory(chain()), b = planMemory(chain());
    expect(JSON.stringify(a.buffers)).toBe(JSON.stringify(b.buffers));
  });

  it('keeps its invariants on random graphs, fused and unfused', () => {
    let shared = 0;
    for (let seed = 0; seed < 150; seed++) {
      const rg = randomGraph(seed);
      for (const opts of [{}, { fuse: false }]) {
        const p = compileGraph(rg.graph, opts);
        const plan = planMemory(p);
        checkPlan(p, plan);
        shared += plan.buffers.filter((buf) => buf.values.length > 1).length;
      }
    }
    expect(shared).toBeGreaterThan(0);
  });
});
