// Helpers shared by op definitions: type checks that raise typed errors, axis normalisation,
// the broadcasting rule, and index iteration for reference implementations.
import { DTypeError, ShapeError, AttrError } from '../errors.ts';
import { isComplex, isFloat, isInt, type DType } from '../dtype.ts';
import { formatShape, numel, stridesOf, unravel } from '../tensor.ts';
import type { TensorType } from '../registry.ts';

export type DTypeClass = 'float' | 'int' | 'numeric' | 'complex' | 'bool' | 'any' | 'floatOrComplex' | 'real';

const CLASS_TEST: Record<DTypeClass, (d: DType) => boolean> = {
  float: isFloat,
  int: isInt,
  numeric: (d) => isFloat(d) || isInt(d) || isComplex(d),
  real: (d) => isFloat(d) || isInt(d),
  complex: isComplex,
  bool: (d) => d === 'bool',
  any: () => true,
  floatOrComplex: (d) => isFloat(d) || isComplex(d),
};
const CLASS_TEXT: Record<DTypeClass, string> = {
  float: 'f32 or f16', int: 'i32 or u32', numeric: 'f32, f16, i32, u32 or c64', real: 'f32, f16, i32 or u32',
  complex: 'c64', bool: 'bool', any: 'any dtype', floatOrComplex: 'f32, f16 or c64',
};

/** Require input `what` to have a dtype of the given class. */
export function requireDType(t: TensorType, cls: DTypeClass, what: string): void {
  if (!CLASS_TEST[cls](t.dtype)) throw new DTypeError(`${what} has an unsupported dtype`, { expected: CLASS_TEXT[cls], found: t.dtype });
}

/** Require all inputs to share one dtype; returns it. */
export function sameDType(ts: readonly TensorType[], names: readonly string[]): DType {
  const d = ts[0].dtype;
  ts.forEach((t, i) => {
    if (t.dtype !== d) throw new DTypeError(`${names[i]} and ${names[0]} must have the same dtype (no implicit promotion; use cast)`, { expected: d, found: t.dtype });
  });
  return d;
}

export function requireRank(t: TensorType, what: string, ok: (r: number) => boolean, expected: string): void {
  if (!ok(t.shape.length)) throw new ShapeError(`${what} has the wrong rank`, { expected, found: `rank ${t.shape.length} ${formatShape(t.shape)}` });
}

/** Normalise a possibly negative axis against `rank`; `attr` names the attribute for the error. */
export function normAxis(axis: number, rank: number, attr = 'axis'): number {
  if (axis < -rank || axis >= rank) {
    throw new AttrError(`attribute '${attr}' is out of range for a rank-${rank} input`, { expected: `${-rank}..${rank - 1}`, found: String(axis) });
  }
  return axis < 0 ? axis + rank : axis;
}

/** Normalise a list of axes; duplicates are errors. */
export function normAxes(axes: readonly number[], rank: number, attr = 'axes'): number[] {
  const out = axes.map((a) => normAxis(a, rank, attr));
  const dup = out.find((a, i) => out.indexOf(a) !== i);
  if (dup !== undefined) throw new AttrError(`attribute '${attr}' names axis ${dup} twice`, { expected: 'distinct axes', found: `[${axes.join(',')}]` });
  return out;
}

/**
 * The broadcasting rule (NumPy's, stated explicitly): shapes are aligned at their last axis; a missing
 * leading axis counts as size 1; along each axis the sizes must be equal, or one of them 1.
 */
export function broadcastShapes(shapes: readonly (readonly number[])[], names: readonly string[]): number[] {
  const rank = Math.max(...shapes.map((s) => s.length));
  const out = new Array<number>(rank).fill(1);
  for (let k = 1; k <= rank; k++) {
    let size = 1;
    let from = -1;
    shapes.forEach((s, i) => {
      const d = s.length - k >= 0 ? s[s.length - k] : 1;
      if (d === 1) return;
      if (size !== 1 && d !== size) {
        throw new ShapeError(`cannot broadcast ${names[from]} ${formatShape(shapes[from])} with ${names[i]} ${formatShape(s)} at axis -${k}`, {
          expected: `${size} or 1`, found: String(d),
        });
      }
      size = d;
      from = i;
    });
    out[rank - k] = size;
  }
  return out;
}

/** For each output flat index, the flat index into an input of shape `inShape` broadcast to `outShape`. */
export function broadcastIndexer(inShape: readonly number[], outShape: readonly number[]): (flatOut: number) => number {
  const rank = outShape.length;
  const offset = rank - inShape.length;
  const inStrides = stridesOf(inShape);
  const idx = new Array<number>(rank);
  return (flat) => {
    unravel(flat, outShape, idx);
    let j = 0;
    for (let a = offset; a < rank; a++) {
      const d = inShape[a - offset];
      if (d !== 1) j += idx[a] * inStrides[a - offset];
    }
    return j;
  };
}

/** Iterate every multi-index of `shape` in row-major order (the array is reused between calls). */
export function* indices(shape: readonly number[]): Generator<number[]> {
  const n = numel(shape);
  const idx = new Array<number>(shape.length).fill(0);
  for (let f = 0; f < n; f++) {
    unravel(f, shape, idx);
    yield idx;
  }
}

/** Check that a per-spatial-axis attribute list has the expected length. */
export function requireLength(list: readonly unknown[], n: number, attr: string): void {
  if (list.length !== n) throw new AttrError(`attribute '${attr}' needs one entry per spatial axis`, { expected: `${n} entries`, found: `${list.length}` });
}
