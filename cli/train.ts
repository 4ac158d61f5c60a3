// `tempofuse train` and `tempofuse eval`: train a network on a dataset (driver/train.ts), and score a trained
// network on a split (top-1/top-5, per-class accuracy, confusion matrix).
import { dirname, join } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ClipLoader } from '../data/loader.ts';
import { buildForData, describeNetwork, openSplit } from '../driver/train-setup.ts';
import { openGraph } from '../driver/open-graph.ts';
import { meanCrossEntropy, predict } from '../driver/predict.ts';
import { trainNetwork, type TrainSettings } from '../driver/train.ts';
import { summarize } from '../report/classification.ts';
import { writeEvaluation } from '../report/evaluation-report.ts';
import { formatPercent } from '../report/format.ts';
import { makeFolder } from '../io/files.ts';
import { declaredBy } from '../runtime/bindings.ts';
import { loadCheckpoint } from '../runtime/checkpoint/load.ts';
import type { NetworkArgs } from '../runtime/network.ts';
import { checkTarget, TARGETS } from '../runtime/targets.ts';
import type { OptimizerSpec } from '../train/step.ts';
import { note, numberOption, print, withNetworkArgs, withSeed } from './common.ts';

const positiveInt = numberOption('an integer >= 1', (n) => Number.isInteger(n) && n >= 1);
const nonNegative = numberOption('a number >= 0', (n) => n >= 0);
const positive = numberOption('a number > 0', (n) => n > 0);
const list = (text: string): number[] => text.split(',').map((t) => {
  const n = Number(t);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected comma-separated epoch numbers >= 1');
  return n;
});

interface TrainOptions {
  data: string; target: string; epochs: number; steps?: number; batch: number; accumulate: number; lr: number;
  optimizer: 'sgd' | 'adamw'; momentum: number; nesterov: boolean; weightDecay: number; beta1: number; beta2: number;
  schedule: 'constant' | 'cosine' | 'multistep'; warmup: number; milestones: number[]; gamma: number; clipNorm?: number;
  labelSmoothing: number; seed: number; out: string; resume: boolean; params?: string; stripPrefix?: string;
  workers: number; flip: boolean; logEvery: number; arg?: NetworkArgs; timeout: number;
}

function settings(network: string, o: TrainOptions): TrainSettings {
  const optimizer: OptimizerSpec = o.optimizer === 'adamw'
    ? { kind: 'adamw', betas: [o.beta1, o.beta2] }
    : { kind: 'sgd', momentum: o.momentum, nesterov: o.nesterov };
  return {
    network, args: o.arg ?? {}, timeout: o.timeout, data: o.data, seed: o.seed, workers: o.workers, flip: o.flip,
    target: checkTarget(o.target), epochs: o.epochs, maxSteps: o.steps, batch: o.batch, accumulate: o.accumulate,
    optimizer, lr: o.lr, weightDecay: o.weightDecay, schedule: o.schedule, warmupSteps: o.warmup, milestones: o.milestones,
    gamma: o.gamma, clipNorm: o.clipNorm, labelSmoothing: o.labelSmoothing, init: o.params, stripPrefix: o.stripPrefix,
    logEvery: o.logEvery, out: o.out,
  };
}

