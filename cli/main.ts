// The `tempofuse` command. Every failure ends on stderr with a non-zero exit code: bad input (a typed
// error) as one line "error: <Class>: <where>: <what> (expected ..., found ...)" with exit code 1, a usage
// error (commander's own message) with exit code 2 (--debug adds the stack trace to either), and a bug of
// tempofuse (an InternalError, or any other exception that escapes) as "internal error: ..." with the
// command to report and the stack trace, with exit code 3.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { InternalError, TempofuseError } from '../ir/errors.ts';
import * as bench from './bench.ts';
import * as check from './check.ts';
import * as compile from './compile.ts';
import * as doctor from './doctor.ts';
import * as init from './init.ts';
import * as inspect from './inspect.ts';
import * as ops from './ops.ts';
import * as run from './run.ts';
import * as diff from './diff.ts';
import * as train from './train.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export async function main(argv: readonly string[]): Promise<number> {
  // exitOverride before the commands are added, so that they inherit it
  const program = new Command('tempofuse')
    .description('compile, check and run video networks written in the tempofuse IR')
    .version(version)
    .option('--debug', 'print stack traces with errors')
    .exitOverride();
  for (const cmd of [inspect, check, compile, run, bench, diff, init, ops, doctor, train]) cmd.register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof TempofuseError) {
      process.stderr.write(`error: ${oneLine(e.toLine())}\n`);
      if (program.opts().debug === true) writeStack(e);
      return 1;
    }
    reportInternal(e, argv);
    return 3;
  }
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/** The frames of `e`'s stack, then those of its cause (the exception a typed error reports). */
function writeStack(e: Error): void {
  for (let at: unknown = e; at instanceof Error; at = at.cause) {
    const frames = at.stack?.split('\n').filter((l) => /^\s+at /.test(l)) ?? [];
    if (at !== e) process.stderr.write(`caused by ${oneLine(`${at.name}: ${at.message}`)}\n`);
    if (frames.length) process.stderr.write(frames.join('\n') + '\n');
  }
}

/** A bug of tempofuse: an InternalError, or an exception no part of it expected (a TypeError of its own
 *  code), with what a report needs: the command and the stack trace. */
function reportInternal(e: unknown, argv: readonly string[]): void {
  const bug = e instanceof InternalError ? e
    : new InternalError(`unexpected ${e instanceof Error ? `${e.name}: ${e.message}` : `exception ${String(e)}`}`, { cause: e });
  process.stderr.write(`internal error: ${oneLine(bug.toLine())}\n`);
  process.stderr.write(`command: tempofuse ${argv.map((a) => (/^[\w./:=@,+-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}\n`);
  // (the stack of the exception it reports, when it reports one: where the bug is)
  writeStack(bug.cause instanceof Error ? bug.cause : bug);
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
