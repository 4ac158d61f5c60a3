// Every single-op case of every family: the registry coverage check and the text/JSON round trip
// run over all of them.
import type { OpCase } from '../helpers/cases.ts';
import { cases as elementwise } from './elementwise.ts';
import { cases as reduce } from './reduce.ts';
import { cases as movement } from './movement.ts';
import { cases as linalg } from './linalg.ts';
import { cases as conv } from './conv.ts';
import { cases as fft } from './fft.ts';
import { cases as sampling } from './sampling.ts';
import { cases as select } from './select.ts';
import { cases as window } from './window.ts';
import { cases as scatter } from './scatter.ts';

export const ALL_CASES: readonly OpCase[] = [...elementwise, ...reduce, ...movement, ...linalg, ...conv, ...fft, ...sampling, ...select, ...window, ...scatter];
