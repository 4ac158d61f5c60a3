// The lowering table: every op's OpLowering by op name. Each family file (mirroring ir/ops/) exports its
// part; this file only gathers them. Source ops (input, param, const) have none: the executor binds
// them. test/unit/lowering-coverage.test.ts checks that every other registry op has one.
import { InternalError, type ErrorSite } from '../../ir/errors.ts';
import type { AnyLowering } from '../lowering.ts';
import { ELEMENTWISE } from './elementwise.ts';
import { REDUCE } from './reduce.ts';
import { MOVEMENT } from './movement.ts';
import { LINALG } from './linalg.ts';
import { CONV } from './conv.ts';
import { FFT } from './fft.ts';
import { COMPLEX } from './complex.ts';
import { SAMPLING } from './sampling.ts';
import { SELECT } from './select.ts';
import { WINDOW } from './window.ts';
import { SCATTER } from './scatter.ts';

const FAMILIES: readonly Readonly<Record<string, AnyLowering>>[] = [ELEMENTWISE, REDUCE, MOVEMENT, LINALG, CONV, FFT, COMPLEX, SAMPLING, SELECT, WINDOW, SCATTER];

function gather(families: typeof FAMILIES): ReadonlyMap<string, AnyLowering> {
  const table = new Map<string, AnyLowering>();
  for (const family of families) {
    for (const [op, lowering] of Object.entries(family)) {
      if (table.has(op)) throw new InternalError(`op '${op}' has two lowerings`);
      table.set(op, lowering);
    }
  }
  return table;
}

export const LOWERINGS: ReadonlyMap<string, AnyLowering> = gather(FAMILIES);

/** Op `op`'s lowering, or undefined for an op that has none (a source op). */
export const loweringOf = (op: string): AnyLowering | undefined => LOWERINGS.get(op);

/** Op `op`'s lowering, for a node that a kernel computes (`site` names it): an op without one is a
 *  compiler bug. */
export function lookupLowering(op: string, site: ErrorSite = {}): AnyLowering {
  const lowering = LOWERINGS.get(op);
  if (!lowering) throw new InternalError(`op '${op}' has no lowering to kernel code`, site);
  return lowering;
}
