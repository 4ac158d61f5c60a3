// Algebraic clean-up, to a fixed point: movement that composes or does nothing, and arithmetic with an
// identity operand, folded away. Autodiff output is full of both (reshapes of reshapes, gradients
// multiplied by ones, sums of broadcast cotangents).
//
// Preserves every output's value bit for bit, under IEEE arithmetic and under the reference
// interpreter, unless `exactFloats: false` is given. A rule fires only where shapes and dtypes prove
// that; so an identity operand must not broadcast the other one to a larger shape. The decisions:
//  - x*1, 1*x and x/1 are exact for real dtypes (also for -0, infinities and NaN). Complex products are
//    not (the cross terms add a signed zero to each part), so c64 is left alone.
//  - x+0 is not exact in IEEE arithmetic: -0 + +0 = +0, so folding it would turn a +0 result into -0,
//    and the sign of a zero is observable downstream (1/x gives -inf instead of +inf). PyTorch's autograd
//    produces such terms and keeps them. Exact for floats are x + (-0), (-0) + x and x - (+0), which the
//    rules fold; integer zeros have no sign and always fold. `exactFloats: false` folds any float zero
//    (documented sign change: a +0 result may become -0).
//  - A sum over n copies of x (a sum of an expand over its expanded axes) is n*x in real arithmetic, but
//    in floats n additions round n-1 times and n*x once, and a sum of -0s is +0 (sums start at +0). So the
//    multiply by the count is made for integer dtypes (wrapping arithmetic is exact) and, for floats,
//    only with `exactFloats: false`. A sum over axes the expand did not repeat is exact for every dtype:
//    it becomes a smaller sum of the source (the same elements in the same order), then the expand.
//  - A cast to the value's own dtype is the identity, except to f32: the reference keeps f32 results in
//    float64, and a cast to f32 is where it rounds them.
// Constants are const nodes that fill their shape with one value, also behind expands and reshapes.
// A rule builds at most as many nodes as it frees, so a round never grows the graph once dead nodes go.
import { isFloat, isInt, type DType } from '../dtype.ts';
import { InternalError } from '../errors.ts';
import type { Graph, Node } from '../graph.ts';
import { composeMaps, rebuildGraph, type Rebuilder, type Rebuilt } from './rebuild.ts';
import { fillOf, sameShape } from './values.ts';

export interface CleanupOptions {
  /** Only rewrites exact in IEEE arithmetic (default true); see the header for what false adds. */
  readonly exactFloats?: boolean;
}

/** Rounds after which a clean-up that still changes the graph must be cycling (a compiler bug). */
const MAX_ROUNDS = 1000;

/** The clean-up rules applied until none fires. */
export function cleanUpAlgebra(g: Graph, opts: CleanupOptions = {}): Rebuilt {
  let graph = g;
  let idMap: (number | undefined)[] = g.nodes.map((n) => n.id);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const pass = cleanUpOnce(graph, opts.exactFloats ?? true);
    if (pass.rewrites === 0) return { graph, idMap };
    graph = pass.graph;
    idMap = composeMaps(idMap, pass.idMap);
  }
  throw new InternalError(`algebraic clean-up of '${g.name}' did not settle in ${MAX_ROUNDS} rounds`);
}

/** One round: every node with the rules applied to its (already rewritten) inputs. */
function cleanUpOnce(g: Graph, exact: boolean): Rebuilt & { rewrites: number } {
  const uses = new Array<number>(g.nodes.length).fill(0);
  for (const n of g.nodes) for (const i of n.inputs) uses[i]++;
  for (const o of g.outputs) uses[o.node]++;
  let rewrites = 0;
  const rebuilt = rebuildGraph(g, (n, r) => {
    const ctx: RuleContext = { r, exact, old: g, uses, ins: n.inputs.map((i) => r.graph.node(r.mapped(i))) };
    const id = RULES[n.op]?.(n, ctx);
    if (id === undefined) return r.copy(n);
    rewrites++;
    return id;
  });
  return { ...rebuilt, rewrites };
}

interface RuleContext {
  readonly r: Rebuilder;
  readonly exact: boolean;
  /** The graph being rewritten, and how many times each of its nodes is read (outputs included). */
  readonly old: Graph;
  readonly uses: readonly number[];
  /** The node's inputs, as nodes of the new graph. */
  readonly ins: readonly Node[];
}

/** A rule returns the node's value in the new graph, or undefined when it does not apply. */
type Rule = (n: Node, c: RuleContext) => number | undefined;

const normAxes = (axes: readonly number[], rank: number): number[] => axes.map((a) => (a < 0 ? a + rank : a));
const isIdentityPerm = (perm: readonly number[]): boolean => perm.every((p, k) => p === k);
const sameShapeAs = (n: Node, x: Node): boolean => sameShape(n.type.shape, x.type.shape);

/** Whether `fill` is 1 of a real dtype (x*1 = x exactly). */
const isOne = (dtype: DType, fill: readonly number[] | undefined): boolean =>
  (isFloat(dtype) || isInt(dtype)) && fill !== undefined && fill[0] === 1;

