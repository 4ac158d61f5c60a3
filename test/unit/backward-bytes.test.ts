// The gradient graph of each seed block (the golden fixtures: one block at a small fixed shape, inference
// mode) compiles to a plan that moves at most the bytes recorded here (the cost model's count: exact and
// deterministic, not a timing). A planner or VJP-rule change that stores more of the backward fails here;
// one that stores less lowers the bound. The forward/backward ratio is printed per block (the gradient
// graph recomputes the forward). Two plans each: the portable one (8 storage buffers per kernel, WebGPU's
// default limit) and one for a device that binds 12 (SwiftShader; a WebGPU session plans for its device's
// limit), whose larger kernels need not store what a split stores.
import { describe, expect, it } from 'vitest';
import { gradientGraph } from '../../cli/grads.ts';
import { compileGraph, type Cost } from '../../codegen/compile.ts';
import type { FusionOptions } from '../../codegen/fuse.ts';
import { loadNetwork } from '../../runtime/network.ts';

/** Bytes the gradient graph's fused plan may move, per block: [8 storage buffers, 12]. */
const BOUNDS: Record<string, [number, number]> = {
  tam_block: [27536, 27248],
  dtf_block: [104248, 82424],
  dtf_paper_block: [100536, 78712],
  sifa_block: [82432, 64320],
  sgs_block: [10320, 10256],
  mtconv_block: [57812, 54740],
};
const PLANS: [string, Partial<FusionOptions>][] = [['8 buffers', {}], ['12 buffers', { maxStorageBuffers: 12 }]];

const moved = (c: Cost) => c.bytesRead + c.bytesWritten;

describe('the backward of each seed block moves no more bytes than recorded', () => {
  for (const [name, bounds] of Object.entries(BOUNDS)) {
    it(name, async () => {
      const g = await loadNetwork(`test/fixtures/golden/${name}.ts`);
      const grad = gradientGraph(g);
      PLANS.forEach(([limit, opts], i) => {
        const forward = compileGraph(g, opts).cost.fused;
        const backward = compileGraph(grad, opts).cost.fused;
        console.log(`${name} (${limit}): forward ${moved(forward)} B in ${forward.launches} launches, gradient graph ${moved(backward)} B in ` +
          `${backward.launches} launches (${(moved(backward) / moved(forward)).toFixed(2)}x)`);
        expect(moved(backward), limit).toBeLessThanOrEqual(bounds[i]);
      });
    }, 120_000);
  }
});
