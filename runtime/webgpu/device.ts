// Getting a WebGPU device: in a browser from navigator.gpu, in Node from Dawn (npm `webgpu`), by one code path.
// In Node a hardware adapter is preferred; where there is none, SwiftShader (Vulkan on the CPU) is made
// visible to the Vulkan loader before Dawn starts (VK_ADD_DRIVER_FILES adds it beside the system's drivers),
// and Dawn offers it as the fallback adapter. Dawn's GPU object must stay referenced for the process's
// lifetime (dawn.node crashes when it is collected while a device lives), so it is kept in a module-level set.
// Device loss and uncaptured errors are recorded and thrown as DeviceError at the next call that checks.
// Dawn in Node keeps timestamp queries at full resolution (no quantization).
import { DeviceError } from '../../ir/errors.ts';

export interface DeviceOptions {
  /** 'auto' (default): a hardware adapter if there is one, else the fallback (CPU) adapter; 'fallback': the
   *  fallback adapter only (SwiftShader in Node). */
  readonly adapter?: 'auto' | 'fallback';
  readonly powerPreference?: 'low-power' | 'high-performance';
  /** Limits to request (each capped at the adapter's). Default: the adapter's maxima of the limits compute
   *  programs use, so that large tensors and workgroup memory work wherever the adapter allows them. */
  readonly requiredLimits?: Readonly<Record<string, number>>;
  /** Features to request when the adapter has them (default: shader-f16, timestamp-query, subgroups). */
  readonly optionalFeatures?: readonly string[];
  /** Dawn toggles to enable (Node only), e.g. 'disable_workgroup_init' (safe only for kernels that never read
   *  workgroup memory before writing it). */
  readonly dawnToggles?: readonly string[];
}

export interface AdapterSummary {
  readonly vendor: string;
  readonly architecture: string;
  readonly device: string;
  readonly description: string;
  /** True for a CPU implementation (SwiftShader). */
  readonly fallback: boolean;
}

/** The limits a compute program may need; requested at the adapter's maximum by default. */
export const COMPUTE_LIMITS = [
  'maxStorageBufferBindingSize', 'maxBufferSize', 'maxComputeWorkgroupStorageSize', 'maxComputeInvocationsPerWorkgroup',
  'maxComputeWorkgroupSizeX', 'maxStorageBuffersPerShaderStage', 'maxComputeWorkgroupsPerDimension',
  'maxUniformBufferBindingSize', 'maxBindingsPerBindGroup',
] as const;

const SWIFTSHADER_ICDS = [
  '/usr/lib/chromium/vk_swiftshader_icd.json',
  '/usr/lib/chromium-browser/vk_swiftshader_icd.json',
  '/usr/share/vulkan/icd.d/vk_swiftshader_icd.json',
];

/** Dawn GPU objects, kept alive for the life of the process. */
const KEEP = new Set<unknown>();
const gpus = new Map<string, Promise<GPU>>();

const isNode = typeof process !== 'undefined' && !!process.versions?.node;

async function nodeGpu(toggles: readonly string[]): Promise<GPU> {
  const env = process.env;
  if (!env.VK_ICD_FILENAMES && !env.VK_DRIVER_FILES && !env.VK_ADD_DRIVER_FILES) {
    const { existsSync } = await import('node:fs');
    const icd = [env.TEMPOFUSE_SWIFTSHADER_ICD, ...SWIFTSHADER_ICDS].find((p) => p && existsSync(p));
    if (icd) env.VK_ADD_DRIVER_FILES = icd;
  }
  if (!env.XDG_RUNTIME_DIR) {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    env.XDG_RUNTIME_DIR = mkdtempSync(join(tmpdir(), 'tempofuse-xdg-'));
  }
  let mod: { create(options: string[]): GPU; globals: object };
  try {
    mod = (await import('webgpu')) as never;
  } catch (e) {
    throw new DeviceError(`WebGPU is not available in this Node: the 'webgpu' package (Dawn) failed to load: ${(e as Error).message}`);
  }
  // the WebGPU constants (GPUBufferUsage, ...) as globals, as in a browser
  for (const [k, v] of Object.entries(mod.globals)) if (!(k in globalThis)) (globalThis as Record<string, unknown>)[k] = v;
  // timestamps at full resolution: Dawn rounds them to 2^16 ns by default against timing attacks from web
  // pages, which a Node process does not host, and which would make short kernels time as zero
  const flags = ['disable-dawn-features=timestamp_quantization', ...(toggles.length ? [`enable-dawn-features=${toggles.join(',')}`] : [])];
  const gpu = mod.create(flags);
  KEEP.add(gpu);
  return gpu;
}