/** Whether adding (`sign` -0) or subtracting (`sign` +0) the zero `fill` leaves every value as it is. */
function isNeutralZero(dtype: DType, fill: readonly number[] | undefined, sign: -0 | 0, exact: boolean): boolean {
  if (fill === undefined || !fill.every((v) => v === 0)) return false;
  if (isInt(dtype) || !exact) return true;
  return fill.every((v) => Object.is(v, sign));
}

/** `n` is x ∘ y with `y` (input `k`) a constant that leaves x unchanged: x's value, where it has n's shape. */
function identityOperand(n: Node, c: RuleContext, neutral: (fill: readonly number[] | undefined) => boolean, ks: readonly number[]): number | undefined {
  for (const k of ks) {
    const x = c.ins[1 - k];
    if (neutral(fillOf(c.r.graph, c.ins[k].id)) && sameShapeAs(n, x)) return x.id;
  }
  return undefined;
}

const RULES: Partial<Record<string, Rule>> = {
  reshape: (n, { r, ins: [x] }) => {
    const src = x.op === 'reshape' ? r.graph.node(x.inputs[0]) : x;
    if (sameShape(src.type.shape, n.type.shape)) return src.id;
    return src === x ? undefined : r.append('reshape', [src.id], { shape: [...n.type.shape] }, n);
  },
  permute: (n, { r, ins: [x] }) => {
    const rank = n.type.shape.length;
    const perm = normAxes(n.attrs.perm as number[], rank);
    if (isIdentityPerm(perm)) return x.id;
    if (x.op !== 'permute') return undefined;
    const inner = normAxes(x.attrs.perm as number[], rank);
    const composed = perm.map((k) => inner[k]); // output axis j is x's axis perm[j], which is inner[perm[j]] of the source
    return isIdentityPerm(composed) ? x.inputs[0] : r.append('permute', [x.inputs[0]], { perm: composed }, n);
  },
  expand: (n, { r, ins: [x] }) => {
    if (sameShapeAs(n, x)) return x.id;
    return x.op === 'expand' ? r.append('expand', [x.inputs[0]], { shape: [...n.type.shape] }, n) : undefined;
  },
  // a slice keeping an axis's size (start 0, or a step over a size-1 axis) keeps every element in order
  slice: (n, { ins: [x] }) => (sameShapeAs(n, x) ? x.id : undefined),
  cast: (n, { ins: [x] }) => (n.attrs.to === x.type.dtype && x.type.dtype !== 'f32' ? x.id : undefined),
  neg: (_n, { ins: [x] }) => (x.op === 'neg' ? x.inputs[0] : undefined),
  mul: (n, c) => identityOperand(n, c, (f) => isOne(n.type.dtype, f), [1, 0]),
  div: (n, c) => (isFloat(n.type.dtype) ? identityOperand(n, c, (f) => isOne(n.type.dtype, f), [1]) : undefined),
  add: (n, c) => identityOperand(n, c, (f) => isNeutralZero(n.type.dtype, f, -0, c.exact), [1, 0]),
  sub: (n, c) => identityOperand(n, c, (f) => isNeutralZero(n.type.dtype, f, 0, c.exact), [1]),
  sum: sumOfExpand,
};

/** sum(expand(x)) over axes A: x's own elements summed over A's axes of x, times the copies the
 *  expand made along A, then expanded to the result's shape. */
function sumOfExpand(n: Node, { r, exact, old, uses, ins: [x] }: RuleContext): number | undefined {
  if (x.op !== 'expand') return undefined;
  const src = r.graph.node(x.inputs[0]);
  const e = x.type.shape, s = src.type.shape;
  const off = e.length - s.length;
  const keepdims = n.attrs.keepdims as boolean;
  let copies = 1;
  const srcAxes: number[] = [];
  for (const k of normAxes(n.attrs.axes as number[], e.length)) {
    if (k >= off) srcAxes.push(k - off);
    if (k < off || s[k - off] === 1) copies *= e[k];
  }
  const dtype = n.type.dtype;
  if (copies === 0) return undefined; // an empty sum is 0, which copies * x is not for x = inf or NaN
  if (!isInt(dtype) && exact && (copies !== 1 || srcAxes.length === 0)) return undefined;
  // a kept size-1 axis needs no sum, except where exact floats need its -0 + +0 = +0
  const sumAxes = srcAxes.filter((i) => s[i] !== 1 || !keepdims || (exact && !isInt(dtype))).sort((a, b) => a - b);
  const summed = keepdims ? s.map((d, i) => (sumAxes.includes(i) ? 1 : d)) : s.filter((_, i) => !sumAxes.includes(i));
  const expands = !sameShape(summed, n.type.shape);
  const built = Number(sumAxes.length > 0) + (copies !== 1 ? 2 : 0) + Number(expands);
  const input = old.node(n.inputs[0]);
  const freed = 1 + Number(input.op === 'expand' && uses[input.id] === 1);
  if (built > freed) return undefined;
  let t = src.id;
  if (sumAxes.length > 0) t = r.append('sum', [t], { axes: sumAxes, keepdims }, n);
  if (copies !== 1) {
    const count = r.append('const', [], { dtype, shape: [], value: dtype === 'c64' ? [copies, 0] : [copies] }, n);
    t = r.append('mul', [t, count], {}, n);
  }
  return expands ? r.append('expand', [t], { shape: [...n.type.shape] }, n) : t;
}
