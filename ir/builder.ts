// The TypeScript builder for graphs. Every registry op (except the source ops) is a method taking its
// tensor inputs and then its attributes: b.add(x, y), b.sum(x, { axes: [1], keepdims: true }),
// b.concat([a, b], { axis: 1 }). A plain number where a tensor goes becomes a scalar constant of the
// other operands' dtype. Each node records the source line that built it.
import type { AttrsIn, AttrSchema } from './attrs.ts';
import type { DType } from './dtype.ts';
import { GraphError } from './errors.ts';
import { Graph, formatType, type TensorType } from './graph.ts';
import type { InitSpec } from './init.ts';
import { callerLocation } from './location.ts';
import { OPS, type OpTable } from './ops/index.ts';
import type { OpDef } from './registry.ts';

export class Value {
  constructor(readonly builder: GraphBuilder, readonly id: number) {}
  get type(): TensorType { return this.builder.graph.node(this.id).type; }
  get shape(): readonly number[] { return this.type.shape; }
  get dtype(): DType { return this.type.dtype; }
  get rank(): number { return this.type.shape.length; }
  toString(): string { return `%${this.id}: ${formatType(this.type)}`; }
}

export type Operand = Value | number;

type Tup<N extends number, T, R extends T[] = []> = number extends N ? T[] : R['length'] extends N ? R : Tup<N, T, [...R, T]>;
type AttrArg<S extends AttrSchema> = {} extends AttrsIn<S> ? [attrs?: AttrsIn<S>] : [attrs: AttrsIn<S>];
type MethodOf<D> = D extends OpDef<infer S, infer N, string>
  ? N extends 'variadic'
    ? (inputs: Operand[], ...attrs: AttrArg<S>) => Value
    : N extends number ? (...args: [...Tup<N, Operand>, ...AttrArg<S>]) => Value : never
  : never;
type SourceOp = 'input' | 'param' | 'const' | 'topk_indices';
export type OpMethods = { [K in keyof OpTable as K extends SourceOp ? never : K]: MethodOf<OpTable[K]> };

export interface GraphBuilder extends OpMethods {}

export class GraphBuilder {
  readonly graph: Graph;
  private prefix: string[] = [];

  /** A builder of a new graph named `name`, or one that appends to an existing graph (a pass that adds to a
   *  graph it was given, e.g. a training step on top of a gradient graph). */
  constructor(name: string | Graph = 'network') {
    this.graph = typeof name === 'string' ? new Graph(name) : name;
    for (const [op, def] of Object.entries(OPS) as [string, OpDef][]) {
      if (def.source) continue;
      (this as unknown as Record<string, unknown>)[op] = (...args: unknown[]) => this.callOp(op, def, args);
    }
  }

  /** The value of node `id` of the graph being built. */
  node(id: number): Value {
    this.graph.node(id);
    return new Value(this, id);
  }

  /** Apply any op by name (what the typed methods call). */
  apply(op: string, inputs: readonly Operand[], attrs: Record<string, unknown> = {}): Value {
    const ids = this.operandIds(inputs);
    return new Value(this, this.graph.append(op, ids, attrs, callerLocation()).id);
  }

  input(name: string, dtype: DType, shape: readonly number[]): Value {
    return this.apply('input', [], { name, dtype, shape: [...shape] });
  }

  /** A parameter named by the current scope plus `name` (a state_dict key such as "layer1.0.conv1.weight"). */
  param(name: string, shape: readonly number[], init: InitSpec, opts: { dtype?: DType; trainable?: boolean } = {}): Value {
    return this.apply('param', [], { name: this.scoped(name), dtype: opts.dtype ?? 'f32', shape: [...shape], init, trainable: opts.trainable ?? true });
  }

  /** `name` prefixed by the current scope ("layer1.0" + "conv1.weight"). */
  scoped(name: string): string {
    return [...this.prefix, name].join('.');
  }

  /** A constant: one number filling `shape`, or all elements in row-major order. */
  constant(value: number | readonly number[], dtype: DType = 'f32', shape: readonly number[] = []): Value {
    const values = typeof value === 'number' ? (dtype === 'c64' ? [value, 0] : [value]) : [...value];
    return this.apply('const', [], { dtype, shape: [...shape], value: values });
  }

  /** The k largest (or smallest) entries along an axis: values and their i32 indices. Ties go to the
   *  lower index; `sorted` orders by value, otherwise indices ascend. */
  topk(x: Value, attrs: AttrsIn<OpTable['topk_indices']['attrs']>): { values: Value; indices: Value } {
    const indices = this.apply('topk_indices', [x], attrs);
    return { values: this.apply('gather', [x, indices], { axis: attrs.axis ?? -1 }), indices };
  }

  output(name: string, v: Value): void {
    this.own(v);
    this.graph.addOutput(name, v.id);
  }

  /** Run `fn` with parameter names prefixed by `name.` (nested scopes join with dots). */
  scope<T>(name: string, fn: () => T): T {
    this.prefix.push(name);
    try { return fn(); } finally { this.prefix.pop(); }
  }

  /** The finished graph; it must have outputs. */
  build(): Graph {
    this.graph.validate();
    return this.graph;
  }

  private callOp(op: string, def: OpDef, args: unknown[]): Value {
    const n = def.arity === 'variadic' ? 1 : def.arity;
    const tensors = def.arity === 'variadic' ? (args[0] as Operand[]) : (args.slice(0, n) as Operand[]);
    const attrs = (args[n] ?? {}) as Record<string, unknown>;
    if (def.arity === 'variadic' && !Array.isArray(tensors)) {
      throw new GraphError(`${op} takes an array of tensors as its first argument`, { loc: callerLocation() });
    }
    return this.apply(op, tensors, attrs);
  }

  private operandIds(inputs: readonly Operand[]): number[] {
    const like = inputs.find((x): x is Value => x instanceof Value);
    return inputs.map((x) => {
      if (typeof x === 'number') return this.constant(x, like?.dtype ?? 'f32').id;
      if (!(x instanceof Value)) throw new GraphError(`an operand is neither a tensor nor a number`, { loc: callerLocation(), found: String(x) });
      return this.own(x).id;
    });
  }

  private own(v: Value): Value {
    if (v.builder !== this) throw new GraphError(`tensor %${v.id} belongs to another graph`, { loc: callerLocation() });
    return v;
  }
}
