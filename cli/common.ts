// What several commands share: the --arg and --seed options, loading the network, reading tensor
// files that must match the network, writing files, and one-line tensor statistics.
import { dirname } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { Graph } from '../ir/graph.ts';
import { formatShape, numel, type Tensor } from '../ir/tensor.ts';
import type { BindingKind, Declared } from '../runtime/bindings.ts';
import { readBindingsFile } from '../runtime/artifact-runner.ts';
import type { CheckpointOptions } from '../runtime/checkpoint/load.ts';
import { makeFolder } from '../io/files.ts';
import { DEFAULT_TIMEOUT_S, loadNetwork, type ArgValue, type NetworkArgs } from '../runtime/network.ts';
import { saveSafetensors } from '../io/safetensors.ts';

/** `--arg key=value`, repeatable; numbers and booleans are parsed, anything else stays a string.
 *  `--timeout <seconds>`: how long a TypeScript network may take to load (top-level code and build function). */
export function withNetworkArgs(cmd: Command): Command {
  return cmd.option('--arg <key=value>', 'an argument for a TypeScript network (repeatable)', collectArg)
    .option('--timeout <seconds>', 'time limit for loading a TypeScript network (its top-level code and build function)', parseTimeout, DEFAULT_TIMEOUT_S);
}

/** A parser of a numeric option: a finite number for which `ok` holds, else "expected <what>". */
export const numberOption = (what: string, ok: (n: number) => boolean) => (text: string): number => {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || !ok(n)) throw new InvalidArgumentError(`expected ${what}`);
  return n;
};

const parseTimeout = numberOption('a number of seconds > 0', (s) => s > 0);

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

/** Tensors from a .safetensors or torch.save file for the network's inputs or params: names (after
 *  --strip-prefix or a detected prefix), dtypes (converted where exact) and shapes must match; what the
 *  loader decided for the user (a nested state dict, a prefix, keys ignored) is printed as notes. */
export async function readBindings(declared: readonly Declared[], kind: BindingKind, path: string, opts: CheckpointOptions = {}): Promise<Map<string, Tensor>> {
  return new Map(Object.entries(await readBindingsFile(path, kind, declared, opts, note)));
}

export interface ParamsOptions { params?: string; stripPrefix?: string; strict: boolean }

/** --params and how its file's keys are matched: --strip-prefix, --strict. */
export function withParams(cmd: Command): Command {
  return cmd
    .option('--params <file>', '.safetensors or torch.save (.pth/.pt/.pth.tar) file with every parameter (default: drawn from the init specs with --seed)')
    .option('--strip-prefix <prefix>', "remove this prefix from the parameter file's keys (e.g. module. from DataParallel); without it a common prefix is detected when no key matches")
    .option('--strict <bool>', 'false: ignore (and list) keys of the parameter file the network does not declare; missing ones are always an error', parseBool, true);
}

function parseBool(text: string): boolean {
  if (text !== 'true' && text !== 'false') throw new InvalidArgumentError('expected true or false');
  return text === 'true';
}

export async function writeTensors(path: string, tensors: ReadonlyMap<string, Tensor>, metadata?: Record<string, string>): Promise<void> {
  await makeFolder(dirname(path), path);
  await saveSafetensors(path, tensors, metadata);
}

/** "name  f32[1,10]  mean ...  std ...  min ...  max ..." over every stored scalar (c64: re and im alike).
 *  NaN and ±Inf are counted ("nan 3  inf 1") and left out of the statistics, which are over the finite
 *  values only ("no finite values" when there are none). */
export function describeTensor(name: string, t: Tensor): string {
  let nan = 0, inf = 0, n = 0, sum = 0, min = Infinity, max = -Infinity;
  for (const v of t.data) {
    if (Number.isNaN(v)) nan++;
    else if (!Number.isFinite(v)) inf++;
    else { n++; sum += v; if (v < min) min = v; if (v > max) max = v; }
  }
  const mean = sum / n;
  let sq = 0;
  for (const v of t.data) if (Number.isFinite(v)) sq += (v - mean) ** 2;
  const f = (x: number) => x.toPrecision(5);
  const stats = numel(t.shape) === 0 ? ['empty']
    : [n ? `mean ${f(mean)}  std ${f(Math.sqrt(sq / n))}  min ${f(min)}  max ${f(max)}` : 'no finite values',
      ...(nan ? [`nan ${nan}`] : []), ...(inf ? [`inf ${inf}`] : [])];
  return [name, t.dtype, formatShape(t.shape), ...stats].join('  ');
}

export const print = (text: string): void => { process.stdout.write(text.endsWith('\n') ? text : text + '\n'); };
export const note = (text: string): void => { process.stderr.write(`note: ${text}\n`); };
