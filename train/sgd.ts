// torch.optim.SGD (torch 1.13, single-tensor form) as a pure graph builder: the current parameter, gradient
// and momentum buffer in, the new parameter and buffer out.
//
//   d = g + wd·p                                  (when weightDecay ≠ 0)
//   buf = d on the first step, else momentum·buf + (1 − dampening)·d     (when momentum ≠ 0)
//   d = d + momentum·buf when nesterov, else d = buf
//   p = p − lr·d
//
// torch's first step copies d into a buffer that does not exist yet. Here the buffer always exists and
// starts at zero, and the step's two buffer coefficients come from the host: (0, 1) on step 1 and
// (momentum, 1 − dampening) after, so that buf = 0·0 + 1·d = d exactly on step 1 with no branch in the graph.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { OptimizerError } from '../ir/errors.ts';
import { requireInRange, requireKnownOptions, requireLike, requireStep } from './check.ts';
import { readHyper } from './hyper.ts';

export interface SgdOptions {
  /** Default 0 (no buffer). */
  momentum?: number;
  /** Default 0. */
  dampening?: number;
  /** Default false; needs momentum > 0 and dampening 0, as torch requires. */
  nesterov?: boolean;
  /** L2 penalty added to the gradient. Default 0. */
  weightDecay?: number;
}

/** Entries of SGD's hyperparameter block, in order (see sgdHyper). */
export const SGD_HYPER = ['lr', 'bufferDecay', 'gradScale'] as const;

export interface SgdTensors {
  param: Value;
  grad: Value;
  /** Required when momentum ≠ 0: zeros before the first step. */
  momentumBuffer?: Value;
}

export interface SgdResult {
  param: Value;
  /** The new buffer, when momentum ≠ 0. */
  momentumBuffer?: Value;
}

const OPTIONS: Record<keyof SgdOptions, true> = { momentum: true, dampening: true, nesterov: true, weightDecay: true };

function checkedOptions(opts: SgdOptions): Required<SgdOptions> {
  requireKnownOptions('sgd', opts, OPTIONS);
  const o = { momentum: opts.momentum ?? 0, dampening: opts.dampening ?? 0, nesterov: opts.nesterov ?? false, weightDecay: opts.weightDecay ?? 0 };
  requireInRange('sgd', 'momentum', o.momentum, 0);
  requireInRange('sgd', 'dampening', o.dampening);
  requireInRange('sgd', 'weightDecay', o.weightDecay, 0);
  if (o.nesterov && (o.momentum <= 0 || o.dampening !== 0)) {
    throw new OptimizerError(`sgd: nesterov needs momentum > 0 and dampening 0`, { expected: 'momentum > 0, dampening = 0', found: `momentum ${o.momentum}, dampening ${o.dampening}` });
  }
  return o;
}

/** The step's hyperparameter block (layout SGD_HYPER), from float64 host arithmetic rounded to f32 once.
 *  `step` counts from 1; `lr` is this step's learning rate (after schedule and group multiplier). */
export function sgdHyper(step: number, lr: number, opts: SgdOptions = {}): Float32Array {
  const o = checkedOptions(opts);
  requireStep('sgd', step);
  requireInRange('sgd', 'lr', lr, 0);
  const first = step === 1;
  return Float32Array.of(lr, first ? 0 : o.momentum, first ? 1 : 1 - o.dampening);
}

/** One SGD step of one parameter; the scalars are read from `hyper` at `offset` (layout SGD_HYPER). */
export function sgdStep(b: GraphBuilder, t: SgdTensors, hyper: Value, opts: SgdOptions = {}, offset = 0): SgdResult {
  const o = checkedOptions(opts);
  requireLike('sgd', 'grad', t.grad, t.param);
  const [lr, bufferDecay, gradScale] = readHyper(b, 'sgd', hyper, offset, SGD_HYPER.length);
  let d = o.weightDecay !== 0 ? b.add(t.grad, b.mul(t.param, o.weightDecay)) : t.grad;
  let momentumBuffer: Value | undefined;
  if (o.momentum !== 0) {
    if (!t.momentumBuffer) throw new OptimizerError(`sgd: momentum ${o.momentum} needs a momentum buffer`, { expected: 'momentumBuffer', found: 'none' });
    requireLike('sgd', 'momentumBuffer', t.momentumBuffer, t.param);
    momentumBuffer = b.add(b.mul(t.momentumBuffer, bufferDecay), b.mul(d, gradScale));
    d = o.nesterov ? b.add(d, b.mul(momentumBuffer, o.momentum)) : momentumBuffer;
  }
  return { param: b.sub(t.param, b.mul(d, lr)), momentumBuffer };
}
