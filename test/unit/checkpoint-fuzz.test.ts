// Mutated checkpoints: every one loads or ends in a typed error; none crashes with an untyped one.
// Mutations target what the CRC does not cover: the zip's headers and directory, and the pickle itself
// (fed to the reader directly, with storages stubbed).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempofuseError } from '../../ir/errors.ts';
import { declaredBy } from '../../runtime/bindings.ts';
import { loadCheckpoint } from '../../runtime/checkpoint/load.ts';
import { unpickle } from '../../runtime/checkpoint/pickle.ts';
import { memorySource } from '../../io/source.ts';
import { readZip } from '../../runtime/checkpoint/zip.ts';
import { Rng } from '../../runtime/random.ts';
import { convBnGraph, writeCheckpoints } from '../helpers/checkpoints.ts';

let dir: string;
let pth: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-ckpt-fuzz-'));
  await writeCheckpoints(dir);
  pth = await readFile(join(dir, 'plain.pth'));
}, 120_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

/** A copy with 1 to 4 bytes set at random within [from, to). */
function mutate(bytes: Uint8Array, rng: Rng, from: number, to: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  for (let k = rng.int(1, 5); k > 0; k--) out[rng.int(from, to)] = rng.int(0, 256);
  return out;
}

/** 'ok' or 'typed'; anything else thrown fails the test with what it was. */
function outcome(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (e) {
    if (e instanceof TempofuseError) return 'typed';
    throw new Error(`untyped ${(e as Error).name}: ${(e as Error).message}`);
  }
}

describe('mutated checkpoints', () => {
  it('pickles with bytes changed at random: a value or a CheckpointError', () => {
    const pkl = readZip(memorySource(pth, 'plain.pth')).get('plain/data.pkl')!.read();
    const rng = new Rng(1);
    const counts = { ok: 0, typed: 0 };
    for (let i = 0; i < 2000; i++) {
      const bad = mutate(pkl, rng, 0, pkl.length);
      counts[outcome(() => unpickle(bad, () => ({ kind: 'storage' }), 'fuzz')) as 'ok' | 'typed']++;
      counts[outcome(() => unpickle(bad.subarray(0, rng.int(0, bad.length)), () => null, 'fuzz')) as 'ok' | 'typed']++;
    }
    expect(counts.typed).toBeGreaterThan(0);
  });

  it('zip headers and directory with bytes changed at random: parameters or a typed error', async () => {
    const declared = declaredBy(convBnGraph(), 'param');
    const rng = new Rng(2);
    const file = join(dir, 'mutated.pth');
    let typed = 0;
    for (let i = 0; i < 300; i++) {
      // the first local header, or the central directory and end record at the end of the file
      const bad = i % 2 ? mutate(pth, rng, 0, 100) : mutate(pth, rng, pth.length - 800, pth.length);
      await writeFile(file, bad);
      try {
        await loadCheckpoint(file, declared, 'param');
      } catch (e) {
        if (!(e instanceof TempofuseError)) throw new Error(`untyped ${(e as Error).name}: ${(e as Error).message}`);
        typed++;
      }
    }
    expect(typed).toBeGreaterThan(0);
  });
});
