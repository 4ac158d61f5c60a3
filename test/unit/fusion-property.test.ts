// Property tests of fusion: random graphs (test/helpers/random-graph.ts) compiled fused, unfused, and
// with a small storage-buffer limit plus cooperative reductions everywhere, run by the CPU kernel
// interpreter (f32 emulated) and compared with the reference interpreter. On a failure the message
// carries the seed and the graph's text; reproduce with randomGraph(seed), or run only that seed:
//   TEMPOFUSE_FUZZ_SEED=123 npx vitest run test/unit/fusion-property
// More seeds: TEMPOFUSE_FUZZ_SEEDS=5000 (default 800).
import { describe, expect, it } from 'vitest';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import type { FusionOptions } from '../../codegen/fuse.ts';
import { planFusion } from '../../codegen/fuse.ts';
import { splitWideOps } from '../../codegen/split-wide.ts';
import { lookupLowering, loweringOf } from '../../codegen/lower/index.ts';
import { printGraph } from '../../ir/text.ts';
import type { Tensor } from '../../ir/tensor.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { compareTensors } from '../helpers/compare.ts';
import { loweredGeneratedOps, outputTolerance, randomGraph, type RandomGraph } from '../helpers/random-graph.ts';

/** f32 kernels against the float64 reference: a few ulps of the output's scale (widened only where
 *  the generator's error bound says the output cancelled; see outputTolerance). */
const KERNEL_TOL = 2e-6;

const only = process.env.TEMPOFUSE_FUZZ_SEED;
const count = Number(process.env.TEMPOFUSE_FUZZ_SEEDS ?? 800);
const SEEDS = only !== undefined ? [Number(only)] : Array.from({ length: count }, (_, i) => i);

const CONFIGS: readonly { name: string; opts: Partial<FusionOptions> }[] = [
  { name: 'fused', opts: {} },
  { name: 'unfused', opts: { fuse: false } },
  // every reduction cooperative over a workgroup, and kernels split to bind at most 4 buffers
  { name: 'split+group', opts: { maxStorageBuffers: 4, groupReduceMin: 2 } },
];

const strip = (text: string) => text.replace(/ @ "[^"]*"/g, '');
const context = (rg: RandomGraph, config: string) =>
  `seed ${rg.seed}, ${config} (reproduce: randomGraph(${rg.seed}) from test/helpers/random-graph.ts)\n${strip(printGraph(rg.graph))}`;

function run(rg: RandomGraph, program: Program, config: string): Map<string, Tensor> {
  try {
    return runOnCpu(program, rg.inputs, new Map());
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${context(rg, config)}`, { cause: e });
  }
}

function compile(rg: RandomGraph, opts: Partial<FusionOptions>, config: string): Program {
  try {
    return compileGraph(rg.graph, opts);
  } catch (e) {
    throw new Error(`compile failed: ${(e as Error).message}\n${context(rg, config)}`, { cause: e });
  }
}

describe('random graphs: CPU kernels vs the reference interpreter', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}`, () => {
      const rg = randomGraph(seed);
      const ref = runReference(rg.graph, rg.inputs, new Map()).outputs;
      const results = new Map<string, Map<string, Tensor>>();
      let cooperative = false;
      for (const { name: config, opts } of CONFIGS) {
        const program = compile(rg, opts, config);
        if (config !== 'split+group') cooperative ||= program.kernels.some((k) => k.mapping.kind === 'group');
        const limit = opts.maxStorageBuffers ?? 8;
        for (const k of program.kernels) {
          expect(k.buffers.length, `kernel ${k.name} binds ${k.buffers.length} buffers (limit ${limit})\n${context(rg, config)}`).toBeLessThanOrEqual(limit);
        }
        const got = run(rg, program, config);
        results.set(config, got);
        for (const [name, want] of ref) {
          const tol = outputTolerance(rg, name, want, KERNEL_TOL, 2);
          const d = compareTensors(got.get(name)!, want, tol);
          expect(d.ok, `output ${name}: ${d.message}\n${context(rg, config)}`).toBe(true);
        }
      }

      // Every op rounds its result to f32 whether it is stored or computed inline, so fusing must not
      // change a single bit (unless a cooperative reduction sums in another order: none is this small).
      const fused = results.get('fused')!, unfused = results.get('unfused')!;
      for (const [name, a] of cooperative ? [] : fused) {
        const b = unfused.get(name)!;
        const at = a.data.findIndex((v, i) => !Object.is(v, b.data[i]));
        expect(at, `output ${name}: fused ${a.data[at]} vs unfused ${b.data[at]} at element ${at}\n${context(rg, 'fused vs unfused')}`).toBe(-1);
      }

      // the cost model: fusing never adds launches or traffic
      const { fused: f, unfused: u } = compileGraph(rg.graph).cost;
      expect(f.launches, context(rg, 'cost')).toBeLessThanOrEqual(u.launches);
      expect(f.bytesRead + f.bytesWritten, context(rg, 'cost')).toBeLessThanOrEqual(u.bytesRead + u.bytesWritten);
    });
  }
});

