// `tempofuse train`: a network trained on a dataset, end to end. The training step (train/step.ts:
// forward, loss, gradients, optimizer) runs as one compiled program whose parameters and optimizer state
// stay on the device, written back in place after every step (runtime/updates.ts); a second program, the
// network in evaluation mode, scores the held-out split after every epoch. The run folder gets
// metrics.jsonl, plot.png and report.html (report/), and last.safetensors and best.safetensors
// (train/checkpoint.ts) after every epoch, and last.safetensors when the run is stopped.
//
// A run is a function of its settings: every random draw (initial parameters, shuffles, augmentation)
// comes from the seed and the position in the run, so that a run resumed from a checkpoint continues as
// the uninterrupted run would have, bit for bit on the same device.
import { join } from 'node:path';
import { OptimizerError, TrainingError } from '../ir/errors.ts';
import { Tensor } from '../ir/tensor.ts';
import { ClipLoader } from '../data/loader.ts';
import { topKAccuracy } from '../report/classification.ts';
import type { MetricRecord } from '../report/metrics.ts';
import { TrainingProgress, type ProgressStream } from '../report/progress.ts';
import { RunRecord } from '../report/run-record.ts';
import { loadCheckpoint } from '../runtime/checkpoint/load.ts';
import { declaredBy } from '../runtime/bindings.ts';
import { initParams } from '../runtime/init.ts';
import type { Session } from '../runtime/session.ts';
import type { TargetName } from '../runtime/targets.ts';
import { loadTrainingCheckpoint, saveTrainingCheckpoint, type TrainingState } from '../train/checkpoint.ts';
import { targetRows } from '../train/loss.ts';
import { learningRate, type Schedule } from '../train/schedule.ts';
import { trainingStep, type OptimizerSpec } from '../train/step.ts';
import { openGraph } from './open-graph.ts';
import { meanCrossEntropy, predict } from './predict.ts';
import { buildForData, describeNetwork, openSplit, type DataSettings, type NetworkSettings } from './train-setup.ts';

export interface TrainSettings extends DataSettings, NetworkSettings {
  readonly target: TargetName;
  readonly epochs: number;
  /** Stop after this many optimizer steps (default: the epochs' worth). */
  readonly maxSteps?: number;
  /** Clips per optimizer step; with `accumulate` k, k micro-batches of batch / k clips. */
  readonly batch: number;
  readonly accumulate: number;
  readonly optimizer: OptimizerSpec;
  readonly lr: number;
  readonly weightDecay: number;
  /** 'cosine' (with `warmupSteps`), 'multistep' (at `milestones` epochs, × `gamma`) or 'constant'. */
  readonly schedule: 'constant' | 'cosine' | 'multistep';
  readonly warmupSteps: number;
  readonly milestones: readonly number[];
  readonly gamma: number;
  readonly clipNorm?: number;
  readonly labelSmoothing: number;
  /** Initial network parameters from a file (by name; optimizer state starts at zero). */
  readonly init?: string;
  readonly stripPrefix?: string;
  /** Optimizer steps between step records in metrics.jsonl. */
  readonly logEvery: number;
  readonly out: string;
}

export interface TrainHooks {
  readonly stream?: ProgressStream;
  readonly isTTY?: boolean;
  /** Asked after every step: true ends the run after writing a checkpoint (Ctrl-C). */
  readonly stopRequested?: () => boolean;
  readonly note?: (text: string) => void;
}

export interface TrainResult {
  readonly state: TrainingState;
  readonly stopped: boolean;
  readonly lastVal?: { loss: number; acc: number };
  readonly checkpoint: string;
}

/** Settings a resumed run may change: where it stops (by steps: the epochs fix the schedule's length) and
 *  how it reads and reports; every other must be the run's own. */
const RESUMABLE = new Set(['maxSteps', 'out', 'workers', 'logEvery', 'timeout']);

export const LAST = 'last.safetensors';
export const BEST = 'best.safetensors';

