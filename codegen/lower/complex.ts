// Lowerings of real, imag, complex and conj (ir/ops/complex.ts): a lane of a c64 value, two f32 values
// paired, or the imaginary lane negated.
import * as k from '../kexpr.ts';
import { broadcastIndex } from '../index-math.ts';
import type { LoweringTable, OpLowering } from '../lowering.ts';

const part = (lane: 're' | 'im'): OpLowering<unknown> => (
  { kind: 'inline', pointwise: true, emit: (ctx, idx) => k.call(lane, [ctx.input(0, idx)]) }
);

export const COMPLEX = {
  real: part('re'),
  imag: part('im'),
  complex: {
    kind: 'inline',
    pointwise: true,
    emit: (ctx, idx, _a, [re, im]) => k.call('cplx', [ctx.input(0, broadcastIndex(idx, re.shape)), ctx.input(1, broadcastIndex(idx, im.shape))]),
  },
  conj: {
    kind: 'inline',
    pointwise: true,
    emit: (ctx, idx) => {
      const z = ctx.let(ctx.input(0, idx), 'z');
      return k.call('cplx', [k.call('re', [z]), k.neg(k.call('im', [z]))]);
    },
  },
} satisfies LoweringTable;
