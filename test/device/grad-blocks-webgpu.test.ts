// The seed blocks' backward graphs compiled and run on WebGPU (SwiftShader where there is no GPU) against
// PyTorch autograd of each block's oracle: the gradient of the input and of every trainable parameter
// within 1e-4 of its scale (f32). Each backward runs twice on its session: the default strategy sums in a
// fixed order, so the two runs give bit-identical gradients. The worst relative error of each case is printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraph } from '../../driver/open-graph.ts';
import type { Tensor } from '../../ir/tensor.ts';
import { WebGpuExecutor } from '../../runtime/webgpu/executor.ts';
import { BLOCK_GRAD_CASES } from '../helpers/grad-block-cases.ts';
import { expectGradsClose, oracleBlockGrads, prepareBlock } from '../helpers/grad-blocks.ts';

const prepared = BLOCK_GRAD_CASES.map((c) => [c, prepareBlock(c)] as const);
let oracle: Map<string, Map<string, Tensor>>;
let available = false;
let why = '';
const worst: string[] = [];

beforeAll(async () => {
  try {
    const probe = await WebGpuExecutor.create();
    console.log(`block gradients on ${probe.describe()}`);
    probe.destroy();
    available = true;
  } catch (e) {
    why = (e as Error).message;
  }
  oracle = await oracleBlockGrads(prepared);
}, 600_000);

afterAll(() => console.log(`largest gradient error / scale (WebGPU vs PyTorch):\n${worst.join('\n')}`));

describe('block gradients: WebGPU vs PyTorch autograd, bit-identical in two runs', () => {
  for (const [c, p] of prepared) {
    it(c.id, async () => {
      // WebGPU tests never skip: SwiftShader is always installable (scripts/setup.sh)
      if (!available) throw new Error(`no WebGPU device: ${why}`);
      const session = await openGraph(p.backward, 'webgpu');
      let first, second;
      try {
        first = await session.run(p.inputs, p.params);
        second = await session.run(p.inputs, p.params);
      } finally {
        await session.destroy();
      }
      for (const name of p.grads) expect([...second.get(name)!.data], `${name}: second run`).toEqual([...first.get(name)!.data]);
      const e = expectGradsClose(p, first, oracle.get(c.id)!, 1e-4);
      worst.push(`  ${c.id.padEnd(72)} ${e.toExponential(2)}`);
    }, 300_000);
  }
});
