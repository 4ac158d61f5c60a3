// A CUDA device through the addon: the runtime interface tempofuse's runtimes share (allocate, upload,
// download, launch, synchronize, time), plus module loading. Work is ordered on one stream per device:
// upload, zero, launch and event records return at once; download and synchronize return Promises settled
// on a worker thread, so the event loop never waits for the GPU. Every failure is typed: NoCudaDeviceError
// (a TargetError) when CUDA is not usable here, CudaError (a DeviceError naming the CUDA call and its
// CUresult) when a call fails.
import { getDriver, type Dim3, type KernelArg, type NativeDeviceInfo, type NativeDriver, type NativeFunctionInfo } from './addon.ts';
import { NoCudaDeviceError, native, nativeAsync } from './errors.ts';

export interface CudaDeviceInfo extends NativeDeviceInfo {
  /** The SASS architecture of the device, e.g. "sm_90". */
  readonly arch: string;
}

export interface CudaBuffer {
  readonly ptr: bigint;
  readonly bytes: number;
}

export interface CudaOpenOptions {
  /** Device ordinal (default 0). */
  readonly ordinal?: number;
  /** The driver library (default $TEMPOFUSE_LIBCUDA, else libcuda.so.1). */
  readonly library?: string;
}

export interface LaunchConfig {
  readonly grid: Dim3;
  readonly block: Dim3;
  /** Dynamic shared memory in bytes (default 0). */
  readonly sharedBytes?: number;
  readonly args: readonly KernelArg[];
}

/** A kernel function of a loaded module. */
export class CudaKernel {
  private cachedInfo: NativeFunctionInfo | undefined;
  constructor(private readonly driver: NativeDriver, readonly handle: bigint, readonly name: string) {}
  /** Registers, static shared memory and the largest block the compiled code allows. */
  get info(): NativeFunctionInfo {
    return (this.cachedInfo ??= native(`kernel ${this.name}`, () => this.driver.functionInfo(this.handle)));
  }
}

export class CudaModule {
  private readonly kernels = new Map<string, CudaKernel>();
  constructor(private readonly driver: NativeDriver, readonly handle: bigint, readonly label: string) {}
  function(name: string): CudaKernel {
    let k = this.kernels.get(name);
    if (!k) {
      const handle = native(`module ${this.label}`, () => this.driver.getFunction(this.handle, name));
      k = new CudaKernel(this.driver, handle, name);
      this.kernels.set(name, k);
    }
    return k;
  }
  unload(): void {
    native(`unloading ${this.label}`, () => this.driver.unloadModule(this.handle));
  }
}

/** Devices the driver sees. Rejects with NoCudaDeviceError when CUDA is not usable here. */
export async function listCudaDevices(library?: string): Promise<CudaDeviceInfo[]> {
  const driver = getDriver(library);
  const n = native(undefined, () => driver.deviceCount());
  return Array.from({ length: n }, (_, i) => describe(native(undefined, () => driver.deviceInfo(i))));
}

function describe(info: NativeDeviceInfo): CudaDeviceInfo {
  return { ...info, arch: `sm_${info.computeCapability[0]}${info.computeCapability[1]}` };
}

const opened = new Map<string, CudaDevice>();

export class CudaDevice {
  private disposed = false;
  private refs = 1;
  private readonly live = new Set<bigint>();

  private constructor(readonly driver: NativeDriver, readonly ordinal: number, readonly info: CudaDeviceInfo) {}

  /** Open a device (its primary context). Rejects with NoCudaDeviceError when there is none. Opening an
   *  open device gives the same object; it is released when every opener has destroyed it. */
  static async open(opts: CudaOpenOptions = {}): Promise<CudaDevice> {
    const ordinal = opts.ordinal ?? 0;
    const library = opts.library ?? (process.env.TEMPOFUSE_LIBCUDA || 'libcuda.so.1');
    const driver = getDriver(library);
    const key = `${library}#${ordinal}`;
    const existing = opened.get(key);
    if (existing && !existing.disposed) {
      existing.refs++;
      return existing;
    }
    const n = native(undefined, () => driver.deviceCount());
    if (ordinal < 0 || ordinal >= n || !Number.isInteger(ordinal)) {
      throw new NoCudaDeviceError(`no CUDA device with ordinal ${ordinal}: the driver reports ${n} device(s)`);
    }
    const info = describe(native(undefined, () => driver.deviceInfo(ordinal)));
    native(`opening CUDA device ${ordinal}`, () => driver.memInfo(ordinal)); // retains the primary context
    const device = new CudaDevice(driver, ordinal, info);
    opened.set(key, device);
    return device;
  }

