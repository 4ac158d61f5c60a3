// The reference interpreter: executes any graph on the CPU with each op's registry reference
// (float64 inside). Written for clarity; it is the first of the three references generated kernels
// are checked against.
import { TempofuseError } from '../../ir/errors.ts';
import { lookupOp, type Graph, type Node } from '../../ir/graph.ts';
import { checkBindings, declaredBy } from '../bindings.ts';
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
  checkBindings(declaredBy(graph, 'input'), 'input', ins);
  checkBindings(declaredBy(graph, 'param'), 'param', ps);

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
