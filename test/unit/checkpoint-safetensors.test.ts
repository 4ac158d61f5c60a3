// .safetensors files as PyTorch users have them: every PyTorch dtype, BatchNorm's I64 counter, and data
// offsets that must tile the data section (no tensor may read another's bytes).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError, SafetensorsError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { declaredBy } from '../../runtime/bindings.ts';
import { loadCheckpoint } from '../../runtime/checkpoint/load.ts';
import { decodeSafetensors, encodeSafetensors, loadSafetensors } from '../../io/safetensors.ts';
import { convBnGraph, dtypeCases, writeCheckpoints, type ExpectedValues } from '../helpers/checkpoints.ts';

let dir: string;
let want: ExpectedValues;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-ckpt-st-'));
  want = await writeCheckpoints(dir);
}, 120_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('PyTorch dtypes in .safetensors', () => {
  dtypeCases((d) => loadCheckpoint(join(dir, 'dtypes.safetensors'), d, 'param', { strict: false }), () => want.typed);

  it("a model's state dict with BatchNorm's I64 num_batches_tracked loads, the counter skipped", async () => {
    const declared = declaredBy(convBnGraph(), 'param');
    const { tensors, notes } = await loadCheckpoint(join(dir, 'plain.safetensors'), declared, 'param');
    for (const d of declared) expect([...tensors.get(d.name)!.data], d.name).toEqual(want.state_dict[d.name].map(Math.fround));
    expect(notes).toEqual([`${join(dir, 'plain.safetensors')}: skipped 1 BatchNorm step counter(s) (num_batches_tracked), which no block uses`]);
  });

  it('a prefix whose removal would make two keys one is refused rather than one silently replacing the other', async () => {
    const file = join(dir, 'twice.safetensors');
    await writeFile(file, encodeSafetensors({ w: Tensor.from('f32', [1], [1]), 'module.w': Tensor.from('f32', [1], [2]) }));
    const load = loadCheckpoint(file, [{ name: 'w', dtype: 'f32', shape: [1] }], 'param', { stripPrefix: 'module.' });
    await expect(load).rejects.toThrow(CheckpointError);
    await expect(load).rejects.toThrow(`${file}: removing the prefix 'module.' gives two keys the name 'w' (expected distinct names, found 'w' and 'module.w')`);
  });

  it('a reader of tempofuse tensors names a dtype it cannot hold', async () => {
    await expect(loadSafetensors(join(dir, 'dtypes.safetensors'))).rejects.toThrow(SafetensorsError);
    await expect(loadSafetensors(join(dir, 'dtypes.safetensors'))).rejects.toThrow(/tensor 'f64' has a dtype no tempofuse tensor holds \(expected F32, F16, I32, U32, BOOL, C64, found F64\)/);
  });
});

describe('data_offsets', () => {
  /** Two f32[2] tensors, a and b, with the header's offsets replaced. */
  function withOffsets(a: [number, number], b: [number, number], dataBytes = 16): Uint8Array {
    const header = JSON.stringify({ a: { dtype: 'F32', shape: [2], data_offsets: a }, b: { dtype: 'F32', shape: [2], data_offsets: b } });
    const out = new Uint8Array(8 + header.length + dataBytes);
    new DataView(out.buffer).setBigUint64(0, BigInt(header.length), true);
    out.set(Buffer.from(header), 8);
    return out;
  }

  it('tensors listed out of offset order still load, each from its own bytes', () => {
    const bytes = encodeSafetensors({ a: Tensor.from('f32', [2], [1, 2]), b: Tensor.from('f32', [2], [3, 4]) });
    const text = Buffer.from(bytes).toString('latin1').replace('[0,8]', '[8,0]').replace('[8,16]', '[0,8]').replace('[8,0]', '[8,16]');
    const t = decodeSafetensors(Buffer.from(text, 'latin1'), 'swapped').tensors;
    expect([...t.get('a')!.data, ...t.get('b')!.data]).toEqual([3, 4, 1, 2]);
  });

  it('overlapping ranges are refused: one tensor would read another\'s bytes', () => {
    expect(() => decodeSafetensors(withOffsets([0, 8], [4, 12], 12), 'f.safetensors')).toThrow(SafetensorsError);
    expect(() => decodeSafetensors(withOffsets([0, 8], [0, 8], 8), 'f.safetensors'))
      .toThrow("f.safetensors: tensor 'b' has data_offsets overlapping an earlier tensor's bytes (expected a range starting at 8, found [0,8])");
  });

  it('a gap between ranges, or bytes after the last one, is refused', () => {
    expect(() => decodeSafetensors(withOffsets([0, 8], [12, 20], 20), 'f.safetensors'))
      .toThrow("f.safetensors: tensor 'b' has data_offsets leaving a gap in the data section (expected a range starting at 8, found [12,20])");
    expect(() => decodeSafetensors(withOffsets([0, 8], [8, 16], 24), 'f.safetensors'))
      .toThrow('f.safetensors: the data section has bytes that belong to no tensor (expected 16 bytes of data, found 24)');
  });
});
