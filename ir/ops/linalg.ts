// Linear algebra: batched matrix product. Vectors are not promoted to matrices (that would be a silent
// reshape): both operands are rank >= 2 and the leading (batch) axes broadcast by the rule of util.ts.
import { defineOp, type TensorType } from '../registry.ts';
import { DTypeError, ShapeError } from '../errors.ts';
import { storeAs, type DType } from '../dtype.ts';
import { Tensor, formatShape, numel } from '../tensor.ts';
import { broadcastIndexer, broadcastShapes, requireRank, sameDType } from './util.ts';

const MATMUL_DTYPES: readonly DType[] = ['f32', 'f16', 'i32', 'c64'];

export const matmul = defineOp({
  name: 'matmul', arity: 2, inputs: ['a', 'b'], attrs: {},
  doc: 'Batched matrix product: a (..., M, K) @ b (..., K, N) -> (..., M, N). Both operands have rank >= 2 ' +
    '(reshape vectors explicitly); the batch axes broadcast. f32, f16, c64 (complex product) or i32 (wraps).',
  infer: ([a, b]): TensorType => {
    if (!MATMUL_DTYPES.includes(a.dtype)) {
      throw new DTypeError('a has an unsupported dtype for matmul', { expected: MATMUL_DTYPES.join(', '), found: a.dtype });
    }
    const dtype = sameDType([a, b], ['a', 'b']);
    requireRank(a, 'a', (r) => r >= 2, 'rank >= 2 (a vector must be reshaped to [1,K] explicitly)');
    requireRank(b, 'b', (r) => r >= 2, 'rank >= 2 (a vector must be reshaped to [K,1] explicitly)');
    const [M, K] = a.shape.slice(-2);
    const [Kb, N] = b.shape.slice(-2);
    if (K !== Kb) {
      throw new ShapeError(`matmul inner sizes differ: a ${formatShape(a.shape)} has K = ${K} columns, b ${formatShape(b.shape)} has ${Kb} rows`, {
        expected: `b with ${K} rows`, found: `${Kb}`,
      });
    }
    const batch = broadcastShapes([a.shape.slice(0, -2), b.shape.slice(0, -2)], ['batch axes of a', 'batch axes of b']);
    return { dtype, shape: [...batch, M, N] };
  },
  reference: ([a, b], _attrs, out) => {
    const r = Tensor.zeros(out.dtype, out.shape);
    const batchShape = out.shape.slice(0, -2);
    const [M, N] = out.shape.slice(-2);
    const K = a.shape[a.rank - 1];
    const ia = broadcastIndexer(a.shape.slice(0, -2), batchShape);
    const ib = broadcastIndexer(b.shape.slice(0, -2), batchShape);
    for (let bt = 0; bt < numel(batchShape); bt++) {
      const aOff = ia(bt) * M * K, bOff = ib(bt) * K * N, rOff = bt * M * N;
      for (let m = 0; m < M; m++) {
        for (let n = 0; n < N; n++) {
          const ai = aOff + m * K, bi = bOff + n, o = rOff + m * N + n;
          if (out.dtype === 'c64') {
            let re = 0, im = 0;
            for (let k = 0; k < K; k++) {
              const [xr, xi] = [a.data[2 * (ai + k)], a.data[2 * (ai + k) + 1]];
              const [yr, yi] = [b.data[2 * (bi + k * N)], b.data[2 * (bi + k * N) + 1]];
              re += xr * yr - xi * yi;
              im += xr * yi + xi * yr;
            }
            r.data[2 * o] = re;
            r.data[2 * o + 1] = im;
          } else if (out.dtype === 'i32') {
            // 32-bit modular arithmetic at every step: exact where a float64 sum could exceed 2^53
            let acc = 0;
            for (let k = 0; k < K; k++) acc = (acc + Math.imul(a.data[ai + k], b.data[bi + k * N])) | 0;
            r.data[o] = acc;
          } else {
            let acc = 0;
            for (let k = 0; k < K; k++) acc += a.data[ai + k] * b.data[bi + k * N];
            r.data[o] = storeAs(out.dtype, acc);
          }
        }
      }
    }
    return r;
  },
});
