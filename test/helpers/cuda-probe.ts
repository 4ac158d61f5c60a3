// Whether this machine can run CUDA: the addon builds and the driver lists a device. A machine with an
// NVIDIA driver must build the addon (a failure there is an error, not a skip); elsewhere the reason is
// returned for the suite's one skipped test to say.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildCudaAddon } from '../../runtime/cuda/build.ts';
import { listCudaDevices, NoCudaDeviceError, type CudaDeviceInfo } from '../../runtime/cuda/index.ts';

/** Whether this machine looks like it has an NVIDIA driver (then the addon must build and load). */
function driverPresent(): boolean {
  if (existsSync('/dev/nvidiactl')) return true;
  try {
    return execFileSync('/sbin/ldconfig', ['-p'], { encoding: 'utf8' }).includes('libcuda.so.1');
  } catch {
    return false;
  }
}

export type CudaProbe = { ok: true; devices: CudaDeviceInfo[] } | { ok: false; reason: string };

export async function probeCuda(): Promise<CudaProbe> {
  try {
    await buildCudaAddon();
  } catch (e) {
    if (driverPresent()) throw e; // a GPU machine must build the addon: fail, do not skip
    return { ok: false, reason: `no CUDA driver here, and the CUDA addon did not build (${(e as Error).message.split('\n')[0]})` };
  }
  try {
    const devices = await listCudaDevices();
    return devices.length ? { ok: true, devices } : { ok: false, reason: 'the CUDA driver reports no devices' };
  } catch (e) {
    if (e instanceof NoCudaDeviceError) return { ok: false, reason: e.message };
    throw e;
  }
}
