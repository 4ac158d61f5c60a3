// The planner's view of a lowering: which output axes each input index depends on. The op's own lowering
// is run once with symbolic output indices (variables #o0, #o1, ...) against a context that records every
// input index it asks for: loop and reduction variables become #l.., input elements #i.. and other
// computed values #d.. (both data). So the planner learns from the one place that defines an op's
// indexing, and a new op needs no extra declaration.
import type { Graph, Node } from '../ir/graph.ts';
import * as x from './kexpr.ts';
import { collectVars, typeOf, type Expr, type KType } from './kir.ts';
import type { LowerCtx, Mutable } from './lowering.ts';
import { ktypeOf } from './lowering.ts';
import { loweringOf } from './lower/index.ts';

/** How one axis of an input is indexed, over every read of that input. */
export interface AxisUse {
  /** Output axes the index depends on. */
  readonly axes: ReadonlySet<number>;
  /** It depends on a loop or reduction variable: the whole axis is read per output element. */
  readonly loop: boolean;
  /** It depends on data read from an input (gather, sampling coordinates): unknown before run time. */
  readonly data: boolean;
  /** Every read indexes it with exactly output axis `exact` (no arithmetic). */
  readonly exact?: number;
}

export interface OpProbe {
  /** Per input (undefined when the lowering never reads it), per axis of that input. */
  readonly inputs: readonly (readonly AxisUse[] | undefined)[];
  /** The lowering returns one input element unchanged (reshape, permute, slice, ...): no arithmetic. */
  readonly indexOnly: boolean;
}

interface Acc { axes: Set<number>; loop: boolean; data: boolean; exact: number | undefined | null }

const cache = new WeakMap<Node, OpProbe>();

/** Probe node `n`'s lowering (cached per node). Ops without a lowering read nothing. */
export function probeOp(g: Graph, n: Node): OpProbe {
  const hit = cache.get(n);
  if (hit) return hit;
  const lower = loweringOf(n.op);
  const ins = n.inputs.map((i) => g.nodes[i].type);
  const reads: (Acc[] | undefined)[] = ins.map(() => undefined);
  let fresh = 0;
  const data = (t: KType) => x.v(`#d${fresh++}`, t);
  const loopVar = () => x.v(`#l${fresh++}`, 'i32');
  // a let-bound value stands for the variables its expression read (resolved, so trees stay small)
  const bound = new Map<string, Set<string>>();
  const varsOf = (e: Expr): Set<string> => {
    const raw = new Set<string>();
    collectVars(e, raw);
    const out = new Set<string>();
    for (const v of raw) for (const r of bound.get(v) ?? [v]) out.add(r);
    return out;
  };
  const record = (i: number, idx: readonly Expr[]) => {
    const acc = (reads[i] ??= ins[i].shape.map(() => ({ axes: new Set<number>(), loop: false, data: false, exact: null })));
    idx.forEach((e, a) => {
      for (const v of varsOf(e)) {
        if (v.startsWith('#o')) acc[a].axes.add(Number(v.slice(2)));
        else if (v.startsWith('#l')) acc[a].loop = true;
        else acc[a].data = true;
      }
      const exact = e.k === 'var' && e.name.startsWith('#o') ? Number(e.name.slice(2)) : undefined;
      acc[a].exact = acc[a].exact === null || acc[a].exact === exact ? exact : undefined;
    });
  };
  const ctx: LowerCtx = {
    input(i, idx) {
      record(i, idx);
      return x.v(`#i${fresh++}`, ktypeOf(ins[i].dtype)); // an input element: data, kept apart for indexOnly
    },
    inputFlat(i, _flat, idx) {
      return this.input(i, idx());
    },
    sym: (_value, hint) => x.sym(hint),
    count: (_value, hint) => x.sym(hint),
    let(value) {
      if (value.k === 'var' || value.k === 'const' || value.k === 'sym' || value.k === 'builtin') return value;
      const name = `#t${fresh++}`;
      bound.set(name, varsOf(value));
      return x.v(name, typeOf(value));
    },
    line(i, idx, axis) {
      const l = loopVar();
      record(i, idx.map((e, a) => (a === axis ? l : e)));
      return () => data(ktypeOf(ins[i].dtype));
    },
    table(_key, t, _size, _length, element) {
      element(loopVar());
      return () => data(t);
    },
    group(_key, _fixed, compute) {
      const values = compute();
      return (i) => values[i];
    },
    mutable(init): Mutable {
      return { ref: data(typeOf(init)), set: () => undefined };
    },
    loop(_end, body) { body(loopVar()); },
    when(_cond, then, otherwise) { then(); otherwise?.(); },
    trap: () => undefined,
    reduce(_count, init, combine, element) {
      combine(init, element(loopVar()));
      return data(typeOf(init));
    },
  };
  let result: Expr | undefined;
  if (lower) {
    const idx = n.type.shape.map((_, a) => x.v(`#o${a}`, 'i32'));
    result = lower.emit(ctx, idx, n.attrs as never, ins, n.type);
  }
  const probe: OpProbe = {
    inputs: reads.map((r) => r?.map((a) => ({ axes: a.axes, loop: a.loop, data: a.data, exact: a.exact ?? undefined }))),
    indexOnly: result?.k === 'var' && result.name.startsWith('#i'),
  };
  cache.set(n, probe);
  return probe;
}
