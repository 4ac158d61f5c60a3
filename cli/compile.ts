// `tempofuse compile`: a network to an artifact folder (manifest.json, kernels/*, constants) for WGSL
// or CUDA; with --emit-ts also a typed TypeScript module for it. For CUDA, nvcc (when present) builds
// every kernel together, one PTX and one cubin per architecture (kernels/all-kernels.*), with fast f32
// arithmetic unless --precise, through a cache keyed by content (codegen/cuda/nvcc.ts). CUDA kernels are
// specialised by default: every launch's sizes are literals in its own module, so nvcc turns division by
// them into multiplications; --no-specialize prints one generic module per kernel (sizes as arguments).
// The artifact is built in a folder beside --out and renamed over it at the end: a failure leaves the
// previous artifact whole, and no file of it (a kernel that is no longer there) stays beside the new one.
// With --grads the artifact is the gradient graph's (cli/grads.ts): `run` gives it cotangents from
// --cotangents and writes its gradients as grad.<name>, as for a network.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { Artifact } from '../artifact/manifest.ts';
import { isArtifactFolder } from '../artifact/read.ts';
import { writeArtifact } from '../artifact/write.ts';
import { buildArtifact } from '../codegen/artifact.ts';
import { compileGraph, type Program } from '../codegen/compile.ts';
import { SCATTER_STRATEGIES, type ScatterStrategy } from '../codegen/fuse.ts';
import { FileError, TargetError } from '../ir/errors.ts';
import { buildFolder, writeFileAtomic } from '../io/files.ts';
import type { NetworkArgs } from '../runtime/network.ts';
import { loadGraph, note, print, withNetworkArgs } from './common.ts';
import { gradientGraph, withGrads, type GradsOptions } from './grads.ts';

interface CompileOptions extends GradsOptions {
  target: string; out: string; emitTs?: boolean; runtimeImport: string; f16: 'native' | 'f32-storage';
  specialize?: boolean; precise?: boolean; cache: boolean; arch?: string[]; maxStorageBuffers: number; force?: boolean; arg?: NetworkArgs;
  scatter: ScatterStrategy; subgroups?: number;
}

/** What a graph name must look like to name the --emit-ts file: one plain file name, nothing hidden. */
const FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

const bufferLimit = (text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 3) throw new InvalidArgumentError('expected an integer >= 3 (two inputs and an output)');
  return n;
};

const subgroupWidth = (text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 4 || n > 128 || (n & (n - 1)) !== 0) throw new InvalidArgumentError('expected a power of two from 4 to 128 (the narrowest subgroup of the devices the artifact is for)');
  return n;
};

/** The --scatter option of compile and run. */
export const parseScatter = (text: string): ScatterStrategy => {
  if (!(SCATTER_STRATEGIES as readonly string[]).includes(text)) throw new InvalidArgumentError(`expected ${SCATTER_STRATEGIES.join(' or ')}`);
  return text as ScatterStrategy;
};
export const SCATTER_HELP = 'how scatter_add sums: deterministic (each output sums its sources in a fixed order: the same bits every run) ' +
  'or atomic (each source adds itself atomically: faster on long axes, f32 sums not bit-reproducible; README "Determinism")';

export function register(program: Command): void {
  withGrads(withNetworkArgs(program.command('compile')
    .description('compile a network into an artifact folder: manifest.json, kernels/*.wgsl or *.cu (+ PTX/cubin)')
    .argument('<network>', 'a .ts/.js network module, a .json graph or a .tfir text graph')
    .requiredOption('--target <target>', 'wgsl or cuda')
    .requiredOption('--out <dir>', 'folder to write the artifact to (replaced whole; a non-empty folder that is not a tempofuse artifact only with --force)')
    .option('--force', 'replace --out even when it is not a tempofuse artifact')
    .option('--emit-ts', 'also write <out>/<name>.ts: a typed TypeScript class for the artifact (<name>, the graph\'s, must be a plain file name: letters, digits, _ . -)')
    .option('--runtime-import <specifier>', 'how the generated TypeScript imports tempofuse', 'tempofuse')
    .option('--f16 <mode>', 'WGSL storage of f16 values: native (needs shader-f16) or f32-storage', 'f32-storage')
    .option('--specialize', 'inline every launch\'s sizes into a module of its own instead of passing them as uniforms (default for cuda)')
    .option('--no-specialize', 'one module per kernel, sizes passed at launch (default for wgsl)')
    .option('--arch <sm>', 'CUDA architecture (repeatable; default sm_80 and sm_90)', (v: string, acc: string[] = []) => [...acc, v])
    .option('--precise', 'CUDA: IEEE f32 rounding as the reference interpreter\'s (nvcc --fmad=false -prec-div=true -prec-sqrt=true) instead of fast arithmetic (fma contraction, 2-ulp division and square root)')
    .option('--no-cache', 'CUDA: run nvcc even when the cache ($TEMPOFUSE_CACHE, else ~/.cache/tempofuse) holds the binaries, and store nothing there')
    .option('--subgroups <width>', 'WGSL: combine cooperative reductions across subgroup lanes with shuffles; the artifact then loads only on devices with the feature subgroups whose subgroups all have at least <width> lanes (4 holds for every such device)', subgroupWidth)
    .option('--max-storage-buffers <n>', 'storage buffers one kernel may bind', bufferLimit, 8)
    .option('--scatter <strategy>', SCATTER_HELP, parseScatter, 'deterministic')), 'compile')
    .action(async (path: string, opts: CompileOptions) => {
      if (opts.target !== 'wgsl' && opts.target !== 'cuda') {
        throw new TargetError(`unknown compile target '${opts.target}'`, { expected: 'wgsl or cuda', found: opts.target });
      }
      if (opts.f16 !== 'native' && opts.f16 !== 'f32-storage') {
        throw new TargetError(`unknown f16 storage '${opts.f16}'`, { expected: 'native or f32-storage', found: opts.f16 });
      }
      if (opts.target === 'wgsl' && opts.precise) throw new TargetError('--precise applies to CUDA only (WGSL has no fast-math mode)');
      if (opts.target === 'cuda' && opts.subgroups !== undefined) throw new TargetError('--subgroups applies to WGSL only (CUDA reductions always use warp shuffles)');
      await checkOut(opts.out, opts.force === true);
      const { name, program } = await buildFolder(opts.out, (dir) => compileInto(dir, path, opts));
      const { fused, unfused } = program.cost;
      print(`${name}: ${program.kernels.length} kernels, ${fused.launches} launches (unfused ${unfused.launches}), ` +
        `${fused.bytesRead + fused.bytesWritten} bytes moved (unfused ${unfused.bytesRead + unfused.bytesWritten}) -> ${opts.out}`);
    });
}

