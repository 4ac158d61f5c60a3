// Loads compiled programs onto a WebGPU device: takes their WGSL modules (or has the given printer print
// them, with the f16 mode and subgroup width this device allows), checks each kernel against the device's
// limits, and compiles each module into a pipeline (createComputePipelineAsync, cached by source). What a
// loaded program does on each run is loaded-program.ts.
import type { Program } from '../../artifact/program.ts';
import type { Kernel } from '../../artifact/kernel-ir.ts';
import { sharedBytes, wgslBindings, type F16Mode } from '../../artifact/wgsl-layout.ts';
import type { PrintedModule } from '../../artifact/manifest.ts';
import { DeviceError } from '../../ir/errors.ts';
import type { CopyBandwidth } from '../timing.ts';
import { measureCopyBandwidth } from './copy-bandwidth.ts';
import { GpuDevice, type DeviceOptions } from './device.ts';
import { LoadedProgram } from './loaded-program.ts';
export { LoadedProgram } from './loaded-program.ts';
export type { KernelValues } from '../kernel-values.ts';
export type { LaunchTiming, RunTiming, TimeOptions } from '../timing.ts';

export interface LoadOptions {
  /** Storage of f16 values: 'auto' (default) is 'native' where the device has shader-f16, else 'f32-storage'. */
  readonly f16?: F16Mode | 'auto';
  /** Inline each launch's uniform values into its own module (default true: literal sizes let the shader
   *  compiler replace index divisions by multiplications and unroll; tam_resnet on SwiftShader ran 2.6x
   *  faster). false shares one module among launches that differ only in sizes. */
  readonly specialize?: boolean;
  /** Share buffers between intermediates whose lifetimes are disjoint (default true). */
  readonly reuse?: boolean;
  /** The program's modules: printed already (e.g. an artifact's kernels/*.wgsl, printed with the same f16
   *  mode and specialisation), or the printer that prints them once the f16 mode is known (the runtime
   *  imports no compiler). */
  readonly modules: readonly PrintedModule[] | WgslPrinter;
  /** Subgroup shuffles in cooperative reductions. With a printer: false prints none; by default the printer
   *  gets the device's narrowest subgroup width where it has the 'subgroups' feature. With printed modules:
   *  the width they were printed for (an artifact's options.subgroups), which the device must have. */
  readonly subgroups?: number | false;
}

/** Prints a program's WGSL modules (codegen/wgsl/program.ts's printProgramWgsl). */
export type WgslPrinter = (program: Program, opts: { readonly f16: F16Mode; readonly specialize: boolean; readonly subgroups?: number }) => readonly PrintedModule[];

export class WebGpuExecutor {
  private readonly pipelines = new Map<string, Promise<GPUComputePipeline>>();
  private readonly layouts = new Map<string, { group: GPUBindGroupLayout; pipeline: GPUPipelineLayout }>();

  private constructor(readonly gpu: GpuDevice) {}

  static async create(opts: DeviceOptions = {}): Promise<WebGpuExecutor> {
    return new WebGpuExecutor(await GpuDevice.create(opts));
  }

  get device(): GPUDevice { return this.gpu.device; }

  /** One line describing the adapter, e.g. "google swiftshader (SwiftShader driver 5.0.0, CPU fallback)". */
  describe(): string {
    const s = this.gpu.summary;
    return `${s.vendor} ${s.architecture} (${s.description || 'no description'}${s.fallback ? ', CPU fallback' : ''})`.trim();
  }

  /** The bandwidth of a vec4 copy kernel on this device (what the benchmarks compare each launch to). */
  copyBandwidth(): Promise<CopyBandwidth> {
    return measureCopyBandwidth(this.gpu);
  }

  /** The adapter's vendor, architecture, device and description, and the timing features it has. */
  details(): Record<string, string | boolean> {
    const s = this.gpu.summary;
    return { vendor: s.vendor, architecture: s.architecture, device: s.device, description: s.description, fallback: s.fallback, timestampQuery: this.gpu.features.has('timestamp-query') };
  }

  async load(program: Program, opts: LoadOptions): Promise<LoadedProgram> {
    this.gpu.check(`loading ${program.name}`);
    const hasF16 = program.values.some((v) => v.dtype === 'f16');
    const native = this.gpu.features.has('shader-f16');
    const f16: F16Mode = opts.f16 === undefined || opts.f16 === 'auto' ? (native && hasF16 ? 'native' : 'f32-storage') : opts.f16;
    if (f16 === 'native' && hasF16 && !native) {
      throw new DeviceError(`${program.name}: f16 storage 'native' needs the WebGPU feature shader-f16, which this device (${this.describe()}) lacks`);
    }
    const specialize = opts.specialize ?? true;
    const subgroups = this.subgroupsFor(program, opts);
    const modules = typeof opts.modules === 'function' ? opts.modules(program, { f16, specialize, ...(subgroups ? { subgroups } : {}) }) : opts.modules;
    const kernels = new Map(program.kernels.map((k) => [k.name, k] as const));
    for (const k of program.kernels) this.checkLimits(program, k, f16);
    const compiled = await Promise.all(modules.map(async (m) => {
      const kernel = kernels.get(m.kernel);
      if (!kernel) throw new DeviceError(`${program.name}: module ${m.name} is for kernel '${m.kernel}', which the program lacks`);
      return { module: m, kernel, pipeline: await this.pipeline(m.name, m.source, kernel, m.specialized !== undefined) };
    }));
    const byLaunch = new Map<number, (typeof compiled)[number]>();
    for (const c of compiled) for (const i of c.module.launches) byLaunch.set(i, c);
    program.launches.forEach((l, i) => {
      if (!byLaunch.has(i)) throw new DeviceError(`${program.name}: no WGSL module for launch ${i} (kernel ${l.kernel})`);
    });
    return new LoadedProgram(this, program, f16, modules, program.launches.map((launch, index) => {
      const c = byLaunch.get(index)!;
      return { index, launch, kernel: c.kernel, module: c.module, pipeline: c.pipeline, specialized: c.module.specialized !== undefined };
    }), opts.reuse ?? true);
  }

