// Movement ops: they rearrange, select or repeat elements and never change a value, so every dtype is
// accepted (c64 moves both parts, bool stays 0/1). Sizes and positions that do not fit the input are
// errors; nothing is clamped or broadcast behind the caller's back.
import { defineOp, type TensorType } from '../registry.ts';
import { float, int, ints, oneOf, pairs } from '../attrs.ts';
import { AttrError, ShapeError } from '../errors.ts';
import { lanes } from '../dtype.ts';
import { Tensor, formatShape, numel, stridesOf } from '../tensor.ts';
import { broadcastIndexer, indices, normAxes, normAxis, sameDType } from './util.ts';
import { padFill, sliceAxes } from './movement-attrs.ts';

/**
 * Build the output element by element: `from` maps an output multi-index to the flat index of the
 * input element it copies (all lanes), or to -1 for a position filled with `fill` (real part only).
 */
function gather(x: Tensor, out: TensorType, from: (idx: readonly number[]) => number, fill = 0): Tensor {
  const r = Tensor.zeros(out.dtype, out.shape);
  const L = lanes(x.dtype);
  let f = 0;
  for (const idx of indices(out.shape)) {
    const j = from(idx);
    if (j < 0) r.data[L * f] = fill;
    else for (let l = 0; l < L; l++) r.data[L * f + l] = x.data[L * j + l];
    f++;
  }
  return r;
}

const flatOf = (idx: readonly number[], strides: readonly number[]): number =>
  idx.reduce((s, v, a) => s + v * strides[a], 0);

// ---- reshape, permute, expand ------------------------------------------------------------------

function reshapeTarget(x: TensorType, shape: readonly number[]): number[] {
  const holes = shape.filter((d) => d === -1).length;
  if (holes > 1) throw new AttrError(`attribute 'shape' may contain at most one -1`, { expected: 'at most one -1', found: formatShape(shape) });
  const n = numel(x.shape);
  const known = numel(shape.filter((d) => d !== -1));
  if (holes === 1) {
    // with the other sizes multiplying to 0, any size would fit the -1
    if (known === 0) throw new AttrError(`attribute 'shape' cannot infer -1 when the other sizes multiply to 0`, { expected: 'no -1 beside a size 0', found: formatShape(shape) });
    if (n % known !== 0) throw new ShapeError(`cannot reshape x ${formatShape(x.shape)} (${n} elements) to ${formatShape(shape)}`, { expected: `sizes whose product divides ${n}`, found: `${known}` });
    return shape.map((d) => (d === -1 ? n / known : d));
  }
  if (known !== n) throw new ShapeError(`cannot reshape x ${formatShape(x.shape)} to ${formatShape(shape)}: the element count differs`, { expected: `${n} elements`, found: `${known}` });
  return [...shape];
}

export const reshape = defineOp({
  name: 'reshape', arity: 1, inputs: ['x'], attrs: { shape: ints(-1) },
  doc: 'The same elements in row-major order under a new `shape` with the same element count; at most one entry ' +
    'may be -1, which is inferred.',
  infer: ([x], a): TensorType => ({ dtype: x.dtype, shape: reshapeTarget(x, a.shape) }),
  reference: ([x], _a, out) => new Tensor(out.dtype, out.shape, x.data.slice()),
});

export const permute = defineOp({
  name: 'permute', arity: 1, inputs: ['x'], attrs: { perm: ints() },
  doc: 'Reorder axes: output axis k is input axis perm[k]. `perm` is a permutation of 0..rank-1 (negative entries count from the end).',
  infer: ([x], a): TensorType => {
    const rank = x.shape.length;
    if (a.perm.length !== rank) throw new AttrError(`attribute 'perm' must list every axis of the rank-${rank} input once`, { expected: `${rank} entries`, found: `[${a.perm.join(',')}]` });
    const perm = normAxes(a.perm, rank, 'perm');
    return { dtype: x.dtype, shape: perm.map((p) => x.shape[p]) };
  },
  reference: ([x], a, out) => {
    const perm = normAxes(a.perm, x.rank, 'perm');
    const strides = x.strides;
    return gather(x, out, (idx) => idx.reduce((s, v, k) => s + v * strides[perm[k]], 0));
  },
});