/** The artifact of the network at `path`, written into `dir`; with --emit-ts, its module too. */
async function compileInto(dir: string, path: string, opts: CompileOptions): Promise<{ name: string; program: Program }> {
  const forward = await loadGraph(path, opts);
  const g = opts.grads ? gradientGraph(forward, opts.wrt) : forward;
  if (opts.emitTs && !FILE_NAME.test(g.name)) {
    throw new FileError('--emit-ts: the graph name cannot name the file <out>/<name>.ts', { expected: 'letters, digits, _ . - (not . first)', found: JSON.stringify(g.name) });
  }
  const program = compileGraph(g, { maxStorageBuffers: opts.maxStorageBuffers, scatter: opts.scatter });
  const artifact = opts.target === 'wgsl' ? await wgslArtifact(program, opts) : await cudaArtifact(program, opts);
  await writeArtifact(dir, artifact);
  if (opts.target === 'cuda') await buildCuda(artifact, dir, opts);
  if (opts.emitTs) {
    // loaded only here: it brings in the TypeScript compiler, which takes longer to load than the rest
    const { emitTypeScript, className } = await import('../codegen/emit-ts.ts');
    await writeFileAtomic(join(dir, `${g.name}.ts`), emitTypeScript(artifact.manifest, opts.runtimeImport));
    note(`wrote ${join(opts.out, `${g.name}.ts`)} (class ${className(g.name)})`);
  }
  return { name: g.name, program };
}

/** Refuses, before any work, an --out that holds something other than a tempofuse artifact, unless --force. */
async function checkOut(out: string, force: boolean): Promise<void> {
  const st = await stat(out).catch(() => undefined);
  if (!st || force) return;
  const entries = st.isDirectory() ? await readdir(out).catch((e: NodeJS.ErrnoException) => { throw new FileError(`cannot read --out ${out}: ${e.code ?? e.message}`); }) : undefined;
  if (entries?.length === 0 || await isArtifactFolder(out)) return;
  throw new FileError(`--out ${out} is ${entries ? 'a non-empty folder that is not a tempofuse artifact' : 'a file'}; pass --force to replace it`);
}

async function wgslArtifact(program: Program, opts: CompileOptions): Promise<Artifact> {
  const { printProgramWgsl } = await import('../codegen/wgsl/program.ts');
  const subgroups: { subgroups?: number } = opts.subgroups !== undefined ? { subgroups: opts.subgroups } : {};
  const modules = printProgramWgsl(program, { f16: opts.f16, specialize: opts.specialize === true, ...subgroups });
  return buildArtifact(program, 'wgsl', modules, { f16: opts.f16, specialized: opts.specialize === true, scatter: opts.scatter, ...(opts.subgroups !== undefined ? { subgroups: opts.subgroups } : {}) });
}

async function cudaArtifact(program: Program, opts: CompileOptions): Promise<Artifact> {
  const cuda = await import('../codegen/cuda/artifact.ts');
  return cuda.cudaArtifact(program, { specialized: opts.specialize !== false, precise: opts.precise === true, scatter: opts.scatter });
}

/** PTX and cubin beside the .cu files when nvcc is installed; without it the sources alone are written. */
async function buildCuda(artifact: Artifact, out: string, opts: CompileOptions): Promise<void> {
  const { compileCuda, findNvcc } = await import('../codegen/cuda/nvcc.ts');
  try {
    findNvcc();
  } catch (e) {
    if (!(e instanceof TargetError)) throw e;
    note(`${e.detail}; wrote the .cu sources only (the CUDA runtime compiles them with NVRTC where present)`);
    return;
  }
  const { binaries, cached } = await compileCuda(artifact.sources, {
    out, archs: opts.arch, precise: opts.precise === true, ...(opts.cache ? {} : { cache: false }),
  });
  note(`nvcc: ${binaries.length} PTX/cubin files${cached.length ? ` (${cached.map((a) => `sm_${a}`).join(', ')} from the cache)` : ''}`);
}
