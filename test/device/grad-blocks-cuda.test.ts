// The seed blocks' backward graphs (one per block and variant: CUDA_GRAD_CASES) compiled to CUDA with nvcc
// and run on a CUDA GPU against the reference interpreter's gradients (which the CPU gradient tests hold to
// PyTorch autograd), within 1e-4 of each gradient's scale; each runs twice and gives bit-identical
// gradients (the default strategy sums in a fixed order). Only where a CUDA device exists: elsewhere the
// suite reports one skipped test that says why, and prints the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraph } from '../../driver/open-graph.ts';
import type { Tensor } from '../../ir/tensor.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import type { Session } from '../../runtime/session.ts';
import { probeCuda } from '../helpers/cuda-probe.ts';
import { CUDA_GRAD_CASES } from '../helpers/grad-block-cases.ts';
import { prepareBlock, relativeErrors } from '../helpers/grad-blocks.ts';

const found = await probeCuda();

if (!found.ok) {
  console.log(`grad-blocks-cuda: SKIPPED: ${found.reason}`);
  describe('block gradients on CUDA', () => {
    it.skip(`runs the blocks' backward graphs on a CUDA GPU (skipped: ${found.reason})`, () => {});
  });
} else {
  const prepared = CUDA_GRAD_CASES.map((c) => [c, prepareBlock(c)] as const);
  const sessions = new Map<string, Session>();
  const worst: string[] = [];

  beforeAll(async () => {
    const t0 = performance.now();
    const opened = await Promise.all(prepared.map(([, p]) => openGraph(p.backward, 'cuda')));
    prepared.forEach(([c], i) => sessions.set(c.id, opened[i]));
    console.log(`grad-blocks-cuda: ${found.devices[0].name}; compiled ${prepared.length} backward graphs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }, 600_000);

  afterAll(async () => {
    for (const s of sessions.values()) await s.destroy();
    console.log(`largest gradient error / scale (CUDA vs the reference interpreter):\n${worst.join('\n')}`);
  });

  describe('block gradients: CUDA vs the reference interpreter, bit-identical in two runs', () => {
    for (const [c, p] of prepared) {
      it(c.id, async () => {
        const session = sessions.get(c.id)!;
        const first = await session.run(p.inputs, p.params);
        const second = await session.run(p.inputs, p.params);
        for (const name of p.grads) expect([...second.get(name)!.data], `${name}: second run`).toEqual([...first.get(name)!.data]);
        const ref = runReference(p.backward, p.inputs, p.params).outputs;
        const pick = (m: Map<string, Tensor>) => new Map(p.grads.map((n) => [n, m.get(n)!]));
        const errors = relativeErrors(pick(first), pick(ref));
        for (const [name, e] of errors) expect(e, `${name}: largest difference / scale`).toBeLessThanOrEqual(1e-4);
        worst.push(`  ${c.id.padEnd(72)} ${Math.max(...errors.values()).toExponential(2)}`);
      }, 120_000);
    }
  });
}