  private check(what: string): void {
    if (this.disposed) throw new NoCudaDeviceError(`${what}: CUDA device ${this.ordinal} was destroyed`);
  }

  memInfo(): { free: number; total: number } {
    this.check('memInfo');
    return native('memInfo', () => this.driver.memInfo(this.ordinal));
  }

  allocate(bytes: number): CudaBuffer {
    this.check('allocate');
    const ptr = native(`allocating ${bytes} bytes`, () => this.driver.alloc(this.ordinal, bytes));
    this.live.add(ptr);
    return { ptr, bytes };
  }

  free(buf: CudaBuffer): void {
    this.check('free');
    if (!this.live.delete(buf.ptr)) return;
    native('free', () => this.driver.free(buf.ptr));
  }

  /** Set every byte of the buffer (or `bytes` of it) to zero, in stream order. */
  zero(buf: CudaBuffer, bytes = buf.bytes): void {
    this.check('zero');
    native('zero', () => this.driver.memset(buf.ptr, 0, bytes));
  }

  /** Host -> device, in stream order; `data` may be reused as soon as this returns. */
  /** Stream-ordered copy of `bytes` from one buffer to another. */
  copy(to: CudaBuffer, from: CudaBuffer, bytes: number): void {
    this.check('copy');
    native('copy', () => this.driver.copy(to.ptr, from.ptr, bytes));
  }

  upload(buf: CudaBuffer, data: ArrayBufferView | ArrayBuffer, offset = 0): void {
    this.check('upload');
    native('upload', () => this.driver.upload(buf.ptr, data, offset));
  }

  /** Device -> host after the work queued before it. */
  async download(buf: CudaBuffer, bytes = buf.bytes, offset = 0): Promise<Uint8Array> {
    this.check('download');
    return new Uint8Array(await nativeAsync('download', () => this.driver.download(buf.ptr, bytes, offset)));
  }

  /** Load PTX text, a cubin or a fatbin. `label` names it in errors (e.g. the file). */
  loadModule(image: Uint8Array | string, label = 'module'): CudaModule {
    this.check('loadModule');
    const bytes = typeof image === 'string' ? new TextEncoder().encode(image) : image;
    const handle = native(`loading ${label}`, () => this.driver.loadModule(this.ordinal, bytes));
    return new CudaModule(this.driver, handle, label);
  }

  launch(kernel: CudaKernel, cfg: LaunchConfig): void {
    this.check('launch');
    native(undefined, () => this.driver.launch(kernel.handle, cfg.grid, cfg.block, cfg.sharedBytes ?? 0, cfg.args));
  }

  /** Resolves when everything queued so far has run; a kernel fault rejects it (CudaError, cuStreamSynchronize). */
  async synchronize(): Promise<void> {
    this.check('synchronize');
    await nativeAsync(undefined, () => this.driver.synchronize(this.ordinal));
  }

  /** Time the GPU work `enqueue` queues, with CUDA events around it; waits for it to finish. */
  async time<T>(enqueue: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
    const start = this.createEvent();
    const end = this.createEvent();
    try {
      start.record();
      const result = await enqueue();
      end.record();
      await this.synchronize();
      return { result, ms: start.elapsedTo(end) };
    } finally {
      start.destroy();
      end.destroy();
    }
  }

  createEvent(): CudaEvent {
    this.check('createEvent');
    return new CudaEvent(this.driver, native('createEvent', () => this.driver.eventCreate(this.ordinal)));
  }

  /** Once every opener has called it (open() twice, destroy() twice): free everything this process holds on the device and release its
   *  primary context. */
  destroy(): void {
    if (this.disposed || --this.refs > 0) return;
    this.disposed = true;
    this.live.clear();
    native(`releasing CUDA device ${this.ordinal}`, () => this.driver.release(this.ordinal));
  }
}

export class CudaEvent {
  constructor(private readonly driver: NativeDriver, readonly handle: bigint) {}
  /** Record in the device's stream. */
  record(): void { native('eventRecord', () => this.driver.eventRecord(this.handle)); }
  /** Milliseconds from this event to `end`; both must have completed (after synchronize()). */
  elapsedTo(end: CudaEvent): number { return native('eventElapsed', () => this.driver.eventElapsed(this.handle, end.handle)); }
  destroy(): void { native('eventDestroy', () => this.driver.eventDestroy(this.handle)); }
}
