import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

// The whole project type-checks (tsc from typescript 7, no emit): part of the suite so CI counts it.
it('tsc -p . reports no errors', () => {
  let out = '';
  try {
    execFileSync('npx', ['tsc', '-p', '.'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? e);
  }
  expect(out).toBe('');
}, 120_000);
