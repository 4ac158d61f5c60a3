// Optimizer steps of train/ run for many steps against torch.optim (test/oracle/optim.py): a one-step graph
// (param, grad, state, hyper -> new param, new state) runs once per step on some runner, each step's outputs
// stored back as f32 (as device state is) and fed to the next, with a fixed gradient per step.
import { GraphBuilder, type Value } from '../../ir/builder.ts';
import type { Graph } from '../../ir/graph.ts';
import { Tensor } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';
import { adamwHyper, adamwStep, type AdamwOptions } from '../../train/adamw.ts';
import { sgdHyper, sgdStep, type SgdOptions } from '../../train/sgd.ts';
import { runPythonBatch } from './oracle.ts';

export type OptimCase =
  | { id: string; kind: 'sgd'; opts: SgdOptions; shape: number[]; lrs: number[] }
  | { id: string; kind: 'adamw'; opts: AdamwOptions; shape: number[]; lrs: number[] };

/** Runs a graph once: inputs by name -> outputs by name. */
export type Runner = (inputs: Map<string, Tensor>) => Promise<Map<string, Tensor>>;

/** The optimizer-state tensors a case carries from step to step. */
export function stateNames(c: OptimCase): string[] {
  if (c.kind === 'adamw') return ['m', 'v'];
  return (c.opts.momentum ?? 0) !== 0 ? ['momentum_buffer'] : [];
}

/** One optimizer step as a graph: inputs param, grad, the state names and hyper; outputs "next:<name>". */
export function stepGraph(c: OptimCase): Graph {
  const b = new GraphBuilder(c.id);
  const input = (name: string) => b.input(name, 'f32', c.shape);
  const param = input('param'), grad = input('grad');
  const state = new Map(stateNames(c).map((n) => [n, input(n)]));
  const hyper = b.input('hyper', 'f32', [3]);
  let out: Record<string, Value | undefined>;
  if (c.kind === 'sgd') {
    const r = sgdStep(b, { param, grad, momentumBuffer: state.get('momentum_buffer') }, hyper, c.opts);
    out = { param: r.param, momentum_buffer: r.momentumBuffer };
  } else {
    const r = adamwStep(b, { param, grad, m: state.get('m')!, v: state.get('v')! }, hyper, c.opts);
    out = { param: r.param, m: r.m, v: r.v };
  }
  for (const [name, v] of Object.entries(out)) if (v) b.output(`next:${name}`, v);
  return b.build();
}

export function hyperOf(c: OptimCase, step: number): Float32Array {
  return c.kind === 'sgd' ? sgdHyper(step, c.lrs[step - 1], c.opts) : adamwHyper(step, c.lrs[step - 1], c.opts);
}

export interface CaseData { param: Tensor; grads: Tensor[] }

const numelOf = (shape: readonly number[]) => shape.reduce((a, d) => a * d, 1);

/** A starting parameter and one gradient per step, N(0, 1) with the scale varying from step to step. */
export function caseData(c: OptimCase, seed: number): CaseData {
  const rng = new Rng(seed);
  const draw = (scale: number) => Tensor.from('f32', c.shape, Array.from({ length: numelOf(c.shape) }, () => scale * rng.normal()));
  return { param: draw(1), grads: c.lrs.map((_, i) => draw(0.5 + (i % 7) / 4)) };
}

export interface Trajectory { params: Tensor[]; state: Map<string, Tensor> }

/** Run the case's steps on `run`, from zero state; the parameter after each step and the final state. */
export async function runSteps(c: OptimCase, data: CaseData, run: Runner): Promise<Trajectory> {
  const zeros = () => Tensor.alloc('f32', c.shape);
  let param = data.param;
  let state = new Map(stateNames(c).map((n) => [n, zeros()]));
  const params: Tensor[] = [];
  for (let step = 1; step <= c.lrs.length; step++) {
    const hyper = Tensor.from('f32', [3], hyperOf(c, step));
    const out = await run(new Map([['param', param], ['grad', data.grads[step - 1]], ['hyper', hyper], ...state]));
    const f32 = (name: string) => Tensor.from('f32', c.shape, out.get(`next:${name}`)!.data);
    param = f32('param');
    state = new Map([...state.keys()].map((n) => [n, f32(n)]));
    params.push(param);
  }
  return { params, state };
}

