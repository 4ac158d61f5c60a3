// Bad inputs to the reduction and movement ops: each raises its typed error, naming what was wrong.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, type Value } from '../../ir/builder.ts';
import type { DType } from '../../ir/dtype.ts';
import { ArityError, AttrError, DTypeError, ShapeError } from '../../ir/errors.ts';

type ErrorClass = typeof ShapeError | typeof DTypeError | typeof AttrError | typeof ArityError;

/** Apply `op` to fresh inputs of the given types and expect `cls` with a message matching `msg`. */
function rejects(op: string, ins: [DType, number[]][], attrs: Record<string, unknown>, cls: ErrorClass, msg: RegExp): void {
  const b = new GraphBuilder();
  const xs: Value[] = ins.map(([d, s], i) => b.input(`x${i}`, d, s));
  const call = () => b.apply(op, xs, attrs);
  expect(call).toThrow(cls);
  expect(call).toThrow(msg);
}

const f32 = (...shape: number[]): [DType, number[]] => ['f32', shape];

describe('reduction errors', () => {
  it('axes must be present, non-empty, in range and distinct', () => {
    rejects('sum', [f32(2, 3)], {}, AttrError, /missing attribute 'axes'/);
    rejects('sum', [f32(2, 3)], { axes: [] }, AttrError, /'axes' must name at least one axis.*found \[\]/);
    rejects('mean', [f32(2, 3)], { axes: [2] }, AttrError, /'axes' is out of range.*expected -2\.\.1, found 2/);
    rejects('max', [f32(2, 3)], { axes: [-3] }, AttrError, /'axes' is out of range/);
    rejects('min', [f32(2, 3)], { axes: [1, -1] }, AttrError, /'axes' names axis 1 twice/);
    rejects('sum', [f32(2, 3)], { axes: [0.5] }, AttrError, /attribute 'axes'.*list of integers/);
    rejects('sum', [f32(2, 3)], { axes: [0], keepdims: 1 }, AttrError, /attribute 'keepdims'.*true or false/);
  });

  it('dtypes outside each reduction are rejected', () => {
    rejects('sum', [['bool', [3]]], { axes: [0] }, DTypeError, /x has an unsupported dtype.*found bool/);
    rejects('mean', [['i32', [3]]], { axes: [0] }, DTypeError, /expected f32, f16 or c64, found i32/);
    rejects('max', [['c64', [3]]], { axes: [0] }, DTypeError, /found c64/);
    rejects('min', [['bool', [3]]], { axes: [0] }, DTypeError, /found bool/);
    rejects('argmax', [['c64', [3]]], { axis: 0 }, DTypeError, /found c64/);
  });

  it('max, min and argmax need a non-empty reduced axis', () => {
    rejects('max', [f32(2, 0)], { axes: [1] }, ShapeError, /axis 1 of size 0.*found shape \[2,0\]/);
    rejects('min', [f32(0, 2)], { axes: [0, 1] }, ShapeError, /axis 0 of size 0/);
    rejects('argmax', [f32(3, 0)], { axis: -1 }, ShapeError, /axis 1 of size 0/);
  });

  it('argmax takes one axis, in range', () => {
    rejects('argmax', [f32(2, 3)], { axis: 2 }, AttrError, /'axis' is out of range.*found 2/);
    rejects('argmax', [f32(2, 3)], { axis: [0] }, AttrError, /attribute 'axis'.*an integer/);
    rejects('argmax', [f32(2, 3)], { axes: [0] }, AttrError, /unknown attribute 'axes'/);
  });

  it('errors name the node that raised them', () => {
    rejects('sum', [f32(2)], { axes: [1] }, AttrError, /%1 = sum: /);
  });
});

