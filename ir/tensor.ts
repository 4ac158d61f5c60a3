// A host tensor: what the reference interpreter computes on and what .safetensors files hold. Layout is
// contiguous row-major; c64 is interleaved re/im, so data.length = 2 * numel.
// Given values (drawn, read from a file or a device) are stored at their own dtype (hostArray): an f32
// input takes 4 bytes per element, not 8. Values the reference interpreter computes are stored in a
// Float64Array whatever the dtype (Tensor.zeros): results keep float64 accuracy.
import { lanes, storeAs, type DType } from './dtype.ts';
import { ShapeError } from './errors.ts';

/** A tensor's values: a Float64Array (computed by the reference) or the dtype's own storage (hostArray). */
export type TensorData = Float64Array | Float32Array | Int32Array | Uint32Array | Uint8Array;

/** Storage for `n` scalars of `dtype` as the dtype holds them: f32 and c64 parts in a Float32Array, f16
 *  values in a Float32Array too (each exactly representable; JavaScript has no half-precision array),
 *  i32, u32, and bool as bytes 0/1. */
export function hostArray(dtype: DType, n: number): TensorData {
  switch (dtype) {
    case 'f32': case 'c64': case 'f16': return new Float32Array(n);
    case 'i32': return new Int32Array(n);
    case 'u32': return new Uint32Array(n);
    case 'bool': return new Uint8Array(n);
  }
}

/** Host bytes per element of a tensor stored at its own dtype (hostArray). */
export const hostElementBytes = (dtype: DType): number => hostArray(dtype, 0).BYTES_PER_ELEMENT * lanes(dtype);

export class Tensor {
  constructor(
    readonly dtype: DType,
    readonly shape: readonly number[],
    readonly data: TensorData,
  ) {
    const want = numel(shape) * lanes(dtype);
    if (data.length !== want) {
      throw new ShapeError(`tensor data does not fill its shape [${shape.join(',')}] ${dtype}`, {
        expected: `${want} values`, found: `${data.length}`,
      });
    }
  }

  /** Zeros in a Float64Array: for results computed at float64 accuracy. */
  static zeros(dtype: DType, shape: readonly number[]): Tensor {
    return new Tensor(dtype, shape, new Float64Array(numel(shape) * lanes(dtype)));
  }

  /** Zeros stored at the dtype's own size (hostArray): for values given to a network. */
  static alloc(dtype: DType, shape: readonly number[]): Tensor {
    return new Tensor(dtype, shape, hostArray(dtype, numel(shape) * lanes(dtype)));
  }

  /** Build from values, rounding each to what `dtype` can hold, stored at the dtype's own size. */
  static from(dtype: DType, shape: readonly number[], values: ArrayLike<number>): Tensor {
    const data = hostArray(dtype, values.length);
    for (let i = 0; i < values.length; i++) data[i] = storeAs(dtype, values[i]);
    return new Tensor(dtype, shape, data);
  }

  get numel(): number { return numel(this.shape); }
  get rank(): number { return this.shape.length; }
  get strides(): number[] { return stridesOf(this.shape); }
}

export const numel = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** The most scalars a tensor may hold (a c64 element is two), and the largest dimension, size, stride or
 *  uniform a kernel may be given: kernels index with 32-bit signed integers (WGSL has no 64-bit ones), and
 *  a launch's 2-D grid may run up to 65535 workgroups of 64 invocations past its last element, so every
 *  flat index stays below 2^31 with that room to spare. */
export const SIZE_LIMIT = 2 ** 31 - 2 ** 22;

/** Row-major element strides. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) { s[i] = acc; acc *= shape[i]; }
  return s;
}

/** Multi-index of a flat row-major offset. */
export function unravel(flat: number, shape: readonly number[], out: number[] = new Array(shape.length)): number[] {
  for (let i = shape.length - 1; i >= 0; i--) {
    const d = shape[i];
    out[i] = flat % d;
    flat = Math.floor(flat / d);
  }
  return out;
}

export const formatShape = (shape: readonly number[]): string => `[${shape.join(',')}]`;

/** A tensor whose dtype and shape are known to the type checker (what compiled networks take and give). */
export type TensorOf<D extends DType, S extends readonly number[]> = Tensor & { readonly dtype: D; readonly shape: S };

/** Check at run time that `t` has the dtype and shape the type claims. */
export function asTensorOf<D extends DType, const S extends readonly number[]>(t: Tensor, dtype: D, shape: S, what = 'tensor'): TensorOf<D, S> {
  if (t.dtype !== dtype || formatShape(t.shape) !== formatShape(shape)) {
    throw new ShapeError(`${what} does not have the declared type`, { expected: `${dtype}${formatShape(shape)}`, found: `${t.dtype}${formatShape(t.shape)}` });
  }
  return t as TensorOf<D, S>;
}