export async function trainNetwork(s: TrainSettings, hooks: TrainHooks = {}, resume = false): Promise<TrainResult> {
  const note = hooks.note ?? (() => undefined);
  if (!Number.isInteger(s.batch / s.accumulate) || s.batch < s.accumulate) {
    throw new OptimizerError('the batch must split into equal micro-batches', { expected: `a batch that is a multiple of --accumulate ${s.accumulate}`, found: String(s.batch) });
  }
  const micro = s.batch / s.accumulate;
  const described = await describeNetwork(s);
  const [trainData, valData] = [await openSplit(s, 'train', s, described), await openSplit(s, 'val', s, described)];
  const sessions: Session[] = [];
  try {
    const trainNet = await buildForData(s, described, trainData, micro, true);
    const evalNet = await buildForData(s, described, valData, micro, false);
    const step = trainingStep(trainNet.graph, { optimizer: s.optimizer, weightDecay: s.weightDecay, clipNorm: s.clipNorm, accumulate: s.accumulate });
    const loader = new ClipLoader(trainData, { batchSize: micro, shuffle: true, seed: s.seed, dropLast: true });
    const valLoader = new ClipLoader(valData, { batchSize: micro });
    const stepsPerEpoch = Math.floor(loader.batchesPerEpoch / s.accumulate);
    if (stepsPerEpoch < 1) throw new OptimizerError(`an epoch of ${trainData.size} clips holds no whole optimizer step of ${s.batch} clips`, { expected: `at least ${s.batch} training clips`, found: String(trainData.size) });
    // the schedule spans the epochs; --steps only ends the run sooner (so that a run stopped by it resumes
    // on the same learning rates)
    const schedule = scheduleOf(s, stepsPerEpoch, s.epochs * stepsPerEpoch);
    const totalSteps = Math.min(s.maxSteps ?? Infinity, s.epochs * stepsPerEpoch);

    // parameters and position: a fresh run, a fine-tuning start, or a checkpoint to continue
    let state: TrainingState = { version: 1, step: 0, epoch: 0, batchInEpoch: 0, seed: s.seed, best: { accuracy: -1, epoch: -1 }, settings: settingsRecord(s) };
    let params = initParams(step.graph, s.seed);
    const checkpoint = join(s.out, LAST);
    if (resume) {
      const back = await loadTrainingCheckpoint(checkpoint);
      checkSameRun(back.state.settings, state.settings, checkpoint);
      state = { ...back.state, settings: state.settings };
      params = back.params;
      note(`resuming ${checkpoint} at step ${state.step} (epoch ${state.epoch + 1}, batch ${state.batchInEpoch})`);
    } else if (s.init) {
      const loaded = await loadCheckpoint(s.init, declaredBy(trainNet.graph, 'param'), 'param', { stripPrefix: s.stripPrefix, strict: false });
      loaded.notes.forEach(note);
      for (const [k, t] of loaded.tensors) params.set(k, t);
      const missing = declaredBy(trainNet.graph, 'param').filter((d) => !loaded.tensors.has(d.name)).map((d) => d.name);
      if (missing.length) note(`${s.init} has no ${missing.join(', ')}: drawn from their init specs with seed ${s.seed}`);
    }

    const stepSession = await openGraph(step.graph, s.target);
    sessions.push(stepSession);
    await stepSession.setUpdates(step.updates);
    const evalSession = await openGraph(evalNet.graph, s.target);
    sessions.push(evalSession);
    const { run, warnings } = await RunRecord.open(s.out, { resumeAtStep: resume ? state.step : undefined, title: `${s.network} on ${s.data}` });
    warnings.forEach(note);
    const progress = new TrainingProgress({ epochs: s.epochs, stepsPerEpoch, stream: hooks.stream, isTTY: hooks.isTTY });

    const save = async (path: string) => saveTrainingCheckpoint(path, await stepSession.readParams(), state);
    let bound = false;
    let lastVal: { loss: number; acc: number } | undefined;
    while (state.epoch < s.epochs && state.step < totalSteps) {
      const epoch = state.epoch;
      progress.startEpoch(epoch + 1);
      const sums = { loss: 0, hits: 0, clips: 0, ms: 0, steps: 0 };
      let window = { loss: 0, hits: 0, clips: 0, ms: 0, steps: 0 };
      for await (const batch of loader.epoch(epoch, state.batchInEpoch)) {
        const apply = (state.batchInEpoch + 1) % s.accumulate === 0;
        const lr = learningRate(schedule, s.lr, state.step);
        const inputs = new Map([
          [trainNet.input, batch.video],
          ['target', Tensor.from('f32', [micro, trainNet.classes], targetRows(batch.labels.data, trainNet.classes, s.labelSmoothing))],
          ['hyper', Tensor.from('f32', [step.hyperLength], step.hyper(state.step + 1, lr, apply))],
        ]);
        const t0 = performance.now();
        const out = await stepSession.run(inputs, bound ? undefined : params);
        const ms = performance.now() - t0;
        bound = true;
        const loss = out.get('loss')!.data[0];
        if (!Number.isFinite(loss)) {
          throw new TrainingError(`training diverged: the loss is ${loss} at step ${state.step + 1} (epoch ${epoch + 1}, batch ${state.batchInEpoch + 1}); lower --lr, or clip the gradients with --clip-norm`, { expected: 'a finite loss', found: String(loss) });
        }
        const hits = Math.round(topKAccuracy({ logits: out.get('logits')!.data, labels: batch.labels.data, classes: trainNet.classes }, 1) * micro);
        for (const acc of [sums, window]) { acc.loss += loss * micro; acc.hits += hits; acc.clips += micro; acc.ms += ms; }
        state = { ...state, batchInEpoch: state.batchInEpoch + 1 };
        if (apply) {
          state = { ...state, step: state.step + 1 };
          sums.steps++;
          window.steps++;
          progress.step(sums.steps, stats(sums));
          if (state.step % s.logEvery === 0) {
            await run.add(record('step', 'train', epoch + 1, state.step, lr, window));
            window = { loss: 0, hits: 0, clips: 0, ms: 0, steps: 0 };
          }
          if (hooks.stopRequested?.() || state.step >= totalSteps) break;
        }
        // micro-batches past the last whole step of the epoch are left out (their gradient would be
        // applied with the next epoch's)
        if (state.batchInEpoch >= stepsPerEpoch * s.accumulate) break;
      }
      const finished = state.batchInEpoch >= stepsPerEpoch * s.accumulate;
      const lr = learningRate(schedule, s.lr, Math.max(0, state.step - 1));
      if (!finished && state.step < totalSteps) {
        // stopped within the epoch: keep the position, say so, and end
        progress.stop();
        await save(checkpoint);
        note(`stopped at step ${state.step} (epoch ${epoch + 1}, batch ${state.batchInEpoch}); ${checkpoint} holds the run: continue it with --resume`);
        return { state, stopped: true, lastVal, checkpoint };
      }
      // the epoch's end (or the last step's): held-out scores, records, report, checkpoints
      const netParams = new Map([...await stepSession.readParams()].filter(([k]) => step.networkParams.includes(k)));
      const val = await predict(evalSession, evalNet.input, valLoader, evalNet.classes, netParams);
      lastVal = { loss: meanCrossEntropy(val.logits, val.labels, val.classes), acc: topKAccuracy(val, 1) };
      const valMs = val.batchMs.reduce((a, b) => a + b, 0);
      await run.add(record('epoch', 'train', epoch + 1, state.step, lr, sums));
      await run.add({ kind: 'epoch', split: 'val', epoch: epoch + 1, step: state.step, loss: lastVal.loss, acc: lastVal.acc, lr, clipsPerSec: valData.size / (valMs / 1000), stepMs: valMs / val.batchMs.length, time: new Date().toISOString() });
      progress.endEpoch({ train: { loss: sums.loss / sums.clips, acc: sums.hits / sums.clips }, val: lastVal, ...stats(sums) });
      if (finished) state = { ...state, epoch: epoch + 1, batchInEpoch: 0 };
      const better = lastVal.acc > state.best.accuracy;
      if (better) state = { ...state, best: { accuracy: lastVal.acc, epoch: epoch + 1 } };
      await save(checkpoint);
      if (better) await save(join(s.out, BEST));
      await run.writeReport();
      if (hooks.stopRequested?.()) return { state, stopped: true, lastVal, checkpoint };
    }
    return { state, stopped: false, lastVal, checkpoint };
  } finally {
    for (const session of sessions) await session.destroy();
    await trainData.close();
    await valData.close();
  }
}

