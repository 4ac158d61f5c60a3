// What a training or evaluation run is made of, before any device work: the datasets, the network built
// for them (its arguments for batch, training mode and, where it declares them, frames, size and classes,
// set from the data unless the user set them), checked against the clips it will be given.
import { GraphError } from '../ir/errors.ts';
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

/** A network built with the user's arguments: the arguments it declares (defaults filled in) and the clip
 *  shape it takes, which the runs then build it for. */
export interface NetworkDescription {
  readonly graph: Graph;
  readonly args: NetworkArgs;
}

export const describeNetwork = (n: NetworkSettings): Promise<NetworkDescription> =>
  loadNetworkWithArgs(n.network, n.args, { timeout: n.timeout });

/** The network with batch `batch` and BN mode `training` (each only where the network declares it, as
 *  `described` says), for clips of `ds`: its one f32 input must take (batch, C, T, H, W) clips, its 'logits'
 *  output one score per class of the data. */
export async function buildForData(n: NetworkSettings, described: NetworkDescription, ds: ClipDataset, batch: number, training: boolean): Promise<BuiltNetwork> {
  const declared = described.args;
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
 *  a folder's clips take the frames and size the network asks for. */
export async function openSplit(d: DataSettings, split: Split, n: NetworkSettings, described: NetworkDescription): Promise<ClipDataset> {
  if (d.data.startsWith(SYNTHETIC_PREFIX)) return openDataset(d.data, { split, seed: d.seed });
  const { frames, size } = clipShape(n, described);
  return openDataset(d.data, { split, seed: d.seed, workers: d.workers, flip: split === 'train' && d.flip, frames, size });
}

/** The clip shape a network asks for: its declared frames and size, else its (N, C, T, H, W) input's. */
function clipShape(n: NetworkSettings, { graph, args }: NetworkDescription): { frames: number; size: number } {
  const x = graph.inputs()[0];
  const [, , t, h] = x?.type.shape ?? [];
  const frames = typeof args.frames === 'number' ? args.frames : t;
  const size = typeof args.size === 'number' ? args.size : h;
  if (!Number.isInteger(frames) || !Number.isInteger(size)) {
    throw new GraphError(`${n.network}: cannot tell the clip shape it takes (no arguments frames and size, and no (N, C, T, H, W) input)`, { found: x ? formatShape(x.type.shape) : 'no input' });
  }
  return { frames, size };
}