export const expand = defineOp({
  name: 'expand', arity: 1, inputs: ['x'], attrs: { shape: ints(-1) },
  doc: 'Repeat size-1 axes to the sizes in `shape` (torch.expand): `shape` may add leading axes; an existing axis keeps ' +
    'its size (give it or -1) or, if of size 1, takes any size.',
  infer: ([x], a): TensorType => {
    const rank = x.shape.length, n = a.shape.length;
    if (n < rank) throw new ShapeError(`attribute 'shape' has fewer axes than x ${formatShape(x.shape)}`, { expected: `>= ${rank} entries`, found: `${n}` });
    const shape = a.shape.map((d, k) => {
      const i = k - (n - rank);
      if (i < 0) {
        if (d === -1) throw new AttrError(`attribute 'shape' has -1 at new leading axis ${k}, which has no size to keep`, { expected: 'a size >= 0', found: formatShape(a.shape) });
        return d;
      }
      const have = x.shape[i];
      if (d === -1 || d === have) return have;
      if (have !== 1) throw new ShapeError(`cannot expand axis ${k} of size ${have} (only size-1 axes expand)`, { expected: `${have} or -1`, found: String(d) });
      return d;
    });
    return { dtype: x.dtype, shape };
  },
  reference: ([x], _a, out) => {
    const from = broadcastIndexer(x.shape, out.shape);
    const outStrides = stridesOf(out.shape);
    return gather(x, out, (idx) => from(flatOf(idx, outStrides)));
  },
});

// ---- slice, pad, concat ------------------------------------------------------------------------

export const slice = defineOp({
  name: 'slice', arity: 1, inputs: ['x'],
  attrs: { axes: ints(), starts: ints(), ends: ints(), steps: ints(1).default([]) },
  doc: 'x[start:end:step] on each listed axis (Python slicing without clamping). A negative start or end counts from the ' +
    'end of its axis; after that both must lie in 0..size and end >= start (end == start gives an empty axis). ' +
    '`steps` (each >= 1) defaults to all 1; otherwise it has one entry per axis, as do `starts` and `ends`.',
  infer: ([x], a): TensorType => {
    const shape = [...x.shape];
    for (const s of sliceAxes(x.shape, a)) shape[s.axis] = s.size;
    return { dtype: x.dtype, shape };
  },
  reference: ([x], a, out) => {
    const sl = sliceAxes(x.shape, a);
    const strides = x.strides;
    return gather(x, out, (idx) => {
      const src = [...idx];
      for (const s of sl) src[s.axis] = s.start + idx[s.axis] * s.step;
      return flatOf(src, strides);
    });
  },
});

export const pad = defineOp({
  name: 'pad', arity: 1, inputs: ['x'],
  attrs: { pads: pairs(), mode: oneOf('zero', 'replicate').default('zero'), value: float().default(0) },
  doc: 'Grow each axis by pads[axis] = [before, after] elements (one pair per axis). mode "zero" fills with `value` ' +
    '(c64: value + 0i); "replicate" repeats the edge element, so padded axes need size >= 1 and `value` must stay 0.',
  infer: ([x], a): TensorType => {
    const rank = x.shape.length;
    if (a.pads.length !== rank) throw new AttrError(`attribute 'pads' needs one [before, after] pair per axis of the rank-${rank} input`, { expected: `${rank} pairs`, found: `${a.pads.length}` });
    if (a.mode === 'replicate') {
      if (a.value !== 0) throw new AttrError(`attribute 'value' has no meaning with mode "replicate"`, { expected: '0 (the default)', found: String(a.value) });
      a.pads.forEach(([lo, hi], k) => {
        if (lo + hi > 0 && x.shape[k] === 0) throw new ShapeError(`replicate padding of axis ${k} needs an edge element to repeat`, { expected: 'size >= 1', found: `shape ${formatShape(x.shape)}` });
      });
    } else {
      padFill(x.dtype, a.value);
    }
    return { dtype: x.dtype, shape: x.shape.map((d, k) => d + a.pads[k][0] + a.pads[k][1]) };
  },
  reference: ([x], a, out) => {
    const strides = x.strides;
    const fill = a.mode === 'zero' ? padFill(x.dtype, a.value) : 0;
    return gather(x, out, (idx) => {
      let j = 0;
      for (let k = 0; k < idx.length; k++) {
        let i = idx[k] - a.pads[k][0];
        const dim = x.shape[k];
        if (i < 0 || i >= dim) {
          if (a.mode === 'zero') return -1;
          i = i < 0 ? 0 : dim - 1;
        }
        j += i * strides[k];
      }
      return j;
    }, fill);
  },
});

