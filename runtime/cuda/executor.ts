// Running a compiled CUDA artifact: load its kernels (a cubin for the device's architecture, else PTX for the
// driver to JIT, else the .cu source through NVRTC when installed), lay out device memory with the shared
// memory plan (runtime/memory-plan.ts), and run: upload the inputs, and the parameters bound anew (they stay
// on the device across runs, runtime/resident-params.ts; constants are uploaded once, at load), launch every
// launch in order on one stream, read back each trapping launch's status word and the outputs. Timing records
// a CUDA event before the first launch and after each.
//
// Each module of the manifest is a function named after the module (the CUDA printer's signature: one
// pointer per buffer, the params struct of one i32 per sym unless the module is specialised, the status
// word when the kernel traps). The code of every module is in one image, loaded once (codegen/cuda/nvcc.ts
// builds them), else a module's source is compiled by NVRTC:
//   kernels/all-kernels.sm_<XY>[a|f].cubin   SASS for one architecture; the best match is chosen: the
//                                            device's own (arch-specific "a" first), else the newest of the
//                                            same major version not newer than the device
//   kernels/all-kernels.fatbin               anything the driver can choose from
//   kernels/all-kernels[.compute_<XY>].ptx   PTX, JIT-compiled by the driver at load
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CUDA_UNIT, type Artifact, type ArtifactKernel, type ArtifactLaunch, type ArtifactModule, type Manifest } from '../../artifact/manifest.ts';
import { readArtifact } from '../../artifact/read.ts';
import type { Program } from '../../artifact/program.ts';
import { trapMessage } from '../../artifact/kernel-ir.ts';
import { AttrError, DeviceError, ExecutionError, TargetError } from '../../ir/errors.ts';
import type { Tensor } from '../../ir/tensor.ts';
import { checkBindings, checkLaunchSizes } from '../bindings.ts';
import { realInside } from '../../io/files.ts';
import { checkDeviceMemory } from '../limits.ts';
import { planMemory, type MemoryPlan } from '../memory-plan.ts';
import type { KernelArg } from './addon.ts';
import { fromDeviceData, storageBytes, toDeviceData } from '../device-data.ts';
import { noUploads, ResidentParams, type HeldVersions, type UploadCounts } from '../resident-params.ts';
import { summarize, type RunTiming, type TimeOptions } from '../timing.ts';
import { readBack, resolveUpdates, type ResolvedUpdate } from '../updates.ts';
import { CudaDevice, type CudaBuffer, type CudaEvent, type CudaKernel, type CudaModule, type CudaOpenOptions } from './device.ts';
import { CudaError } from './errors.ts';
import { compileWithNvrtc, loadNvrtc } from './nvrtc.ts';
import type { KernelValues } from '../kernel-values.ts';
export type { KernelValues } from '../kernel-values.ts';
export type { LaunchTiming, RunTiming, TimeOptions } from '../timing.ts';

export type TensorMap = ReadonlyMap<string, Tensor> | Readonly<Record<string, Tensor>>;
const asMap = (m: TensorMap): ReadonlyMap<string, Tensor> => (m instanceof Map ? m : new Map(Object.entries(m)));

/** Where a kernel's code came from. */
export interface KernelImage {
  readonly kind: 'cubin' | 'fatbin' | 'ptx' | 'nvrtc';
  /** The file loaded (relative to the artifact folder); for 'nvrtc', the .cu source. */
  readonly file: string;
  /** The architecture of a cubin ("sm_90") or PTX ("compute_90" when the name says). */
  readonly arch?: string;
}

/** The files of an artifact folder (relative paths); an in-memory artifact can provide its own. */
export interface KernelFiles {
  list(): Promise<readonly string[]>;
  read(path: string): Promise<Uint8Array>;
}

export function folderFiles(dir: string): KernelFiles {
  return {
    async list() {
      try {
        return (await readdir(join(dir, 'kernels'))).map((f) => `kernels/${f}`);
      } catch {
        return [];
      }
    },
    read: async (path) => new Uint8Array(await readFile(await realInside(dir, path, `kernel file ${JSON.stringify(path)}`))),
  };
}

export interface CudaExecutorOptions extends CudaOpenOptions {
  /** Run on this device (opened by the caller, who destroys it) instead of opening one. */
  readonly device?: CudaDevice;
  /** Let intermediates share buffers (default true). */
  readonly reuse?: boolean;
  /** Compile kernels with NVRTC when the artifact has no usable cubin or PTX (default true). */
  readonly nvrtc?: boolean;
  /** The kernel files, for an artifact that is not (only) on disk. */
  readonly files?: KernelFiles;
}

