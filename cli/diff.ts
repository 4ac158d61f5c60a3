// `tempofuse diff`: run the generated kernels and the reference interpreter on the same inputs and
// parameters (given, or drawn from --seed), and print the error of every output and of every value
// stored at a kernel boundary. Exits non-zero when any output differs beyond the tolerance it prints.
// Drawn parameters with a constant init (zeros, ones) are spread around it (runtime/init.ts spreadInit):
// at such an init some blocks are the identity, and a diff would not test them. With --grads it compares
// the gradient graph's outputs (cli/grads.ts): the forward outputs and every gradient, a gradient at a
// scale of at least a thousandth of the largest one (gradientScaleFloor), as are the kernel-boundary rows of
// backward values.
import { InvalidArgumentError, type Command } from 'commander';
import { MismatchError, TargetError } from '../ir/errors.ts';
import { formatType } from '../ir/graph.ts';
import type { Declared } from '../runtime/bindings.ts';
import { compareTensors } from '../runtime/compare.ts';
import { spreadInit } from '../runtime/init.ts';
import type { NetworkArgs } from '../runtime/network.ts';
import { runReference } from '../runtime/reference/interpreter.ts';
import { TARGETS } from '../runtime/targets.ts';
import { note, print, withNetworkArgs, withParams, withSeed, type ParamsOptions } from './common.ts';
import { gradientScaleFloor, isGradient, shownName, withGrads, type GradsOptions } from './grads.ts';
import { bindings, runnable } from './run.ts';

interface DiffOptions extends ParamsOptions, GradsOptions { target?: string; inputs?: string; seed: number; tol: number; spread: boolean; arg?: NetworkArgs }

const tolerance = (text: string) => {
  const n = Number(text);
  if (!(n >= 0)) throw new InvalidArgumentError('expected a number >= 0');
  return n;
};

/** The parameters as diff draws them: each constant init spread around its value (spreadInit), with the
 *  names of those it changed. */
export function spreadParams(params: readonly Declared[]): { params: Declared[]; spread: string[] } {
  const spread: string[] = [];
  const out = params.map((p) => {
    const init = p.init && spreadInit(p.init);
    if (init === p.init) return p;
    spread.push(p.name);
    return { ...p, init };
  });
  return { params: out, spread };
}

export function register(program: Command): void {
  withGrads(withSeed(withNetworkArgs(withParams(program.command('diff')
    .description('run the generated kernels and the reference interpreter on the same inputs; print the error per output and per kernel boundary')
    .argument('<network>', 'a network (.ts/.js, .json, .tfir) or an artifact folder')
    .option('--target <name>', `${TARGETS.filter((t) => t !== 'reference').join(' or ')} (default: webgpu, or the artifact's own)`)
    .option('--inputs <file>', '.safetensors file with every input (default: drawn from normal(0,1) with --seed)')
    .option('--no-spread', 'without --params, draw constant inits (zeros, ones) as they are, as `run` does, although some blocks are then the identity (default: spread around their value)')
    .option('--tol <rel>', 'largest error allowed, relative to each output\'s largest magnitude (a gradient\'s: at least a thousandth of the largest gradient\'s)', tolerance, 1e-4)))), 'compare')
    .action(async (path: string, opts: DiffOptions) => {
      if (opts.target === 'reference') throw new TargetError('diff compares a GPU target with the reference; pick webgpu or cuda', { expected: 'webgpu or cuda', found: 'reference' });
      const r = await runnable(path, opts.target, opts, TARGETS.filter((t) => t !== 'reference'));
      const drawn = opts.params || !opts.spread ? { params: r.params, spread: [] } : spreadParams(r.params);
      const { inputs, params } = await bindings({ ...r, params: drawn.params }, opts);
      const { spread } = drawn;
      if (spread.length) {
        note(`${spread.length} parameter(s) have a constant init (zeros, ones; e.g. ${spread[0]}): drew them from uniform(c ± |c|/2), ` +
          'uniform(±1/2) for c = 0, so that no block is the identity (--no-spread: draw them as run does)');
      }
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
        const floor = gradientScaleFloor(ref.outputs);
        for (const [name, t] of got.outputs) {
          const d = compareTensors(t, ref.outputs.get(name)!, opts.tol, isGradient(name) ? floor : 0);
          print(row(`  ${shownName(name)}`, formatType(t), d));
          if (!d.ok) failed.push(shownName(name));
        }
        print('kernel boundaries:');
        session.program!.launches.forEach((l, i) => {
          const root = l.fuses[l.fuses.length - 1];
          const value = got.values.get(root.id);
          if (!value) return;
          // a backward value is a gradient's part: judged at the gradients' floor, as they are
          const backward = graph.nodes[root.id]?.provenance !== undefined;
          print(row(`  launch ${i} ${l.kernel}`, `%${root.id} ${root.op}`, compareTensors(value, ref.values![root.id], opts.tol, backward ? floor : 0)));
        });
        if (failed.length) {
          throw new MismatchError(`${failed.length} output(s) differ from the reference beyond ${opts.tol}: ${failed.join(', ')}`);
        }
      } finally {
        await session.destroy();
      }
    });
}
