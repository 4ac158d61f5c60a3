// unfold (ir/ops/window.ts): every case against the PyTorch oracle and through the op suite's layers,
// and its typed errors.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { AttrError, ShapeError } from '../../ir/errors.ts';
import { opSuite } from '../helpers/op-suite.ts';
import { cases } from '../cases/window.ts';

opSuite('window', cases);

describe('unfold errors', () => {
  const attempt = (attrs: Record<string, unknown>) => () => {
    const b = new GraphBuilder();
    b.apply('unfold', [b.input('x', 'f32', [2, 3, 4])], attrs);
  };
  it('rejects a window longer than the padded axis', () =>
    expect(attempt({ at: 1, axes: [1], kernel: [6], padding: [1] })).toThrow(ShapeError));
  it('names the window that does not fit', () =>
    expect(attempt({ at: 1, axes: [1], kernel: [6], padding: [1] })).toThrow(/window of 6 does not fit axis 1/));
  it('needs one window size per axis', () =>
    expect(attempt({ at: 1, axes: [1, 2], kernel: [3] })).toThrow(AttrError));
  it('needs one padding per axis, or none', () =>
    expect(attempt({ at: 1, axes: [1, 2], kernel: [3, 3], padding: [1] })).toThrow(/'padding' needs one entry per entry of 'axes'/));
  it('rejects a tap position past the output rank', () =>
    expect(attempt({ at: 4, axes: [1], kernel: [3] })).toThrow(/'at'.*out of range/));
  it('rejects an axis named twice', () =>
    expect(attempt({ at: 0, axes: [1, 1], kernel: [1, 1] })).toThrow(/names axis 1 twice/));
  it('rejects a window size of 0', () =>
    expect(attempt({ at: 0, axes: [1], kernel: [0] })).toThrow(AttrError));
});
