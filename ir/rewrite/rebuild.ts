// Rebuild with a mapping: the one way a pass changes a graph (graphs are append-only). The old graph's
// nodes are visited in order; each is copied, replaced by a value already in the new graph, or dropped,
// and every node that lands in the new graph goes through Graph.append, so the registry validates it.
// Preserves: the graph's name, its outputs by name (each mapped to its node's new value), and on copied
// nodes their op, attributes, loc and provenance; a node a pass builds in place of another takes that
// node's loc and provenance. A replacement must have the type of the node it replaces.
import { InternalError } from '../errors.ts';
import { Graph, formatType, type Node } from '../graph.ts';

export interface Rebuilder {
  /** The graph being built: every value a visit may use or return is here. */
  readonly graph: Graph;
  /** The new id of an earlier old node (a compiler bug when that node was dropped). */
  mapped(old: number): number;
  /** Append `node` with its inputs mapped, keeping its loc and provenance; returns the new id. */
  copy(node: Node): number;
  /** Append a node built in place of `from` (inputs are new ids), with `from`'s loc and provenance. */
  append(op: string, inputs: readonly number[], attrs: Record<string, unknown>, from: Node): number;
}

/** A node's value in the new graph (a new id), or undefined to drop it. */
export type Visit = (node: Node, r: Rebuilder) => number | undefined;

export interface Rebuilt {
  readonly graph: Graph;
  /** By old node id: its value's id in the new graph, or undefined where the node was dropped. */
  readonly idMap: readonly (number | undefined)[];
}

const copyAll: Visit = (n, r) => r.copy(n);

export function rebuildGraph(g: Graph, visit: Visit = copyAll): Rebuilt {
  const out = new Graph(g.name);
  const idMap: (number | undefined)[] = new Array(g.nodes.length).fill(undefined);
  const mapped = (old: number): number => {
    const id = idMap[old];
    if (id === undefined) throw new InternalError(`rebuild: %${old} was dropped but is still read`);
    return id;
  };
  const r: Rebuilder = {
    graph: out,
    mapped,
    copy: (n) => out.append(n.op, n.inputs.map(mapped), n.attrs, n.loc, n.provenance).id,
    append: (op, inputs, attrs, from) => out.append(op, inputs, attrs, from.loc, from.provenance).id,
  };
  for (const n of g.nodes) {
    const id = visit(n, r);
    if (id !== undefined) {
      const t = out.node(id).type;
      if (formatType(t) !== formatType(n.type)) {
        throw new InternalError(`rebuild: %${n.id} ${n.op} (${formatType(n.type)}) replaced by %${id} of type ${formatType(t)}`);
      }
    }
    idMap[n.id] = id;
  }
  for (const o of g.outputs) out.addOutput(o.name, mapped(o.node));
  return { graph: out, idMap };
}

/** The map of two rebuilds in a row: old ids of `first`'s input to ids of `second`'s output. */
export function composeMaps(first: readonly (number | undefined)[], second: readonly (number | undefined)[]): (number | undefined)[] {
  return first.map((id) => (id === undefined ? undefined : second[id]));
}
