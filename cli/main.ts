// The `tempofuse` command. Every failure ends in one line on stderr and a non-zero exit code: a typed
// error as "error: <Class>: <where>: <what> (expected ..., found ...)" with exit code 1, a usage error
// (commander's own message) with exit code 2. --debug adds the stack trace.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { TempofuseError } from '../ir/errors.ts';
import * as bench from './bench.ts';
import * as check from './check.ts';
import * as compile from './compile.ts';
import * as doctor from './doctor.ts';
import * as init from './init.ts';
import * as inspect from './inspect.ts';
import * as ops from './ops.ts';
import * as run from './run.ts';
import * as diff from './diff.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export async function main(argv: readonly string[]): Promise<number> {
  // exitOverride before the commands are added, so that they inherit it
  const program = new Command('tempofuse')
    .description('compile, check and run video networks written in the tempofuse IR')
    .version(version)
    .option('--debug', 'print stack traces with errors')
    .exitOverride();
  for (const cmd of [inspect, check, compile, run, bench, diff, init, ops, doctor]) cmd.register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    reportError(e, program.opts().debug === true);
    return 1;
  }
}

function reportError(e: unknown, debug: boolean): void {
  const line = e instanceof TempofuseError ? e.toLine()
    : e instanceof Error ? `${e.name}: ${e.message}`
    : String(e);
  process.stderr.write(`error: ${line.replace(/\s*\n\s*/g, ' ')}\n`);
  if (debug && e instanceof Error && e.stack) {
    process.stderr.write(e.stack.split('\n').filter((l) => /^\s+at /.test(l)).join('\n') + '\n');
  }
}

// A reader that stops early (`tempofuse diff ... | head`) closes the pipe: the output is not wanted any
// more, so that is a quiet, successful end rather than an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
}
process.exitCode = await main(process.argv.slice(2));
