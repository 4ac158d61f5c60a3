import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { AttrError } from '../../ir/errors.ts';
import { logSoftmax, softmax } from '../../nn/activations.ts';
import { nnSuite, type NnCase } from '../helpers/graph-oracle.ts';

const sm = (title: string, shape: number[], axis: number, extra: Partial<NnCase> = {}): NnCase[] => [
  { title: `softmax ${title}`, module: 'softmax', config: { axis }, inputs: { x: { shape } }, build: (b, { x }) => ({ y: softmax(b, x, axis) }), ...extra },
  { title: `logSoftmax ${title}`, module: 'log_softmax', config: { axis }, inputs: { x: { shape } }, build: (b, { x }) => ({ y: logSoftmax(b, x, axis) }), ...extra },
];
const NEG_INF = -Infinity;

nnSuite('activations', [
  ...sm('last axis', [3, 5], -1),
  ...sm('middle axis of 3-D', [2, 7, 3], 1),
  ...sm('first axis', [4, 3], 0),
  ...sm('size-1 axis', [3, 1, 2], 1),
  ...sm('rank 1, odd length', [9], 0),
  // exp(±3000) overflows or underflows without the max shift
  ...sm('large magnitudes', [4, 6], 1, { inputs: { x: { shape: [4, 6], scale: 3000 } } }),
  ...sm('-inf entries', [2, 3], 1, { inputs: { x: { shape: [2, 3], values: [NEG_INF, 0, 1, 2, NEG_INF, -1] } } }),
]);

describe('activations: arguments', () => {
  it('an axis out of range is an AttrError naming the range', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 3]);
    expect(() => softmax(b, x, 2)).toThrow(AttrError);
    expect(() => logSoftmax(b, x, -3)).toThrow(/^logSoftmax: axis is out of range.*expected -2\.\.1, found -3/);
  });
});
