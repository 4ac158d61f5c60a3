// torch.optim.AdamW (torch 1.13, single-tensor form, amsgrad off) as a pure graph builder: the current
// parameter, gradient and moments in, the new parameter and moments out.
//
//   p = p · (1 − lr·wd)                          (decoupled decay, before the update)
//   m = β1·m + (1 − β1)·g
//   v = β2·v + (1 − β2)·g·g
//   p = p − (lr / bc1)·m / (sqrt(v) / sqrt(bc2) + eps),   bc_i = 1 − β_i^step
//
// The three factors that change with the step or the schedule (1 − lr·wd, lr/bc1, sqrt(bc2)) are computed
// on the host in float64, as torch computes them in Python, and rounded to f32 once, as torch's kernels
// round a Python scalar; β1, β2 and eps are constants of the graph. The operations keep torch's order
// (addcmul: (c·g)·g, addcdiv: (c·m)/denom) so that the f32 roundings are the same ones.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { requireInRange, requireKnownOptions, requireLike, requireStep } from './check.ts';
import { readHyper } from './hyper.ts';

export interface AdamwOptions {
  /** Default [0.9, 0.999]. */
  betas?: readonly [number, number];
  /** Default 1e-8. */
  eps?: number;
  /** Decoupled weight decay. Default 0.01, as torch. */
  weightDecay?: number;
}

/** Entries of AdamW's hyperparameter block, in order (see adamwHyper). */
export const ADAMW_HYPER = ['decay', 'stepSize', 'sqrtBiasCorrection2'] as const;

export interface AdamwTensors {
  param: Value;
  grad: Value;
  /** First moment (torch's exp_avg): zeros before the first step. */
  m: Value;
  /** Second moment (torch's exp_avg_sq): zeros before the first step. */
  v: Value;
}

export interface AdamwResult { param: Value; m: Value; v: Value }

const OPTIONS: Record<keyof AdamwOptions, true> = { betas: true, eps: true, weightDecay: true };

function checkedOptions(opts: AdamwOptions): Required<AdamwOptions> {
  requireKnownOptions('adamw', opts, OPTIONS);
  const o = { betas: opts.betas ?? [0.9, 0.999] as const, eps: opts.eps ?? 1e-8, weightDecay: opts.weightDecay ?? 0.01 };
  requireInRange('adamw', 'betas[0]', o.betas[0], 0, 1, true);
  requireInRange('adamw', 'betas[1]', o.betas[1], 0, 1, true);
  requireInRange('adamw', 'eps', o.eps, 0);
  requireInRange('adamw', 'weightDecay', o.weightDecay, 0);
  return o;
}

/** The step's hyperparameter block (layout ADAMW_HYPER). `step` counts from 1 (torch's state['step'] after
 *  its increment); `lr` is this step's learning rate (after schedule and group multiplier). */
export function adamwHyper(step: number, lr: number, opts: AdamwOptions = {}): Float32Array {
  const o = checkedOptions(opts);
  requireStep('adamw', step);
  requireInRange('adamw', 'lr', lr, 0);
  const bc1 = 1 - o.betas[0] ** step, bc2 = 1 - o.betas[1] ** step;
  return Float32Array.of(1 - lr * o.weightDecay, lr / bc1, Math.sqrt(bc2));
}

/** One AdamW step of one parameter; the scalars are read from `hyper` at `offset` (layout ADAMW_HYPER). */
export function adamwStep(b: GraphBuilder, t: AdamwTensors, hyper: Value, opts: AdamwOptions = {}, offset = 0): AdamwResult {
  const o = checkedOptions(opts);
  requireLike('adamw', 'grad', t.grad, t.param);
  requireLike('adamw', 'm', t.m, t.param);
  requireLike('adamw', 'v', t.v, t.param);
  const [decay, stepSize, sqrtBc2] = readHyper(b, 'adamw', hyper, offset, ADAMW_HYPER.length);
  const [beta1, beta2] = o.betas;
  const decayed = b.mul(t.param, decay);
  const m = b.add(b.mul(t.m, beta1), b.mul(t.grad, 1 - beta1));
  const v = b.add(b.mul(t.v, beta2), b.mul(b.mul(t.grad, 1 - beta2), t.grad));
  const denom = b.add(b.div(b.sqrt(v), sqrtBc2), o.eps);
  return { param: b.sub(decayed, b.div(b.mul(m, stepSize), denom)), m, v };
}
