import { beforeAll, describe, it } from 'vitest';
import type { Tensor } from '../../ir/tensor.ts';
import { computedGrads, expectClose, oracleGrads, prepare, type GradCase, type Prepared } from '../helpers/autodiff.ts';
import { RULE_CASES } from '../helpers/autodiff-cases.ts';

type Norm = 'backward' | 'ortho' | 'forward';

// Composite graphs: gradients of a scalar (seed 1) through chains of rules.
const COMPOSITES: GradCase[] = [
  {
    id: 'conv stride 2 groups 2 -> relu -> mean', seed: 'one',
    inputs: { x: { dtype: 'f32', shape: [2, 4, 9, 9] }, w: { dtype: 'f32', shape: [6, 2, 3, 3], param: true } },
    build: (b, { x, w }) => b.mean(b.relu(b.conv(x, w, { stride: [2, 2], padding: [1, 1], groups: 2 })), { axes: [0, 1, 2, 3] }),
  },
  ...[7, 8].flatMap((T) => (['backward', 'ortho', 'forward'] as Norm[]).map((norm): GradCase => ({
    id: `rfft -> complex filter -> irfft T=${T} ${norm}`,
    inputs: { x: { dtype: 'f32', shape: [2, 3, T] }, filter: { dtype: 'c64', shape: [3, Math.floor(T / 2) + 1], param: true } },
    build: (b, { x, filter }) => b.irfft(b.mul(b.rfft(x, { norm }), filter), { n: T, norm }),
  }))),
  {
    id: 'matmul -> softmax -> weighted sum', seed: 'one',
    inputs: { x: { dtype: 'f32', shape: [3, 4] }, w: { dtype: 'f32', shape: [4, 5], param: true }, t: { dtype: 'f32', shape: [3, 5] } },
    build: (b, { x, w, t }) => {
      const h = b.matmul(x, w);
      const e = b.exp(b.sub(h, b.max(h, { axes: [-1], keepdims: true })));
      const p = b.div(e, b.sum(e, { axes: [-1], keepdims: true }));
      return b.sum(b.mul(p, t), { axes: [0, 1] });
    },
  },
];

// Every rule case (ties included) and the composites against PyTorch autograd in float64: results come
// back as f32, so the tolerance is 1e-6 of each gradient's scale.
describe('gradients against PyTorch autograd', () => {
  const cases: [string, Prepared][] = [...RULE_CASES, ...COMPOSITES].map((c) => [c.id, prepare(c)]);
  let want: Map<string, Map<string, Tensor>>;
  beforeAll(async () => { want = await oracleGrads(cases); }, 120_000);
  for (const [id, p] of cases) it(id, () => expectClose(computedGrads(p), want.get(id)!, 1e-6));
});
