// A training step as one graph: the network's forward (in training mode), the cross-entropy loss, its
// gradient with respect to every trainable parameter (ir/autodiff), optional clipping by global norm and
// accumulation over micro-batches, and the optimizer's update of every parameter and of its state. The
// graph is a pure function
//
//   (network inputs, target, hyper; parameters, optimizer state) -> (loss, logits; new parameters, new state)
//
// and the returned update map (output -> parameter) has the runtime write the new values back into the
// parameters' buffers after each run (runtime/updates.ts), so that everything stays on the device.
//
// Names. Optimizer state is kept as non-trainable parameters named as torch names the state of parameter p:
// `optim.momentum_buffer.<p>` (SGD), `optim.exp_avg.<p>` and `optim.exp_avg_sq.<p>` (AdamW), and
// `optim.grad_accum.<p>` for accumulated gradients; all start at zero. The update of parameter p is output
// `update:<p>`. A training-mode network returns its updated BatchNorm running statistics as outputs named
// by their parameters (nn/resnet.ts's stats): those are written back too.
//
// Accumulation over k micro-batches: every run adds its gradient into `optim.grad_accum.<p>`; the run whose
// hyper vector says "apply" (its last entry 1) steps the optimizer with the mean of the k gradients and
// clears the accumulators; the other runs leave parameters and optimizer state unchanged (selected with
// `where`, so the values are bit for bit the old ones).
import { grad } from '../ir/autodiff/grad.ts';
import { GraphBuilder, type Value } from '../ir/builder.ts';
import { GraphError, OptimizerError } from '../ir/errors.ts';
import type { Graph } from '../ir/graph.ts';
import { init } from '../ir/init.ts';
import { formatShape } from '../ir/tensor.ts';
import { rebuildGraph } from '../ir/rewrite/rebuild.ts';
import { simplify } from '../ir/rewrite/simplify.ts';
import { ADAMW_HYPER, adamwHyper, adamwStep, type AdamwOptions } from './adamw.ts';
import { clipGradNorm } from './clip.ts';
import { packHyper } from './hyper.ts';
import { OPTIMIZER_PREFIX } from '../io/training-keys.ts';
import { crossEntropy } from './loss.ts';
import { paramGroups, trainableParams, type GroupSpec, type ParamGroup } from './param-groups.ts';
import { SGD_HYPER, sgdHyper, sgdStep, type SgdOptions } from './sgd.ts';

export type OptimizerSpec =
  | ({ kind: 'sgd' } & Omit<SgdOptions, 'weightDecay'>)
  | ({ kind: 'adamw' } & Omit<AdamwOptions, 'weightDecay'>);

/** What the step minimises: the cross-entropy of the logits output against target class probabilities (input
 *  `target`, (N, K)), or Σ_o sum(o · target:o) over the named outputs (a linear functional of the outputs,
 *  inputs `target:<o>`: its gradient is a vector-Jacobian product, as for any loss whose gradient the caller
 *  computes elsewhere). */
export type LossSpec = { kind: 'cross_entropy'; logits?: string } | { kind: 'dot'; outputs: readonly string[] };

export interface StepOptions {
  optimizer: OptimizerSpec;
  /** Default: cross-entropy of output 'logits'. */
  loss?: LossSpec;
  /** Weight decay of the parameters that decay (parameter groups decide which; default 0). */
  weightDecay?: number;
  groups?: readonly GroupSpec[];
  /** Clip the gradients to this global L2 norm (default: no clipping). */
  clipNorm?: number;
  /** Micro-batches per optimizer step (default 1). */
  accumulate?: number;
}

export interface TrainingStep {
  readonly graph: Graph;
  /** Output -> parameter written back after each run. */
  readonly updates: ReadonlyMap<string, string>;
  readonly groups: readonly ParamGroup[];
  /** The network's own parameters (trainable and running statistics), without the optimizer's state. */
  readonly networkParams: readonly string[];
  /** Entries of the `hyper` input. */
  readonly hyperLength: number;
  /** The `hyper` input of a run: optimizer step `step` (from 1) at base learning rate `lr` (each group
   *  scales it); `apply`: whether this run ends an accumulation (always true without accumulation). */
  hyper(step: number, lr: number, apply?: boolean): Float32Array;
}

export const STATE_PREFIX = OPTIMIZER_PREFIX;
export const UPDATE_PREFIX = 'update:';

const stateNames = (spec: OptimizerSpec): string[] =>
  spec.kind === 'adamw' ? ['exp_avg', 'exp_avg_sq'] : (spec.momentum ?? 0) !== 0 ? ['momentum_buffer'] : [];

/** Output 'loss' of `b`'s graph, with the target inputs the loss needs. */
function addLoss(b: GraphBuilder, loss: LossSpec): void {
  const g = b.graph;
  const output = (name: string, what: string): Value => {
    const o = g.outputs.find((x) => x.name === name);
    if (!o) throw new GraphError(`training step: the network has no output '${name}' to take as ${what}`, { expected: g.outputs.map((x) => `'${x.name}'`).join(', '), found: `'${name}'` });
    const v = b.node(o.node);
    if (v.dtype !== 'f32') throw new GraphError(`training step: output '${name}' must be f32 to take as ${what}`, { expected: 'f32', found: v.dtype });
    return v;
  };
  if (loss.kind === 'cross_entropy') {
    const logits = output(loss.logits ?? 'logits', 'logits');
    if (logits.rank !== 2) throw new GraphError(`training step: the logits must be (batch, classes)`, { expected: 'rank 2', found: formatShape(logits.shape) });
    b.output('loss', crossEntropy(b, logits, b.input('target', 'f32', logits.shape)));
    return;
  }
  if (!loss.outputs.length) throw new GraphError('training step: a dot loss needs at least one output');
  const terms = loss.outputs.map((name) => {
    const y = output(name, 'a term of the loss');
    const flat = (v: Value) => b.reshape(v, { shape: [-1] });
    return b.sum(b.mul(flat(y), flat(b.input(`target:${name}`, 'f32', y.shape))), { axes: [0] });
  });
  b.output('loss', terms.reduce((a, t) => b.add(a, t)));
}

