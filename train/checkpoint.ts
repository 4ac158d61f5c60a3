// Training checkpoints: one .safetensors file holding the network's parameters and buffers under their
// state_dict names, the optimizer's state under `optim.` names (train/step.ts), and, in the header's
// metadata under TRAINING_KEY, the run's position and settings as JSON (TrainingState). The file is written
// whole or not at all (io/files.ts: a process killed while writing leaves the previous checkpoint), and it
// loads for inference as any parameter file does: the loader leaves out the optimizer's entries.
import { CheckpointError } from '../ir/errors.ts';
import type { Tensor } from '../ir/tensor.ts';
import { loadSafetensors, saveSafetensors } from '../io/safetensors.ts';
import { TRAINING_KEY } from '../io/training-keys.ts';


/** Where a run stands and how it was started: enough to continue it exactly. The random streams (parameter
 *  init, shuffling, augmentation) are functions of the seed and the position, so the seed is their state. */
export interface TrainingState {
  readonly version: 1;
  /** Optimizer steps taken. */
  readonly step: number;
  /** Epochs completed, and micro-batches of the next epoch already consumed. */
  readonly epoch: number;
  readonly batchInEpoch: number;
  readonly seed: number;
  /** Best held-out top-1 accuracy so far and its epoch (-1: none yet). */
  readonly best: { readonly accuracy: number; readonly epoch: number };
  /** The settings of the run (network, data, optimizer, schedule, ...), as the command resolved them. */
  readonly settings: Readonly<Record<string, unknown>>;
}

export async function saveTrainingCheckpoint(path: string, params: ReadonlyMap<string, Tensor>, state: TrainingState): Promise<void> {
  await saveSafetensors(path, params, { [TRAINING_KEY]: JSON.stringify(state) });
}

export async function loadTrainingCheckpoint(path: string): Promise<{ params: Map<string, Tensor>; state: TrainingState }> {
  const file = await loadSafetensors(path);
  const text = file.metadata[TRAINING_KEY];
  if (text === undefined) {
    throw new CheckpointError(`${path} is not a training checkpoint: its header has no '${TRAINING_KEY}' entry`, { expected: 'a checkpoint written by tempofuse train', found: `metadata keys: ${Object.keys(file.metadata).join(', ') || 'none'}` });
  }
  let state: TrainingState;
  try {
    state = JSON.parse(text) as TrainingState;
  } catch (e) {
    throw new CheckpointError(`${path}: the training state in its header is not JSON (${(e as Error).message})`);
  }
  const numbers = ['step', 'epoch', 'batchInEpoch', 'seed'] as const;
  const bad = numbers.find((k) => !Number.isInteger(state[k]) || state[k] < 0);
  if (state.version !== 1 || bad) {
    throw new CheckpointError(`${path}: the training state in its header is not one this version reads`, { expected: 'version 1 with non-negative integer step, epoch, batchInEpoch and seed', found: bad ? `${bad} = ${String(state[bad])}` : `version ${String(state.version)}` });
  }
  return { params: file.tensors, state };
}
