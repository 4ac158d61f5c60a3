// Checkpoints are read by position, not whole: files beyond Node's 2 GiB read limit load (sparse files
// here, which take no disk space), only the tensors a network asks for are read, and the zip forms that
// Debian's torch 1.13 does not write load too: zip64 records and fields, torch >= 2's records and
// 64-byte alignment, big-endian storages (test/oracle/write_zip_checkpoints.py).
import { execFile } from 'node:child_process';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError, FileError, SafetensorsError } from '../../ir/errors.ts';
import type { Declared } from '../../runtime/bindings.ts';
import { loadCheckpoint } from '../../runtime/checkpoint/load.ts';
import { decl, failure } from '../helpers/checkpoints.ts';
import { PYTHON } from '../helpers/oracle.ts';

let dir: string;
let want: Record<string, number[]>;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-ckpt-zip-'));
  await promisify(execFile)(PYTHON, [new URL('../oracle/write_zip_checkpoints.py', import.meta.url).pathname, dir]);
  want = JSON.parse(await readFile(file('expected.json'), 'utf8')) as Record<string, number[]>;
}, 120_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const ALL: Declared[] = [decl('w', 'f32', [2, 3]), decl('i', 'i32', [3]), decl('h', 'f32', [3]), decl('pad', 'u32', [8])];

async function expectValues(name: string, declared: readonly Declared[] = ALL): Promise<string[]> {
  const { tensors, notes } = await loadCheckpoint(file(name), declared, 'param', { strict: false });
  for (const d of declared) expect(Array.from(tensors.get(d.name)!.data), `${name} ${d.name}`).toEqual(want[d.name]);
  return notes;
}

/** The growth of this process's peak resident memory while `run` runs, in bytes. */
async function peakGrowth(run: () => Promise<unknown>): Promise<number> {
  const before = process.resourceUsage().maxRSS;
  await run();
  return (process.resourceUsage().maxRSS - before) * 1024;
}

describe('zip forms torch 1.13 does not write', () => {
  it('zip64 extra fields for every size and offset, and the zip64 end record (Python zipfile)', async () => {
    await expectValues('zip64.pth');
  });

  it('an end record whose fields are the zip64 markers, the values in the zip64 record', async () => {
    await expectValues('zip64-marked.pth');
  });

  it("torch >= 2's layout: byteorder, .format_version, .storage_alignment and .data/ records, data aligned to 64 bytes", async () => {
    await expectValues('torch2.pth');
  });

  it('byteorder "big": every storage converted from big-endian', async () => {
    await expectValues('big-endian.pth');
  });
});

describe('malformed zip64 fields', () => {
  /** zip64.pth with `edit` applied to its bytes, loaded. */
  const edited = async (edit: (b: Buffer) => void) => {
    const bytes = Buffer.from(await readFile(file('zip64.pth')));
    edit(bytes);
    await writeFile(file('edited.pth'), bytes);
    return failure(loadCheckpoint(file('edited.pth'), ALL, 'param'));
  };
  const central = (b: Buffer) => b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));

  it('a zip64 extra field shorter than the fields it must hold', async () => {
    // the first entry's zip64 field holds size, packed size and offset (24 bytes): say 16
    const e = await edited((b) => b.writeUInt16LE(16, central(b) + 46 + b.readUInt16LE(central(b) + 28) + 2));
    expect(e).toBeInstanceOf(CheckpointError);
    expect(e.message).toBe(`${file('edited.pth')}: the zip64 extra field of 'zip64/data.pkl' is too short (expected >= 24 bytes, found 16)`);
  });

  it('a size marked as zip64 without the zip64 extra field', async () => {
    const e = await edited((b) => b.writeUInt16LE(0x9999, central(b) + 46 + b.readUInt16LE(central(b) + 28)));
    expect(e).toBeInstanceOf(CheckpointError);
    expect(e.message).toBe(`${file('edited.pth')}: entry 'zip64/data.pkl' has a zip64 size or offset without its zip64 extra field`);
  });
});

