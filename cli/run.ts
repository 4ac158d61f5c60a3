// `tempofuse run`: execute a network, or a compiled artifact folder, on a target. Inputs and parameters
// come from files (.safetensors; parameters also from torch.save checkpoints) or are drawn from --seed;
// every output is written to --out and summarised on stdout, one line each.
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { readArtifact } from '../artifact/read.ts';
import { openGraph } from '../driver/open-graph.ts';
import { GraphError, TargetError } from '../ir/errors.ts';
import type { Graph } from '../ir/graph.ts';
import type { Tensor } from '../ir/tensor.ts';
import { declaredBy, type Declared } from '../runtime/bindings.ts';
import { checkWritable } from '../io/files.ts';
import { initParams, randomInputs, zeroScales } from '../runtime/init.ts';
import { checkRunFits } from '../runtime/limits.ts';
import type { NetworkArgs } from '../runtime/network.ts';
import { openArtifactDir, type Session } from '../runtime/session.ts';
import { checkTarget, TARGETS, type TargetName } from '../runtime/targets.ts';
import type { ScatterStrategy } from '../codegen/fuse.ts';
import { parseScatter, SCATTER_HELP } from './compile.ts';
import { describeTensor, loadGraph, note, print, readBindings, withNetworkArgs, withParams, withSeed, writeTensors, type ParamsOptions } from './common.ts';
import { cotangentValues, gradientGraph, shownName, splitCotangents, withGrads, type GradsOptions } from './grads.ts';

interface RunOptions extends ParamsOptions, GradsOptions { target?: string; inputs?: string; seed: number; out?: string; arg?: NetworkArgs; scatter?: ScatterStrategy }

/** What running needs to know before any device work: the declared inputs/params and how to open it. */
export interface Runnable {
  readonly name: string;
  /** Where it runs. */
  readonly target: TargetName;
  readonly inputs: readonly Declared[];
  readonly params: readonly Declared[];
  readonly outputs: readonly Declared[];
  /** The graph, where there is one (an artifact may lack graph.json). */
  readonly graph?: Graph;
  open(): Promise<Session>;
}

const TARGET_OF_ARTIFACT: Record<string, TargetName> = { wgsl: 'webgpu', cuda: 'cuda' };

/** A network (compiled in memory for GPU targets) or an artifact folder, on `target` (default: webgpu,
 *  or the artifact's own). `targets`: those the command can use (an artifact runs on its own, or on the
 *  reference interpreter where it carries its graph). With --grads, a network runs as its gradient graph;
 *  an artifact must have been compiled with --grads. */
export async function runnable(path: string, target: string | undefined, opts: { arg?: NetworkArgs; scatter?: ScatterStrategy } & GradsOptions, targets: readonly TargetName[] = TARGETS): Promise<Runnable> {
  if ((await stat(path).catch(() => undefined))?.isDirectory()) {
    const artifact = await readArtifact(path);
    const { manifest } = artifact;
    const own = TARGET_OF_ARTIFACT[manifest.target];
    if (opts.scatter) throw new TargetError(`--scatter applies when compiling a network; artifact ${path} was compiled already`, { expected: 'no --scatter', found: opts.scatter });
    const t = target === undefined ? own : checkTarget(target);
    // the reference interpreter runs the graph the artifact was compiled from
    const { graph } = artifact;
    const declared = { name: manifest.name, inputs: manifest.inputs, params: manifest.params, outputs: manifest.outputs, graph };
    checkArtifactGrads(path, declared, opts);
    if (t === 'reference' && graph) return { ...declared, target: t, open: () => openGraph(graph, t) };
    if (t !== own) {
      const can = graph && targets.includes('reference') ? `${own} or reference` : own;
      throw new TargetError(`artifact ${path} was compiled for ${manifest.target}; it runs on --target ${can}`, { expected: can, found: t });
    }
    return { ...declared, target: own, open: () => openArtifactDir(path, artifact) };
  }
  const t = checkTarget(target ?? 'webgpu');
  const forward = await loadGraph(path, opts);
  const g = opts.grads ? gradientGraph(forward, opts.wrt) : forward;
  const outputs = g.outputs.map((o) => ({ name: o.name, ...g.node(o.node).type }));
  const fusion = opts.scatter ? { scatter: opts.scatter } : {};
  return { name: g.name, target: t, inputs: declaredBy(g, 'input'), params: declaredBy(g, 'param'), outputs, graph: g, open: () => openGraph(g, t, { fusion }) };
}

