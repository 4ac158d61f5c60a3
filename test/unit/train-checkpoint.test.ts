// Training checkpoints (train/checkpoint.ts): the state round-trips; a file that is not one is refused by
// name; a training checkpoint loads for inference with its optimizer entries left out; and a process killed
// while writing a checkpoint leaves the previous one whole and loadable.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { saveSafetensors } from '../../io/safetensors.ts';
import { loadCheckpoint } from '../../runtime/checkpoint/load.ts';
import { loadTrainingCheckpoint, saveTrainingCheckpoint, type TrainingState } from '../../train/checkpoint.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'tempofuse-train-ckpt-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const state: TrainingState = { version: 1, step: 12, epoch: 2, batchInEpoch: 3, seed: 9, best: { accuracy: 0.75, epoch: 1 }, settings: { lr: 0.1, optimizer: 'sgd' } };
const params = new Map([
  ['fc.weight', Tensor.from('f32', [2, 2], [1, -2, 3, 0.5])], ['bn.running_mean', Tensor.from('f32', [2], [0.1, 0.2])],
  ['optim.momentum_buffer.fc.weight', Tensor.from('f32', [2, 2], [0, 1, 0, 1])],
]);

describe('training checkpoints', () => {
  it('round-trip parameters, optimizer state and the run state', async () => {
    const path = join(dir, 'a.safetensors');
    await saveTrainingCheckpoint(path, params, state);
    const back = await loadTrainingCheckpoint(path);
    expect(back.state).toEqual(state);
    expect([...back.params.keys()]).toEqual([...params.keys()]);
    for (const [k, t] of params) expect([...back.params.get(k)!.data], k).toEqual([...t.data]);
  });

  it('refuse a parameter file that is not a training checkpoint, and a state this version cannot read', async () => {
    const plain = join(dir, 'plain.safetensors');
    await saveSafetensors(plain, params);
    await expect(loadTrainingCheckpoint(plain)).rejects.toThrow(CheckpointError);
    await expect(loadTrainingCheckpoint(plain)).rejects.toThrow(/is not a training checkpoint/);
    const odd = join(dir, 'odd.safetensors');
    await saveSafetensors(odd, params, { 'tempofuse.training': JSON.stringify({ ...state, step: -1 }) });
    await expect(loadTrainingCheckpoint(odd)).rejects.toThrow(/step = -1/);
  });

  it('load for inference, the optimizer entries left out with a note', async () => {
    const path = join(dir, 'b.safetensors');
    await saveTrainingCheckpoint(path, params, state);
    const declared = [{ name: 'fc.weight', dtype: 'f32' as const, shape: [2, 2] }, { name: 'bn.running_mean', dtype: 'f32' as const, shape: [2] }];
    const loaded = await loadCheckpoint(path, declared, 'param');
    expect([...loaded.tensors.keys()].sort()).toEqual(['bn.running_mean', 'fc.weight']);
    expect(loaded.notes.join('\n')).toMatch(/training checkpoint: its 1 optimizer entries \(optim\.\*\) are left out/);
    // a plain file with such names is not second-guessed
    const plain = join(dir, 'plain2.safetensors');
    await saveSafetensors(plain, params);
    await expect(loadCheckpoint(plain, declared, 'param')).rejects.toThrow(/unexpected param 'optim.momentum_buffer.fc.weight'/);
  });

  it('survive the writer being killed in the middle of a write', async () => {
    const path = join(dir, 'killed.safetensors');
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/train/write-checkpoints.ts', path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => { if (d.toString().includes('written')) resolve(); });
      child.on('exit', (code) => reject(new Error(`the writer exited (${code}) before writing`)));
    });
    // the second, 384 MiB write is under way: a partial file is being filled beside the checkpoint
    for (let i = 0; i < 200 && !(await readdir(dir)).some((f) => f.startsWith('.killed.safetensors.') && f.endsWith('.part')); i++) await new Promise((r) => setTimeout(r, 5));
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGKILL');
    await exited;
    const back = await loadTrainingCheckpoint(path);
    expect(back.state.step).toBe(1);
    expect([...back.params.get('w')!.data]).toEqual([1, 2, 3]);
  }, 60_000);
});
