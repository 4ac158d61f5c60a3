// Loading the CUDA addon, lazily: importing this module (or anything in runtime/cuda/) loads nothing native;
// the compiled .node file is required at the first call of loadAddon(), and the driver (libcuda.so.1) is
// dlopen'ed by the addon at the first call of a Driver method. When the addon is not built, loadAddon()
// throws a TargetError saying how to build it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { TargetError } from '../../ir/errors.ts';
import { ADDON_FILE } from './build.ts';

export interface DriverInfo {
  /** The library path or name the driver is loaded from. */
  readonly library: string;
  readonly loaded: boolean;
  /** Why the driver is not usable ("no CUDA device: ..."), or null. */
  readonly error: string | null;
  readonly cudaResult?: string;
  /** CUDA version the driver supports, 1000 * major + 10 * minor (e.g. 13000). */
  readonly driverVersion: number | null;
  /** How entry points were resolved: "cuGetProcAddress_v2" (CUDA 12+) or "cuGetProcAddress" (11.3+). */
  readonly getProcAddress: string | null;
  /** Every resolved entry point: the variant and the ABI version asked for. */
  readonly entryPoints: readonly { symbol: string; version: number }[];
}

export interface NativeDeviceInfo {
  readonly ordinal: number;
  readonly name: string;
  readonly computeCapability: readonly [number, number];
  readonly totalMemory: number;
  readonly multiprocessors: number;
  readonly maxThreadsPerBlock: number;
  readonly maxSharedMemoryPerBlock: number;
  readonly maxSharedMemoryPerBlockOptin: number;
  readonly maxGrid: readonly [number, number, number];
  readonly warpSize: number;
  readonly clockKHz: number;
  readonly memoryClockKHz: number;
  readonly memoryBusWidth: number;
  readonly l2CacheBytes: number;
  readonly pciBusId: number;
}

export interface NativeFunctionInfo {
  readonly name: string;
  readonly maxThreadsPerBlock: number;
  readonly sharedBytes: number;
  readonly localBytes: number;
  readonly registers: number;
  readonly ptxVersion: number;
  readonly binaryVersion: number;
}

/** A kernel argument: a device pointer (bigint), an i32 (number), or bytes passed by value (a struct). */
export type KernelArg = bigint | number | ArrayBufferView | ArrayBuffer;
export type Dim3 = readonly [number, number, number];

/** The addon's Driver: one per driver library; each method's contract is beside it in native/ (driver_load.cc,
 *  driver_memory.cc, driver_kernels.cc, nvrtc.cc). */
export interface NativeDriver {
  info(): DriverInfo;
  deviceCount(): number;
  deviceInfo(ordinal: number): NativeDeviceInfo;
  memInfo(ordinal: number): { free: number; total: number };
  alloc(ordinal: number, bytes: number): bigint;
  free(ptr: bigint): void;
  memset(ptr: bigint, byte: number, bytes: number): void;
  upload(ptr: bigint, data: ArrayBufferView | ArrayBuffer, offset?: number): void;
  copy(dst: bigint, src: bigint, bytes: number): void;
  download(ptr: bigint, bytes: number, offset?: number): Promise<ArrayBuffer>;
  loadModule(ordinal: number, image: ArrayBufferView | ArrayBuffer): bigint;
  unloadModule(module: bigint): void;
  getFunction(module: bigint, name: string): bigint;
  functionInfo(fn: bigint): NativeFunctionInfo;
  launch(fn: bigint, grid: Dim3, block: Dim3, sharedBytes: number, args: readonly KernelArg[]): void;
  synchronize(ordinal: number): Promise<void>;
  eventCreate(ordinal: number): bigint;
  eventRecord(event: bigint): void;
  eventElapsed(start: bigint, end: bigint): number;
  eventDestroy(event: bigint): void;
  release(ordinal: number): void;
}

export interface NvrtcLoadInfo {
  readonly loaded: boolean;
  readonly path: string | null;
  readonly version: readonly [number, number] | null;
  /** Why each path tried did not load. */
  readonly errors: readonly string[];
}

export interface NativeAddon {
  readonly Driver: new (library?: string) => NativeDriver;
  nvrtcLoad(paths: readonly string[]): NvrtcLoadInfo;
  nvrtcCompile(source: string, name: string, options: readonly string[], cubin: boolean): Promise<{ code: Uint8Array; log: string }>;
  readonly abiVersion: number;
}

/** The addon file to load: $TEMPOFUSE_CUDA_ADDON, else the build output. */
export const addonPath = (): string => process.env.TEMPOFUSE_CUDA_ADDON || ADDON_FILE;

export const addonBuilt = (): boolean => existsSync(addonPath());

export const BUILD_HINT = 'build it with `npm run build:cuda` in the tempofuse folder (needs g++, make and python3; no CUDA toolkit or GPU)';

let addon: NativeAddon | undefined;

/** The addon, loaded at the first call. */
export function loadAddon(): NativeAddon {
  if (addon) return addon;
  const path = addonPath();
  if (!existsSync(path)) throw new TargetError(`the CUDA runtime addon is not built (no ${path}): ${BUILD_HINT}`);
  try {
    addon = createRequire(import.meta.url)(path) as NativeAddon;
  } catch (e) {
    throw new TargetError(`the CUDA runtime addon ${path} does not load (${(e as Error).message}): rebuild it with \`npm run build:cuda -- --force\``);
  }
  return addon;
}

const drivers = new Map<string, NativeDriver>();

/** The Driver for a library (default $TEMPOFUSE_LIBCUDA, else libcuda.so.1), one per library per process.
 *  Creating it loads nothing: the library is opened at its first call. */
export function getDriver(library = process.env.TEMPOFUSE_LIBCUDA || 'libcuda.so.1'): NativeDriver {
  let d = drivers.get(library);
  if (!d) {
    d = new (loadAddon().Driver)(library);
    drivers.set(library, d);
  }
  return d;
}
