// Gradient checks for ir/autodiff: a case builds a small graph; grad() differentiates it (a vector-Jacobian
// product with a random cotangent per output); the reference interpreter runs the result. The gradients
// are checked against central finite differences of the same graph on the reference (float64 inside), and
// against PyTorch autograd running the same nodes in float64 (test/oracle/autodiff.py).
import { expect } from 'vitest';
import { grad } from '../../ir/autodiff/grad.ts';
import { differentiable } from '../../ir/autodiff/rule.ts';
import { GraphBuilder, type Value } from '../../ir/builder.ts';
import { lanes, type DType } from '../../ir/dtype.ts';
import type { Graph } from '../../ir/graph.ts';
import { graphToJSON } from '../../ir/json.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { runPythonBatch } from './oracle.ts';

/** How an input's values are drawn: normal, uniform in [0.5, 2], or given. */
export type Draw = 'normal' | 'positive' | readonly number[];

export interface InputSpec { dtype: DType; shape: readonly number[]; draw?: Draw; param?: boolean }

export interface GradCase {
  id: string;
  inputs: Record<string, InputSpec>;
  build: (b: GraphBuilder, x: Record<string, Value>) => Value | Record<string, Value>;
  /** Finite differences: step and tolerance (of the gradient's scale), or false where a kink or a tie
   *  makes them meaningless (the oracle still checks). */
  fd?: false | { h?: number; tol?: number };
  /** The seed: 'input' (a random cotangent per output, default) or 'one' (a scalar output). */
  seed?: 'one' | 'input';
}

export interface Prepared {
  forward: Graph;
  backward: Graph;
  values: Map<string, Tensor>;
  cotangents: Map<string, Tensor>;
  wrt: string[];
}

/** Values in float64 storage, each first rounded to f32 so that PyTorch starts from the same numbers. */
function draw(spec: InputSpec, rng: Rng): Tensor {
  const n = numel(spec.shape) * lanes(spec.dtype);
  const d = spec.draw ?? 'normal';
  const data = Float64Array.from({ length: n }, (_, i) =>
    typeof d !== 'string' ? d[i] : Math.fround(d === 'positive' ? rng.uniform(0.5, 2) : rng.normal()));
  return new Tensor(spec.dtype, spec.shape, data);
}

export function prepare(c: GradCase, seed = 1): Prepared {
  const rng = new Rng(seed);
  const b = new GraphBuilder(c.id);
  const vals: Record<string, Value> = {};
  for (const [name, spec] of Object.entries(c.inputs)) {
    vals[name] = spec.param ? b.param(name, spec.shape, { kind: 'zeros' }, { dtype: spec.dtype }) : b.input(name, spec.dtype, spec.shape);
  }
  const built = c.build(b, vals);
  const outs = 'builder' in built ? { y: built as Value } : built as Record<string, Value>;
  for (const [name, v] of Object.entries(outs)) b.output(name, v);
  const forward = b.build();
  const values = new Map(Object.entries(c.inputs).map(([name, spec]) => [name, draw(spec, rng)]));
  const wrt = Object.entries(c.inputs).filter(([, s]) => differentiable(s.dtype)).map(([name]) => name);
  const how = c.seed ?? 'input';
  const backward = grad(forward, { of: Object.keys(outs), wrt, seed: how });
  const cotangents = new Map(how === 'one' ? [] : forward.outputs.map((o) => {
    const t = forward.node(o.node).type;
    return [o.name, draw({ dtype: t.dtype, shape: t.shape }, rng)] as const;
  }));
  return { forward, backward, values, cotangents, wrt };
}

function split(g: Graph, values: ReadonlyMap<string, Tensor>, extra: ReadonlyMap<string, Tensor> = new Map()) {
  const inputs = new Map<string, Tensor>(), params = new Map<string, Tensor>();
  for (const n of g.inputs()) inputs.set(n.attrs.name as string, values.get(n.attrs.name as string) ?? extra.get(n.attrs.name as string)!);
  for (const n of g.params()) params.set(n.attrs.name as string, values.get(n.attrs.name as string)!);
  return { inputs, params };
}

