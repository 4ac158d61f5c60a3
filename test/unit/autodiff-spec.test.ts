import { describe, expect, it } from 'vitest';
import { grad } from '../../ir/autodiff/grad.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { Tensor } from '../../ir/tensor.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';

const t = (shape: number[], v: number[]) => Tensor.from('f32', shape, v);

describe('bilinear gradients', () => {
  it('a NaN coordinate gives and gets nothing, and poisons no other sample', () => {
    const b = new GraphBuilder();
    const image = b.input('image', 'f32', [1, 1, 2, 2]);
    const y = b.input('y', 'f32', [1, 3]), x = b.input('x', 'f32', [1, 3]);
    b.output('v', b.bilinear(image, y, x));
    const g = grad(b.build(), { of: 'v', wrt: ['image', 'y', 'x'], seed: 'input' });
    const out = runReference(g, {
      image: t([1, 1, 2, 2], [1, 2, 3, 5]), y: t([1, 3], [NaN, 0.5, 0.25]), x: t([1, 3], [0.5, NaN, 0.5]), 'grad_in:v': t([1, 1, 3], [7, 7, 2]),
    }, {}).outputs;
    // only the third sample (0.25, 0.5) counts: corner weights 0.375, 0.375, 0.125, 0.125, times its cotangent 2
    expect([...out.get('grad:image')!.data]).toEqual([0.75, 0.75, 0.25, 0.25]);
    // dv/dy = 0.5 (5 - 2) + 0.5 (3 - 1) = 2.5, dv/dx = 0.25 (5 - 3) + 0.75 (2 - 1) = 1.25
    expect([...out.get('grad:y')!.data]).toEqual([0, 0, 5]);
    expect([...out.get('grad:x')!.data]).toEqual([0, 0, 2.5]);
  });
});
