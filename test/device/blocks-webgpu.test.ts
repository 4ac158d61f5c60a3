// Every block in its backbone (examples/*_resnet.ts, examples/mtnet.ts): the network compiled and run on
// WebGPU (openGraph(g, 'webgpu'): SwiftShader where there is no GPU) against the reference interpreter,
// every output within 1e-5 of its scale. Parameters are drawn around their init specs the way the oracle
// tests draw them (zeros and ones perturbed), so that the blocks' zero-initialised gates (DTF's alpha and
// bias, zero_init_residual's bn3 weight) are exercised rather than starting as identities. The kernel
// counts of each compiled network (fused and unfused launches, distinct kernels) are printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import type { Graph } from '../../ir/graph.ts';
import { randomInputs } from '../../runtime/init.ts';
import { loadNetwork, type NetworkArgs } from '../../runtime/network.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { openGraph } from '../../driver/open-graph.ts';
import { WebGpuExecutor } from '../../runtime/webgpu/executor.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { tam } from '../../nn/tam.ts';
import { compareTensors } from '../helpers/compare.ts';
import { randomParams, runGraphOracle } from '../helpers/graph-oracle.ts';

interface Example {
  file: string;
  args?: NetworkArgs;
  /** Relative tolerance per output (default 1e-5 of each output's scale). */
  tol?: number;
}

const EXAMPLES: Example[] = [
  { file: 'dtf_resnet.ts' },
  { file: 'dtf_resnet.ts', args: { training: true } },
  { file: 'dtf_resnet.ts', args: { variant: 'paper', planes: 16 } },
  { file: 'tam_resnet.ts' },
  { file: 'tam_resnet.ts', args: { training: true, batch: 2 } },
  { file: 'sifa_resnet.ts' },
  { file: 'sifa_resnet.ts', args: { variant: 'paper', training: true } },
  // SGS bins each frame by Δ_t = ‖Z̄ − Z_t‖, the distance of its embedding to the clip mean: with the
  // official normal(0, 0.01) init of the embedding's fc layers the frames' embeddings nearly agree, and
  // PyTorch's f32 keeps only ~3 digits of Δ; nn/sgs.ts computes Z̄ − Z_t from centred activations, so the
  // default tolerance holds.
  { file: 'sgs_resnet.ts' },
  { file: 'sgs_resnet.ts', args: { training: true, batch: 2, perClip: true } },
  { file: 'mtnet.ts' },
  { file: 'mtnet.ts', args: { size: 30, training: true } },
  { file: 'mtnet.ts', args: { variant: 'paper' } },
];

const title = (e: Example): string => `${e.file}${e.args ? ` ${Object.entries(e.args).map(([k, v]) => `${k}=${v}`).join(' ')}` : ''}`;
const path = (file: string): string => new URL(`../../examples/${file}`, import.meta.url).pathname;

let available = false;
let why = '';
const counts: string[] = [];

beforeAll(async () => {
  try {
    const probe = await WebGpuExecutor.create();
    console.log(`blocks on ${probe.describe()}`);
    probe.destroy();
    available = true;
  } catch (e) {
    why = (e as Error).message;
    console.log(`no WebGPU device: ${why}`);
  }
}, 60_000);

afterAll(() => {
  if (counts.length) console.log(`kernel launches per network (fused / unfused, distinct kernels):\n${counts.join('\n')}`);
});

describe('block networks: WebGPU vs the reference interpreter', () => {
  for (const [i, e] of EXAMPLES.entries()) {
    it(title(e), async () => {
      // WebGPU tests never skip: SwiftShader is always installable (scripts/setup.sh)
      if (!available) throw new Error(`no WebGPU device: ${why}`);
      const g: Graph = await loadNetwork(path(e.file), e.args ?? {});
      const program = compileGraph(g);
      const { fused, unfused } = program.cost;
      counts.push(`  ${title(e).padEnd(48)} ${String(fused.launches).padStart(4)} / ${String(unfused.launches).padStart(4)}, ${program.kernels.length} kernels`);
      const inputs = randomInputs(g, 100 + i);
      const params = new Map(Object.entries(randomParams(g, 200 + i)));
      const want = runReference(g, inputs, params).outputs;
      const session = await openGraph(g, 'webgpu');
      let got;
      try {
        got = await session.run(inputs, params);
      } finally {
        await session.destroy();
      }
      expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
      for (const [name, ref] of want) {
        const d = compareTensors(got.get(name)!, ref, e.tol ?? 1e-5);
        expect(d.ok, `${title(e)} / ${name}: ${d.message}`).toBe(true);
      }
    }, 300_000);
  }
});

// TAM on a clip (N, C, T, H, W) (its 5-D form) on WebGPU against the PyTorch oracle, which runs the official
// TSN forward on the permuted clip: a tiny clip, inference and training BN (with the running statistics).
describe('TAM on (N, C, T, H, W): WebGPU vs PyTorch', () => {
  it.each([false, true])('training %s', async (training) => {
    if (!available) throw new Error(`no WebGPU device: ${why}`);
    const b = new GraphBuilder(`tam ncthw ${training}`);
    const r = tam(b, b.input('x', 'f32', [2, 8, 5, 3, 4]), { channels: 8, kernel: 5, localKernel: 3, training });
    b.output('y', r.y);
    if (training) for (const [k, v] of Object.entries(r.state)) b.output(k, v);
    const g = b.build();
    const inputs = randomInputs(g, 7);
    const params = randomParams(g, 8);
    const oracle = await runGraphOracle([{
      id: 'tam', module: training ? 'tam_train' : 'tam_eval', config: { channels: 8, segments: 5, kernel: 5, localKernel: 3, layout: 'ncthw' },
      inputs: Object.fromEntries(inputs), params,
    }], 'block_tam.py');
    expect(oracle.errors).toEqual({});
    const session = await openGraph(g, 'webgpu');
    let got;
    try {
      got = await session.run(inputs, new Map(Object.entries(params)));
    } finally {
      await session.destroy();
    }
    const want = oracle.outputs.get('tam')!;
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [name, ref] of want) {
      const d = compareTensors(got.get(name)!, ref, 1e-5);
      expect(d.ok, `${name}: ${d.message}`).toBe(true);
    }
  }, 300_000);
});
