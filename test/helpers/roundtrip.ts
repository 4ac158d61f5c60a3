// Shared by the text-form and JSON-form tests: a multi-node graph that exercises what a single-op case
// does not (params with every init kind, non-finite constants, several outputs), and a check that two
// graphs compute the same outputs in the reference interpreter.
import { expect } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { lanes } from '../../ir/dtype.ts';
import type { Graph } from '../../ir/graph.ts';
import { init } from '../../ir/init.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { Rng } from '../../runtime/random.ts';

export function richGraph(): Graph {
  const b = new GraphBuilder('rich "graph"\n');
  const x = b.input('x', 'f32', [2, 3, 8]);
  const w = b.scope('conv', () => b.param('weight', [4, 3, 3], init.kaimingNormal('fan_out', 'relu')));
  const bias = b.scope('conv', () => b.param('bias', [4, 1], init.zeros()));
  const y = b.relu(b.add(b.conv(x, w, { padding: [1] }), bias));
  const scale = b.param('scale', [4, 1], init.ones(), { trainable: false });
  const shift = b.param('shift', [4, 1], init.constant(-0.5), { trainable: false });
  const n = b.param('noise', [8], init.normal(0.02, 1e-3));
  const u = b.param('u', [8], init.uniform(-0.1, 0.1));
  const k = b.param('k', [4, 4, 1], init.kaimingUniform('fan_in', 'leaky_relu', 0.2));
  const z = b.add(b.add(b.mul(y, scale), shift), b.add(n, u));
  const pooled = b.maxpool(b.pad(z, { pads: [[0, 0], [0, 0], [1, 1]], value: -Infinity }), { kernel: [3], stride: [2] });
  const special = b.constant([Infinity, -Infinity, NaN, -0, 5e-324, 1.5e21, 0.1], 'f32', [7]);
  b.output('y', b.conv(y, k));
  b.output('pooled', pooled);
  b.output('special', b.mul(special, 2));
  return b.build();
}

/** Deterministic values for every input and param the graph declares. */
function bindings(g: Graph, op: 'input' | 'param'): Map<string, Tensor> {
  const rng = new Rng(7);
  return new Map(g.nodes.filter((n) => n.op === op).map((n) => [
    n.attrs.name as string,
    Tensor.from(n.type.dtype, n.type.shape, Array.from({ length: numel(n.type.shape) * lanes(n.type.dtype) }, () => rng.normal())),
  ]));
}

/** Both graphs give bit-identical outputs for the same bindings (named after `a`'s declarations). */
export function expectSameOutputs(a: Graph, b: Graph, inputs: Map<string, Tensor> = bindings(a, 'input')): void {
  const params = bindings(a, 'param');
  const ra = runReference(a, inputs, params).outputs;
  const rb = runReference(b, inputs, params).outputs;
  expect([...rb.keys()]).toEqual([...ra.keys()]);
  for (const [name, t] of ra) {
    const u = rb.get(name)!;
    expect(u.dtype).toBe(t.dtype);
    expect(u.shape).toEqual(t.shape);
    expect(Array.from(u.data)).toEqual(Array.from(t.data));
  }
}