  /** The narrowest subgroup the device promises (adapter.info.subgroupMinSize) where it has the 'subgroups'
   *  feature; undefined where it has none. */
  subgroupWidth(): number | undefined {
    const min = (this.gpu.adapter.info as { subgroupMinSize?: number } | undefined)?.subgroupMinSize;
    return this.gpu.features.has('subgroups') && typeof min === 'number' && min >= 4 && (min & (min - 1)) === 0 ? min : undefined;
  }

  /** The subgroup width to print `program` for, or that its printed modules need, checked against the device. */
  private subgroupsFor(program: Program, opts: LoadOptions): number | undefined {
    const device = this.subgroupWidth();
    if (opts.subgroups === false) return undefined;
    if (opts.subgroups === undefined) return typeof opts.modules === 'function' ? device : undefined;
    if (device === undefined || device < opts.subgroups) {
      throw new DeviceError(`${program.name}: its kernels combine reductions across ${opts.subgroups} subgroup lanes, which this device (${this.describe()}) ` +
        `${device === undefined ? 'cannot (no WebGPU feature subgroups)' : `does not promise (its subgroups may have ${device})`}`);
    }
    return opts.subgroups;
  }

  /** Compile a module into a pipeline (cached by source). Compilation errors and pipeline failures become a
   *  DeviceError naming the module. */
  pipeline(name: string, source: string, kernel: Kernel, specialized: boolean): Promise<GPUComputePipeline> {
    let p = this.pipelines.get(source);
    if (!p) {
      p = this.compile(name, source, kernel, specialized);
      p.catch(() => this.pipelines.delete(source));
      this.pipelines.set(source, p);
    }
    return p;
  }

  private async compile(name: string, source: string, kernel: Kernel, specialized: boolean): Promise<GPUComputePipeline> {
    const device = this.device;
    const layout = this.layoutFor(kernel, specialized);
    return this.gpu.scoped(`kernel ${name}`, async () => {
      const module = device.createShaderModule({ code: source, label: name });
      const info = await module.getCompilationInfo();
      const errors = info.messages.filter((m) => m.type === 'error');
      if (errors.length) {
        const lines = source.split('\n');
        const text = errors.map((m) => `${m.lineNum}:${m.linePos}: ${m.message}${lines[m.lineNum - 1] ? ` [${lines[m.lineNum - 1].trim()}]` : ''}`).join('; ');
        throw new DeviceError(`kernel ${name}: WGSL does not compile: ${text}`);
      }
      try {
        return await device.createComputePipelineAsync({ label: name, layout, compute: { module, entryPoint: 'main' } });
      } catch (e) {
        throw new DeviceError(`kernel ${name}: pipeline creation failed: ${(e as Error).message}`);
      }
    });
  }

  private layoutFor(kernel: Kernel, specialized: boolean): GPUPipelineLayout {
    const bindings = wgslBindings(kernel, { specialized });
    const key = bindings.map((b) => b.access).join(',');
    let l = this.layouts.get(key);
    if (!l) {
      const group = this.device.createBindGroupLayout({
        label: `layout ${key}`,
        entries: bindings.map((b) => ({
          binding: b.binding, visibility: GPUShaderStage.COMPUTE,
          buffer: { type: b.access === 'uniform' ? 'uniform' : b.access === 'read' ? 'read-only-storage' : 'storage' },
        })),
      });
      l = { group, pipeline: this.device.createPipelineLayout({ bindGroupLayouts: [group] }) };
      this.layouts.set(key, l);
    }
    return l.pipeline;
  }

  bindGroupLayout(kernel: Kernel, specialized: boolean): GPUBindGroupLayout {
    this.layoutFor(kernel, specialized);
    return this.layouts.get(wgslBindings(kernel, { specialized }).map((b) => b.access).join(','))!.group;
  }

  private checkLimits(program: Program, k: Kernel, f16: F16Mode): void {
    const lim = this.device.limits;
    const storage = k.buffers.length + (k.traps ? 1 : 0);
    const fail = (what: string, expected: string, found: string) => {
      throw new DeviceError(`kernel ${k.name} of ${program.name} ${what} (device: ${this.describe()})`, { expected, found });
    };
    if (storage > lim.maxStorageBuffersPerShaderStage) fail('needs more storage buffers than the device allows', `<= ${lim.maxStorageBuffersPerShaderStage}`, `${storage}`);
    const shared = sharedBytes(k, f16);
    if (shared > lim.maxComputeWorkgroupStorageSize) fail('needs more workgroup memory than the device allows', `<= ${lim.maxComputeWorkgroupStorageSize} bytes`, `${shared}`);
    const wg = k.mapping.workgroupSize;
    if (wg > lim.maxComputeInvocationsPerWorkgroup || wg > lim.maxComputeWorkgroupSizeX) fail('has a workgroup larger than the device allows', `<= ${Math.min(lim.maxComputeInvocationsPerWorkgroup, lim.maxComputeWorkgroupSizeX)}`, `${wg}`);
  }

  destroy(): void {
    this.pipelines.clear();
    this.layouts.clear();
    this.gpu.destroy();
  }
}