describe('movement errors', () => {
  it('reshape keeps the element count and infers at most one -1', () => {
    rejects('reshape', [f32(2, 3)], { shape: [4, 2] }, ShapeError, /element count differs.*expected 6 elements, found 8/);
    rejects('reshape', [f32(2, 3)], { shape: [4, -1] }, ShapeError, /product divides 6.*found 4/);
    rejects('reshape', [f32(2, 3)], { shape: [-1, -1] }, AttrError, /at most one -1/);
    rejects('reshape', [f32(0, 3)], { shape: [0, -1] }, AttrError, /cannot infer -1/);
    rejects('reshape', [f32(6)], { shape: [-2, -3] }, AttrError, /attribute 'shape'.*integers >= -1/);
  });

  it('permute needs a permutation of every axis', () => {
    rejects('permute', [f32(2, 3, 4)], { perm: [1, 0] }, AttrError, /'perm' must list every axis.*expected 3 entries/);
    rejects('permute', [f32(2, 3, 4)], { perm: [0, 1, -3] }, AttrError, /'perm' names axis 0 twice/);
    rejects('permute', [f32(2, 3)], { perm: [0, 2] }, AttrError, /'perm' is out of range.*found 2/);
  });

  it('expand only grows size-1 axes and adds leading axes', () => {
    rejects('expand', [f32(2, 3)], { shape: [3] }, ShapeError, /fewer axes.*expected >= 2 entries, found 1/);
    rejects('expand', [f32(2, 3)], { shape: [4, 3] }, ShapeError, /axis 0 of size 2.*expected 2 or -1, found 4/);
    rejects('expand', [f32(3, 1)], { shape: [3, 0, 2] }, ShapeError, /axis 1 of size 3/);
    rejects('expand', [f32(3)], { shape: [-1, 3] }, AttrError, /-1 at new leading axis 0/);
  });

  it('slice bounds are never clamped', () => {
    rejects('slice', [f32(5)], { axes: [0], starts: [6], ends: [6] }, AttrError, /'starts' entry 0 is out of range for axis 0 of size 5.*expected -5\.\.5, found 6/);
    rejects('slice', [f32(5)], { axes: [0], starts: [0], ends: [-6] }, AttrError, /'ends' entry 0 is out of range.*found -6/);
    rejects('slice', [f32(5)], { axes: [0], starts: [3], ends: [-4] }, AttrError, /'ends' entry 0 lies before its start.*expected end >= 3, found 1/);
    rejects('slice', [f32(5, 2)], { axes: [0, 1], starts: [0], ends: [1, 1] }, AttrError, /'starts' needs one entry per entry of 'axes'/);
    rejects('slice', [f32(5)], { axes: [0], starts: [0], ends: [1], steps: [1, 1] }, AttrError, /'steps' needs one entry/);
    rejects('slice', [f32(5)], { axes: [0], starts: [0], ends: [5], steps: [0] }, AttrError, /attribute 'steps'.*integers >= 1/);
    rejects('slice', [f32(5)], { axes: [0], starts: [0], ends: [5], steps: [-1] }, AttrError, /attribute 'steps'/);
    rejects('slice', [f32(5)], { axes: [1], starts: [0], ends: [1] }, AttrError, /'axes' is out of range/);
    rejects('slice', [f32(5, 2)], { axes: [0, -2], starts: [0, 0], ends: [1, 1] }, AttrError, /'axes' names axis 0 twice/);
  });

  it('pad needs one non-negative pair per axis and a fill the dtype holds', () => {
    rejects('pad', [f32(2, 3)], { pads: [[1, 1]] }, AttrError, /one \[before, after\] pair per axis.*expected 2 pairs, found 1/);
    rejects('pad', [f32(2)], { pads: [[-1, 0]] }, AttrError, /attribute 'pads'.*integers >= 0/);
    rejects('pad', [f32(2)], { pads: [[1, 0]], mode: 'reflect' }, AttrError, /attribute 'mode'.*"zero", "replicate"/);
    rejects('pad', [f32(0, 2)], { pads: [[1, 0], [0, 0]], mode: 'replicate' }, ShapeError, /replicate padding of axis 0.*size >= 1/);
    rejects('pad', [f32(2)], { pads: [[1, 0]], mode: 'replicate', value: 3 }, AttrError, /'value' has no meaning with mode "replicate"/);
    rejects('pad', [['i32', [2]]], { pads: [[1, 0]], value: 0.5 }, AttrError, /'value' cannot be stored in x's dtype i32.*found 0\.5/);
    rejects('pad', [['u32', [2]]], { pads: [[1, 0]], value: -1 }, AttrError, /dtype u32/);
    rejects('pad', [['i32', [2]]], { pads: [[1, 0]], value: 2 ** 31 }, AttrError, /dtype i32/);
    rejects('pad', [['bool', [2]]], { pads: [[1, 0]], value: 2 }, AttrError, /dtype bool.*0\.\.1/);
    rejects('pad', [['i32', [2]]], { pads: [[1, 0]], value: Number.NaN }, AttrError, /dtype i32/);
  });

  it('concat needs one dtype, one rank and equal sizes off the axis', () => {
    rejects('concat', [f32(2, 3), ['i32', [2, 3]]], { axis: 0 }, DTypeError, /x1 and x0 must have the same dtype.*found i32/);
    rejects('concat', [f32(2, 3), f32(2, 3, 1)], { axis: 0 }, ShapeError, /x1 \[2,3,1\] and x0 \[2,3\] must have the same rank/);
    rejects('concat', [f32(2, 3), f32(2, 3), f32(2, 4)], { axis: 0 }, ShapeError, /x2 \[2,4\] does not match x0 \[2,3\] at axis 1.*expected 3, found 4/);
    rejects('concat', [f32(2, 3), f32(2, 3)], { axis: 2 }, AttrError, /'axis' is out of range/);
    rejects('concat', [f32()], { axis: 0 }, AttrError, /rank-0/);
    rejects('concat', [], { axis: 0 }, ArityError, /one or more/);
  });

  it('flip and roll take distinct axes in range; roll pairs each axis with a shift', () => {
    rejects('flip', [f32(2, 3)], { axes: [0, -2] }, AttrError, /'axes' names axis 0 twice/);
    rejects('flip', [f32(2, 3)], { axes: [2] }, AttrError, /'axes' is out of range/);
    rejects('roll', [f32(2, 3)], { shifts: [1, 2], axes: [0] }, AttrError, /'shifts' needs one entry per entry of 'axes'.*expected 1 entries, found 2/);
    rejects('roll', [f32(2, 3)], { shifts: [], axes: [] }, AttrError, /'axes' must name at least one axis/);
    rejects('roll', [f32(2, 3)], { shifts: [1], axes: [-3] }, AttrError, /'axes' is out of range/);
  });

  it('typed builder methods raise the same errors', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 3]);
    expect(() => b.slice(x, { axes: [1], starts: [0], ends: [4] })).toThrow(AttrError);
    expect(() => b.concat([x, b.input('y', 'f32', [3, 3])], { axis: 1 })).toThrow(/at axis 0/);
    expect(() => b.reshape(x, { shape: [7] })).toThrow(ShapeError);
  });
});
