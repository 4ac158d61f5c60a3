// The shape of a VJP rule. A rule sees the forward node (its inputs' and output's values are nodes of the
// gradient graph with the same ids) and the cotangent of its output, and gives one cotangent per input.
// Cotangents are thunks so that only the inputs a gradient needs get backward nodes; null marks an input
// no gradient flows to (indices, bool conditions, integer dtypes).
import { isComplex, isFloat, type DType } from '../dtype.ts';
import type { Node } from '../graph.ts';
import type { VjpContext } from './context.ts';

export interface VjpArgs<A = Record<string, unknown>> {
  readonly node: Node;
  /** The forward node's attributes, complete (defaults filled). */
  readonly attrs: A;
  /** Ids of the input values. */
  readonly inputs: readonly number[];
  /** Id of the output value. */
  readonly output: number;
  /** Id of the output's cotangent (same type as the output). */
  readonly cot: number;
}

export type Cotangent = (() => number) | null;

export type VjpRule<A = any> = (ctx: VjpContext, args: VjpArgs<A>) => readonly Cotangent[];

/** Only float and c64 values carry gradients. */
export const differentiable = (d: DType): boolean => isFloat(d) || isComplex(d);

/** For ops whose output is integer or bool: nothing flows back through them. */
export const noGradient: VjpRule = (_ctx, { inputs }) => inputs.map(() => null);
