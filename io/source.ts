// A tensor file read by position: its header first, then only the bytes of the tensors a network asks
// for, each straight into the array that keeps it. A file is never read whole, so its size is not bound by
// Node's limit on one read (2 GiB), and the tensors nobody asked for cost no memory.
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { FileError } from '../ir/errors.ts';

export interface ByteSource {
  /** The file's path (or a name for bytes in memory), for errors. */
  readonly name: string;
  readonly size: number;
  /** Fills `into` with the bytes from offset `at` on; the caller has checked that they are in the file. */
  readInto(at: number, into: Uint8Array): void;
}

/** Reads above this size are split: one readSync of 2 GiB or more fails. */
const MAX_READ = 2 ** 29;

const errno = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** `length` bytes from `at`, in an array of their own (so that a typed array can view them aligned). */
export function readBytes(src: ByteSource, at: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  src.readInto(at, out);
  return out;
}

export function memorySource(bytes: Uint8Array, name: string): ByteSource {
  return { name, size: bytes.length, readInto: (at, into) => into.set(bytes.subarray(at, at + into.length)) };
}

/** The file at `path`, open until `use` returns; a file that cannot be read is a FileError naming it. */
export function withFileSource<T>(path: string, use: (src: ByteSource) => T): T {
  const fail = (e: unknown): never => { throw new FileError(`cannot read ${path}: ${errno(e)}`); };
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return fail(e);
  }
  try {
    let st: Stats;
    try {
      st = fstatSync(fd);
    } catch (e) {
      return fail(e);
    }
    if (st.isDirectory()) fail({ code: 'EISDIR' }); // opened, but not to be read
    return use({ name: path, size: st.size, readInto: (at, into) => readAt(fd, path, at, into) });
  } finally {
    closeSync(fd);
  }
}

function readAt(fd: number, path: string, at: number, into: Uint8Array): void {
  for (let done = 0; done < into.length;) {
    let n: number;
    try {
      n = readSync(fd, into, done, Math.min(MAX_READ, into.length - done), at + done);
    } catch (e) {
      throw new FileError(`cannot read ${path}: ${errno(e)}`);
    }
    // the size was checked when the file was opened: it has been cut short since
    if (n === 0) throw new FileError(`cannot read ${path}: it ends at byte ${at + done}, before the ${into.length} bytes from ${at} it had when opened (changed while read?)`);
    done += n;
  }
}
