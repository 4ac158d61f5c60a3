// Host tensors <-> the bytes generated kernels read and write, as both printers store them: f32 and the
// two halves of c64 as f32 (interleaved re, im), i32, u32, bool as u32 0/1, and f16 either as IEEE half
// bits ('native') or as f32 holding f16-rounded values ('f32-storage': WebGPU without shader-f16).
// Little-endian, as every WebGPU and CUDA device is.
import { f16BitsToF32, f32ToF16Bits, type DType } from '../ir/dtype.ts';
import { InternalError } from '../ir/errors.ts';
import { Tensor, formatShape, numel, type TensorData } from '../ir/tensor.ts';
import type { F16Mode } from '../artifact/wgsl-layout.ts';

/** Bytes per element as kernels store it. */
export const elementBytes = (dtype: DType, f16: F16Mode = 'native'): number =>
  dtype === 'c64' ? 8 : dtype === 'f16' && f16 === 'native' ? 2 : 4;

/** Bytes a stored value takes on a device. */
export const storageBytes = (v: { readonly dtype: DType; readonly shape: readonly number[] }, f16: F16Mode = 'native'): number =>
  numel(v.shape) * elementBytes(v.dtype, f16);

/** The device representation of a tensor (exactly storageBytes long): a view of the tensor's own data
 *  where it is stored as the device stores it (f32 in a Float32Array, i32, u32), else a converted copy. */
export function toDeviceData(t: Tensor, f16: F16Mode = 'native'): Uint8Array {
  const d = t.data;
  const view = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  switch (t.dtype) {
    case 'f32': case 'c64': return view(d instanceof Float32Array ? d : Float32Array.from(d));
    case 'f16': return view(f16 === 'native' ? Uint16Array.from(d, (v) => f32ToF16Bits(v)) : d instanceof Float32Array ? d : Float32Array.from(d));
    case 'i32': return view(d instanceof Int32Array ? d : Int32Array.from(d));
    case 'u32': return view(d instanceof Uint32Array ? d : Uint32Array.from(d));
    case 'bool': return view(Uint32Array.from(d, (v) => (v !== 0 ? 1 : 0)));
  }
}

/** A tensor from its device representation at `offset` in `bytes` (anything after it is ignored), stored
 *  at its own dtype: f32, i32 and u32 data keep the bytes copied once, unconverted. */
export function fromDeviceData(dtype: DType, shape: readonly number[], bytes: ArrayBuffer | Uint8Array, offset = 0, f16: F16Mode = 'native'): Tensor {
  const n = storageBytes({ dtype, shape }, f16);
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8.byteLength < offset + n) {
    throw new InternalError(`device data of ${u8.byteLength} bytes cannot hold ${dtype}${formatShape(shape)} (${n} bytes at ${offset})`);
  }
  // copy into a fresh buffer, so the typed views below are aligned
  const buf = u8.slice(offset, offset + n).buffer;
  let data: TensorData;
  switch (dtype) {
    case 'f32': case 'c64': data = new Float32Array(buf); break;
    case 'f16': data = f16 === 'native' ? Float32Array.from(new Uint16Array(buf), (h) => f16BitsToF32(h)) : new Float32Array(buf); break;
    case 'i32': data = new Int32Array(buf); break;
    case 'u32': data = new Uint32Array(buf); break;
    case 'bool': data = Uint8Array.from(new Uint32Array(buf), (v) => (v !== 0 ? 1 : 0)); break;
  }
  return new Tensor(dtype, shape, data);
}
