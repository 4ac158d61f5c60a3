// The op registry. One entry per op holds what the op means as a graph → graph step, side by side: its
// attribute schema, its shape/dtype rule and its reference semantics (float64 inside); the VJP joins the
// same entry. How an op becomes kernel code is the code generator's business (codegen/lower/, keyed by
// op name), so the IR loads without it.
import type { AttrSchema, AttrsOf } from './attrs.ts';
import type { DType } from './dtype.ts';
import type { Tensor } from './tensor.ts';

export interface TensorType {
  readonly dtype: DType;
  readonly shape: readonly number[];
}

export type Arity = number | 'variadic';

export interface OpDef<S extends AttrSchema = AttrSchema, N extends Arity = Arity, Name extends string = string> {
  readonly name: Name;
  /** Number of tensor inputs, or 'variadic' (one or more, e.g. concat). */
  readonly arity: N;
  /** Names of the inputs, for errors and docs ("x", "weight", ...). */
  readonly inputs: readonly string[];
  readonly attrs: S;
  /** What the op computes, in one or two sentences. */
  readonly doc: string;
  /** Source ops (input, param, const) have no inputs and are bound by the executor. */
  readonly source?: boolean;
  /** Output type from input types; throws ShapeError/DTypeError/AttrError without a site (the caller adds it). */
  infer(inputs: readonly TensorType[], attrs: AttrsOf<S>): TensorType;
  /** Reference semantics on host tensors. Clear over clever. */
  reference(inputs: readonly Tensor[], attrs: AttrsOf<S>, out: TensorType): Tensor;
}

export function defineOp<const S extends AttrSchema, const N extends Arity, const Name extends string>(def: OpDef<S, N, Name>): OpDef<S, N, Name> {
  return def;
}