export interface CudaRunOptions {
  /** Wait after every launch, so that a kernel fault names its kernel (slow; for debugging). */
  readonly syncEachLaunch?: boolean;
}

// The same shapes as the WebGPU runtime's (runtime/webgpu/executor.ts), so that callers time and diff both alike.
interface PreparedLaunch {
  readonly index: number;
  readonly launch: ArtifactLaunch;
  readonly kernel: ArtifactKernel;
  readonly fn: CudaKernel;
  readonly grid: readonly [number, number, number];
  readonly block: readonly [number, number, number];
  readonly args: readonly KernelArg[];
  /** Index of its status word, when the kernel traps. */
  readonly status?: number;
}

/** Device memory laid out by one memory plan, and the launches' arguments that point into it. */
interface Instance {
  readonly memory: MemoryPlan;
  readonly buffers: readonly CudaBuffer[];
  readonly launches: readonly PreparedLaunch[];
  /** The parameter versions its buffers hold. */
  readonly held: HeldVersions;
}

const describeLaunch = (l: ArtifactLaunch) => l.fuses.map((f) => `%${f.id} ${f.op}`).join(', ');

/** The cubin, fatbin or PTX among `files` named `<stem>.*` (CUDA_UNIT in artifacts) to load on a device of
 *  compute capability `cc`. */
export function chooseImage(files: readonly string[], stem: string, cc: readonly [number, number]): KernelImage | undefined {
  const prefix = `${stem}.`;
  const own = files.filter((f) => f.startsWith(prefix)).map((f) => ({ file: f, rest: f.slice(prefix.length) }));
  const cubins = own.flatMap(({ file, rest }) => {
    const m = /^sm_(\d+)(\d)([af]?)\.cubin$/.exec(rest);
    return m ? [{ file, major: Number(m[1]), minor: Number(m[2]), variant: m[3], arch: `sm_${m[1]}${m[2]}${m[3]}` }] : [];
  }).filter((c) => c.major === cc[0] && (c.variant === 'a' ? c.minor === cc[1] : c.minor <= cc[1]));
  // the device's own architecture first (arch-specific, then plain, then family), then the newest older minor
  const rank = (c: (typeof cubins)[number]) => (c.minor === cc[1] ? 100 : 0) + c.minor * 3 + (c.variant === 'a' ? 2 : c.variant === '' ? 1 : 0);
  cubins.sort((a, b) => rank(b) - rank(a));
  if (cubins.length) return { kind: 'cubin', file: cubins[0].file, arch: cubins[0].arch };
  const fatbin = own.find((o) => o.rest === 'fatbin');
  if (fatbin) return { kind: 'fatbin', file: fatbin.file };
  const plain = own.find((o) => o.rest === 'ptx');
  if (plain) return { kind: 'ptx', file: plain.file };
  const ptx = own.flatMap(({ file, rest }) => {
    const m = /^compute_(\d+)(\d)\.ptx$/.exec(rest);
    const v = m ? Number(m[1]) * 10 + Number(m[2]) : -1;
    return m && v <= cc[0] * 10 + cc[1] ? [{ file, v, arch: `compute_${m[1]}${m[2]}` }] : [];
  }).sort((a, b) => b.v - a.v);
  return ptx.length ? { kind: 'ptx', file: ptx[0].file, arch: ptx[0].arch } : undefined;
}

export class CudaExecutor {
  private queue: Promise<unknown> = Promise.resolve();
  private destroyed = false;
  private events: CudaEvent[] = [];
  private debugInstance: Instance | undefined;
  private readonly allocated: CudaBuffer[] = [];
  private readonly params: ResidentParams;
  private readonly counts = noUploads();
  private updates: readonly ResolvedUpdate[] = [];

  private constructor(
    readonly artifact: Artifact,
    readonly device: CudaDevice,
    private readonly ownsDevice: boolean,
    /** Where each module's code came from, by module name. */
    readonly kernelImages: ReadonlyMap<string, KernelImage>,
    private readonly functions: ReadonlyMap<string, CudaKernel>,
    private readonly modules: readonly CudaModule[],
    private readonly reuse: boolean,
  ) {
    this.params = new ResidentParams(artifact.manifest.params);
  }

  get manifest(): Manifest { return this.artifact.manifest; }
  /** The memory plan of ordinary runs. */
  get memory(): MemoryPlan { return this.main.memory; }

