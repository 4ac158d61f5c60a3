// A graph with state carried across runs (a training step in miniature): y = sum(w * x) and the next w and
// m, which the runtime writes back into the parameters (runtime/updates.ts), and the same steps on the host.
import { GraphBuilder } from '../../ir/builder.ts';
import type { Graph } from '../../ir/graph.ts';
import { init } from '../../ir/init.ts';
import { Tensor } from '../../ir/tensor.ts';

export function statefulNet(): Graph {
  const b = new GraphBuilder('stateful');
  const x = b.input('x', 'f32', [4]);
  const w = b.param('w', [4], init.normal(1));
  const m = b.param('m', [4], init.zeros(), { trainable: false });
  b.output('y', b.sum(b.mul(w, x), { axes: [0] }));
  const mNext = b.add(b.mul(m, 0.5), x);
  b.output('m_next', mNext);
  b.output('w_next', b.sub(w, b.mul(mNext, 0.25)));
  return b.build();
}

export const STATEFUL_UPDATES = new Map([['w_next', 'w'], ['m_next', 'm']]);

/** The values of y over `xs`, and the final w and m, computed in float64 on the host. */
export function statefulSteps(xs: readonly number[][], w0: readonly number[]): { ys: number[]; w: number[]; m: number[] } {
  let w = [...w0], m = [0, 0, 0, 0];
  const ys: number[] = [];
  for (const x of xs) {
    ys.push(w.reduce((a, wi, i) => a + wi * x[i], 0));
    m = m.map((mi, i) => mi * 0.5 + x[i]);
    w = w.map((wi, i) => wi - m[i] * 0.25);
  }
  return { ys, w, m };
}

export const f32 = (values: readonly number[]) => Tensor.from('f32', [values.length], values);
