// What a training loop reads: a dataset of clips (from video files or generated), each a normalised f32
// clip of shape (C, T, H, W) with an integer class label, and the options every dataset takes.
import type { Sampling } from './sampling.ts';

/** One clip: `video` holds C*T*H*W values in (C, T, H, W) order (clipShape). */
export interface Clip {
  video: Float32Array;
  label: number;
  /** The video file the clip came from, or a name for a generated one. */
  path: string;
}

export interface ClipDataset {
  /** Number of clips (videos) in the split. */
  readonly size: number;
  /** Class names, indexed by label. */
  readonly classes: readonly string[];
  /** [C, T, H, W] of every clip. */
  readonly clipShape: readonly [number, number, number, number];
  label(index: number): number;
  path(index: number): string;
  /** Clip `index` as drawn in `epoch`: any randomness (frames, crop, flip) comes from the dataset's seed,
   *  the epoch and the index alone, so the same call gives the same clip. */
  load(index: number, epoch: number): Promise<Clip>;
  /** Stops the decoding threads, if any. */
  close(): Promise<void>;
}

/** How clips are drawn from videos; the defaults are those of openDataset. */
export interface ClipOptions {
  /** Frames per clip (T). Default 8. */
  frames: number;
  /** TSN segments (default) or dense clips with a stride. */
  sampling: Sampling;
  /** Height and width of the output (square). Default 112. */
  size: number;
  /** Short side the frames are resized to before cropping. Default `size`. */
  resize: number;
  /** Training draws (random frames within segments, random resized crop, flip when enabled); otherwise
   *  evaluation's fixed ones (middle frames, centre crop). Default: true for the split 'train'. */
  train: boolean;
  /** Random resized crop's range of the area fraction and of the aspect ratio. Defaults [0.08, 1] and
   *  [3/4, 4/3], torchvision's. */
  scale: readonly [number, number];
  ratio: readonly [number, number];
  /** Random horizontal flip in training. Default false: wrong for labels that name a direction ("moving
   *  something from left to right", the synthetic motion task), where a flip changes the class. */
  flip: boolean;
  /** Seed of every random draw. Default 0. */
  seed: number;
}
