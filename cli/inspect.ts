// `tempofuse inspect`: the graph's text form (every node with its type and source line), then a summary;
// or, with --kernels, the fused kernel plan and its cost (each fused node with its loc and provenance);
// with --kernels --backward, the plan of the gradient graph (cli/grads.ts), beside the forward's count.
import type { Command } from 'commander';
import { compileGraph } from '../codegen/compile.ts';
import { describeProgram } from '../codegen/report.ts';
import { GraphError } from '../ir/errors.ts';
import { formatType, type Graph } from '../ir/graph.ts';
import { graphToJSON } from '../ir/json.ts';
import { numel } from '../ir/tensor.ts';
import { printGraph } from '../ir/text.ts';
import type { NetworkArgs } from '../runtime/network.ts';
import { loadGraph, print, withNetworkArgs } from './common.ts';
import { gradientGraph } from './grads.ts';

export function register(program: Command): void {
  withNetworkArgs(program.command('inspect')
    .description('print the graph (IR text with shapes) and a summary of its inputs, outputs and parameters')
    .argument('<network>', 'a .ts/.js network module, a .json graph or a .tfir text graph')
    .option('--json', 'print the graph in its JSON form instead (loadable as a .json network)')
    .option('--kernels', 'print the fused kernel plan: each launch, the graph nodes it fuses (with the provenance of nodes a pass made), the bytes it moves, and the cost fused vs unfused')
    .option('--backward', 'with --kernels: the plan of the gradient graph (the forward, then the vector-Jacobian product of its outputs for every float input and trainable parameter)'))
    .action(async (path: string, opts: { json?: boolean; kernels?: boolean; backward?: boolean; arg?: NetworkArgs }) => {
      const g = await loadGraph(path, opts);
      if (opts.backward && !opts.kernels) throw new GraphError('--backward applies to --kernels only', { expected: '--kernels --backward', found: '--backward' });
      if (opts.kernels && opts.backward) print(backwardPlan(g));
      else if (opts.kernels) print(describeProgram(compileGraph(g)));
      else print(opts.json ? JSON.stringify(graphToJSON(g), null, 1) : printGraph(g) + '\n' + summary(g));
    });
}

/** The gradient graph's kernel plan, after a line with the forward's kernel count and its own. */
function backwardPlan(g: Graph): string {
  const forward = compileGraph(g);
  const backward = compileGraph(gradientGraph(g));
  return `# forward: ${forward.kernels.length} kernels, backward: ${backward.kernels.length} kernels (the gradient graph recomputes the forward)\n` +
    describeProgram(backward);
}

export function summary(g: Graph): string {
  const named = (op: string) => g.nodes.filter((n) => n.op === op).map((n) => `  ${n.attrs.name}  ${formatType(n.type)}`);
  const params = g.params().map((n) => `  ${n.attrs.name}  ${formatType(n.type)}  ${numel(n.type.shape)}`);
  return [
    `# ${g.name}: ${g.nodes.length} nodes`,
    `inputs (${g.inputs().length}):`, ...named('input'),
    `outputs (${g.outputs.length}):`, ...g.outputs.map((o) => `  ${o.name}  ${formatType(g.node(o.node).type)}`),
    `parameters (${g.params().length}, ${g.paramCount()} scalars):`, ...params,
  ].join('\n');
}
