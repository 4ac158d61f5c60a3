// Compile a graph, then open it on a runtime: the one place that uses both the compiler and the runtimes,
// so that runtime/ loads programs and artifacts without importing codegen/ (a runtime bundle carries no
// compiler).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArtifact } from '../artifact/write.ts';
import { compileGraph } from '../codegen/compile.ts';
import type { FusionOptions } from '../codegen/fuse.ts';
import { printProgramWgsl } from '../codegen/wgsl/program.ts';
import type { Graph } from '../ir/graph.ts';
import { openArtifactDir, referenceSession, webgpuSession, type Session } from '../runtime/session.ts';
import { type TargetName } from '../runtime/targets.ts';
import type { WebGpuExecutor } from '../runtime/webgpu/executor.ts';

export interface OpenOptions {
  readonly fusion?: Partial<FusionOptions>;
  /** CUDA architectures to compile for (default: nvcc's defaults in codegen/cuda/nvcc.ts). */
  readonly archs?: readonly string[];
}

/** Fusion options for a WebGPU device: as many storage buffers per kernel as the device binds (the
 *  runtime asks for the adapter's maximum: SwiftShader's 12 let SIFA's gradient graph move 30% fewer bytes
 *  than WebGPU's default 8, which portable artifacts keep). A CPU adapter (SwiftShader) runs a workgroup's
 *  invocations one batch after another, so a cooperative reduction only adds barriers (TAM's spatial mean over 28x28: 415 ms
 *  as workgroup reductions, under 5 ms as one loop per output), and a tiled product is slower than its row
 *  kernel (tam_resnet's stem conv: about 19 ms as rows, 95-165 ms tiled), and an elementwise kernel is
 *  faster computing rows (BN + ReLU over (8, 16, 8, 16, 16): 11.4 ms element by element, 1.6 ms as rows of 16).
 *  `fusion` overrides. */
export function webgpuFusion(exec: WebGpuExecutor, fusion: Partial<FusionOptions> = {}): Partial<FusionOptions> {
  const buffers = { maxStorageBuffers: exec.gpu.limits.maxStorageBuffersPerShaderStage };
  return exec.gpu.summary.fallback ? { ...buffers, groupReduceMin: Infinity, tileMin: Infinity, inlineRows: true, ...fusion } : { ...buffers, ...fusion };
}

/** Load a graph on a target; GPU targets compile it first. */
export async function openGraph(g: Graph, target: TargetName, opts: OpenOptions = {}): Promise<Session> {
  if (target === 'reference') return referenceSession(g);
  if (target === 'webgpu') {
    const { WebGpuExecutor } = await import('../runtime/webgpu/executor.ts');
    const exec = await WebGpuExecutor.create();
    const program = compileGraph(g, webgpuFusion(exec, opts.fusion));
    return webgpuSession(exec, await exec.load(program, { modules: printProgramWgsl }), program);
  }
  const program = compileGraph(g, opts.fusion);
  // CUDA runs artifacts: write one with nvcc-built kernels to a temporary folder (specialised, fast
  // arithmetic: as `compile --target cuda` builds them)
  const { cudaArtifact } = await import('../codegen/cuda/artifact.ts');
  const dir = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-'));
  try {
    const artifact = cudaArtifact(program);
    await writeArtifact(dir, artifact);
    const { compileCuda } = await import('../codegen/cuda/nvcc.ts');
    await compileCuda(artifact.sources, { out: dir, archs: opts.archs });
    return await openArtifactDir(dir, artifact);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