/** The process's WebGPU entry point (navigator.gpu in a browser, Dawn in Node). */
export function getGpu(opts: Pick<DeviceOptions, 'dawnToggles'> = {}): Promise<GPU> {
  const nav = (globalThis as { navigator?: { gpu?: GPU } }).navigator;
  if (nav?.gpu) return Promise.resolve(nav.gpu);
  if (!isNode) return Promise.reject(new DeviceError('WebGPU is not available: navigator.gpu is undefined (a browser needs WebGPU enabled)'));
  const key = [...(opts.dawnToggles ?? [])].sort().join(',');
  let p = gpus.get(key);
  if (!p) {
    p = nodeGpu(opts.dawnToggles ?? []);
    p.catch(() => gpus.delete(key));
    gpus.set(key, p);
  }
  return p;
}

async function pickAdapter(gpu: GPU, opts: DeviceOptions): Promise<GPUAdapter> {
  let adapter: GPUAdapter | null = null;
  if (opts.adapter !== 'fallback') adapter = await gpu.requestAdapter({ powerPreference: opts.powerPreference ?? 'high-performance' });
  if (!adapter) adapter = await gpu.requestAdapter({ forceFallbackAdapter: true });
  if (!adapter) {
    throw new DeviceError(isNode
      ? 'no WebGPU adapter: no GPU with a Vulkan driver, and no SwiftShader (apt-get install libvulkan1 chromium-common, or set TEMPOFUSE_SWIFTSHADER_ICD)'
      : 'no WebGPU adapter (navigator.gpu.requestAdapter() gave none)');
  }
  return adapter;
}

/** The largest buffer a kernel may bind on the adapter GpuDevice.create would pick (its device requests
 *  the adapter's maxima), without creating a device: for checking sizes before any tensor is made. */
export async function adapterMaxBinding(opts: DeviceOptions = {}): Promise<{ bytes: number; adapter: string }> {
  const adapter = await pickAdapter(await getGpu(opts), opts);
  const info = adapter.info ?? ({} as GPUAdapterInfo);
  return {
    bytes: Math.min(adapter.limits.maxStorageBufferBindingSize, adapter.limits.maxBufferSize),
    adapter: info.description || info.architecture || info.vendor || 'WebGPU adapter',
  };
}

/** A device with its adapter, and the errors it reported outside any error scope. */
export class GpuDevice {
  private lostError: DeviceError | undefined;
  private uncaptured: DeviceError[] = [];
  private destroyed = false;

  private constructor(readonly gpu: GPU, readonly adapter: GPUAdapter, readonly device: GPUDevice, readonly summary: AdapterSummary) {
    KEEP.add(this);
    void device.lost.then((info) => {
      if (!this.destroyed) this.lostError = new DeviceError(`WebGPU device lost (${info.reason}): ${info.message || 'no message'}`);
    });
    const onError = (ev: Event) => {
      const err = (ev as GPUUncapturedErrorEvent).error;
      this.uncaptured.push(new DeviceError(`WebGPU ${err?.constructor?.name ?? 'error'} outside any operation: ${err?.message ?? String(err)}`));
    };
    if (typeof device.addEventListener === 'function') device.addEventListener('uncapturederror', onError);
    else (device as { onuncapturederror: unknown }).onuncapturederror = onError;
  }

