// Softmax and log-softmax as compositions of max, sub, exp, sum and log. Both subtract the maximum
// along the axis first: the result is unchanged and exp never overflows.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { axisOf } from './check.ts';

/** x - max(x) along `axis` (kept as size 1, so it broadcasts back). */
function shifted(b: GraphBuilder, x: Value, axis: number): Value {
  return b.sub(x, b.max(x, { axes: [axis], keepdims: true }));
}

/** softmax(x) along `axis` (torch.softmax(x, dim=axis)). */
export function softmax(b: GraphBuilder, x: Value, axis = -1): Value {
  const ax = axisOf(b, 'softmax', axis, x.rank);
  const e = b.exp(shifted(b, x, ax));
  return b.div(e, b.sum(e, { axes: [ax], keepdims: true }));
}

/** log(softmax(x)) along `axis`, computed as s - log(sum(exp(s))) with s = x - max(x): no log of an underflowed 0. */
export function logSoftmax(b: GraphBuilder, x: Value, axis = -1): Value {
  const ax = axisOf(b, 'logSoftmax', axis, x.rank);
  const s = shifted(b, x, ax);
  return b.sub(s, b.log(b.sum(b.exp(s), { axes: [ax], keepdims: true })));
}
