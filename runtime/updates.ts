// In-place updates: a program whose outputs include the new values of some of its parameters (a training
// step returns new weights, optimizer moments and BatchNorm running statistics) can have those outputs
// written back into the parameters' own device buffers after each run, instead of read back. The graph
// stays a pure function (parameters in, new values out); the update map, given to the loaded program,
// makes the state persistent: parameters and optimizer state stay on the device for a whole training run,
// and a step uploads only its inputs. Each update is a device-to-device copy after the last launch (every
// launch that reads the old value has run by then); an output named in the map is not read back.
import { ParamMismatchError } from '../ir/errors.ts';
import { formatType, type TensorType } from '../ir/graph.ts';

/** One output written back into one parameter, with the nodes that hold them. */
export interface ResolvedUpdate {
  readonly output: string;
  readonly outputNode: number;
  readonly param: string;
  readonly paramNode: number;
}

interface Named extends TensorType { readonly name: string; readonly node: number }

/** Check an update map (output name -> parameter name) against a program: every output and parameter must
 *  exist with the same dtype and shape, and no parameter may take two outputs. All problems at once. */
export function resolveUpdates(
  program: string, outputs: readonly Named[], params: readonly Named[], updates: ReadonlyMap<string, string>,
): ResolvedUpdate[] {
  const outByName = new Map(outputs.map((o) => [o.name, o] as const));
  const paramByName = new Map(params.map((p) => [p.name, p] as const));
  const problems: string[] = [];
  const taken = new Map<string, string>();
  const resolved: ResolvedUpdate[] = [];
  for (const [output, param] of updates) {
    const o = outByName.get(output);
    const p = paramByName.get(param);
    if (!o) problems.push(`output '${output}' does not exist`);
    if (!p) problems.push(`parameter '${param}' does not exist`);
    if (taken.has(param)) problems.push(`parameter '${param}' is updated by both '${taken.get(param)}' and '${output}'`);
    taken.set(param, output);
    if (!o || !p) continue;
    if (formatType(o) !== formatType(p)) problems.push(`output '${output}' is ${formatType(o)}, parameter '${param}' is ${formatType(p)}`);
    else resolved.push({ output, outputNode: o.node, param, paramNode: p.node });
  }
  if (problems.length) {
    throw new ParamMismatchError(`${program}: ${problems.length} problem(s) in the parameter updates: ${problems.join('; ')}`, {
      expected: 'outputs written back into parameters of the same dtype and shape, one output per parameter', found: `${updates.size} update(s)`,
    });
  }
  return resolved;
}

/** The outputs a run reads back: all but those written into parameters. */
export function readBack<O extends { readonly name: string }>(outputs: readonly O[], updates: readonly ResolvedUpdate[]): O[] {
  const written = new Set(updates.map((u) => u.output));
  return outputs.filter((o) => !written.has(o.name));
}
