// torch.save checkpoints read without Python: the zip archive, the restricted pickle, nested state dicts,
// prefixes, --strict, dtype conversion and strided views, against files PyTorch itself wrote.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError, ParamMismatchError } from '../../ir/errors.ts';
import { declaredBy, type Declared } from '../../runtime/bindings.ts';
import { loadCheckpoint, type CheckpointOptions } from '../../runtime/checkpoint/load.ts';
import { Opaque, unpickle } from '../../runtime/checkpoint/pickle.ts';
import { storedTensorOf } from '../../runtime/checkpoint/pth.ts';
import { convBnGraph, decl, dtypeCases, failure, writeCheckpoints, type ExpectedValues } from '../helpers/checkpoints.ts';

let dir: string;
let want: ExpectedValues;
const declared = declaredBy(convBnGraph(), 'param');
const file = (name: string) => join(dir, name);
const load = (name: string, opts?: CheckpointOptions, d: readonly Declared[] = declared) => loadCheckpoint(file(name), d, 'param', opts);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-ckpt-'));
  want = await writeCheckpoints(dir);
}, 120_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

/** Every declared parameter holds the model's values (f32 as stored). */
function expectModelValues(tensors: Map<string, { data: ArrayLike<number> }>): void {
  expect([...tensors.keys()].sort()).toEqual(declared.map((d) => d.name).sort());
  for (const d of declared) expect(Array.from(tensors.get(d.name)!.data), d.name).toEqual(want.state_dict[d.name].map(Math.fround));
}

