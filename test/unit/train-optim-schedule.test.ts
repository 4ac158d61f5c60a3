// Learning-rate schedules (train/schedule.ts) against torch 1.13's schedulers, stepped once per step:
// MultiStepLR, CosineAnnealingLR, SequentialLR(LinearLR warm-up, CosineAnnealingLR), and a constant.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { OptimizerError } from '../../ir/errors.ts';
import { learningRate, type Schedule } from '../../train/schedule.ts';
import { PYTHON } from '../helpers/oracle.ts';

interface Case { id: string; schedule: Schedule; base: number; steps: number }

const CASES: Case[] = [
  { id: 'constant', schedule: { kind: 'constant' }, base: 0.1, steps: 5 },
  { id: 'multistep', schedule: { kind: 'multistep', milestones: [3, 7, 7, 12], gamma: 0.3 }, base: 0.1, steps: 20 },
  { id: 'multistep default gamma', schedule: { kind: 'multistep', milestones: [2] }, base: 0.05, steps: 5 },
  { id: 'cosine', schedule: { kind: 'cosine', totalSteps: 40, minLr: 1e-4 }, base: 0.1, steps: 41 },
  { id: 'warm-up then cosine', schedule: { kind: 'cosine', totalSteps: 50, warmupSteps: 8, warmupStartFactor: 0.1, minLr: 1e-3 }, base: 0.4, steps: 51 },
  { id: 'warm-up default start', schedule: { kind: 'cosine', totalSteps: 12, warmupSteps: 5 }, base: 1, steps: 13 },
];

let torch: number[][];
beforeAll(async () => {
  const specs = CASES.map((c) => ({ ...c.schedule, base: c.base, steps: c.steps }));
  const { stdout } = await promisify(execFile)(PYTHON, [new URL('../oracle/optim.py', import.meta.url).pathname, '--schedules', JSON.stringify(specs)]);
  torch = JSON.parse(stdout) as number[][];
});

describe('learning-rate schedules match torch.optim.lr_scheduler', () => {
  CASES.forEach((c, k) => {
    it(c.id, () => {
      const ours = Array.from({ length: c.steps }, (_, i) => learningRate(c.schedule, c.base, i));
      ours.forEach((lr, i) => expect(Math.abs(lr - torch[k][i]), `step ${i}: ${lr} vs torch ${torch[k][i]}`).toBeLessThanOrEqual(1e-15 * c.base));
    });
  });

  it('cosine holds the minimum after its last step (torch would rise again)', () => {
    const s: Schedule = { kind: 'cosine', totalSteps: 10, warmupSteps: 2, minLr: 0.01 };
    expect(learningRate(s, 1, 10)).toBeCloseTo(0.01, 15);
    expect(learningRate(s, 1, 25)).toBe(learningRate(s, 1, 10));
  });
});

describe('schedule settings', () => {
  it('refuses unknown kinds and options, decreasing milestones, a warm-up as long as the run and negative steps', () => {
    expect(() => learningRate({ kind: 'linear' } as never, 0.1, 0)).toThrow(OptimizerError);
    expect(() => learningRate({ kind: 'cosine', totalSteps: 10, warmup: 2 } as never, 0.1, 0)).toThrow(/unknown option 'warmup'/);
    expect(() => learningRate({ kind: 'multistep', milestones: [5, 3] }, 0.1, 0)).toThrow(/milestones must not decrease/);
    expect(() => learningRate({ kind: 'cosine', totalSteps: 4, warmupSteps: 4 }, 0.1, 0)).toThrow(/'totalSteps' must be an integer >= 5/);
    expect(() => learningRate({ kind: 'cosine', totalSteps: 4, warmupSteps: 1, warmupStartFactor: 0 }, 0.1, 0)).toThrow(/'warmupStartFactor' is out of range.*\(0, 1\]/);
    expect(() => learningRate({ kind: 'constant' }, 0.1, -1)).toThrow(/'step' must be an integer >= 0/);
  });
});
