// `tempofuse train` and `tempofuse eval` end to end on WebGPU, in a short form: the example classifier on a
// tiny synthetic motion task writes its run folder (metrics, plot, report, checkpoints); a run stopped part
// way (by a step limit within an epoch, and between epochs) and resumed ends with the very same parameters
// as the run that went straight through; its checkpoint serves `run --params` and `eval`; it fine-tunes on
// a folder of video files written with ffmpeg; and Ctrl-C stops it after a step with a checkpoint.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticVideos } from '../../data/write-synthetic.ts';
import { trainNetwork } from '../../driver/train.ts';
import { TrainingError } from '../../ir/errors.ts';
import { readMetrics } from '../../report/metrics-log.ts';
import { loadTrainingCheckpoint } from '../../train/checkpoint.ts';
import { ROOT, runCli } from '../helpers/cli.ts';
import { checkpointParams, expectSameBits, SHORT_DATA, SHORT_NET, shortTraining } from '../helpers/short-training.ts';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'tempofuse-train-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('tempofuse train on WebGPU (short form)', () => {
  let straight: string;
  it('writes metrics, plot, report and checkpoints', async () => {
    straight = join(dir, 'straight');
    const r = await trainNetwork(shortTraining(straight));
    // 16 clips in micro-batches of 2, two per step: 4 steps an epoch
    expect(r.state).toMatchObject({ step: 8, epoch: 2, batchInEpoch: 0 });
    const { records } = await readMetrics(join(straight, 'metrics.jsonl'));
    expect(records.filter((m) => m.kind === 'epoch').map((m) => `${m.split}${m.epoch}`)).toEqual(['train1', 'val1', 'train2', 'val2']);
    expect(records.filter((m) => m.kind === 'step').map((m) => m.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const f of ['plot.png', 'report.html', 'last.safetensors', 'best.safetensors']) expect((await stat(join(straight, f))).size, f).toBeGreaterThan(0);
    const last = await checkpointParams(join(straight, 'last.safetensors'));
    expect([...last.keys()].some((k) => k.startsWith('optim.momentum_buffer.'))).toBe(true);
    expect([...last.keys()].some((k) => k.startsWith('optim.grad_accum.'))).toBe(true);
  }, 600_000);

  it('resumes bit for bit: stopped within an epoch, and between epochs', async () => {
    const parted = join(dir, 'parted');
    const first = await trainNetwork(shortTraining(parted, { maxSteps: 1 }));
    expect(first.state).toMatchObject({ step: 1, epoch: 0, batchInEpoch: 2 });
    const second = await trainNetwork(shortTraining(parted, { maxSteps: 4 }), {}, true);
    expect(second.state).toMatchObject({ step: 4, epoch: 1, batchInEpoch: 0 });
    const third = await trainNetwork(shortTraining(parted), {}, true);
    expect(third.state.step).toBe(8);
    const want = await checkpointParams(join(straight, 'last.safetensors'));
    const got = await checkpointParams(join(parted, 'last.safetensors'));
    expectSameBits(got, want);
    const { records } = await readMetrics(join(parted, 'metrics.jsonl'));
    expect(records.filter((m) => m.kind === 'step').map((m) => m.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  }, 600_000);

  it('refuses to resume with other settings, naming them', async () => {
    const err = await trainNetwork(shortTraining(join(dir, 'parted'), { lr: 0.1 }), {}, true).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrainingError);
    expect((err as Error).message).toMatch(/other settings/);
    expect((err as TrainingError).expected).toBe('lr = 0.05');
  }, 120_000);

  it('serves `run --params` and `eval` with its checkpoint', async () => {
    const ckpt = join(straight, 'best.safetensors');
    const run = await runCli(['run', SHORT_NET, '--arg', 'width=4', '--arg', 'frames=4', '--arg', 'size=8', '--arg', 'classes=2', '--arg', 'batch=2', '--params', ckpt]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/training checkpoint: its \d+ optimizer entries \(optim\.\*\) are left out/);
    const out = join(dir, 'eval');
    const ev = await runCli(['eval', SHORT_NET, '--arg', 'width=4', '--params', ckpt, '--data', SHORT_DATA, '--batch', '4', '--out', out]);
    expect(ev.code, ev.stderr).toBe(0);
    expect(ev.stdout).toMatch(/^8 clips: top-1 \d+\.\d%, mean class accuracy/);
    expect(ev.stdout).toMatch(/dir000: .* of 4/);
    for (const f of ['eval.json', 'confusion.png', 'confusion.csv', 'eval.html']) expect((await stat(join(out, f))).size, f).toBeGreaterThan(0);
  }, 300_000);

  it('fine-tunes on a folder of video files from a checkpoint', async () => {
    const videos = join(dir, 'videos');
    await writeSyntheticVideos(videos, 'synthetic:motion?train=8&val=4&frames=4&size=8&classes=2&seed=5');
    const out = join(dir, 'finetune');
    const r = await trainNetwork(shortTraining(out, {
      data: videos, args: { width: 4, frames: 4, size: 8 }, epochs: 1, accumulate: 1, init: join(straight, 'best.safetensors'),
    }));
    expect(r.state).toMatchObject({ step: 2, epoch: 1 }); // 8 clips, batches of 4
    expect(r.lastVal!.acc).toBeGreaterThanOrEqual(0);
    const before = await checkpointParams(join(straight, 'best.safetensors'));
    const after = await checkpointParams(join(out, 'last.safetensors'));
    // started from the checkpoint (not from a fresh draw) and moved from it
    const w = 'fc.weight';
    const moved = [...after.get(w)!.data].map((v, i) => Math.abs(v - before.get(w)!.data[i]));
    expect(Math.max(...moved)).toBeGreaterThan(0);
    expect(Math.max(...moved)).toBeLessThan(0.5);
  }, 600_000);

  it('stops after the current step on Ctrl-C and leaves a checkpoint to resume from', async () => {
    const out = join(dir, 'interrupted');
    const child = spawn(process.execPath, ['bin/tempofuse.js', 'train', SHORT_NET, '--arg', 'width=4', '--data', SHORT_DATA, '--out', out, '--epochs', '50', '--batch', '4'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '', stdout = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d; });
    const interrupted = new Promise<void>((resolve) => child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      // the first epoch ended: well into the run, and interrupted within the next one
      if (stderr.includes('epoch 1/50')) resolve();
    }));
    await interrupted;
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('exit', r));
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^stopped \d+ steps/);
    const back = await loadTrainingCheckpoint(join(out, 'last.safetensors'));
    expect(back.state.step).toBeGreaterThanOrEqual(4);
    expect(back.state.step).toBeLessThan(100);
    const { records } = await readMetrics(join(out, 'metrics.jsonl'));
    expect(records.filter((m) => m.kind === 'epoch' && m.split === 'val').length).toBe(back.state.epoch);
  }, 600_000);
});
