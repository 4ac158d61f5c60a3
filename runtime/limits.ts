// Checking that a run fits before any tensor is drawn or read: the host memory its inputs and parameters
// take, (WebGPU) the largest buffer the device binds, and (CUDA) the device memory that is free. Drawing a tensor that cannot be held or uploaded
// wastes minutes and ends in an out-of-memory crash; refusing it from the declared types takes no time.
import { freemem } from 'node:os';
import { lanes } from '../ir/dtype.ts';
import { LimitError } from '../ir/errors.ts';
import { formatType, type TensorType } from '../ir/graph.ts';
import { hostElementBytes, numel } from '../ir/tensor.ts';
import type { Declared } from './bindings.ts';
import { elementBytes, storageBytes } from './device-data.ts';
import type { TargetName } from './targets.ts';

export const hostBytes = (t: TensorType): number => numel(t.shape) * hostElementBytes(t.dtype);

export type DeclaredGroup = { readonly kind: string; readonly declared: readonly Declared[] };

/** A tensor's bytes in words: "1.20 GB". */
export const formatBytes = (n: number): string =>
  n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${n} bytes`;

/** Memory a new allocation may take: what the OS (and the process's cgroup) has available. Tensors are
 *  typed arrays, held outside V8's heap, so the heap limit does not bound them. */
export function availableHostBytes(): number {
  const avail = (process as { availableMemory?: () => number }).availableMemory?.();
  return typeof avail === 'number' && avail > 0 ? avail : freemem();
}

export interface HostNeed {
  readonly bytes: number;
  /** The largest tensor, which the message names. */
  readonly largest?: { readonly kind: string; readonly t: Declared; readonly bytes: number };
}

/** Host bytes of the tensors a run holds: inputs and parameters at their own dtype, plus the device copy
 *  an upload makes where the device stores the dtype otherwise (bool as u32, f16 as half bits); outputs
 *  as the reference computes them (float64), or on a device at their dtype plus the read-back buffer. */
export function hostNeed(tensors: readonly DeclaredGroup[], opts: { device?: boolean } = {}): HostNeed {
  let bytes = 0;
  let largest: HostNeed['largest'];
  for (const { kind, declared } of tensors) {
    for (const t of declared) {
      const n = numel(t.shape);
      const held = kind === 'output' && !opts.device ? 8 * lanes(t.dtype) * n : hostBytes(t);
      const copy = kind === 'output' ? (opts.device ? n * elementBytes(t.dtype) : 0)
        : opts.device && (t.dtype === 'bool' || t.dtype === 'f16') ? n * elementBytes(t.dtype) : 0;
      bytes += held + copy;
      if (!largest || held > largest.bytes) largest = { kind, t, bytes: held };
    }
  }
  return { bytes, largest };
}

/** Refuse a run whose tensors need more host memory than `available` (default: what is available now). */
export function checkHostMemory(need: HostNeed, what: string, available = availableHostBytes()): void {
  if (need.bytes <= available) return;
  const l = need.largest!;
  throw new LimitError(`${what} needs ${formatBytes(need.bytes)} of host memory, more than is available (largest: ${l.kind} '${l.t.name}' ${formatType(l.t)}, ${formatBytes(l.bytes)})`, {
    expected: `at most ${formatBytes(available)}`, found: formatBytes(need.bytes), loc: l.t.loc,
  });
}

/** Refuse a tensor larger than the device binds in one buffer. f16 is counted at 2 bytes (the least any
 *  device stores it in): what is refused here fails on every device. */
export function checkDeviceBinding(tensors: readonly DeclaredGroup[], max: { bytes: number; device: string }): void {
  for (const { kind, declared } of tensors) {
    for (const t of declared) {
      const bytes = storageBytes(t);
      if (bytes <= max.bytes) continue;
      throw new LimitError(`${kind} '${t.name}' (${formatType(t)}) takes ${formatBytes(bytes)} on the device; ${max.device} binds at most ${formatBytes(max.bytes)} per buffer`, {
        expected: `at most ${max.bytes} bytes`, found: `${bytes} bytes`, loc: t.loc,
      });
    }
  }
}

/** Refuse a run whose device buffers take more than the device has free. `largest` names the value that
 *  takes the most (for the message); `what` says whose buffers they are. */
export function checkDeviceMemory(bytes: number, free: { bytes: number; device: string }, what: string, largest?: { name: string; bytes: number; loc?: string }): void {
  if (bytes <= free.bytes) return;
  throw new LimitError(`${what} needs ${formatBytes(bytes)} of device memory; ${free.device} has ${formatBytes(free.bytes)} free` +
    (largest ? ` (largest: ${largest.name}, ${formatBytes(largest.bytes)})` : ''), {
    expected: `at most ${free.bytes} bytes`, found: `${bytes} bytes`, loc: largest?.loc,
  });
}

/** Device bytes of the declared tensors, and the largest of them. */
export function deviceNeed(tensors: readonly DeclaredGroup[]): { bytes: number; largest?: { name: string; bytes: number; loc?: string } } {
  let bytes = 0;
  let largest: { name: string; bytes: number; loc?: string } | undefined;
  for (const { kind, declared } of tensors) {
    for (const t of declared) {
      const b = storageBytes(t);
      bytes += b;
      if (!largest || b > largest.bytes) largest = { name: `${kind} '${t.name}' ${formatType(t)}`, bytes: b, loc: t.loc };
    }
  }
  return { bytes, largest };
}

/** Everything a run on `target` can be refused for before its tensors are drawn or read: host memory,
 *  (WebGPU) each tensor against the largest buffer the adapter binds, (CUDA) inputs, parameters and
 *  outputs against the device's free memory (intermediates are checked when the program is loaded). */
export async function checkRunFits(name: string, target: TargetName, tensors: readonly DeclaredGroup[]): Promise<void> {
  // outputs are checked against the device when the program is loaded, with every other stored value
  checkHostMemory(hostNeed(tensors, { device: target !== 'reference' }), `running ${name}`);
  if (target === 'cuda') {
    const { CudaDevice } = await import('./cuda/device.ts');
    const device = await CudaDevice.open();
    try {
      const need = deviceNeed(tensors);
      checkDeviceMemory(need.bytes, { bytes: device.memInfo().free, device: `CUDA device ${device.ordinal} (${device.info.name})` }, `running ${name}`, need.largest);
    } finally {
      device.destroy();
    }
  }
  if (target !== 'webgpu') return;
  const { adapterMaxBinding } = await import('./webgpu/device.ts');
  const max = await adapterMaxBinding();
  checkDeviceBinding(tensors.filter((g) => g.kind !== 'output'), { bytes: max.bytes, device: max.adapter });
}
