// `tempofuse diff`: run the generated kernels and the reference interpreter on the same inputs and
// parameters (given, or drawn from --seed), and print the error of every output and of every value
// stored at a kernel boundary. Exits non-zero when any output differs beyond the tolerance it prints.
import { InvalidArgumentError, type Command } from 'commander';
import { MismatchError, TargetError } from '../ir/errors.ts';
import { formatType } from '../ir/graph.ts';
import { compareTensors } from '../runtime/compare.ts';
import type { NetworkArgs } from '../runtime/network.ts';
import { runReference } from '../runtime/reference/interpreter.ts';
import { TARGETS } from '../runtime/session.ts';
import { print, withNetworkArgs, withParams, withSeed, type ParamsOptions } from './common.ts';
import { bindings, runnable } from './run.ts';

interface DiffOptions extends ParamsOptions { target?: string; inputs?: string; seed: number; tol: number; arg?: NetworkArgs }

const tolerance = (text: string) => {
  const n = Number(text);
  if (!(n >= 0)) throw new InvalidArgumentError('expected a number >= 0');
  return n;
};

export function register(program: Command): void {
  withSeed(withNetworkArgs(withParams(program.command('diff')
    .description('run the generated kernels and the reference interpreter on the same inputs; print the error per output and per kernel boundary')
    .argument('<network>', 'a network (.ts/.js, .json, .tfir) or an artifact folder')
    .option('--target <name>', `${TARGETS.filter((t) => t !== 'reference').join(' or ')} (default: webgpu, or the artifact's own)`)
    .option('--inputs <file>', '.safetensors file with every input (default: drawn from normal(0,1) with --seed)')
    .option('--tol <rel>', 'largest error allowed, relative to each output\'s largest magnitude', tolerance, 1e-4))))
    .action(async (path: string, opts: DiffOptions) => {
      if (opts.target === 'reference') throw new TargetError('diff compares a GPU target with the reference; pick webgpu or cuda', { expected: 'webgpu or cuda', found: 'reference' });
      const r = await runnable(path, opts.target, opts);
      const { inputs, params } = await bindings(r, opts);
      const session = await r.open();
      try {
        const graph = session.program?.graph;
        if (!graph) throw new TargetError(`${path} carries no graph to compare with (an artifact without graph.json)`);
        const got = await session.runKernels(inputs, params);
        const ref = runReference(graph, inputs, params, { keepAll: true });
        print(`# ${r.name} on ${session.device} vs the reference interpreter (tolerance ${opts.tol} of each value's scale)`);
        const row = (what: string, type: string, d: ReturnType<typeof compareTensors>) =>
          `${what.padEnd(40)} ${type.padEnd(22)} max abs ${d.maxAbs.toExponential(2).padStart(9)}  rel ${d.rel.toExponential(2).padStart(9)}  ${d.ok ? 'ok' : 'FAIL'}`;
        print('outputs:');
        const failed: string[] = [];
        for (const [name, t] of got.outputs) {
          const d = compareTensors(t, ref.outputs.get(name)!, opts.tol);
          print(row(`  ${name}`, formatType(t), d));
          if (!d.ok) failed.push(name);
        }
        print('kernel boundaries:');
        session.program!.launches.forEach((l, i) => {
          const root = l.fuses[l.fuses.length - 1];
          const value = got.values.get(root.id);
          if (!value) return;
          print(row(`  launch ${i} ${l.kernel}`, `%${root.id} ${root.op}`, compareTensors(value, ref.values![root.id], opts.tol)));
        });
        if (failed.length) {
          throw new MismatchError(`${failed.length} output(s) differ from the reference beyond ${opts.tol}: ${failed.join(', ')}`);
        }
      } finally {
        await session.destroy();
      }
    });
}
