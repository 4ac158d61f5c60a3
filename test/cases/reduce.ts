import type { OpCase } from '../helpers/cases.ts';

export const cases: OpCase[] = [];
