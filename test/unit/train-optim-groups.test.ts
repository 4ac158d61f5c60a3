// Parameter groups (train/param-groups.ts): the no-decay rule, explicit groups with learning-rate multipliers,
// the errors; and a grouped step (one hyperparameter vector, a block per group) against torch's param_groups.
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder, type Value } from '../../ir/builder.ts';
import { OptimizerError } from '../../ir/errors.ts';
import type { Graph } from '../../ir/graph.ts';
import { init } from '../../ir/init.ts';
import { Tensor } from '../../ir/tensor.ts';
import { linear } from '../../nn/linear.ts';
import { batchNorm } from '../../nn/norm.ts';
import { ADAMW_HYPER, adamwHyper, adamwStep } from '../../train/adamw.ts';
import { packHyper } from '../../train/hyper.ts';
import { groupOffsets, isNoDecay, paramGroups, trainableParams, type ParamGroup, type ParamInfo } from '../../train/param-groups.ts';
import { SGD_HYPER, sgdHyper, sgdStep } from '../../train/sgd.ts';
import { caseData, constantLrs, maxTrajectoryDiff, torchRuns, type CaseData, type Runner, type Trajectory } from '../helpers/optim.ts';
import { CPU_RUNNERS } from '../helpers/optim-runners.ts';

/** A small network's trainable parameters, as nn/ names them. */
function network(): Graph {
  const b = new GraphBuilder('net');
  const x = b.input('x', 'f32', [2, 3, 4]);
  const h = b.scope('proj', () => linear(b, x, { in: 4, out: 5 }));
  const y = b.scope('bn', () => batchNorm(b, h, { features: 3, training: false }).y);
  b.output('y', b.scope('fc', () => linear(b, y, { in: 5, out: 2 })));
  b.param('pos_embed', [1, 5], init.zeros());
  return b.build();
}

const PARAMS: ParamInfo[] = [
  { name: 'conv.weight', shape: [3, 2] }, { name: 'conv.bias', shape: [3] }, { name: 'bn.weight', shape: [3] },
  { name: 'bn.bias', shape: [3] }, { name: 'fc.weight', shape: [2, 3] }, { name: 'scale', shape: [] },
];

describe('parameter groups', () => {
  it('no weight decay for rank <= 1 parameters and biases; frozen statistics are not optimised', () => {
    const params = trainableParams(network());
    expect(params.map((p) => p.name)).toEqual(['proj.weight', 'proj.bias', 'bn.weight', 'bn.bias', 'fc.weight', 'fc.bias', 'pos_embed']);
    expect(paramGroups(params, { weightDecay: 0.05 })).toEqual([
      { name: 'default', params: ['proj.weight', 'fc.weight', 'pos_embed'], lrScale: 1, weightDecay: 0.05 },
      { name: 'default/no_decay', params: ['proj.bias', 'bn.weight', 'bn.bias', 'fc.bias'], lrScale: 1, weightDecay: 0 },
    ]);
    expect(isNoDecay({ name: 'head.bias', shape: [2, 2] })).toBe(true);
    expect(isNoDecay({ name: 'unbias', shape: [2, 2] })).toBe(false);
  });

  it('explicit groups by name and prefix, with their learning-rate multiplier and decay', () => {
    const groups = paramGroups(PARAMS, { weightDecay: 0.1, groups: [{ name: 'head', prefixes: ['fc.'], lrScale: 10 }, { name: 'gain', params: ['scale'], lrScale: 0.5 }, { name: 'conv', params: ['conv.weight'], weightDecay: 0.3 }] });
    expect(groups).toEqual([
      { name: 'head', params: ['fc.weight'], lrScale: 10, weightDecay: 0.1 },
      { name: 'gain/no_decay', params: ['scale'], lrScale: 0.5, weightDecay: 0 },
      { name: 'conv', params: ['conv.weight'], lrScale: 1, weightDecay: 0.3 },
      { name: 'default/no_decay', params: ['conv.bias', 'bn.weight', 'bn.bias'], lrScale: 1, weightDecay: 0 },
    ]);
    expect([...groupOffsets(groups, 3)].map(([n, { offset }]) => [n, offset])).toEqual([
      ['fc.weight', 0], ['scale', 3], ['conv.weight', 6], ['conv.bias', 9], ['bn.weight', 9], ['bn.bias', 9],
    ]);
  });

  it('refuses a parameter in two groups, an unknown parameter or prefix, a repeated group name and bad settings', () => {
    const groups = (...g: Parameters<typeof paramGroups>[1]['groups'] & object) => () => paramGroups(PARAMS, { weightDecay: 0, groups: g });
    expect(groups({ name: 'a', params: ['fc.weight'] }, { name: 'b', prefixes: ['fc'] })).toThrow(OptimizerError);
    expect(groups({ name: 'a', params: ['fc.weight'] }, { name: 'b', prefixes: ['fc'] })).toThrow(/parameter 'fc.weight' is in two parameter groups.*groups 'a' and 'b'/);
    expect(groups({ name: 'a', params: ['fc.wieght'] })).toThrow(/group 'a' names an unknown parameter.*found fc.wieght/);
    expect(groups({ name: 'a', prefixes: ['head.'] })).toThrow(/prefix matches no parameter.*found head\./);
    expect(groups({ name: 'a', params: ['scale'] }, { name: 'a', params: ['bn.bias'] })).toThrow(/group name 'a' is taken/);
    expect(groups({ name: 'default', params: ['scale'] })).toThrow(/group name 'default' is taken/);
    expect(groups({ name: 'a', params: [] })).toThrow(/group 'a' claims no parameters/);
    expect(groups({ name: 'a', params: ['scale'], lrScale: -1 })).toThrow(/'lrScale' is out of range/);
    expect(groups({ name: 'a', params: ['scale'], lr: 2 } as never)).toThrow(/unknown option 'lr'/);
  });
});

