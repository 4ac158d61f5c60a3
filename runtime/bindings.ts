// Checking the tensors a caller binds to a network's inputs or parameters: every declared name must be
// given with its dtype and shape (or, for a partial update, only some of them), and nothing undeclared may
// be given. All problems are reported at once.
import { InputMismatchError, ParamMismatchError, SizeError } from '../ir/errors.ts';
import { formatType, type Graph, type TensorType } from '../ir/graph.ts';
import type { InitSpec } from '../ir/init.ts';
import { SIZE_LIMIT, type Tensor } from '../ir/tensor.ts';

export interface Declared extends TensorType {
  readonly name: string;
  /** How a parameter's fresh values are drawn (parameters only). */
  readonly init?: InitSpec;
  /** Where it was declared, when known. */
  readonly loc?: string;
}

/** What a tensor file binds: a network's inputs, its parameters, or the cotangents of its outputs (the
 *  extra inputs of a vector-Jacobian product; checked as inputs are). */
export type BindingKind = 'input' | 'param' | 'cotangent';

/** `partial`: names may be left out (an update of some parameters); those given must still match. */
/** `given` may hold, instead of a tensor, why a file's value cannot be used (a phrase: "holds I64 values,
 *  ..."); `unexpectedHint` is added to each unexpected name (how to have such names ignored). */
export function checkBindings(declared: readonly Declared[], kind: BindingKind, given: ReadonlyMap<string, Tensor | string>, opts: { partial?: boolean; unexpectedHint?: string } = {}): void {
  const Err = kind === 'param' ? ParamMismatchError : InputMismatchError;
  const problems: string[] = [];
  for (const d of declared) {
    const t = given.get(d.name);
    if (t === undefined) { if (!opts.partial) problems.push(`missing ${kind} '${d.name}' (${formatType(d)})`); }
    else if (typeof t === 'string') problems.push(`${kind} '${d.name}' ${t} (the network declares ${formatType(d)})`);
    else if (formatType(t) !== formatType(d)) problems.push(`${kind} '${d.name}' is ${formatType(t)}, the network declares ${formatType(d)}`);
  }
  const names = new Set(declared.map((d) => d.name));
  for (const name of given.keys()) if (!names.has(name)) problems.push(`unexpected ${kind} '${name}': the network has no such ${kind}${opts.unexpectedHint ?? ''}`);
  if (problems.length) {
    throw new Err(`${problems.length} ${kind} problem(s): ${problems.join('; ')}`, {
      expected: opts.partial ? `${kind}s among the ${declared.length} declared` : `${declared.length} ${kind}(s) as declared`, found: `${given.size} given`,
    });
  }
}

/** The inputs or parameters a graph declares. */
export function declaredBy(graph: Graph, kind: 'input' | 'param'): Declared[] {
  return graph.nodes.filter((n) => n.op === kind).map((n) => ({
    name: n.attrs.name as string, ...n.type, loc: n.loc, ...(kind === 'param' ? { init: n.attrs.init as unknown as InitSpec } : {}),
  }));
}

/** A launch's element count and uniforms as kernels take them (32-bit integers): a value that does not
 *  fit (an artifact edited, or written by another compiler) is refused here rather than wrapped. */
export function checkLaunchSizes(kernel: string, launch: { readonly total: number; readonly syms: readonly number[] }): void {
  const bad = [launch.total, ...launch.syms].find((v) => !Number.isInteger(v) || Math.abs(v) > SIZE_LIMIT);
  if (bad === undefined) return;
  throw new SizeError(`a launch of kernel ${kernel} has a size that does not fit 32-bit indexing`, {
    expected: `integers of magnitude at most ${SIZE_LIMIT}`, found: String(bad),
  });
}
