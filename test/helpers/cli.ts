// Running the real `tempofuse` command in a child process, and checking its one-line errors.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult { code: number; stdout: string; stderr: string }

export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, ['bin/tempofuse.js', ...args], { cwd: ROOT, env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      done({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

/** Exit code 1, nothing on stdout, exactly one line on stderr matching `line`, no stack trace. */
export function expectOneLineError(r: CliResult, line: string | RegExp): void {
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n') && r.stderr.split('\n').length === 2, r.stderr).toBe(true);
  if (typeof line === 'string') expect(r.stderr.trimEnd()).toBe(line);
  else expect(r.stderr.trimEnd()).toMatch(line);
  expect(r.code).toBe(1);
}