describe('random graph generator', () => {
  it('is deterministic per seed', () => {
    for (const seed of [0, 7, 123]) {
      const a = randomGraph(seed), b = randomGraph(seed);
      expect(printGraph(a.graph)).toBe(printGraph(b.graph));
      expect([...a.inputs.keys()]).toEqual([...b.inputs.keys()]);
      for (const [k, t] of a.inputs) expect(Array.from(t.data)).toEqual(Array.from(b.inputs.get(k)!.data));
      expect(JSON.stringify(compileGraph(a.graph))).toBe(JSON.stringify(compileGraph(b.graph)));
    }
  });

  it('only emits ops that have a lowering', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      for (const op of randomGraph(seed).ops) expect(loweringOf(op), op).toBeDefined();
    }
  });

  it('exercises every lowered op, shared values both recomputed and stored, and several outputs', () => {
    if (only !== undefined) return;
    const seen = new Set<string>();
    let recomputed = 0, storedShared = 0, storedLoops = 0, fusedLoops = 0, multiOutput = 0, splits = 0, group = 0, wideConcats = 0;
    for (const seed of SEEDS) {
      const { graph: g, ops } = randomGraph(seed);
      ops.forEach((o) => seen.add(o));
      if (g.outputs.length > 1) multiOutput++;
      const plan = planFusion(g);
      const consumers = g.nodes.map((n) => g.nodes.filter((m) => m.inputs.includes(n.id)).length);
      const outputs = new Set(g.outputs.map((o) => o.node));
      for (const n of g.nodes) {
        const lower = loweringOf(n.op);
        if (!lower || outputs.has(n.id)) continue;
        if (lower.kind === 'inline' && consumers[n.id] >= 2) plan.stored.has(n.id) ? storedShared++ : recomputed++;
        if (lower.kind === 'loop' && consumers[n.id] >= 1) plan.stored.has(n.id) ? storedLoops++ : fusedLoops++;
      }
      // (as compileGraph does: concats wider than a kernel's buffers are split first)
      const narrow = splitWideOps(g, 3);
      const small = planFusion(narrow, { fuse: true, maxStorageBuffers: 4, groupReduceMin: 2 });
      splits += small.stored.size - planFusion(narrow, { fuse: true, maxStorageBuffers: 64, groupReduceMin: 2 }).stored.size;
      if (narrow !== g) wideConcats++;
      group += small.kernels.filter((k) => k.group !== undefined).length;
    }
    const missing = loweredGeneratedOps().filter((o) => !seen.has(o));
    console.log(`fusion fuzz over ${SEEDS.length} seeds: ${seen.size} ops; shared inline values recomputed ${recomputed}, stored ${storedShared}; ` +
      `loop ops fused ${fusedLoops}, stored ${storedLoops}; ${multiOutput} graphs with several outputs; ${splits} values stored by the 4-buffer limit; ${wideConcats} graphs with concats split; ${group} cooperative reductions`);
    expect(missing, 'ops never generated').toEqual([]);
    expect(recomputed).toBeGreaterThan(0);
    expect(storedShared).toBeGreaterThan(0);
    expect(multiOutput).toBeGreaterThan(0);
    expect(splits).toBeGreaterThan(0);
    if (loweredGeneratedOps().some((o) => lookupLowering(o).kind === 'loop')) {
      expect(fusedLoops).toBeGreaterThan(0);
      expect(storedLoops).toBeGreaterThan(0);
      expect(group).toBeGreaterThan(0);
    }
  });
});
