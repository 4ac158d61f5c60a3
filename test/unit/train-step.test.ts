// The training step's own mechanics on a small classifier (train/step.ts), on the reference interpreter with
// its session writing the updates back: accumulation over micro-batches steps as one batch of them would
// (and leaves everything untouched until the step is applied), clipping caps the update, the cross-entropy
// matches PyTorch's definition, and bad options are refused.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { GraphError, OptimizerError } from '../../ir/errors.ts';
import type { Graph } from '../../ir/graph.ts';
import { init } from '../../ir/init.ts';
import { Tensor } from '../../ir/tensor.ts';
import { initParams } from '../../runtime/init.ts';
import { Rng } from '../../runtime/random.ts';
import { referenceSession } from '../../runtime/session.ts';
import { targetRows } from '../../train/loss.ts';
import { trainingStep, type StepOptions } from '../../train/step.ts';

const K = 3;
/** logits = relu(x @ w1 + b1) @ w2 + b2 for a batch of `n`. */
function classifier(n: number): Graph {
  const b = new GraphBuilder('mlp');
  const x = b.input('x', 'f32', [n, 4]);
  const h = b.scope('fc1', () => b.relu(b.add(b.matmul(x, b.param('weight', [4, 5], init.normal(0.5))), b.param('bias', [5], init.normal(0.1)))));
  b.output('logits', b.scope('fc2', () => b.add(b.matmul(h, b.param('weight', [5, K], init.normal(0.5))), b.param('bias', [K], init.normal(0.1)))));
  return b.build();
}

const rng = new Rng(5);
const xs = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => rng.normal()));
const labels = [0, 2, 1, 2];
const batch = (rows: number[]) => new Map([
  ['x', Tensor.from('f32', [rows.length, 4], rows.flatMap((r) => xs[r]))],
  ['target', Tensor.from('f32', [rows.length, K], targetRows(rows.map((r) => labels[r]), K))],
]);

async function train(n: number, opts: StepOptions, runs: { rows: number[]; step: number; apply?: boolean }[]): Promise<{ params: Map<string, Tensor>; losses: number[] }> {
  const step = trainingStep(classifier(n), opts);
  const s = referenceSession(step.graph);
  await s.setUpdates(step.updates);
  const params = initParams(step.graph, 7);
  const losses: number[] = [];
  for (const [i, r] of runs.entries()) {
    const inputs = batch(r.rows);
    inputs.set('hyper', Tensor.from('f32', [step.hyperLength], step.hyper(r.step, 0.1, r.apply)));
    losses.push((await s.run(inputs, i === 0 ? params : undefined)).get('loss')!.data[0]);
  }
  return { params: await s.readParams(), losses };
}

const SGD: StepOptions = { optimizer: { kind: 'sgd', momentum: 0.9 }, weightDecay: 1e-3 };
const close = (a: Tensor, b: Tensor, tol: number) => a.data.forEach((v, i) => expect(Math.abs(v - b.data[i])).toBeLessThanOrEqual(tol));

describe('training step', () => {
  it('accumulates micro-batches into one step of their mean gradient', async () => {
    const whole = await train(4, SGD, [{ rows: [0, 1, 2, 3], step: 1 }, { rows: [3, 2, 1, 0], step: 2 }]);
    const parts = await train(2, { ...SGD, accumulate: 2 }, [
      { rows: [0, 1], step: 1, apply: false }, { rows: [2, 3], step: 1, apply: true },
      { rows: [3, 2], step: 2, apply: false }, { rows: [1, 0], step: 2, apply: true },
    ]);
    for (const name of ['fc1.weight', 'fc1.bias', 'fc2.weight', 'fc2.bias', 'optim.momentum_buffer.fc2.weight']) close(parts.params.get(name)!, whole.params.get(name)!, 1e-6);
    for (const [name, t] of parts.params) if (name.startsWith('optim.grad_accum.')) expect([...t.data].every((v) => v === 0), name).toBe(true);
  });

  it('leaves parameters and optimizer state untouched, bit for bit, until a step is applied', async () => {
    const step = trainingStep(classifier(2), { ...SGD, accumulate: 3 });
    const s = referenceSession(step.graph);
    await s.setUpdates(step.updates);
    const params = initParams(step.graph, 7);
    await s.run(new Map([...batch([0, 1]), ['hyper', Tensor.from('f32', [step.hyperLength], step.hyper(1, 0.1, false))]]), params);
    const after = await s.readParams();
    for (const [name, t] of params) {
      if (name.startsWith('optim.grad_accum.')) expect([...after.get(name)!.data].some((v) => v !== 0), name).toBe(true);
      else expect([...after.get(name)!.data], name).toEqual([...t.data]);
    }
  });

  it('clips the gradient to the global norm asked for', async () => {
    const opts: StepOptions = { optimizer: { kind: 'sgd' } };
    const free = await train(4, opts, [{ rows: [0, 1, 2, 3], step: 1 }]);
    const clipped = await train(4, { ...opts, clipNorm: 1e-3 }, [{ rows: [0, 1, 2, 3], step: 1 }]);
    const start = initParams(trainingStep(classifier(4), opts).graph, 7);
    const moved = (p: Map<string, Tensor>) => Math.sqrt([...start.keys()].reduce((a, n) => a + [...p.get(n)!.data].reduce((x, v, i) => x + (v - start.get(n)!.data[i]) ** 2, 0), 0));
    expect(moved(clipped.params)).toBeCloseTo(0.1 * 1e-3, 7);
    expect(moved(free.params)).toBeGreaterThan(1e-2);
  });

  it('computes the cross-entropy as PyTorch defines it, label smoothing included', async () => {
    const step = trainingStep(classifier(4), { optimizer: { kind: 'sgd' } });
    const s = referenceSession(step.graph);
    const params = initParams(step.graph, 7);
    const logitsOf = referenceSession(classifier(4));
    const logits = (await logitsOf.run(new Map([['x', batch([0, 1, 2, 3]).get('x')!]]), new Map([...params].filter(([n]) => !n.startsWith('optim.'))))).get('logits')!;
    const smoothing = 0.1;
    const inputs = new Map([...batch([0, 1, 2, 3]), ['target', Tensor.from('f32', [4, K], targetRows(labels, K, smoothing))], ['hyper', Tensor.from('f32', [step.hyperLength], step.hyper(1, 0.1))]]);
    const loss = (await s.run(inputs, params)).get('loss')!.data[0];
    // torch: (1 - s) * nll + s * mean over classes of -log p
    let want = 0;
    for (let i = 0; i < 4; i++) {
      const row = [...logits.data.slice(i * K, i * K + K)];
      const lse = Math.log(row.reduce((a, v) => a + Math.exp(v), 0));
      const logp = row.map((v) => v - lse);
      want += ((1 - smoothing) * -logp[labels[i]] + smoothing * -logp.reduce((a, v) => a + v, 0) / K) / 4;
    }
    expect(loss).toBeCloseTo(want, 5);
  });

  it('refuses a network without the logits output, bad accumulation and unknown optimizer settings', () => {
    expect(() => trainingStep(classifier(2), { optimizer: { kind: 'sgd' }, loss: { kind: 'cross_entropy', logits: 'scores' } })).toThrow(GraphError);
    expect(() => trainingStep(classifier(2), { optimizer: { kind: 'sgd' }, accumulate: 0 })).toThrow(OptimizerError);
    expect(() => trainingStep(classifier(2), { optimizer: { kind: 'sgd', momentum: -1 } })).toThrow(OptimizerError);
  });
});
