// Training steps of the seed blocks (train/step.ts) against torch.optim on the blocks' own oracles
// (test/oracle/block_train.py): the same initial parameters, inputs and per-step learning rates; the loss is
// Σ_y sum(y · c_y) with a fixed random c_y per output (the gradient cases' cotangents). Parameters are
// compared by how far the steps moved them (final − initial), relative to the largest move.
import { expect } from 'vitest';
import type { Graph } from '../../ir/graph.ts';
import { Tensor } from '../../ir/tensor.ts';
import { trainingStep, type OptimizerSpec, type TrainingStep } from '../../train/step.ts';
import type { BlockGradCase, PreparedBlock } from './grad-blocks.ts';
import { relativeErrors } from './grad-blocks.ts';
import { runGraphOracle } from './graph-oracle.ts';

export interface TrainCase {
  optimizer: OptimizerSpec;
  weightDecay: number;
  lrs: readonly number[];
}

export interface PreparedSteps {
  step: TrainingStep;
  /** The step graph's inputs but `hyper`: the block's inputs, and each output's cotangent as `target:<y>`. */
  inputs: Map<string, Tensor>;
  /** The network's parameters and the optimizer's state (zeros), as the first step binds them. */
  params: Map<string, Tensor>;
}

export function prepareSteps(p: PreparedBlock, outputs: readonly string[], t: TrainCase): PreparedSteps {
  const step = trainingStep(p.forward, { optimizer: t.optimizer, weightDecay: t.weightDecay, loss: { kind: 'dot', outputs } });
  const declared = new Set(step.graph.inputs().map((n) => n.attrs.name as string));
  const inputs = new Map([...p.inputs].map(([k, v]) => [k.startsWith('grad_in:') ? `target:${k.slice(8)}` : k, v] as const).filter(([k]) => declared.has(k)));
  const params = new Map(p.params);
  for (const n of step.graph.params()) {
    const name = n.attrs.name as string;
    if (!params.has(name)) params.set(name, new Tensor('f32', n.type.shape, new Float64Array(n.type.shape.reduce((a, b) => a * b, 1))));
  }
  return { step, inputs, params };
}

/** Run the steps with `run` (one call per step: inputs and the parameters as they stand -> outputs), writing
 *  the update outputs back into the parameters on the host; returns the final parameters. */
export function hostSteps(s: PreparedSteps, lrs: readonly number[], run: (g: Graph, inputs: Map<string, Tensor>, params: Map<string, Tensor>) => Map<string, Tensor>): Map<string, Tensor> {
  const params = new Map(s.params);
  lrs.forEach((lr, i) => {
    const inputs = new Map([...s.inputs, ['hyper', Tensor.from('f32', [s.step.hyperLength], s.step.hyper(i + 1, lr))]]);
    const out = run(s.step.graph, inputs, params);
    for (const [output, param] of s.step.updates) params.set(param, out.get(output)!);
  });
  return params;
}

/** torch.optim's final parameters for each case (by case id, `param:<key>` -> tensor). */
export async function oracleSteps(cases: readonly { c: BlockGradCase; p: PreparedBlock; s: PreparedSteps; t: TrainCase }[]): Promise<Map<string, Map<string, Tensor>>> {
  const { outputs, errors } = await runGraphOracle(cases.map(({ c, p, s, t }) => {
    const o = t.optimizer;
    const { kind, ...settings } = o;
    const noDecay = s.step.groups.filter((g) => g.weightDecay === 0).flatMap((g) => g.params);
    return {
      id: c.id, module: `${c.script}:${c.module}`, inputs: Object.fromEntries(p.inputs), params: Object.fromEntries(p.params),
      config: { ...c.config, train: { optimizer: kind, lrs: t.lrs, weight_decay: t.weightDecay, no_decay: noDecay, ...snake(settings) } },
    };
  }), 'block_train.py');
  expect(errors).toEqual({});
  return outputs;
}

const snake = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`), v]));

/** Each trainable parameter moved as torch moved it, within `tol` of the largest move; returns the worst. */
export function expectStepsClose(initial: ReadonlyMap<string, Tensor>, got: ReadonlyMap<string, Tensor>, want: ReadonlyMap<string, Tensor>, names: readonly string[], tol: number): number {
  const moved = (from: Tensor, to: Tensor) => new Tensor('f32', to.shape, Float64Array.from(to.data, (v, i) => v - from.data[i]));
  const ours = new Map(names.map((n) => [n, moved(initial.get(n)!, got.get(n)!)] as const));
  const theirs = new Map(names.map((n) => {
    const w = want.get(`param:${n}`);
    expect(w, `torch has no parameter ${n}`).toBeDefined();
    return [n, moved(initial.get(n)!, w!)] as const;
  }));
  const errors = relativeErrors(ours, theirs);
  for (const [name, e] of errors) expect(e, `${name}: largest difference of the move / scale`).toBeLessThanOrEqual(tol);
  return Math.max(...errors.values());
}
