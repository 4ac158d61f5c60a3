// AdamW (train/adamw.ts) for 100 steps on fixed gradients against torch.optim.AdamW in float32: torch's
// defaults, other betas/eps with strong decay, no decay, and a scheduled learning rate; on the reference
// interpreter and compiled.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { DTypeError, OptimizerError, ShapeError } from '../../ir/errors.ts';
import { ADAMW_HYPER, adamwHyper, adamwStep } from '../../train/adamw.ts';
import { learningRate } from '../../train/schedule.ts';
import { constantLrs, type OptimCase } from '../helpers/optim.ts';
import { trajectorySuite } from '../helpers/optim-runners.ts';

const STEPS = 100;
const multistep = Array.from({ length: STEPS }, (_, i) => learningRate({ kind: 'multistep', milestones: [30, 70], gamma: 0.2 }, 0.02, i));
const CASES: OptimCase[] = [
  { id: 'defaults', kind: 'adamw', opts: {}, shape: [3, 4], lrs: constantLrs(1e-2, STEPS) },
  { id: 'betas-eps-decay', kind: 'adamw', opts: { betas: [0.8, 0.99], eps: 1e-6, weightDecay: 0.3 }, shape: [2, 5], lrs: constantLrs(3e-2, STEPS) },
  { id: 'no-decay', kind: 'adamw', opts: { weightDecay: 0 }, shape: [7], lrs: constantLrs(5e-3, STEPS) },
  { id: 'scheduled', kind: 'adamw', opts: { weightDecay: 0.05 }, shape: [4, 3], lrs: multistep },
];

trajectorySuite('AdamW matches torch.optim.AdamW over 100 steps to 1e-6 absolute', CASES, 200);

describe('AdamW hyperparameters', () => {
  it('are the decay factor, lr / bc1 and sqrt(bc2), computed in float64 and rounded once', () => {
    expect(ADAMW_HYPER).toEqual(['decay', 'stepSize', 'sqrtBiasCorrection2']);
    const h = adamwHyper(3, 0.01, { betas: [0.9, 0.999], weightDecay: 0.1 });
    expect([...h]).toEqual([1 - 0.01 * 0.1, 0.01 / (1 - 0.9 ** 3), Math.sqrt(1 - 0.999 ** 3)].map(Math.fround));
  });

  it('refuses settings out of range, a step before 1 and unknown options', () => {
    expect(() => adamwHyper(1, 0.1, { betas: [1, 0.999] })).toThrow(OptimizerError);
    expect(() => adamwHyper(1, 0.1, { betas: [0.9, -0.1] })).toThrow(/option 'betas\[1\]' is out of range/);
    expect(() => adamwHyper(1, 0.1, { eps: -1 })).toThrow(/option 'eps' is out of range/);
    expect(() => adamwHyper(1.5, 0.1)).toThrow(/step must be a positive integer/);
    expect(() => adamwHyper(1, Number.NaN)).toThrow(/option 'lr' is out of range/);
    expect(() => adamwHyper(1, 0.1, { amsgrad: true } as never)).toThrow(/unknown option 'amsgrad'/);
  });

  it('refuses moments that do not fit the parameter and a hyper vector of another dtype or rank', () => {
    const b = new GraphBuilder();
    const p = b.input('p', 'f32', [2, 3]), h = b.input('h', 'f32', [3]);
    expect(() => adamwStep(b, { param: p, grad: p, m: p, v: b.input('v', 'f32', [2]) }, h)).toThrow(ShapeError);
    expect(() => adamwStep(b, { param: p, grad: p, m: p, v: p }, b.input('hi', 'i32', [3]))).toThrow(DTypeError);
    expect(() => adamwStep(b, { param: p, grad: p, m: p, v: p }, b.input('h2', 'f32', [1, 3]))).toThrow(/hyperparameter vector must hold 3 entries/);
  });
});
