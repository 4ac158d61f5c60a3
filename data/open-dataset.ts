// One entry point for a dataset named as a command line names it: a folder of videos with annotation
// lists, or `synthetic:motion?...` (data/synthetic-spec.ts). Options are checked here, each bad one a
// DataError naming it.
import { DataError } from '../ir/errors.ts';
import type { ClipDataset, ClipOptions } from './dataset.ts';
import type { LayoutOptions, Split } from './folder-layout.ts';
import type { Sampling } from './sampling.ts';
import { SyntheticMotionDataset } from './synthetic-dataset.ts';
import { parseSyntheticSpec, SYNTHETIC_PREFIX } from './synthetic-spec.ts';
import { VideoFolderDataset } from './video-folder.ts';

export interface OpenOptions extends Partial<ClipOptions>, LayoutOptions {
  /** Default 'train'. The synthetic task has 'train' and 'val'. */
  split?: Split;
  /** Decoding threads for video files; 0 decodes in the calling thread. Default 2. */
  workers?: number;
  /** The ffmpeg program. Default `ffmpeg` on PATH. */
  ffmpeg?: string;
}

/** Options of video folders the synthetic task refuses (a flip of false is accepted: it is what it does). */
const SYNTHETIC_IGNORES = ['sampling', 'resize', 'scale', 'ratio', 'flip', 'annotations', 'classes', 'videos', 'ffmpeg'] as const;

const DEFAULTS = { frames: 8, size: 112, workers: 2, seed: 0, flip: false, scale: [0.08, 1] as const, ratio: [3 / 4, 4 / 3] as const };

function check(name: string, ok: boolean, expected: string, value: unknown): void {
  if (!ok) throw new DataError(`bad dataset option ${name}`, { expected, found: JSON.stringify(value) });
}

const isInt = (v: number, least: number): boolean => Number.isInteger(v) && v >= least;

function clipOptions(opts: OpenOptions): ClipOptions {
  const split = opts.split ?? 'train';
  const o: ClipOptions = {
    frames: opts.frames ?? DEFAULTS.frames,
    sampling: opts.sampling ?? { kind: 'tsn' },
    size: opts.size ?? DEFAULTS.size,
    resize: opts.resize ?? opts.size ?? DEFAULTS.size,
    train: opts.train ?? split === 'train',
    scale: opts.scale ?? DEFAULTS.scale,
    ratio: opts.ratio ?? DEFAULTS.ratio,
    flip: opts.flip ?? DEFAULTS.flip,
    seed: opts.seed ?? DEFAULTS.seed,
  };
  check('split', ['train', 'val', 'test'].includes(split), "'train', 'val' or 'test'", split);
  check('frames', isInt(o.frames, 1), 'an integer >= 1', o.frames);
  check('size', isInt(o.size, 1), 'an integer >= 1', o.size);
  check('resize', isInt(o.resize, o.size), `an integer >= size (${o.size}): the centre crop must fit`, o.resize);
  check('seed', isInt(o.seed, 0), 'an integer >= 0', o.seed);
  const s: Sampling = o.sampling;
  check('sampling', s.kind === 'tsn' || (s.kind === 'dense' && isInt(s.stride, 1)), "{kind: 'tsn'} or {kind: 'dense', stride: integer >= 1}", s);
  check('scale', o.scale[0] > 0 && o.scale[0] <= o.scale[1] && o.scale[1] <= 1, '[low, high] with 0 < low <= high <= 1', o.scale);
  check('ratio', o.ratio[0] > 0 && o.ratio[0] <= o.ratio[1], '[low, high] with 0 < low <= high', o.ratio);
  return o;
}

/** The dataset `spec` names: a folder of videos, or a synthetic task (`synthetic:motion?...`). */
export async function openDataset(spec: string, opts: OpenOptions = {}): Promise<ClipDataset> {
  const clip = clipOptions(opts);
  const split = opts.split ?? 'train';
  if (spec.startsWith(SYNTHETIC_PREFIX)) {
    const motion = parseSyntheticSpec(spec);
    check('split', split !== 'test', "'train' or 'val' (the synthetic task has no test split)", split);
    // the spec fixes the clip shape: an option that asks for another is an error, not overridden
    check('frames', opts.frames === undefined || opts.frames === motion.frames, `the spec's frames=${motion.frames}`, opts.frames);
    check('size', opts.size === undefined || opts.size === motion.size, `the spec's size=${motion.size}`, opts.size);
    // the task has no augmentation, sampling choice or files: such an option would be silently ignored
    for (const key of SYNTHETIC_IGNORES) {
      if (opts[key] !== undefined && !(key === 'flip' && opts.flip === false)) {
        throw new DataError(`dataset option ${key} does not apply to the synthetic task (its clips are fixed, with no augmentation or files)`, { found: JSON.stringify(opts[key]) });
      }
    }
    return new SyntheticMotionDataset(motion, split as 'train' | 'val');
  }
  const workers = opts.workers ?? DEFAULTS.workers;
  check('workers', isInt(workers, 0), 'an integer >= 0', workers);
  return VideoFolderDataset.open(spec, { ...clip, ...layout(opts), split, workers, ffmpeg: opts.ffmpeg });
}

const layout = ({ annotations, classes, videos }: LayoutOptions): LayoutOptions => ({ annotations, classes, videos });
