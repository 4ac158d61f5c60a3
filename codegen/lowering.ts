// How an op becomes kernel code. Each op that computes something has an OpLowering, registered by op
// name in codegen/lower/index.ts (one file per op family beside it, mirroring ir/ops/): given the
// multi-index of one output element (i32 expressions), it returns an expression for that element's
// value, asking the context for input values at whatever indices it needs. The context decides whether
// an input is computed inline (its producer is fused into this kernel) or loaded from memory, so the
// same lowering serves fused and unfused plans alike. The registry entry (ir/) knows nothing of this.
import type { AttrsOf } from '../ir/attrs.ts';
import type { TensorType } from '../ir/registry.ts';
import type { OpTable } from '../ir/ops/index.ts';
import type { TrapCode } from '../artifact/kernel-ir.ts';
import type { Expr, KType } from './kir.ts';
import * as x from './kexpr.ts';

/** How an output element reads an input: 'once' means every output element reads at most one element
 *  of the input, and different output elements read different ones (so a producer that loops can be
 *  fused in without repeating work); 'many' means anything else (broadcast, windows, reductions). */
export type ReadPattern = 'once' | 'many';

export interface Mutable {
  readonly ref: Expr;
  set(value: Expr): void;
}

export interface LowerCtx {
  /** Value of input `i` at multi-index `idx` (one i32 expression per axis of that input). */
  input(i: number, idx: readonly Expr[]): Expr;
  /** Value of input `i` at row-major flat offset `flat` within its shape, `idx()` being the same position as
   *  a multi-index: an input loaded from memory is read at `flat` directly (no division to unravel it),
   *  one computed in the kernel at `idx()`. */
  inputFlat(i: number, flat: Expr, idx: () => readonly Expr[]): Expr;
  /** An i32 uniform with a compile-time value (a size, a stride, an attribute number). */
  sym(value: number, hint: string): Expr;
  /** A loop's trip count: a literal when small enough for the loop to be unrolled (a reduction over a
   *  window's few taps), else a uniform like `sym`. */
  count(value: number, hint: string): Expr;
  /** Bind a value to an immutable local; returns the variable. */
  let(value: Expr, hint: string): Expr;
  /** Input `i`'s whole line along `axis` (of `length` elements) at the other indices of `idx`, computed
   *  once into registers (once per line, when nothing else varies) and read back by position. */
  line(i: number, idx: readonly Expr[], axis: number, length: number): (position: Expr) => Expr;
  /** A small table of `t` values element(i), i < length (at most `size`), computed once where nothing it
   *  depends on varies and read back by index. Equal keys share one table. */
  table(key: string, t: KType, size: number, length: Expr, element: (i: Expr) => Expr): (i: Expr) => Expr;
  /** Values computed together where nothing in `fixed` varies (a whole line's transform): `compute`
   *  builds them once per key as expression trees; value i is bound to locals when first read, and a
   *  subexpression several values share is bound once (what no read value needs is never emitted). */
  group(key: string, fixed: readonly Expr[], compute: () => readonly Expr[]): (i: number) => Expr;
  /** A mutable local. */
  mutable(init: Expr, hint: string): Mutable;
  /** for (v = start; v < end; v += step) body(v). */
  loop(end: Expr, body: (v: Expr) => void, opts?: { start?: Expr; step?: Expr; hint?: string }): void;
  /** if (cond) then() else otherwise(). */
  when(cond: Expr, then: () => void, otherwise?: () => void): void;
  /** Record a run-time error for the runtime to report (the kernel goes on). */
  trap(code: TrapCode): void;
  /** A reduction over `count` elements: element(r) for r in [0, count), combined from `init`. In a kernel
   *  whose mapping is 'group' and where this node is the cooperative reduction, the work is spread over
   *  the workgroup and combined through workgroup memory; otherwise it is one loop. */
  reduce(count: Expr, init: Expr, combine: (acc: Expr, x: Expr) => Expr, element: (r: Expr) => Expr): Expr;
}

/** A batch of matrix products C[b] = A[b] · B[b] (b < batch; A is m x k, B is k x n), as a tiled kernel
 *  computes it (codegen/tiled-gemm.ts): matmul, and conv as an implicit product (rows: output channels
 *  of a group; columns: output positions; the reduction: input channels x taps, in the reference's
 *  order). The element functions are called with indices inside their ranges; `b` may read zero where
 *  the op reads nothing (a conv's padding). */
