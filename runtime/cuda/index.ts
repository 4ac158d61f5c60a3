// The CUDA runtime, public surface. Importing it loads nothing native: the addon (runtime/cuda/native/,
// built by `npm run build:cuda`) is required at the first call that needs it, and the driver is opened at
// the first call that talks to it. Without the addon built, calls throw a TargetError saying how to build
// it; without a driver or device, a NoCudaDeviceError (also a TargetError) saying why.
import { addonBuilt, addonPath, getDriver, loadAddon, type DriverInfo } from './addon.ts';
import { addonUpToDate } from './build.ts';
import { listCudaDevices, type CudaDeviceInfo } from './device.ts';
import { loadNvrtc, nvrtcCandidates } from './nvrtc.ts';

export { CudaDevice, CudaEvent, CudaKernel, CudaModule, listCudaDevices, type CudaBuffer, type CudaDeviceInfo, type CudaOpenOptions, type LaunchConfig } from './device.ts';
export { CudaExecutor, chooseImage, folderFiles, type CudaExecutorOptions, type CudaRunOptions, type KernelFiles, type KernelImage, type KernelValues, type LaunchTiming, type RunTiming } from './executor.ts';
export { CudaError, NoCudaDeviceError } from './errors.ts';
export { compileWithNvrtc, loadNvrtc, nvrtcCandidates } from './nvrtc.ts';
export { fromDeviceData, storageBytes, toDeviceData } from '../device-data.ts';
export { addonBuilt, addonPath, BUILD_HINT, type DriverInfo, type KernelArg } from './addon.ts';
export { buildCudaAddon, ADDON_FILE } from './build.ts';

/** What `tempofuse doctor` reports about CUDA. Never throws. */
export interface CudaStatus {
  readonly addon: { readonly built: boolean; readonly path: string; readonly upToDate: boolean; readonly error?: string };
  readonly driver?: DriverInfo;
  readonly devices?: readonly CudaDeviceInfo[];
  /** Why there are no devices, when there are none. */
  readonly devicesError?: string;
  readonly nvrtc?: { readonly loaded: boolean; readonly path: string | null; readonly version: readonly [number, number] | null; readonly tried: readonly string[] };
  /** Whether CUDA kernels can run here: the addon loads and a device exists. */
  readonly available: boolean;
}

export async function cudaStatus(): Promise<CudaStatus> {
  const path = addonPath();
  const built = addonBuilt();
  const addon = { built, path, upToDate: built && (process.env.TEMPOFUSE_CUDA_ADDON ? true : addonUpToDate()) };
  if (!built) return { addon, available: false };
  try {
    loadAddon();
  } catch (e) {
    return { addon: { ...addon, error: (e as Error).message }, available: false };
  }
  const driver = getDriver().info();
  let devices: CudaDeviceInfo[] | undefined;
  let devicesError: string | undefined;
  try {
    devices = await listCudaDevices();
    if (!devices.length) devicesError = 'the driver reports no devices';
  } catch (e) {
    devicesError = (e as Error).message;
  }
  let nvrtc: CudaStatus['nvrtc'];
  try {
    const n = loadNvrtc();
    nvrtc = { loaded: n.loaded, path: n.path, version: n.version, tried: nvrtcCandidates() };
  } catch { /* the addon loaded above; nothing else can fail here */ }
  return { addon, driver, devices, devicesError, nvrtc, available: !!devices?.length };
}
