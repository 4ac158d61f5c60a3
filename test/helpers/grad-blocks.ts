// Gradient checks of the seed blocks: a case builds a block with nn/, grad() differentiates its outputs
// (a vector-Jacobian product with a random cotangent per output) to its inputs and every trainable
// parameter; the backward graph is compiled and run on a target (CPU kernel interpreter, WebGPU) in f32
// and compared with PyTorch autograd of the block's own oracle (test/oracle/block_*.py, its `*_grad`
// module: an independent implementation of the forward, differentiated in float64).
import { expect } from 'vitest';
import { grad } from '../../ir/autodiff/grad.ts';
import { GraphBuilder, type Value } from '../../ir/builder.ts';
import type { Graph } from '../../ir/graph.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';
import { hash } from './cases.ts';
import { randomParams, runGraphOracle } from './graph-oracle.ts';

/** How a (N, ...) input is drawn: i.i.d. normal, or per clip (axis 0) 'identical' frames (axis 2 repeats
 *  one frame) or 'random' ones. */
export interface BlockInput { shape: number[]; clips?: readonly ('random' | 'identical')[] }

export interface BlockGradCase {
  /** Unique; no '/'. */
  id: string;
  /** The oracle script under test/oracle/ and its backward module. */
  script: string;
  module: string;
  config: Record<string, unknown>;
  inputs: Record<string, BlockInput>;
  /** The outputs differentiated, by the oracle's names. */
  build: (b: GraphBuilder, x: Record<string, Value>) => Record<string, Value>;
  /** Params drawn normal(0, 1) instead of around their init (see randomParams). */
  normalParams?: readonly string[];
}

export interface PreparedBlock {
  forward: Graph;
  backward: Graph;
  /** The backward graph's inputs: the block's inputs and a cotangent `grad_in:<output>` per output. */
  inputs: Map<string, Tensor>;
  params: Map<string, Tensor>;
  /** `grad:<name>` for each input and trainable parameter. */
  grads: string[];
}

function drawInput(spec: BlockInput, rng: Rng): Tensor {
  const data = Float64Array.from({ length: numel(spec.shape) }, () => Math.fround(rng.normal()));
  if (spec.clips) {
    // a clip of identical frames: every frame of the clip is a copy of its frame 0
    const [n, c, t] = spec.shape;
    const plane = numel(spec.shape.slice(3));
    expect(spec.clips.length, 'one entry per clip').toBe(n);
    spec.clips.forEach((kind, i) => {
      if (kind === 'random') return;
      for (let ch = 0; ch < c; ch++) {
        const base = (i * c + ch) * t * plane;
        for (let f = 1; f < t; f++) data.copyWithin(base + f * plane, base, base + plane);
      }
    });
  }
  return new Tensor('f32', spec.shape, data);
}

export function prepareBlock(c: BlockGradCase): PreparedBlock {
  const rng = new Rng(hash(c.id));
  const b = new GraphBuilder(c.id);
  const xs = Object.fromEntries(Object.entries(c.inputs).map(([name, s]) => [name, b.input(name, 'f32', s.shape)]));
  const outs = c.build(b, xs);
  for (const [name, v] of Object.entries(outs)) b.output(name, v);
  const forward = b.build();
  const wrt = [...Object.keys(c.inputs), ...forward.params().filter((n) => n.attrs.trainable).map((n) => n.attrs.name as string)];
  const backward = grad(forward, { of: Object.keys(outs), wrt, seed: 'input' });
  const inputs = new Map(Object.entries(c.inputs).map(([name, s]) => [name, drawInput(s, rng)]));
  for (const [name, v] of Object.entries(outs)) inputs.set(`grad_in:${name}`, drawInput({ shape: [...v.shape] }, rng));
  const params = new Map(Object.entries(randomParams(forward, hash(`${c.id} params`))));
  for (const name of c.normalParams ?? []) {
    const t = params.get(name);
    expect(t, `param ${name}`).toBeDefined();
    params.set(name, new Tensor('f32', t!.shape, Float64Array.from(t!.data, () => Math.fround(rng.normal()))));
  }
  return { forward, backward, inputs, params, grads: wrt.map((n) => `grad:${n}`) };
}

/** PyTorch's gradients for the cases, one Python process per oracle script: case id -> `grad:<name>` -> tensor. */
export async function oracleBlockGrads(cases: readonly (readonly [BlockGradCase, PreparedBlock])[]): Promise<Map<string, Map<string, Tensor>>> {
  const result = new Map<string, Map<string, Tensor>>();
  for (const script of new Set(cases.map(([c]) => c.script))) {
    const mine = cases.filter(([c]) => c.script === script);
    const { outputs, errors } = await runGraphOracle(mine.map(([c, p]) => ({
      id: c.id, module: c.module, config: c.config, inputs: Object.fromEntries(p.inputs), params: Object.fromEntries(p.params),
    })), script);
    expect(errors).toEqual({});
    for (const [id, grads] of outputs) result.set(id, grads);
  }
  return result;
}

/** The largest difference of each gradient relative to its scale: its largest finite magnitude, but at least
 *  1e-3 of the largest among all of them. A gradient that cancels to (nearly) zero, such as that of a bias
 *  in front of a training-mode BatchNorm, has no scale of its own: what is left of it is rounding of terms
 *  of the size of the others. NaN matches NaN only (a graph may compute one, e.g. pow of a negative base). */
export function relativeErrors(got: ReadonlyMap<string, Tensor>, want: ReadonlyMap<string, Tensor>): Map<string, number> {
  const largest = (t: Tensor) => Math.max(0, ...Array.from(t.data, (v) => (Number.isNaN(v) ? 0 : Math.abs(v))));
  const floor = 1e-3 * Math.max(1e-6, ...Array.from(want.values(), largest));
  const errors = new Map<string, number>();
  for (const [name, w] of want) {
    const g = got.get(name);
    expect(g, `no ${name} computed`).toBeDefined();
    expect(g!.shape, name).toEqual(w.shape);
    const diff = (v: number, i: number): number => {
      const u = w.data[i];
      if (v === u || (Number.isNaN(v) && Number.isNaN(u))) return 0;
      const d = Math.abs(v - u);
      return Number.isNaN(d) ? Infinity : d;
    };
    errors.set(name, Math.max(0, ...Array.from(g!.data, diff)) / Math.max(floor, largest(w)));
  }
  return errors;
}

/** Every gradient the oracle computed is computed, no other, each within `tol` of its scale; returns the
 *  worst relative error. */
export function expectGradsClose(p: PreparedBlock, got: ReadonlyMap<string, Tensor>, want: ReadonlyMap<string, Tensor>, tol: number): number {
  expect([...want.keys()].sort()).toEqual([...p.grads].sort());
  const errors = relativeErrors(got, want);
  for (const [name, e] of errors) expect(e, `${name}: largest difference / scale`).toBeLessThanOrEqual(tol);
  return Math.max(...errors.values());
}
