// Training steps of each seed block (train/step.ts: forward, gradient and optimizer update as one graph)
// against torch.optim on the block's PyTorch oracle: three SGD (momentum, Nesterov, weight decay) or
// AdamW steps with changing learning rates, run on the reference interpreter (float64 arithmetic, values
// rounded to f32 between nodes; the updates written back by its session, as a GPU session writes them)
// and compiled on the CPU kernel interpreter (f32).
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { referenceSession } from '../../runtime/session.ts';
import { BLOCK_GRAD_CASES } from '../helpers/grad-block-cases.ts';
import { prepareBlock } from '../helpers/grad-blocks.ts';
import { expectStepsClose, hostSteps, oracleSteps, prepareSteps, type TrainCase } from '../helpers/train-steps.ts';
import type { GraphBuilder, Value } from '../../ir/builder.ts';
import { Tensor } from '../../ir/tensor.ts';
import { tam } from '../../nn/tam.ts';

const SGD: TrainCase = { optimizer: { kind: 'sgd', momentum: 0.9, nesterov: true }, weightDecay: 1e-2, lrs: [0.05, 0.03, 0.02] };
const ADAMW: TrainCase = { optimizer: { kind: 'adamw', betas: [0.8, 0.99] }, weightDecay: 0.05, lrs: [0.01, 0.02, 0.005] };

// the first case of each block script in training mode; AdamW where every gradient element is well above
// f32 rounding (AdamW's first steps move each element by about ±lr whatever its gradient's size: a tiny
// one's rounding noise decides its sign)
const ADAMW_BLOCKS = new Set(['block_dtf.py', 'block_tam.py']);
const picked = [...new Map(BLOCK_GRAD_CASES.filter((c) => !c.id.includes(' eval ')).map((c) => [c.script, c] as const)).values()];
const cases = picked.map((c) => {
  const p = prepareBlock(c);
  const outputs = p.forward.outputs.map((o) => o.name);
  const t = ADAMW_BLOCKS.has(c.script) ? ADAMW : SGD;
  return { c, p, s: prepareSteps(p, outputs, t), t };
});
// TAM returning its BatchNorms' updated running statistics as outputs named by their parameters, as a
// training-mode network does: the step writes them back, and they must match torch's buffers after the steps
const tamCase = picked.find((c) => c.script === 'block_tam.py')!;
const { channels, segments, ...tamOpts } = tamCase.config as { channels: number; segments: number } & Record<string, unknown>;
const withStats = { ...tamCase, id: `${tamCase.id} with running statistics`, build: (b: GraphBuilder, { x }: Record<string, Value>) => {
  const t = tam(b, x, { channels, segments, ...tamOpts, training: true });
  return { y: t.y, ...t.state };
} };
const stats = (() => { const p = prepareBlock(withStats); return { c: withStats, p, s: prepareSteps(p, ['y'], SGD), t: SGD }; })();
let oracle: Map<string, Map<string, Tensor>>;
beforeAll(async () => { oracle = await oracleSteps([...cases, stats]); }, 600_000);

describe('training steps of the seed blocks vs torch.optim', () => {
  it(`${stats.c.id}: the BatchNorm running statistics written back match torch's`, async () => {
    const names = stats.p.forward.outputs.map((o) => o.name).filter((n) => n !== 'y');
    expect(names.length).toBe(4);
    const program = compileGraph(stats.s.step.graph);
    const final = hostSteps(stats.s, SGD.lrs, (_, inputs, params) => runOnCpu(program, inputs, params));
    const want = oracle.get(stats.c.id)!;
    for (const n of names) {
      const got = final.get(n)!, w = want.get(`param:${n}`)!;
      expect([...got.data].some((v, i) => v !== stats.p.params.get(n)!.data[i]), `${n} moved`).toBe(true);
      got.data.forEach((v, i) => expect(Math.abs(v - w.data[i]), n).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(w.data[i]))));
    }
  }, 120_000);

  for (const { c, p, s, t } of cases) {
    const trainable = p.forward.params().filter((n) => n.attrs.trainable).map((n) => n.attrs.name as string);
    it(`${c.id} (${t.optimizer.kind}): reference interpreter, state kept by the session`, async () => {
      const session = referenceSession(s.step.graph);
      await session.setUpdates(s.step.updates);
      for (const [i, lr] of t.lrs.entries()) {
        const inputs = new Map([...s.inputs, ['hyper', Tensor.from('f32', [s.step.hyperLength], s.step.hyper(i + 1, lr))]]);
        const out = await session.run(inputs, i === 0 ? s.params : undefined);
        expect([...out.keys()]).toEqual([...p.forward.outputs.map((o) => o.name), 'loss']);
      }
      const worst = expectStepsClose(p.params, await session.readParams(), oracle.get(c.id)!, trainable, 5e-5);
      console.log(`${c.id}: reference ${worst.toExponential(2)}`);
    }, 120_000);
    it(`${c.id} (${t.optimizer.kind}): compiled, CPU kernel interpreter`, () => {
      const program = compileGraph(s.step.graph);
      const final = hostSteps(s, t.lrs, (_, inputs, params) => runOnCpu(program, inputs, params));
      const worst = expectStepsClose(p.params, final, oracle.get(c.id)!, trainable, 1e-4);
      console.log(`${c.id}: CPU kernels ${worst.toExponential(2)}`);
    }, 120_000);
  }
});
