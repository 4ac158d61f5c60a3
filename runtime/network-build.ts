// Building a network from its TypeScript/JavaScript module, in the thread runtime/network.ts starts for
// it: import the module (its top-level code runs), check its arguments, call its build function with a
// fresh GraphBuilder. Whatever the network's code throws is reported as located in the network: a typed
// error without a location gets the network's line that made the failing call (an nn/ block's option
// check), and an exception of the network's own code becomes a NetworkCodeError at its line.
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GraphBuilder, Value } from '../ir/builder.ts';
import { InternalError, NetworkCodeError, NetworkError, TempofuseError } from '../ir/errors.ts';
import type { Graph } from '../ir/graph.ts';
import { thrownByTempofuse, userLocation } from '../ir/location.ts';
import type { BuildFn, NetworkArgs } from './network.ts';

/** The network's graph, and its arguments as the build function got them (defaults with `given` applied). */
export async function buildModule(path: string, given: NetworkArgs): Promise<{ graph: Graph; args: NetworkArgs }> {
  const mod = exportsOf(await importModule(resolve(path)).catch((e: unknown) => { throw fromNetworkCode(path, 'it was imported', unresolvedImport(path, e)); }));
  const build = [mod.default, mod.build].find((f) => typeof f === 'function') as BuildFn | undefined;
  if (!build) throw new NetworkError(`${path}: the module exports no build function`, { expected: 'a default export or an export `build` of type (b: GraphBuilder, args) => ...', found: `exports ${Object.keys(mod).join(', ') || 'nothing'}` });
  const args = checkArgs(path, mod.args, given);
  const b = new GraphBuilder(basename(path, extname(path)));
  let result: ReturnType<BuildFn>;
  try {
    result = build(b, args);
  } catch (e) {
    throw fromNetworkCode(path, 'its build function ran', e);
  }
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
  return { graph: b.build(), args };
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