// A grouped step: every parameter reads its group's block of one hyperparameter vector.
const STEPS = 30;
const GROUPS = paramGroups(PARAMS, { weightDecay: 0.1, groups: [{ name: 'head', prefixes: ['fc.'], lrScale: 10 }] });
const DATA = new Map<string, CaseData>(PARAMS.map((p, i) => [p.name, caseData({ id: p.name, kind: 'sgd', opts: {}, shape: [...p.shape], lrs: constantLrs(0, STEPS) }, 300 + i)]));

interface Optimizer { kind: 'sgd' | 'adamw'; lr: number; state: string[]; config: Record<string, unknown> }
const OPTIMIZERS: Optimizer[] = [
  { kind: 'sgd', lr: 0.01, state: ['momentum_buffer'], config: { momentum: 0.9, nesterov: true } },
  { kind: 'adamw', lr: 0.005, state: ['m', 'v'], config: {} },
];
const blockOf = (o: Optimizer) => (o.kind === 'sgd' ? SGD_HYPER : ADAMW_HYPER).length;

function groupedGraph(o: Optimizer): Graph {
  const b = new GraphBuilder('grouped');
  const hyper = b.input('hyper', 'f32', [GROUPS.length * blockOf(o)]);
  for (const [name, { group, offset }] of groupOffsets(GROUPS, blockOf(o))) {
    const shape = PARAMS.find((p) => p.name === name)!.shape;
    const v = (what: string) => b.input(`${what}:${name}`, 'f32', shape);
    const param = v('param'), grad = v('grad');
    let next: Record<string, Value | undefined>;
    if (o.kind === 'sgd') {
      const r = sgdStep(b, { param, grad, momentumBuffer: v('momentum_buffer') }, hyper, { momentum: 0.9, nesterov: true, weightDecay: group.weightDecay }, offset);
      next = { param: r.param, momentum_buffer: r.momentumBuffer };
    } else {
      const r = adamwStep(b, { param, grad, m: v('m'), v: v('v') }, hyper, { weightDecay: group.weightDecay }, offset);
      next = { param: r.param, m: r.m, v: r.v };
    }
    for (const what of ['param', ...o.state]) b.output(`next:${what}:${name}`, next[what]!);
  }
  return b.build();
}

function hyperAt(o: Optimizer, step: number): Tensor {
  const block = (g: ParamGroup) => o.kind === 'sgd'
    ? sgdHyper(step, o.lr * g.lrScale, { momentum: 0.9, nesterov: true, weightDecay: g.weightDecay })
    : adamwHyper(step, o.lr * g.lrScale, { weightDecay: g.weightDecay });
  const h = packHyper(GROUPS.map(block));
  return new Tensor('f32', [h.length], h);
}

async function runGrouped(o: Optimizer, run: Runner): Promise<Map<string, Trajectory>> {
  const cur = new Map<string, Tensor>();
  const history = new Map<string, Tensor[]>(PARAMS.map((p) => [p.name, []]));
  for (const p of PARAMS) {
    cur.set(`param:${p.name}`, DATA.get(p.name)!.param);
    for (const s of o.state) cur.set(`${s}:${p.name}`, Tensor.alloc('f32', p.shape));
  }
  for (let step = 1; step <= STEPS; step++) {
    for (const p of PARAMS) cur.set(`grad:${p.name}`, DATA.get(p.name)!.grads[step - 1]);
    const out = await run(new Map([...cur, ['hyper', hyperAt(o, step)]]));
    for (const [k, t] of out) cur.set(k.slice('next:'.length), Tensor.from('f32', t.shape, t.data));
    for (const p of PARAMS) history.get(p.name)!.push(cur.get(`param:${p.name}`)!);
  }
  return new Map(PARAMS.map((p) => [p.name, { params: history.get(p.name)!, state: new Map(o.state.map((s) => [s, cur.get(`${s}:${p.name}`)!])) }]));
}

let torch: Map<string, Map<string, Trajectory>>;
beforeAll(async () => {
  torch = await torchRuns(OPTIMIZERS.map((o) => ({
    id: o.kind, kind: o.kind, config: o.config, lrs: constantLrs(o.lr, STEPS), data: DATA, state: o.state,
    groups: GROUPS.map((g) => ({ params: g.params, lr_scale: g.lrScale, weight_decay: g.weightDecay })),
  })));
});

describe('a grouped step matches torch.optim with the same param_groups over 30 steps', () => {
  for (const o of OPTIMIZERS) {
    for (const [runner, make] of Object.entries(CPU_RUNNERS)) {
      it(`${o.kind} (${runner})`, async () => {
        const ours = await runGrouped(o, make(groupedGraph(o)));
        for (const p of PARAMS) {
          const d = maxTrajectoryDiff(ours.get(p.name)!, torch.get(o.kind)!.get(p.name)!);
          expect(d.maxAbs, `${p.name} ${d.where}`).toBeLessThanOrEqual(1e-6);
        }
      });
    }
  }
});
