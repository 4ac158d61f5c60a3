// Ahead-of-time compilation of printed CUDA kernels with nvcc. All the sources of an artifact are compiled
// together as one translation unit (each printed kernel guards its helpers, so concatenation defines each
// once; a #line directive per source makes nvcc's messages name the source and its own line): one nvcc call
// per architecture, the calls running at once, each writing PTX for compute_XX (which the driver JIT-compiles
// for any newer GPU) and a cubin for sm_XX (loaded as is on that architecture), both holding every kernel.
// No GPU or driver is needed. nvcc is found through the `nvcc` option, $NVCC, $PATH, $CUDA_HOME /
// $CUDA_PATH, or /usr/local/cuda; where there is none, compileCuda throws a TargetError saying so.
//
// Cache: the binaries of a call are kept under <cache>/nvcc/, keyed by a hash of nvcc's version, the
// arguments (with $NVCC_PREPEND_FLAGS and $NVCC_APPEND_FLAGS), the architecture and the source text, so
// compiling the same kernels again runs no nvcc. The cache folder is $TEMPOFUSE_CACHE, else
// $XDG_CACHE_HOME/tempofuse, else ~/.cache/tempofuse; TEMPOFUSE_CACHE=off (or the `cache: false` option)
// turns it off. Files enter it by rename, whole, so concurrent compilations never read half a file.
// Nothing is ever evicted: delete the folder to reclaim it.
//
// Flags: production builds use fast f32 arithmetic (NVCC_FAST_FLAGS: contraction into fma, division and
// square root to within 2 ulp); sin, cos, exp, log, tanh and pow stay nvcc's full-range library functions
// (no --use_fast_math, whose intrinsics lose accuracy outside [-pi, pi] and near overflow), NaN and
// infinities keep their IEEE meaning (isnan, the NaN-propagating max/min helpers), and denormals are kept:
// flushing them to zero buys little on sm_80 and newer, and stops nvcc from folding sin and cos of
// constants (specialised FFT twiddles), leaving their large-argument path, with a local array, in the code.
// `precise` builds (NVCC_PRECISE_FLAGS: IEEE rounding, no contraction) round every f32 operation as the
// kernel IR and the CPU kernel interpreter do; tests that compare bit-closely use them.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { accessSync, constants as fsConstants } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { basename, delimiter, dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { CUDA_UNIT } from '../artifact.ts';
import { TargetError } from '../../ir/errors.ts';
import { writeFileAtomic } from '../../io/files.ts';

/** Architectures compiled when none are named: Ampere (A100) and Hopper (H100/H200). */
export const DEFAULT_CUDA_ARCHS: readonly number[] = [80, 90];

/** Production flags: C++17 and fast f32 arithmetic (see the header). */
export const NVCC_FAST_FLAGS: readonly string[] = ['-std=c++17', '--fmad=true', '-ftz=false', '-prec-div=false', '-prec-sqrt=false'];

/** Precise flags: C++17 and the IR's f32 semantics, every operation rounded on its own (IEEE). */
export const NVCC_PRECISE_FLAGS: readonly string[] = ['-std=c++17', '--fmad=false', '-ftz=false', '-prec-div=true', '-prec-sqrt=true'];

export const nvccFlags = (precise = false): readonly string[] => (precise ? NVCC_PRECISE_FLAGS : NVCC_FAST_FLAGS);

export type CudaBinaryKind = 'ptx' | 'cubin';

