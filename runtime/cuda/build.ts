// Building the CUDA runtime addon (runtime/cuda/native/) with node-gyp, offline: against the headers of the
// running Node (--nodedir=<its install prefix>, /usr on Debian's nodejs; node-gyp would otherwise download
// them), into runtime/cuda/native/build/ (git-ignored). Needs a C++17 compiler, make and python3; no CUDA
// toolkit and no GPU (the addon declares the few driver types it uses and dlopens the driver at run time).
// Nothing else in tempofuse needs this build: the WebGPU and reference targets never load the addon.
//
//   npm run build:cuda            (this file as a script; --force rebuilds from scratch)
//
// buildCudaAddon() skips the build when the .node file is newer than every source, and holds a lock
// (runtime/cuda/native/.build-lock) so that concurrent test processes build once.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TargetError } from '../../ir/errors.ts';

export const NATIVE_DIR = fileURLToPath(new URL('./native/', import.meta.url));
export const BUILD_DIR = join(NATIVE_DIR, 'build');
/** Where the build puts the addon. */
export const ADDON_FILE = join(BUILD_DIR, 'Release', 'tempofuse_cuda.node');
const LOCK = join(NATIVE_DIR, '.build-lock');

export interface BuildResult {
  readonly path: string;
  /** False when the existing build was up to date. */
  readonly built: boolean;
  readonly ms: number;
  /** node-gyp's output (empty when nothing was built). */
  readonly log: string;
}

/** Whether the addon exists and is newer than its sources. */
export function addonUpToDate(): boolean {
  if (!existsSync(ADDON_FILE)) return false;
  const built = statSync(ADDON_FILE).mtimeMs;
  // every source of the addon: binding.gyp and the C++ files beside it
  const sources = readdirSync(NATIVE_DIR).filter((f) => /\.(cc|h|gyp)$/.test(f));
  return sources.every((s) => statSync(join(NATIVE_DIR, s)).mtimeMs <= built);
}

/** The Node headers to build against: the running Node's install prefix when it has them. */
export function nodeHeadersDir(): string | undefined {
  const candidates = [process.env.npm_config_nodedir, dirname(dirname(process.execPath)), '/usr', '/usr/local'];
  return candidates.find((d): d is string => !!d && existsSync(join(d, 'include', 'node', 'node_api.h')));
}

function nodeGypScript(): string {
  try {
    return createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js');
  } catch {
    throw new TargetError('cannot build the CUDA addon: the node-gyp package is not installed (npm install)');
  }
}

function run(args: string[]): Promise<{ code: number; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: NATIVE_DIR, env: { ...process.env, npm_config_loglevel: 'warn' } });
    let log = '';
    child.stdout.on('data', (d: Buffer) => { log += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { log += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, log }));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // a lock left by a process that died: older than any build takes
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 5 * 60_000) rmSync(LOCK, { recursive: true, force: true });
      } catch { /* gone meanwhile */ }
      if (Date.now() > deadline) throw new TargetError(`cannot build the CUDA addon: ${LOCK} is held by another build`);
      await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Build the addon unless it is up to date (or `force`). Throws a TargetError carrying node-gyp's output on failure. */
export async function buildCudaAddon(opts: { force?: boolean } = {}): Promise<BuildResult> {
  const start = Date.now();
  if (!opts.force && addonUpToDate()) return { path: ADDON_FILE, built: false, ms: 0, log: '' };
  return withLock(async () => {
    if (!opts.force && addonUpToDate()) return { path: ADDON_FILE, built: false, ms: Date.now() - start, log: '' };
    const gyp = nodeGypScript();
    const nodedir = nodeHeadersDir();
    if (!nodedir) {
      throw new TargetError(`cannot build the CUDA addon offline: no Node headers (include/node/node_api.h) under ${dirname(dirname(process.execPath))}; install them (Debian: apt-get install libnode-dev) or set npm_config_nodedir`);
    }
    const common = [`--nodedir=${nodedir}`, '--loglevel=warn'];
    let log = '';
    const configured = existsSync(join(BUILD_DIR, 'Makefile')) && existsSync(join(BUILD_DIR, 'config.gypi'))
      && statSync(join(BUILD_DIR, 'Makefile')).mtimeMs >= statSync(join(NATIVE_DIR, 'binding.gyp')).mtimeMs;
    if (opts.force) rmSync(BUILD_DIR, { recursive: true, force: true });
    if (opts.force || !configured) {
      const r = await run([gyp, 'configure', ...common]);
      log += r.log;
      if (r.code !== 0) throw new TargetError(`building the CUDA addon failed (node-gyp configure, exit ${r.code}):\n${log.trim()}`);
    }
    const r = await run([gyp, 'build', ...common]);
    log += r.log;
    if (r.code !== 0 || !existsSync(ADDON_FILE)) throw new TargetError(`building the CUDA addon failed (node-gyp build, exit ${r.code}):\n${log.trim()}`);
    return { path: ADDON_FILE, built: true, ms: Date.now() - start, log };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const force = process.argv.includes('--force');
  try {
    const r = await buildCudaAddon({ force });
    process.stdout.write(r.built ? `built ${r.path} in ${(r.ms / 1000).toFixed(1)} s\n` : `${r.path} is up to date\n`);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
