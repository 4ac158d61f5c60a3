// The parameters of a printed CUDA kernel, in signature order, and the C++ types of kernel values: what
// the printer declares and what a runtime passes to cuLaunchKernel.
//
// Signature (in order; cudaSignature() lists it):
//   1. one device pointer per kernel buffer, in kernel.buffers order
//      (`const T* __restrict__` when read-only, `T* __restrict__` when written; buffers must not alias);
//   2. unless every uniform is specialised: the struct `<kernel>_params` by value, one 32-bit int per sym in
//      kernel.syms order (4 * syms.length bytes, 4-byte aligned, no padding);
//   3. if kernel.traps: `unsigned int* status`, a device word the kernel raises with atomicMax(status, code).
// Launch with blockDim = (mapping.workgroupSize, 1, 1) and the manifest's workgroups as gridDim (x, y, 1).
import type { Kernel, KType } from '../kir.ts';

export type CudaStorage = 'float' | '__half' | 'int' | 'unsigned int' | 'float2';

/** One parameter of a printed kernel, in signature order. */
export type CudaParam =
  | { readonly kind: 'buffer'; readonly name: string; readonly buffer: number; readonly type: CudaStorage; readonly access: 'read' | 'read_write' }
  | { readonly kind: 'params'; readonly name: 'p'; readonly type: string; readonly bytes: number }
  | { readonly kind: 'status'; readonly name: 'status' };

/** The parameters of a kernel's CUDA function, in order: what the runtime's kernel-argument array holds. */
export function cudaSignature(kernel: Kernel, opts: { specialized?: boolean } = {}): CudaParam[] {
  const out: CudaParam[] = kernel.buffers.map((b, i) => ({ kind: 'buffer', name: b.name, buffer: i, type: storageType(b.t), access: b.access }));
  if (!opts.specialized && kernel.syms.length > 0) out.push({ kind: 'params', name: 'p', type: paramsType(kernel), bytes: cudaParamsBytes(kernel) });
  if (kernel.traps) out.push({ kind: 'status', name: 'status' });
  return out;
}

/** Size in bytes of the params struct passed by value: one 32-bit int per sym. */
export const cudaParamsBytes = (kernel: Kernel): number => 4 * kernel.syms.length;

/** The C++ name of a kernel's params struct. */
export const paramsType = (kernel: Kernel) => `${kernel.name}_params`;

/** The element type of a buffer holding `t` (bool as unsigned int, c64 as float2). */
export function storageType(t: KType): CudaStorage {
  switch (t) {
    case 'f32': return 'float';
    case 'f16': return '__half';
    case 'i32': return 'int';
    case 'u32': case 'bool': return 'unsigned int';
    case 'c64': return 'float2';
  }
}

/** The C++ type of a kernel value of type `t`. */
export function valueType(t: KType): string {
  return t === 'bool' ? 'bool' : storageType(t);
}
