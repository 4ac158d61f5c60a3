// A small ONNX model writer: the few protobuf messages a model needs (ModelProto, GraphProto, NodeProto,
// AttributeProto, TensorProto, ValueInfoProto), encoded by hand so that the benchmark needs no Python
// package. Field numbers are those of onnx.proto; every tensor here is float32 or int64.

type Field = Uint8Array;

function varint(v: bigint | number): number[] {
  let x = BigInt.asUintN(64, BigInt(v));
  const out: number[] = [];
  do {
    let byte = Number(x & 0x7fn);
    x >>= 7n;
    if (x) byte |= 0x80;
    out.push(byte);
  } while (x);
  return out;
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};

const key = (num: number, wire: number) => varint((num << 3) | wire);
const int = (num: number, v: number | bigint): Field => new Uint8Array([...key(num, 0), ...varint(v)]);
const bytes = (num: number, b: Uint8Array): Field => concat([new Uint8Array([...key(num, 2), ...varint(b.length)]), b]);
const str = (num: number, s: string): Field => bytes(num, new TextEncoder().encode(s));
const msg = (num: number, fields: readonly Field[]): Field => bytes(num, concat(fields));
const float = (num: number, v: number): Field => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, v, true);
  return concat([new Uint8Array(key(num, 5)), b]);
};

export type AttrValue = number | readonly number[] | { float: number };

export interface OnnxNode {
  op: string;
  inputs: readonly string[];
  outputs: readonly string[];
  attrs?: Record<string, AttrValue>;
}

export interface OnnxInitializer { name: string; dims: readonly number[]; int64?: readonly number[]; float32?: Float32Array }

export interface OnnxGraph {
  name: string;
  nodes: readonly OnnxNode[];
  inputs: readonly { name: string; dims: readonly number[] }[];
  outputs: readonly { name: string; dims: readonly number[] }[];
  initializers?: readonly OnnxInitializer[];
}

const FLOAT = 1, INT64 = 7;
const ATTR = { FLOAT: 1, INT: 2, INTS: 7 } as const;

function attribute(name: string, v: AttrValue): Field[] {
  if (typeof v === 'number') return [str(1, name), int(20, ATTR.INT), int(3, v)];
  if ('float' in v) return [str(1, name), int(20, ATTR.FLOAT), float(2, v.float)];
  return [str(1, name), int(20, ATTR.INTS), ...(v as readonly number[]).map((i) => int(8, i))];
}

function tensor(t: OnnxInitializer): Field[] {
  let raw: Uint8Array;
  if (t.int64) {
    const a = new BigInt64Array(t.int64.map((v) => BigInt(v)));
    raw = new Uint8Array(a.buffer);
  } else {
    raw = new Uint8Array(t.float32!.buffer, t.float32!.byteOffset, t.float32!.byteLength);
  }
  return [...t.dims.map((d) => int(1, d)), int(2, t.int64 ? INT64 : FLOAT), str(8, t.name), bytes(9, raw)];
}

const valueInfo = (name: string, dims: readonly number[]): Field[] => [
  str(1, name),
  msg(2, [msg(1, [int(1, FLOAT), msg(2, dims.map((d) => msg(1, [int(1, d)])))])]),
];

/** Serialise a float32 graph as an ONNX model (IR version 8, default opset `opset`). */
export function encodeModel(g: OnnxGraph, opset = 17): Uint8Array {
  const graph: Field[] = [
    ...g.nodes.map((n, i) => msg(1, [
      ...n.inputs.map((s) => str(1, s)), ...n.outputs.map((s) => str(2, s)), str(3, `${n.op}_${i}`), str(4, n.op),
      ...Object.entries(n.attrs ?? {}).map(([k, v]) => msg(5, attribute(k, v))),
    ])),
    str(2, g.name),
    ...(g.initializers ?? []).map((t) => msg(5, tensor(t))),
    ...g.inputs.map((v) => msg(11, valueInfo(v.name, v.dims))),
    ...g.outputs.map((v) => msg(12, valueInfo(v.name, v.dims))),
  ];
  return concat([int(1, 8), str(2, 'tempofuse-bench'), msg(7, graph), msg(8, [str(1, ''), int(2, opset)])]);
}

/** Builds node lists with fresh value names and int64 constants as initializers. */
export class OnnxBuilder {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxInitializer[] = [];
  private n = 0;

  op(op: string, inputs: readonly string[], attrs?: Record<string, AttrValue>): string {
    const out = `t${this.n++}`;
    this.nodes.push({ op, inputs, outputs: [out], attrs });
    return out;
  }

  ints(values: readonly number[]): string {
    const name = `c${this.n++}`;
    this.initializers.push({ name, dims: [values.length], int64: values });
    return name;
  }

  scalar(v: number): string {
    const name = `c${this.n++}`;
    this.initializers.push({ name, dims: [], float32: new Float32Array([v]) });
    return name;
  }

  /** Give the value `v` (the last node's output) the graph output name `name`. */
  output(v: string, name: string): void {
    const node = this.nodes.at(-1)!;
    if (node.outputs[0] !== v) throw new Error(`output ${name}: ${v} is not the last node's output`);
    this.nodes[this.nodes.length - 1] = { ...node, outputs: [name] };
  }

  reshape(x: string, shape: readonly number[]): string { return this.op('Reshape', [x, this.ints(shape)]); }

  slice(x: string, axis: number, start: number, end: number, step = 1): string {
    return this.op('Slice', [x, this.ints([start]), this.ints([end]), this.ints([axis]), this.ints([step])]);
  }
}
