// The atomic scatter strategy (compileGraph's `scatter: 'atomic'`): every scatter_add and bilinear_splat case, compiled to an
// accumulating kernel after a zero-fill launch, matches the reference on the CPU kernel interpreter; the
// plan makes the scatter a kernel boundary with its source producers fused in; f16 keeps the deterministic
// lowering; and the default stays deterministic.
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { Graph } from '../../ir/graph.ts';
import { TargetError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { planMemory } from '../../runtime/memory-plan.ts';
import { cases as SAMPLING_CASES } from '../cases/sampling.ts';
import { cases as SCATTER_CASES } from '../cases/scatter.ts';
import { caseGraph, caseId, caseInputs } from '../helpers/cases.ts';
import { compareTensors } from '../helpers/compare.ts';

/** f32 kernels against the float64 reference: a few ulps of the output's scale (as kernels-cpu.test.ts). */
const KERNEL_TOL = 2e-6;

const accumulates = (p: ReturnType<typeof compileGraph>) => p.kernels.some((k) => k.buffers.some((b) => b.atomic));

/** The ops with an atomic strategy, every case of each. */
const ATOMIC_CASES = [...SCATTER_CASES.filter((c) => c.op === 'scatter_add'), ...SAMPLING_CASES.filter((c) => c.op === 'bilinear_splat')];

describe('scatter_add and bilinear_splat, atomic strategy, on the CPU kernel interpreter', () => {
  for (const c of ATOMIC_CASES) {
    it(caseId(c), () => {
      const g = caseGraph(c);
      const inputs = new Map(caseInputs(c).map((t, i) => [`x${i}`, t]));
      const ref = runReference(g, inputs, new Map()).outputs.get('y')!;
      const program = compileGraph(g, { scatter: 'atomic' });
      // f16 sums keep the owner-computes lowering
      expect(accumulates(program)).toBe(c.inputs[0].dtype !== 'f16');
      const d = compareTensors(runOnCpu(program, inputs, new Map()).get('y')!, ref, Math.max(c.tol ?? 0, KERNEL_TOL));
      expect(d.ok, d.message).toBe(true);
    });
  }
});

/** relu(x * 2) scattered along axis 1 into 3 targets, then + 1: producers fuse in, the consumer reads memory. */
function chain(): Graph {
  const g = new Graph('scatter_chain');
  g.append('input', [], { name: 'x', dtype: 'f32', shape: [2, 5] });
  g.append('input', [], { name: 'i', dtype: 'i32', shape: [2, 5] });
  g.append('const', [], { dtype: 'f32', shape: [], value: [2] });
  g.append('mul', [0, 2], {});
  g.append('relu', [3], {});
  g.append('scatter_add', [4, 1], { axis: 1, size: 3 });
  g.append('const', [], { dtype: 'f32', shape: [], value: [1] });
  g.append('add', [5, 6], {});
  g.addOutput('y', 7);
  return g;
}

describe('atomic scatter plan', () => {
  it('fuses the source chain into the accumulating kernel, zero-fills first, and reads the result from memory', () => {
    const p = compileGraph(chain(), { scatter: 'atomic' });
    expect(p.launches.map((l) => l.kernel)).toEqual(['k0_zero_fill', 'k1_scatter_add_relu_mul', 'k2_add']);
    expect(p.launches[1].total).toBe(10); // one invocation per source element
    const x = Tensor.from('f32', [2, 5], [1, -2, 3, 4, -5, 6, 7, -8, 9, 10]);
    const i = Tensor.from('i32', [2, 5], [0, 2, 2, 1, 0, 1, 1, 0, 2, 2]);
    const inputs = new Map([['x', x], ['i', i]]);
    const ref = runReference(chain(), inputs, new Map()).outputs.get('y')!;
    expect(Array.from(runOnCpu(p, inputs, new Map()).get('y')!.data)).toEqual(Array.from(ref.data));
  });

  it('rejects an unknown strategy', () => {
    expect(() => compileGraph(chain(), { scatter: 'fast' as never })).toThrow(TargetError);
    expect(() => compileGraph(chain(), { scatter: 'fast' as never })).toThrow('unknown scatter strategy (expected deterministic or atomic, found fast)');
  });

  it('is not the default: without the option no kernel accumulates', () => {
    expect(accumulates(compileGraph(chain()))).toBe(false);
    expect(accumulates(compileGraph(chain(), { scatter: 'deterministic' }))).toBe(false);
  });
});

/** Two scatters in a row (the second reads the first) and an add: intermediates that could share memory. */
function twice(): Graph {
  const g = new Graph('scatter_twice');
  g.append('input', [], { name: 'x', dtype: 'f32', shape: [2, 6] });
  g.append('input', [], { name: 'i', dtype: 'i32', shape: [2, 6] });
  g.append('input', [], { name: 'j', dtype: 'i32', shape: [2, 4] });
  g.append('scatter_add', [0, 1], { axis: 1, size: 4 });
  g.append('exp', [3], {});
  g.append('scatter_add', [4, 2], { axis: 1, size: 2 });
  g.append('const', [], { dtype: 'f32', shape: [], value: [1] });
  g.append('add', [5, 6], {});
  g.addOutput('y', 7);
  return g;
}

describe('memory plan of atomic scatters', () => {
  it('a zero-filled output lives from its fill on, so it shares no buffer with a value live there', () => {
    const p = compileGraph(twice(), { scatter: 'atomic' });
    const plan = planMemory(p);
    const fills = p.launches.flatMap((l, at) => (l.kernel.endsWith('_zero_fill') ? [[at, l.bindings[0]] as const] : []));
    // (neither scatter is absorbed into the other's kernel, as a site kernel would absorb a short reduction)
    expect(p.launches.map((l) => l.kernel)).toEqual(['k0_zero_fill', 'k1_scatter_add', 'k0_zero_fill', 'k2_scatter_add_exp', 'k3_add']);
    expect(fills.map(([, node]) => g(node))).toEqual(['scatter_add', 'scatter_add']);
    for (const [at, node] of fills) {
      const life = plan.lifetimes.get(node)!;
      expect(life.first).toBe(at);
      const buffer = plan.buffers[plan.bufferOf.get(node)!];
      for (const other of buffer.values.filter((v) => v !== node)) {
        const o = plan.lifetimes.get(other)!;
        expect(o.last < life.first || o.first > life.last, `%${other} shares a buffer with %${node} while live`).toBe(true);
      }
    }
    const r = lcgInputs();
    const ref = runReference(twice(), r, new Map()).outputs.get('y')!;
    const d = compareTensors(runOnCpu(p, r, new Map()).get('y')!, ref, KERNEL_TOL);
    expect(d.ok, d.message).toBe(true);
  });
});

const g = (node: number) => twice().nodes[node].op;

function lcgInputs(): Map<string, Tensor> {
  return new Map([
    ['x', Tensor.from('f32', [2, 6], [0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.7, -0.8, 0.9, 0.25, -0.125, 0.5])],
    ['i', Tensor.from('i32', [2, 6], [0, 3, 3, 1, 0, 2, 2, 2, 1, 0, 3, 3])],
    ['j', Tensor.from('i32', [2, 4], [1, 0, 1, 1, 0, 0, 1, 0])],
  ]);
}