interface Sums { loss: number; hits: number; clips: number; ms: number; steps: number }

/** Means over the clips and steps summed in `x` (an optimizer step's time: its micro-batches' together). */
function stats(x: Sums): { loss: number; acc: number; clipsPerSec: number; stepMs: number } {
  return { loss: x.loss / x.clips, acc: x.hits / x.clips, clipsPerSec: x.clips / (x.ms / 1000), stepMs: x.ms / Math.max(1, x.steps) };
}

function record(kind: MetricRecord['kind'], split: MetricRecord['split'], epoch: number, step: number, lr: number, x: Sums): MetricRecord {
  return { kind, split, epoch, step, lr, ...stats(x), time: new Date().toISOString() };
}

function scheduleOf(s: TrainSettings, stepsPerEpoch: number, totalSteps: number): Schedule {
  if (s.schedule === 'cosine') return { kind: 'cosine', totalSteps: Math.max(totalSteps, s.warmupSteps + 1), warmupSteps: s.warmupSteps };
  if (s.schedule === 'multistep') return { kind: 'multistep', milestones: s.milestones.map((e) => e * stepsPerEpoch), gamma: s.gamma };
  return { kind: 'constant' };
}

/** The settings as the checkpoint keeps them (JSON). */
function settingsRecord(s: TrainSettings): Record<string, unknown> {
  return JSON.parse(JSON.stringify(s)) as Record<string, unknown>;
}

function checkSameRun(was: Readonly<Record<string, unknown>>, now: Readonly<Record<string, unknown>>, path: string): void {
  const keys = new Set([...Object.keys(was), ...Object.keys(now)]);
  const differ = [...keys].filter((k) => !RESUMABLE.has(k) && JSON.stringify(was[k]) !== JSON.stringify(now[k]));
  if (differ.length) {
    throw new TrainingError(`${path} was written by a run with other settings: --resume continues a run as it was started`, {
      expected: differ.map((k) => `${k} = ${JSON.stringify(was[k])}`).join(', '), found: differ.map((k) => `${k} = ${JSON.stringify(now[k])}`).join(', '),
    });
  }
}

