// Loading a network definition: a TypeScript/JavaScript module that builds the graph, a .json graph
// or a .tfir text graph. A module's default export (or its export `build`) is called with a fresh
// GraphBuilder and the arguments; an optional export `args` holds the accepted arguments with their
// defaults, so that a misspelt or ill-typed argument is an error instead of being ignored.
// The build function runs under a time limit, and whatever it throws is reported as located in the
// network: a typed error without a location gets the network's line that made the failing call (an nn/
// block's option check), and an exception of the network's own code becomes a NetworkCodeError at its line.
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { GraphBuilder, Value } from '../ir/builder.ts';
import { FileError, InternalError, NetworkCodeError, NetworkError, TempofuseError, TimeoutError } from '../ir/errors.ts';
import type { Graph } from '../ir/graph.ts';
import { graphFromJSON, jsonSyntaxError } from '../ir/json.ts';
import { thrownByTempofuse, userLocation } from '../ir/location.ts';
import { parseGraph } from '../ir/text.ts';

export type ArgValue = string | number | boolean;
export type NetworkArgs = Record<string, ArgValue>;
export type BuildFn = (b: GraphBuilder, args: NetworkArgs) => void | Value | Record<string, Value>;

const MODULE_EXTS = ['.ts', '.mts', '.js', '.mjs'];
export const NETWORK_EXTS = [...MODULE_EXTS, '.json', '.tfir'];

/** Seconds a build function may run by default. */
export const DEFAULT_TIMEOUT_S = 60;

export interface LoadOptions {
  /** Seconds the build function may run before loading fails with a TimeoutError. (The module's
   *  top-level code, which the import runs, is not under it: an import cannot be interrupted.) */
  timeout?: number;
}

export async function loadNetwork(path: string, args: NetworkArgs = {}, opts: LoadOptions = {}): Promise<Graph> {
  const ext = extname(path);
  if (!NETWORK_EXTS.includes(ext)) {
    throw new FileError(`${path}: unknown kind of network file`, { expected: `one of ${NETWORK_EXTS.join(', ')}`, found: ext || 'no extension' });
  }
  let text: string; // read whatever the kind: a missing or unreadable file is a FileError alike
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(`cannot read network ${path}: ${code === 'ENOENT' ? 'no such file' : code ?? (e as Error).message}`);
  }
  if (MODULE_EXTS.includes(ext)) return buildModule(path, args, opts.timeout ?? DEFAULT_TIMEOUT_S);
  if (Object.keys(args).length) {
    throw new NetworkError(`${path}: arguments (${Object.keys(args).join(', ')}) apply only to networks defined in TypeScript or JavaScript`);
  }
  if (ext === '.tfir') return parseGraph(text, path);
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (e) {
    throw new FileError(`${path}: not valid JSON (${jsonSyntaxError(e, text)})`);
  }
  return graphFromJSON(obj, path);
}

async function buildModule(path: string, given: NetworkArgs, timeout: number): Promise<Graph> {
  const mod = exportsOf(await importModule(resolve(path)).catch((e: unknown) => { throw fromNetworkCode(path, 'it was imported', unresolvedImport(path, e)); }));
  const build = [mod.default, mod.build].find((f) => typeof f === 'function') as BuildFn | undefined;
  if (!build) throw new NetworkError(`${path}: the module exports no build function`, { expected: 'a default export or an export `build` of type (b: GraphBuilder, args) => ...', found: `exports ${Object.keys(mod).join(', ') || 'nothing'}` });
  const args = checkArgs(path, mod.args, given);
  const b = new GraphBuilder(basename(path, extname(path)));
  const result = callWithin(path, timeout, () => build(b, args));
  if (result instanceof Value) b.output('y', result);
  else if (result !== undefined) {
    if (typeof result !== 'object' || result === null || !Object.values(result).every((v) => v instanceof Value)) {
      throw new NetworkError(`${path}: the build function returned something other than a tensor or a record of tensors`, { found: String(result) });
    }
    for (const [name, v] of Object.entries(result)) b.output(name, v);
  }
  if (b.graph.outputs.length === 0) {
    throw new NetworkError(`${path}: the build function made no outputs`, { expected: 'a returned tensor, a record of tensors, or calls to b.output(name, value)', found: 'none' });
  }
  return b.build();
}

/** `call()`, ended by a TimeoutError after `seconds`. A synchronous loop cannot be interrupted from
 *  JavaScript, but a vm script's timeout can: its watchdog thread stops whatever runs inside the script,
 *  calls out of it included, in this thread (so the graph and its source locations stay as they are). */
