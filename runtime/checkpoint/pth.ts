// torch.save's file format (the default since PyTorch 1.6): a zip archive whose entries sit under one
// folder, `<name>/data.pkl` (the pickled object, storages replaced by persistent ids), `<name>/data/<key>`
// (each storage's raw bytes), `<name>/byteorder` ("little" or "big"; absent means little) and
// `<name>/version`; torch >= 2 adds `.format_version`, `.storage_alignment` and `.data/` records, none of
// which this reader needs (a storage's bytes are found through its zip entry, however aligned). A tensor is
// a view of a storage: an element offset, sizes and strides, so a transposed or sliced tensor is gathered
// here into row-major order. A storage is read only when a tensor asked for uses it.
import { CheckpointError } from '../../ir/errors.ts';
import { formatShape, numel, SIZE_LIMIT, type TensorData } from '../../ir/tensor.ts';
import { describe, PyGlobal, unpickle, type PyValue, type TensorView } from './pickle.ts';
import { readBytes, type ByteSource } from '../../io/source.ts';
import { ELEMENT, readsInPlace, storedArray, storedLanes, type StoredDType, type StoredTensor } from '../../io/stored-tensor.ts';
import { isZip, readZip, type ZipEntry } from './zip.ts';

const STORAGE_DTYPE: Record<string, StoredDType> = {
  FloatStorage: 'F32', DoubleStorage: 'F64', HalfStorage: 'F16', BFloat16Storage: 'BF16', LongStorage: 'I64', IntStorage: 'I32',
  ShortStorage: 'I16', CharStorage: 'I8', ByteStorage: 'U8', BoolStorage: 'BOOL', ComplexFloatStorage: 'C64',
};

interface Storage {
  readonly kind: 'storage';
  readonly dtype: StoredDType;
  readonly key: string;
  /** Elements it holds (lanes for complex). */
  readonly length: number;
  /** Its bytes, read from the file on each call (only the tensors asked for are read). */
  read(): Uint8Array;
}

export interface TorchFile {
  /** The unpickled object: usually a dict (a state dict, or a training checkpoint holding one). */
  readonly root: PyValue;
  /** Byte order of the storages. */
  readonly littleEndian: boolean;
}

/** A pickle stream, which is how the legacy (non-zip) torch.save format and plain pickles begin. */
export const isPickle = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x80 && bytes[1] >= 2 && bytes[1] <= 5;

export function readTorchFile(src: ByteSource): TorchFile {
  const source = src.name;
  const start = readBytes(src, 0, Math.min(4, src.size));
  if (!isZip(start)) {
    if (isPickle(start)) {
      throw new CheckpointError(`${source}: is in PyTorch's legacy (non-zip) format, which this reader does not read; re-save it with torch.save's default format (torch.save(obj, path) without _use_new_zipfile_serialization=False) or convert it to .safetensors`);
    }
    throw new CheckpointError(`${source}: is not a torch.save file`, { expected: 'a zip archive (starts with PK)', found: `bytes ${[...start].map((b) => b.toString(16).padStart(2, '0')).join(' ')}` });
  }
  const entries = readZip(src);
  const pkl = [...entries.keys()].filter((n) => /^[^/]+\/data\.pkl$/.test(n));
  if (pkl.length !== 1) throw new CheckpointError(`${source}: is a zip archive but not a torch.save file`, { expected: 'one <name>/data.pkl entry', found: `${pkl.length}` });
  const folder = pkl[0].slice(0, -'/data.pkl'.length);
  const order = entries.get(`${folder}/byteorder`);
  const orderText = order ? Buffer.from(order.read()).toString('utf8').trim() : 'little';
  if (orderText !== 'little' && orderText !== 'big') throw new CheckpointError(`${source}: has an unknown byte order`, { expected: 'little or big', found: orderText });
  const storages = new Map<string, Storage>();
  const root = unpickle(entries.get(pkl[0])!.read(), (pid) => storageOf(pid, folder, entries, storages, source), source);
  return { root, littleEndian: orderText === 'little' };
}