export function trainingStep(net: Graph, opts: StepOptions): TrainingStep {
  const accumulate = opts.accumulate ?? 1;
  if (!Number.isInteger(accumulate) || accumulate < 1) throw new OptimizerError('training step: accumulate must be a positive integer', { expected: 'an integer >= 1', found: String(accumulate) });
  const params = trainableParams(net);
  if (!params.length) throw new GraphError(`training step: ${net.name} has no trainable parameter`);
  const groups = paramGroups(params, { weightDecay: opts.weightDecay ?? 0, groups: opts.groups });
  const paramNames = new Set(net.params().map((p) => p.attrs.name as string));
  const stats = net.outputs.filter((o) => paramNames.has(o.name));

  // forward + loss, differentiated
  const withLoss = rebuildGraph(net).graph;
  addLoss(new GraphBuilder(withLoss), opts.loss ?? { kind: 'cross_entropy' });
  const g = grad(withLoss, { of: 'loss', wrt: params.map((p) => p.name), seed: 'one' });
  g.name = `${net.name}_train_step`;

  const b = new GraphBuilder(g);
  const spec = opts.optimizer;
  // the optimizer's settings for a group: the spec's, with the group's weight decay
  const { kind: _, ...settings } = spec;
  const groupOptions = (group: ParamGroup) => ({ ...settings, weightDecay: group.weightDecay });
  const block = spec.kind === 'adamw' ? ADAMW_HYPER.length : SGD_HYPER.length;
  const hyperLength = groups.length * block + (accumulate > 1 ? 1 : 0);
  const hyper = b.input('hyper', 'f32', [hyperLength]);
  const paramValue = new Map(g.params().map((n) => [n.attrs.name as string, b.node(n.id)] as const));
  const updates = new Map<string, string>(stats.map((o) => [o.name, o.name] as const));
  const state = (p: string, kind: string): Value => b.param(`${STATE_PREFIX}${kind}.${p}`, paramValue.get(p)!.shape, init.zeros(), { trainable: false });
  const writeBack = (name: string, v: Value) => { b.output(`${UPDATE_PREFIX}${name}`, v); updates.set(`${UPDATE_PREFIX}${name}`, name); };

  let grads = params.map((p) => b.node(g.outputs.find((o) => o.name === `grad:${p.name}`)!.node));
  let apply: Value | undefined;
  if (accumulate > 1) {
    apply = b.gt(b.reshape(b.slice(hyper, { axes: [0], starts: [hyperLength - 1], ends: [hyperLength] }), { shape: [] }), 0.5);
    const sums = params.map((p, i) => {
      const acc = state(p.name, 'grad_accum');
      const sum = b.add(acc, grads[i]);
      writeBack(`${STATE_PREFIX}grad_accum.${p.name}`, b.where(apply!, b.constant(0), sum));
      return sum;
    });
    grads = sums.map((s) => b.mul(s, 1 / accumulate));
  }
  if (opts.clipNorm !== undefined) {
    const clipped = clipGradNorm(b, grads, opts.clipNorm);
    grads = clipped.grads;
    b.output('grad_norm', clipped.totalNorm);
  }
  const gradOf = new Map(params.map((p, i) => [p.name, grads[i]] as const));
  const kept = (fresh: Value, old: Value) => (apply ? b.where(apply, fresh, old) : fresh);
  groups.forEach((group, gi) => {
    for (const name of group.params) {
      const param = paramValue.get(name)!;
      const gradient = gradOf.get(name)!;
      const slots = stateNames(spec).map((k) => state(name, k));
      let fresh: Value[];
      if (spec.kind === 'adamw') {
        const r = adamwStep(b, { param, grad: gradient, m: slots[0], v: slots[1] }, hyper, groupOptions(group), gi * block);
        fresh = [r.param, r.m, r.v];
      } else {
        const r = sgdStep(b, { param, grad: gradient, momentumBuffer: slots[0] }, hyper, groupOptions(group), gi * block);
        fresh = [r.param, ...(r.momentumBuffer ? [r.momentumBuffer] : [])];
      }
      writeBack(name, kept(fresh[0], param));
      slots.forEach((s, i) => writeBack(g.node(s.id).attrs.name as string, kept(fresh[i + 1], s)));
    }
  });
  for (const p of params) g.removeOutput(`grad:${p.name}`);
  const graph = simplify(g).graph;

  return {
    graph, updates, groups, hyperLength,
    networkParams: [...paramNames],
    hyper(step, lr, applyStep = true) {
      const blocks = groups.map((group) => (spec.kind === 'adamw' ? adamwHyper : sgdHyper)(step, lr * group.lrScale, groupOptions(group)));
      return packHyper(accumulate > 1 ? [...blocks, Float32Array.of(applyStep ? 1 : 0)] : blocks);
    },
  };
}
