// Reading a zip archive as torch.save writes one: entries stored (torch) or deflated (an archive repacked
// by another tool), zip64 records for large files. The archive is read by position: its central directory
// when opened, an entry's bytes only when asked for. Every offset and size is checked against the file, and
// each entry's CRC-32 against its bytes, so a truncated or corrupted archive is an error, not wrong values.
import { kMaxLength } from 'node:buffer';
import { crc32, inflateRawSync } from 'node:zlib';
import { CheckpointError } from '../../ir/errors.ts';
import { readBytes, type ByteSource } from '../../io/source.ts';

export interface ZipEntry {
  readonly name: string;
  /** Its size once inflated, as the central directory says (read() checks it). */
  readonly size: number;
  /** The entry's bytes, inflated when it was deflated, in an array of their own. */
  read(): Uint8Array;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U16 = 0xffff;
const MAX_U32 = 0xffffffff;
/** The end record (22 bytes) ends the file but for a comment of up to 64 KiB; a zip64 locator (20 bytes)
 *  precedes it. */
const TAIL = 22 + MAX_U16 + 20;
/** A central directory larger than this is not torch's (a few hundred bytes per tensor): corrupted. */
const MAX_DIRECTORY = 2 ** 28;
/** CRC-32 is taken over pieces of this size. */
const CRC_STEP = 2 ** 28;

export const isZip = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The archive's entries by name, none of their data read yet. */
export function readZip(src: ByteSource): Map<string, ZipEntry> {
  const bad = (msg: string, info: { expected?: string; found?: string } = {}) => new CheckpointError(`${src.name}: ${msg}`, info);
  const need = (at: number, len: number, what: string) => {
    if (at < 0 || at + len > src.size) throw bad(`the zip ${what} runs past the end of the file (truncated?)`, { expected: `<= ${src.size} bytes`, found: `${at + len}` });
  };

  const tailAt = Math.max(0, src.size - TAIL);
  const tail = viewOf(readBytes(src, tailAt, src.size - tailAt));
  const end = findEndRecord(tail);
  if (end < 0) throw bad('is not a complete zip archive: no end-of-central-directory record (truncated?)');
  let count = tail.getUint16(end + 10, true);
  let dirSize = tail.getUint32(end + 12, true);
  let dirAt = tail.getUint32(end + 16, true);
  // A zip64 archive says so by the locator before the end record; its fields there may still fit 32 bits
  // (they are the minimum of the true value and the marker), so the zip64 record is read whenever present.
  if (end >= 20 && tail.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const rec = Number(tail.getBigUint64(end - 20 + 8, true));
    need(rec, 56, 'zip64 end record');
    const r = viewOf(readBytes(src, rec, 56));
    if (r.getUint32(0, true) !== ZIP64_EOCD) throw bad('has a malformed zip64 end record');
    count = Number(r.getBigUint64(32, true));
    dirSize = Number(r.getBigUint64(40, true));
    dirAt = Number(r.getBigUint64(48, true));
  } else if (count === MAX_U16 || dirSize === MAX_U32 || dirAt === MAX_U32) {
    throw bad('has a zip64 end record without its locator');
  }
  need(dirAt, dirSize, 'central directory');
  if (dirSize > MAX_DIRECTORY) throw bad('has a central directory too large for a torch.save file (corrupted?)', { expected: `<= ${MAX_DIRECTORY} bytes`, found: `${dirSize}` });
  const dir = readBytes(src, dirAt, dirSize);
  const view = viewOf(dir);
  const inDir = (at: number, len: number, what: string) => {
    if (at + len > dir.length) throw bad(`the zip ${what} runs past the end of the central directory (truncated?)`, { expected: `<= ${dir.length} bytes`, found: `${at + len}` });
  };

  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    inDir(at, 46, 'central directory');
    if (view.getUint32(at, true) !== CENTRAL) throw bad(`has a malformed central directory entry ${i}`);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    let packed = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true), extraLen = view.getUint16(at + 30, true), commentLen = view.getUint16(at + 32, true);
    let local = view.getUint32(at + 42, true);
    inDir(at + 46, nameLen + extraLen, 'central directory');
    const name = Buffer.from(dir.subarray(at + 46, at + 46 + nameLen)).toString('utf8');
    // zip64: the fields that overflowed 32 bits (marked 0xffffffff) are in extra field 0x0001, in this order
    if (size === MAX_U32 || packed === MAX_U32 || local === MAX_U32) {
      const z = findExtra(view, at + 46 + nameLen, extraLen, 0x0001);
      if (!z) throw bad(`entry '${name}' has a zip64 size or offset without its zip64 extra field`);
      let f = z.at;
      const next = (): number => {
        if (f + 8 > z.at + z.len) throw bad(`the zip64 extra field of '${name}' is too short`, { expected: `>= ${f + 8 - z.at} bytes`, found: `${z.len}` });
        f += 8;
        return Number(view.getBigUint64(f - 8, true));
      };
      if (size === MAX_U32) size = next();
      if (packed === MAX_U32) packed = next();
      if (local === MAX_U32) local = next();
    }
    need(local, 30 + packed, `entry '${name}'`);
    entries.set(name, { name, size, read: () => readEntry(src, bad, need, { name, method, crc, packed, size, local }) });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

interface Located { name: string; method: number; crc: number; packed: number; size: number; local: number }

function readEntry(src: ByteSource, bad: (msg: string, info?: { expected?: string; found?: string }) => CheckpointError, need: (at: number, len: number, what: string) => void, e: Located): Uint8Array {
  const head = viewOf(readBytes(src, e.local, 30));
  if (head.getUint32(0, true) !== LOCAL) throw bad(`has a malformed local header for '${e.name}'`);
  // the local header's own extra field (zip64 sizes, torch's alignment padding) is skipped whole
  const dataAt = e.local + 30 + head.getUint16(26, true) + head.getUint16(28, true);
  need(dataAt, e.packed, `entry '${e.name}'`);
  let data: Uint8Array;
  if (e.method === 0) data = readBytes(src, dataAt, e.packed);
  else if (e.method === 8) {
    // inflating stops past the size the directory gives, so that a small entry cannot expand without bound
    try { data = inflateRawSync(readBytes(src, dataAt, e.packed), { maxOutputLength: Math.min(Math.max(1, e.size + 1), kMaxLength) }); } catch { throw bad(`entry '${e.name}' does not inflate to its ${e.size} bytes (corrupted)`); }
  } else throw bad(`entry '${e.name}' uses a zip compression method this reader does not know`, { expected: '0 (stored) or 8 (deflated)', found: String(e.method) });
  if (data.length !== e.size) throw bad(`entry '${e.name}' has the wrong size`, { expected: `${e.size} bytes`, found: `${data.length}` });
  let crc = 0;
  for (let i = 0; i < data.length; i += CRC_STEP) crc = crc32(data.subarray(i, i + CRC_STEP), crc);
  if (crc !== e.crc) throw bad(`entry '${e.name}' fails its CRC-32 check (corrupted)`);
  return data;
}

const viewOf = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** The end-of-central-directory record: the last 22+ bytes, before an archive comment of up to 64 KiB. */
function findEndRecord(view: DataView): number {
  for (let at = view.byteLength - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** Where the data of extra field `id` is within [at, at + len), and its length. */
function findExtra(view: DataView, at: number, len: number, id: number): { at: number; len: number } | undefined {
  for (let p = at; p + 4 <= at + len;) {
    const size = view.getUint16(p + 2, true);
    if (view.getUint16(p, true) === id) return { at: p + 4, len: Math.min(size, at + len - p - 4) };
    p += 4 + size;
  }
  return undefined;
}
