import { describe, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { Tensor } from '../../ir/tensor.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { computedGrads, expectClose, prepare, type Prepared } from '../helpers/autodiff.ts';
import { RULE_CASES } from '../helpers/autodiff-cases.ts';

/** The backward graph's bindings at their own dtype (f32 storage), as a compiled network takes them. */
function bindings(p: Prepared, kind: 'input' | 'param'): Map<string, Tensor> {
  const nodes = kind === 'input' ? p.backward.inputs() : p.backward.params();
  return new Map(nodes.map((n) => {
    const name = n.attrs.name as string;
    const t = p.values.get(name) ?? p.cotangents.get(name.slice('grad_in:'.length))!;
    return [name, Tensor.from(t.dtype, t.shape, t.data)];
  }));
}

// Backward graphs are ordinary graphs: compiled to kernels and run on the CPU kernel interpreter (f32),
// each gives the reference's gradients.
describe('backward graphs compiled', () => {
  for (const c of RULE_CASES) {
    it(c.id, () => {
      const p = prepare(c);
      const out = runOnCpu(compileGraph(p.backward), bindings(p, 'input'), bindings(p, 'param'));
      expectClose(new Map(p.wrt.map((n) => [n, out.get(`grad:${n}`)!])), computedGrads(p), 1e-4);
    });
  }
});
