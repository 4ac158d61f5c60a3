// The VJP table: one rule per op, gathered from one file per op family (mirroring ir/ops/).
import { InternalError } from '../../errors.ts';
import type { VjpRule } from '../rule.ts';
import { COMPLEX_VJPS } from './complex.ts';
import { CONV_VJPS } from './conv.ts';
import { ELEMENTWISE_VJPS } from './elementwise.ts';
import { FFT_VJPS } from './fft.ts';
import { LINALG_VJPS } from './linalg.ts';
import { MAXPOOL_VJPS } from './maxpool.ts';
import { MOVEMENT_VJPS } from './movement.ts';
import { REDUCE_VJPS } from './reduce.ts';
import { SAMPLING_VJPS } from './sampling.ts';
import { SELECT_VJPS } from './select.ts';
import { SCATTER_VJPS } from './scatter.ts';
import { SOURCE_VJPS } from './source.ts';
import { WINDOW_VJPS } from './window.ts';

function gather(tables: readonly Record<string, VjpRule>[]): ReadonlyMap<string, VjpRule> {
  const all = new Map<string, VjpRule>();
  for (const t of tables) {
    for (const [op, rule] of Object.entries(t)) {
      if (all.has(op)) throw new InternalError(`VJP of op '${op}' is defined twice`);
      all.set(op, rule);
    }
  }
  return all;
}

export const VJPS: ReadonlyMap<string, VjpRule> = gather([
  SOURCE_VJPS, ELEMENTWISE_VJPS, COMPLEX_VJPS, REDUCE_VJPS, MOVEMENT_VJPS, LINALG_VJPS, CONV_VJPS, MAXPOOL_VJPS, FFT_VJPS, SAMPLING_VJPS, SELECT_VJPS,
  SCATTER_VJPS, WINDOW_VJPS,
] as Record<string, VjpRule>[]);

