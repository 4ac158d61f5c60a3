// The graph IR: a typed DAG of op nodes in topological order (a node only reads earlier nodes).
// Graph inputs, parameters and constants are nodes too (ops input, param, const), so the text form,
// the JSON form and validation treat every node alike.
import { checkAttrs, type AttrValue } from './attrs.ts';
import { lanes } from './dtype.ts';
import { ArityError, GraphError, SizeError, TempofuseError, UnknownOpError } from './errors.ts';
import { formatShape, numel, SIZE_LIMIT } from './tensor.ts';
import type { OpDef, TensorType } from './registry.ts';
import { OPS } from './ops/index.ts';

export type { TensorType } from './registry.ts';

export interface Node {
  readonly id: number;
  readonly op: string;
  readonly inputs: readonly number[];
  /** Complete attributes: defaults filled, in the schema's order. */
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly type: TensorType;
  /** "file:line:col" where the node was built, when known. */
  readonly loc?: string;
  /** Why a pass made this node, when a pass did ("∂ of %12 conv @ nn/dtf.ts:146"); built nodes have none. */
  readonly provenance?: string;
}

export interface GraphOutput {
  readonly name: string;
  readonly node: number;
}

export const formatType = (t: TensorType): string => `${t.dtype}${formatShape(t.shape)}`;

export function lookupOp(op: string): OpDef {
  const def = (OPS as Record<string, OpDef>)[op];
  if (!def || !Object.hasOwn(OPS, op)) {
    throw new UnknownOpError(`unknown op '${op}'`, { expected: 'an op of the registry (see `tempofuse ops`)', found: op });
  }
  return def;
}

/** Every graph value fits 32-bit indexing (SIZE_LIMIT): checked as a node is built, so building, checking,
 *  the reference interpreter and every backend refuse the same graphs. */
function checkSize(t: TensorType): void {
  const scalars = numel(t.shape) * lanes(t.dtype);
  const largest = Math.max(scalars, ...t.shape);
  if (largest <= SIZE_LIMIT) return;
  throw new SizeError(`${formatType(t)} is too large for kernels' 32-bit indexing`, {
    expected: `at most ${SIZE_LIMIT} scalars and elements per axis`, found: `${largest}`,
  });
}

export class Graph {
  readonly nodes: Node[] = [];
  readonly outputs: GraphOutput[] = [];

  constructor(public name = 'network') {}

  node(id: number): Node {
    const n = this.nodes[id];
    if (!n) throw new GraphError(`no node %${id}`);
    return n;
  }

  /** Validate one node against the registry (op, arity, attributes, input types) and append it. */
  append(op: string, inputs: readonly number[], rawAttrs: Record<string, unknown>, loc?: string, provenance?: string): Node {
    const id = this.nodes.length;
    const site = { node: `%${id} = ${op}`, loc };
    try {
      const def = lookupOp(op);
      for (const i of inputs) {
        if (!Number.isInteger(i) || i < 0 || i >= id) {
          throw new GraphError(`input %${i} is not an earlier node`, { expected: `%0..%${id - 1}`, found: `%${i}` });
        }
      }
      if (def.arity === 'variadic' ? inputs.length < 1 : inputs.length !== def.arity) {
        throw new ArityError(`op '${op}' takes ${def.arity === 'variadic' ? 'one or more' : def.arity} input(s) (${def.inputs.join(', ')})`, {
          expected: def.arity === 'variadic' ? '>= 1' : String(def.arity), found: String(inputs.length),
        });
      }
      const attrs = checkAttrs(def.attrs, rawAttrs, op);
      const type = def.infer(inputs.map((i) => this.nodes[i].type), attrs);
      checkSize(type);
      const node: Node = {
        id, op, inputs: [...inputs], attrs: attrs as Record<string, AttrValue>, type, loc, ...(provenance !== undefined ? { provenance } : {}),
      };
      this.checkSourceName(node);
      this.nodes.push(node);
      return node;
    } catch (e) {
      if (e instanceof TempofuseError) e.at(site);
      throw e;
    }
  }

  addOutput(name: string, node: number): void {
    if (this.outputs.some((o) => o.name === name)) throw new GraphError(`duplicate output name '${name}'`);
    this.node(node);
    this.outputs.push({ name, node });
  }

  /** Stop returning output `name` (its nodes stay until dead-code elimination). */
  removeOutput(name: string): void {
    const i = this.outputs.findIndex((o) => o.name === name);
    if (i < 0) throw new GraphError(`no output named '${name}'`, { expected: this.outputs.map((o) => `'${o.name}'`).join(', '), found: `'${name}'` });
    this.outputs.splice(i, 1);
  }

  inputs(): Node[] { return this.nodes.filter((n) => n.op === 'input'); }
  params(): Node[] { return this.nodes.filter((n) => n.op === 'param'); }

  /** Total number of scalar parameters. */
  paramCount(): number {
    return this.params().reduce((a, n) => a + n.type.shape.reduce((x, y) => x * y, 1) * (n.type.dtype === 'c64' ? 2 : 1), 0);
  }

  /** A graph is complete when it has at least one output. */
  validate(): void {
    if (this.outputs.length === 0) throw new GraphError(`graph '${this.name}' has no outputs`);
  }

  private checkSourceName(node: Node): void {
    if (node.op !== 'input' && node.op !== 'param') return;
    const name = node.attrs.name as string;
    const clash = this.nodes.find((n) => (n.op === 'input' || n.op === 'param') && n.attrs.name === name);
    if (clash) {
      throw new GraphError(`duplicate ${node.op} name '${name}' (already used by %${clash.id}${clash.loc ? ' at ' + clash.loc : ''})`);
    }
  }
}
