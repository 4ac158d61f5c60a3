// A folder of video files through openDataset and the loader: the frames, crops and labels that come
// out (read off the pixels of frame-coded videos), training draws that are the same with decoding threads
// as without, errors naming the annotation line, and the synthetic task written as videos and read back.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../ir/errors.ts';
import type { Batch } from '../../data/loader.ts';
import { ClipLoader } from '../../data/loader.ts';
import { openDataset } from '../../data/open-dataset.ts';
import { IMAGENET_MEAN, IMAGENET_STD } from '../../data/transforms.ts';
import { writeSyntheticVideos } from '../../data/write-synthetic.ts';
import { frameByte, frameCodedVideo } from '../helpers/data-videos.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-data-folder-'));
  await Promise.all([
    frameCodedVideo(join(dir, 'v0.mp4'), 16, 16, 12),
    frameCodedVideo(join(dir, 'v1.mp4'), 10, 16, 12),
    frameCodedVideo(join(dir, 'v2.mp4'), 6, 12, 16),
    writeFile(join(dir, 'train.txt'), 'v0.mp4 jump\nv1.mp4 run\nv2.mp4 jump\n'),
    writeFile(join(dir, 'val.txt'), 'v0.mp4 jump\nv1.mp4 run\nv2.mp4 jump\n'),
    writeFile(join(dir, 'short.txt'), 'v0.mp4 jump\nv1.mp4 run\n'),
  ]);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

/** The byte a normalised value of channel c came from. */
const byteOf = (v: number, c: number) => Math.round((v * IMAGENET_STD[c] + IMAGENET_MEAN[c]) * 255) + 0; // (+0: no -0)

/** Channel c at frame t, row y, column x of clip k of a batch [N, 3, T, S, S], as a byte. */
function at(batch: Batch, k: number, c: number, t: number, y: number, x: number): number {
  const [, , T, S] = batch.video.shape;
  return byteOf(batch.video.data[(((k * 3 + c) * T + t) * S + y) * S + x], c);
}

async function all(loader: ClipLoader, epoch: number): Promise<Batch[]> {
  const out: Batch[] = [];
  for await (const b of loader.epoch(epoch)) out.push(b);
  return out;
}

describe('evaluation clips', () => {
  it('TSN middle frames, centre crop of the short-side size, labels by sorted class name', async () => {
    const ds = await openDataset(dir, { split: 'val', frames: 4, size: 12, workers: 0 });
    expect([ds.classes, ds.clipShape]).toEqual([['jump', 'run'], [3, 4, 12, 12]]);
    const [b] = await all(new ClipLoader(ds, { batchSize: 3 }), 0);
    expect(b.video.shape).toEqual([3, 3, 4, 12, 12]);
    expect([...b.labels.data]).toEqual([0, 1, 0]);
    expect(b.paths).toEqual(['v0', 'v1', 'v2'].map((v) => join(dir, `${v}.mp4`)));
    const frames = (k: number) => [0, 1, 2, 3].map((t) => at(b, k, 0, t, 5, 5));
    expect(frames(0)).toEqual([2, 6, 10, 14].map(frameByte));
    expect(frames(1)).toEqual([1, 3, 6, 8].map(frameByte));
    expect(frames(2)).toEqual([0, 2, 3, 5].map(frameByte));
    // landscape 16x12: columns 2..13 kept; portrait 12x16: rows 2..13
    expect([at(b, 0, 1, 0, 0, 0), at(b, 0, 1, 0, 0, 11), at(b, 0, 2, 0, 11, 0)]).toEqual([20, 130, 110]);
    expect([at(b, 2, 1, 0, 0, 0), at(b, 2, 2, 0, 0, 0), at(b, 2, 2, 0, 11, 0)]).toEqual([0, 20, 130]);
    await ds.close();
  });

  it('dense clips with a stride, centred', async () => {
    const ds = await openDataset(dir, { split: 'val', frames: 4, size: 12, sampling: { kind: 'dense', stride: 2 }, workers: 0 });
    const clip = await ds.load(0, 0);
    const t = (i: number) => byteOf(clip.video[i * 144], 0);
    expect([0, 1, 2, 3].map(t)).toEqual([4, 6, 8, 10].map(frameByte));
  });
});

