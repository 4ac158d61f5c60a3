import { describe, expect, it } from 'vitest';
import { OP_NAMES, OPS } from '../../ir/ops/index.ts';
import { ALL_CASES } from '../cases/index.ts';
import { execFileSync } from 'node:child_process';
import { PYTHON } from '../helpers/oracle.ts';

describe('op registry coverage', () => {
  it('every registry op has oracle cases', () => {
    const covered = new Set(ALL_CASES.map((c) => c.op));
    const sourceOps = OP_NAMES.filter((n) => (OPS as Record<string, { source?: boolean }>)[n].source);
    const missing = OP_NAMES.filter((n) => !covered.has(n) && !sourceOps.includes(n));
    expect(missing).toEqual([]);
  });

  it('every registry op has a PyTorch oracle', () => {
    const names = JSON.parse(execFileSync(PYTHON, ['-c', 'import sys, json; sys.path.insert(0, "test/oracle"); from ops import OPS; print(json.dumps(sorted(OPS)))'], { encoding: 'utf8' }));
    const missing = OP_NAMES.filter((n) => !(OPS as Record<string, { source?: boolean }>)[n].source && !names.includes(n));
    expect(missing).toEqual([]);
  });

  it('every case names a registry op', () => {
    expect(ALL_CASES.map((c) => c.op).filter((op) => !OP_NAMES.includes(op))).toEqual([]);
  });

  it('case titles are unique per op', () => {
    const ids = ALL_CASES.map((c) => `${c.op}: ${c.title}`);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
