// What a training or evaluation run is made of, before any device work: the datasets, the network built
// for them (its arguments for batch, training mode and, where it declares them, frames, size and classes,
// set from the data unless the user set them), checked against the clips it will be given.
import { DataError, GraphError } from '../ir/errors.ts';
import { formatShape } from '../ir/tensor.ts';
import type { Graph } from '../ir/graph.ts';
import { openDataset } from '../data/open-dataset.ts';
import type { ClipDataset } from '../data/dataset.ts';
import { SYNTHETIC_PREFIX } from '../data/synthetic-spec.ts';
import type { Split } from '../data/folder-layout.ts';
import { loadNetworkWithArgs, type NetworkArgs } from '../runtime/network.ts';

export interface DataSettings {
  /** A folder of videos with annotation lists, or `synthetic:motion?...`. */
  readonly data: string;
  readonly seed: number;
  /** Decoding threads (video folders). */
  readonly workers: number;
  /** Random horizontal flip in training (video folders; wrong for direction-dependent labels). */
  readonly flip: boolean;
}

export interface NetworkSettings {
  readonly network: string;
  readonly args: NetworkArgs;
  readonly timeout?: number;
}

/** A network built for a batch size and a BN mode; `input` names its clip input. */
export interface BuiltNetwork {
  readonly graph: Graph;
  readonly args: NetworkArgs;
  readonly input: string;
  readonly classes: number;
}

/** The arguments the data decides, where the network declares them and the user left them alone. */
function fromData(declared: NetworkArgs, given: NetworkArgs, ds: ClipDataset): NetworkArgs {
  const [, t, h] = ds.clipShape;
  const wanted: NetworkArgs = { frames: t, size: h, classes: ds.classes.length };
  return Object.fromEntries(Object.entries(wanted).filter(([k]) => typeof declared[k] === 'number' && given[k] === undefined));
}

/** The network with batch `batch` and BN mode `training` (each only where the network declares it), for
 *  clips of `ds`: its one f32 input must take (batch, C, T, H, W) clips, its 'logits' output one score per
 *  class of the data. */
export async function buildForData(n: NetworkSettings, ds: ClipDataset, batch: number, training: boolean): Promise<BuiltNetwork> {
  const declared = (await loadNetworkWithArgs(n.network, n.args, { timeout: n.timeout })).args;
  const mode: NetworkArgs = {};
  if (typeof declared.batch === 'number') mode.batch = batch;
  if (typeof declared.training === 'boolean') mode.training = training;
  const { graph, args } = await loadNetworkWithArgs(n.network, { ...n.args, ...fromData(declared, n.args, ds), ...mode }, { timeout: n.timeout });
  const inputs = graph.inputs();
  const want = [batch, ...ds.clipShape];
  if (inputs.length !== 1) throw new GraphError(`${n.network}: a network to train takes one input, the clip`, { expected: `one input f32${formatShape(want)}`, found: inputs.map((i) => `'${i.attrs.name}'`).join(', ') || 'none' });
  const x = inputs[0];
  if (formatShape(x.type.shape) !== formatShape(want) || x.type.dtype !== 'f32') {
    throw new GraphError(`${n.network}: input '${x.attrs.name}' does not take the data's clips`, {
      expected: `f32${formatShape(want)} (batch ${batch}, clips ${formatShape(ds.clipShape)})`, found: `${x.type.dtype}${formatShape(x.type.shape)}`,
      loc: x.loc,
    });
  }
  const logits = graph.outputs.find((o) => o.name === 'logits');
  const type = logits && graph.node(logits.node).type;
  if (!type || formatShape(type.shape) !== formatShape([batch, ds.classes.length])) {
    throw new GraphError(`${n.network}: a network to train returns an output 'logits' with one score per class`, {
      expected: `logits f32${formatShape([batch, ds.classes.length])} (the data has ${ds.classes.length} classes${typeof declared.classes === 'number' ? '' : '; the network declares no argument classes'})`,
      found: type ? `logits ${type.dtype}${formatShape(type.shape)}` : `outputs ${graph.outputs.map((o) => `'${o.name}'`).join(', ')}`,
    });
  }
  return { graph, args, input: x.attrs.name as string, classes: ds.classes.length };
}

/** The split of `data` that a run trains or evaluates on. A synthetic task's clip shape is in its spec;
 *  a folder's clips take the frames and size `shape` gives (from the network). */
export async function openSplit(d: DataSettings, split: Split, shape?: { frames: number; size: number }): Promise<ClipDataset> {
  if (d.data.startsWith(SYNTHETIC_PREFIX)) return openDataset(d.data, { split, seed: d.seed });
  if (!shape) throw new DataError(`dataset ${d.data}: the clip shape must come from the network (its frames and size arguments)`);
  return openDataset(d.data, { split, seed: d.seed, workers: d.workers, flip: split === 'train' && d.flip, frames: shape.frames, size: shape.size });
}

/** The clip shape a network asks for, from its declared frames and size (for video folders). */
export async function networkClipShape(n: NetworkSettings): Promise<{ frames: number; size: number }> {
  const { graph, args } = await loadNetworkWithArgs(n.network, n.args, { timeout: n.timeout });
  const x = graph.inputs()[0];
  const [, , t, h] = x?.type.shape ?? [];
  const frames = typeof args.frames === 'number' ? args.frames : t;
  const size = typeof args.size === 'number' ? args.size : h;
  if (!Number.isInteger(frames) || !Number.isInteger(size)) {
    throw new GraphError(`${n.network}: cannot tell the clip shape it takes (no arguments frames and size, and no (N, C, T, H, W) input)`, { found: x ? formatShape(x.type.shape) : 'no input' });
  }
  return { frames, size };
}
