// Single-op test cases: an op, its inputs (shapes plus how to draw values) and attributes. The same
// case list drives the oracle comparison, the text/JSON round trip and the registry coverage check.
import type { DType } from '../../ir/dtype.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import type { Graph } from '../../ir/graph.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { lanes } from '../../ir/dtype.ts';
import { Rng } from '../../runtime/random.ts';

/** How to draw an input's values: normal(0,1); uniform in (-1,1); positive in [0.1, 2); small integers
 *  in [-5, 5]; bool; indices in [0, max). Or give `values` directly. */
export type Gen = 'normal' | 'uniform' | 'positive' | 'int' | 'bool' | 'index';

export interface InputSpec {
  shape: number[];
  dtype?: DType;
  gen?: Gen;
  /** Upper bound (exclusive) for gen 'index'. */
  max?: number;
  values?: number[];
}

export interface OpCase {
  op: string;
  /** Unique within the op: what edge the case exercises. */
  title: string;
  inputs: InputSpec[];
  attrs?: Record<string, unknown>;
  /** Relative tolerance against the oracle (default 1e-6 of the output's scale). */
  tol?: number;
}

export const caseId = (c: OpCase): string => `${c.op}: ${c.title}`;

/** FNV-1a: a 32-bit seed from a case title, so each case draws its own values. */
export function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The case's input tensors, drawn deterministically from its id. */
export function caseInputs(c: OpCase): Tensor[] {
  const rng = new Rng(hash(caseId(c)));
  return c.inputs.map((s) => {
    const dtype = s.dtype ?? (s.gen === 'bool' ? 'bool' : s.gen === 'index' || s.gen === 'int' ? 'i32' : 'f32');
    const n = numel(s.shape) * lanes(dtype);
    if (s.values) return Tensor.from(dtype, s.shape, s.values);
    const draw = (): number => {
      switch (s.gen ?? 'normal') {
        case 'normal': return rng.normal();
        case 'uniform': return rng.uniform(-1, 1);
        case 'positive': return rng.uniform(0.1, 2);
        case 'int': return rng.int(-5, 6);
        case 'bool': return rng.int(0, 2);
        case 'index': return rng.int(0, s.max ?? 1);
      }
    };
    return Tensor.from(dtype, s.shape, Array.from({ length: n }, draw));
  });
}

/** A graph of one op applied to inputs x0, x1, ...; output 'y'. */
export function caseGraph(c: OpCase): Graph {
  const b = new GraphBuilder(c.op);
  const xs = caseInputs(c).map((t, i) => b.input(`x${i}`, t.dtype, t.shape));
  b.output('y', b.apply(c.op, xs, c.attrs ?? {}));
  return b.build();
}
