import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { AttrError, ShapeError } from '../../ir/errors.ts';
import { linear, type LinearOptions } from '../../nn/linear.ts';
import { nnSuite, type NnCase } from '../helpers/graph-oracle.ts';

const lin = (title: string, shape: number[], opts: LinearOptions): NnCase => ({
  title, module: 'linear', config: { ...opts }, inputs: { x: { shape } }, build: (b, { x }) => ({ y: linear(b, x, opts) }),
});

nnSuite('linear', [
  lin('2-D', [4, 8], { in: 8, out: 5 }),
  lin('rank 1', [6], { in: 6, out: 3 }),
  lin('3-D, odd sizes', [2, 3, 7], { in: 7, out: 9 }),
  lin('5-D', [2, 1, 3, 2, 4], { in: 4, out: 2 }),
  lin('no bias', [3, 5], { in: 5, out: 4, bias: false }),
  lin('in = 1, out = 1', [5, 1], { in: 1, out: 1 }),
]);

describe('linear: parameters and arguments', () => {
  it('registers weight (out, in) and bias (out) under the scope with PyTorch default init', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 8]);
    b.scope('fc', () => linear(b, x, { in: 8, out: 4 }));
    expect(b.graph.params().map((n) => [n.attrs.name, n.attrs.shape, n.attrs.init])).toEqual([
      ['fc.weight', [4, 8], { kind: 'kaiming_uniform', mode: 'fan_in', nonlinearity: 'leaky_relu', a: Math.sqrt(5) }],
      ['fc.bias', [4], { kind: 'uniform', low: -1 / Math.sqrt(8), high: 1 / Math.sqrt(8) }],
    ]);
  });

  it('rejects a feature size that differs from the input, and bad sizes', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 3, 6]);
    expect(() => b.scope('fc', () => linear(b, x, { in: 8, out: 4 })))
      .toThrow(/^linear 'fc': input \[2,3,6\] has size 6 on axis -1, but in = 8 \(expected 8, found 6\)/);
    expect(() => linear(b, b.constant(1), { in: 1, out: 1 })).toThrow(ShapeError);
    expect(() => linear(b, x, { in: 6, out: 0 })).toThrow(AttrError);
    expect(() => linear(b, x, { in: 6.5, out: 2 })).toThrow(AttrError);
  });
});
