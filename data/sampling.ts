// Which frames of a video make a clip of T frames.
// - TSN segments: the video is cut into T equal segments (real-valued bounds) and one frame is taken from
//   each: a uniformly random one in training, the middle one in evaluation. A video shorter than T frames
//   has segments shorter than a frame, so frames repeat in order (a slowed-down video), never out of order.
// - Dense clips: T frames `stride` apart (a span of (T-1)*stride+1 frames), starting at a random frame in
//   training and so that the span is centred in evaluation. A video shorter than the span starts at frame
//   0 and its indices wrap around (index mod frames), as mmaction2's SampleFrames does by default
//   (out_of_bound_opt='loop').
import type { Rng } from '../ir/random.ts';

export type Sampling = { kind: 'tsn' } | { kind: 'dense'; stride: number };

/** Frame indices (0-based, in clip order) for a clip of `t` frames from a video of `frames` frames. */
export function sampleFrames(frames: number, t: number, sampling: Sampling, train: boolean, rng: Rng): number[] {
  if (sampling.kind === 'tsn') {
    const seg = frames / t;
    return Array.from({ length: t }, (_, k) => Math.min(frames - 1, Math.floor((k + (train ? rng.next() : 0.5)) * seg)));
  }
  const span = (t - 1) * sampling.stride + 1;
  const start = frames < span ? 0 : train ? rng.int(0, frames - span + 1) : Math.floor((frames - span) / 2);
  return Array.from({ length: t }, (_, k) => (start + k * sampling.stride) % frames);
}
