// How a kernel's WGSL module is bound: what the printer (codegen/wgsl/printer.ts) declares and the runtime
// binds, in one place. Part of the artifact format, free of Node APIs and of the compiler, so that a browser
// runtime can bind precompiled modules without the printer.
import type { Kernel } from './kernel-ir.ts';

/** How f16 buffers are stored: `array<f16>` with `enable f16;` (needs the device feature shader-f16), or
 *  `array<f32>` holding f16-rounded values. */
export type F16Mode = 'native' | 'f32-storage';

export interface WgslBinding {
  readonly binding: number;
  readonly kind: 'buffer' | 'params' | 'status';
  /** Name in the WGSL source (buffers: the kernel's buffer name). */
  readonly name: string;
  /** For kind 'buffer': index into kernel.buffers. */
  readonly buffer?: number;
  readonly access: 'read' | 'read_write' | 'uniform';
}

/** The bindings of a kernel's module (all in group 0), in binding order: the kernel's buffers, then the uniform
 *  struct `params` unless every uniform is specialised into the source, then the status word if the kernel traps. */
export function wgslBindings(kernel: Kernel, opts: { specialized: boolean }): WgslBinding[] {
  const out: WgslBinding[] = kernel.buffers.map((b, i) => ({ binding: i, kind: 'buffer', name: b.name, buffer: i, access: b.access }));
  if (!opts.specialized && kernel.syms.length > 0) out.push({ binding: out.length, kind: 'params', name: 'params', access: 'uniform' });
  if (kernel.traps) out.push({ binding: out.length, kind: 'status', name: 'status', access: 'read_write' });
  return out;
}

/** Size in bytes of a kernel's uniform buffer: one i32 per sym in declaration order, padded to 16 bytes. */
export const paramsBytes = (kernel: Kernel): number => Math.max(16, Math.ceil((kernel.syms.length * 4) / 16) * 16);

/** The uniform buffer's contents for one launch. */
export function paramsData(kernel: Kernel, values: readonly number[]): Int32Array {
  const data = new Int32Array(paramsBytes(kernel) / 4);
  values.forEach((v, i) => { data[i] = v; });
  return data;
}

/** Whether the kernel stores or loads f16 (so that 'native' mode needs `enable f16;`). */
export function usesF16(kernel: Kernel): boolean {
  return kernel.buffers.some((b) => b.t === 'f16') || kernel.shared.some((s) => s.t === 'f16');
}

/** Bytes of workgroup memory a kernel declares. */
export function sharedBytes(kernel: Kernel, f16: F16Mode): number {
  const size = (t: string) => (t === 'c64' ? 8 : t === 'f16' && f16 === 'native' ? 2 : 4);
  return kernel.shared.reduce((a, s) => a + s.size * size(s.t), 0);
}
