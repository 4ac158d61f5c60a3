// Host tensors <-> the bytes CUDA kernels read and write (what codegen/cuda/printer.ts stores): f32 as
// float, f16 as IEEE half bits (__half), i32 as int, u32 as unsigned int, bool as unsigned int 0/1, c64 as
// float2 (interleaved re, im). Little-endian, as every CUDA device is.
import { f16BitsToF32, f32ToF16Bits, type DType } from '../../ir/dtype.ts';
import { Tensor, numel } from '../../ir/tensor.ts';

/** Bytes per element as kernels store it. */
export function deviceElementBytes(dtype: DType): number {
  return dtype === 'c64' ? 8 : dtype === 'f16' ? 2 : 4;
}

export const deviceBytes = (dtype: DType, shape: readonly number[]): number => numel(shape) * deviceElementBytes(dtype);

/** The device representation of a tensor. */
export function toDevice(t: Tensor): Uint8Array {
  const d = t.data;
  let out: ArrayBufferView;
  switch (t.dtype) {
    case 'f32': case 'c64': out = Float32Array.from(d); break;
    case 'f16': out = Uint16Array.from(d, (v) => f32ToF16Bits(v)); break;
    case 'i32': out = Int32Array.from(d); break;
    case 'u32': out = Uint32Array.from(d); break;
    case 'bool': out = Uint32Array.from(d, (v) => (v !== 0 ? 1 : 0)); break;
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** A tensor from its device representation (`bytes` may be longer than the tensor: the rest is ignored). */
export function fromDevice(dtype: DType, shape: readonly number[], bytes: ArrayBuffer | Uint8Array): Tensor {
  const n = deviceBytes(dtype, shape);
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8.byteLength < n) throw new RangeError(`device data of ${u8.byteLength} bytes cannot hold ${dtype}[${shape.join(',')}] (${n} bytes)`);
  // copy into a fresh, aligned buffer
  const buf = u8.slice(0, n).buffer;
  let data: Float64Array;
  switch (dtype) {
    case 'f32': case 'c64': data = Float64Array.from(new Float32Array(buf)); break;
    case 'f16': data = Float64Array.from(new Uint16Array(buf), (h) => f16BitsToF32(h)); break;
    case 'i32': data = Float64Array.from(new Int32Array(buf)); break;
    case 'u32': data = Float64Array.from(new Uint32Array(buf)); break;
    case 'bool': data = Float64Array.from(new Uint32Array(buf), (v) => (v !== 0 ? 1 : 0)); break;
  }
  return new Tensor(dtype, shape, data);
}
