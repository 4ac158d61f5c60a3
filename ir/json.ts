// The JSON form of a graph, for tools:
//   {"format": "tempofuse.graph", "version": 1, "name": "...",
//    "nodes": [{"id": 0, "op": "input", "inputs": [], "attrs": {...}, "type": {"dtype": "f32", "shape": [2,3]}, "loc": "..."}],
//    "outputs": [{"name": "y", "node": 3}]}
// A node a pass made may also carry "provenance": why it exists (a string; optional, so older files read).
// JSON has no non-finite numbers and drops the sign of -0, so a number inside attrs that is Infinity,
// -Infinity, NaN or -0 is written as the string "inf", "-inf", "nan" or "-0". Reading maps such a string
// back to the number only where the attribute's schema rejects the string as it is, so a string
// attribute (an input named "nan") stays a string.
// Loading checks the envelope and every node's structure here, then validates each node through
// graph.append (op, attributes, input types); errors keep their class and are located at the JSON path,
// e.g. "<json>:nodes[3].attrs.axis".
import type { AttrValue } from './attrs.ts';
import { isDType, type DType } from './dtype.ts';
import { AttrError, GraphError, ParseError } from './errors.ts';
import { Graph, lookupOp, type Node } from './graph.ts';
import { MAX_ATTR_DEPTH, failingAttr, nestedDeeper, relocate, typeMismatch } from './text.ts';

export type JSONAttr = number | string | boolean | null | JSONAttr[] | { [k: string]: JSONAttr };

export interface NodeJSON {
  id: number;
  op: string;
  inputs: number[];
  attrs: Record<string, JSONAttr>;
  type: { dtype: DType; shape: number[] };
  loc?: string;
  provenance?: string;
}

export interface GraphJSON {
  format: 'tempofuse.graph';
  version: 1;
  name: string;
  nodes: NodeJSON[];
  outputs: { name: string; node: number }[];
}

export const FORMAT = 'tempofuse.graph';
export const VERSION = 1;

const SPECIAL: Record<string, number> = { inf: Infinity, '-inf': -Infinity, nan: NaN, '-0': -0 };

function encode(v: AttrValue): JSONAttr {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'nan';
    if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
    return Object.is(v, -0) ? '-0' : v;
  }
  if (Array.isArray(v)) return v.map(encode);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return v;
}

