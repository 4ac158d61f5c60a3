// Gradient clipping by global norm (train/clip.ts) against torch.nn.utils.clip_grad_norm_, on the reference
// interpreter and compiled: a limit below the norm (every gradient scaled) and above it (unchanged).
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { DTypeError, OptimizerError } from '../../ir/errors.ts';
import type { Graph } from '../../ir/graph.ts';
import { Tensor } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';
import { clipGradNorm } from '../../train/clip.ts';
import { compareTensors } from '../helpers/compare.ts';
import { CPU_RUNNERS } from '../helpers/optim-runners.ts';
import { runPythonBatch } from '../helpers/oracle.ts';

const SHAPES = [[3, 4], [5], []];
const rng = new Rng(7);
const GRADS = SHAPES.map((s) => Tensor.from('f32', s, Array.from({ length: s.reduce((a, d) => a * d, 1) }, () => rng.normal())));
const LIMITS = [0.5, 2.5, 100];

function clipGraph(maxNorm: number): Graph {
  const b = new GraphBuilder('clip');
  const r = clipGradNorm(b, SHAPES.map((s, i) => b.input(`g${i}`, 'f32', s)), maxNorm);
  r.grads.forEach((g, i) => b.output(`grad${i}`, g));
  b.output('total_norm', r.totalNorm);
  return b.build();
}

let torch: Map<string, Tensor>;
beforeAll(async () => {
  const tensors = new Map(GRADS.map((g, i) => [`g${i}`, g]));
  const cases = LIMITS.map((m) => ({ id: `max${m}`, kind: 'clip', max_norm: m, grads: GRADS.map((_, i) => `g${i}`) }));
  const { outputs, errors } = await runPythonBatch('optim.py', cases, tensors);
  expect(errors).toEqual({});
  torch = outputs;
});

describe('clipGradNorm matches torch.nn.utils.clip_grad_norm_', () => {
  for (const maxNorm of LIMITS) {
    for (const [runner, make] of Object.entries(CPU_RUNNERS)) {
      it(`max norm ${maxNorm} (${runner})`, async () => {
        const out = await make(clipGraph(maxNorm))(new Map(GRADS.map((g, i) => [`g${i}`, g])));
        for (const name of [...SHAPES.map((_, i) => `grad${i}`), 'total_norm']) {
          const want = torch.get(`max${maxNorm}/${name}`)!;
          const d = compareTensors(out.get(name)!, want, 1e-6);
          expect(d.maxAbs, `${name}: ${d.message}`).toBeLessThanOrEqual(1e-6);
        }
        // the limits bracket the norm (about 4.7): under it every gradient shrinks, above it none changes
        const scaled = out.get('grad0')!.data[0] !== GRADS[0].data[0];
        expect(scaled).toBe(maxNorm < 4);
      });
    }
  }
});

describe('clipGradNorm settings', () => {
  it('refuses no gradients, a negative limit and a gradient that is not f32', () => {
    const b = new GraphBuilder();
    expect(() => clipGradNorm(b, [], 1)).toThrow(OptimizerError);
    expect(() => clipGradNorm(b, [b.input('g', 'f32', [2])], -1)).toThrow(/'maxNorm' is out of range/);
    expect(() => clipGradNorm(b, [b.input('h', 'i32', [2])], 1)).toThrow(DTypeError);
  });
});
