// The synthetic motion task written as a dataset folder of real video files, read back by the same
// loader as any other folder (data/folder-layout.ts):
//   classes.txt                      the class names, one a line
//   train.txt, val.txt               `<video> <class index>` lines
//   train/clip_00000.mp4, ...        one video per clip, `frames` frames at 25 frames per second
import { join } from 'node:path';
import { writeFileAtomic, makeFolder } from '../io/files.ts';
import { encodeVideo, type EncodeOptions } from './ffmpeg.ts';
import { motionClasses, renderMotionClip, splitSize, type SyntheticSplit } from './synthetic-motion.ts';
import { parseSyntheticSpec, type MotionSpec } from './synthetic-spec.ts';

export interface WriteSyntheticOptions {
  /** Default 'lossless' (decoded back to the very bytes rendered); 'h264' for ordinary lossy videos. */
  codec?: EncodeOptions['codec'];
  ffmpeg?: string;
}

/** Writes the task `spec` (a spec string or its parsed form) as a dataset folder `dir`. */
export async function writeSyntheticVideos(dir: string, spec: MotionSpec | string, opts: WriteSyntheticOptions = {}): Promise<void> {
  if (typeof spec === 'string') spec = parseSyntheticSpec(spec);
  await makeFolder(dir);
  await writeFileAtomic(join(dir, 'classes.txt'), motionClasses(spec).join('\n') + '\n');
  for (const split of ['train', 'val'] as SyntheticSplit[]) {
    await makeFolder(join(dir, split));
    const lines: string[] = [];
    for (let i = 0; i < splitSize(spec, split); i++) {
      const { frames, label } = renderMotionClip(spec, split, i);
      const name = `${split}/clip_${String(i).padStart(5, '0')}.mp4`;
      await encodeVideo(join(dir, name), frames, { width: spec.size, height: spec.size, fps: 25, codec: opts.codec ?? 'lossless' }, opts.ffmpeg);
      lines.push(`${name} ${label}`);
    }
    await writeFileAtomic(join(dir, `${split}.txt`), lines.join('\n') + '\n');
  }
}