function decode(v: unknown): unknown {
  if (typeof v === 'string' && Object.hasOwn(SPECIAL, v)) return SPECIAL[v];
  if (Array.isArray(v)) return v.map(decode);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
  return v;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What JSON.parse found wrong with `text`, and where, without quoting the text: V8's messages quote it
 *  ("Unexpected token 'r', "root:x:0:0"... is not valid JSON"), and the text may be any file a path led to. */
export function jsonSyntaxError(e: unknown, text: string): string {
  const m = /^(.*) in JSON at position (\d+)/.exec((e as Error).message);
  if (!m) return /end of JSON input/.test((e as Error).message) ? 'unexpected end of the text' : 'unexpected character';
  const before = text.slice(0, Number(m[2])).split('\n');
  return `${m[1][0].toLowerCase()}${m[1].slice(1)} at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

export function graphToJSON(g: Graph): GraphJSON {
  return {
    format: FORMAT,
    version: VERSION,
    name: g.name,
    nodes: g.nodes.map((n: Node): NodeJSON => ({
      id: n.id,
      op: n.op,
      inputs: [...n.inputs],
      attrs: encode(n.attrs as AttrValue) as Record<string, JSONAttr>,
      type: { dtype: n.type.dtype, shape: [...n.type.shape] },
      ...(n.loc !== undefined ? { loc: n.loc } : {}),
      ...(n.provenance !== undefined ? { provenance: n.provenance } : {}),
    })),
    outputs: g.outputs.map((o) => ({ name: o.name, node: o.node })),
  };
}

export function graphFromJSON(obj: unknown, source = '<json>'): Graph {
  const at = (path: string) => `${source}:${path}`;
  const bad = (path: string, expected: string, found: unknown): never => {
    throw new ParseError(`bad ${path || 'document'}`, { loc: at(path || '$'), expected, found: describeValue(found) });
  };
  const record = (v: unknown, path: string, keys: string[], optional: string[] = []): Record<string, unknown> => {
    if (!isObject(v)) return bad(path, 'an object', v);
    const extra = Object.keys(v).find((k) => !keys.includes(k) && !optional.includes(k));
    if (extra !== undefined) bad(`${path}${path ? '.' : ''}${extra}`, `only the keys ${[...keys, ...optional].join(', ')}`, extra);
    const missing = keys.find((k) => !Object.hasOwn(v, k));
    if (missing !== undefined) bad(`${path}${path ? '.' : ''}${missing}`, 'a value', undefined);
    return v;
  };

  const doc = record(obj, '', ['format', 'version', 'name', 'nodes', 'outputs']);
  if (doc.format !== FORMAT) bad('format', JSON.stringify(FORMAT), doc.format);
  if (doc.version !== VERSION) bad('version', String(VERSION), doc.version);
  if (typeof doc.name !== 'string') bad('name', 'a string', doc.name);
  if (!Array.isArray(doc.nodes)) bad('nodes', 'an array', doc.nodes);
  if (!Array.isArray(doc.outputs)) bad('outputs', 'an array', doc.outputs);

  const g = new Graph(doc.name as string);
  (doc.nodes as unknown[]).forEach((raw, i) => {
    const p = `nodes[${i}]`;
    const n = record(raw, p, ['id', 'op', 'inputs', 'attrs', 'type'], ['loc', 'provenance']);
    if (n.id !== i) throw new GraphError('node ids must be 0, 1, 2, ... in order', { loc: at(`${p}.id`), expected: String(i), found: describeValue(n.id) });
    if (typeof n.op !== 'string') bad(`${p}.op`, 'an op name', n.op);
    if (!Array.isArray(n.inputs)) bad(`${p}.inputs`, 'an array of node ids', n.inputs);
    if (!isObject(n.attrs)) bad(`${p}.attrs`, 'an object', n.attrs);
    if (n.loc !== undefined && typeof n.loc !== 'string') bad(`${p}.loc`, 'a string', n.loc);
    if (n.provenance !== undefined && typeof n.provenance !== 'string') bad(`${p}.provenance`, 'a string', n.provenance);
    const type = record(n.type, `${p}.type`, ['dtype', 'shape']);
    if (!isDType(type.dtype)) bad(`${p}.type.dtype`, 'a dtype', type.dtype);
    if (!Array.isArray(type.shape)) bad(`${p}.type.shape`, 'an array of integers', type.shape);
    (type.shape as unknown[]).forEach((d, j) => { if (!Number.isInteger(d) || (d as number) < 0) bad(`${p}.type.shape[${j}]`, 'an integer >= 0', d); });
    for (const [key, v] of Object.entries(n.attrs as object)) {
      if (nestedDeeper(v, MAX_ATTR_DEPTH)) bad(`${p}.attrs.${key}`, `a value nested at most ${MAX_ATTR_DEPTH} deep`, v);
    }
    (n.inputs as unknown[]).forEach((x, j) => {
      if (!Number.isInteger(x) || (x as number) < 0 || (x as number) >= i) {
        throw new GraphError('inputs must reference earlier nodes', { loc: at(`${p}.inputs[${j}]`), expected: `an id in 0..${i - 1}`, found: describeValue(x) });
      }
    });
    const op = n.op as string;
    const site = `%${i} = ${op}`;
    try { lookupOp(op); } catch (e) { throw relocate(e, at(`${p}.op`)); }
    const attrs = decodeAttrs(op, n.attrs as Record<string, unknown>);
    let node: Node;
    try {
      node = g.append(op, n.inputs as number[], attrs, n.loc as string | undefined, n.provenance as string | undefined);
    } catch (e) {
      const key = e instanceof AttrError ? failingAttr(op, attrs) : undefined;
      throw relocate(e, at(key !== undefined ? `${p}.attrs.${key}` : p), site);
    }
    const recorded = { dtype: type.dtype as DType, shape: type.shape as number[] };
    if (recorded.dtype !== node.type.dtype || JSON.stringify(recorded.shape) !== JSON.stringify(node.type.shape)) {
      throw typeMismatch(recorded, node.type, at(`${p}.type`), site);
    }
  });

  (doc.outputs as unknown[]).forEach((raw, k) => {
    const o = record(raw, `outputs[${k}]`, ['name', 'node']);
    if (typeof o.name !== 'string') bad(`outputs[${k}].name`, 'a string', o.name);
    if (!Number.isInteger(o.node)) bad(`outputs[${k}].node`, 'a node id', o.node);
    try { g.addOutput(o.name as string, o.node as number); } catch (e) { throw relocate(e, at(`outputs[${k}]`)); }
  });
  try { g.validate(); } catch (e) { throw relocate(e, at('outputs')); }
  return g;
}

/** Non-finite markers back to numbers, per attribute, only where the schema rejects the raw value. */
function decodeAttrs(op: string, raw: Record<string, unknown>): Record<string, unknown> {
  const schema = lookupOp(op).attrs;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => {
    if (!Object.hasOwn(schema, k)) return [k, v];
    const accepts = (x: unknown) => { try { schema[k].check(x, k); return true; } catch { return false; } };
    const d = decode(v);
    return [k, !accepts(v) && accepts(d) ? d : v];
  }));
}

/** A value found in a parsed document, for an error message: one short line. Nesting past a few levels
 *  prints as [...] or {...}, so that a value nested any depth cannot overflow the stack here (JSON.parse
 *  takes 100,000 levels; JSON.stringify and String do not). */
export function describeValue(v: unknown, max = 60): string {
  if (v === undefined) return 'nothing';
  const s = brief(v, 4);
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

function brief(v: unknown, depth: number): string {
  const more = (n: number) => (n > 8 ? ',...' : '');
  if (Array.isArray(v)) return depth ? `[${v.slice(0, 8).map((x) => brief(x, depth - 1)).join(',')}${more(v.length)}]` : '[...]';
  if (isObject(v)) {
    const keys = Object.keys(v);
    return depth ? `{${keys.slice(0, 8).map((k) => `${JSON.stringify(k)}:${brief(v[k], depth - 1)}`).join(',')}${more(keys.length)}}` : '{...}';
  }
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}...` : v);
  return String(v);
}
