// Reading a zip archive as torch.save writes one: entries stored (torch) or deflated (an archive repacked
// by another tool), zip64 records for large files. Every offset and size is checked against the file, and
// each entry's CRC-32 against its bytes, so a truncated or corrupted archive is an error, not wrong values.
import { crc32, inflateRawSync } from 'node:zlib';
import { CheckpointError } from '../../ir/errors.ts';

export interface ZipEntry {
  readonly name: string;
  /** The entry's bytes, inflated when it was deflated. */
  read(): Uint8Array;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;

export const isZip = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The archive's entries by name. `source` names the file in errors. */
export function readZip(bytes: Uint8Array, source: string): Map<string, ZipEntry> {
  const bad = (msg: string, info: { expected?: string; found?: string } = {}) => new CheckpointError(`${source}: ${msg}`, info);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const need = (at: number, len: number, what: string) => {
    if (at < 0 || at + len > bytes.length) throw bad(`the zip ${what} runs past the end of the file (truncated?)`, { expected: `<= ${bytes.length} bytes`, found: `${at + len}` });
  };

  const eocd = findEndRecord(view);
  if (eocd < 0) throw bad('is not a complete zip archive: no end-of-central-directory record (truncated?)');
  let count = u16(eocd + 10);
  let dirAt = u32(eocd + 16);
  if (count === 0xffff || dirAt === MAX_U32) {
    const loc = eocd - 20;
    if (loc < 0 || u32(loc) !== ZIP64_LOCATOR) throw bad('has a zip64 end record without its locator');
    const rec = u64(loc + 8);
    need(rec, 56, 'zip64 end record');
    if (u32(rec) !== ZIP64_EOCD) throw bad('has a malformed zip64 end record');
    count = u64(rec + 32);
    dirAt = u64(rec + 48);
  }

  const entries = new Map<string, ZipEntry>();
  let at = dirAt;
  for (let i = 0; i < count; i++) {
    need(at, 46, 'central directory');
    if (u32(at) !== CENTRAL) throw bad(`has a malformed central directory entry ${i}`);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    let packed = u32(at + 20);
    let size = u32(at + 24);
    const nameLen = u16(at + 28), extraLen = u16(at + 30), commentLen = u16(at + 32);
    let local = u32(at + 42);
    need(at + 46, nameLen + extraLen, 'central directory');
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLen)).toString('utf8');
    // zip64: the fields that overflowed 32 bits are in extra field 0x0001, in this order.
    const z64 = findExtra(view, at + 46 + nameLen, extraLen, 0x0001);
    if (z64 >= 0) {
      let f = z64;
      need(f, 24, `zip64 sizes of '${name}'`);
      if (size === MAX_U32) { size = u64(f); f += 8; }
      if (packed === MAX_U32) { packed = u64(f); f += 8; }
      if (local === MAX_U32) local = u64(f);
    }
    need(local, 30, `local header of '${name}'`);
    if (u32(local) !== LOCAL) throw bad(`has a malformed local header for '${name}'`);
    const dataAt = local + 30 + u16(local + 26) + u16(local + 28);
    need(dataAt, packed, `entry '${name}'`);
    const raw = bytes.subarray(dataAt, dataAt + packed);
    entries.set(name, {
      name,
      read: () => {
        let data: Uint8Array;
        if (method === 0) data = raw;
        else if (method === 8) {
          try { data = inflateRawSync(raw); } catch { throw bad(`entry '${name}' does not inflate (corrupted)`); }
        } else throw bad(`entry '${name}' uses a zip compression method this reader does not know`, { expected: '0 (stored) or 8 (deflated)', found: String(method) });
        if (data.length !== size) throw bad(`entry '${name}' has the wrong size`, { expected: `${size} bytes`, found: `${data.length}` });
        if (crc32(data) !== crc) throw bad(`entry '${name}' fails its CRC-32 check (corrupted)`);
        return data;
      },
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The end-of-central-directory record: the last 22+ bytes, before an archive comment of up to 64 KiB. */
function findEndRecord(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** Where the data of extra field `id` begins within [at, at + len), or -1. */
function findExtra(view: DataView, at: number, len: number, id: number): number {
  for (let p = at; p + 4 <= at + len;) {
    const size = view.getUint16(p + 2, true);
    if (view.getUint16(p, true) === id) return p + 4;
    p += 4 + size;
  }
  return -1;
}
