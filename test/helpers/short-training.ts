// The short form of `tempofuse train` that the training suites share: the example classifier at width 4 on a
// tiny synthetic motion task (16 training clips, micro-batches of 2, two per step: 4 steps an epoch), SGD
// with momentum, a cosine schedule and label smoothing; and how its checkpoints are compared.
import { expect } from 'vitest';
import type { TrainSettings } from '../../driver/train.ts';
import type { Tensor } from '../../ir/tensor.ts';
import { loadTrainingCheckpoint } from '../../train/checkpoint.ts';

export const SHORT_NET = 'examples/train-video/net.ts';
export const SHORT_DATA = 'synthetic:motion?train=16&val=8&frames=4&size=8&classes=2';

/** The short run's settings on WebGPU, writing to `out`; `over` changes any of them. */
export const shortTraining = (out: string, over: Partial<TrainSettings> = {}): TrainSettings => ({
  network: SHORT_NET, args: { width: 4 }, data: SHORT_DATA, seed: 3, workers: 0, flip: false, target: 'webgpu', epochs: 2, batch: 4, accumulate: 2,
  optimizer: { kind: 'sgd', momentum: 0.9, nesterov: false }, lr: 0.05, weightDecay: 1e-4, schedule: 'cosine', warmupSteps: 1, milestones: [], gamma: 0.1,
  labelSmoothing: 0.1, logEvery: 1, out, ...over,
});

/** A training checkpoint's tensors (parameters, buffers and optimizer state). */
export const checkpointParams = async (file: string): Promise<Map<string, Tensor>> => (await loadTrainingCheckpoint(file)).params;

/** `got` holds the same tensors as `want`, bit for bit. */
export function expectSameBits(got: ReadonlyMap<string, Tensor>, want: ReadonlyMap<string, Tensor>): void {
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [k, t] of want) {
    expect(Buffer.from(new Float32Array(got.get(k)!.data).buffer).equals(Buffer.from(new Float32Array(t.data).buffer)), k).toBe(true);
  }
}
