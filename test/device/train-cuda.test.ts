// `tempofuse train` on CUDA, in a short form: the example classifier's training run (the same settings as
// the WebGPU suite, test/device/train-cli.test.ts) ends with parameters, optimizer state and BN running
// statistics within 1e-4 of each tensor's scale of the reference interpreter's run, and a run stopped part
// way and resumed ends bit for bit where the straight run does. Only where a CUDA device exists: elsewhere
// the suite reports one skipped test that says why, and prints the reason.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainNetwork, type TrainSettings } from '../../driver/train.ts';
import type { TargetName } from '../../runtime/targets.ts';
import { loadTrainingCheckpoint } from '../../train/checkpoint.ts';
import { probeCuda } from '../helpers/cuda-probe.ts';

// TRAIN_TARGET=webgpu runs this suite on WebGPU instead: how its checks were tried where no GPU was lent
const TARGET = (process.env.TRAIN_TARGET ?? 'cuda') as TargetName;
const found = TARGET === 'cuda' ? await probeCuda() : { ok: true as const };

const NET = 'examples/train-video/net.ts';
const DATA = 'synthetic:motion?train=16&val=8&frames=4&size=8&classes=2';

const settings = (out: string, over: Partial<TrainSettings> = {}): TrainSettings => ({
  network: NET, args: { width: 4 }, data: DATA, seed: 3, workers: 0, flip: false, target: TARGET, epochs: 2, batch: 4, accumulate: 2,
  optimizer: { kind: 'sgd', momentum: 0.9, nesterov: false }, lr: 0.05, weightDecay: 1e-4, schedule: 'cosine', warmupSteps: 1, milestones: [], gamma: 0.1,
  labelSmoothing: 0.1, logEvery: 1, out, ...over,
});

const paramsOf = async (file: string) => (await loadTrainingCheckpoint(file)).params;

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
      const want = await paramsOf(join(reference, 'last.safetensors'));
      const got = await paramsOf(join(straight, 'last.safetensors'));
      expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
      for (const [k, t] of want) {
        const g = got.get(k)!.data;
        const scale = Math.max(1e-6, ...[...t.data].map(Math.abs));
        const worst = Math.max(0, ...[...t.data].map((v, i) => Math.abs(v - g[i])));
        expect(worst / scale, k).toBeLessThanOrEqual(1e-4);
      }

      const parted = join(dir, 'parted');
      await trainNetwork(settings(parted, { maxSteps: 3 }));
      await trainNetwork(settings(parted), {}, true);
      const resumed = await paramsOf(join(parted, 'last.safetensors'));
      for (const [k, t] of got) {
        expect(Buffer.from(new Float32Array(resumed.get(k)!.data).buffer).equals(Buffer.from(new Float32Array(t.data).buffer)), k).toBe(true);
      }
    }, 600_000);
  });
}
