// `tempofuse init`: fresh parameters drawn from each param's init spec, written as a state_dict; with
// --inputs, the inputs `run` would draw with the same seed instead, as a file to edit or replace (of a
// gradient artifact: the network's own inputs, which --inputs takes); with --cotangents, a cotangent per
// float output, named as `run --grads --cotangents` reads them.
import { Option, type Command } from 'commander';
import { lanes } from '../ir/dtype.ts';
import { numel } from '../ir/tensor.ts';
import { initParams, randomInputs } from '../runtime/init.ts';
import { checkHostMemory, hostNeed } from '../runtime/limits.ts';
import type { NetworkArgs } from '../runtime/network.ts';
import { print, withNetworkArgs, withSeed, writeTensors } from './common.ts';
import { cotangentFile, splitCotangents } from './grads.ts';
import { runnable } from './run.ts';

interface InitOptions { out: string; seed: number; inputs?: boolean; cotangents?: boolean; arg?: NetworkArgs }

export function register(program: Command): void {
  withSeed(withNetworkArgs(program.command('init')
    .description('draw fresh parameters from their init specs (or, with --inputs, the inputs `run` draws) and write them to a .safetensors file')
    .argument('<network>', 'a .ts/.js network module, a .json graph, a .tfir text graph, or an artifact folder (tempofuse compile)')
    .option('--inputs', 'write the network\'s inputs, drawn from normal(0,1) with --seed as `run` draws them, instead of its parameters')
    .addOption(new Option('--cotangents', 'write a cotangent per float output (grad_out, or grad_<output>), drawn from normal(0,1) with --seed, for run --grads --cotangents').conflicts('inputs'))
    .requiredOption('--out <file>', 'the .safetensors file to write')))
    .action(async (path: string, opts: InitOptions) => {
      const r = await runnable(path, undefined, { arg: opts.arg });
      const [kind, declared, what] = opts.inputs ? ['input', splitCotangents(r.inputs, r.outputs).own, 'input(s)'] as const
        : opts.cotangents ? ['cotangent', cotangentFile(r.inputs, r.outputs), 'cotangent(s)'] as const
          : ['param', r.params, 'parameters'] as const;
      checkHostMemory(hostNeed([{ kind, declared }]), `drawing the ${what} of ${r.name}`);
      const tensors = opts.inputs || opts.cotangents ? randomInputs(declared, opts.seed) : initParams(declared, opts.seed);
      const scalars = [...tensors.values()].reduce((s, t) => s + numel(t.shape) * lanes(t.dtype), 0);
      await writeTensors(opts.out, tensors, { network: r.name, seed: String(opts.seed) });
      print(`wrote ${tensors.size} ${what} (${scalars} scalars) of ${r.name} with seed ${opts.seed} to ${opts.out}`);
    });
}