/** A gradient artifact (one compiled with --grads) runs as it was compiled: --wrt cannot change it. */
function checkArtifactGrads(path: string, a: Pick<Runnable, 'inputs' | 'outputs'>, opts: GradsOptions): void {
  const { cotangents } = splitCotangents(a.inputs, a.outputs);
  if (opts.grads && !cotangents.length) throw new GraphError(`artifact ${path} was compiled without --grads: it computes no gradients (compile the network with --grads)`);
  if (opts.wrt) throw new GraphError(`artifact ${path}: --wrt applies to a network; an artifact's gradients were chosen when it was compiled`, { expected: 'no --wrt', found: opts.wrt.join(',') });
}

/** Inputs and params from files, or drawn from the seed (saying so); for a gradient graph, the cotangents
 *  too (from --cotangents). Limits are checked first, from the declared types; then files are read, so
 *  that a bad file is reported before anything is drawn. */
export async function bindings(r: Runnable, opts: Omit<RunOptions, 'out'>): Promise<{ inputs: Map<string, Tensor>; params: Map<string, Tensor> }> {
  await checkRunFits(r.name, r.target, [{ kind: 'input', declared: r.inputs }, { kind: 'param', declared: r.params }, { kind: 'output', declared: r.outputs }]);
  const { own, cotangents } = splitCotangents(r.inputs, r.outputs);
  const given = {
    inputs: opts.inputs ? await readBindings(own, 'input', opts.inputs) : undefined,
    params: opts.params ? await readBindings(r.params, 'param', opts.params, opts) : undefined,
  };
  const cots = cotangents.length ? await cotangentValues(cotangents, opts.cotangents, opts.seed) : new Map<string, Tensor>();
  const inputs = new Map([...given.inputs ?? randomInputs(own, opts.seed), ...cots]);
  const params = given.params ?? initParams(r.params, opts.seed);
  if (!given.inputs && own.length) note(`no --inputs: drew ${own.length} input(s) from normal(0,1) with seed ${opts.seed}`);
  if (!given.params && params.size) note(`no --params: drew ${params.size} parameter(s) from their init specs with seed ${opts.seed}`);
  return { inputs, params };
}

export function register(program: Command): void {
  withGrads(withSeed(withNetworkArgs(withParams(program.command('run')
    .description('run a network or a compiled artifact folder and write its outputs; print one line of statistics per output')
    .argument('<network>', 'a .ts/.js network module, a .json graph, a .tfir text graph, or an artifact folder (tempofuse compile)')
    .option('--target <name>', `where to run: ${TARGETS.join(', ')} (default: webgpu for a network, the artifact's own target for a folder)`)
    .option('--inputs <file>', '.safetensors file with every input (default: drawn from normal(0,1) with --seed)')
    .option('--out <file>', '.safetensors file to write the outputs to (checked before the run; written whole or not at all)')
    .option('--scatter <strategy>', `${SCATTER_HELP} (default deterministic)`, parseScatter)))), 'run')
    .action(async (path: string, opts: RunOptions) => {
      if (opts.out) await checkWritable(opts.out);
      const r = await runnable(path, opts.target, opts);
      const { inputs, params } = await bindings(r, opts);
      const zero = !opts.params && r.graph ? zeroScales(r.graph) : [];
      if (zero.length) {
        note(`${zero.length} parameter(s) drawn as zeros scale a value (${zero.slice(0, 3).join(', ')}${zero.length > 3 ? ', ...' : ''}): ` +
          'what they scale is zero at the init, so such a block computes the identity (give --params, or compare with `diff`, which spreads them)');
      }
      const session = await r.open();
      let outputs: Map<string, Tensor>;
      try {
        outputs = await session.run(inputs, params);
      } finally {
        await session.destroy();
      }
      note(`ran ${r.name} on ${session.device}`);
      const shown = new Map([...outputs].map(([name, t]) => [shownName(name), t]));
      if (opts.out) await writeTensors(opts.out, shown);
      for (const [name, t] of shown) print(describeTensor(name, t));
    });
}