describe('training clips', () => {
  it('draw frames within segments and crops per epoch, the same with decoding threads as without', async () => {
    // two videos: each clip is a few ffmpeg runs, slow on a busy machine
    const opts = { split: 'train', annotations: join(dir, 'short.txt'), frames: 4, size: 8, resize: 12, flip: true, seed: 3 } as const;
    const [inline, threaded] = await Promise.all([openDataset(dir, { ...opts, workers: 0 }), openDataset(dir, { ...opts, workers: 2 })]);
    const loaders = [inline, threaded].map((ds) => new ClipLoader(ds, { batchSize: 2, shuffle: true, seed: 1, prefetch: 2 }));
    const [a0, b0, a1] = [await all(loaders[0], 0), await all(loaders[1], 0), await all(loaders[0], 1)];
    expect(a0.map((b) => b.indices)).toEqual(b0.map((b) => b.indices));
    expect(a0.map((b) => [...b.video.data])).toEqual(b0.map((b) => [...b.video.data]));
    expect(a0.map((b) => [...b.labels.data])).toEqual(b0.map((b) => [...b.labels.data]));
    expect(a0.map((b) => [...b.video.data])).not.toEqual(a1.map((b) => [...b.video.data]));
    // clip of v0 (16 frames): frame t from segment [4t, 4t+4), whatever the crop
    for (const batch of [...a0, ...a1]) {
      const k = batch.indices.indexOf(0);
      if (k < 0) continue;
      [0, 1, 2, 3].forEach((t) => expect(at(batch, k, 0, t, 3, 3) / 16).toBeGreaterThanOrEqual(4 * t));
      [0, 1, 2, 3].forEach((t) => expect(at(batch, k, 0, t, 3, 3) / 16).toBeLessThan(4 * t + 4));
    }
    await Promise.all([inline.close(), threaded.close()]);
  }, 120_000);
});

describe('errors', () => {
  it('a video that cannot be decoded is reported at its annotation line, from a decoding thread too', async () => {
    await writeFile(join(dir, 'broken.mp4'), 'no video');
    await writeFile(join(dir, 'broken.txt'), 'v0.mp4 jump\nbroken.mp4 run\n');
    const ds = await openDataset(dir, { annotations: join(dir, 'broken.txt'), workers: 0, size: 8 });
    const e = await ds.load(1, 0).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).message).toContain(`${join(dir, 'broken.txt')}:2: cannot read video ${join(dir, 'broken.mp4')}`);
    // ffprobe found, ffmpeg not: the failure is in the decoding thread
    await mkdir(join(dir, 'bin'));
    await symlink('/usr/bin/ffprobe', join(dir, 'bin', 'ffprobe'));
    const threaded = await openDataset(dir, { split: 'val', workers: 1, size: 8, ffmpeg: join(dir, 'bin', 'ffmpeg') });
    const t = await threaded.load(1, 0).catch((x: unknown) => x);
    expect(t).toBeInstanceOf(DataError);
    expect((t as DataError).message).toContain(`${join(dir, 'val.txt')}:2: cannot decode video`);
    expect((t as DataError).message).toContain('is not installed');
    await threaded.close();
  });

  it('bad options', async () => {
    await expect(openDataset(dir, { size: 16, resize: 12 })).rejects.toThrow('bad dataset option resize');
    await expect(openDataset(dir, { workers: -1 })).rejects.toThrow('bad dataset option workers');
    await expect(openDataset(dir, { sampling: { kind: 'dense', stride: 0 } })).rejects.toThrow('bad dataset option sampling');
  });
});

describe('the synthetic task written as videos', () => {
  it('reads back as the same clips and labels as generated in code', async () => {
    const spec = 'synthetic:motion?classes=4&train=1&val=3&frames=4&size=16&seed=5';
    const out = join(dir, 'synthetic');
    await writeSyntheticVideos(out, spec);
    const [files, code] = await Promise.all([openDataset(out, { split: 'val', frames: 4, size: 16, workers: 1 }), openDataset(spec, { split: 'val' })]);
    expect(files.classes).toEqual(code.classes);
    const [a, b] = [await all(new ClipLoader(files, { batchSize: 3 }), 0), await all(new ClipLoader(code, { batchSize: 3 }), 0)];
    expect([...a[0].labels.data]).toEqual([0, 1, 2]);
    expect([...a[0].labels.data]).toEqual([...b[0].labels.data]);
    expect(a[0].video.shape).toEqual(b[0].video.shape);
    expect(a[0].video.data).toEqual(b[0].video.data);
    await files.close();
  }, 120_000);
});