  private main!: Instance;
  private status: CudaBuffer | undefined;

  /** Load the artifact in folder `dir` on a CUDA device. Rejects with NoCudaDeviceError when there is none. */
  static async load(dir: string, opts: CudaExecutorOptions = {}): Promise<CudaExecutor> {
    return CudaExecutor.fromArtifact(await readArtifact(dir), { files: folderFiles(dir), ...opts, label: dir });
  }

  /** Load an artifact already read; its kernel files come from `opts.files` (or NVRTC). */
  static async fromArtifact(artifact: Artifact, opts: CudaExecutorOptions & { label?: string } = {}): Promise<CudaExecutor> {
    const m = artifact.manifest;
    const label = opts.label ?? `artifact ${m.name}`;
    if (m.target !== 'cuda') {
      throw new TargetError(`${label} was compiled for ${m.target}, not CUDA`, { expected: 'target cuda', found: `target ${m.target}` });
    }
    const device = opts.device ?? await CudaDevice.open(opts);
    const modules: CudaModule[] = [];
    let exec: CudaExecutor | undefined;
    try {
      const files = opts.files ?? { list: async () => [], read: async (p: string) => { throw new TargetError(`${label}: no file ${p}`); } };
      const listed = await files.list();
      const images = new Map<string, KernelImage>();
      const fns = new Map<string, CudaKernel>();
      const load = (image: KernelImage, bytes: Uint8Array): CudaModule => {
        try {
          const loaded = device.loadModule(bytes, image.file);
          modules.push(loaded);
          return loaded;
        } catch (e) {
          if (e instanceof CudaError && image.kind === 'ptx' && /PTX_VERSION|INVALID_PTX|NO_BINARY/.test(e.cudaResult ?? '')) {
            e.message += ` (the driver cannot JIT this PTX: ship ${CUDA_UNIT}.${device.info.arch}.cubin, or update the driver)`;
          }
          throw e;
        }
      };
      const unitImage = chooseImage(listed, CUDA_UNIT, device.info.computeCapability);
      const unit = unitImage && load(unitImage, await files.read(unitImage.file));
      for (const mod of m.modules) {
        const k = kernelOf(m, mod.kernel);
        let image = unitImage, loaded = unit;
        if (!image || !loaded) {
          const code = await nvrtcCode(artifact, mod, listed, device, opts.nvrtc ?? true, label);
          image = code.image;
          loaded = load(image, code.bytes);
        }
        const fn = loaded.function(mod.name);
        const allowed = fn.info.maxThreadsPerBlock;
        if (k.mapping.workgroupSize > allowed) {
          throw new DeviceError(`kernel ${mod.name} (${image.file}) runs at most ${allowed} threads per block on ${device.info.name} (${fn.info.registers} registers per thread)`, {
            expected: `${k.mapping.workgroupSize} threads per block`, found: `${allowed}`,
          });
        }
        images.set(mod.name, image);
        fns.set(mod.name, fn);
      }
      exec = new CudaExecutor(artifact, device, !opts.device, images, fns, modules, opts.reuse ?? true);
      const trapping = m.launches.filter((l) => kernelOf(m, l.kernel).traps).length;
      if (trapping) exec.status = exec.allocate(4 * trapping);
      exec.main = exec.createInstance(exec.reuse, label);
      return exec;
    } catch (e) {
      if (exec) {
        await exec.destroy().catch(() => undefined);
      } else {
        for (const mod of modules) {
          try { mod.unload(); } catch { /* the first error matters */ }
        }
        if (!opts.device) device.destroy();
      }
      throw e;
    }
  }

  private allocate(bytes: number): CudaBuffer {
    const b = this.device.allocate(bytes);
    this.allocated.push(b);
    return b;
  }

