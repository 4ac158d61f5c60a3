// Whole-graph checks against PyTorch modules: a case builds a graph with the nn/ compositions, the
// reference interpreter runs it, and test/oracle/nn_oracle.py runs the named torch.nn reference on the
// same inputs and state_dict (one Python process per test file, tensors exchanged as .safetensors).
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder, type Value } from '../../ir/builder.ts';
import type { Graph } from '../../ir/graph.ts';
import type { InitSpec } from '../../ir/init.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';
import { kaimingScale } from '../../runtime/init.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { compareTensors } from './compare.ts';
import { compileGraph } from '../../codegen/compile.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { hash } from './cases.ts';
import { runPythonBatch } from './oracle.ts';


export interface GraphOracleCase {
  id: string;
  /** A key of MODULES in nn_oracle.py. */
  module: string;
  config: Record<string, unknown>;
  inputs: Record<string, Tensor>;
  /** By state_dict name. */
  params: Record<string, Tensor>;
}

export interface GraphOracleResult {
  /** Case id -> output name -> tensor. */
  outputs: Map<string, Map<string, Tensor>>;
  errors: Record<string, string>;
}

/** Run cases through a module oracle: a script of test/oracle/ whose MODULES table names each reference
 *  (nn_oracle.py for the nn/ compositions; one script per block). */
export async function runGraphOracle(cases: readonly GraphOracleCase[], script = 'nn_oracle.py'): Promise<GraphOracleResult> {
  const tensors = new Map<string, Tensor>();
  const keyed = (id: string, kind: string, named: Record<string, Tensor>): Record<string, string> =>
    Object.fromEntries(Object.entries(named).map(([name, t]) => {
      const key = `${id}/${kind}/${name}`;
      tensors.set(key, t);
      return [name, key];
    }));
  const json = cases.map((c) => ({ id: c.id, module: c.module, config: c.config, inputs: keyed(c.id, 'in', c.inputs), params: keyed(c.id, 'param', c.params) }));
  const { outputs: flat, errors } = await runPythonBatch(script, json, tensors);
  // outputs come back keyed "<case id>/<output name>"
  const outputs = new Map<string, Map<string, Tensor>>();
  for (const [key, t] of flat) {
    const cut = key.lastIndexOf('/');
    const id = key.slice(0, cut);
    if (!outputs.has(id)) outputs.set(id, new Map());
    outputs.get(id)!.set(key.slice(cut + 1), t);
  }
  return { outputs, errors };
}

/** Values are rounded to f32 so the interpreter and the float32 oracle start from the same numbers. */
const f32Tensor = (shape: readonly number[], draw: () => number): Tensor =>
  new Tensor('f32', shape, Float64Array.from({ length: numel(shape) }, () => Math.fround(draw())));

/** A draw around each param's init: uniform and kaiming specs as PyTorch draws them; ones and zeros
 *  perturbed (ones stay in [0.5, 1.5], so running_var stays positive) so that affine params and
 *  running statistics are exercised rather than the identity. */
function drawParam(spec: InitSpec, shape: readonly number[], rng: Rng): () => number {
  switch (spec.kind) {
    case 'zeros': return () => rng.uniform(-0.5, 0.5);
    case 'ones': return () => rng.uniform(0.5, 1.5);
    case 'constant': return () => spec.value;
    case 'normal': return () => rng.normal(spec.mean, spec.std);
    case 'uniform': return () => rng.uniform(spec.low, spec.high);
    case 'kaiming_normal': {
      const std = kaimingScale(spec, shape);
      return () => rng.normal(0, std);
    }
    case 'kaiming_uniform': {
      const bound = kaimingScale(spec, shape);
      return () => rng.uniform(-bound, bound);
    }
  }
}

export function randomParams(graph: Graph, seed: number): Record<string, Tensor> {
  const rng = new Rng(seed);
  return Object.fromEntries(graph.params().map((n) => {
    const shape = n.attrs.shape as number[];
    return [n.attrs.name as string, f32Tensor(shape, drawParam(n.attrs.init as InitSpec, shape, rng))];
  }));
}

