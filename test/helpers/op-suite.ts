// One vitest suite per op family: every case runs through the reference interpreter and through the
// PyTorch oracle (one Python process for the whole family), and the two must agree.
import { beforeAll, describe, expect, it } from 'vitest';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { caseGraph, caseId, caseInputs, type OpCase } from './cases.ts';
import { compareTensors } from './compare.ts';
import { runOracle, type OracleResult } from './oracle.ts';

export function opSuite(family: string, cases: readonly OpCase[]): void {
  describe(`${family} ops: reference vs PyTorch`, () => {
    let oracle: OracleResult;
    beforeAll(async () => {
      oracle = await runOracle(cases.map((c) => {
        const g = caseGraph(c);
        return { id: caseId(c), op: c.op, attrs: g.nodes[g.outputs[0].node].attrs, inputs: caseInputs(c), dtype: g.nodes[g.outputs[0].node].type.dtype };
      }));
    }, 180_000);

    for (const c of cases) {
      it(caseId(c), () => {
        const g = caseGraph(c);
        const inputs = Object.fromEntries(caseInputs(c).map((t, i) => [`x${i}`, t]));
        const ours = runReference(g, inputs, {}).outputs.get('y')!;
        const err = oracle.errors[caseId(c)];
        expect(err, `oracle failed: ${err}`).toBeUndefined();
        const ref = oracle.outputs.get(caseId(c))!;
        const d = compareTensors(ours, ref, c.tol ?? 1e-6);
        expect(d.ok, `${caseId(c)}: ${d.message}`).toBe(true);
      });
    }
  });
}