  private createInstance(reuse: boolean, label = `artifact ${this.manifest.name}`): Instance {
    const m = this.manifest;
    const d = this.device;
    const view = { kernels: m.kernels, launches: m.launches, values: m.values } as unknown as Program;
    const memory = planMemory(view, { reuse, bytes: (v) => storageBytes(v) });
    const largest = m.values.reduce((a, v) => (storageBytes(v) > storageBytes(a) ? v : a));
    checkDeviceMemory(memory.totalBytes, { bytes: d.memInfo().free, device: `CUDA device ${d.ordinal} (${d.info.name})` }, label,
      { name: `value %${largest.node} ${largest.dtype}[${largest.shape.join(',')}]`, bytes: storageBytes(largest) });
    const buffers = memory.buffers.map((b) => this.allocate(b.bytes));
    const bufferOf = (node: number) => buffers[memory.bufferOf.get(node)!];
    for (const v of m.values) {
      if (v.role !== 'const') continue;
      const t = this.artifact.constants.get(v.node);
      if (!t) throw new TargetError(`${label}: no value for constant %${v.node} (constants.safetensors)`);
      this.upload(bufferOf(v.node), t, 'constants');
    }
    const maxGrid = d.info.maxGrid;
    let statusIndex = 0;
    const moduleOf = new Map(m.modules.flatMap((mod) => mod.launches.map((i) => [i, mod] as const)));
    const launches = m.launches.map((launch, index): PreparedLaunch => {
      const kernel = kernelOf(m, launch.kernel);
      checkLaunchSizes(kernel.name, launch);
      const module = moduleOf.get(index);
      if (!module || module.kernel !== kernel.name) throw new TargetError(`${label}: no module of kernel ${kernel.name} runs launch ${index}`);
      if (module.specialized && module.specialized.join() !== launch.syms.join()) {
        throw new TargetError(`${label}: module ${module.name} is specialised to other sizes than launch ${index} has`, {
          expected: launch.syms.join(', '), found: module.specialized.join(', '),
        });
      }
      const grid = [launch.workgroups[0], launch.workgroups[1], launch.workgroups[2] ?? 1] as const;
      if (grid.some((g, i) => g > maxGrid[i])) {
        throw new DeviceError(`launch ${index} of kernel ${kernel.name} needs a grid of ${grid.join(' x ')}; ${d.info.name} allows ${maxGrid.join(' x ')}`);
      }
      const args: KernelArg[] = launch.bindings.map((node) => bufferOf(node).ptr);
      if (kernel.syms.length && !module.specialized) args.push(Int32Array.from(launch.syms));
      const st = kernel.traps ? statusIndex++ : undefined;
      if (st !== undefined) args.push(this.status!.ptr + BigInt(4 * st));
      return { index, launch, kernel, fn: this.functions.get(module.name)!, grid, block: [kernel.mapping.workgroupSize, 1, 1], args, status: st };
    });
    return { memory, buffers, launches, held: new Map() };
  }

  /** Run the program; returns its outputs by name. Runs are queued: one executor runs one at a time.
   *  `params` binds every parameter (only those bound to another Tensor than before are uploaded); without
   *  it, the parameters bound before stay. */
  run(inputs: TensorMap, params?: TensorMap, opts: CudaRunOptions = {}): Promise<Map<string, Tensor>> {
    return this.serial(async () => (await this.execute(this.main, asMap(inputs), params && asMap(params), 'outputs', opts)).outputs);
  }

  /** Run with a buffer of its own for every value and read back every stored value (to diff against the CPU
   *  kernel interpreter at each kernel boundary). */
  runKernels(inputs: TensorMap, params?: TensorMap, opts: CudaRunOptions = {}): Promise<KernelValues> {
    return this.serial(async () => {
      this.debugInstance ??= this.reuse ? this.createInstance(false) : this.main;
      if (this.debugInstance !== this.main) await this.settleParams();
      return this.execute(this.debugInstance, asMap(inputs), params && asMap(params), 'all', opts);
    });
  }

  /** Write these outputs back into these parameters after every run (output name -> parameter name;
   *  runtime/updates.ts); an empty map stops updating. */
  setUpdates(updates: ReadonlyMap<string, string>): Promise<void> {
    return this.serial(async () => {
      const m = this.manifest;
      const types = new Map(m.values.map((v) => [v.node, v] as const));
      this.updates = resolveUpdates(m.name, m.outputs.map((o) => ({ ...types.get(o.node)!, ...o })), m.params, updates);
    });
  }

  /** Every parameter's current value, reading back those the device updated. */
  readParams(): Promise<Map<string, Tensor>> {
    return this.serial(async () => {
      await this.settleParams();
      return this.params.tensors();
    });
  }

  /** Read back into host tensors the parameters only the main instance's buffers hold (updated by runs). */
  private async settleParams(): Promise<void> {
    const params = new Map(this.manifest.params.map((v) => [v.name, v] as const));
    for (const name of this.params.stale()) {
      const v = params.get(name)!;
      const bytes = await this.device.download(this.main.buffers[this.main.memory.bufferOf.get(v.node)!], storageBytes(v));
      this.params.settle(name, fromDeviceData(v.dtype, v.shape, bytes));
    }
  }

