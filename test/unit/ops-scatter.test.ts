// scatter_add and fold (ir/ops/scatter.ts): every case against the PyTorch oracle and through the op
// suite's layers; each is the adjoint of its forward op (gather, unfold) on random values; typed errors.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { AttrError, DTypeError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { opSuite } from '../helpers/op-suite.ts';
import { cases } from '../cases/scatter.ts';

opSuite('scatter', cases);

const dot = (a: Tensor, b: Tensor) => Array.from(a.data).reduce((s, v, i) => s + v * b.data[i], 0);
const normal = (rng: Rng, shape: number[]) => Tensor.from('f32', shape, Array.from({ length: shape.reduce((p, q) => p * q, 1) }, () => rng.normal()));

/** <op(x), y> = <x, adjoint(y)> for random x, y: the defining property of an adjoint. */
function adjointGap(forward: (b: GraphBuilder, x: ReturnType<GraphBuilder['input']>) => ReturnType<GraphBuilder['input']>,
  adjoint: (b: GraphBuilder, y: ReturnType<GraphBuilder['input']>) => ReturnType<GraphBuilder['input']>, xShape: number[]): number {
  const rng = new Rng(7);
  const bf = new GraphBuilder();
  const fx = forward(bf, bf.input('x', 'f32', xShape));
  bf.output('y', fx);
  const x = normal(rng, xShape);
  const y = runReference(bf.build(), { x }, {}).outputs.get('y')!;
  const cot = normal(rng, [...y.shape]);
  const ba = new GraphBuilder();
  ba.output('x', adjoint(ba, ba.input('y', 'f32', [...y.shape])));
  const back = runReference(ba.build(), { y: cot }, {}).outputs.get('x')!;
  return Math.abs(dot(y, cot) - dot(x, back));
}

describe('adjoints', () => {
  it('scatter_add is the adjoint of gather with the same index', () => {
    const index = Tensor.from('i32', [2, 5, 1], [0, 3, 3, 1, 2, 2, 2, 0, 1, 3]);
    const gap = adjointGap(
      (b, x) => b.gather(x, b.constant([...index.data], 'i32', [2, 5, 1]), { axis: 1 }),
      (b, y) => b.scatter_add(y, b.constant([...index.data], 'i32', [2, 5, 1]), { axis: 1, size: 4 }),
      [2, 4, 3]);
    expect(gap).toBeLessThan(1e-9);
  });

  it('fold is the adjoint of unfold (two axes, padding, tap axis in the middle)', () => {
    const attrs = { at: 1, axes: [2, 3], kernel: [3, 2], padding: [1, 1] };
    const gap = adjointGap((b, x) => b.unfold(x, attrs), (b, y) => b.fold(y, { ...attrs, sizes: [4, 5] }), [2, 3, 4, 5]);
    expect(gap).toBeLessThan(1e-9);
  });
});

describe('scatter_add and fold errors', () => {
  const scatter = (src: number[], index: number[], attrs: Record<string, unknown>, dtype: 'i32' | 'f32' = 'i32') => () => {
    const b = new GraphBuilder();
    b.apply('scatter_add', [b.input('s', 'f32', src), b.input('i', dtype, index)], attrs);
  };
  it('an index of another size than src on the axis', () =>
    expect(scatter([2, 3], [2, 2], { axis: 1, size: 4 })).toThrow(/scatter_add: index \[2,2\] does not fit src \[2,3\] on axis 1 \(expected 3, found 2\)$/));
  it('an index that neither fits nor is 1 on another axis', () =>
    expect(scatter([2, 3], [3, 3], { axis: 1, size: 4 })).toThrow(/does not fit src \[2,3\] on axis 0 \(expected 2 or 1, found 3\)/));
  it('an index that is not i32', () => expect(scatter([2, 3], [2, 3], { axis: 1, size: 4 }, 'f32')).toThrow(DTypeError));
  it('a negative size', () => expect(scatter([2, 3], [2, 3], { axis: 1, size: -1 })).toThrow(AttrError));
  it('an index out of range is an ExecutionError naming it', () => {
    const b = new GraphBuilder();
    b.output('y', b.scatter_add(b.input('s', 'f32', [3]), b.constant([0, 4, 1], 'i32', [3]), { axis: 0, size: 4 }));
    expect(() => runReference(b.build(), { s: Tensor.from('f32', [3], [1, 2, 3]) }, {}))
      .toThrow(/scatter_add: index 4 at position \[1\] of src is out of range for axis 0 of the output \[4\] \(expected 0\.\.3, found 4\)$/);
  });
  const fold = (shape: number[], attrs: Record<string, unknown>) => () => {
    const b = new GraphBuilder();
    b.apply('fold', [b.input('y', 'f32', shape)], attrs);
  };
  it('a tap axis of the wrong size', () =>
    expect(fold([2, 4, 5], { at: 1, axes: [1], kernel: [3], padding: [1], sizes: [5] })).toThrow(/has 4 taps on axis 1; a window of \[3\] has 3/));
  it('window counts that unfold of `sizes` would not make', () =>
    expect(fold([2, 3, 5], { at: 1, axes: [1], kernel: [3], padding: [1], sizes: [6] })).toThrow(/has 5 windows along axis 1; unfold of size 6 makes 6/));
  it('one size per windowed axis', () =>
    expect(fold([2, 3, 5], { at: 1, axes: [1], kernel: [3], padding: [1], sizes: [5, 5] })).toThrow(/'sizes' needs one entry per entry of 'axes'/));
});
