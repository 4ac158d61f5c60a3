// The zero-fill launch that precedes every accumulating kernel (fuse.ts rule 8): an accumulation adds into
// its output, so the output must hold zeros first, on every run (a buffer shared with an earlier value, or
// the previous run's result, would otherwise be added to). It is a plain kernel, one invocation per output
// element, so every runtime runs it in order like any other launch; the memory plan keeps the output apart
// from every value live at the scatter, since the fill writes it before the scatter reads anything.
import type { Graph } from '../ir/graph.ts';
import { numel } from '../ir/tensor.ts';
import type { Kernel } from './kir.ts';
import type { BuiltKernel } from './kernel-builder.ts';
import { FLAT_WORKGROUP, storageOf } from './kernel-builder.ts';
import { fillValue } from './lowering.ts';

/** A kernel storing zeros into every element of node `id`'s buffer. */
export function buildZeroFill(g: Graph, id: number): BuiltKernel {
  const n = g.nodes[id];
  const total = numel(n.type.shape);
  const kernel: Omit<Kernel, 'name'> = {
    buffers: [{ name: 'out', t: storageOf(n), access: 'read_write' }],
    syms: ['total'], shared: [], mapping: { kind: 'flat', workgroupSize: FLAT_WORKGROUP }, traps: false,
    body: [{ k: 'store', buf: 'out', index: { k: 'builtin', name: 'gid' }, value: fillValue(n.type.dtype, 0) }],
  };
  return { kernel, symValues: [total], bindings: [id], total };
}
