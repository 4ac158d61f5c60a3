// What the rewrite passes need to know about values: a canonical key for attributes (to tell equal
// nodes apart from different ones) and which values are one constant filling their whole shape.
import type { AttrValue } from '../attrs.ts';
import { lanes } from '../dtype.ts';
import type { Graph, Node } from '../graph.ts';

/** A string equal for equal attribute values only: -0 differs from 0, NaN equals NaN, object keys in
 *  sorted order. */
export function attrKey(v: AttrValue): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(attrKey).join(',')}]`;
  return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${attrKey(v[k])}`).join(',')}}`;
}

/** The lanes of the one value a const node fills its shape with (one number; c64: re, im), or undefined
 *  when its elements differ. An empty tensor has no value to report. */
export function constFill(n: Node): readonly number[] | undefined {
  if (n.op !== 'const') return undefined;
  const L = lanes(n.type.dtype);
  const value = n.attrs.value as number[];
  if (value.length < L) return undefined;
  const first = value.slice(0, L);
  for (let i = L; i < value.length; i++) if (!Object.is(value[i], first[i % L])) return undefined;
  return first;
}

/** The fill of a value that is a one-valued const, possibly behind expands and reshapes (which repeat
 *  or regroup its elements and so keep it one-valued). */
export function fillOf(g: Graph, id: number): readonly number[] | undefined {
  let n = g.node(id);
  while (n.op === 'expand' || n.op === 'reshape') n = g.node(n.inputs[0]);
  return constFill(n);
}

export const sameShape = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((d, i) => d === b[i]);
