// The reference interpreter: executes any graph on the CPU with each op's registry reference
// (float64 inside). Written for clarity; it is the first of the three references generated kernels
// are checked against.
import { InputMismatchError, ParamMismatchError, TempofuseError } from '../../ir/errors.ts';
import { formatType, lookupOp, type Graph, type Node } from '../../ir/graph.ts';
import type { Tensor } from '../../ir/tensor.ts';

export type TensorMap = ReadonlyMap<string, Tensor> | Readonly<Record<string, Tensor>>;

const asMap = (m: TensorMap): ReadonlyMap<string, Tensor> => (m instanceof Map ? m : new Map(Object.entries(m)));

export interface RunResult {
  /** Graph outputs by name. */
  outputs: Map<string, Tensor>;
  /** Every node's value, when `keepAll` was asked for (used to diff kernel boundaries). */
  values?: Tensor[];
}

export function runReference(graph: Graph, inputs: TensorMap, params: TensorMap, opts: { keepAll?: boolean } = {}): RunResult {
  graph.validate();
  const ins = asMap(inputs);
  const ps = asMap(params);
  checkBindings(graph, 'input', ins);
  checkBindings(graph, 'param', ps);

  const lastUse = new Array<number>(graph.nodes.length).fill(-1);
  for (const n of graph.nodes) for (const i of n.inputs) lastUse[i] = n.id;
  for (const o of graph.outputs) lastUse[o.node] = Infinity;

  const values: (Tensor | undefined)[] = new Array(graph.nodes.length);
  for (const node of graph.nodes) {
    values[node.id] = evalNode(node, values, ins, ps);
    if (!opts.keepAll) for (const i of node.inputs) if (lastUse[i] === node.id) values[i] = undefined;
  }
  const outputs = new Map(graph.outputs.map((o) => [o.name, values[o.node]!] as const));
  return { outputs, values: opts.keepAll ? (values as Tensor[]) : undefined };
}

function evalNode(node: Node, values: (Tensor | undefined)[], ins: ReadonlyMap<string, Tensor>, ps: ReadonlyMap<string, Tensor>): Tensor {
  if (node.op === 'input') return ins.get(node.attrs.name as string)!;
  if (node.op === 'param') return ps.get(node.attrs.name as string)!;
  try {
    return lookupOp(node.op).reference(node.inputs.map((i) => values[i]!), node.attrs as never, node.type);
  } catch (e) {
    if (e instanceof TempofuseError) e.at({ node: `%${node.id} = ${node.op}`, loc: node.loc });
    throw e;
  }
}

/** Every input/param the graph declares must be given with its dtype and shape; nothing extra may be given. */
export function checkBindings(graph: Graph, kind: 'input' | 'param', given: ReadonlyMap<string, Tensor>): void {
  const Err = kind === 'input' ? InputMismatchError : ParamMismatchError;
  const declared = graph.nodes.filter((n) => n.op === kind);
  const problems: string[] = [];
  for (const n of declared) {
    const name = n.attrs.name as string;
    const t = given.get(name);
    if (!t) problems.push(`missing ${kind} '${name}' (${formatType(n.type)})`);
    else if (t.dtype !== n.type.dtype || t.shape.length !== n.type.shape.length || t.shape.some((d, i) => d !== n.type.shape[i])) {
      problems.push(`${kind} '${name}' is ${formatType(t)}, the network declares ${formatType(n.type)}`);
    }
  }
  const names = new Set(declared.map((n) => n.attrs.name as string));
  for (const name of given.keys()) if (!names.has(name)) problems.push(`unexpected ${kind} '${name}': the network has no such ${kind}`);
  if (problems.length) {
    throw new Err(`${problems.length} ${kind} problem(s): ${problems.join('; ')}`, {
      expected: `${declared.length} ${kind}(s) as declared`, found: `${given.size} given`,
    });
  }
}
