// Random graphs of the fusion property suite (test/helpers/random-graph.ts), differentiated with grad() (a
// vector-Jacobian product of every float output with a random cotangent, to every float input), compiled
// and run on the CPU kernel interpreter (f32): the gradients equal the reference interpreter's (float64)
// within 1e-4 of each gradient's scale (at least 1e-3 of the largest gradient of the graph, where one
// cancels to nearly nothing). A failure names the seed; reproduce with randomGraph(seed).
//   TEMPOFUSE_FUZZ_SEED=123 npx vitest run test/unit/grad-random-graphs
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { grad } from '../../ir/autodiff/grad.ts';
import { differentiable } from '../../ir/autodiff/rule.ts';
import { printGraph } from '../../ir/text.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { Rng } from '../../runtime/random.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { relativeErrors } from '../helpers/grad-blocks.ts';
import { randomGraph } from '../helpers/random-graph.ts';

const TOL = 1e-4;
const only = process.env.TEMPOFUSE_FUZZ_SEED;
const SEEDS = only !== undefined ? [Number(only)] : Array.from({ length: 300 }, (_, i) => i);

let differentiated = 0;

describe('random graphs differentiated: CPU kernels vs the reference interpreter', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => {
      const rg = randomGraph(seed);
      const g = rg.graph;
      const of = g.outputs.filter((o) => differentiable(g.node(o.node).type.dtype)).map((o) => o.name);
      const wrt = g.inputs().filter((n) => differentiable(n.type.dtype)).map((n) => n.attrs.name as string);
      // a graph of integer or bool outputs only, or without a float input, has nothing to differentiate
      if (!of.length || !wrt.length) return;
      differentiated++;
      const backward = grad(g, { of, wrt, seed: 'input' });
      const rng = new Rng(seed);
      const inputs = new Map(rg.inputs);
      for (const name of of) {
        const t = g.node(g.outputs.find((o) => o.name === name)!.node).type;
        inputs.set(`grad_in:${name}`, new Tensor(t.dtype, t.shape, Float64Array.from({ length: numel(t.shape) }, () => Math.fround(rng.normal()))));
      }
      const want = runReference(backward, inputs, new Map()).outputs;
      const got = runOnCpu(compileGraph(backward), inputs, new Map());
      const grads = (m: Map<string, Tensor>) => new Map(wrt.map((n) => [`grad:${n}`, m.get(`grad:${n}`)!]));
      for (const [name, e] of relativeErrors(grads(got), grads(want))) {
        expect(e, `${name}: largest difference / scale, seed ${seed} (randomGraph(${seed}))\n${printGraph(g)}`).toBeLessThanOrEqual(TOL);
      }
    });
  }

  it('most seeds have a float output and a float input', () => {
    if (only === undefined) expect(differentiated).toBeGreaterThan(SEEDS.length / 2);
  });
});
