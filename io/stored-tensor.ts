// Tensors as files store them, in any dtype PyTorch writes (safetensors names: I64, BF16, F64, ...), and
// their conversion to the dtype a network declares. A conversion is allowed where no value changes beyond
// float rounding: floats to f32/f16 (rounded, but a finite value must stay finite), integers and booleans
// to an integer type that holds every value, BOOL to bool, C64 to c64. Anything else is refused.
import { endianness } from 'node:os';
import { f16BitsToF32, roundF16, type DType } from '../ir/dtype.ts';
import { Tensor, hostArray, type TensorData } from '../ir/tensor.ts';
import { readBytes, type ByteSource } from './source.ts';

export const STORED_DTYPES = ['F64', 'F32', 'F16', 'BF16', 'I64', 'I32', 'I16', 'I8', 'U32', 'U8', 'BOOL', 'C64'] as const;
export type StoredDType = (typeof STORED_DTYPES)[number];

export const isStoredDType = (s: unknown): s is StoredDType => typeof s === 'string' && (STORED_DTYPES as readonly string[]).includes(s);

/** Values as read (integers of I64 beyond 2^53 are rounded, which no allowed conversion accepts anyway:
 *  they do not fit 32 bits); c64 interleaves re and im as ir/tensor.ts does. A dtype tempofuse holds may
 *  come in its own storage (hostArray), others in float64. */
export interface StoredTensor {
  readonly dtype: StoredDType;
  readonly shape: readonly number[];
  readonly data: Float64Array | TensorData;
}

/** The stored dtype of each of the project's dtypes (what .safetensors files written here say). */
export const STORED_OF: Record<DType, StoredDType> = { f32: 'F32', f16: 'F16', i32: 'I32', u32: 'U32', bool: 'BOOL', c64: 'C64' };
/** The project's dtype of a stored one, where there is one. */
export const DTYPE_OF = Object.fromEntries(Object.entries(STORED_OF).map(([k, v]) => [v, k as DType])) as Partial<Record<StoredDType, DType>>;

const bf16 = new DataView(new ArrayBuffer(4));

/** Bytes per element and how to read one scalar (c64: one lane, 4 bytes) at a byte offset. */
export const ELEMENT: Record<StoredDType, { bytes: number; read: (v: DataView, at: number, le: boolean) => number }> = {
  F64: { bytes: 8, read: (v, at, le) => v.getFloat64(at, le) },
  F32: { bytes: 4, read: (v, at, le) => v.getFloat32(at, le) },
  F16: { bytes: 2, read: (v, at, le) => f16BitsToF32(v.getUint16(at, le)) },
  BF16: { bytes: 2, read: (v, at, le) => { bf16.setUint16(0, v.getUint16(at, le)); bf16.setUint16(2, 0); return bf16.getFloat32(0); } },
  I64: { bytes: 8, read: (v, at, le) => Number(v.getBigInt64(at, le)) },
  I32: { bytes: 4, read: (v, at, le) => v.getInt32(at, le) },
  I16: { bytes: 2, read: (v, at, le) => v.getInt16(at, le) },
  I8: { bytes: 1, read: (v, at) => v.getInt8(at) },
  U32: { bytes: 4, read: (v, at, le) => v.getUint32(at, le) },
  U8: { bytes: 1, read: (v, at) => v.getUint8(at) },
  BOOL: { bytes: 1, read: (v, at) => (v.getUint8(at) ? 1 : 0) },
  C64: { bytes: 4, read: (v, at, le) => v.getFloat32(at, le) },
};

/** Scalars per element: complex values are two. */
export const storedLanes = (d: StoredDType): number => (d === 'C64' ? 2 : 1);

/** Host byte order: typed arrays read and write in it. */
const HOST_LE = endianness() === 'LE';

/** Stored dtypes whose bytes, little-endian, are the storage a tempofuse tensor (or float64) keeps them in. */
const SAME_BYTES = new Set<StoredDType>(['F64', 'F32', 'I32', 'U32', 'C64']);

