// Property tests of fusion on WebGPU: a subset of the random graphs of test/unit/fusion-property.test.ts,
// compiled fused (and, for every other seed, split to 4 buffers with every reduction cooperative over a
// workgroup and the uniforms specialised into the modules), run by the WebGPU executor (intermediates
// sharing buffers by the memory plan) and compared with the reference interpreter. A failure message
// carries the seed and the graph's text; run one seed with
//   TEMPOFUSE_FUZZ_SEED=123 npx vitest run --project device test/device/fusion-property
// and more seeds with TEMPOFUSE_FUZZ_DEVICE_SEEDS=1000 (default 120).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { printProgramWgsl } from '../../codegen/wgsl/program.ts';
import type { FusionOptions } from '../../codegen/fuse.ts';
import { printGraph } from '../../ir/text.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { WebGpuExecutor } from '../../runtime/webgpu/executor.ts';
import { compareTensors } from '../helpers/compare.ts';
import { outputTolerance, randomGraph, type RandomGraph } from '../helpers/random-graph.ts';

/** GPU math is less exact than the CPU interpreter's (WGSL allows exp 3 + 2|x| ulp, division 2.5 ulp,
 *  sin/cos an absolute 2^-11 in the worst case): a looser base tolerance, and more slack on the generator's
 *  error bound. A fusion bug (a wrong element, a wrong buffer) is off by the output's scale. */
const DEVICE_TOL = 5e-5;
const DEVICE_SLACK = 16;

const only = process.env.TEMPOFUSE_FUZZ_SEED;
const count = Number(process.env.TEMPOFUSE_FUZZ_DEVICE_SEEDS ?? 120);
const SEEDS = only !== undefined ? [Number(only)] : Array.from({ length: count }, (_, i) => i);

const configsFor = (seed: number): { name: string; opts: Partial<FusionOptions>; specialize: boolean }[] => [
  { name: 'fused', opts: {}, specialize: false },
  ...(seed % 2 === 1 ? [{ name: 'split+group, specialised', opts: { maxStorageBuffers: 4, groupReduceMin: 2 }, specialize: true }] : []),
];

const context = (rg: RandomGraph, config: string) =>
  `seed ${rg.seed}, ${config} (reproduce: randomGraph(${rg.seed}) from test/helpers/random-graph.ts)\n${printGraph(rg.graph).replace(/ @ "[^"]*"/g, '')}`;

describe('random graphs: WebGPU kernels vs the reference interpreter', () => {
  let exec: WebGpuExecutor | undefined;
  let why = '';

  beforeAll(async () => {
    try {
      exec = await WebGpuExecutor.create();
      console.log(`fusion fuzz on ${exec.describe()}`);
    } catch (e) {
      why = (e as Error).message;
      console.log(`no WebGPU device: ${why}`);
    }
  }, 60_000);

  afterAll(() => exec?.destroy());

  for (const seed of SEEDS) {
    it(`seed ${seed}`, async () => {
      // WebGPU tests never skip: SwiftShader is always installable (scripts/setup.sh)
      if (!exec) throw new Error(`no WebGPU device: ${why}`);
      const rg = randomGraph(seed);
      const ref = runReference(rg.graph, rg.inputs, new Map()).outputs;
      for (const { name: config, opts, specialize } of configsFor(seed)) {
        const program = compileGraph(rg.graph, opts);
        const loaded = await exec.load(program, { modules: printProgramWgsl, specialize });
        try {
          let got;
          try {
            got = await loaded.run(rg.inputs, new Map());
          } catch (e) {
            throw new Error(`${(e as Error).message}\n${context(rg, config)}`, { cause: e });
          }
          for (const [name, want] of ref) {
            const d = compareTensors(got.get(name)!, want, outputTolerance(rg, name, want, DEVICE_TOL, DEVICE_SLACK));
            expect(d.ok, `output ${name}: ${d.message}\n${context(rg, config)}`).toBe(true);
          }
        } finally {
          loaded.destroy();
        }
      }
    });
  }
});
