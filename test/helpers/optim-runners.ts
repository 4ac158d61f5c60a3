// The CPU runners of an optimizer step graph: the reference interpreter (float64 inside a step) and the
// compiled kernels on the CPU kernel interpreter.
import { compileGraph } from '../../codegen/compile.ts';
import type { Graph } from '../../ir/graph.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseData, maxTrajectoryDiff, runSteps, stepGraph, torchTrajectories, type CaseData, type OptimCase, type Runner, type Trajectory } from './optim.ts';

export const CPU_RUNNERS: Record<string, (g: Graph) => Runner> = {
  'reference interpreter': (g) => async (ins) => runReference(g, ins, new Map()).outputs,
  'compiled, CPU kernel interpreter': (g) => {
    const program = compileGraph(g);
    return async (ins) => runOnCpu(program, ins, new Map());
  },
};

/** The trajectory suite of an optimizer: each case run for its steps on every CPU runner, within 1e-6
 *  absolute of torch's trajectory on the same gradients (case i's data drawn with seed seedBase + i). */
export function trajectorySuite(title: string, cases: readonly OptimCase[], seedBase: number): void {
  const data = new Map<string, CaseData>(cases.map((c, i) => [c.id, caseData(c, seedBase + i)]));
  let torch: Map<string, Trajectory>;
  beforeAll(async () => { torch = await torchTrajectories(cases, data); });
  describe(title, () => {
    for (const c of cases) {
      for (const [runner, make] of Object.entries(CPU_RUNNERS)) {
        it(`${c.id} (${runner})`, async () => {
          const ours = await runSteps(c, data.get(c.id)!, make(stepGraph(c)));
          const d = maxTrajectoryDiff(ours, torch.get(c.id)!);
          expect(d.maxAbs, d.where).toBeLessThanOrEqual(1e-6);
        });
      }
    }
  });
}
