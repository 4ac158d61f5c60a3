// Lowering of matmul (ir/ops/linalg.ts): one reduction over K per output element, or (large products)
// a tiled product.
import * as k from '../kexpr.ts';
import type { Expr } from '../kir.ts';
import { broadcastIndex } from '../index-math.ts';
import { ktypeOf, type GemmForm, type LowerCtx, type LoweringTable } from '../lowering.ts';
import type { TensorType } from '../../ir/registry.ts';
import { numel } from '../../ir/tensor.ts';
import { unravelIndex } from './index-exprs.ts';

/** matmul as a batch of products for tiled kernels: product b is the output's batch element b (row-major),
 *  each operand read at its broadcast batch index. f32 only. */
function matmulGemm(a: TensorType, b: TensorType, out: TensorType): GemmForm | undefined {
  if (a.dtype !== 'f32' || b.dtype !== 'f32' || out.dtype !== 'f32') return undefined;
  const rank = out.shape.length;
  const batchShape = out.shape.slice(0, rank - 2);
  const [M, N] = out.shape.slice(rank - 2);
  const K = a.shape[a.shape.length - 1];
  const batch = (ctx: LowerCtx, bi: Expr) => unravelIndex(ctx, bi, batchShape, 'b');
  const at = (i: Expr, size: number) => (size === 1 ? k.i32(0) : i);
  return {
    batch: numel(batchShape), m: M, n: N, k: K,
    a: (ctx, bi, m, r) => ctx.input(0, [...broadcastIndex(batch(ctx, bi), a.shape.slice(0, -2)), at(m, M), at(r, K)]),
    b: (ctx, bi, r, n) => ctx.input(1, [...broadcastIndex(batch(ctx, bi), b.shape.slice(0, -2)), at(r, K), at(n, N)]),
    out: (ctx, bi, m, n) => [...batch(ctx, bi), at(m, M), at(n, N)],
  };
}

export const LINALG = {
  matmul: {
    kind: 'loop',
    reads: () => ['many', 'many'],
    readsPerOutput: ([a]) => { const k = a.shape[a.shape.length - 1]; return [k, k]; },
    // the K loop is a reduction: with few outputs and a long K the planner may spread it over a workgroup
    groupReduce: ([a]) => a.shape[a.shape.length - 1],
    gemm: ([a, b], _attrs, out) => matmulGemm(a, b, out),
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