describe('torch.save files', () => {
  it('a plain state dict loads; BatchNorm\'s num_batches_tracked is skipped with a note', async () => {
    const { tensors, notes } = await load('plain.pth');
    expectModelValues(tensors);
    expect(notes).toEqual([`${file('plain.pth')}: skipped 1 BatchNorm step counter(s) (num_batches_tracked), which no block uses`]);
  });

  it('a training checkpoint with the state dict under state_dict (and an argparse.Namespace beside it) loads', async () => {
    const { tensors, notes } = await load('nested.pth.tar');
    expectModelValues(tensors);
    expect(notes[0]).toBe(`${file('nested.pth.tar')}: using the state dict under the key 'state_dict'`);
  });

  it("DataParallel's module. prefix under 'model' is detected, and named with --strip-prefix; an extra key needs --strict false", async () => {
    const detected = await failure(load('module.pt'));
    expect(detected).toBeInstanceOf(ParamMismatchError);
    expect(detected.message).toContain("unexpected param 'extra.weight': the network has no such param (--strict false ignores it)");
    const loose = await load('module.pt', { strict: false });
    expectModelValues(loose.tensors);
    expect(loose.notes).toContain(`no key of ${file('module.pt')} is a parameter name as it is; removed the prefix 'module.' (then 6 of 6 names match; --strip-prefix module. chooses it)`);
    expect(loose.notes).toContain(`${file('module.pt')}: ignored 1 key(s) the network does not declare (--strict false): extra.weight`);
    const named = await load('module.pt', { strict: false, stripPrefix: 'module.' });
    expectModelValues(named.tensors);
    expect(named.notes.some((n) => n.includes('removed the prefix'))).toBe(false);
  });

  it('missing keys are an error naming them, whatever --strict says', async () => {
    const e = await failure(load('parameters.pth', { strict: false }));
    expect(e).toBeInstanceOf(ParamMismatchError);
    expect(e.message).toContain(file('parameters.pth'));
    expect(e.message).toContain("missing param '1.running_mean' (f32[3])");
    expect(e.message).toContain("missing param '1.running_var' (f32[3])");
  });

  it('an archive whose entries are deflated loads the same values', async () => {
    expectModelValues((await load('deflated.pth')).tensors);
  });

  it('a corrupted or truncated archive is a CheckpointError, never wrong values', async () => {
    const bytes = await readFile(file('plain.pth'));
    const flipped = Uint8Array.from(bytes);
    const at = bytes.indexOf(Buffer.from('plain/data/0')) + 200; // inside the first storage's bytes
    flipped[at] ^= 0xff;
    await writeFile(file('flipped.pth'), flipped);
    await writeFile(file('truncated.pth'), bytes.subarray(0, bytes.length - 40));
    const e1 = await failure(load('flipped.pth'));
    expect(e1).toBeInstanceOf(CheckpointError);
    expect(e1.message).toMatch(/fails its CRC-32 check \(corrupted\)$/);
    const e2 = await failure(load('truncated.pth'));
    expect(e2).toBeInstanceOf(CheckpointError);
    expect(e2.message).toContain('not a complete zip archive');
  });

  it('the legacy (non-zip) format is refused with what to do instead', async () => {
    const e = await failure(load('legacy.pth'));
    expect(e).toBeInstanceOf(CheckpointError);
    expect(e.message).toMatch(/legacy \(non-zip\) format.*re-save it with torch\.save's default format.*\.safetensors$/);
  });
});

describe('dtypes and views in a torch.save file', () => {
  dtypeCases((d) => load('dtypes.pth', { strict: false }, d), () => want.typed);

  it('a transposed view and a strided slice with an offset into a shared storage read in row-major order', async () => {
    const { tensors } = await load('dtypes.pth', { strict: false }, [decl('transposed', 'f32', [6, 4]), decl('strided', 'f32', [3, 3])]);
    expect([...tensors.get('transposed')!.data]).toEqual(want.typed.transposed);
    expect([...tensors.get('strided')!.data]).toEqual([6, 8, 10, 12, 14, 16, 18, 20, 22]);
  });
});

describe('tensor views', () => {
  const storage = { kind: 'storage', dtype: 'F32', key: '0', length: 4, read: () => new Uint8Array(16) };
  const view = (offset: number, shape: number[], stride: number[]) => ({ kind: 'tensor' as const, storage, offset, shape, stride });
  const file = { root: null, littleEndian: true };

  it('a view reaching past its storage is an error, not bytes from elsewhere', () => {
    expect(() => storedTensorOf(view(2, [3], [1]), file, 'w', 'f.pth')).toThrow("f.pth: tensor 'w' (F32[3]) reaches past the end of storage 0 (expected <= 4 elements, found element 4)");
    expect(storedTensorOf(view(1, [3], [1]), file, 'w', 'f.pth').data).toHaveLength(3);
  });

  it('a view too large to hold is refused before anything is allocated', () => {
    expect(() => storedTensorOf(view(0, [1e6, 1e6], [0, 0]), file, 'w', 'f.pth')).toThrow(/f\.pth: tensor 'w' is too large/);
  });
});

describe('the pickle reader', () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
  const noStorage = () => { throw new Error('no storage expected'); };

  it('calls nothing: a global other than those torch.save uses becomes an opaque value', () => {
    const v = unpickle(bytes('\x80\x02cposix\nsystem\nX\x04\x00\x00\x00echo\x85R.'), noStorage, 'evil.pkl');
    expect(v).toEqual(new Opaque('posix.system'));
  });

  it('refuses the text protocol opcodes with a typed error', () => {
    expect(() => unpickle(bytes("cos\nsystem\n(S'echo hi'\ntR."), noStorage, 'old.pkl')).toThrow(CheckpointError);
    expect(() => unpickle(bytes("cos\nsystem\n(S'echo hi'\ntR."), noStorage, 'old.pkl')).toThrow(/^old\.pkl: the pickle uses opcode 0x53, which this reader does not accept \(the opcode at pickle byte 12\)/);
  });

  it('a truncated or malformed pickle is a typed error', () => {
    expect(() => unpickle(bytes('\x80\x02X\xff\x00\x00\x00ab'), noStorage, 'p')).toThrow(/ends in the middle of an opcode/);
    expect(() => unpickle(bytes('\x80\x02t.'), noStorage, 'p')).toThrow(/closes a mark it never opened/);
  });
});
