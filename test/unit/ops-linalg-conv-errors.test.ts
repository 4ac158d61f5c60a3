// Bad inputs to matmul, conv and the pools raise the right typed error, naming what was wrong; and the
// shape rules that the oracle cases do not pin down directly (defaults, ceil mode) give torch's sizes.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import type { DType } from '../../ir/dtype.ts';
import { AttrError, DTypeError, ShapeError } from '../../ir/errors.ts';

type ErrorClass = typeof ShapeError | typeof DTypeError | typeof AttrError;

/** Build op over inputs of the given types; expect the error class and a message fragment. */
function rejects(op: string, inputs: [DType, number[]][], attrs: Record<string, unknown>, cls: ErrorClass, fragment: RegExp): void {
  const b = new GraphBuilder();
  const xs = inputs.map(([d, s], i) => b.input(`x${i}`, d, s));
  const call = () => b.apply(op, xs, attrs);
  expect(call).toThrow(cls);
  expect(call).toThrow(fragment);
}

function shapeOf(op: string, inputs: [DType, number[]][], attrs: Record<string, unknown> = {}): readonly number[] {
  const b = new GraphBuilder();
  return b.apply(op, inputs.map(([d, s], i) => b.input(`x${i}`, d, s)), attrs).shape;
}

describe('matmul errors', () => {
  it('rejects dtypes it does not support', () => {
    rejects('matmul', [['u32', [2, 2]], ['u32', [2, 2]]], {}, DTypeError, /a has an unsupported dtype.*found u32/);
    rejects('matmul', [['bool', [2, 2]], ['bool', [2, 2]]], {}, DTypeError, /expected f32, f16, i32, c64/);
  });
  it('rejects operands of different dtypes', () => {
    rejects('matmul', [['f32', [2, 3]], ['f16', [3, 2]]], {}, DTypeError, /b and a must have the same dtype.*found f16/);
  });
  it('rejects vectors instead of reshaping them', () => {
    rejects('matmul', [['f32', [3]], ['f32', [3, 2]]], {}, ShapeError, /a has the wrong rank.*found rank 1 \[3\]/);
    rejects('matmul', [['f32', [2, 3]], ['f32', [3]]], {}, ShapeError, /b has the wrong rank.*\[K,1\]/);
  });
  it('rejects mismatched inner sizes', () => {
    rejects('matmul', [['f32', [2, 3]], ['f32', [4, 2]]], {}, ShapeError, /inner sizes differ.*expected b with 3 rows, found 4/);
  });
  it('rejects batch axes that do not broadcast', () => {
    rejects('matmul', [['f32', [2, 2, 3]], ['f32', [3, 3, 2]]], {}, ShapeError, /cannot broadcast batch axes of a \[2\] with batch axes of b \[3\]/);
  });
  it('broadcasts batch axes', () => {
    expect(shapeOf('matmul', [['f32', [2, 1, 3, 4]], ['f32', [5, 4, 6]]])).toEqual([2, 5, 3, 6]);
  });
});

describe('conv errors', () => {
  const x: [DType, number[]] = ['f32', [1, 4, 6, 6]];
  const w: [DType, number[]] = ['f32', [2, 4, 3, 3]];
  it('rejects non-float and mixed dtypes', () => {
    rejects('conv', [['i32', [1, 4, 6, 6]], ['i32', [2, 4, 3, 3]]], {}, DTypeError, /x has an unsupported dtype.*found i32/);
    rejects('conv', [x, ['f16', [2, 4, 3, 3]]], {}, DTypeError, /weight and x must have the same dtype/);
  });
  it('rejects a weight rank outside 3..5 and an x rank that differs from it', () => {
    rejects('conv', [['f32', [1, 4]], ['f32', [2, 4]]], {}, ShapeError, /weight has the wrong rank/);
    rejects('conv', [['f32', [1, 1, 2, 2, 2, 2]], ['f32', [1, 1, 1, 1, 1, 1]]], {}, ShapeError, /weight has the wrong rank.*rank 6/);
    rejects('conv', [['f32', [1, 4, 6]], w], {}, ShapeError, /x has the wrong rank.*expected rank 4 like weight/);
  });
  it('requires one entry per spatial axis in stride, padding and dilation', () => {
    rejects('conv', [x, w], { stride: [2] }, AttrError, /'stride' needs one entry per spatial axis.*expected 2 entries, found 1/);
    rejects('conv', [x, w], { padding: [1, 1, 1] }, AttrError, /'padding' needs one entry per spatial axis/);
    rejects('conv', [x, w], { dilation: [1] }, AttrError, /'dilation' needs one entry per spatial axis/);
  });
  it('rejects out-of-range attribute values', () => {
    rejects('conv', [x, w], { stride: [0, 1] }, AttrError, /attribute 'stride'.*integers >= 1/);
    rejects('conv', [x, w], { padding: [-1, 0] }, AttrError, /attribute 'padding'.*integers >= 0/);
    rejects('conv', [x, w], { dilation: [1, 0] }, AttrError, /attribute 'dilation'/);
    rejects('conv', [x, w], { groups: 0 }, AttrError, /attribute 'groups'.*integer >= 1/);
    rejects('conv', [x, w], { bias: true }, AttrError, /unknown attribute 'bias'/);
  });
  it('rejects channel and groups mismatches', () => {
    rejects('conv', [x, ['f32', [2, 3, 3, 3]]], {}, ShapeError, /x \[1,4,6,6\] has 4 channels.*expected 3 channels, found 4/);
    rejects('conv', [x, ['f32', [3, 2, 3, 3]]], { groups: 2 }, ShapeError, /3 output channels, not divisible by groups = 2/);
    rejects('conv', [x, ['f32', [4, 2, 3, 3]]], { groups: 4 }, ShapeError, /with groups = 4 takes 2 \* 4.*expected 8 channels, found 4/);
  });
  it('rejects a kernel larger than the padded input', () => {
    rejects('conv', [['f32', [1, 1, 4]], ['f32', [1, 1, 5]]], {}, ShapeError, /kernel is larger than the padded input along spatial axis 0.*found 5/);
    rejects('conv', [['f32', [1, 1, 6, 4]], ['f32', [1, 1, 3, 3]]], { dilation: [1, 2] }, ShapeError, /spatial axis 1.*found 5/);
  });
  it('accepts a kernel that fits once padded, and fills defaults for [] lists', () => {
    expect(shapeOf('conv', [['f32', [1, 1, 4]], ['f32', [1, 1, 5]]], { padding: [1] })).toEqual([1, 1, 2]);
    expect(shapeOf('conv', [x, w])).toEqual([1, 2, 4, 4]);
    expect(shapeOf('conv', [['f32', [1, 2, 7, 5, 4]], ['f32', [4, 1, 3, 3, 3]]], { stride: [2, 2, 1], padding: [1, 0, 1], groups: 2 })).toEqual([1, 4, 4, 2, 4]);
  });
});

