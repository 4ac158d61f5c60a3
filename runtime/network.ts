// Loading a network definition: a TypeScript/JavaScript module that builds the graph, a .json graph
// or a .tfir text graph. A module's default export (or its export `build`) is called with a fresh
// GraphBuilder and the arguments; an optional export `args` holds the accepted arguments with their
// defaults, so that a misspelt or ill-typed argument is an error instead of being ignored.
// A module is imported and built in a worker thread (runtime/network-build.ts) under a time limit: a
// thread can be stopped whatever it runs, so a loop that does not end in the module's top-level code is
// ended like one in its build function. The graph comes back as JSON, errors as data (ir/error-transfer.ts).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { errorFromData, type ErrorData } from '../ir/error-transfer.ts';
import { FileError, NetworkCodeError, NetworkError, TimeoutError } from '../ir/errors.ts';
import type { Graph } from '../ir/graph.ts';
import { graphFromJSON, jsonSyntaxError, type GraphJSON } from '../ir/json.ts';
import { parseGraph } from '../ir/text.ts';

export type ArgValue = string | number | boolean;
export type NetworkArgs = Record<string, ArgValue>;
export type BuildFn = (b: GraphBuilder, args: NetworkArgs) => void | Value | Record<string, Value>;

const MODULE_EXTS = ['.ts', '.mts', '.js', '.mjs'];
export const NETWORK_EXTS = [...MODULE_EXTS, '.json', '.tfir'];

/** Seconds a build function may run by default. */
export const DEFAULT_TIMEOUT_S = 60;

export interface LoadOptions {
  /** Seconds a module may take to load (its top-level code and its build function) before loading fails
   *  with a TimeoutError. */
  timeout?: number;
}

export async function loadNetwork(path: string, args: NetworkArgs = {}, opts: LoadOptions = {}): Promise<Graph> {
  return (await loadNetworkWithArgs(path, args, opts)).graph;
}

/** A network and the arguments it was built with: every argument a TS/JS network declares, defaults
 *  filled in (none for .json and .tfir graphs). */
export async function loadNetworkWithArgs(path: string, args: NetworkArgs = {}, opts: LoadOptions = {}): Promise<{ graph: Graph; args: NetworkArgs }> {
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
  if (MODULE_EXTS.includes(ext)) return buildInWorker(path, args, opts.timeout ?? DEFAULT_TIMEOUT_S);
  if (Object.keys(args).length) {
    throw new NetworkError(`${path}: arguments (${Object.keys(args).join(', ')}) apply only to networks defined in TypeScript or JavaScript`);
  }
  if (ext === '.tfir') return { graph: parseGraph(text, path), args: {} };
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (e) {
    throw new FileError(`${path}: not valid JSON (${jsonSyntaxError(e, text)})`);
  }
  return { graph: graphFromJSON(obj, path), args: {} };
}


/** What the building thread posts: 'started' once it can load TypeScript (the time limit counts from
 *  then, not from the thread's own start-up), then the graph or the error. */
export type BuildMessage = { kind: 'started' } | { kind: 'graph'; graph: GraphJSON; args: NetworkArgs } | { kind: 'error'; error: ErrorData };

function buildInWorker(path: string, args: NetworkArgs, seconds: number): Promise<{ graph: Graph; args: NetworkArgs }> {
  const worker = new Worker(new URL('./network-worker.mjs', import.meta.url), { workerData: { path, args } });
  return new Promise<{ graph: Graph; args: NetworkArgs }>((resolvePromise, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (f: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      try { f(); } catch (e) { reject(e); }
    };
    worker.on('message', (m: BuildMessage) => {
      if (m.kind === 'started') {
        // (setTimeout takes at most 2^31 - 1 ms, some 24 days: as good as no limit)
        timer = setTimeout(() => settle(() => reject(new TimeoutError(`${path}: the network did not finish loading within the time limit of ${seconds} s ` +
          '(a loop that does not end, in its top-level code or its build function? --timeout <seconds> sets the limit)'))), Math.min(Math.ceil(seconds * 1000), 2 ** 31 - 1));
      } else if (m.kind === 'graph') settle(() => resolvePromise({ graph: graphFromJSON(m.graph, path), args: m.args }));
      else settle(() => reject(errorFromData(m.error)));
    });
    worker.on('error', (e) => settle(() => reject(new NetworkCodeError(`the network's own code threw ${e.name}: ${e.message} ` +
      '(after its build function returned; not an error of tempofuse)', { loc: path, cause: e }))));
    worker.on('exit', (code) => settle(() => reject(new NetworkError(`${path}: the network's code ended the process (process.exit(${code})) while it was loaded`))));
  });
}