export interface CompileCudaOptions {
  /** Folder the binaries go to, as CUDA_UNIT (kernels/all-kernels) + .compute_XX.ptx / .sm_XX.cubin. */
  readonly out: string;
  /** Architectures as 80, '80', 'sm_80' or 'compute_80' (default: DEFAULT_CUDA_ARCHS). CUDA 13 needs >= 75. */
  readonly archs?: readonly (number | string)[];
  /** What to write per arch (default both). */
  readonly kinds?: readonly CudaBinaryKind[];
  /** Path of nvcc (default: found as the header says). */
  readonly nvcc?: string;
  /** IEEE f32 rounding, no fast arithmetic (default false). */
  readonly precise?: boolean;
  /** Make nvcc's warnings errors (generated kernels have none). */
  readonly werror?: boolean;
  /** Add -lineinfo (source lines in profilers). */
  readonly lineinfo?: boolean;
  /** Cache folder, or false for none (default: cudaCacheDir()). */
  readonly cache?: string | false;
}

export interface CudaBinary {
  readonly arch: number;
  readonly kind: CudaBinaryKind;
  /** Path relative to `out`: kernels/all-kernels.compute_80.ptx, kernels/all-kernels.sm_80.cubin. */
  readonly file: string;
}

export interface CompileCudaResult {
  readonly binaries: readonly CudaBinary[];
  /** nvcc's messages (warnings), per arch, with the temporary paths taken out. */
  readonly log: string;
  /** Architectures whose binaries came from the cache. */
  readonly cached: readonly number[];
}

/** Where the binary of `unit` (a path, `.cu` ending optional) for `arch` and `kind` goes, relative to the output folder. */
export function cudaBinaryFile(unit: string, arch: number, kind: CudaBinaryKind): string {
  const base = unit.replace(/\.cu$/, '');
  return kind === 'ptx' ? `${base}.compute_${arch}.ptx` : `${base}.sm_${arch}.cubin`;
}

/** An arch as a number: 80 from 80, '80', 'sm_80', 'compute_80'. */
export function parseCudaArch(a: number | string): number {
  const m = /^(?:sm_|compute_)?(\d+)$/.exec(String(a).trim());
  const n = m ? Number(m[1]) : NaN;
  if (!Number.isInteger(n) || n < 75) {
    throw new TargetError(`unknown or unsupported CUDA architecture '${a}'`, { expected: 'sm_75 or newer, e.g. sm_80, sm_90 (CUDA 13)', found: String(a) });
  }
  return n;
}

/** The cache folder the environment names (see the header), or false when TEMPOFUSE_CACHE is off. */
export function cudaCacheDir(): string | false {
  const env = process.env.TEMPOFUSE_CACHE;
  if (env === 'off' || env === '0') return false;
  if (env) return env;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tempofuse');
}

/** The nvcc to run, or a TargetError saying that there is none. */
export function findNvcc(explicit?: string): string {
  const runnable = (p: string) => {
    try { accessSync(p, fsConstants.X_OK); return true; } catch { return false; }
  };
  if (explicit !== undefined) {
    if (runnable(explicit)) return explicit;
    throw new TargetError(`nvcc not found at ${explicit}`, { expected: 'an executable nvcc (CUDA toolkit 12 or 13)', found: 'no such executable' });
  }
  const env = process.env.NVCC;
  if (env && runnable(env)) return env;
  const candidates = [
    ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'nvcc')),
    ...[process.env.CUDA_HOME, process.env.CUDA_PATH, '/usr/local/cuda'].filter((d): d is string => !!d).map((d) => join(d, 'bin', 'nvcc')),
  ];
  const found = candidates.find(runnable);
  if (found) return found;
  throw new TargetError('nvcc (the CUDA compiler) is not installed on this machine: the cuda target compiles kernels with it', {
    expected: 'nvcc on PATH, in $NVCC, or under $CUDA_HOME/bin or /usr/local/cuda/bin', found: 'none',
  });
}

export interface NvccRun {
  readonly code: number;
  /** stdout and stderr together, in order of arrival. */
  readonly output: string;
  readonly ms: number;
}

/** Run nvcc with `args`; resolves with its exit code and output (never rejects on a failed compilation). */
export function runNvcc(nvcc: string, args: readonly string[], cwd?: string): Promise<NvccRun> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(nvcc, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'ENOENT' ? new TargetError(`nvcc not found at ${nvcc}`, { expected: 'an executable nvcc', found: 'ENOENT' }) : e);
    });
    child.on('close', (code) => resolve({ code: code ?? -1, output, ms: performance.now() - t0 }));
  });
}

