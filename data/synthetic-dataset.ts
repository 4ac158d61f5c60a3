// The synthetic motion task as a dataset: clips rendered in code (data/synthetic-motion.ts) and
// normalised as decoded videos are, at the spec's own frame count and size. It has no augmentation and no
// random draws per epoch: the clips are a fixed set, the same in every epoch, as a folder of videos is.
import type { Clip, ClipDataset } from './dataset.ts';
import { motionClasses, renderMotionClip, splitSize, type SyntheticSplit } from './synthetic-motion.ts';
import type { MotionSpec } from './synthetic-spec.ts';
import { clipToTensorData } from './transforms.ts';

export class SyntheticMotionDataset implements ClipDataset {
  readonly classes: readonly string[];
  readonly clipShape: readonly [number, number, number, number];
  readonly size: number;

  constructor(readonly spec: MotionSpec, readonly split: SyntheticSplit) {
    this.classes = motionClasses(spec);
    this.clipShape = [3, spec.frames, spec.size, spec.size];
    this.size = splitSize(spec, split);
  }

  label(index: number): number { return index % this.spec.classes; }
  path(index: number): string { return `synthetic:motion/${this.split}/${index}`; }

  async load(index: number): Promise<Clip> {
    const { frames, label } = renderMotionClip(this.spec, this.split, index);
    const { size, frames: t } = this.spec;
    const bytes = size * size * 3;
    const video = clipToTensorData({
      frames: Array.from({ length: t }, (_, f) => frames.subarray(f * bytes, (f + 1) * bytes)),
      frame: { width: size, height: size }, box: { top: 0, left: 0, height: size, width: size }, flip: false, size,
    });
    return { video, label, path: this.path(index) };
  }

  async close(): Promise<void> {}
}