export const concat = defineOp({
  name: 'concat', arity: 'variadic', inputs: ['xs'], attrs: { axis: int() },
  doc: 'Join the inputs along `axis` in order. All inputs share dtype and rank, and every other axis has equal sizes.',
  infer: (xs, a): TensorType => {
    const names = xs.map((_, i) => `x${i}`);
    const dtype = sameDType(xs, names);
    const first = xs[0].shape;
    const axis = normAxis(a.axis, first.length, 'axis');
    const shape = [...first];
    xs.forEach((x, i) => {
      if (i === 0) return;
      if (x.shape.length !== first.length) throw new ShapeError(`x${i} ${formatShape(x.shape)} and x0 ${formatShape(first)} must have the same rank`, { expected: `rank ${first.length}`, found: `rank ${x.shape.length}` });
      x.shape.forEach((d, k) => {
        if (k !== axis && d !== first[k]) throw new ShapeError(`x${i} ${formatShape(x.shape)} does not match x0 ${formatShape(first)} at axis ${k} (only axis ${axis} may differ)`, { expected: String(first[k]), found: String(d) });
      });
      shape[axis] += x.shape[axis];
    });
    return { dtype, shape };
  },
  reference: (xs, a, out) => {
    const r = Tensor.zeros(out.dtype, out.shape);
    const axis = normAxis(a.axis, out.shape.length);
    const L = lanes(out.dtype);
    const outer = numel(out.shape.slice(0, axis));
    // each input contributes one contiguous block (its axis and all later axes) per outer index
    const blocks = xs.map((x) => L * numel(x.shape.slice(axis)));
    let at = 0;
    for (let o = 0; o < outer; o++) {
      xs.forEach((x, i) => {
        r.data.set(x.data.subarray(o * blocks[i], (o + 1) * blocks[i]), at);
        at += blocks[i];
      });
    }
    return r;
  },
});

// ---- flip, roll --------------------------------------------------------------------------------

export const flip = defineOp({
  name: 'flip', arity: 1, inputs: ['x'], attrs: { axes: ints() },
  doc: 'Reverse the order of elements along each of `axes` (negative axes count from the end).',
  infer: ([x], a): TensorType => {
    normAxes(a.axes, x.shape.length, 'axes');
    return { dtype: x.dtype, shape: x.shape };
  },
  reference: ([x], a, out) => {
    const axes = normAxes(a.axes, x.rank);
    const strides = x.strides;
    return gather(x, out, (idx) => flatOf(idx.map((v, k) => (axes.includes(k) ? x.shape[k] - 1 - v : v)), strides));
  },
});

export const roll = defineOp({
  name: 'roll', arity: 1, inputs: ['x'], attrs: { shifts: ints(), axes: ints() },
  doc: 'Rotate elements along each of `axes` by the matching entry of `shifts` (torch.roll): output[i] = x[(i - shift) mod size]. ' +
    'Shifts may be negative or exceed the size. `axes` is non-empty (torch.roll without dims flattens; use reshape).',
  infer: ([x], a): TensorType => {
    if (a.axes.length === 0) throw new AttrError(`attribute 'axes' must name at least one axis`, { expected: 'a non-empty list of axes', found: '[]' });
    if (a.shifts.length !== a.axes.length) throw new AttrError(`attribute 'shifts' needs one entry per entry of 'axes'`, { expected: `${a.axes.length} entries`, found: `${a.shifts.length}` });
    normAxes(a.axes, x.shape.length, 'axes');
    return { dtype: x.dtype, shape: x.shape };
  },
  reference: ([x], a, out) => {
    const axes = normAxes(a.axes, x.rank);
    const strides = x.strides;
    return gather(x, out, (idx) => flatOf(idx.map((v, k) => {
      const i = axes.indexOf(k);
      if (i < 0) return v;
      const dim = x.shape[k];
      return (((v - a.shifts[i]) % dim) + dim) % dim;
    }), strides));
  },
});
