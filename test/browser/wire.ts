// What crosses between the Node test and the page: JSON, with what plain JSON would lose kept exactly.
// Tensors travel as dtype, shape and their float64 values in base64 (NaN, infinities and -0 intact); Maps as
// entry lists; numbers that JSON cannot spell (NaN, +-Infinity, -0, e.g. a kernel IR constant) as tagged
// strings. Runs in Node and in the browser alike (btoa/atob, no Buffer).
import type { PrintedModule } from '../../artifact/manifest.ts';
import type { Program } from '../../artifact/program.ts';
import type { DType } from '../../ir/dtype.ts';
import { Tensor } from '../../ir/tensor.ts';
import type { LoadOptions } from '../../runtime/webgpu/executor.ts';

/** One program for the page to load and run. */
export interface Job {
  readonly id: string;
  /** The program without its graph (the runtime does not need it). */
  readonly program: Program;
  /** Modules printed in Node: the page runs the runtime alone. */
  readonly modules: readonly PrintedModule[];
  readonly load: Omit<LoadOptions, 'modules'>;
  readonly inputs: ReadonlyMap<string, Tensor>;
  readonly params: ReadonlyMap<string, Tensor>;
}

/** What the page sends back for a job. */
export type JobResult =
  | { readonly ok: true; readonly outputs: ReadonlyMap<string, Tensor>; readonly launches: number; readonly modules: number; readonly ms: number }
  | { readonly ok: false; readonly error: { readonly name: string; readonly message: string } };

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function encode(value: unknown): string {
  return JSON.stringify(value, function (_key, v: unknown) {
    // `this[key]` is the value before any toJSON; Tensors and Maps have none, so `v` is the same object
    if (v instanceof Tensor) {
      const d = Float64Array.from(v.data); // sent as float64 whatever the tensor's storage
      return { $tensor: { dtype: v.dtype, shape: v.shape, f64: toBase64(new Uint8Array(d.buffer, d.byteOffset, d.byteLength)) } };
    }
    if (v instanceof Map) return { $map: [...v.entries()] };
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) return { $num: Object.is(v, -0) ? '-0' : String(v) };
    return v;
  });
}

export function decode<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    if ('$num' in o) return o.$num === '-0' ? -0 : Number(o.$num);
    if ('$map' in o) return new Map(o.$map as [unknown, unknown][]);
    if ('$tensor' in o) {
      const t = o.$tensor as { dtype: DType; shape: number[]; f64: string };
      const bytes = fromBase64(t.f64);
      return new Tensor(t.dtype, t.shape, new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8));
    }
    return v;
  }) as T;
}
