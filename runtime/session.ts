// The interface every runtime offers once a network is loaded on it (reference interpreter, WebGPU,
// CUDA), and opening one: from a graph (compiled in memory for a GPU target) or from an artifact folder
// (no compiler involved: the manifest says which target runs it).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildArtifact, printedModules, programOf, readArtifact, writeArtifact, type Artifact } from '../codegen/artifact.ts';
import { compileGraph, type Program } from '../codegen/compile.ts';
import type { FusionOptions } from '../codegen/fuse.ts';
import { TargetError } from '../ir/errors.ts';
import type { Graph } from '../ir/graph.ts';
import type { Tensor } from '../ir/tensor.ts';
import { runReference } from './reference/interpreter.ts';
import type { LoadedProgram, WebGpuExecutor } from './webgpu/executor.ts';

export interface LaunchTiming {
  readonly launch: number;
  readonly kernel: string;
  /** The graph nodes the launch computes. */
  readonly nodes: string;
  readonly ms: number;
}

export interface RunTiming {
  readonly repeats: number;
  /** Median wall time of one run (inputs already uploaded, no readback). */
  readonly wallMs: number;
  /** Where the device can time itself: mean GPU time of the program and of each launch. */
  readonly gpuMs?: number;
  readonly launches?: readonly LaunchTiming[];
}

/** The outputs, and every stored value (inputs, params, constants, intermediates, outputs) by node id. */
export interface KernelValues {
  readonly outputs: Map<string, Tensor>;
  readonly values: Map<number, Tensor>;
}

export type TensorMap = ReadonlyMap<string, Tensor>;

export interface Session {
  /** What runs it, in words (e.g. "webgpu: google swiftshader"). */
  readonly device: string;
  /** The compiled program (GPU targets). */
  readonly program?: Program;
  run(inputs: TensorMap, params: TensorMap): Promise<Map<string, Tensor>>;
  /** The outputs and every value stored between kernels (GPU targets; the reference keeps every node). */
  runKernels(inputs: TensorMap, params: TensorMap): Promise<KernelValues>;
  destroy(): Promise<void>;
}

export const TARGETS = ['reference', 'webgpu', 'cuda'] as const;
export type TargetName = (typeof TARGETS)[number];

export function checkTarget(name: string): TargetName {
  if (!(TARGETS as readonly string[]).includes(name)) {
    throw new TargetError(`unknown target '${name}'`, { expected: `one of ${TARGETS.join(', ')}`, found: name });
  }
  return name as TargetName;
}

export interface OpenOptions {
  readonly fusion?: Partial<FusionOptions>;
  /** CUDA architectures to compile for (default: nvcc's defaults in codegen/cuda/nvcc.ts). */
  readonly archs?: readonly string[];
}

/** Load a graph on a target; GPU targets compile it first. */
export async function openGraph(g: Graph, target: TargetName, opts: OpenOptions = {}): Promise<Session> {
  if (target === 'reference') {
    return {
      device: 'reference interpreter (CPU, float64)',
      run: async (i, p) => runReference(g, i, p).outputs,
      runKernels: async (i, p) => {
        const r = runReference(g, i, p, { keepAll: true });
        return { outputs: r.outputs, values: new Map(r.values!.map((t, id) => [id, t] as const)) };
      },
      destroy: async () => undefined,
    };
  }
  const program = compileGraph(g, opts.fusion);
  if (target === 'webgpu') {
    const { WebGpuExecutor } = await import('./webgpu/executor.ts');
    const exec = await WebGpuExecutor.create();
    return webgpuSession(exec, await exec.load(program), program);
  }
  // CUDA runs artifacts: write one with nvcc-built kernels to a temporary folder (specialised, fast
  // arithmetic: as `compile --target cuda` builds them)
  const { cudaKernelPrinter } = await import('../codegen/cuda/printer.ts');
  const dir = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-'));
  try {
    const artifact = buildArtifact(program, 'cuda', cudaKernelPrinter, { specialized: true, precise: false });
    await writeArtifact(dir, artifact);
    const { compileCuda } = await import('../codegen/cuda/nvcc.ts');
    await compileCuda(artifact.sources, { out: dir, archs: opts.archs });
    return await openArtifactDir(dir, artifact);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Load an artifact folder on the runtime its target needs; `artifact` is the folder already read, when
 *  the caller has it (so it is not read twice). */
export async function openArtifactDir(dir: string, artifact?: Artifact): Promise<Session> {
  artifact ??= await readArtifact(dir);
  if (artifact.manifest.target === 'wgsl') return openWgslArtifact(artifact);
  const { CudaExecutor, folderFiles } = await import('./cuda/executor.ts');
  const exec = await CudaExecutor.fromArtifact(artifact, { files: folderFiles(dir), label: dir });
  return {
    device: `cuda: ${exec.device.info.name}`, program: programOf(artifact),
    run: (i, p) => exec.run(i, p),
    runKernels: (i, p) => exec.runKernels(i, p),
    destroy: () => exec.destroy(),
  };
}

async function openWgslArtifact(a: Artifact): Promise<Session> {
  const { WebGpuExecutor } = await import('./webgpu/executor.ts');
  const exec = await WebGpuExecutor.create();
  const f16 = a.manifest.options.f16;
  const loaded = await exec.load(programOf(a), {
    modules: printedModules(a), specialize: a.manifest.options.specialized === true,
    f16: f16 === 'native' || f16 === 'f32-storage' ? f16 : 'auto',
  });
  return webgpuSession(exec, loaded, programOf(a));
}

function webgpuSession(exec: WebGpuExecutor, loaded: LoadedProgram, program: Program): Session {
  return {
    device: `webgpu: ${exec.describe()}`, program,
    run: (i, p) => loaded.run(i, p),
    runKernels: (i, p) => loaded.runKernels(i, p),
    destroy: async () => { loaded.destroy(); exec.destroy(); },
  };
}