/** A persistent id ('storage', <torch.XStorage>, key, location, numel): the storage's bytes, read once. */
function storageOf(pid: PyValue, folder: string, entries: Map<string, ZipEntry>, seen: Map<string, Storage>, source: string): Storage {
  const bad = (msg: string, info: { expected?: string; found?: string } = {}) => new CheckpointError(`${source}: ${msg}`, info);
  if (!Array.isArray(pid) || pid[0] !== 'storage' || pid.length < 5) throw bad('the pickle refers to an object outside it that is not a storage', { found: describe(pid) });
  const [, type, key] = pid;
  const dtype = type instanceof PyGlobal && type.module === 'torch' ? STORAGE_DTYPE[type.name] : undefined;
  if (!dtype) throw bad('has a storage of a type this reader does not know', { expected: Object.keys(STORAGE_DTYPE).map((n) => `torch.${n}`).join(', '), found: describe(type) });
  const k = String(key);
  const known = seen.get(k);
  if (known) return known;
  const entry = entries.get(`${folder}/data/${k}`);
  if (!entry) throw bad(`has no entry for storage ${k}`, { expected: `${folder}/data/${k}` });
  const storage: Storage = { kind: 'storage', dtype, key: k, length: Math.floor(entry.size / ELEMENT[dtype].bytes), read: () => entry.read() };
  seen.set(k, storage);
  return storage;
}

/** The tensor's elements in row-major order, wherever its strides put them in the storage. */
export function storedTensorOf(t: TensorView, file: TorchFile, name: string, source: string): StoredTensor {
  const s = t.storage as Storage;
  if (s?.kind !== 'storage') throw new CheckpointError(`${source}: tensor '${name}' is not backed by a storage in the file`, { found: describe(t.storage) });
  const n = numel(t.shape);
  const lanes = storedLanes(s.dtype);
  if (n * lanes > SIZE_LIMIT) throw new CheckpointError(`${source}: tensor '${name}' is too large`, { expected: `at most ${SIZE_LIMIT} values`, found: `${s.dtype}${formatShape(t.shape)}` });
  const last = t.offset + t.shape.reduce((acc, d, i) => acc + (d - 1) * t.stride[i], 0);
  if (n > 0 && (last + 1) * lanes > s.length) {
    throw new CheckpointError(`${source}: tensor '${name}' (${s.dtype}${formatShape(t.shape)}) reaches past the end of storage ${s.key}`, { expected: `<= ${s.length / lanes} elements`, found: `element ${last}` });
  }
  if (n === 0) return { dtype: s.dtype, shape: t.shape, data: storedArray(s.dtype, 0) };
  const bytes = s.read();
  // A tensor that is its whole storage, in row-major order, keeps the bytes read where they can be its array
  if (n * lanes === s.length && t.offset === 0 && isRowMajor(t) && readsInPlace(s.dtype, file.littleEndian)) {
    const Typed = storedArray(s.dtype, 0).constructor as new (b: ArrayBufferLike, at: number, n: number) => Float64Array | TensorData;
    if (bytes.byteOffset % ELEMENT[s.dtype].bytes === 0) return { dtype: s.dtype, shape: t.shape, data: new Typed(bytes.buffer, bytes.byteOffset, n * lanes) };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data = storedArray(s.dtype, n * lanes);
  const { bytes: size, read } = ELEMENT[s.dtype];
  const index = new Array<number>(t.shape.length).fill(0);
  let at = t.offset;
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < lanes; l++) data[i * lanes + l] = read(view, (at * lanes + l) * size, file.littleEndian);
    // Step the multi-index like an odometer, moving `at` by the strides.
    for (let d = index.length - 1; d >= 0; d--) {
      at += t.stride[d];
      if (++index[d] < t.shape[d]) break;
      at -= t.stride[d] * t.shape[d];
      index[d] = 0;
    }
  }
  return { dtype: s.dtype, shape: t.shape, data };
}

/** Strides of a row-major layout (a dimension of size 1 takes any stride). */
function isRowMajor(t: TensorView): boolean {
  let acc = 1;
  for (let d = t.shape.length - 1; d >= 0; d--) {
    if (t.shape[d] !== 1 && t.stride[d] !== acc) return false;
    acc *= t.shape[d];
  }
  return true;
}
