// nn.Linear: y = x W^T + b over the last axis of any-rank input, with PyTorch's parameter names and
// default initialisation (kaiming_uniform(a = sqrt 5) weight, i.e. U(±1/sqrt(in)), and U(±1/sqrt(in)) bias).
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { ShapeError } from '../ir/errors.ts';
import { init } from '../ir/init.ts';
import { requireDim, requireKnownOptions, requireSize, site } from './check.ts';

export interface LinearOptions {
  in: number;
  out: number;
  /** Default true. */
  bias?: boolean;
}

/** x (..., in) -> (..., out); params `weight` (out, in) and `bias` (out) under the current scope. */
const OPTIONS: Record<keyof LinearOptions, true> = { in: true, out: true, bias: true };

export function linear(b: GraphBuilder, x: Value, opts: LinearOptions): Value {
  requireKnownOptions(b, 'linear', opts, OPTIONS);
  requireSize(b, 'linear', 'in', opts.in);
  requireSize(b, 'linear', 'out', opts.out);
  if (x.rank < 1) throw new ShapeError(`${site(b, 'linear')}: input must have a feature axis`, { expected: `[..., ${opts.in}]`, found: 'a scalar' });
  requireDim(b, 'linear', 'input', x, -1, opts.in, 'in');
  const weight = b.param('weight', [opts.out, opts.in], init.kaimingUniform('fan_in', 'leaky_relu', Math.sqrt(5)));
  const bound = 1 / Math.sqrt(opts.in);
  const bias = opts.bias === false ? undefined : b.param('bias', [opts.out], init.uniform(-bound, bound));
  return applyLinear(b, x, weight, bias);
}

/** x (..., in) @ weight^T (+ bias) with weight (out, in): the product nn.Linear, nn.GRU and friends share. */
export function applyLinear(b: GraphBuilder, x: Value, weight: Value, bias?: Value): Value {
  const wt = b.permute(weight, { perm: [1, 0] });
  // matmul wants rank >= 2 and broadcasts the weight over the batch axes; a vector becomes one row
  const y = x.rank === 1
    ? b.reshape(b.matmul(b.reshape(x, { shape: [1, x.shape[0]] }), wt), { shape: [weight.shape[0]] })
    : b.matmul(x, wt);
  return bias ? b.add(y, bias) : y;
}
