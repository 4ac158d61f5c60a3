// .safetensors: an 8-byte little-endian header length, a JSON header mapping each tensor name to
// {dtype, shape, data_offsets: [begin, end]} (offsets relative to the data section, which follows the
// header), and the raw little-endian data. Optional "__metadata__" holds string pairs.
// Tensors of this project's dtypes are written as F32, F16, I32, U32, BOOL and C64 (complex of two f32);
// reading also accepts what PyTorch writes (F64, BF16, I64, I16, I8, U8), kept as stored tensors for a
// loader to convert to the dtypes a network declares (io/stored-tensor.ts).
// The tensors' byte ranges must tile the data section exactly: in order of offset, each begins where the
// previous one ends, and the last ends at the end of the file, so no tensor can read another's bytes.
// A file is read by position (io/source.ts): the header, then each tensor wanted.
import { byteSize, f32ToF16Bits } from '../ir/dtype.ts';
import { SafetensorsError } from '../ir/errors.ts';
import { describeValue, jsonSyntaxError } from '../ir/json.ts';
import { Tensor, numel, formatShape, SIZE_LIMIT } from '../ir/tensor.ts';
import { memorySource, readBytes, withFileSource, type ByteSource } from './source.ts';
import { DTYPE_OF, ELEMENT, isStoredDType, readStored, STORED_DTYPES, tensorOf, STORED_OF, storedLanes, type StoredDType, type StoredTensor } from './stored-tensor.ts';
import { writeFileAtomic } from './files.ts';

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
    const size = numel(t.shape) * byteSize(t.dtype);
    header[name] = { dtype: STORED_OF[t.dtype], shape: [...t.shape], data_offsets: [offset, offset + size] };
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
    at += numel(t.shape) * byteSize(t.dtype);
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

/** Tensors of the project's dtypes; a tensor of another dtype (I64, F64, ...) is an error here: those are
 *  read against a network's declarations by runtime/checkpoint/load.ts. */
export function decodeSafetensors(bytes: Uint8Array, source = 'buffer'): SafetensorsFile {
  return readSafetensors(memorySource(bytes, source));
}

function readSafetensors(src: ByteSource): SafetensorsFile {
  const { tensors, metadata } = readSafetensorsHeader(src);
  for (const [name, e] of tensors) {
    if (!DTYPE_OF[e.dtype]) throw new SafetensorsError(`${src.name}: tensor '${name}' has a dtype no tempofuse tensor holds`, { expected: Object.values(STORED_OF).join(', '), found: e.dtype });
  }
  const out = new Map<string, Tensor>();
  for (const [name, e] of tensors) out.set(name, tensorOf(DTYPE_OF[e.dtype]!, e.shape, readSafetensorsTensor(src, name, e).data));
  return { tensors: out, metadata };
}

/** A tensor as the header describes it: where its bytes begin in the file. */
export interface SafetensorsEntry {
  readonly dtype: StoredDType;
  readonly shape: readonly number[];
  readonly at: number;
}

/** The safetensors spec's bound on the header, which is read (and parsed) whole. */
const MAX_HEADER = 100_000_000;