/** Run `tasks` with at most `jobs` at a time; results in task order. */
export async function runPool<T>(tasks: readonly (() => Promise<T>)[], jobs: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, tasks.length)) }, worker));
  return results;
}

/** One translation unit of several printed sources (path -> text), each starting at its own line 1. */
export function cudaUnitSource(sources: Iterable<readonly [string, string]>): string {
  return [...sources].map(([path, text]) => `#line 1 "${path.replace(/["\\]/g, '_')}"\n${text.endsWith('\n') ? text : `${text}\n`}`).join('');
}

const versions = new Map<string, Promise<string>>();

/** nvcc's --version text (part of every cache key), asked once per nvcc. */
function nvccVersion(nvcc: string): Promise<string> {
  let v = versions.get(nvcc);
  if (!v) {
    v = runNvcc(nvcc, ['--version']).then((r) => {
      if (r.code !== 0) throw new TargetError(`${nvcc} --version failed (exit ${r.code}): ${r.output.trim()}`);
      return r.output;
    });
    versions.set(nvcc, v);
  }
  return v;
}

/** nvcc arguments (without input and output) that compile for `arch` to `kinds`. With both kinds, nvcc
 *  builds the cubin and --keep leaves the PTX it went through (<unit>.ptx in the keep folder). */
function nvccArgs(arch: number, kinds: readonly CudaBinaryKind[], opts: Pick<CompileCudaOptions, 'precise' | 'werror' | 'lineinfo'> = {}): string[] {
  const target = kinds.includes('cubin') ? ['-cubin', `-arch=sm_${arch}`] : ['-ptx', `-arch=compute_${arch}`];
  return [...target, ...nvccFlags(opts.precise), ...(opts.werror ? ['-Werror', 'all-warnings'] : []), ...(opts.lineinfo ? ['-lineinfo'] : [])];
}

/** Compile every source (path -> CUDA text, e.g. an artifact's kernels/*.cu; the path names it in nvcc's
 *  messages) together, to PTX and cubin for each arch, written under `opts.out` as CUDA_UNIT +
 *  .compute_XX.ptx / .sm_XX.cubin. Throws a TargetError when nvcc is missing or the sources fail to compile. */
