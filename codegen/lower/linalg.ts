// Lowering of matmul (ir/ops/linalg.ts): one reduction over K per output element.
import * as k from '../kexpr.ts';
import type { Expr } from '../kir.ts';
import { broadcastIndex } from '../index-math.ts';
import { ktypeOf, type LoweringTable } from '../lowering.ts';

export const LINALG = {
  matmul: {
    kind: 'loop',
    reads: () => ['many', 'many'],
    readsPerOutput: ([a]) => { const k = a.shape[a.shape.length - 1]; return [k, k]; },
    // the K loop is a reduction: with few outputs and a long K the planner may spread it over a workgroup
    groupReduce: ([a]) => a.shape[a.shape.length - 1],
    emit: (ctx, idx, _a, [a, b], out) => {
      const rank = out.shape.length;
      const batch = idx.slice(0, rank - 2);
      const [m, n] = idx.slice(rank - 2);
      const aBatch = broadcastIndex(batch, a.shape.slice(0, -2));
      const bBatch = broadcastIndex(batch, b.shape.slice(0, -2));
      const K = a.shape[a.shape.length - 1];
      const t = ktypeOf(out.dtype);
      const zero = t === 'c64' ? k.call('cplx', [k.f32(0), k.f32(0)]) : k.constant(t, 0);
      // f32 (f16 computes in f32), i32 wraps, c64 complex products
      const product = t === 'c64' ? (p: Expr, q: Expr) => k.call('cmul', [p, q]) : k.mul;
      return ctx.reduce(ctx.sym(K, 'k'), zero, k.add, (kk) => {
        const kIdx = K === 1 ? k.i32(0) : kk;
        return product(ctx.input(0, [...aBatch, m, kIdx]), ctx.input(1, [...bBatch, kIdx, n]));
      });
    },
  },
} satisfies LoweringTable;