/** A run of torch.optim over several parameters in groups (the protocol of test/oracle/optim.py). */
export interface TorchRun {
  id: string;
  kind: 'sgd' | 'adamw';
  config: Record<string, unknown>;
  lrs: readonly number[];
  groups: readonly { params: readonly string[]; lr_scale?: number; weight_decay?: number }[];
  /** Starting value and per-step gradients of each parameter, by name. */
  data: ReadonlyMap<string, CaseData>;
  /** The state tensors torch keeps per parameter. */
  state: readonly string[];
}

/** torch's trajectory of each parameter of each run: run id -> parameter name -> trajectory. */
export async function torchRuns(runs: readonly TorchRun[]): Promise<Map<string, Map<string, Trajectory>>> {
  const tensors = new Map<string, Tensor>();
  for (const r of runs) {
    for (const [name, d] of r.data) {
      tensors.set(`${r.id}/param:${name}`, d.param);
      const n = d.param.numel;
      const all = new Float32Array(n * d.grads.length);
      d.grads.forEach((g, i) => all.set(g.data, i * n));
      tensors.set(`${r.id}/grads:${name}`, new Tensor('f32', [d.grads.length, ...d.param.shape], all));
    }
  }
  const json = runs.map(({ id, kind, config, lrs, groups }) => ({ id, kind, config, lrs, groups }));
  const { outputs, errors } = await runPythonBatch('optim.py', json, tensors);
  if (Object.keys(errors).length > 0) throw new Error(`optimizer oracle failed: ${JSON.stringify(errors)}`);
  return new Map(runs.map((r) => [r.id, new Map([...r.data].map(([name, d]) => {
    const all = outputs.get(`${r.id}/params:${name}`)!;
    const n = d.param.numel;
    const params = r.lrs.map((_, i) => new Tensor('f32', d.param.shape, all.data.slice(i * n, (i + 1) * n)));
    return [name, { params, state: new Map(r.state.map((s) => [s, outputs.get(`${r.id}/${s}:${name}`)!])) }];
  }))]));
}

/** torch's trajectories of single-parameter cases, by case id. */
export async function torchTrajectories(cases: readonly OptimCase[], data: ReadonlyMap<string, CaseData>): Promise<Map<string, Trajectory>> {
  const runs = await torchRuns(cases.map((c) => ({
    id: c.id, kind: c.kind, config: torchConfig(c), lrs: c.lrs, groups: [{ params: ['p'] }],
    data: new Map([['p', data.get(c.id)!]]), state: stateNames(c),
  })));
  return new Map(cases.map((c) => [c.id, runs.get(c.id)!.get('p')!]));
}

export function torchConfig(c: OptimCase): Record<string, unknown> {
  if (c.kind === 'sgd') {
    const o = c.opts;
    return { momentum: o.momentum ?? 0, dampening: o.dampening ?? 0, nesterov: o.nesterov ?? false, weight_decay: o.weightDecay ?? 0 };
  }
  const o = c.opts;
  return { betas: o.betas ?? [0.9, 0.999], eps: o.eps ?? 1e-8, weight_decay: o.weightDecay ?? 0.01 };
}

/** The largest absolute difference between two trajectories: every step's parameter and the final state. */
export function maxTrajectoryDiff(ours: Trajectory, theirs: Trajectory): { maxAbs: number; where: string } {
  let maxAbs = -1, where = '';
  const visit = (a: Tensor, b: Tensor, name: string) => {
    for (let i = 0; i < b.data.length; i++) {
      const d = Math.abs(a.data[i] - b.data[i]);
      if (!(d <= maxAbs)) { maxAbs = Number.isNaN(d) ? Infinity : d; where = `${name}[${i}]: ${a.data[i]} vs torch ${b.data[i]}`; }
    }
  };
  theirs.params.forEach((t, i) => visit(ours.params[i], t, `param after step ${i + 1}`));
  for (const [name, t] of theirs.state) visit(ours.state.get(name)!, t, `final ${name}`);
  return { maxAbs, where };
}

/** Per-step learning rates: constant, or a schedule's values. */
export const constantLrs = (lr: number, steps: number): number[] => Array.from({ length: steps }, () => lr);