export async function compileCuda(sources: ReadonlyMap<string, string> | Readonly<Record<string, string>>, opts: CompileCudaOptions): Promise<CompileCudaResult> {
  const entries = [...(sources instanceof Map ? sources : Object.entries(sources))] as [string, string][];
  const archs = [...new Set((opts.archs ?? DEFAULT_CUDA_ARCHS).map(parseCudaArch))];
  const kinds = [...new Set(opts.kinds ?? ['ptx', 'cubin'])] as CudaBinaryKind[];
  for (const [path] of entries) {
    if (!path.endsWith('.cu') || isAbsolute(path) || normalize(path).split(sep).includes('..')) {
      throw new TargetError(`compileCuda: source path '${path}' must be relative, inside the artifact folder, and end in .cu`);
    }
  }
  const nvcc = findNvcc(opts.nvcc);
  const version = await nvccVersion(nvcc);
  const text = cudaUnitSource(entries);
  const cache = opts.cache ?? cudaCacheDir();
  const binaries = archs.flatMap((arch) => kinds.map((kind): CudaBinary => ({ arch, kind, file: cudaBinaryFile(CUDA_UNIT, arch, kind) })));
  await mkdir(dirname(join(opts.out, CUDA_UNIT)), { recursive: true });
  const tmp = await mkdtemp(join(tmpdir(), 'tempofuse-nvcc-'));
  try {
    const input = join(tmp, 'unit.cu');
    await writeFile(input, text);
    const runs = await Promise.all(archs.map(async (arch) => {
      const args = nvccArgs(arch, kinds, opts);
      const extra = [process.env.NVCC_PREPEND_FLAGS ?? '', process.env.NVCC_APPEND_FLAGS ?? ''];
      const key = createHash('sha256').update([version, args.join(' '), ...extra, kinds.join(','), text].join('\0')).digest('hex');
      const cached = cache ? await readCached(join(cache, 'nvcc'), key, kinds) : undefined;
      const compiled = cached ?? await compileArch(nvcc, args, input, join(tmp, `sm_${arch}`), kinds, arch, entries.map(([p]) => p));
      for (const kind of kinds) await writeFileAtomic(join(opts.out, cudaBinaryFile(CUDA_UNIT, arch, kind)), compiled.files.get(kind)!);
      if (cache && !cached) await storeCached(join(cache, 'nvcc'), key, compiled);
      return { arch, log: compiled.log, cached: !!cached };
    }));
    // binaries of the unit from an earlier compile for other archs would be loaded as if they were these
    const unitDir = dirname(join(opts.out, CUDA_UNIT));
    const written = new Set(binaries.map((b) => basename(b.file)));
    for (const f of await readdir(unitDir)) {
      if (f.startsWith(`${basename(CUDA_UNIT)}.`) && /\.(ptx|cubin|fatbin)$/.test(f) && !written.has(f)) await rm(join(unitDir, f), { force: true });
    }
    const log = runs.filter((r) => r.log.trim()).map((r) => `sm_${r.arch}:\n${r.log.trim()}`).join('\n');
    return { binaries, log, cached: runs.filter((r) => r.cached).map((r) => r.arch) };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

interface Compiled {
  readonly files: ReadonlyMap<CudaBinaryKind, Uint8Array>;
  readonly log: string;
}

async function compileArch(nvcc: string, args: readonly string[], input: string, dir: string, kinds: readonly CudaBinaryKind[], arch: number, paths: readonly string[]): Promise<Compiled> {
  await mkdir(dir, { recursive: true });
  const stem = basename(input, '.cu');
  const output = join(dir, `${stem}.${kinds.includes('cubin') ? 'cubin' : 'ptx'}`);
  const keep = kinds.length > 1 ? ['--keep', '--keep-dir', dir] : [];
  const r = await runNvcc(nvcc, [...args, ...keep, '-o', output, input], dir);
  const log = r.output.split(dirname(input) + sep).join('');
  if (r.code !== 0) {
    const named = paths.filter((p) => log.includes(`${p}(`));
    throw new TargetError(`nvcc could not compile ${named.length ? named.join(', ') : `${paths.length} kernel sources`} for sm_${arch} / compute_${arch}:\n${log.trim()}`);
  }
  const files = new Map<CudaBinaryKind, Uint8Array>();
  for (const kind of kinds) files.set(kind, new Uint8Array(await readFile(join(dir, `${stem}.${kind}`))));
  return { files, log };
}

async function readCached(dir: string, key: string, kinds: readonly CudaBinaryKind[]): Promise<Compiled | undefined> {
  try {
    const files = new Map<CudaBinaryKind, Uint8Array>();
    for (const kind of kinds) files.set(kind, new Uint8Array(await readFile(join(dir, `${key}.${kind}`))));
    return { files, log: await readFile(join(dir, `${key}.log`), 'utf8') };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new TargetError(`cannot read the nvcc cache ${dir}: ${(e as Error).message}`);
  }
}

/** Store a compilation; the log goes last, so an entry with a log has every binary. */
async function storeCached(dir: string, key: string, c: Compiled): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    for (const [kind, bytes] of c.files) await writeFileAtomic(join(dir, `${key}.${kind}`), bytes);
    await writeFileAtomic(join(dir, `${key}.log`), c.log);
  } catch (e) {
    throw new TargetError(`cannot write the nvcc cache ${dir}: ${(e as Error).message} (set TEMPOFUSE_CACHE to another folder, or to off)`);
  }
}
