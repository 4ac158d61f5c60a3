// Gradient accumulation (train/accumulate.ts): a buffer gathering k micro-batch gradients one at a time and
// the mean of all k at once both give the mean gradient; bad counts and shapes are refused.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { OptimizerError, ShapeError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { accumulateGrad, meanGrad } from '../../train/accumulate.ts';

const GRADS = [[1, 2, 3], [4, -5, 6], [0.5, 0.25, -9]];
const MEAN = [0, 1, 2].map((i) => (GRADS[0][i] + GRADS[1][i] + GRADS[2][i]) / 3);

describe('gradient accumulation', () => {
  it('a buffer fed one micro-batch at a time ends at the mean gradient', () => {
    const b = new GraphBuilder();
    const buffer = b.input('buffer', 'f32', [3]), grad = b.input('grad', 'f32', [3]);
    b.output('buffer', accumulateGrad(b, buffer, grad, GRADS.length));
    const g = b.build();
    let acc = Tensor.alloc('f32', [3]);
    for (const values of GRADS) {
      acc = runReference(g, { buffer: acc, grad: Tensor.from('f32', [3], values) }, {}).outputs.get('buffer')!;
    }
    [...acc.data].forEach((v, i) => expect(v).toBeCloseTo(MEAN[i], 12));
  });

  it('the mean of k gradients at hand', () => {
    const b = new GraphBuilder();
    const ins = GRADS.map((_, i) => b.input(`g${i}`, 'f32', [3]));
    b.output('mean', meanGrad(b, ins));
    const out = runReference(b.build(), Object.fromEntries(GRADS.map((v, i) => [`g${i}`, Tensor.from('f32', [3], v)])), {}).outputs.get('mean')!;
    [...out.data].forEach((v, i) => expect(v).toBeCloseTo(MEAN[i], 12));
  });

  it('refuses a count below one and a gradient of another shape', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [3]);
    expect(() => accumulateGrad(b, x, x, 0)).toThrow(OptimizerError);
    expect(() => meanGrad(b, [])).toThrow(/must be a positive integer/);
    expect(() => meanGrad(b, [x, b.input('y', 'f32', [1, 3])])).toThrow(ShapeError);
  });
});