export interface GemmForm {
  readonly batch: number;
  readonly m: number;
  readonly n: number;
  readonly k: number;
  a(ctx: LowerCtx, b: Expr, m: Expr, k: Expr): Expr;
  b(ctx: LowerCtx, b: Expr, k: Expr, n: Expr): Expr;
  /** The op's output multi-index of C[b][m, n] (size-1 axes at the literal 0, as the kernel indexes them). */
  out(ctx: LowerCtx, b: Expr, m: Expr, n: Expr): Expr[];
}

export interface OpLowering<A> {
  /** 'inline': cheap per element (elementwise, index remapping, a few loads): may be recomputed in every
   *  consumer. 'loop': does work proportional to more than one input element per output element. */
  readonly kind: 'inline' | 'loop';
  /** For reductions that may run cooperatively over a workgroup: the number of elements reduced per
   *  output element (the planner decides when it pays off). */
  readonly groupReduce?: (inputs: readonly TensorType[], attrs: A) => number;
  /** 'loop' ops: how many elements of each input one output element reads. With the input and output
   *  sizes this gives how often each input element is read (1 for a reduction, about Cout·k^d for a
   *  conv), which decides whether an expression fused into it would be recomputed too often. */
  readsPerOutput?(inputs: readonly TensorType[], attrs: A, out: TensorType): readonly number[];
  /** Reads every input at the output element's own index (broadcast axes at 0): elementwise ops. */
  readonly pointwise?: boolean;
  /** 'Line' ops (rfft, irfft): each output line along this axis is computed from the input's line along
   *  the same axis alone. A kernel whose work is made of such lines can give each invocation a whole line
   *  (the planner's line mapping) and keep it in registers. */
  lineAxis?(inputs: readonly TensorType[], attrs: A): number;
  /** An op that computes a whole row of outputs along this axis more cheaply than one element at a time
   *  (a conv reuses each input it loads across the taps of neighbouring outputs): the planner gives its
   *  kernel rows along it when they are short (codegen/fuse.ts), and the lowering, seeing a literal
   *  position on that axis, computes the row once. */
  rowAxis?(inputs: readonly TensorType[], attrs: A): number;
  /** Ops that are a batch of f32 matrix products: their form, which the planner may compute as a tiled
   *  kernel (codegen/fuse.ts); undefined where this instance is not (another dtype). */
  gemm?(inputs: readonly TensorType[], attrs: A, out: TensorType): GemmForm | undefined;
  /** Whether the lowering may `trap` (the kernel then binds the status buffer). */
  readonly traps?: boolean;
  /** How each output element reads each input (default: 'once' where the input's shape equals the
   *  output's, else 'many'). */
  reads?(inputs: readonly TensorType[], attrs: A, out: TensorType): readonly ReadPattern[];
  emit(ctx: LowerCtx, idx: readonly Expr[], attrs: A, inputs: readonly TensorType[], out: TensorType): Expr;
  /** The atomic strategy of an op that sums inputs into outputs (scatter_add): run once per element of
   *  input 0 (`idx` indexes it), adding each contribution into the output with `add`. The planner picks it
   *  when asked to and the output type can be added atomically (codegen/fuse.ts); else `emit` runs. */
  scatter?(ctx: LowerCtx, idx: readonly Expr[], attrs: A, inputs: readonly TensorType[], add: (at: readonly Expr[], value: Expr) => void): void;
}

/** Lowerings keyed by op name, each typed by its op's attributes (a family's part of the table). */
export type LoweringTable = { readonly [N in keyof OpTable]?: OpLowering<AttrsOf<OpTable[N]['attrs']>> };

/** A lowering of some op, its attributes unknown to the caller (who passes a node's attrs as never). */
export type AnyLowering = OpLowering<never>;

/** Kernel value type of a graph dtype (bool is a value type; only its storage is u32). */
export const ktypeOf = (d: TensorType['dtype']): KType => (d === 'f16' ? 'f32' : d);

/** A kernel constant of `d`'s value type (c64: value + 0i, bool: value != 0). */
export function fillValue(d: TensorType['dtype'], value: number): Expr {
  const t = ktypeOf(d);
  if (t === 'c64') return x.call('cplx', [x.f32(value), x.f32(0)]);
  if (t === 'bool') return x.bool(value !== 0);
  return x.constant(t, value);
}
