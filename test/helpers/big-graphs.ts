// Networks declared too large to run (only their declared types exist), and timing the command that
// refuses one: limits are checked before anything is drawn, so a refusal takes a command's start only.
import { runCli, type CliResult } from './cli.ts';

/** `count` f32 tensors of `n` elements each (as inputs or params), summed into one output, as .tfir text. */
export function sumGraph(kind: 'input' | 'param', count: number, n: number): string {
  const init = kind === 'param' ? ', init={kind="normal", mean=0, std=1}, trainable=true' : '';
  const lines = Array.from({ length: count }, (_, i) => `  %${i} = ${kind} {name="t${i}", dtype="f32", shape=[${n}]${init}} : f32[${n}]`);
  let last = 0;
  for (let i = 1; i < count; i++) { lines.push(`  %${count + i} = add(%${last}, %${i}) : f32[${n}]`); last = count + i; }
  return `graph "big" {\n${lines.join('\n')}\n  output "y" = %${last}\n}\n`;
}

/** Far below what drawing takes (a 1.2 GB input took 45 s before limits were checked first), far above a
 *  command's start on a busy machine. */
export const LIMIT_MS = 20_000;

/** The command's result and how long it took. */
export async function timed(...args: string[]): Promise<{ r: CliResult; ms: number }> {
  const start = performance.now();
  const r = await runCli(args);
  return { r, ms: performance.now() - start };
}
