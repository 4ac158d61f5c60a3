// The interface every runtime offers once a network is loaded on it (reference interpreter, WebGPU,
// CUDA), and opening one: a graph on the reference interpreter, a program on WebGPU, or an artifact folder
// (the manifest says which target runs it). No compiler involved: driver/open-graph.ts compiles a graph
// for a GPU target, then opens it here. Parameters stay bound (on the device, for GPU targets) across
// runs: a run uploads its inputs, and parameters only when they are bound anew.
import { printedModules, programOf, type Artifact } from '../artifact/manifest.ts';
import { readArtifact } from '../artifact/read.ts';
import type { Program } from '../artifact/program.ts';
import type { Graph } from '../ir/graph.ts';
import type { Tensor } from '../ir/tensor.ts';
import { declaredBy } from './bindings.ts';
import type { KernelValues } from './kernel-values.ts';
import { runReference } from './reference/interpreter.ts';
import { ResidentParams, type UploadCounts } from './resident-params.ts';
import { readBack, resolveUpdates, type ResolvedUpdate } from './updates.ts';
import type { CopyBandwidth, RunTiming, TimeOptions } from './timing.ts';
import type { LoadedProgram, WebGpuExecutor } from './webgpu/executor.ts';

export type TensorMap = ReadonlyMap<string, Tensor>;

export interface Session {
  /** What runs it, in words (e.g. "webgpu: google swiftshader"). */
  readonly device: string;
  /** The device in detail: WebGPU's adapter vendor, architecture, device and description; CUDA's device name,
   *  architecture, memory and multiprocessors. */
  readonly deviceInfo: Readonly<Record<string, string | number | boolean>>;
  /** The compiled program (GPU targets). */
  readonly program?: Program;
  /** Run on `inputs`. `params` binds every parameter (uploading only those bound to another Tensor than
   *  before); without it the parameters bound before are used. */
  run(inputs: TensorMap, params?: TensorMap): Promise<Map<string, Tensor>>;
  /** The outputs and every value stored between kernels (GPU targets; the reference keeps every node). */
  runKernels(inputs: TensorMap, params?: TensorMap): Promise<KernelValues>;
  /** Bind some parameters anew (e.g. new weights): each given is uploaded once, at the next run. */
  setParams(params: TensorMap): Promise<void>;
  /** After every run, write these outputs (output name -> parameter name) into their parameters, where they
   *  stay for the next run (on the device, for GPU targets), instead of returning them (runtime/updates.ts).
   *  A later run that binds `params` replaces the updated values with the given ones. */
  setUpdates(updates: ReadonlyMap<string, string>): Promise<void>;
  /** Every parameter's current value (reading back those runs updated on the device). */
  readParams(): Promise<Map<string, Tensor>>;
  /** Time runs of the kernels (GPU targets): wall time, and GPU time per launch where the device has it. */
  timeRun?(inputs: TensorMap, params?: TensorMap, opts?: TimeOptions): Promise<RunTiming>;
  /** Host-to-device copies of tensors made so far (GPU targets). */
  uploads?(): UploadCounts;
  /** The device's copy bandwidth as a kernel reaches it (where the runtime can measure it). */
  copyBandwidth?(): Promise<CopyBandwidth>;
  destroy(): Promise<void>;
}


/** Load an artifact folder on the runtime its target needs; `artifact` is the folder already read, when
 *  the caller has it (so it is not read twice). */
export async function openArtifactDir(dir: string, artifact?: Artifact): Promise<Session> {
  artifact ??= await readArtifact(dir);
  if (artifact.manifest.target === 'wgsl') return openWgslArtifact(artifact);
  const { CudaExecutor, folderFiles } = await import('./cuda/executor.ts');
  const exec = await CudaExecutor.fromArtifact(artifact, { files: folderFiles(dir), label: dir });
  const info = exec.device.info;
  return {
    device: `cuda: ${info.name}`, program: programOf(artifact),
    deviceInfo: { name: info.name, arch: info.arch, memoryBytes: info.totalMemory, multiprocessors: info.multiprocessors, memoryBusBits: info.memoryBusWidth, memoryClockKHz: info.memoryClockKHz },
    run: (i, p) => exec.run(i, p),
    runKernels: (i, p) => exec.runKernels(i, p),
    setParams: (p) => exec.setParams(p),
    setUpdates: (u) => exec.setUpdates(u),
    readParams: () => exec.readParams(),
    timeRun: (i, p, o) => exec.timeRun(i, p, o),
    uploads: () => exec.uploads(),
    destroy: () => exec.destroy(),
  };
}

async function openWgslArtifact(a: Artifact): Promise<Session> {
  const { WebGpuExecutor } = await import('./webgpu/executor.ts');
  const exec = await WebGpuExecutor.create();
  const f16 = a.manifest.options.f16;
  const loaded = await exec.load(programOf(a), {
    modules: printedModules(a), specialize: a.manifest.options.specialized === true,
    ...(typeof a.manifest.options.subgroups === 'number' ? { subgroups: a.manifest.options.subgroups } : {}),
    f16: f16 === 'native' || f16 === 'f32-storage' ? f16 : 'auto',
  });
  return webgpuSession(exec, loaded, programOf(a));
}

/** A program loaded on WebGPU, as a session. */
export function webgpuSession(exec: WebGpuExecutor, loaded: LoadedProgram, program: Program): Session {
  return {
    device: `webgpu: ${exec.describe()}`, deviceInfo: exec.details(), program,
    run: (i, p) => loaded.run(i, p),
    runKernels: (i, p) => loaded.runKernels(i, p),
    setParams: (p) => loaded.setParams(p),
    setUpdates: (u) => loaded.setUpdates(u),
    readParams: () => loaded.readParams(),
    timeRun: (i, p, o) => loaded.timeRun(i, p, o),
    uploads: () => loaded.uploads(),
    copyBandwidth: () => exec.copyBandwidth(),
    destroy: async () => { loaded.destroy(); exec.destroy(); },
  };
}

/** The reference interpreter, with its parameters bound as the GPU sessions bind theirs. */
export function referenceSession(g: Graph): Session {
  const declared = declaredBy(g, 'param');
  const params = new ResidentParams(declared);
  let updates: ResolvedUpdate[] = [];
  const bound = (p: TensorMap | undefined) => {
    if (p) params.bindAll(p);
    else params.requireAll();
    return params.tensors();
  };
  const nodeOf = new Map(g.params().map((n) => [n.attrs.name as string, n.id] as const));
  return {
    device: 'reference interpreter (CPU, float64)', deviceInfo: { name: 'reference interpreter (CPU, float64)' },
    run: async (i, p) => {
      const outputs = runReference(g, i, bound(p)).outputs;
      if (updates.length) params.update(new Map(updates.map((u) => [u.param, outputs.get(u.output)!] as const)));
      return new Map(readBack(g.outputs, updates).map((o) => [o.name, outputs.get(o.name)!] as const));
    },
    runKernels: async (i, p) => {
      const r = runReference(g, i, bound(p), { keepAll: true });
      return { outputs: r.outputs, values: new Map(r.values!.map((t, id) => [id, t] as const)) };
    },
    setParams: async (p) => params.update(p),
    setUpdates: async (u) => {
      const outputs = g.outputs.map((o) => ({ name: o.name, node: o.node, ...g.node(o.node).type }));
      updates = resolveUpdates(g.name, outputs, declared.map((d) => ({ ...d, node: nodeOf.get(d.name)! })), u);
    },
    readParams: async () => params.tensors(),
    destroy: async () => undefined,
  };
}
