// A compiled program's data: the kernels, the launches that run them, the values that live in memory
// between them, and what the plan costs. The compiler makes it; printers and the artifact writer turn it
// into files; the runtimes run it, from memory or from an artifact.
import type { DType } from '../ir/dtype.ts';
import type { Graph } from '../ir/graph.ts';
import type { InitSpec } from '../ir/init.ts';
import type { Tensor } from '../ir/tensor.ts';
import type { FusedNode, Kernel } from './kernel-ir.ts';

export type ValueRole = 'input' | 'param' | 'const' | 'intermediate' | 'output';

/** A graph value that lives in memory. */
export interface StoredValue {
  readonly node: number;
  readonly role: ValueRole;
  /** Input/param name, or output name(s) joined by ','. */
  readonly name?: string;
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly bytes: number;
  /** Parameters: how fresh values are drawn (so an artifact can be run without a checkpoint). */
  readonly init?: InitSpec;
}

export interface Launch {
  readonly kernel: string;
  /** Graph nodes computed by this launch, root last. */
  readonly fuses: readonly FusedNode[];
  /** Node ids bound to the kernel's buffers, in the kernel's order. */
  readonly bindings: readonly number[];
  /** Values of the kernel's uniforms, in the kernel's order. */
  readonly syms: readonly number[];
  /** Elements ('flat' kernels) or workgroups ('group' kernels) to cover. */
  readonly total: number;
  /** Why the values it writes live in memory (codegen/explain.ts), one line per value. */
  readonly why?: readonly string[];
  readonly bytesRead: number;
  readonly bytesWritten: number;
}

export interface Cost {
  readonly launches: number;
  readonly bytesRead: number;
  readonly bytesWritten: number;
}

export interface Program {
  readonly name: string;
  /** The graph the program computes (after splitting ops too wide for one kernel): node ids in
   *  launches and values refer to it. Always there for compiled graphs; absent for hand-built kernels. */
  readonly graph?: Graph;
  readonly kernels: readonly Kernel[];
  readonly launches: readonly Launch[];
  readonly values: readonly StoredValue[];
  readonly outputs: readonly { name: string; node: number }[];
  /** Values of the stored const nodes, by node id. */
  readonly constants: ReadonlyMap<number, Tensor>;
  readonly cost: { readonly fused: Cost; readonly unfused: Cost };
}
