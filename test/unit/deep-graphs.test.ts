// Graphs far deeper than the call stack: a chain of 100,000 elementwise ops builds, compiles (rule 7 of
// codegen/fuse.ts bounds each kernel's fused chain; nothing walks the graph recursively), prints for both
// backends and round-trips through the JSON and text forms; a chain of 10,000 runs on the reference
// interpreter and on the CPU kernel interpreter.
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { printCuda } from '../../codegen/cuda/printer.ts';
import { chainDepth, FUSED_DEPTH_MAX } from '../../codegen/fuse.ts';
import { printWgsl } from '../../codegen/wgsl/printer.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { graphFromJSON, graphToJSON } from '../../ir/json.ts';
import { printGraph, parseGraph } from '../../ir/text.ts';
import { Tensor } from '../../ir/tensor.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';

/** x -> relu -> neg -> add 0.5 -> relu -> ... (`length` ops after the input and constants). */
function chain(length: number) {
  const b = new GraphBuilder('chain');
  let v = b.input('x', 'f32', [2, 3]);
  const half = b.constant(0.5);
  for (let i = 0; i < length; i++) v = i % 3 === 0 ? b.relu(v) : i % 3 === 1 ? b.neg(v) : b.add(v, half);
  b.output('y', v);
  return b.build();
}

/** The chain's result in float64: each step is exact in f32 for these inputs. */
function expected(xs: readonly number[], length: number): number[] {
  return xs.map((x) => {
    for (let i = 0; i < length; i++) x = i % 3 === 0 ? Math.max(x, 0) : i % 3 === 1 ? -x : x + 0.5;
    return x;
  });
}

describe('deep graphs', () => {
  it('a 100,000-op chain compiles, prints for WGSL and CUDA, and round-trips as JSON and text', () => {
    const start = Date.now();
    const g = chain(100_000);
    const p = compileGraph(g);
    expect(p.launches.length).toBeGreaterThan(100_000 / FUSED_DEPTH_MAX);
    for (const l of p.launches) expect(chainDepth(p.graph!, l.fuses.map((f) => f.id))).toBeLessThanOrEqual(FUSED_DEPTH_MAX);
    for (const k of p.kernels) {
      expect(printWgsl(k, { f16: 'native', comment: k.name })).toContain('fn main');
      expect(printCuda(k, { comment: k.name })).toContain('__global__');
    }
    const text = printGraph(g);
    expect(printGraph(parseGraph(text))).toBe(text);
    const json = graphToJSON(g);
    expect(graphToJSON(graphFromJSON(JSON.parse(JSON.stringify(json))))).toEqual(json);
    expect(Date.now() - start).toBeLessThan(60_000);
  }, 120_000);

  it('a 10,000-op chain runs on the reference and the CPU kernel interpreters', () => {
    const g = chain(10_000);
    const xs = [-1.5, -0.25, 0, 0.75, 1, 2.5];
    const inputs = new Map([['x', Tensor.from('f32', [2, 3], xs)]]);
    const want = expected(xs, 10_000);
    expect([...runReference(g, inputs, new Map()).outputs.get('y')!.data]).toEqual(want);
    expect([...runOnCpu(compileGraph(g), inputs, new Map()).get('y')!.data]).toEqual(want);
  }, 120_000);
});
