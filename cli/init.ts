// `tempofuse init`: fresh parameters drawn from each param's init spec, written as a state_dict.
import type { Command } from 'commander';
import { declaredBy } from '../runtime/bindings.ts';
import { initParams } from '../runtime/init.ts';
import { checkHostMemory, hostNeed } from '../runtime/limits.ts';
import type { NetworkArgs } from '../runtime/network.ts';
import { loadGraph, print, withNetworkArgs, withSeed, writeTensors } from './common.ts';

export function register(program: Command): void {
  withSeed(withNetworkArgs(program.command('init')
    .description('draw fresh parameters from their init specs and write them to a .safetensors file')
    .argument('<network>', 'a .ts/.js network module, a .json graph or a .tfir text graph')
    .requiredOption('--out <file>', 'the .safetensors file to write')))
    .action(async (path: string, opts: { out: string; seed: number; arg?: NetworkArgs }) => {
      const g = await loadGraph(path, opts);
      const declared = declaredBy(g, 'param');
      checkHostMemory(hostNeed([{ kind: 'param', declared }]), `drawing the parameters of ${g.name}`);
      const params = initParams(declared, opts.seed);
      await writeTensors(opts.out, params, { network: g.name, seed: String(opts.seed) });
      print(`wrote ${params.size} parameters (${g.paramCount()} scalars) of ${g.name} with seed ${opts.seed} to ${opts.out}`);
    });
}
