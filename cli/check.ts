// `tempofuse check`: build and validate a network; one line either way.
import type { Command } from 'commander';
import type { NetworkArgs } from '../runtime/network.ts';
import { loadGraph, print, withNetworkArgs } from './common.ts';

export function register(program: Command): void {
  withNetworkArgs(program.command('check')
    .description('build and validate a network; print a one-line summary, or the error and exit 1')
    .argument('<network>', 'a .ts/.js network module, a .json graph or a .tfir text graph'))
    .action(async (path: string, opts: { arg?: NetworkArgs }) => {
      const g = await loadGraph(path, opts);
      g.validate();
      print(`ok: ${g.name}: ${g.nodes.length} nodes, ${g.params().length} parameters (${g.paramCount()} scalars)`);
    });
}