  /** Bind some parameters anew (new weights): each given is uploaded at the next run, and nothing else. */
  setParams(params: TensorMap): Promise<void> {
    return this.serial(async () => this.params.update(asMap(params)));
  }

  /** Host-to-device copies of tensors made so far (inputs, parameters, constants). */
  uploads(): UploadCounts {
    return { ...this.counts };
  }

  /** Time the program: `repeats` runs after `warmup` (inputs uploaded once, nothing read back), GPU times from
   *  CUDA events around every launch. */
  timeRun(inputs: TensorMap, params?: TensorMap, opts: TimeOptions = {}): Promise<RunTiming> {
    return this.serial(() => this.time(asMap(inputs), params && asMap(params), opts.repeats ?? 10, opts.warmup ?? 2));
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(() => {
      if (this.destroyed) throw new TargetError(`the CUDA executor of ${this.manifest.name} was destroyed`);
      return fn();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Upload the inputs, and the parameters the instance does not hold in their bound version. */
  private bind(inst: Instance, inputs: ReadonlyMap<string, Tensor>, params: ReadonlyMap<string, Tensor> | undefined): void {
    const m = this.manifest;
    checkBindings(m.inputs, 'input', inputs);
    if (params) this.params.bindAll(params);
    else this.params.requireAll();
    const buffer = (node: number) => inst.buffers[inst.memory.bufferOf.get(node)!];
    for (const v of m.inputs) this.upload(buffer(v.node), inputs.get(v.name)!, 'inputs');
    const paramNodes = new Map(m.params.map((v) => [v.name, v.node] as const));
    this.params.sync(inst.held, (name, t) => this.upload(buffer(paramNodes.get(name)!), t, 'params'));
  }

  private upload(buffer: CudaBuffer, t: Tensor, what: 'inputs' | 'params' | 'constants'): void {
    const data = toDeviceData(t);
    this.device.upload(buffer, data);
    this.counts[what]++;
    this.counts.bytes += data.byteLength;
  }

  /** Queue every launch (and the events between them when `marks` is given: marks[i] before launch i). */
  private async enqueue(inst: Instance, opts: CudaRunOptions, marks?: readonly CudaEvent[]): Promise<void> {
    if (this.status) this.device.zero(this.status);
    marks?.[0].record();
    for (const p of inst.launches) {
      try {
        this.device.launch(p.fn, { grid: p.grid, block: p.block, args: p.args });
        marks?.[p.index + 1].record();
        if (opts.syncEachLaunch) await this.device.synchronize();
      } catch (e) {
        if (e instanceof CudaError) {
          e.message = `kernel ${p.kernel.name} (launch ${p.index}: ${describeLaunch(p.launch)}; grid ${p.grid.join('x')}, block ${p.block[0]}): ${e.message}`;
        }
        throw e;
      }
    }
    try {
      await this.device.synchronize();
    } catch (e) {
      if (e instanceof CudaError) {
        e.message = `running ${this.manifest.name} (${inst.launches.length} launches): ${e.message}; run with syncEachLaunch to find the kernel`;
      }
      throw e;
    }
  }

  private async checkStatus(inst: Instance): Promise<void> {
    if (!this.status) return;
    const words = new Uint32Array((await this.device.download(this.status)).slice().buffer);
    for (const p of inst.launches) {
      const code = p.status === undefined ? 0 : words[p.status];
      if (!code) continue;
      const root = p.launch.fuses[p.launch.fuses.length - 1];
      throw new ExecutionError(`kernel ${p.kernel.name} (launch ${p.index}: ${describeLaunch(p.launch)}) reported ${trapMessage(code)}`, {
        node: root ? `%${root.id} = ${root.op}` : undefined, loc: root?.loc,
      });
    }
  }

  private async execute(inst: Instance, inputs: ReadonlyMap<string, Tensor>, params: ReadonlyMap<string, Tensor> | undefined, read: 'outputs' | 'all', opts: CudaRunOptions): Promise<KernelValues> {
    this.bind(inst, inputs, params);
    await this.enqueue(inst, opts);
    await this.checkStatus(inst);
    const updates = read === 'all' ? [] : this.updates;
    const buffer = (node: number) => inst.buffers[inst.memory.bufferOf.get(node)!];
    for (const u of updates) {
      const from = buffer(u.outputNode), to = buffer(u.paramNode);
      if (from !== to) this.device.copy(to, from, inst.memory.bytesOf.get(u.outputNode)!);
      this.params.advance(u.param, inst.held);
    }
    const readValue = async (v: { node: number; dtype: Tensor['dtype']; shape: readonly number[] }) => {
      const bytes = await this.device.download(inst.buffers[inst.memory.bufferOf.get(v.node)!], storageBytes(v));
      return fromDeviceData(v.dtype, v.shape, bytes);
    };
    const values = new Map<number, Tensor>();
    if (read === 'all') for (const v of this.manifest.values) values.set(v.node, await readValue(v));
    const outputs = new Map<string, Tensor>();
    for (const o of readBack(this.manifest.outputs, updates)) outputs.set(o.name, values.get(o.node) ?? await readValue(o));
    return { outputs, values };
  }

  private async time(inputs: ReadonlyMap<string, Tensor>, params: ReadonlyMap<string, Tensor> | undefined, repeats: number, warmup: number): Promise<RunTiming> {
    if (!Number.isInteger(repeats) || repeats < 1 || !Number.isInteger(warmup) || warmup < 0) {
      throw new AttrError(`timing ${this.manifest.name}: repeats must be a positive integer and warmup a non-negative one`, { expected: 'repeats >= 1, warmup >= 0', found: `${repeats}, ${warmup}` });
    }
    const inst = this.main;
    this.bind(inst, inputs, params);
    while (this.events.length < inst.launches.length + 1) this.events.push(this.device.createEvent());
    const marks = this.events;
    const walls: number[] = [];
    const perLaunch = inst.launches.map((): number[] => []);
    const totals: number[] = [];
    for (let i = 0; i < warmup + repeats; i++) {
      const t0 = performance.now();
      await this.enqueue(inst, {}, marks);
      if (i < warmup) continue;
      walls.push(performance.now() - t0);
      inst.launches.forEach((p) => perLaunch[p.index].push(marks[p.index].elapsedTo(marks[p.index + 1])));
      totals.push(marks[0].elapsedTo(marks[inst.launches.length]));
    }
    await this.checkStatus(inst);
    return {
      repeats, warmup, source: 'cuda-events', wallMs: summarize(walls), gpuMs: summarize(totals),
      launches: inst.launches.map((p) => ({ launch: p.index, kernel: p.kernel.name, nodes: describeLaunch(p.launch), ms: summarize(perLaunch[p.index]) })),
    };
  }

  /** Free the device memory, events and modules (and the device, when the executor opened it). */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    await this.queue;
    const steps: (() => void)[] = [
      ...this.events.map((e) => () => e.destroy()),
      ...this.allocated.map((b) => () => this.device.free(b)),
      ...this.modules.map((mod) => () => mod.unload()),
    ];
    let first: unknown;
    for (const s of steps) {
      try { s(); } catch (e) { first ??= e; }
    }
    if (this.ownsDevice) {
      try { this.device.destroy(); } catch (e) { first ??= e; }
    }
    if (first) throw first;
  }
}

const kernelOf = (m: Manifest, name: string): ArtifactKernel => {
  const k = m.kernels.find((kk) => kk.name === name);
  if (!k) throw new TargetError(`manifest of ${m.name}: kernel '${name}' is named, but the manifest lacks it`);
  return k;
};

/** A module compiled by NVRTC from its source, for artifacts without code the device can load. */
async function nvrtcCode(artifact: Artifact, mod: ArtifactModule & { file: string }, listed: readonly string[], device: CudaDevice, nvrtc: boolean, label: string): Promise<{ image: KernelImage; bytes: Uint8Array }> {
  const source = artifact.sources.get(mod.file);
  if (nvrtc && source !== undefined && loadNvrtc().loaded) {
    const bytes = await compileWithNvrtc(source, mod.file, { arch: device.info.arch });
    return { image: { kind: 'nvrtc', file: mod.file, arch: device.info.arch }, bytes };
  }
  const have = listed.filter((f) => f.startsWith(`${CUDA_UNIT}.`));
  throw new TargetError(`${label}: no code for kernel ${mod.name} that ${device.info.name} (${device.info.arch}) can load`
    + `${nvrtc ? ', and NVRTC is not installed' : ''}: compile the artifact's kernels with nvcc`, {
    expected: `${CUDA_UNIT}.${device.info.arch}.cubin (or another sm_${device.info.computeCapability[0]}x not newer), .fatbin or .ptx`,
    found: have.join(', ') || 'no cubin, fatbin or PTX',
  });
}
