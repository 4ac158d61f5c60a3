// Where a network runs: the reference interpreter, WebGPU or CUDA. A file of its own so that what checks
// a run before it starts (runtime/limits.ts) and the runtimes themselves need not import each other.
import { TargetError } from '../ir/errors.ts';

export const TARGETS = ['reference', 'webgpu', 'cuda'] as const;
export type TargetName = (typeof TARGETS)[number];

export function checkTarget(name: string): TargetName {
  if (!(TARGETS as readonly string[]).includes(name)) {
    throw new TargetError(`unknown target '${name}'`, { expected: `one of ${TARGETS.join(', ')}`, found: name });
  }
  return name as TargetName;
}