  static async create(opts: DeviceOptions = {}): Promise<GpuDevice> {
    const gpu = await getGpu(opts);
    const adapter = await pickAdapter(gpu, opts);
    const info = adapter.info ?? ({} as GPUAdapterInfo);
    const summary: AdapterSummary = {
      vendor: info.vendor ?? '', architecture: info.architecture ?? '', device: info.device ?? '', description: info.description ?? '',
      fallback: Boolean((info as { isFallbackAdapter?: boolean }).isFallbackAdapter) || /swiftshader/i.test(`${info.architecture} ${info.description}`),
    };
    const requiredLimits: Record<string, number> = {};
    const limits = adapter.limits as unknown as Record<string, number>;
    for (const name of COMPUTE_LIMITS) if (typeof limits[name] === 'number') requiredLimits[name] = limits[name];
    for (const [name, want] of Object.entries(opts.requiredLimits ?? {})) {
      if (typeof limits[name] !== 'number') throw new DeviceError(`unknown WebGPU limit '${name}'`);
      if (want > limits[name]) throw new DeviceError(`the adapter (${summary.description || summary.architecture}) allows ${name} = ${limits[name]}`, { expected: `${name} >= ${want}`, found: `${limits[name]}` });
      requiredLimits[name] = want;
    }
    const requiredFeatures = (opts.optionalFeatures ?? ['shader-f16', 'timestamp-query', 'subgroups']).filter((f) => adapter.features.has(f)) as GPUFeatureName[];
    let device: GPUDevice;
    try {
      device = await adapter.requestDevice({ requiredFeatures, requiredLimits });
    } catch (e) {
      throw new DeviceError(`requesting a WebGPU device failed: ${(e as Error).message}`);
    }
    return new GpuDevice(gpu, adapter, device, summary);
  }

  get features(): ReadonlySet<string> { return this.device.features as unknown as ReadonlySet<string>; }
  get limits(): GPUSupportedLimits { return this.device.limits; }

  /** Throw the device's loss, or the first error it reported outside an error scope since the last check. */
  check(context: string): void {
    if (this.destroyed) throw new DeviceError(`${context}: the WebGPU device was destroyed`);
    if (this.lostError) throw new DeviceError(`${context}: ${this.lostError.detail}`);
    const e = this.uncaptured.shift();
    if (e) { this.uncaptured = []; throw new DeviceError(`${context}: ${e.detail}`); }
  }

  /** Run `fn` inside validation and out-of-memory error scopes; an error becomes a DeviceError naming `what`.
   *  Scopes are a stack per device: calls run one after another, so that concurrent ones (pipelines
   *  compiled in parallel) never catch each other's errors. */
  scoped<T>(what: string, fn: () => T | Promise<T>): Promise<T> {
    const run = this.scopes.then(() => this.inScopes(what, fn));
    this.scopes = run.then(() => undefined, () => undefined);
    return run;
  }

  private scopes: Promise<void> = Promise.resolve();

  private async inScopes<T>(what: string, fn: () => T | Promise<T>): Promise<T> {
    this.device.pushErrorScope('out-of-memory');
    this.device.pushErrorScope('validation');
    let result: T;
    try {
      result = await fn();
    } catch (e) {
      // the operation's own error says more than the scope's (which repeats it)
      await this.device.popErrorScope();
      await this.device.popErrorScope();
      throw e;
    }
    const validation = await this.device.popErrorScope();
    const oom = await this.device.popErrorScope();
    const err = validation ?? oom;
    if (err) throw new DeviceError(`${what}: WebGPU ${validation ? 'validation' : 'out-of-memory'} error: ${err.message.trim()}`);
    return result;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.device.destroy();
  }
}
