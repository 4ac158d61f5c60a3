// Learning-rate schedules on the host: the learning rate of optimizer step i (i = 0, 1, 2, ..., i.e. after i
// scheduler steps, torch's last_epoch = i), stepped once per iteration. Each matches a torch 1.13 scheduler:
//
//   constant     lr_i = base
//   multistep    lr_i = base · γ^(number of milestones ≤ i)                        (MultiStepLR)
//   cosine       i < W: lr_i = base · (s + (1 − s) · i / W)                        (LinearLR(s, 1, W))
//                i ≥ W: lr_i = η + (base − η) · (1 + cos(π (i − W) / (T − W))) / 2  (CosineAnnealingLR(T − W, η))
//                i ≥ T: lr_i = η
//   that is, SequentialLR([LinearLR, CosineAnnealingLR], milestones = [W]) over T steps, held at η after T
//   (torch's cosine would rise again). W = 0 is plain cosine annealing.
//
// torch computes these recursively from the previous step's value; the closed forms here agree with it to
// float64 rounding (well below the f32 the optimizer reads them in), except that MultiStepLR's repeated
// multiplication is kept as it is (γ·γ can differ from γ² in the last bit).
import { OptimizerError } from '../ir/errors.ts';
import { requireInRange, requireKnownOptions } from './check.ts';

export type Schedule =
  | { kind: 'constant' }
  | { kind: 'multistep'; milestones: readonly number[]; gamma?: number }
  | { kind: 'cosine'; totalSteps: number; warmupSteps?: number; warmupStartFactor?: number; minLr?: number };

const KEYS: Record<Schedule['kind'], readonly string[]> = {
  constant: ['kind'],
  multistep: ['kind', 'milestones', 'gamma'],
  cosine: ['kind', 'totalSteps', 'warmupSteps', 'warmupStartFactor', 'minLr'],
};

function requireCount(option: string, v: number, min: number): void {
  if (!Number.isInteger(v) || v < min) throw new OptimizerError(`schedule: option '${option}' must be an integer >= ${min}`, { expected: `an integer >= ${min}`, found: String(v) });
}

/** Raise on a schedule torch would refuse or that is not defined (an unknown kind or option included). */
export function checkSchedule(s: Schedule): void {
  const keys = KEYS[s.kind as Schedule['kind']];
  if (!keys) throw new OptimizerError(`schedule: unknown kind`, { expected: Object.keys(KEYS).join(', '), found: String(s.kind) });
  requireKnownOptions(`schedule '${s.kind}'`, s, Object.fromEntries(keys.map((k) => [k, true])) as Record<keyof Schedule, true>);
  if (s.kind === 'multistep') {
    s.milestones.forEach((m, i) => {
      requireCount(`milestones[${i}]`, m, 1);
      if (i > 0 && m < s.milestones[i - 1]) throw new OptimizerError(`schedule: milestones must not decrease`, { expected: `>= ${s.milestones[i - 1]}`, found: `milestones[${i}] = ${m}` });
    });
    requireInRange('schedule', 'gamma', s.gamma ?? 0.1, 0);
  } else if (s.kind === 'cosine') {
    const warmup = s.warmupSteps ?? 0;
    requireCount('warmupSteps', warmup, 0);
    requireCount('totalSteps', s.totalSteps, warmup + 1);
    const start = s.warmupStartFactor ?? 1 / 3;
    // LinearLR's own range: the warm-up starts above zero and at most at the base rate
    if (!(start > 0 && start <= 1)) throw new OptimizerError(`schedule: option 'warmupStartFactor' is out of range`, { expected: 'a number in (0, 1]', found: String(start) });
    requireInRange('schedule', 'minLr', s.minLr ?? 0, 0);
  }
}

/** The learning rate of step i (from 0) for base learning rate `base`. */
export function learningRate(s: Schedule, base: number, i: number): number {
  checkSchedule(s);
  requireCount('step', i, 0);
  requireInRange('schedule', 'base learning rate', base, 0);
  switch (s.kind) {
    case 'constant': return base;
    case 'multistep': {
      let lr = base;
      // one multiplication per distinct milestone passed, by γ^(its multiplicity), as MultiStepLR steps
      for (const m of new Set(s.milestones)) if (m <= i) lr *= (s.gamma ?? 0.1) ** s.milestones.filter((x) => x === m).length;
      return lr;
    }
    case 'cosine': {
      const W = s.warmupSteps ?? 0, eta = s.minLr ?? 0, start = s.warmupStartFactor ?? 1 / 3;
      if (i < W) return base * (start + (1 - start) * i / W);
      const t = Math.min(i, s.totalSteps) - W;
      return eta + (base - eta) * (1 + Math.cos(Math.PI * t / (s.totalSteps - W))) / 2;
    }
  }
}