export function register(program: Command): void {
  withSeed(withNetworkArgs(program.command('train')
    .description('train a network (a classifier with one clip input and a logits output) on a dataset; write metrics, plots and checkpoints to --out')
    .argument('<network>', 'a .ts/.js network module; its batch and training arguments (where it declares them) are set by the trainer')
    .requiredOption('--data <dir|synthetic:...>', 'a folder of videos with annotation lists (train/val), or synthetic:motion?classes=4&train=256&val=64&frames=8&size=32&seed=0')
    .requiredOption('--out <dir>', 'run folder: metrics.jsonl, plot.png, report.html, last.safetensors, best.safetensors')
    .option('--target <name>', `where to run: ${TARGETS.join(', ')}`, 'webgpu')
    .option('--epochs <n>', 'epochs to train', positiveInt, 10)
    .option('--steps <n>', 'stop after this many optimizer steps (the schedule still spans --epochs)', positiveInt)
    .option('--batch <n>', 'clips per optimizer step', positiveInt, 8)
    .option('--accumulate <k>', 'split each step into k micro-batches whose gradients are averaged', positiveInt, 1)
    .addOption(new Option('--optimizer <name>', 'optimizer').choices(['sgd', 'adamw']).default('sgd'))
    .option('--lr <x>', 'base learning rate', positive, 0.05)
    .option('--momentum <x>', 'SGD momentum', nonNegative, 0.9)
    .option('--nesterov', 'SGD with Nesterov momentum', false)
    .option('--beta1 <x>', 'AdamW beta1', nonNegative, 0.9)
    .option('--beta2 <x>', 'AdamW beta2', nonNegative, 0.999)
    .option('--weight-decay <x>', 'weight decay (none on biases and BatchNorm parameters)', nonNegative, 1e-4)
    .addOption(new Option('--schedule <name>', 'learning-rate schedule').choices(['constant', 'cosine', 'multistep']).default('cosine'))
    .option('--warmup <steps>', 'cosine: linear warm-up steps', nonNegative, 0)
    .option('--milestones <epochs>', 'multistep: epochs after which the rate is multiplied by --gamma', list, [])
    .option('--gamma <x>', 'multistep: the factor', positive, 0.1)
    .option('--clip-norm <x>', 'clip the gradients to this global L2 norm', positive)
    .option('--label-smoothing <x>', 'label smoothing of the cross-entropy', nonNegative, 0)
    .option('--params <file>', 'initial network parameters (.safetensors or a PyTorch checkpoint, by name) to fine-tune from')
    .option('--strip-prefix <p>', 'remove this prefix from the keys of --params')
    .option('--resume', 'continue the run in --out from its last.safetensors, with the same settings', false)
    .option('--workers <n>', 'video decoding threads', nonNegative, 2)
    .option('--flip', 'random horizontal flips in training (not for direction-dependent labels)', false)
    .option('--log-every <steps>', 'optimizer steps per record in metrics.jsonl', positiveInt, 10)))
    .action(async (network: string, o: TrainOptions) => {
      let stop = false;
      const onInt = () => {
        stop = true;
        note('stopping after this step (Ctrl-C again to quit at once)');
        process.removeListener('SIGINT', onInt);
      };
      process.on('SIGINT', onInt);
      try {
        const r = await trainNetwork(settings(network, o), { stopRequested: () => stop, note }, o.resume);
        const best = r.state.best.epoch > 0 ? `; best held-out accuracy ${formatPercent(r.state.best.accuracy)} (epoch ${r.state.best.epoch})` : '';
        print(`${r.stopped ? 'stopped' : 'trained'} ${r.state.step} steps, ${r.state.epoch} epochs${r.lastVal ? `; held-out loss ${r.lastVal.loss.toFixed(4)}, accuracy ${formatPercent(r.lastVal.acc)}` : ''}${best}; checkpoint ${r.checkpoint}`);
      } finally {
        process.removeListener('SIGINT', onInt);
      }
    });

  withNetworkArgs(program.command('eval')
    .description('score a trained network on a split of a dataset: top-1/top-5 and per-class accuracy, confusion matrix (written to --out)')
    .argument('<network>', 'a .ts/.js network module')
    .requiredOption('--params <file>', 'the trained parameters (a training checkpoint, .safetensors or PyTorch checkpoint)')
    .requiredOption('--data <dir|synthetic:...>', 'the dataset (as for train)')
    .addOption(new Option('--split <name>', 'the split to score').choices(['train', 'val', 'test']).default('val'))
    .option('--target <name>', `where to run: ${TARGETS.join(', ')}`, 'webgpu')
    .option('--batch <n>', 'clips per run', positiveInt, 8)
    .option('--workers <n>', 'video decoding threads', nonNegative, 2)
    .option('--strip-prefix <p>', 'remove this prefix from the keys of --params')
    .option('--out <dir>', 'where eval.json, confusion.png, confusion.csv and eval.html go (default: eval-<split> beside --params)'))
    .action(async (network: string, o: { params: string; data: string; split: 'train' | 'val' | 'test'; target: string; batch: number; workers: number; stripPrefix?: string; out?: string; arg?: NetworkArgs; timeout: number }) => {
      const n = { network, args: o.arg ?? {}, timeout: o.timeout };
      const d = { data: o.data, seed: 0, workers: o.workers, flip: false };
      const out = o.out ?? join(dirname(o.params), `eval-${o.split}`);
      await makeFolder(out); // before the work: a folder that cannot be made is reported first
      const described = await describeNetwork(n);
      const ds = await openSplit(d, o.split, n, described);
      try {
        const net = await buildForData(n, described, ds, o.batch, false);
        const loaded = await loadCheckpoint(o.params, declaredBy(net.graph, 'param'), 'param', { stripPrefix: o.stripPrefix });
        loaded.notes.forEach(note);
        const session = await openGraph(net.graph, checkTarget(o.target));
        try {
          const p = await predict(session, net.input, new ClipLoader(ds, { batchSize: o.batch }), net.classes, loaded.tensors);
          const s = summarize(p, ds.classes);
          await writeEvaluation(out, s, `${network} on ${o.data} (${o.split})`);
          print(`${s.samples} clips: top-1 ${formatPercent(s.top1)}${s.top5 === null ? '' : `, top-5 ${formatPercent(s.top5)}`}, mean class accuracy ${formatPercent(s.meanClassAccuracy)}, loss ${meanCrossEntropy(p.logits, p.labels, p.classes).toFixed(4)}`);
          for (const c of s.perClass) print(`  ${c.name}: ${c.accuracy === null ? 'no clips' : `${formatPercent(c.accuracy)} of ${c.samples}`}`);
          print(`wrote ${out}/ (eval.json, confusion.png, confusion.csv, eval.html)`);
        } finally {
          await session.destroy();
        }
      } finally {
        await ds.close();
      }
    });
}
