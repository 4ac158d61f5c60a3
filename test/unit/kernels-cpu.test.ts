// Every op case, compiled to kernel IR and executed by the CPU kernel interpreter (f32 arithmetic
// emulated), must match the reference interpreter. Checks lowerings and fusion without a GPU.
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { loweringOf } from '../../codegen/lower/index.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { ALL_CASES } from '../cases/index.ts';
import { caseGraph, caseId, caseInputs } from '../helpers/cases.ts';
import { compareTensors } from '../helpers/compare.ts';

/** f32 kernels against the float64 reference: a few ulps of the output's scale. */
export const KERNEL_TOL = 2e-6;

describe('kernel IR on the CPU vs the reference interpreter', () => {
  for (const c of ALL_CASES.filter((c) => loweringOf(c.op))) {
    it(caseId(c), () => {
      const g = caseGraph(c);
      const inputs = new Map(caseInputs(c).map((t, i) => [`x${i}`, t]));
      const ref = runReference(g, inputs, new Map()).outputs.get('y')!;
      const got = runOnCpu(compileGraph(g), inputs, new Map()).get('y')!;
      const d = compareTensors(got, ref, Math.max(c.tol ?? 0, KERNEL_TOL));
      expect(d.ok, d.message).toBe(true);
    });
  }
});
