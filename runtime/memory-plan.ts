// Device memory for a compiled program, backend-neutral (the WebGPU and CUDA runtimes share it). Inputs,
// parameters, constants and outputs each own a buffer for the program's lifetime. An intermediate lives from
// the launch that writes it to the last launch that reads it; intermediates whose lifetimes are disjoint
// share a buffer. Assignment is greedy by size: largest value first, each into the smallest existing buffer
// that holds no value live at the same time (every existing buffer is at least as large, since values come
// in decreasing size), else into a new buffer. A value read by a launch never shares a buffer with a value
// that launch writes (lifetimes are closed intervals of launch indices and must not touch), so no dispatch
// binds one buffer twice. An accumulating kernel's output is written first by the zero-fill launch before
// it, so its lifetime starts there: it shares no buffer with a value live at the fill or at the scatter.
import type { Program, StoredValue } from '../artifact/program.ts';
import { InternalError } from '../ir/errors.ts';
import { storageBytes } from './device-data.ts';

export interface Lifetime {
  readonly node: number;
  /** Index of the launch that writes the value (-1 for values the caller or the program provides). */
  readonly first: number;
  /** Index of the last launch that reads or writes it (launches.length for outputs: read back at the end). */
  readonly last: number;
}

export interface PlannedBuffer {
  readonly index: number;
  /** Allocation size in bytes (a multiple of `align`, at least `align`). */
  readonly bytes: number;
  /** Whether intermediates share it (false: it belongs to one input, param, const or output). */
  readonly shared: boolean;
  /** Node ids of the values it holds, in the order they are assigned. */
  readonly values: readonly number[];
}

export interface MemoryPlan {
  readonly buffers: readonly PlannedBuffer[];
  /** Buffer index of every stored value, by node id. */
  readonly bufferOf: ReadonlyMap<number, number>;
  readonly lifetimes: ReadonlyMap<number, Lifetime>;
  /** Bytes of every stored value as this backend stores it (before alignment), by node id. */
  readonly bytesOf: ReadonlyMap<number, number>;
  /** Sum of the buffers' sizes. */
  readonly totalBytes: number;
  /** What one buffer per value would take (aligned likewise). */
  readonly unsharedBytes: number;
}

export interface MemoryPlanOptions {
  /** Share buffers between intermediates (default true; false gives every value its own buffer, e.g. to read
   *  back every intermediate after a run). */
  readonly reuse?: boolean;
  /** Allocation granularity in bytes (default 4: WebGPU copies and bindings work in 4-byte units). */
  readonly align?: number;
  /** Bytes a value takes on the backend (default: storageBytes with f16 stored as f16). */
  readonly bytes?: (v: StoredValue) => number;
}

/** Bytes of a value as kernels store it: bool as u32, c64 as two f32, f16 as 2 bytes or (f32 storage) 4. */
/** Lifetimes of every stored value: the launches that write and read it. */
export function lifetimes(program: Program): Map<number, Lifetime> {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const kernels = new Map(program.kernels.map((k) => [k.name, k] as const));
  program.launches.forEach((l, i) => {
    const kernel = kernels.get(l.kernel);
    if (!kernel) throw new InternalError(`memory plan: launch ${i} names kernel '${l.kernel}', which the program lacks`);
    l.bindings.forEach((node, b) => {
      if (kernel.buffers[b].access === 'read_write' && !first.has(node)) first.set(node, i);
      last.set(node, i);
    });
  });
  const end = program.launches.length;
  const out = new Map<number, Lifetime>();
  for (const v of program.values) {
    const provided = v.role === 'input' || v.role === 'param' || v.role === 'const';
    const f = provided ? -1 : first.get(v.node) ?? last.get(v.node) ?? -1;
    const l = v.role === 'output' || provided ? end : last.get(v.node) ?? f;
    out.set(v.node, { node: v.node, first: f, last: Math.max(f, l) });
  }
  return out;
}

export function planMemory(program: Program, opts: MemoryPlanOptions = {}): MemoryPlan {
  const align = opts.align ?? 4;
  const reuse = opts.reuse ?? true;
  const sizeOf = opts.bytes ?? ((v: StoredValue) => storageBytes(v));
  const alloc = (bytes: number) => Math.max(align, Math.ceil(bytes / align) * align);
  const life = lifetimes(program);
  const bytesOf = new Map(program.values.map((v) => [v.node, sizeOf(v)] as const));

  const buffers: { bytes: number; shared: boolean; values: number[] }[] = [];
  const bufferOf = new Map<number, number>();
  // owned buffers first, in the program's value order
  for (const v of program.values) {
    if (v.role === 'intermediate' && reuse) continue;
    bufferOf.set(v.node, buffers.length);
    buffers.push({ bytes: alloc(bytesOf.get(v.node)!), shared: false, values: [v.node] });
  }
  // intermediates: largest first (ties by node id, for determinism)
  const inter = program.values.filter((v) => v.role === 'intermediate' && reuse)
    .sort((a, b) => bytesOf.get(b.node)! - bytesOf.get(a.node)! || a.node - b.node);
  const overlaps = (a: Lifetime, b: Lifetime) => a.first <= b.last && b.first <= a.last;
  for (const v of inter) {
    const lv = life.get(v.node)!;
    let best = -1;
    buffers.forEach((buf, i) => {
      if (!buf.shared || buf.values.some((o) => overlaps(life.get(o)!, lv))) return;
      if (best < 0 || buf.bytes < buffers[best].bytes) best = i;
    });
    if (best < 0) {
      best = buffers.length;
      buffers.push({ bytes: alloc(bytesOf.get(v.node)!), shared: true, values: [] });
    }
    buffers[best].values.push(v.node);
    bufferOf.set(v.node, best);
  }
  const planned = buffers.map((b, index) => ({ index, ...b }));
  return {
    buffers: planned, bufferOf, lifetimes: life, bytesOf,
    totalBytes: planned.reduce((a, b) => a + b.bytes, 0),
    unsharedBytes: program.values.reduce((a, v) => a + alloc(bytesOf.get(v.node)!), 0),
  };
}
