// Reverse-mode differentiation as a graph -> graph pass. The result holds the forward nodes (the given
// graph simplified: the same ids and source lines where it had nothing to simplify), then the backward
// nodes, and has the original outputs plus one gradient output `grad:<name>` per input or parameter asked for. Only nodes on a path from a differentiated source to a
// differentiated output get backward nodes; a source no path reaches gets zeros. Each backward node keeps
// the line of the forward node it differentiates and says which node that is in its provenance
// (`∂ of %12 conv`; the sum of a value's cotangents from several readers: `∂ sum into %12`). The rules
// build locally, without looking for what another rule already built, so the result is simplified
// (exact rewrites only: every value bit for bit) before it is returned.
import { isFloat } from '../dtype.ts';
import { DTypeError, GraphError, InternalError, NotDifferentiableError, ShapeError, TempofuseError } from '../errors.ts';
import { Graph, formatType, type Node } from '../graph.ts';
import { formatShape, numel } from '../tensor.ts';
import { simplify } from '../rewrite/simplify.ts';
import { VjpContext } from './context.ts';
import { differentiable } from './rule.ts';
import { findSoftmaxes, softmaxVjp } from './softmax.ts';
import { VJPS } from './rules/index.ts';

export interface GradOptions {
  /** The output(s) to differentiate. */
  of: string | readonly string[];
  /** Names of inputs and parameters to differentiate with respect to; default: every trainable parameter. */
  wrt?: readonly string[];
  /** 'one': each output is a real scalar seeded with 1 (a gradient). 'input': each output's cotangent is
   *  a new graph input `grad_in:<output>` of the output's type (a vector-Jacobian product). */
  seed?: 'one' | 'input';
}

const carriesGradient = (n: Node): boolean => differentiable(n.type.dtype);
const site = (n: Node) => ({ node: `%${n.id} = ${n.op}`, loc: n.loc });

export function grad(given: Graph, opts: GradOptions): Graph {
  // the forward part simplified first, so that the final pass leaves its ids alone and provenance names them
  const graph = simplify(given).graph;
  const ofNames = typeof opts.of === 'string' ? [opts.of] : [...opts.of];
  const outputs = ofNames.map((name) => {
    const o = graph.outputs.find((x) => x.name === name);
    if (!o) throw new GraphError(`no output named '${name}' to differentiate`, { expected: `one of ${graph.outputs.map((x) => `'${x.name}'`).join(', ')}`, found: `'${name}'` });
    return o;
  });
  const sources = resolveSources(graph, opts.wrt);

  const out = new Graph(graph.name);
  for (const n of graph.nodes) out.append(n.op, n.inputs, n.attrs, n.loc, n.provenance);
  for (const o of graph.outputs) out.addOutput(o.name, o.node);

  const active = activeNodes(graph, sources.map((s) => s.id), outputs.map((o) => o.node));
  const softmaxes = findSoftmaxes(graph);
  const cotangents = new Map<number, number[]>();
  const contribute = (id: number, v: number) => cotangents.set(id, [...(cotangents.get(id) ?? []), v]);
  for (const o of outputs) contribute(o.node, seed(out, graph.node(o.node), o.name, opts.seed ?? 'one'));

  const summed = new Map<number, number>();
  for (let id = graph.nodes.length - 1; id >= 0; id--) {
    const parts = cotangents.get(id);
    if (!active[id] || !parts) continue;
    const node = graph.node(id);
    const sum = new VjpContext(out, node.loc, `∂ sum into %${id}`);
    const cot = parts.reduce((acc, v) => sum.add(acc, v));
    summed.set(id, cot);
    if (!carriesGradient(node)) continue;
    const sm = softmaxes.get(id);
    // (a softmax's division is active only when its input is)
    if (sm) contribute(sm.input, softmaxVjp(new VjpContext(out, node.loc, `∂ of %${id} softmax`), id, cot, sm));
    else backward(new VjpContext(out, node.loc, differentiates(node)), node, cot, active, contribute);
  }

  for (const s of sources) {
    const g = summed.get(s.id) ?? new VjpContext(out, s.loc, differentiates(s)).zerosLike(s.id);
    out.addOutput(`grad:${s.attrs.name as string}`, g);
  }
  return simplify(out).graph;
}