/** The gradients grad() computes, on the reference interpreter. */
export function computedGrads(p: Prepared): Map<string, Tensor> {
  const seeds = new Map([...p.cotangents].map(([k, v]) => [`grad_in:${k}`, v]));
  const { inputs, params } = split(p.backward, p.values, seeds);
  const out = runReference(p.backward, inputs, params).outputs;
  return new Map(p.wrt.map((n) => [n, out.get(`grad:${n}`)!]));
}

/** sum over outputs of <c, y> (over re and im lanes alike, which is Re(conj(c) y)), or the scalar output. */
function objective(p: Prepared, values: ReadonlyMap<string, Tensor>): number {
  const { inputs, params } = split(p.forward, values);
  const out = runReference(p.forward, inputs, params).outputs;
  let total = 0;
  for (const [name, y] of out) {
    const c = p.cotangents.get(name);
    for (let i = 0; i < y.data.length; i++) total += y.data[i] * (c ? c.data[i] : 1);
  }
  return total;
}

/** Central finite differences of the objective, lane by lane (re and im parts of c64 separately). */
export function finiteDifferences(p: Prepared, h: number): Map<string, Tensor> {
  const result = new Map<string, Tensor>();
  for (const name of p.wrt) {
    const x = p.values.get(name)!;
    const g = Tensor.zeros(x.dtype, x.shape);
    for (let i = 0; i < x.data.length; i++) {
      const at = (delta: number) => {
        const moved = new Tensor(x.dtype, x.shape, Float64Array.from(x.data));
        moved.data[i] += delta;
        return objective(p, new Map(p.values).set(name, moved));
      };
      g.data[i] = (at(h) - at(-h)) / (2 * h);
    }
    result.set(name, g);
  }
  return result;
}

/** PyTorch's gradients for many prepared cases, in one Python process. */
export async function oracleGrads(cases: readonly [string, Prepared][]): Promise<Map<string, Map<string, Tensor>>> {
  const tensors = new Map<string, Tensor>();
  const json = cases.map(([id, p]) => {
    const key = (kind: string, name: string, t: Tensor) => { const k = `${id}/${kind}/${name}`; tensors.set(k, t); return k; };
    return {
      id,
      nodes: graphToJSON(p.forward).nodes,
      outputs: p.forward.outputs,
      values: Object.fromEntries([...p.values].map(([n, t]) => [n, key('v', n, t)])),
      cotangents: Object.fromEntries(p.forward.outputs.map((o) => [o.name, key('c', o.name, p.cotangents.get(o.name) ?? onesLike(p.forward, o.node))])),
      wrt: p.wrt,
    };
  });
  const { outputs, errors } = await runPythonBatch('autodiff.py', json, tensors);
  expect(errors).toEqual({});
  return new Map(cases.map(([id, p]) => [id, new Map(p.wrt.map((n) => [n, outputs.get(`${id}/grad:${n}`)!]))]));
}

const onesLike = (g: Graph, node: number): Tensor => {
  const t = g.node(node).type;
  return new Tensor(t.dtype, t.shape, new Float64Array(numel(t.shape) * lanes(t.dtype)).fill(1));
};

/** Every gradient within `tol` of its scale (its largest magnitude, at least 1e-3). */
export function expectClose(got: ReadonlyMap<string, Tensor>, want: ReadonlyMap<string, Tensor>, tol: number): void {
  for (const [name, w] of want) {
    const g = got.get(name)!;
    expect(g.dtype, name).toBe(w.dtype);
    expect(g.shape, name).toEqual(w.shape);
    const scale = Math.max(1e-3, ...Array.from(w.data, Math.abs));
    const worst = Math.max(0, ...Array.from(g.data, (v, i) => Math.abs(v - w.data[i])));
    expect(worst / scale, `${name}: largest difference ${worst} at scale ${scale}`).toBeLessThanOrEqual(tol);
  }
}
