// A program loaded on a WebGPU device (executor.ts loads it): device memory from the memory plan
// (intermediates share buffers when their lifetimes are disjoint), the constants and every launch's
// uniforms uploaded once, one bind group per launch. Parameters stay on the device across runs
// (runtime/resident-params.ts). A run uploads the inputs (and the parameters bound anew), encodes every
// launch into one compute pass of one command buffer (2-D dispatch where the workgroups exceed the device's
// per-dimension limit), copies the outputs and the status words of trapping launches into one staging
// buffer, and reads them back as Tensors. A trap becomes an ExecutionError naming the kernel and its graph
// nodes; a validation error becomes a DeviceError naming the kernel. Timing uses timestamp queries, one
// compute pass per launch, where the device has them; else the wall time of whole runs.
import type { Launch, Program, StoredValue } from '../../artifact/program.ts';
import { trapMessage, type Kernel } from '../../artifact/kernel-ir.ts';
import { paramsBytes, paramsData, wgslBindings, type F16Mode } from '../../artifact/wgsl-layout.ts';
import type { PrintedModule } from '../../artifact/manifest.ts';
import { AttrError, DeviceError, ExecutionError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { checkBindings, checkLaunchSizes } from '../bindings.ts';
import { planMemory, type MemoryPlan } from '../memory-plan.ts';
import { fromDeviceData, storageBytes, toDeviceData } from '../device-data.ts';
import { noUploads, ResidentParams, type HeldVersions, type UploadCounts } from '../resident-params.ts';
import { readBack, resolveUpdates, type ResolvedUpdate } from '../updates.ts';
import { summarize, type RunTiming, type TimeOptions } from '../timing.ts';
import type { GpuDevice } from './device.ts';
import type { KernelValues } from '../kernel-values.ts';

/** What a loaded program needs of the executor that loaded it. */
export interface LaunchHost {
  readonly gpu: GpuDevice;
  readonly device: GPUDevice;
  /** The bind group layout of `kernel`'s launches (shared by kernels of the same binding layout). */
  bindGroupLayout(kernel: Kernel, specialized: boolean): GPUBindGroupLayout;
}

const STATUS_STRIDE = 256;

const roundUp = (n: number, a: number) => Math.ceil(n / a) * a;

/** A launch as the executor loaded it: its kernel, module and (possibly still compiling) pipeline. */
export interface LaunchPlan {
  readonly index: number;
  readonly launch: Launch;
  readonly kernel: Kernel;
  readonly module: PrintedModule;
  readonly pipeline: Promise<GPUComputePipeline> | GPUComputePipeline;
  readonly specialized: boolean;
}

interface ReadyLaunch extends LaunchPlan {
  readonly pipeline: GPUComputePipeline;
  readonly dispatch: readonly [number, number];
  /** Offset of the launch's uniforms in the uniform buffer (when it has any). */
  readonly paramsOffset?: number;
  /** Slot of the launch's status word (when its kernel traps). */
  readonly statusSlot?: number;
}

/** Device buffers and bind groups for one memory plan. */
interface Instance {
  readonly plan: MemoryPlan;
  readonly buffers: readonly GPUBuffer[];
  readonly bindGroups: readonly GPUBindGroup[];
  /** The parameter versions its buffers hold. */
  readonly held: HeldVersions;
}

export class LoadedProgram {
  readonly launches: readonly ReadyLaunch[];
  readonly memory: MemoryPlan;
  private readonly uniforms: GPUBuffer | undefined;
  private readonly status: GPUBuffer | undefined;
  private readonly trapping: readonly ReadyLaunch[];
  private instance: Instance | undefined;
  private debugInstance: Instance | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly values: ReadonlyMap<number, StoredValue>;
  private readonly params: ResidentParams;
  private readonly counts = noUploads();
  private updates: readonly ResolvedUpdate[] = [];
  private destroyed = false;

  /** @internal use WebGpuExecutor.load */
  constructor(
    readonly executor: LaunchHost, readonly program: Program, readonly f16: F16Mode,
    readonly modules: readonly PrintedModule[], plans: readonly LaunchPlan[], private readonly reuse: boolean,
  ) {
    const device = executor.device;
    const maxDim = device.limits.maxComputeWorkgroupsPerDimension;
    const uAlign = Math.max(256, device.limits.minUniformBufferOffsetAlignment);
    let uBytes = 0, slots = 0;
    this.launches = plans.map((p) => {
      const k = p.kernel;
      checkLaunchSizes(k.name, p.launch);
      const groups = k.mapping.kind === 'flat' ? Math.ceil(p.launch.total / k.mapping.workgroupSize) : p.launch.total;
      const y = Math.ceil(groups / maxDim);
      if (y > maxDim) throw new DeviceError(`kernel ${k.name}: ${groups} workgroups exceed the device's ${maxDim} x ${maxDim} grid`);
      const dispatch = [y <= 1 ? groups : Math.ceil(groups / y), Math.max(1, y)] as const;
      const hasParams = !p.specialized && k.syms.length > 0;
      const paramsOffset = hasParams ? uBytes : undefined;
      if (hasParams) uBytes += roundUp(paramsBytes(k), uAlign);
      return { ...p, pipeline: p.pipeline as GPUComputePipeline, dispatch, paramsOffset, statusSlot: k.traps ? slots++ : undefined };
    });
    this.trapping = this.launches.filter((l) => l.statusSlot !== undefined);
    if (uBytes > 0) {
      this.uniforms = device.createBuffer({ label: `${program.name} uniforms`, size: uBytes, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
      const data = new Int32Array(uBytes / 4);
      for (const l of this.launches) if (l.paramsOffset !== undefined) data.set(paramsData(l.kernel, l.launch.syms), l.paramsOffset / 4);
      device.queue.writeBuffer(this.uniforms, 0, data);
    }
    if (slots > 0) {
      this.status = device.createBuffer({ label: `${program.name} status`, size: slots * STATUS_STRIDE, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
    }
    this.values = new Map(program.values.map((v) => [v.node, v] as const));
    this.params = new ResidentParams(this.declared('param'));
    this.memory = this.planFor(reuse);
    const maxBinding = Math.min(device.limits.maxStorageBufferBindingSize, device.limits.maxBufferSize);
    for (const v of program.values) {
      const bytes = this.memory.bytesOf.get(v.node)!;
      if (bytes > maxBinding) {
        throw new DeviceError(`value %${v.node} (${v.dtype}[${v.shape.join(',')}]) of ${program.name} needs ${bytes} bytes; the device binds at most ${maxBinding}`);
      }
    }
  }

  /** Source of each module, by module name. */
  get sources(): Map<string, string> {
    return new Map(this.modules.map((m) => [m.name, m.source]));
  }

  /** Run the program; returns its outputs by name. `params` binds every parameter (only those bound to
   *  another Tensor than before are uploaded); without it, the parameters bound before stay. */
  run(inputs: ReadonlyMap<string, Tensor>, params?: ReadonlyMap<string, Tensor>): Promise<Map<string, Tensor>> {
    return this.serial(async () => (await this.execute(this.main(), inputs, params, 'outputs')).outputs);
  }

  /** Run the program with a buffer of its own for every value, and read back every stored value (for a diff
   *  against the CPU interpreter at each kernel boundary). Updates are read back too, not applied. */
  runKernels(inputs: ReadonlyMap<string, Tensor>, params?: ReadonlyMap<string, Tensor>): Promise<KernelValues> {
    return this.serial(async () => {
      this.debugInstance ??= this.reuse ? this.createInstance(this.planFor(false)) : this.main();
      if (this.debugInstance !== this.instance) await this.settleParams();
      return this.execute(this.debugInstance, inputs, params, 'all');
    });
  }

  /** Write these outputs back into these parameters after every run (output name -> parameter name;
   *  runtime/updates.ts); an empty map stops updating. */
  setUpdates(updates: ReadonlyMap<string, string>): Promise<void> {
    return this.serial(async () => {
      const typed = (node: number) => this.values.get(node)!;
      this.updates = resolveUpdates(this.program.name, this.program.outputs.map((o) => ({ ...o, ...typed(o.node) })), this.declared('param'), updates);
    });
  }

  /** Every parameter's current value, reading back those the device updated. */
  readParams(): Promise<Map<string, Tensor>> {
    return this.serial(async () => {
      await this.settleParams();
      return this.params.tensors();
    });
  }

  /** Bind some parameters anew (new weights): each given is uploaded at the next run, and nothing else. */
  setParams(params: ReadonlyMap<string, Tensor>): Promise<void> {
    return this.serial(async () => this.params.update(params));
  }

  /** Host-to-device copies of tensors made so far (inputs, parameters, constants). */
  uploads(): UploadCounts {
    return { ...this.counts };
  }

  /** Time the program: `repeats` runs after `warmup` (inputs uploaded once, nothing read back). */
  timeRun(inputs: ReadonlyMap<string, Tensor>, params?: ReadonlyMap<string, Tensor>, opts: TimeOptions = {}): Promise<RunTiming> {
    return this.serial(() => this.time(inputs, params, opts.repeats ?? 10, opts.warmup ?? 2));
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const inst of [this.instance, this.debugInstance]) for (const b of inst?.buffers ?? []) b.destroy();
    this.uniforms?.destroy();
    this.status?.destroy();
  }

  // ---- internals ----

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(() => {
      if (this.destroyed) throw new DeviceError(`${this.program.name}: the loaded program was destroyed`);
      this.executor.gpu.check(`running ${this.program.name}`);
      return fn();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private planFor(reuse: boolean): MemoryPlan {
    return planMemory(this.program, { reuse, bytes: (v) => storageBytes(v, this.f16) });
  }

  private main(): Instance {
    this.instance ??= this.createInstance(this.memory);
    return this.instance;
  }

  private createInstance(plan: MemoryPlan): Instance {
    const device = this.executor.device;
    const name = this.program.name;
    const buffers = plan.buffers.map((b) => device.createBuffer({
      label: `${name} ${b.shared ? 'shared' : `%${b.values[0]}`} buffer ${b.index}`, size: b.bytes,
      usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST,
    }));
    const bufferOf = (node: number) => buffers[plan.bufferOf.get(node)!];
    for (const [node, t] of this.program.constants) this.upload(bufferOf(node), t, 'constants');
    const bindGroups = this.launches.map((l) => {
      const entries = wgslBindings(l.kernel, { specialized: l.specialized }).map((b): GPUBindGroupEntry => {
        if (b.kind === 'params') return { binding: b.binding, resource: { buffer: this.uniforms!, offset: l.paramsOffset!, size: paramsBytes(l.kernel) } };
        if (b.kind === 'status') return { binding: b.binding, resource: { buffer: this.status!, offset: l.statusSlot! * STATUS_STRIDE, size: 4 } };
        const node = l.launch.bindings[b.buffer!];
        return { binding: b.binding, resource: { buffer: bufferOf(node), offset: 0, size: roundUp(Math.max(4, plan.bytesOf.get(node)!), 4) } };
      });
      return device.createBindGroup({ label: `${l.module.name} launch ${l.index}`, layout: this.executor.bindGroupLayout(l.kernel, l.specialized), entries });
    });
    return { plan, buffers, bindGroups, held: new Map() };
  }

  private declared(role: 'input' | 'param'): (StoredValue & { name: string })[] {
    return this.program.values.filter((v) => v.role === role).map((v) => ({ ...v, name: v.name! }));
  }

  /** Upload the inputs, and the parameters the instance does not hold in their bound version. */
  private bind(inst: Instance, inputs: ReadonlyMap<string, Tensor>, params: ReadonlyMap<string, Tensor> | undefined): void {
    const declaredInputs = this.declared('input');
    checkBindings(declaredInputs, 'input', inputs);
    if (params) this.params.bindAll(params);
    else this.params.requireAll();
    const bufferOf = (node: number) => inst.buffers[inst.plan.bufferOf.get(node)!];
    for (const v of declaredInputs) this.upload(bufferOf(v.node), inputs.get(v.name)!, 'inputs');
    const paramNodes = new Map(this.declared('param').map((v) => [v.name, v.node] as const));
    this.params.sync(inst.held, (name, t) => this.upload(bufferOf(paramNodes.get(name)!), t, 'params'));
  }

  /** Read back into host tensors the parameters only the main instance's buffers hold (updated by runs). */
  private async settleParams(): Promise<void> {
    const stale = this.params.stale();
    if (!stale.length || !this.instance) return;
    const inst = this.instance;
    const declared = new Map(this.declared('param').map((v) => [v.name, v] as const));
    const nodes = stale.map((name) => declared.get(name)!.node);
    const device = this.executor.device;
    const { offsets, size } = this.stagingLayout(inst, nodes);
    const staging = device.createBuffer({ label: `${this.program.name} parameters readback`, size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    try {
      const enc = device.createCommandEncoder();
      this.copyToStaging(enc, inst, nodes, staging, offsets);
      device.queue.submit([enc.finish()]);
      await staging.mapAsync(GPUMapMode.READ);
      const bytes = staging.getMappedRange();
      stale.forEach((name, i) => { const v = declared.get(name)!; this.params.settle(name, fromDeviceData(v.dtype, v.shape, bytes, offsets.get(nodes[i])!, this.f16)); });
    } finally {
      staging.destroy();
    }
  }

  /** Where each of `nodes` lands in one staging buffer (4-byte aligned, at least 4 bytes each), and the size. */
  private stagingLayout(inst: Instance, nodes: readonly number[]): { offsets: Map<number, number>; size: number } {
    const offsets = new Map<number, number>();
    let size = 0;
    for (const n of nodes) { offsets.set(n, size); size += roundUp(Math.max(4, inst.plan.bytesOf.get(n)!), 4); }
    return { offsets, size };
  }

  /** Encode the copies of `nodes` from their buffers into `staging` at `offsets`. */
  private copyToStaging(enc: GPUCommandEncoder, inst: Instance, nodes: readonly number[], staging: GPUBuffer, offsets: ReadonlyMap<number, number>): void {
    for (const n of nodes) {
      const bytes = roundUp(inst.plan.bytesOf.get(n)!, 4);
      if (bytes > 0) enc.copyBufferToBuffer(inst.buffers[inst.plan.bufferOf.get(n)!], 0, staging, offsets.get(n)!, bytes);
    }
  }

  private upload(buffer: GPUBuffer, t: Tensor, what: 'inputs' | 'params' | 'constants'): void {
    let data = toDeviceData(t, this.f16);
    // writeBuffer moves multiples of 4 bytes (an odd count of f16 values is not one); buffers are sized for it
    if (data.byteLength % 4) data = Uint8Array.from({ length: roundUp(data.byteLength, 4) }, (_, k) => data[k] ?? 0);
    if (data.byteLength === 0) return;
    this.executor.device.queue.writeBuffer(buffer, 0, data.buffer, data.byteOffset, data.byteLength);
    this.counts[what]++;
    this.counts.bytes += data.byteLength;
  }

  private encodeLaunches(inst: Instance, pass: GPUComputePassEncoder, only?: number): void {
    for (const l of this.launches) {
      if (only !== undefined && l.index !== only) continue;
      if (l.launch.total === 0) continue;
      pass.setPipeline(l.pipeline);
      pass.setBindGroup(0, inst.bindGroups[l.index]);
      pass.dispatchWorkgroups(l.dispatch[0], l.dispatch[1]);
    }
  }

  private async execute(inst: Instance, inputs: ReadonlyMap<string, Tensor>, params: ReadonlyMap<string, Tensor> | undefined, read: 'outputs' | 'all'): Promise<KernelValues> {
    const device = this.executor.device;
    const gpu = this.executor.gpu;
    this.bind(inst, inputs, params);
    const updates = read === 'all' ? [] : this.updates;
    const nodes = read === 'all' ? this.program.values.map((v) => v.node) : [...new Set(readBack(this.program.outputs, updates).map((o) => o.node))];
    // the status words after the values
    const { offsets, size: statusOffset } = this.stagingLayout(inst, nodes);
    const size = statusOffset + (this.status ? this.status.size : 0);
    const staging = device.createBuffer({ label: `${this.program.name} readback`, size: Math.max(4, size), usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
    try {
      await gpu.scoped(`running ${this.program.name}`, async () => {
        const enc = device.createCommandEncoder({ label: this.program.name });
        if (this.status) enc.clearBuffer(this.status);
        const pass = enc.beginComputePass({ label: this.program.name });
        this.encodeLaunches(inst, pass);
        pass.end();
        for (const u of updates) {
          const bytes = roundUp(inst.plan.bytesOf.get(u.outputNode)!, 4);
          const from = inst.plan.bufferOf.get(u.outputNode)!, to = inst.plan.bufferOf.get(u.paramNode)!;
          if (bytes > 0 && from !== to) enc.copyBufferToBuffer(inst.buffers[from], 0, inst.buffers[to], 0, bytes);
        }
        this.copyToStaging(enc, inst, nodes, staging, offsets);
        if (this.status) enc.copyBufferToBuffer(this.status, 0, staging, statusOffset, this.status.size);
        device.queue.submit([enc.finish()]);
      }).catch(async (e: unknown) => { throw await this.diagnose(inst, e); });
      await staging.mapAsync(GPUMapMode.READ);
      // each tensor copies its bytes out of the mapped range (destroy() unmaps it): no copy of the whole first
      const bytes = staging.getMappedRange();
      this.executor.gpu.check(`running ${this.program.name}`);
      if (this.status) {
        const words = new Uint32Array(bytes, statusOffset, this.status.size / 4);
        for (const l of this.trapping) {
          const code = words[(l.statusSlot! * STATUS_STRIDE) / 4];
          if (code !== 0) {
            const nodesText = l.launch.fuses.map((f) => `%${f.id} ${f.op}`).join(', ');
            const root = l.launch.fuses[l.launch.fuses.length - 1];
            throw new ExecutionError(`kernel ${l.kernel.name} (${nodesText}) reported ${trapMessage(code)}`, { node: root ? `%${root.id} = ${root.op}` : undefined, loc: root?.loc });
          }
        }
      }
      for (const u of updates) this.params.advance(u.param, inst.held);
      const tensorAt = (n: number) => { const v = this.values.get(n)!; return fromDeviceData(v.dtype, v.shape, bytes, offsets.get(n)!, this.f16); };
      const values = read === 'all' ? new Map(nodes.map((n) => [n, tensorAt(n)] as const)) : new Map<number, Tensor>();
      const outputs = new Map(readBack(this.program.outputs, updates).map((o) => [o.name, values.get(o.node) ?? tensorAt(o.node)] as const));
      return { outputs, values };
    } finally {
      staging.destroy();
    }
  }

  /** After a validation error in a run, encode each launch alone to find the kernel at fault. */
  private async diagnose(inst: Instance, original: unknown): Promise<unknown> {
    const device = this.executor.device;
    for (const l of this.launches) {
      device.pushErrorScope('validation');
      const enc = device.createCommandEncoder();
      const pass = enc.beginComputePass();
      this.encodeLaunches(inst, pass, l.index);
      pass.end();
      enc.finish();
      const err = await device.popErrorScope();
      if (err) {
        const nodes = l.launch.fuses.map((f) => `%${f.id} ${f.op}`).join(', ');
        return new DeviceError(`kernel ${l.module.name} (launch ${l.index}: ${nodes}) of ${this.program.name}: WebGPU validation error: ${err.message.trim()}`);
      }
    }
    return original;
  }

  private async time(inputs: ReadonlyMap<string, Tensor>, params: ReadonlyMap<string, Tensor> | undefined, repeats: number, warmup: number): Promise<RunTiming> {
    if (!Number.isInteger(repeats) || repeats < 1 || !Number.isInteger(warmup) || warmup < 0) {
      throw new AttrError(`timing ${this.program.name}: repeats must be a positive integer and warmup a non-negative one`, { expected: 'repeats >= 1, warmup >= 0', found: `${repeats}, ${warmup}` });
    }
    const device = this.executor.device;
    const inst = this.main();
    this.bind(inst, inputs, params);
    const active = this.launches.filter((l) => l.launch.total > 0);
    const stamps = device.features.has('timestamp-query') && active.length > 0;
    const querySet = stamps ? device.createQuerySet({ type: 'timestamp', count: 2 * active.length }) : undefined;
    const resolve = stamps ? device.createBuffer({ size: 16 * active.length, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC }) : undefined;
    const readback = stamps ? device.createBuffer({ size: 16 * active.length, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST }) : undefined;
    const encodeRun = (timed: boolean): GPUCommandBuffer => {
      const enc = device.createCommandEncoder();
      if (this.status) enc.clearBuffer(this.status);
      if (timed && querySet) {
        active.forEach((l, i) => {
          const pass = enc.beginComputePass({ timestampWrites: { querySet, beginningOfPassWriteIndex: 2 * i, endOfPassWriteIndex: 2 * i + 1 } });
          this.encodeLaunches(inst, pass, l.index);
          pass.end();
        });
        enc.resolveQuerySet(querySet, 0, 2 * active.length, resolve!, 0);
        enc.copyBufferToBuffer(resolve!, 0, readback!, 0, 16 * active.length);
      } else {
        const pass = enc.beginComputePass();
        this.encodeLaunches(inst, pass);
        pass.end();
      }
      return enc.finish();
    };
    try {
      // wall time of whole runs in one compute pass, as ordinary runs encode them
      const walls: number[] = [];
      await this.executor.gpu.scoped(`timing ${this.program.name}`, async () => {
        for (let i = 0; i < warmup + repeats; i++) {
          const cb = encodeRun(false);
          const t0 = performance.now();
          device.queue.submit([cb]);
          await device.queue.onSubmittedWorkDone();
          if (i >= warmup) walls.push(performance.now() - t0);
        }
      });
      const base = { repeats, warmup, wallMs: summarize(walls) };
      if (!stamps) return { ...base, source: 'wall-clock' };
      // GPU times: one compute pass per launch, each with timestamps at its start and end
      const perLaunch = active.map((): number[] => []);
      const totals: number[] = [];
      for (let r = 0; r < repeats; r++) {
        device.queue.submit([encodeRun(true)]);
        await readback!.mapAsync(GPUMapMode.READ);
        const t = new BigInt64Array(readback!.getMappedRange().slice(0));
        readback!.unmap();
        active.forEach((_, i) => perLaunch[i].push(Number(t[2 * i + 1] - t[2 * i]) / 1e6));
        totals.push(Number(t[2 * active.length - 1] - t[0]) / 1e6);
      }
      return {
        ...base, source: 'timestamp-query', gpuMs: summarize(totals),
        launches: active.map((l, i) => ({ launch: l.index, kernel: l.module.name, nodes: l.launch.fuses.map((f) => `%${f.id} ${f.op}`).join(', '), ms: summarize(perLaunch[i]) })),
      };
    } finally {
      querySet?.destroy();
      resolve?.destroy();
      readback?.destroy();
    }
  }
}
