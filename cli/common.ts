// What several commands share: the --arg and --seed options, loading the network, reading tensor
// files that must match the network, writing files, and one-line tensor statistics.
import { dirname } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { TempofuseError } from '../ir/errors.ts';
import type { Graph } from '../ir/graph.ts';
import { formatShape, numel, type Tensor } from '../ir/tensor.ts';
import { checkBindings, type Declared } from '../runtime/bindings.ts';
import { makeFolder } from '../runtime/files.ts';
import { DEFAULT_TIMEOUT_S, loadNetwork, type ArgValue, type NetworkArgs } from '../runtime/network.ts';
import { loadSafetensors, saveSafetensors } from '../runtime/safetensors.ts';

/** `--arg key=value`, repeatable; numbers and booleans are parsed, anything else stays a string.
 *  `--timeout <seconds>`: how long a TypeScript network's build function may run. */
export function withNetworkArgs(cmd: Command): Command {
  return cmd.option('--arg <key=value>', 'an argument for a TypeScript network (repeatable)', collectArg)
    .option('--timeout <seconds>', 'time limit for building a TypeScript network', parseTimeout, DEFAULT_TIMEOUT_S);
}

function parseTimeout(text: string): number {
  const s = Number(text);
  if (text.trim() === '' || !Number.isFinite(s) || s <= 0) throw new InvalidArgumentError('expected a number of seconds > 0');
  return s;
}

function collectArg(text: string, acc: NetworkArgs = {}): NetworkArgs {
  const m = /^([A-Za-z_][\w.-]*)=(.*)$/s.exec(text);
  if (!m) throw new InvalidArgumentError('expected key=value');
  return { ...acc, [m[1]]: parseArgValue(m[2]) };
}

function parseArgValue(v: string): ArgValue {
  if (v === 'true' || v === 'false') return v === 'true';
  if (v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return v;
}

export function withSeed(cmd: Command): Command {
  return cmd.option('--seed <n>', 'seed for parameters and inputs drawn at random (integer in [0, 2^32))', parseSeed, 0);
}

function parseSeed(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n >= 2 ** 32) throw new InvalidArgumentError('expected an integer in [0, 2^32)');
  return n;
}

export const loadGraph = (path: string, opts: { arg?: NetworkArgs; timeout?: number }): Promise<Graph> =>
  loadNetwork(path, opts.arg ?? {}, { timeout: opts.timeout });

/** Tensors from a .safetensors file for the network's inputs or params: the names, dtypes and shapes
 *  must match exactly; a mismatch is reported as located in the file. */
export async function readBindings(declared: readonly Declared[], kind: 'input' | 'param', path: string): Promise<Map<string, Tensor>> {
  const { tensors } = await loadSafetensors(path);
  try {
    checkBindings(declared, kind, tensors);
  } catch (e) {
    if (e instanceof TempofuseError) e.at({ loc: path });
    throw e;
  }
  return tensors;
}

export async function writeTensors(path: string, tensors: ReadonlyMap<string, Tensor>, metadata?: Record<string, string>): Promise<void> {
  await makeFolder(dirname(path), path);
  await saveSafetensors(path, tensors, metadata);
}

/** "name  f32[1,10]  mean ...  std ...  min ...  max ..." over every stored scalar (c64: re and im alike). */
export function describeTensor(name: string, t: Tensor): string {
  const d = t.data;
  let sum = 0, min = Infinity, max = -Infinity;
  for (const v of d) { sum += v; if (v < min) min = v; if (v > max) max = v; }
  const mean = sum / d.length;
  let sq = 0;
  for (const v of d) sq += (v - mean) ** 2;
  const f = (x: number) => (Number.isFinite(x) ? x.toPrecision(5) : String(x));
  const stats = numel(t.shape) === 0 ? 'empty' : `mean ${f(mean)}  std ${f(Math.sqrt(sq / d.length))}  min ${f(min)}  max ${f(max)}`;
  return `${name}  ${t.dtype}  ${formatShape(t.shape)}  ${stats}`;
}

export const print = (text: string): void => { process.stdout.write(text.endsWith('\n') ? text : text + '\n'); };
export const note = (text: string): void => { process.stderr.write(`note: ${text}\n`); };
