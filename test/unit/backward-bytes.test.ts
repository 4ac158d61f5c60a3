// The gradient graph of each seed block (the golden fixtures: one block at a small fixed shape, inference
// mode) compiles to a plan that moves at most the bytes recorded here (the cost model's count: exact and
// deterministic, not a timing). A planner or VJP-rule change that stores more of the backward fails here;
// one that stores less lowers the bound. The forward/backward ratio is printed per block (the gradient
// graph recomputes the forward).
import { describe, expect, it } from 'vitest';
import { gradientGraph } from '../../cli/grads.ts';
import { compileGraph, type Cost } from '../../codegen/compile.ts';
import { loadNetwork } from '../../runtime/network.ts';

/** Bytes the gradient graph's fused plan may move, per block. */
const BOUNDS: Record<string, number> = {
  tam_block: 27648,
  dtf_block: 104248,
  dtf_paper_block: 102200,
  sifa_block: 82432,
  sgs_block: 10320,
  mtconv_block: 57812,
};

const moved = (c: Cost) => c.bytesRead + c.bytesWritten;

describe('the backward of each seed block moves no more bytes than recorded', () => {
  for (const [name, bound] of Object.entries(BOUNDS)) {
    it(name, async () => {
      const g = await loadNetwork(`test/fixtures/golden/${name}.ts`);
      const forward = compileGraph(g).cost.fused;
      const backward = compileGraph(gradientGraph(g)).cost.fused;
      console.log(`${name}: forward ${moved(forward)} B in ${forward.launches} launches, gradient graph ${moved(backward)} B in ` +
        `${backward.launches} launches (${(moved(backward) / moved(forward)).toFixed(2)}x)`);
      expect(moved(backward)).toBeLessThanOrEqual(bound);
    }, 120_000);
  }
});
