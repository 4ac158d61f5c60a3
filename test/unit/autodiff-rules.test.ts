import { describe, it } from 'vitest';
import { computedGrads, expectClose, finiteDifferences, prepare } from '../helpers/autodiff.ts';
import { RULE_CASES } from '../helpers/autodiff-cases.ts';

// Every VJP rule against central finite differences of the forward graph on the reference interpreter.
describe('VJP rules against finite differences', () => {
  for (const c of RULE_CASES) {
    const fd = c.fd ?? {};
    if (fd === false) continue;
    it(c.id, () => {
      const p = prepare(c);
      expectClose(computedGrads(p), finiteDifferences(p, fd.h ?? 1e-6), fd.tol ?? 1e-6);
    });
  }
});