const differentiates = (n: Node): string => `∂ of %${n.id} ${n.op}`;

function resolveSources(graph: Graph, wrt: readonly string[] | undefined): Node[] {
  const named = graph.nodes.filter((n) => n.op === 'input' || n.op === 'param');
  if (wrt === undefined) return graph.params().filter((p) => p.attrs.trainable === true);
  return wrt.map((name) => {
    const n = named.find((x) => x.attrs.name === name);
    if (!n) throw new GraphError(`no input or parameter named '${name}' to differentiate with respect to`, { expected: 'the name of an input or param node', found: `'${name}'` });
    if (!carriesGradient(n)) {
      throw new DTypeError(`${n.op} '${name}' has no gradient: only float and c64 values are differentiable`, { ...site(n), expected: 'f32, f16 or c64', found: n.type.dtype });
    }
    return n;
  });
}

/** Nodes that depend on a source and that an output depends on: the only ones backward visits. */
function activeNodes(graph: Graph, sources: readonly number[], outputs: readonly number[]): boolean[] {
  const fromSource = graph.nodes.map(() => false);
  for (const s of sources) fromSource[s] = true;
  for (const n of graph.nodes) if (n.inputs.some((i) => fromSource[i])) fromSource[n.id] = true;
  const toOutput = graph.nodes.map(() => false);
  for (const o of outputs) toOutput[o] = true;
  for (let id = graph.nodes.length - 1; id >= 0; id--) if (toOutput[id]) for (const i of graph.node(id).inputs) toOutput[i] = true;
  return graph.nodes.map((_, id) => fromSource[id] && toOutput[id]);
}

function seed(out: Graph, node: Node, name: string, how: 'one' | 'input'): number {
  const ctx = new VjpContext(out, node.loc, `∂ seed of %${node.id} ${node.op}`);
  if (how === 'input') return ctx.op('input', [], { name: `grad_in:${name}`, dtype: node.type.dtype, shape: [...node.type.shape] });
  if (!isFloat(node.type.dtype)) {
    throw new DTypeError(`output '${name}' is not a real scalar, so it has no gradient; pass seed: 'input' for a vector-Jacobian product`, { ...site(node), expected: 'f32 or f16', found: node.type.dtype });
  }
  if (numel(node.type.shape) !== 1) {
    throw new ShapeError(`output '${name}' is not a scalar, so it has no gradient; pass seed: 'input' for a vector-Jacobian product`, { ...site(node), expected: 'one element', found: formatShape(node.type.shape) });
  }
  return ctx.fill(1, node.type.dtype, node.type.shape);
}

/** Apply `node`'s VJP rule and hand each active input its cotangent. */
function backward(ctx: VjpContext, node: Node, cot: number, active: readonly boolean[], contribute: (id: number, v: number) => void): void {
  const rule = VJPS.get(node.op);
  if (!rule) throw new InternalError(`op '${node.op}' has no VJP rule`, site(node));
  try {
    const cots = rule(ctx, { node, attrs: node.attrs, inputs: node.inputs, output: node.id, cot });
    node.inputs.forEach((input, i) => {
      const make = cots[i];
      if (!make || !active[input]) return;
      const v = make();
      const want = ctx.type(input), got = ctx.type(v);
      if (formatType(want) !== formatType(got)) {
        throw new InternalError(`VJP of ${node.op} gave input ${i} a cotangent of type ${formatType(got)}, not ${formatType(want)}`, site(node));
      }
      contribute(input, v);
    });
  } catch (e) {
    // a rule's own verdict (no gradient through this op) is the user's to see; any other user error from
    // inside a rule means the rule built a bad node
    if (e instanceof NotDifferentiableError) throw e.at(site(node));
    if (e instanceof TempofuseError) throw new InternalError(`VJP of ${node.op} built an invalid node: ${e.message}`, { ...site(node), cause: e });
    throw e;
  }
}
