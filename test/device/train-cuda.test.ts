// `tempofuse train` on CUDA, in a short form: the example classifier's training run (the short form the
// WebGPU suite also runs, test/helpers/short-training.ts) ends with parameters, optimizer state and BN running
// statistics within 1e-4 of each tensor's scale of the reference interpreter's run, and a run stopped part
// way and resumed ends bit for bit where the straight run does. Only where a CUDA device exists: elsewhere
// the suite reports one skipped test that says why, and prints the reason.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainNetwork, type TrainSettings } from '../../driver/train.ts';
import type { TargetName } from '../../runtime/targets.ts';
import { compareTensors } from '../helpers/compare.ts';
import { probeCuda } from '../helpers/cuda-probe.ts';
import { checkpointParams, expectSameBits, shortTraining } from '../helpers/short-training.ts';

// TRAIN_TARGET=webgpu runs this suite on WebGPU instead: how its checks were tried where no GPU was lent
const TARGET = (process.env.TRAIN_TARGET ?? 'cuda') as TargetName;
const found = TARGET === 'cuda' ? await probeCuda() : { ok: true as const };

const settings = (out: string, over: Partial<TrainSettings> = {}): TrainSettings => shortTraining(out, { target: TARGET, ...over });

if (!found.ok) {
  console.log(`train-cuda: SKIPPED: ${found.reason}`);
  describe('tempofuse train on CUDA', () => {
    it.skip(`trains the example classifier on a CUDA GPU (skipped: ${found.reason})`, () => {});
  });
} else {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'tempofuse-train-cuda-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  describe(`tempofuse train on ${TARGET} (short form)`, () => {
    it('ends where the reference interpreter does, and resumes bit for bit', async () => {
      const straight = join(dir, 'straight');
      const r = await trainNetwork(settings(straight));
      expect(r.state).toMatchObject({ step: 8, epoch: 2, batchInEpoch: 0 });
      const reference = join(dir, 'reference');
      await trainNetwork(settings(reference, { target: 'reference' }));
      const want = await checkpointParams(join(reference, 'last.safetensors'));
      const got = await checkpointParams(join(straight, 'last.safetensors'));
      expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
      for (const [k, t] of want) {
        const d = compareTensors(got.get(k)!, t, 1e-4, 1e-6);
        expect(d.ok, `${k}: ${d.message}`).toBe(true);
      }

      const parted = join(dir, 'parted');
      await trainNetwork(settings(parted, { maxSteps: 3 }));
      await trainNetwork(settings(parted), {}, true);
      expectSameBits(await checkpointParams(join(parted, 'last.safetensors')), got);
    }, 600_000);
  });
}
