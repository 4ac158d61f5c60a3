// Bad inputs to rfft, irfft, real, imag and complex: each throws its typed error, and the message says
// what was wrong (the input or attribute, expected vs found).
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import type { DType } from '../../ir/dtype.ts';
import { ArityError, AttrError, DTypeError, ShapeError } from '../../ir/errors.ts';

type ErrorClass = typeof ShapeError | typeof DTypeError | typeof AttrError | typeof ArityError;

/** Build one op on fresh inputs of the given types; `attrs` are passed through unchecked. */
function build(op: string, inputs: [DType, number[]][], attrs: Record<string, unknown> = {}) {
  return () => {
    const b = new GraphBuilder('bad');
    const xs = inputs.map(([d, s], i) => b.input(`x${i}`, d, s));
    b.apply(op, xs, attrs);
  };
}

function throws(f: () => void, cls: ErrorClass, ...fragments: RegExp[]): void {
  expect(f).toThrow(cls);
  for (const re of fragments) expect(f).toThrow(re);
}

describe('rfft errors', () => {
  it('rejects c64 and integer inputs', () => {
    throws(build('rfft', [['c64', [4]]]), DTypeError, /rfft input x/, /expected f32 or f16, found c64/);
    throws(build('rfft', [['i32', [4]]]), DTypeError, /rfft input x/, /found i32/);
  });
  it('rejects a scalar input', () => {
    throws(build('rfft', [['f32', []]]), ShapeError, /rfft input x has the wrong rank/, /expected rank >= 1, found rank 0/);
  });
  it('rejects an axis out of range', () => {
    throws(build('rfft', [['f32', [2, 4]]], { axis: 2 }), AttrError, /'axis'/, /expected -2\.\.1, found 2/);
    throws(build('rfft', [['f32', [2, 4]]], { axis: -3 }), AttrError, /'axis'/, /found -3/);
  });
  it('rejects an n that is not an integer >= 1', () => {
    throws(build('rfft', [['f32', [4]]], { n: 0 }), AttrError, /'n'/, /expected an integer >= 1 or null, found 0/);
    throws(build('rfft', [['f32', [4]]], { n: 2.5 }), AttrError, /'n'/, /found 2\.5/);
    throws(build('rfft', [['f32', [4]]], { n: '4' }), AttrError, /'n'/, /found "4"/);
  });
  it('rejects an unknown norm', () => {
    throws(build('rfft', [['f32', [4]]], { norm: 'none' }), AttrError, /'norm'/, /"backward", "ortho", "forward"/, /found "none"/);
  });
  it('rejects a non-integer axis and unknown attributes', () => {
    throws(build('rfft', [['f32', [4]]], { axis: 0.5 }), AttrError, /'axis'/);
    throws(build('rfft', [['f32', [4]]], { dim: 0 }), AttrError, /unknown attribute 'dim' for op 'rfft'/);
  });
  it('rejects an empty axis when n is left to default', () => {
    throws(build('rfft', [['f32', [3, 0]]]), ShapeError, /rfft: x \[3,0\] has length 0 along axis 1/, /give n explicitly/, /found n = 0/);
  });
  it('rejects a wrong number of inputs', () => {
    throws(build('rfft', [['f32', [4]], ['f32', [4]]]), ArityError, /'rfft' takes 1 input/);
  });
});

describe('irfft errors', () => {
  it('rejects real inputs', () => {
    throws(build('irfft', [['f32', [4]]]), DTypeError, /irfft input x/, /expected c64, found f32/);
    throws(build('irfft', [['f16', [4]]]), DTypeError, /found f16/);
  });
  it('rejects a scalar input', () => {
    throws(build('irfft', [['c64', []]]), ShapeError, /irfft input x has the wrong rank/);
  });
  it('rejects a length-1 axis when n is left to default (2*(m-1) = 0)', () => {
    throws(build('irfft', [['c64', [2, 1]]]), ShapeError, /irfft: x \[2,1\] has length 1 along axis 1/, /2\*\(m-1\)/, /found n = 0/);
    throws(build('irfft', [['c64', [3, 0]]], { axis: 1 }), ShapeError, /found n = -2/);
  });
  it('rejects an axis out of range', () => {
    throws(build('irfft', [['c64', [3, 4, 5]]], { axis: -4 }), AttrError, /'axis'/, /expected -3\.\.2/);
  });
  it('rejects a bad n or norm', () => {
    throws(build('irfft', [['c64', [4]]], { n: -2 }), AttrError, /'n'/, /found -2/);
    throws(build('irfft', [['c64', [4]]], { norm: 'Ortho' }), AttrError, /'norm'/, /found "Ortho"/);
  });
});

describe('real and imag errors', () => {
  for (const op of ['real', 'imag']) {
    it(`${op} rejects real inputs`, () => {
      throws(build(op, [['f32', [3]]]), DTypeError, new RegExp(`${op} input x`), /expected c64, found f32/);
      throws(build(op, [['i32', [3]]]), DTypeError, /found i32/);
    });
    it(`${op} takes no attributes`, () => {
      throws(build(op, [['c64', [3]]], { axis: 0 }), AttrError, new RegExp(`unknown attribute 'axis' for op '${op}'`));
    });
  }
});

describe('complex errors', () => {
  it('requires f32 for both parts', () => {
    throws(build('complex', [['f16', [3]], ['f32', [3]]]), DTypeError, /complex input re/, /expected f32, found f16/);
    throws(build('complex', [['f32', [3]], ['c64', [3]]]), DTypeError, /complex input im/, /found c64/);
    throws(build('complex', [['i32', [3]], ['i32', [3]]]), DTypeError, /complex input re/, /found i32/);
  });
  it('requires shapes that broadcast', () => {
    throws(build('complex', [['f32', [2, 3]], ['f32', [4]]]), ShapeError, /cannot broadcast re \[2,3\] with im \[4\]/, /expected 3 or 1, found 4/);
  });
  it('takes exactly two inputs', () => {
    throws(build('complex', [['f32', [3]]]), ArityError, /'complex' takes 2 input/);
  });
});
