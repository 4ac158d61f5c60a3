// What the graph fuzzers (JSON form, text form) start from and what they check a parsed graph for.
import { ALL_CASES } from '../cases/index.ts';
import { lanes } from '../../ir/dtype.ts';
import { TempofuseError } from '../../ir/errors.ts';
import { formatType, type Graph } from '../../ir/graph.ts';
import { graphFromJSON, graphToJSON } from '../../ir/json.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { parseGraph, printGraph } from '../../ir/text.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { caseGraph } from './cases.ts';
import { check } from './fuzz.ts';
import { randomGraph } from './random-graph.ts';
import { richGraph } from './roundtrip.ts';

/** Seed graphs: a multi-node graph with params, constants and locations, one op case in seven (every op
 *  family, attributes of every kind), and a few random fused-op graphs. */
export function graphCorpus(): Graph[] {
  return [richGraph(), ...ALL_CASES.filter((_, i) => i % 7 === 0).map(caseGraph), ...[1, 2, 3].map((s) => randomGraph(s).graph)];
}

/** The names a graph declares (inputs, params, outputs): the mutators reuse them to make duplicates. */
export function graphNames(g: Graph): string[] {
  return [...g.nodes.filter((n) => typeof n.attrs.name === 'string').map((n) => n.attrs.name as string), ...g.outputs.map((o) => o.name)];
}

/** Values whose element count stays below this run through the reference interpreter. */
const TINY = 20;

/**
 * A graph a parser accepted is a graph: its JSON and text forms both read back to the same graph, and
 * when it is tiny the reference interpreter runs it (zeros for every input and param) to outputs of the
 * types the graph declares, or stops with a typed error.
 */
export function checkParsedGraph(g: Graph): void {
  const json = JSON.stringify(graphToJSON(g));
  check(JSON.stringify(graphToJSON(graphFromJSON(JSON.parse(json)))) === json, 'the JSON form does not read back to the same graph');
  const text = printGraph(g);
  check(printGraph(parseGraph(text)) === text, 'the text form does not read back to the same graph');
  if (!g.nodes.every((n) => numel(n.type.shape) < TINY)) return;
  const zeros = (op: string) => new Map(g.nodes.filter((n) => n.op === op)
    .map((n) => [n.attrs.name as string, new Tensor(n.type.dtype, n.type.shape, new Float64Array(numel(n.type.shape) * lanes(n.type.dtype)))]));
  let outputs: Map<string, Tensor>;
  try {
    outputs = runReference(g, zeros('input'), zeros('param')).outputs as Map<string, Tensor>;
  } catch (e) {
    if (e instanceof TempofuseError) return;
    throw e;
  }
  for (const o of g.outputs) {
    const t = outputs.get(o.name);
    const want = formatType(g.nodes[o.node].type);
    check(t !== undefined && formatType({ dtype: t.dtype, shape: t.shape }) === want, `output ${o.name}: the interpreter gave ${t ? formatType(t) : 'nothing'}, the graph says ${want}`);
  }
}
