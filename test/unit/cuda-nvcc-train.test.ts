// The training steps of the example classifier (examples/train-video/net.ts with TAM and with DTF: forward
// in training mode, cross-entropy, every gradient, clipping, accumulation, AdamW or SGD with Nesterov) compile
// with nvcc without a warning (PTX and cubin for sm_80), as `tempofuse train --target cuda` compiles them:
// the kernels deduplicated and concatenated into one translation unit, one nvcc call. nvcc needs no GPU;
// where it is missing the test fails and says so (as test/unit/cuda-nvcc.test.ts).
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { trainingStep, type StepOptions } from '../../train/step.ts';
import { compileUnits, requireNvcc, UnitSet } from '../helpers/nvcc.ts';

const NET = 'examples/train-video/net.ts';
const ADAMW: StepOptions = { optimizer: { kind: 'adamw', betas: [0.9, 0.999] }, weightDecay: 0.01, clipNorm: 1, accumulate: 2 };
const SGD: StepOptions = { optimizer: { kind: 'sgd', momentum: 0.9, nesterov: true }, weightDecay: 1e-4 };
const STEPS: [string, StepOptions][] = [['tam', ADAMW], ['dtf', ADAMW], ['tam', SGD]];

const set = new UnitSet();
const { units } = set;
for (const [block, opts] of STEPS) {
  const net = await loadNetwork(NET, { block, training: true, batch: 2, frames: 4, size: 8, width: 4, classes: 2 });
  for (const k of compileGraph(trainingStep(net, opts).graph).kernels) {
    set.add(k, `training step of ${block} (${opts.optimizer.kind}): ${k.name}`);
  }
}

describe('the example classifier\'s training steps compile with nvcc (sm_80; no warnings)', () => {
  it(`one translation unit of ${units.length} kernels from ${STEPS.length} training steps`, async () => {
    const r = await compileUnits(requireNvcc(), units, [80]);
    expect(r.ok, r.log).toBe(true);
    console.log(`nvcc: ${units.length} training-step kernels in ${(r.ms / 1000).toFixed(1)} s`);
  }, 600_000);
});