/** An input: offset + normal(0, scale) by default, offset + uniform in ±scale, or the given values. */
export interface InputGen { shape: number[]; gen?: 'normal' | 'uniform'; scale?: number; offset?: number; values?: number[] }

export interface NnCase {
  /** Unique within the file. */
  title: string;
  module: string;
  config?: Record<string, unknown>;
  inputs: Record<string, InputGen>;
  /** Builds the graph from the inputs (declared f32 under their names); returns the outputs by the oracle's names. */
  build: (b: GraphBuilder, x: Record<string, Value>) => Record<string, Value>;
  /** Relative tolerance (default 1e-6 of each output's max magnitude). */
  tol?: number;
  /** Tolerance of the compiled kernels (CPU kernel interpreter, f32) against the reference (default 1e-5). */
  kernelTol?: number;
}

export interface SuiteOptions {
  /** The oracle script under test/oracle/ (default nn_oracle.py). */
  readonly script?: string;
  /** Also compile each case and run its kernels on the CPU kernel interpreter against the reference (default true). */
  readonly kernels?: boolean;
}

function caseGraph(c: NnCase): Graph {
  const b = new GraphBuilder(c.title);
  const xs = Object.fromEntries(Object.entries(c.inputs).map(([k, s]) => [k, b.input(k, 'f32', s.shape)]));
  for (const [name, v] of Object.entries(c.build(b, xs))) b.output(name, v);
  return b.build();
}

function caseInputs(c: NnCase): Record<string, Tensor> {
  const rng = new Rng(hash(c.title));
  return Object.fromEntries(Object.entries(c.inputs).map(([k, s]) => {
    if (s.values) return [k, new Tensor('f32', s.shape, Float64Array.from(s.values, Math.fround))];
    const [scale, offset] = [s.scale ?? 1, s.offset ?? 0];
    return [k, f32Tensor(s.shape, s.gen === 'uniform' ? () => offset + rng.uniform(-scale, scale) : () => rng.normal(offset, scale))];
  }));
}

/** One vitest suite: every case through the reference interpreter and the PyTorch module (every output must
 *  agree), and through the compiler's kernels on the CPU kernel interpreter (must agree with the reference). */
export function nnSuite(name: string, cases: readonly NnCase[], opts: SuiteOptions = {}): void {
  describe(`${name}: reference vs PyTorch`, () => {
    const prepared = cases.map((c) => {
      const graph = caseGraph(c);
      return { c, graph, inputs: caseInputs(c), params: randomParams(graph, hash(`params ${c.title}`)) };
    });
    let oracle: GraphOracleResult;
    beforeAll(async () => {
      oracle = await runGraphOracle(prepared.map(({ c, inputs, params }) => ({ id: c.title, module: c.module, config: c.config ?? {}, inputs, params })), opts.script);
    }, 180_000);

    for (const { c, graph, inputs, params } of prepared) {
      it(c.title, () => {
        const err = oracle.errors[c.title];
        expect(err, `oracle failed: ${err}`).toBeUndefined();
        const ours = runReference(graph, inputs, params).outputs;
        const refs = oracle.outputs.get(c.title) ?? new Map<string, Tensor>();
        expect([...ours.keys()].sort()).toEqual([...refs.keys()].sort());
        for (const [out, ref] of refs) {
          const d = compareTensors(ours.get(out)!, ref, c.tol ?? 1e-6);
          expect(d.ok, `${c.title} / ${out}: ${d.message}`).toBe(true);
        }
        if (opts.kernels === false) return;
        const compiled = runOnCpu(compileGraph(graph), new Map(Object.entries(inputs)), new Map(Object.entries(params)));
        for (const [out, t] of compiled) {
          const d = compareTensors(t, ours.get(out)!, c.kernelTol ?? 1e-5);
          expect(d.ok, `${c.title} / ${out} (compiled kernels vs reference): ${d.message}`).toBe(true);
        }
      });
    }
  });
}