/** The header of the .safetensors file `src`, checked against the file's size; no tensor's bytes are read. */
export function readSafetensorsHeader(src: ByteSource): { tensors: Map<string, SafetensorsEntry>; metadata: Record<string, string> } {
  const bad = (msg: string, info: { expected?: string; found?: string } = {}) => new SafetensorsError(`${src.name}: ${msg}`, info);
  if (src.size < 8) throw bad('too short to hold a header', { expected: '>= 8 bytes', found: `${src.size}` });
  const hlen = Number(new DataView(readBytes(src, 0, 8).buffer).getBigUint64(0, true));
  if (8 + hlen > src.size) throw bad('header length runs past the end of the file', { expected: `<= ${src.size - 8}`, found: `${hlen}` });
  if (hlen > MAX_HEADER) throw bad('header is larger than a .safetensors header may be', { expected: `<= ${MAX_HEADER} bytes`, found: `${hlen}` });
  const text = Buffer.from(readBytes(src, 8, hlen)).toString('utf8');
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(text);
  } catch (e) {
    throw bad(`header is not valid JSON (${jsonSyntaxError(e, text)})`);
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) throw bad('header is not a JSON object');
  const dataStart = 8 + hlen;
  const dataLen = src.size - dataStart;
  const entries: { name: string; dtype: StoredDType; shape: number[]; begin: number; end: number }[] = [];
  let metadata: Record<string, string> = {};
  for (const [name, info] of Object.entries(header)) {
    if (name === '__metadata__') {
      if (!isRecord(info) || !Object.values(info).every((v) => typeof v === 'string')) throw bad('__metadata__ is not an object of strings', { expected: '{"key": "value", ...}', found: describeValue(info) });
      metadata = info as Record<string, string>;
      continue;
    }
    if (!isRecord(info)) throw bad(`tensor '${name}' is not described by an object`, { expected: '{"dtype", "shape", "data_offsets"}', found: describeValue(info) });
    const e = info as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    if (!isStoredDType(e.dtype)) throw bad(`tensor '${name}' has an unsupported dtype`, { expected: STORED_DTYPES.join(', '), found: typeof e.dtype === 'string' ? e.dtype : describeValue(e.dtype) });
    if (!Array.isArray(e.shape) || !e.shape.every((x) => Number.isSafeInteger(x) && x >= 0)) throw bad(`tensor '${name}' has a malformed shape`, { expected: 'a list of integers from 0 to 2^53 - 1', found: describeValue(e.shape) });
    const off = e.data_offsets;
    if (!Array.isArray(off) || off.length !== 2 || !off.every((x) => Number.isInteger(x) && x >= 0) || off[0] > off[1] || off[1] > dataLen) {
      throw bad(`tensor '${name}' has data_offsets outside the data section`, { expected: `within [0, ${dataLen}]`, found: describeValue(off) });
    }
    const shape = e.shape as number[];
    const size = numel(shape) * storedLanes(e.dtype) * ELEMENT[e.dtype].bytes;
    // huge dimensions make the byte count inexact, or NaN (Infinity * 0) when another dimension is 0
    if (!Number.isSafeInteger(size)) throw bad(`tensor '${name}' has a shape too large to hold`, { expected: 'at most 2^53 bytes', found: formatShape(shape) });
    if (off[1] - off[0] !== size) throw bad(`tensor '${name}' (${e.dtype}${formatShape(shape)}) has the wrong byte length`, { expected: `${size}`, found: `${off[1] - off[0]}` });
    entries.push({ name, dtype: e.dtype, shape, begin: off[0], end: off[1] });
  }
  checkTiling(entries, dataLen, bad);
  return { tensors: new Map(entries.map((e) => [e.name, { dtype: e.dtype, shape: e.shape, at: dataStart + e.begin }])), metadata };
}

/** One tensor's values, read from the file. */
export function readSafetensorsTensor(src: ByteSource, name: string, e: SafetensorsEntry): StoredTensor {
  const n = numel(e.shape);
  if (n * storedLanes(e.dtype) > SIZE_LIMIT) throw new SafetensorsError(`${src.name}: tensor '${name}' is too large`, { expected: `at most ${SIZE_LIMIT} values`, found: `${e.dtype}${formatShape(e.shape)}` });
  return { dtype: e.dtype, shape: e.shape, data: readStored(src, e.at, e.dtype, n) };
}


const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sorted by offset, each range starts where the previous ended and the last ends the data section. */
function checkTiling(entries: readonly { name: string; begin: number; end: number }[], dataLen: number, bad: (msg: string, info: { expected?: string; found?: string }) => SafetensorsError): void {
  const sorted = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let at = 0;
  for (const e of sorted) {
    if (e.begin < at) throw bad(`tensor '${e.name}' has data_offsets overlapping an earlier tensor's bytes`, { expected: `a range starting at ${at}`, found: `[${e.begin},${e.end}]` });
    if (e.begin > at) throw bad(`tensor '${e.name}' has data_offsets leaving a gap in the data section`, { expected: `a range starting at ${at}`, found: `[${e.begin},${e.end}]` });
    at = e.end;
  }
  if (at !== dataLen) throw bad('the data section has bytes that belong to no tensor', { expected: `${at} bytes of data`, found: `${dataLen}` });
}

export async function loadSafetensors(path: string): Promise<SafetensorsFile> {
  return withFileSource(path, readSafetensors);
}

/** Written whole or not at all: a failure leaves an earlier file at `path` as it was. */
export function saveSafetensors(path: string, tensors: ReadonlyMap<string, Tensor> | Record<string, Tensor>, metadata?: Record<string, string>): Promise<void> {
  return writeFileAtomic(path, encodeSafetensors(tensors, metadata));
}