describe('pool errors', () => {
  const x: [DType, number[]] = ['f32', [1, 2, 6, 6]];
  for (const op of ['avgpool', 'maxpool']) {
    describe(op, () => {
      it('requires a kernel of 1 to 3 entries', () => {
        rejects(op, [x], {}, AttrError, /missing attribute 'kernel'/);
        rejects(op, [x], { kernel: [] }, AttrError, /'kernel' needs one entry per spatial axis.*found 0/);
        rejects(op, [['f32', [1, 1, 2, 2, 2, 2]]], { kernel: [2, 2, 2, 2] }, AttrError, /'kernel'.*expected 1 to 3 entries, found 4/);
        rejects(op, [x], { kernel: [0, 2] }, AttrError, /attribute 'kernel'.*integers >= 1/);
      });
      it('requires x to have rank 2 + kernel entries', () => {
        rejects(op, [x], { kernel: [2] }, ShapeError, /x has the wrong rank.*expected rank 3/);
      });
      it('rejects non-float x', () => {
        rejects(op, [['i32', [1, 2, 6, 6]]], { kernel: [2, 2] }, DTypeError, /x has an unsupported dtype.*found i32/);
      });
      it('requires one stride and padding per spatial axis', () => {
        rejects(op, [x], { kernel: [2, 2], stride: [1] }, AttrError, /'stride' needs one entry per spatial axis/);
        rejects(op, [x], { kernel: [2, 2], padding: [1, 1, 1] }, AttrError, /'padding' needs one entry per spatial axis/);
      });
      it('rejects padding above half the kernel', () => {
        rejects(op, [x], { kernel: [3, 2], padding: [1, 2] }, AttrError, /'padding' is more than half the kernel along spatial axis 1.*expected <= 1 \(kernel 2\), found 2/);
      });
      it('rejects a window that does not fit the padded input', () => {
        rejects(op, [['f32', [1, 1, 2, 6]]], { kernel: [3, 3] }, ShapeError, /output size along spatial axis 0 is not positive.*found 0/);
      });
      it('uses torch output sizes: default stride, ceil mode, last window inside input or left padding', () => {
        expect(shapeOf(op, [['f32', [1, 1, 5, 7]]], { kernel: [2, 3] })).toEqual([1, 1, 2, 2]);
        expect(shapeOf(op, [['f32', [1, 1, 5, 7]]], { kernel: [2, 3], ceilMode: true })).toEqual([1, 1, 3, 3]);
        expect(shapeOf(op, [['f32', [1, 1, 5]]], { kernel: [2], stride: [2], padding: [1], ceilMode: true })).toEqual([1, 1, 3]);
      });
    });
  }
  it('keeps attributes to the op they belong to', () => {
    rejects('avgpool', [x], { kernel: [2, 2], dilation: [1, 1] }, AttrError, /unknown attribute 'dilation' for op 'avgpool'/);
    rejects('maxpool', [x], { kernel: [2, 2], countIncludePad: false }, AttrError, /unknown attribute 'countIncludePad' for op 'maxpool'/);
    rejects('maxpool', [x], { kernel: [2, 2], ceilMode: 1 }, AttrError, /attribute 'ceilMode'.*true or false/);
  });
  it('rejects a maxpool dilation list of the wrong length', () => {
    rejects('maxpool', [x], { kernel: [2, 2], dilation: [2] }, AttrError, /'dilation' needs one entry per spatial axis/);
  });
});
