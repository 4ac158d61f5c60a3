// The work of loading one clip from a video file once its random draws are made: decode the frames
// asked, then crop, resample, flip and normalise them. Plain data in and out, so that it runs the same in
// a decoding thread (data/decode-worker.mjs) or in the caller's.
import { decodeFrames, type FrameSize } from './ffmpeg.ts';
import { clipToTensorData, type CropBox } from './transforms.ts';

export interface ClipJob {
  file: string;
  /** Frames of the clip in order (repeats allowed). */
  indices: number[];
  /** Size the frames are decoded at. */
  frame: FrameSize;
  box: CropBox;
  flip: boolean;
  size: number;
  ffmpeg: string;
}

/** The clip's values in (C, T, H, W) order. */
export async function runClipJob(job: ClipJob): Promise<Float32Array> {
  const unique = [...new Set(job.indices)].sort((a, b) => a - b);
  const decoded = await decodeFrames(job.file, unique, job.frame, job.ffmpeg);
  const byIndex = new Map(unique.map((i, k) => [i, decoded[k]]));
  return clipToTensorData({ frames: job.indices.map((i) => byIndex.get(i)!), frame: job.frame, box: job.box, flip: job.flip, size: job.size });
}
