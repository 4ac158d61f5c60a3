// A dataset of video files listed by an annotation file (data/folder-layout.ts). Each clip's random draws
// (frames, crop box, flip) are made here from (seed, epoch, index); decoding and the pixel work run in the
// decoding threads when there are any (data/decode-pool.ts), else in this thread.
import { runClipJob, type ClipJob } from './clip-job.ts';
import type { Clip, ClipDataset, ClipOptions } from './dataset.ts';
import { DecodePool } from './decode-pool.ts';
import { DEFAULT_FFMPEG, probeVideo, type VideoInfo } from './ffmpeg.ts';
import { readSplit, type LabelledVideos, type LayoutOptions, type Split } from './folder-layout.ts';
import { sampleFrames } from './sampling.ts';
import { streamFor } from './seeds.ts';
import { centreCrop, randomResizedCrop, shortSideSize } from './transforms.ts';
import { TempofuseError } from '../ir/errors.ts';

export interface VideoFolderOptions extends ClipOptions, LayoutOptions {
  split: Split;
  /** Decoding threads; 0 decodes in the calling thread. */
  workers: number;
  /** The ffmpeg program (ffprobe is the one beside it). */
  ffmpeg?: string;
}

export class VideoFolderDataset implements ClipDataset {
  readonly classes: readonly string[];
  readonly clipShape: readonly [number, number, number, number];
  private readonly probes = new Map<number, Promise<VideoInfo>>();
  private readonly pool?: DecodePool;
  private readonly ffmpeg: string;

  private constructor(private readonly videos: LabelledVideos, private readonly opts: VideoFolderOptions) {
    this.classes = videos.classes;
    this.clipShape = [3, opts.frames, opts.size, opts.size];
    this.ffmpeg = opts.ffmpeg ?? DEFAULT_FFMPEG;
    if (opts.workers > 0) this.pool = new DecodePool(opts.workers);
  }

  /** The split's videos of folder `dir`, checked to exist. */
  static async open(dir: string, opts: VideoFolderOptions): Promise<VideoFolderDataset> {
    return new VideoFolderDataset(await readSplit(dir, opts.split, opts), opts);
  }

  get size(): number { return this.videos.files.length; }
  label(index: number): number { return this.videos.labels[index]; }
  path(index: number): string { return this.videos.files[index]; }

  async load(index: number, epoch: number): Promise<Clip> {
    const { opts } = this;
    const file = this.videos.files[index];
    try {
      const info = await this.probe(index);
      const rng = streamFor(opts.seed, epoch, index);
      const indices = sampleFrames(info.frames, opts.frames, opts.sampling, opts.train, rng);
      const frame = shortSideSize(info.width, info.height, opts.resize);
      const box = opts.train ? randomResizedCrop(rng, frame, opts.scale, opts.ratio) : centreCrop(frame, opts.size);
      const flip = opts.train && opts.flip && rng.next() < 0.5;
      const job: ClipJob = { file, indices, frame, box, flip, size: opts.size, ffmpeg: this.ffmpeg };
      const video = await (this.pool ? this.pool.run(job) : runClipJob(job));
      return { video, label: this.videos.labels[index], path: file };
    } catch (e) {
      // name the annotation line the video was listed on
      throw e instanceof TempofuseError ? e.at({ loc: this.videos.at[index] }) : e;
    }
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }

  /** Each video is probed once (its frame count and size do not change between epochs). */
  private probe(index: number): Promise<VideoInfo> {
    let p = this.probes.get(index);
    if (!p) {
      p = probeVideo(this.videos.files[index], this.ffmpeg);
      this.probes.set(index, p);
      p.catch(() => this.probes.delete(index));
    }
    return p;
  }
}
