// The registry: every op, keyed by its name. Each family file exports OpDefs; this file only gathers
// them. Export names must be unique across files; op names must be unique (checked at load).
import { InternalError } from '../errors.ts';
import type { OpDef } from '../registry.ts';
import * as source from './source.ts';
import * as elementwise from './elementwise.ts';
import * as reduce from './reduce.ts';
import * as movement from './movement.ts';
import * as linalg from './linalg.ts';
import * as conv from './conv.ts';
import * as fft from './fft.ts';
import * as complex from './complex.ts';
import * as sampling from './sampling.ts';
import * as select from './select.ts';
import * as window from './window.ts';
import * as scatter from './scatter.ts';

const ALL = { ...source, ...elementwise, ...reduce, ...movement, ...linalg, ...conv, ...fft, ...complex, ...sampling, ...select, ...window, ...scatter };

type ByName<T> = { [K in keyof T as T[K] extends { name: infer Nm extends string } ? Nm : never]: T[K] };
export type OpTable = ByName<typeof ALL>;

function byName(defs: readonly OpDef[]): OpTable {
  const table: Record<string, OpDef> = {};
  for (const d of defs) {
    if (Object.hasOwn(table, d.name)) throw new InternalError(`op '${d.name}' is defined twice`);
    table[d.name] = d;
  }
  return table as unknown as OpTable;
}

export const OPS: OpTable = byName(Object.values(ALL) as OpDef[]);
export const OP_NAMES: readonly string[] = Object.keys(OPS).sort();