describe('deflated entries', () => {
  it('inflate to the size the directory gives, and no further', async () => {
    await expectValues('deflated.pth');
    const bytes = Buffer.from(await readFile(file('deflated.pth')));
    const entry = bytes.indexOf(Buffer.from('deflated/data.pkl'), bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))) - 46;
    bytes.writeUInt32LE(100, entry + 24); // the pickle, said to be 100 bytes
    await writeFile(file('deflated-short.pth'), bytes);
    const e = await failure(loadCheckpoint(file('deflated-short.pth'), ALL, 'param'));
    expect(e).toBeInstanceOf(CheckpointError);
    expect(e.message).toBe(`${file('deflated-short.pth')}: entry 'deflated/data.pkl' does not inflate to its 100 bytes (corrupted)`);
  });
});

describe('reading by position', () => {
  it('a .pth of 4 GiB loads the tensors asked for, beyond 4 GiB, without reading the rest', async () => {
    const asked = ALL.filter((d) => d.name !== 'pad');
    let notes: string[] = [];
    expect(await peakGrowth(async () => { notes = await expectValues('huge.pth', asked); })).toBeLessThan(2 ** 28);
    expect(notes).toContain(`${file('huge.pth')}: ignored 1 key(s) the network does not declare (--strict false): pad`);
  });

  it('a .safetensors of 2 GiB loads the tensor asked for, beyond 2 GiB, without reading the rest', async () => {
    const pad = 2 ** 31 + 8;
    const header = Buffer.from(JSON.stringify({ pad: { dtype: 'U8', shape: [pad], data_offsets: [0, pad] }, w: { dtype: 'F32', shape: [2], data_offsets: [pad, pad + 8] } }));
    const path = file('huge.safetensors');
    const f = await open(path, 'w');
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(header.length));
    await f.write(Buffer.concat([length, header]), 0, 8 + header.length, 0);
    await f.write(new Uint8Array(new Float32Array([1.5, -3]).buffer), 0, 8, 8 + header.length + pad);
    await f.close();
    let notes: string[] = [];
    const growth = await peakGrowth(async () => {
      const loaded = await loadCheckpoint(path, [decl('w', 'f32', [2])], 'param', { strict: false });
      expect(Array.from(loaded.tensors.get('w')!.data)).toEqual([1.5, -3]);
      notes = loaded.notes;
    });
    expect(growth).toBeLessThan(2 ** 28);
    expect(notes).toEqual([`${path}: ignored 1 key(s) the network does not declare (--strict false): pad`]);
      const asked = await failure(loadCheckpoint(path, [decl('w', 'f32', [2]), decl('pad', 'u32', [pad])], 'param'));
    expect(asked).toBeInstanceOf(SafetensorsError);
    expect(asked.message).toMatch(/: tensor 'pad' is too large \(expected at most \d+ values, found U8\[2147483656\]\)$/);
  });

  it('a .safetensors header beyond the format\'s 100 MB bound is refused before it is read', async () => {
    const path = file('long-header.safetensors');
    const f = await open(path, 'w');
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(200_000_000n);
    await f.write(length, 0, 8, 0);
    await f.truncate(8 + 200_000_000);
    await f.close();
    const e = await failure(loadCheckpoint(path, [decl('w', 'f32', [2])], 'param'));
    expect(e).toBeInstanceOf(SafetensorsError);
    expect(e.message).toBe(`${path}: header is larger than a .safetensors header may be (expected <= 100000000 bytes, found 200000000)`);
  });

  it('a folder or a missing file is a FileError naming it', async () => {
    for (const [path, code] of [[dir, 'EISDIR'], [file('missing.pth'), 'ENOENT']]) {
      const e = await failure(loadCheckpoint(path, ALL, 'param'));
      expect(e).toBeInstanceOf(FileError);
      expect(e.message).toBe(`cannot read ${path}: ${code}`);
    }
  });

  it("a corrupted storage no one asks for is not read; asked for, it fails its CRC-32 check", async () => {
    const bytes = Buffer.from(await readFile(file('torch2.pth')));
    const at = bytes.indexOf(Buffer.from('archive/data/3')) + 'archive/data/3'.length;
    bytes[bytes.indexOf(Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]), at)] ^= 0xff; // the pad tensor's storage
    await writeFile(file('corrupt-pad.pth'), bytes);
    await expectValues('corrupt-pad.pth', ALL.filter((d) => d.name !== 'pad'));
    const e = await failure(loadCheckpoint(file('corrupt-pad.pth'), ALL, 'param'));
    expect(e).toBeInstanceOf(CheckpointError);
    expect(e.message).toBe(`${file('corrupt-pad.pth')}: entry 'archive/data/3' fails its CRC-32 check (corrupted)`);
  });
});
