// The seed blocks' backward graphs compiled and run on the CPU kernel interpreter (f32) against PyTorch
// autograd of each block's oracle: the gradient of the input and of every trainable parameter within 1e-4
// of its scale. The worst relative error of each case is printed.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import type { Tensor } from '../../ir/tensor.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { BLOCK_GRAD_CASES } from '../helpers/grad-block-cases.ts';
import { expectGradsClose, oracleBlockGrads, prepareBlock } from '../helpers/grad-blocks.ts';

const prepared = BLOCK_GRAD_CASES.map((c) => [c, prepareBlock(c)] as const);
let oracle: Map<string, Map<string, Tensor>>;
const worst: string[] = [];

beforeAll(async () => { oracle = await oracleBlockGrads(prepared); }, 600_000);
afterAll(() => console.log(`largest gradient error / scale (CPU kernel interpreter vs PyTorch):\n${worst.join('\n')}`));

describe('block gradients: CPU kernel interpreter vs PyTorch autograd', () => {
  for (const [c, p] of prepared) {
    it(c.id, () => {
      const out = runOnCpu(compileGraph(p.backward), p.inputs, p.params);
      const e = expectGradsClose(p, out, oracle.get(c.id)!, 1e-4);
      worst.push(`  ${c.id.padEnd(72)} ${e.toExponential(2)}`);
    }, 120_000);
  }
});
