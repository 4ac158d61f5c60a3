// `tempofuse run`: execute a network on a target. Inputs and parameters come from .safetensors files
// (names, dtypes and shapes must match the network exactly) or are drawn from --seed; every output is
// written to --out and summarised on stdout, one line each.
import type { Command } from 'commander';
import { TargetError } from '../ir/errors.ts';
import type { Graph } from '../ir/graph.ts';
import type { Tensor } from '../ir/tensor.ts';
import { initParams, randomInputs } from '../runtime/init.ts';
import type { NetworkArgs } from '../runtime/network.ts';
import { runReference } from '../runtime/reference/interpreter.ts';
import { describeTensor, loadGraph, note, print, readBindings, withNetworkArgs, withSeed, writeTensors } from './common.ts';

type Target = (g: Graph, inputs: Map<string, Tensor>, params: Map<string, Tensor>) => Map<string, Tensor>;

/** The runtimes `--target` can name; the compiled CUDA and WebGPU targets join this table. */
const TARGETS: Record<string, Target> = {
  reference: (g, inputs, params) => runReference(g, inputs, params).outputs,
};

interface RunOptions { target: string; inputs?: string; params?: string; seed: number; out?: string; arg?: NetworkArgs }

export function register(program: Command): void {
  withSeed(withNetworkArgs(program.command('run')
    .description('run a network and write its outputs; print one line of statistics per output')
    .argument('<network>', 'a .ts/.js network module, a .json graph or a .tfir text graph')
    .option('--target <name>', `where to run: ${Object.keys(TARGETS).join(', ')}`, 'reference')
    .option('--inputs <file>', '.safetensors file with every input (default: drawn from normal(0,1) with --seed)')
    .option('--params <file>', '.safetensors file with every parameter (default: drawn from the init specs with --seed)')
    .option('--out <file>', '.safetensors file to write the outputs to')))
    .action(async (path: string, opts: RunOptions) => {
      if (!Object.hasOwn(TARGETS, opts.target)) {
        throw new TargetError(`unknown target '${opts.target}'`, { expected: `one of ${Object.keys(TARGETS).join(', ')}`, found: opts.target });
      }
      const g = await loadGraph(path, opts);
      // files first, so that a bad file is reported before anything is drawn
      const given = {
        inputs: opts.inputs ? await readBindings(g, 'input', opts.inputs) : undefined,
        params: opts.params ? await readBindings(g, 'param', opts.params) : undefined,
      };
      const inputs = given.inputs ?? randomInputs(g, opts.seed);
      const params = given.params ?? initParams(g, opts.seed);
      if (!given.inputs && inputs.size) note(`no --inputs: drew ${inputs.size} input(s) from normal(0,1) with seed ${opts.seed}`);
      if (!given.params && params.size) note(`no --params: drew ${params.size} parameter(s) from their init specs with seed ${opts.seed}`);
      const outputs = TARGETS[opts.target](g, inputs, params);
      if (opts.out) await writeTensors(opts.out, outputs);
      for (const [name, t] of outputs) print(describeTensor(name, t));
    });
}