function callWithin<T>(path: string, seconds: number, call: () => T): T {
  try {
    // (the vm takes up to 2^32 - 1 ms, some 50 days: as good as no limit)
    return runInContext('call()', createContext({ call }), { timeout: Math.min(Math.ceil(seconds * 1000), 2 ** 32 - 1) }) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new TimeoutError(`${path}: the build function did not return within the time limit of ${seconds} s ` +
        '(a loop that does not end? --timeout <seconds> sets the limit)');
    }
    throw fromNetworkCode(path, 'its build function ran', e);
  }
}

/** What the network's code threw while `doing` something, located at the network's line: a typed error
 *  keeps its class (a block's option check gets the call's line); anything else is the network's own
 *  exception, or a bug of tempofuse when tempofuse's code raised it. */
function fromNetworkCode(path: string, doing: string, e: unknown): Error {
  if (e instanceof InternalError) return e;
  const loc = e instanceof Error ? userLocation(e) : undefined;
  if (e instanceof TempofuseError) return loc !== undefined ? e.at({ loc }) : e; // (at keeps a site it has)
  const what = e instanceof Error ? `${e.name}: ${e.message}` : `${typeof e} ${String(e)}`;
  if (e instanceof Error && thrownByTempofuse(e)) {
    return new InternalError(`${what}, in a call from ${loc ?? path}`, { cause: e });
  }
  return new NetworkCodeError(`the network's own code threw ${what} (while ${doing}; not an error of tempofuse)`, { loc: loc ?? path, cause: e });
}

/** A plain import through the loaders in place (bin/tempofuse.js registers tsx; vitest transforms TS),
 *  so that the network shares this process's ir/ modules. (tsx's tsImport would load a second copy of
 *  every module the network imports, whose values and errors fail instanceof checks here.) */
const importModule = (abs: string): Promise<Record<string, unknown>> => import(pathToFileURL(abs).href);

/** An import the network (or a module it imports) makes that cannot be found, as a NetworkError with a
 *  hint: a network outside this package reaches tempofuse by name, installed in the network's project
 *  (a relative path into the package, as the examples use, resolves only inside it). Other errors pass. */
function unresolvedImport(path: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return e;
  const message = (e as Error).message;
  const what = /Cannot find (?:module|package) '([^']+)'/.exec(message)?.[1] ?? message.split('\n')[0];
  const from = /imported from (\S+)/.exec(message)?.[1] ?? /Require stack:\s*- (\S+)/.exec(message)?.[1];
  return new NetworkError(`${path}: cannot resolve the import '${what}'${from ? ` in ${from}` : ''}`, {
    expected: "a module that exists; from outside the tempofuse package import it by name (import { GraphBuilder, init } from 'tempofuse') " +
      'with tempofuse installed in the project (npm install /path/to/tempofuse)',
    found: code === 'MODULE_NOT_FOUND' ? 'no such module' : message.startsWith('Cannot find package') ? 'no such package' : 'no such file',
  });
}

/** A TS file outside an ESM package loads as CommonJS, whose exports arrive wrapped in `default`. */
function exportsOf(mod: Record<string, unknown>): Record<string, unknown> {
  const wrapped = mod.default;
  return typeof wrapped === 'object' && wrapped !== null && typeof mod.build !== 'function' ? (wrapped as Record<string, unknown>) : mod;
}

function checkArgs(path: string, declared: unknown, given: NetworkArgs): NetworkArgs {
  if (declared === undefined) return { ...given };
  if (typeof declared !== 'object' || declared === null) {
    throw new NetworkError(`${path}: the export \`args\` must be an object of argument defaults`, { found: String(declared) });
  }
  const defaults = declared as NetworkArgs;
  const out: NetworkArgs = { ...defaults };
  for (const [k, v] of Object.entries(given)) {
    if (!Object.hasOwn(defaults, k)) {
      throw new NetworkError(`${path}: unknown argument '${k}'`, { expected: `one of ${Object.keys(defaults).join(', ') || '(none)'}`, found: k });
    }
    if (typeof v !== typeof defaults[k]) {
      throw new NetworkError(`${path}: argument '${k}' has the wrong type`, { expected: `a ${typeof defaults[k]} (default ${defaults[k]})`, found: JSON.stringify(v) });
    }
    out[k] = v;
  }
  return out;
}
