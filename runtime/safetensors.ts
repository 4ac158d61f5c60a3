// .safetensors: an 8-byte little-endian header length, a JSON header mapping each tensor name to
// {dtype, shape, data_offsets: [begin, end]} (offsets relative to the data section, which follows the
// header), and the raw little-endian data. Optional "__metadata__" holds string pairs.
// Tensors of this project's dtypes map to F32, F16, I32, U32, BOOL and C64 (complex of two f32).
import { readFile } from 'node:fs/promises';
import { f16BitsToF32, f32ToF16Bits, lanes, type DType } from '../ir/dtype.ts';
import { FileError, SafetensorsError } from '../ir/errors.ts';
import { jsonSyntaxError } from '../ir/json.ts';
import { Tensor, hostArray, numel, formatShape, type TensorData } from '../ir/tensor.ts';
import { writeFileAtomic } from './files.ts';

const TO_ST: Record<DType, string> = { f32: 'F32', f16: 'F16', i32: 'I32', u32: 'U32', bool: 'BOOL', c64: 'C64' };
const FROM_ST: Record<string, DType> = Object.fromEntries(Object.entries(TO_ST).map(([k, v]) => [v, k as DType]));
const BYTES: Record<DType, number> = { f32: 4, f16: 2, i32: 4, u32: 4, bool: 1, c64: 8 };

export interface SafetensorsFile {
  tensors: Map<string, Tensor>;
  metadata: Record<string, string>;
}

export function encodeSafetensors(tensors: ReadonlyMap<string, Tensor> | Record<string, Tensor>, metadata: Record<string, string> = {}): Uint8Array {
  const entries: [string, Tensor][] = tensors instanceof Map ? [...tensors.entries()] : Object.entries(tensors);
  const header: Record<string, unknown> = {};
  if (Object.keys(metadata).length) header.__metadata__ = metadata;
  let offset = 0;
  for (const [name, t] of entries) {
    const size = numel(t.shape) * BYTES[t.dtype];
    header[name] = { dtype: TO_ST[t.dtype], shape: [...t.shape], data_offsets: [offset, offset + size] };
    offset += size;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - ((8 + Buffer.byteLength(json)) % 8)) % 8); // align the data section to 8 bytes
  const hbytes = Buffer.from(json, 'utf8');
  const out = new Uint8Array(8 + hbytes.length + offset);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(hbytes.length), true);
  out.set(hbytes, 8);
  let at = 8 + hbytes.length;
  for (const [, t] of entries) {
    writeData(view, at, t);
    at += numel(t.shape) * BYTES[t.dtype];
  }
  return out;
}

function writeData(view: DataView, at: number, t: Tensor): void {
  const d = t.data;
  switch (t.dtype) {
    case 'f32': case 'c64': for (let i = 0; i < d.length; i++) view.setFloat32(at + 4 * i, d[i], true); break;
    case 'f16': for (let i = 0; i < d.length; i++) view.setUint16(at + 2 * i, f32ToF16Bits(d[i]), true); break;
    case 'i32': for (let i = 0; i < d.length; i++) view.setInt32(at + 4 * i, d[i], true); break;
    case 'u32': for (let i = 0; i < d.length; i++) view.setUint32(at + 4 * i, d[i], true); break;
    case 'bool': for (let i = 0; i < d.length; i++) view.setUint8(at + i, d[i] ? 1 : 0); break;
  }
}

export function decodeSafetensors(bytes: Uint8Array, source = 'buffer'): SafetensorsFile {
  const bad = (msg: string, info: { expected?: string; found?: string } = {}) => new SafetensorsError(`${source}: ${msg}`, info);
  if (bytes.length < 8) throw bad('too short to hold a header', { expected: '>= 8 bytes', found: `${bytes.length}` });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hlen = Number(view.getBigUint64(0, true));
  if (8 + hlen > bytes.length) throw bad('header length runs past the end of the file', { expected: `<= ${bytes.length - 8}`, found: `${hlen}` });
  const text = Buffer.from(bytes.subarray(8, 8 + hlen)).toString('utf8');
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(text);
  } catch (e) {
    throw bad(`header is not valid JSON (${jsonSyntaxError(e, text)})`);
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) throw bad('header is not a JSON object');
  const dataStart = 8 + hlen;
  const dataLen = bytes.length - dataStart;
  const tensors = new Map<string, Tensor>();
  let metadata: Record<string, string> = {};
  for (const [name, info] of Object.entries(header)) {
    if (name === '__metadata__') { metadata = info as Record<string, string>; continue; }
    const e = info as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    const dtype = FROM_ST[String(e.dtype)];
    if (!dtype) throw bad(`tensor '${name}' has an unsupported dtype`, { expected: Object.keys(FROM_ST).join(', '), found: String(e.dtype) });
    if (!Array.isArray(e.shape) || !e.shape.every((x) => Number.isInteger(x) && x >= 0)) throw bad(`tensor '${name}' has a malformed shape`, { found: JSON.stringify(e.shape) });
    const off = e.data_offsets;
    if (!Array.isArray(off) || off.length !== 2 || !off.every((x) => Number.isInteger(x) && x >= 0) || off[0] > off[1] || off[1] > dataLen) {
      throw bad(`tensor '${name}' has data_offsets outside the data section`, { expected: `within [0, ${dataLen}]`, found: JSON.stringify(off) });
    }
    const shape = e.shape as number[];
    const size = numel(shape) * BYTES[dtype];
    if (off[1] - off[0] !== size) throw bad(`tensor '${name}' (${dtype}${formatShape(shape)}) has the wrong byte length`, { expected: `${size}`, found: `${off[1] - off[0]}` });
    tensors.set(name, new Tensor(dtype, shape, readData(view, dataStart + off[0], dtype, numel(shape) * lanes(dtype))));
  }
  return { tensors, metadata };
}

function readData(view: DataView, at: number, dtype: DType, n: number): TensorData {
  const d = hostArray(dtype, n);
  switch (dtype) {
    case 'f32': case 'c64': for (let i = 0; i < n; i++) d[i] = view.getFloat32(at + 4 * i, true); break;
    case 'f16': for (let i = 0; i < n; i++) d[i] = f16BitsToF32(view.getUint16(at + 2 * i, true)); break;
    case 'i32': for (let i = 0; i < n; i++) d[i] = view.getInt32(at + 4 * i, true); break;
    case 'u32': for (let i = 0; i < n; i++) d[i] = view.getUint32(at + 4 * i, true); break;
    case 'bool': for (let i = 0; i < n; i++) d[i] = view.getUint8(at + i) ? 1 : 0; break;
  }
  return d;
}

export async function loadSafetensors(path: string): Promise<SafetensorsFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new FileError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return decodeSafetensors(bytes, path);
}

/** Written whole or not at all: a failure leaves an earlier file at `path` as it was. */
export function saveSafetensors(path: string, tensors: ReadonlyMap<string, Tensor> | Record<string, Tensor>, metadata?: Record<string, string>): Promise<void> {
  return writeFileAtomic(path, encodeSafetensors(tensors, metadata));
}
