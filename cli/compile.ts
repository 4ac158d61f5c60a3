// `tempofuse compile`: a network to an artifact folder (manifest.json, kernels/*, constants) for WGSL
// or CUDA; with --emit-ts also a typed TypeScript module for it. For CUDA, nvcc (when present) builds
// every kernel together, one PTX and one cubin per architecture (kernels/all-kernels.*), with fast f32
// arithmetic unless --precise, through a cache keyed by content (codegen/cuda/nvcc.ts). CUDA kernels are
// specialised by default: every launch's sizes are literals in its own module, so nvcc turns division by
// them into multiplications; --no-specialize prints one generic module per kernel (sizes as arguments).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { buildArtifact, writeArtifact, type Artifact } from '../codegen/artifact.ts';
import { compileGraph, type Program } from '../codegen/compile.ts';
import { TargetError } from '../ir/errors.ts';
import type { NetworkArgs } from '../runtime/network.ts';
import { loadGraph, note, print, withNetworkArgs } from './common.ts';

interface CompileOptions {
  target: string; out: string; emitTs?: boolean; runtimeImport: string; f16: 'native' | 'f32-storage';
  specialize?: boolean; precise?: boolean; cache: boolean; arch?: string[]; maxStorageBuffers: number; arg?: NetworkArgs;
}

const positive = (text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 2) throw new InvalidArgumentError('expected an integer >= 2');
  return n;
};

export function register(program: Command): void {
  withNetworkArgs(program.command('compile')
    .description('compile a network into an artifact folder: manifest.json, kernels/*.wgsl or *.cu (+ PTX/cubin)')
    .argument('<network>', 'a .ts/.js network module, a .json graph or a .tfir text graph')
    .requiredOption('--target <target>', 'wgsl or cuda')
    .requiredOption('--out <dir>', 'folder to write the artifact to')
    .option('--emit-ts', 'also write <out>/<name>.ts: a typed TypeScript class for the artifact')
    .option('--runtime-import <specifier>', 'how the generated TypeScript imports tempofuse', 'tempofuse')
    .option('--f16 <mode>', 'WGSL storage of f16 values: native (needs shader-f16) or f32-storage', 'f32-storage')
    .option('--specialize', 'inline every launch\'s sizes into a module of its own instead of passing them as uniforms (default for cuda)')
    .option('--no-specialize', 'one module per kernel, sizes passed at launch (default for wgsl)')
    .option('--arch <sm>', 'CUDA architecture (repeatable; default sm_80 and sm_90)', (v: string, acc: string[] = []) => [...acc, v])
    .option('--precise', 'CUDA: IEEE f32 rounding as the reference interpreter\'s (nvcc --fmad=false -prec-div=true -prec-sqrt=true) instead of fast arithmetic (fma contraction, 2-ulp division and square root)')
    .option('--no-cache', 'CUDA: run nvcc even when the cache ($TEMPOFUSE_CACHE, else ~/.cache/tempofuse) holds the binaries, and store nothing there')
    .option('--max-storage-buffers <n>', 'storage buffers one kernel may bind', positive, 8))
    .action(async (path: string, opts: CompileOptions) => {
      if (opts.target !== 'wgsl' && opts.target !== 'cuda') {
        throw new TargetError(`unknown compile target '${opts.target}'`, { expected: 'wgsl or cuda', found: opts.target });
      }
      if (opts.f16 !== 'native' && opts.f16 !== 'f32-storage') {
        throw new TargetError(`unknown f16 storage '${opts.f16}'`, { expected: 'native or f32-storage', found: opts.f16 });
      }
      if (opts.target === 'wgsl' && opts.precise) throw new TargetError('--precise applies to CUDA only (WGSL has no fast-math mode)');
      const g = await loadGraph(path, opts);
      const program = compileGraph(g, { maxStorageBuffers: opts.maxStorageBuffers });
      const artifact = opts.target === 'wgsl' ? await wgslArtifact(program, opts) : await cudaArtifact(program, opts);
      await writeArtifact(opts.out, artifact);
      if (opts.target === 'cuda') await buildCuda(artifact, opts);
      if (opts.emitTs) {
        // loaded only here: it brings in the TypeScript compiler, which takes longer to load than the rest
        const { emitTypeScript, className } = await import('../codegen/emit-ts.ts');
        const file = join(opts.out, `${g.name}.ts`);
        await writeFile(file, emitTypeScript(artifact.manifest, opts.runtimeImport));
        note(`wrote ${file} (class ${className(g.name)})`);
      }
      const { fused, unfused } = program.cost;
      print(`${g.name}: ${program.kernels.length} kernels, ${fused.launches} launches (unfused ${unfused.launches}), ` +
        `${fused.bytesRead + fused.bytesWritten} bytes moved (unfused ${unfused.bytesRead + unfused.bytesWritten}) -> ${opts.out}`);
    });
}

async function wgslArtifact(program: Program, opts: CompileOptions): Promise<Artifact> {
  const { printProgramWgsl } = await import('../codegen/wgsl/program.ts');
  const modules = printProgramWgsl(program, { f16: opts.f16, specialize: opts.specialize === true });
  return buildArtifact(program, 'wgsl', modules, { f16: opts.f16, specialized: opts.specialize === true });
}

async function cudaArtifact(program: Program, opts: CompileOptions): Promise<Artifact> {
  const { cudaKernelPrinter } = await import('../codegen/cuda/printer.ts');
  return buildArtifact(program, 'cuda', cudaKernelPrinter, { specialized: opts.specialize !== false, precise: opts.precise === true });
}

/** PTX and cubin beside the .cu files when nvcc is installed; without it the sources alone are written. */
async function buildCuda(artifact: Artifact, opts: CompileOptions): Promise<void> {
  const { compileCuda, findNvcc } = await import('../codegen/cuda/nvcc.ts');
  try {
    findNvcc();
  } catch (e) {
    if (!(e instanceof TargetError)) throw e;
    note(`${e.detail}; wrote the .cu sources only (the CUDA runtime compiles them with NVRTC where present)`);
    return;
  }
  const { binaries, cached } = await compileCuda(artifact.sources, {
    out: opts.out, archs: opts.arch, precise: opts.precise === true, ...(opts.cache ? {} : { cache: false }),
  });
  note(`nvcc: ${binaries.length} PTX/cubin files${cached.length ? ` (${cached.map((a) => `sm_${a}`).join(', ')} from the cache)` : ''}`);
}
