// SGD and AdamW steps of train/ compiled and run on WebGPU (SwiftShader where there is no GPU) for 100 steps,
// each step's outputs fed back as the next step's state, against torch.optim in float32: 1e-6 absolute.
import { beforeAll, describe, expect, it } from 'vitest';
import { openGraph } from '../../driver/open-graph.ts';
import { caseData, constantLrs, maxTrajectoryDiff, runSteps, stepGraph, torchTrajectories, type CaseData, type OptimCase, type Trajectory } from '../helpers/optim.ts';

const STEPS = 100;
const CASES: OptimCase[] = [
  { id: 'sgd-nesterov-decay', kind: 'sgd', opts: { momentum: 0.9, nesterov: true, weightDecay: 1e-2 }, shape: [2, 3], lrs: constantLrs(0.01, STEPS) },
  { id: 'sgd-dampening', kind: 'sgd', opts: { momentum: 0.9, dampening: 0.3 }, shape: [5], lrs: constantLrs(0.02, STEPS) },
  { id: 'adamw', kind: 'adamw', opts: { weightDecay: 0.05 }, shape: [2, 3], lrs: constantLrs(1e-2, STEPS) },
];

const data = new Map<string, CaseData>(CASES.map((c, i) => [c.id, caseData(c, 400 + i)]));
let torch: Map<string, Trajectory>;
beforeAll(async () => { torch = await torchTrajectories(CASES, data); }, 120_000);

describe('optimizer steps on WebGPU match torch.optim over 100 steps to 1e-6 absolute', () => {
  for (const c of CASES) {
    it(c.id, async () => {
      const session = await openGraph(stepGraph(c), 'webgpu');
      try {
        const ours = await runSteps(c, data.get(c.id)!, (ins) => session.run(ins));
        const d = maxTrajectoryDiff(ours, torch.get(c.id)!);
        console.log(`${c.id} on ${session.device}: max abs ${d.maxAbs.toExponential(2)}`);
        expect(d.maxAbs, d.where).toBeLessThanOrEqual(1e-6);
      } finally {
        await session.destroy();
      }
    }, 300_000);
  }
});
