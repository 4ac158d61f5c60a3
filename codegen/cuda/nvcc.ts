// Ahead-of-time compilation of printed CUDA kernels with nvcc: PTX for compute_XX (which the driver JIT-compiles
// for any newer GPU) and cubin for sm_XX (loaded as is on that architecture), for each requested arch. No GPU
// or driver is needed. nvcc is found through `nvcc` option, $NVCC, $PATH, $CUDA_HOME / $CUDA_PATH, or
// /usr/local/cuda; where there is none, compileCuda throws a TargetError saying so.
//
// Flags: IEEE f32 (-ftz=false -prec-div=true -prec-sqrt=true) and --fmad=false, so that every f32 operation
// rounds as the kernel IR (and the CPU kernel interpreter) define; see codegen/cuda/printer.ts.
import { spawn } from 'node:child_process';
import { accessSync, constants as fsConstants } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { TargetError } from '../../ir/errors.ts';

/** Architectures compiled when none are named: Ampere (A100) and Hopper (H100/H200). */
export const DEFAULT_CUDA_ARCHS: readonly number[] = [80, 90];

/** Flags every compilation gets: C++17 and the IR's f32 semantics. */
export const NVCC_FLAGS: readonly string[] = ['-std=c++17', '--fmad=false', '-ftz=false', '-prec-div=true', '-prec-sqrt=true'];

export type CudaBinaryKind = 'ptx' | 'cubin';

export interface CompileCudaOptions {
  /** Folder the binaries go to, each at its source's relative path with `.cu` replaced. */
  readonly out: string;
  /** Architectures as 80, '80', 'sm_80' or 'compute_80' (default: DEFAULT_CUDA_ARCHS). CUDA 13 needs >= 75. */
  readonly archs?: readonly (number | string)[];
  /** What to write per source and arch (default both). */
  readonly kinds?: readonly CudaBinaryKind[];
  /** nvcc processes at once (default: the number of CPUs). */
  readonly jobs?: number;
  /** Path of nvcc (default: found as the header says). */
  readonly nvcc?: string;
  /** Make nvcc's warnings errors (generated kernels have none). */
  readonly werror?: boolean;
  /** Add -lineinfo (source lines in profilers). */
  readonly lineinfo?: boolean;
}

export interface CudaBinary {
  /** The source's path as given (e.g. kernels/k0_add.cu). */
  readonly source: string;
  readonly arch: number;
  readonly kind: CudaBinaryKind;
  /** Path relative to `out`: kernels/k0_add.compute_80.ptx, kernels/k0_add.sm_80.cubin. */
  readonly file: string;
}

export interface CompileCudaResult {
  readonly binaries: readonly CudaBinary[];
  /** nvcc's messages (warnings), per source, with the temporary paths replaced by the source's. */
  readonly log: string;
}

/** Where the binary of `source` (a `.cu` path) for `arch` and `kind` goes, relative to the output folder. */
export function cudaBinaryFile(source: string, arch: number, kind: CudaBinaryKind): string {
  const base = source.replace(/\.cu$/, '');
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

/** nvcc arguments that compile `input` to `output` as `kind` for `arch`. */
export function nvccArgs(input: string, output: string, arch: number, kind: CudaBinaryKind, opts: Pick<CompileCudaOptions, 'werror' | 'lineinfo'> = {}): string[] {
  return [
    kind === 'ptx' ? '-ptx' : '-cubin', `-arch=${kind === 'ptx' ? 'compute' : 'sm'}_${arch}`, ...NVCC_FLAGS,
    ...(opts.werror ? ['-Werror', 'all-warnings'] : []), ...(opts.lineinfo ? ['-lineinfo'] : []),
    '-o', output, input,
  ];
}

/** Compile each source (path -> CUDA text, e.g. an artifact's kernels/*.cu) to PTX and cubin for each arch,
 *  writing the binaries under `opts.out`. Throws a TargetError when nvcc is missing or a source fails. */
export async function compileCuda(sources: ReadonlyMap<string, string> | Readonly<Record<string, string>>, opts: CompileCudaOptions): Promise<CompileCudaResult> {
  const entries = [...(sources instanceof Map ? sources : Object.entries(sources))] as [string, string][];
  const archs = [...new Set((opts.archs ?? DEFAULT_CUDA_ARCHS).map(parseCudaArch))];
  const kinds = [...new Set(opts.kinds ?? ['ptx', 'cubin'])] as CudaBinaryKind[];
  for (const [path] of entries) {
    if (!path.endsWith('.cu') || isAbsolute(path) || normalize(path).split(sep).includes('..')) {
      throw new TargetError(`compileCuda: source path '${path}' must be relative, inside the output folder, and end in .cu`);
    }
  }
  const nvcc = findNvcc(opts.nvcc);
  const tmp = await mkdtemp(join(tmpdir(), 'tempofuse-nvcc-'));
  try {
    for (const [path, text] of entries) {
      await mkdir(dirname(join(tmp, path)), { recursive: true });
      await writeFile(join(tmp, path), text);
    }
    const jobs: { binary: CudaBinary; run: () => Promise<NvccRun> }[] = [];
    for (const [path] of entries) {
      for (const arch of archs) {
        for (const kind of kinds) {
          const binary: CudaBinary = { source: path, arch, kind, file: cudaBinaryFile(path, arch, kind) };
          const output = join(opts.out, binary.file);
          jobs.push({
            binary,
            run: async () => {
              await mkdir(dirname(output), { recursive: true });
              return runNvcc(nvcc, nvccArgs(join(tmp, path), output, arch, kind, opts));
            },
          });
        }
      }
    }
    const runs = await runPool(jobs.map((j) => j.run), opts.jobs ?? availableParallelism());
    const clean = (text: string) => text.split(tmp + sep).join('').trim();
    const failed = runs.findIndex((r) => r.code !== 0);
    if (failed >= 0) {
      const b = jobs[failed].binary;
      throw new TargetError(`nvcc could not compile ${b.source} for ${b.kind === 'ptx' ? 'compute' : 'sm'}_${b.arch}:\n${clean(runs[failed].output)}`);
    }
    const log = runs.map((r, i) => (r.output.trim() ? `${jobs[i].binary.file}:\n${clean(r.output)}` : '')).filter(Boolean).join('\n');
    return { binaries: jobs.map((j) => j.binary), log };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
