// SGD (train/sgd.ts) for 100 steps on fixed gradients against torch.optim.SGD in float32: plain, momentum,
// dampening, Nesterov, weight decay and a scheduled learning rate, on the reference interpreter and compiled.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { DTypeError, OptimizerError, ShapeError } from '../../ir/errors.ts';
import { learningRate } from '../../train/schedule.ts';
import { SGD_HYPER, sgdHyper, sgdStep } from '../../train/sgd.ts';
import { constantLrs, type OptimCase } from '../helpers/optim.ts';
import { trajectorySuite } from '../helpers/optim-runners.ts';

const STEPS = 100;
const cosine = Array.from({ length: STEPS }, (_, i) => learningRate({ kind: 'cosine', totalSteps: STEPS, warmupSteps: 10 }, 0.02, i));
const CASES: OptimCase[] = [
  { id: 'plain', kind: 'sgd', opts: {}, shape: [3, 4], lrs: constantLrs(0.05, STEPS) },
  { id: 'momentum', kind: 'sgd', opts: { momentum: 0.9 }, shape: [3, 4], lrs: constantLrs(0.01, STEPS) },
  { id: 'dampening', kind: 'sgd', opts: { momentum: 0.9, dampening: 0.3 }, shape: [7], lrs: constantLrs(0.01, STEPS) },
  { id: 'nesterov-decay', kind: 'sgd', opts: { momentum: 0.9, nesterov: true, weightDecay: 1e-2 }, shape: [2, 5], lrs: constantLrs(0.01, STEPS) },
  { id: 'decay-no-momentum', kind: 'sgd', opts: { weightDecay: 5e-2 }, shape: [6], lrs: constantLrs(0.03, STEPS) },
  { id: 'scheduled', kind: 'sgd', opts: { momentum: 0.8, dampening: 0.1, weightDecay: 1e-4 }, shape: [4, 3], lrs: cosine },
];

trajectorySuite('SGD matches torch.optim.SGD over 100 steps to 1e-6 absolute', CASES, 100);

describe('SGD hyperparameters', () => {
  it('the first step copies the gradient into the buffer; later steps decay it', () => {
    expect(SGD_HYPER).toEqual(['lr', 'bufferDecay', 'gradScale']);
    expect([...sgdHyper(1, 0.5, { momentum: 0.9, dampening: 0.25 })]).toEqual([0.5, 0, 1]);
    expect([...sgdHyper(2, 0.5, { momentum: 0.9, dampening: 0.25 })]).toEqual([0.5, Math.fround(0.9), 0.75]);
  });

  it('refuses settings torch refuses, a step before 1 and a negative learning rate', () => {
    expect(() => sgdHyper(1, 0.1, { nesterov: true })).toThrow(OptimizerError);
    expect(() => sgdHyper(1, 0.1, { momentum: 0.9, dampening: 0.1, nesterov: true })).toThrow(/nesterov needs momentum > 0 and dampening 0/);
    expect(() => sgdHyper(1, 0.1, { momentum: -0.1 })).toThrow(/option 'momentum' is out of range/);
    expect(() => sgdHyper(0, 0.1)).toThrow(/step must be a positive integer/);
    expect(() => sgdHyper(1, -1)).toThrow(/option 'lr' is out of range/);
    expect(() => sgdHyper(1, 0.1, { momentun: 0.9 } as never)).toThrow(/unknown option 'momentun'/);
  });

  it('refuses a gradient or buffer that does not fit the parameter, a missing buffer and a short hyper vector', () => {
    const b = new GraphBuilder();
    const p = b.input('p', 'f32', [2, 3]), hyper = b.input('h', 'f32', [3]);
    expect(() => sgdStep(b, { param: p, grad: b.input('g', 'f32', [3, 2]) }, hyper)).toThrow(ShapeError);
    expect(() => sgdStep(b, { param: p, grad: b.input('gi', 'i32', [2, 3]) }, hyper)).toThrow(DTypeError);
    expect(() => sgdStep(b, { param: p, grad: p }, hyper, { momentum: 0.9 })).toThrow(/needs a momentum buffer/);
    expect(() => sgdStep(b, { param: p, grad: p, momentumBuffer: b.input('m', 'f32', [6]) }, hyper, { momentum: 0.9 })).toThrow(/momentumBuffer must have the parameter's shape/);
    expect(() => sgdStep(b, { param: p, grad: p }, hyper, {}, 1)).toThrow(/must hold 3 entries from offset 1/);
  });

  it('reads its block at an offset of a longer vector (parameter groups)', () => {
    const b = new GraphBuilder();
    const p = b.input('p', 'f32', [2]);
    const r = sgdStep(b, { param: p, grad: p }, b.input('h', 'f32', [6]), {}, 3);
    const slice = b.graph.nodes.find((n) => n.op === 'slice')!;
    expect(slice.attrs.starts).toEqual([3]);
    expect(r.momentumBuffer).toBeUndefined();
  });
});