/** Bytes converted per read where they are not read in place. */
const CHUNK = 2 ** 24;

/** The array a tensor of `dtype` with `n` scalars is kept in: a dtype tempofuse holds in its own storage (no
 *  float64 copy of a large input in between), others as float64. */
export const storedArray = (dtype: StoredDType, n: number): Float64Array | TensorData => {
  const own = DTYPE_OF[dtype];
  return own ? hostArray(own, n) : new Float64Array(n);
};

/** Whether a stored dtype's bytes (in byte order `le`) can be used as they are, as storedArray's array. */
export const readsInPlace = (dtype: StoredDType, le: boolean): boolean => le === HOST_LE && SAME_BYTES.has(dtype);

/** `count` contiguous elements from byte offset `at` of `src`: read straight into the tensor's array where
 *  the bytes are already its storage, else converted a chunk at a time. */
export function readStored(src: ByteSource, at: number, dtype: StoredDType, count: number, le = true): Float64Array | TensorData {
  const { bytes, read } = ELEMENT[dtype];
  const n = count * storedLanes(dtype);
  const out = storedArray(dtype, n);
  if (readsInPlace(dtype, le)) {
    src.readInto(at, new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
    return out;
  }
  const step = CHUNK / bytes;
  for (let i = 0; i < n; i += step) {
    const m = Math.min(step, n - i);
    const chunk = readBytes(src, at + i * bytes, m * bytes);
    const view = new DataView(chunk.buffer);
    for (let j = 0; j < m; j++) out[i + j] = read(view, j * bytes, le);
  }
  return out;
}

/** `data` as a tensor of `dtype`: kept where it is already that dtype's storage, else copied into it. */
export function tensorOf(dtype: DType, shape: readonly number[], data: Float64Array | TensorData): Tensor {
  return data.constructor === hostArray(dtype, 0).constructor ? new Tensor(dtype, shape, data) : Tensor.from(dtype, shape, data);
}

const FLOATS = new Set<StoredDType>(['F64', 'F32', 'F16', 'BF16']);
const INTEGERS = new Set<StoredDType>(['I64', 'I32', 'I16', 'I8', 'U32', 'U8', 'BOOL']);
const RANGE: Partial<Record<DType, [number, number]>> = { i32: [-(2 ** 31), 2 ** 31 - 1], u32: [0, 2 ** 32 - 1] };

/** The tensor at the declared dtype, or why not (a phrase: "holds I64 value 4294967296, which i32 cannot
 *  hold"). The shape is kept as stored; the caller checks it against the declaration. */
export function convertStored(t: StoredTensor, to: DType): Tensor | string {
  if (t.dtype === STORED_OF[to]) return tensorOf(to, t.shape, t.data);
  if (to === 'f32' || to === 'f16') {
    if (!FLOATS.has(t.dtype)) return `holds ${t.dtype} values, and ${to} takes floating-point values only`;
    const round = to === 'f32' ? Math.fround : roundF16;
    // rounded straight into the tensor's storage: no copy of a large tensor in between
    const data = hostArray(to, t.data.length);
    for (let k = 0; k < data.length; k++) {
      const v = t.data[k], r = round(v);
      if (!Number.isFinite(r) && Number.isFinite(v)) return `holds the ${t.dtype} value ${v}, which overflows ${to}`;
      data[k] = r;
    }
    return new Tensor(to, t.shape, data);
  }
  const range = RANGE[to];
  if (range) {
    if (!INTEGERS.has(t.dtype)) return `holds ${t.dtype} values, and ${to} takes integer values only`;
    const bad = t.data.find((v) => v < range[0] || v > range[1]);
    if (bad !== undefined) return `holds the ${t.dtype} value ${bad}, which ${to} cannot hold`;
    return Tensor.from(to, t.shape, t.data);
  }
  return `holds ${t.dtype} values, and ${to} takes ${STORED_OF[to]} only`;
}
