// What `run`, `diff`, `inspect` and `compile` share for --grads: the gradient graph of a network (a
// vector-Jacobian product of all its float outputs, ir/autodiff), and the names users see for it.
// The graph names a cotangent input `grad_in:<output>` and a gradient output `grad:<name>`; files use
// `grad_<output>` (`grad_out` when the network has one output) and `grad.<name>`, for networks and
// gradient artifacts alike, so that ':' never has to appear in a file's keys.
import { Option, type Command } from 'commander';
import { grad } from '../ir/autodiff/grad.ts';
import { differentiable } from '../ir/autodiff/rule.ts';
import { GraphError } from '../ir/errors.ts';
import { formatType, type Graph } from '../ir/graph.ts';
import type { Tensor } from '../ir/tensor.ts';
import type { Declared } from '../runtime/bindings.ts';
import { randomInputs } from '../runtime/init.ts';
import { note, readBindings } from './common.ts';

export interface GradsOptions { grads?: boolean; cotangents?: string; wrt?: string[] }

const GRAPH_COTANGENT = 'grad_in:';
const GRAPH_GRADIENT = 'grad:';

/** --grads and --wrt, and (where the command runs the graph, `what` = run or compare) --cotangents; --wrt
 *  and --cotangents imply --grads. */
export function withGrads(cmd: Command, what: 'run' | 'compare' | 'compile'): Command {
  const pulled = 'the cotangents of the outputs pulled back to grad.<name> for every float input and trainable parameter';
  cmd.option('--grads', `${what} the vector-Jacobian product too: ${pulled}${what === 'compile' ? ' (the artifact then takes the cotangents as inputs)' : ''}`)
    .addOption(new Option('--wrt <names>', 'comma-separated inputs and parameters to differentiate with respect to (default: every float input and every trainable parameter)')
      .argParser((text: string) => text.split(',').map((s) => s.trim()).filter(Boolean)).implies({ grads: true }));
  if (what === 'compile') return cmd;
  return cmd.addOption(new Option('--cotangents <file>', '.safetensors file with a cotangent per output: grad_<output>, or grad_out for a network with one output (default: drawn from normal(0,1) with --seed)')
    .implies({ grads: true }));
}

/** The gradient graph of `g` (named `<name>_grad`): the forward outputs, then grad:<name> for each of
 *  `wrt`, or by default for every float input and every trainable parameter. Integer and bool inputs
 *  and outputs take no part, which a note says. */
export function gradientGraph(g: Graph, wrt?: readonly string[]): Graph {
  const outputs = g.outputs.filter((o) => differentiable(g.node(o.node).type.dtype));
  const skipped = g.outputs.filter((o) => !outputs.includes(o));
  if (!outputs.length) {
    throw new GraphError(`${g.name} has no float or complex output to differentiate`, { expected: 'an f32, f16 or c64 output', found: g.outputs.map((o) => `${o.name}: ${formatType(g.node(o.node).type)}`).join(', ') });
  }
  if (skipped.length) note(`output(s) ${skipped.map((o) => `'${o.name}'`).join(', ')} of integer or bool dtype take no cotangent`);
  const inputs = g.inputs();
  const names = new Set(outputs.map((o) => cotangentName(g.outputs.length, o.name)));
  const clash = inputs.find((n) => names.has(n.attrs.name as string));
  if (clash) {
    throw new GraphError(`input '${clash.attrs.name}' has the name a cotangent file gives an output's cotangent; rename it to take gradients`, {
      loc: clash.loc, expected: `no input named ${[...names].join(' or ')}`, found: `input '${clash.attrs.name}'`,
    });
  }
  const integer = inputs.filter((n) => !differentiable(n.type.dtype)).map((n) => n.attrs.name as string);
  if (!wrt && integer.length) note(`input(s) ${integer.map((n) => `'${n}'`).join(', ')} of integer or bool dtype get no gradient`);
  const sources = wrt ?? [
    ...inputs.filter((n) => differentiable(n.type.dtype)).map((n) => n.attrs.name as string),
    ...g.params().filter((p) => p.attrs.trainable === true).map((p) => p.attrs.name as string),
  ];
  const out = grad(g, { of: outputs.map((o) => o.name), wrt: sources, seed: 'input' });
  out.name = `${g.name}_grad`;
  return out;
}

/** The name a file gives the cotangent of `output`, of a network with `outputs` outputs. */
const cotangentName = (outputs: number, output: string) => (outputs === 1 ? 'grad_out' : `grad_${output}`);

/** Whether a graph output is a gradient (grad:<name>). */
export const isGradient = (name: string): boolean => name.startsWith(GRAPH_GRADIENT);

/** An output's name as files and the summary show it: grad:<name> as grad.<name>. */
export const shownName = (name: string): string => (isGradient(name) ? `grad.${name.slice(GRAPH_GRADIENT.length)}` : name);

/** A graph's declared inputs split into the network's own and the cotangents of its outputs (a gradient
 *  graph's grad_in:<output> inputs), each cotangent with the name its file gives it. */
export function splitCotangents(inputs: readonly Declared[], outputs: readonly Declared[]): { own: Declared[]; cotangents: { input: string; file: Declared }[] } {
  const forward = outputs.filter((o) => !isGradient(o.name));
  const isCotangent = (d: Declared) => d.name.startsWith(GRAPH_COTANGENT) && forward.some((o) => o.name === d.name.slice(GRAPH_COTANGENT.length));
  const cotangents = inputs.filter(isCotangent).map((d) => ({ input: d.name, file: { ...d, name: cotangentName(forward.length, d.name.slice(GRAPH_COTANGENT.length)) } }));
  return { own: inputs.filter((d) => !isCotangent(d)), cotangents };
}

/** The cotangent file a network (or its gradient artifact) takes, as `init --cotangents` draws it: one
 *  tensor per float output, of its dtype and shape. */
export function cotangentFile(inputs: readonly Declared[], outputs: readonly Declared[]): Declared[] {
  const { cotangents } = splitCotangents(inputs, outputs);
  if (cotangents.length) return cotangents.map((c) => c.file);
  const float = outputs.filter((o) => differentiable(o.dtype));
  return float.map((o) => ({ ...o, name: cotangentName(outputs.length, o.name) }));
}

/** The cotangents, by graph input name: read from --cotangents (names, dtypes and shapes checked as for
 *  an inputs file) or drawn from normal(0,1) with the seed (saying so). */
export async function cotangentValues(cotangents: readonly { input: string; file: Declared }[], file: string | undefined, seed: number): Promise<Map<string, Tensor>> {
  const declared = cotangents.map((c) => c.file);
  const values = file !== undefined ? await readBindings(declared, 'cotangent', file) : randomInputs(declared, seed);
  if (file === undefined) note(`no --cotangents: drew ${declared.length} cotangent(s) (${declared.map((d) => d.name).join(', ')}) from normal(0,1) with seed ${seed}`);
  return new Map(cotangents.map((c) => [c.input, values.get(c.file.name)!]));
}

/** The smallest scale a gradient is compared at: a thousandth of the largest gradient. Where the exact
 *  gradient is zero (a parameter that does not reach the outputs' mean, say), f32 cancellation leaves
 *  noise of about 1e-7 of the terms summed, which relative to its own scale would be an error of 100%. */
export function gradientScaleFloor(outputs: ReadonlyMap<string, Tensor>): number {
  let largest = 0;
  for (const [name, t] of outputs) {
    if (!isGradient(name)) continue;
    for (const v of t.data) if (Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
  }
  return largest * 1e-3;
}
