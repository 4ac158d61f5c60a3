// Bad inputs to bilinear, the bounded splat's two ops, interpolate, gather, topk_indices and keep_frames: each throws its typed error class,
// and the message names what was wrong.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, type Value } from '../../ir/builder.ts';
import type { DType } from '../../ir/dtype.ts';
import { AttrError, DTypeError, ExecutionError, ShapeError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';

type ErrorClass = typeof ShapeError | typeof DTypeError | typeof AttrError | typeof ExecutionError;

/** Build with fresh inputs of the given types and expect `fn` to throw `cls` with every text in `texts`. */
function rejects(types: [DType, number[]][], fn: (b: GraphBuilder, ...xs: Value[]) => unknown, cls: ErrorClass, texts: string[]): void {
  const b = new GraphBuilder();
  const xs = types.map(([d, s], i) => b.input(`x${i}`, d, s));
  let err: unknown;
  try { fn(b, ...xs); } catch (e) { err = e; }
  expect(err).toBeInstanceOf(cls);
  for (const t of texts) expect((err as Error).message).toContain(t);
}

const f32 = (...s: number[]): [DType, number[]] => ['f32', s];
const i32 = (...s: number[]): [DType, number[]] => ['i32', s];

describe('bilinear errors', () => {
  it('rejects an integer image', () =>
    rejects([i32(1, 1, 2, 2), i32(1, 3), i32(1, 3)], (b, im, y, x) => b.bilinear(im, y, x), DTypeError, ['image', 'f32 or f16', 'found i32']));
  it('rejects coordinates of another dtype than the image', () =>
    rejects([f32(1, 1, 2, 2), ['f16', [1, 3]], ['f16', [1, 3]]], (b, im, y, x) => b.bilinear(im, y, x), DTypeError, ['y and image', 'expected f32', 'found f16']));
  it('rejects an image that is not rank 4', () =>
    rejects([f32(1, 2, 2), f32(1, 3), f32(1, 3)], (b, im, y, x) => b.bilinear(im, y, x), ShapeError, ['image', 'rank 4', '[1,2,2]']));
  it('rejects scalar coordinates (no batch axis)', () =>
    rejects([f32(1, 1, 2, 2), f32(), f32()], (b, im, y, x) => b.bilinear(im, y, x), ShapeError, ['y', 'rank >= 1']));
  it('rejects a batch mismatch', () =>
    rejects([f32(2, 1, 2, 2), f32(3, 4), f32(3, 4)], (b, im, y, x) => b.bilinear(im, y, x), ShapeError, ['batch', 'expected 2', 'found 3']));
  it('does not broadcast x against y', () =>
    rejects([f32(1, 1, 2, 2), f32(1, 4), f32(1, 1)], (b, im, y, x) => b.bilinear(im, y, x), ShapeError, ['x must have the same shape as y', '[1,4]', '[1,1]']));
});

describe('sample_table and bilinear_splat_bounded errors', () => {
  const size = { size: [4, 4], block: 2 };
  it('sample_table rejects integer coordinates, x shaped unlike y, and a block of 0', () => {
    rejects([i32(1, 3), i32(1, 3)], (b, y, x) => b.sample_table(y, x, size), DTypeError, ['y', 'found i32']);
    rejects([f32(1, 4), f32(1, 2)], (b, y, x) => b.sample_table(y, x, size), ShapeError, ['x must have the same shape as y', '[1,4]', '[1,2]']);
    rejects([f32(1, 4), f32(1, 4)], (b, y, x) => b.sample_table(y, x, { size: [4, 4], block: 0 }), AttrError, ["'block'", '>= 1']);
  });
  it('bilinear_splat_bounded rejects a table of another dtype or length than its values need', () => {
    // 6 samples in blocks of 2: 2 x 6 coordinates and 3 x 4 bounds per batch
    rejects([f32(1, 2, 6), i32(1, 24)], (b, v, t) => b.bilinear_splat_bounded(v, t, size), DTypeError, ['sample table is f32', 'found i32']);
    rejects([f32(1, 2, 6), f32(1, 20)], (b, v, t) => b.bilinear_splat_bounded(v, t, size), ShapeError, ['6 samples', '4 bounds per block of 2', 'expected [1,24]', 'found [1,20]']);
    rejects([f32(1, 2, 6), f32(2, 24)], (b, v, t) => b.bilinear_splat_bounded(v, t, size), ShapeError, ['expected [1,24]', 'found [2,24]']);
  });
});

describe('interpolate errors', () => {
  it('rejects an integer input', () =>
    rejects([i32(1, 1, 4)], (b, x) => b.interpolate(x, { size: [8] }), DTypeError, ['x', 'found i32']));
  it('rejects rank 2 and rank 6 inputs', () => {
    rejects([f32(1, 4)], (b, x) => b.interpolate(x, { size: [] }), ShapeError, ['x', 'rank 3, 4 or 5', 'rank 2']);
    rejects([f32(1, 1, 2, 2, 2, 2)], (b, x) => b.interpolate(x, { size: [2, 2, 2, 2] }), ShapeError, ['rank 6']);
  });
  it('rejects a size list of the wrong length', () =>
    rejects([f32(1, 1, 4, 4)], (b, x) => b.interpolate(x, { size: [8] }), AttrError, ["'size'", 'expected 2 entries', 'found 1']));
  it('rejects a zero output size', () =>
    rejects([f32(1, 1, 4)], (b, x) => b.interpolate(x, { size: [0] }), AttrError, ["'size'", '>= 1', '[0]']));
  it('rejects a missing size', () =>
    rejects([f32(1, 1, 4)], (b, x) => b.apply('interpolate', [x]), AttrError, ["missing attribute 'size'"]));
  it('rejects a non-boolean alignCorners', () =>
    rejects([f32(1, 1, 4)], (b, x) => b.apply('interpolate', [x], { size: [2], alignCorners: 1 }), AttrError, ["'alignCorners'", 'true or false']));
  it('rejects an empty spatial axis', () =>
    rejects([f32(1, 1, 0, 3)], (b, x) => b.interpolate(x, { size: [2, 2] }), ShapeError, ['empty spatial axis', '[1,1,0,3]']));
});

describe('gather errors', () => {
  it('rejects a non-i32 index', () => {
    rejects([f32(3), f32(2)], (b, x, i) => b.gather(x, i, { axis: 0 }), DTypeError, ['index', 'expected i32', 'found f32']);
    rejects([f32(3), ['u32', [2]]], (b, x, i) => b.gather(x, i, { axis: 0 }), DTypeError, ['found u32']);
  });
  it('rejects an index of another rank', () =>
    rejects([f32(3, 4), i32(3)], (b, x, i) => b.gather(x, i, { axis: 1 }), ShapeError, ['index', 'rank 2', 'rank 1']));
  it('rejects an index axis larger than x\'s (no broadcasting of x)', () =>
    rejects([f32(3, 4), i32(5, 2)], (b, x, i) => b.gather(x, i, { axis: 1 }), ShapeError, ['axis 0', 'expected 3 or 1', 'found 5']));
  it('rejects an index axis smaller than x\'s but not 1', () =>
    rejects([f32(3, 4), i32(2, 2)], (b, x, i) => b.gather(x, i, { axis: 1 }), ShapeError, ['axis 0', 'found 2']));
  it('rejects an axis out of range', () =>
    rejects([f32(3, 4), i32(3, 1)], (b, x, i) => b.gather(x, i, { axis: 2 }), AttrError, ["'axis'", '-2..1', 'found 2']));
  it('rejects a scalar x', () =>
    rejects([f32(), i32()], (b, x, i) => b.gather(x, i, { axis: 0 }), ShapeError, ['x', 'rank >= 1']));

  const runGather = (x: Tensor, index: Tensor, axis: number) => {
    const b = new GraphBuilder();
    b.output('y', b.gather(b.input('x', x.dtype, x.shape), b.input('i', 'i32', index.shape), { axis }));
    return () => runReference(b.build(), { x, i: index }, {});
  };
  it('raises an ExecutionError for an index past the end, naming it and the valid range', () => {
    const run = runGather(Tensor.from('f32', [2, 3], [1, 2, 3, 4, 5, 6]), Tensor.from('i32', [2, 1], [2, 3]), 1);
    expect(run).toThrow(ExecutionError);
    expect(run).toThrow(/index 3 .*axis 1.*expected 0\.\.2, found 3/);
  });
  it('raises an ExecutionError for a negative index', () => {
    const run = runGather(Tensor.from('f32', [4], [1, 2, 3, 4]), Tensor.from('i32', [2], [0, -1]), 0);
    expect(run).toThrow(ExecutionError);
    expect(run).toThrow(/index -1 .*expected 0\.\.3, found -1/);
  });
  it('raises an ExecutionError for any index into an empty axis', () => {
    const run = runGather(Tensor.from('f32', [2, 0], []), Tensor.from('i32', [2, 1], [0, 0]), 1);
    expect(run).toThrow(ExecutionError);
    expect(run).toThrow(/the axis is empty/);
  });
});

describe('topk_indices errors', () => {
  it('rejects k larger than the axis', () => {
    rejects([f32(2, 5)], (b, x) => b.topk(x, { k: 6 }), ShapeError, ["'k'", 'expected k <= 5', 'found k = 6']);
    rejects([f32(2, 5)], (b, x) => b.topk(x, { k: 3, axis: 0 }), ShapeError, ['axis 0', 'k <= 2']);
  });
  it('rejects k = 0', () =>
    rejects([f32(4)], (b, x) => b.topk(x, { k: 0 }), AttrError, ["'k'", 'integer >= 1', 'found 0']));
  it('rejects complex and bool inputs', () => {
    rejects([['c64', [4]]], (b, x) => b.topk(x, { k: 1 }), DTypeError, ['x', 'found c64']);
    rejects([['bool', [4]]], (b, x) => b.topk(x, { k: 1 }), DTypeError, ['x', 'found bool']);
  });
  it('rejects an axis out of range', () =>
    rejects([f32(2, 5)], (b, x) => b.topk(x, { k: 1, axis: -3 }), AttrError, ["'axis'", '-2..1', 'found -3']));
  it('rejects a scalar input', () =>
    rejects([f32()], (b, x) => b.topk(x, { k: 1 }), ShapeError, ['x', 'rank >= 1']));
  it('rejects unknown attributes', () =>
    rejects([f32(4)], (b, x) => b.apply('topk_indices', [x], { k: 1, dim: 0 }), AttrError, ["unknown attribute 'dim'"]));
});

describe('keep_frames errors', () => {
  it('rejects the batch axis', () =>
    rejects([f32(2, 5), i32(2)], (b, x, l) => b.keep_frames(x, l, { axis: 0 }), ShapeError, ["'axis'", 'batch axis']));
  it('rejects lengths that are not i32', () =>
    rejects([f32(2, 5), f32(2)], (b, x, l) => b.keep_frames(x, l, { axis: 1 }), DTypeError, ['lengths', 'expected i32', 'found f32']));
  it('does not broadcast lengths over another batch size', () =>
    rejects([f32(2, 5), i32(3)], (b, x, l) => b.keep_frames(x, l, { axis: 1 }), ShapeError, ['lengths', '[] or [2]', '[3]']));
  it('rejects a rank-1 input (no frame axis)', () =>
    rejects([f32(4), i32(4)], (b, x, l) => b.keep_frames(x, l, { axis: 0 }), ShapeError, ['x', 'rank >= 2']));
});
