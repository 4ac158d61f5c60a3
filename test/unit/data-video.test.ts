// ffmpeg decoding: probing, decoding exactly the frames asked (which frames came out is read off their
// pixels), the common containers, and the errors for a missing ffmpeg, an unreadable file and a video
// with fewer frames than asked.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../ir/errors.ts';
import { decodeFrames, encodeVideo, probeVideo } from '../../data/ffmpeg.ts';
import { frameByte, frameCodedVideo, greyCodedVideo } from '../helpers/data-videos.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-data-video-'));
  await Promise.all([
    frameCodedVideo(join(dir, 'coded.mp4'), 16, 16, 12),
    greyCodedVideo(join(dir, 'grey.avi'), 10, ['-c:v', 'mjpeg', '-q:v', '2']),
    greyCodedVideo(join(dir, 'grey.webm'), 10, ['-c:v', 'libvpx-vp9', '-lossless', '1']),
    writeFile(join(dir, 'broken.mp4'), 'not a video at all'),
  ]);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('probing and decoding', () => {
  it('probes size, frame count and rate', async () => {
    expect(await probeVideo(join(dir, 'coded.mp4'))).toEqual({ width: 16, height: 12, frames: 16, fps: 25 });
    expect(await probeVideo(join(dir, 'grey.webm'))).toMatchObject({ width: 16, height: 12, frames: 10 });
  });

  it('decodes exactly the frames asked, at the size asked', async () => {
    const frames = await decodeFrames(join(dir, 'coded.mp4'), [0, 3, 15], { width: 16, height: 12 });
    expect(frames.map((f) => f.length)).toEqual([16 * 12 * 3, 16 * 12 * 3, 16 * 12 * 3]);
    expect(frames.map((f) => f[0])).toEqual([0, 3, 15].map(frameByte));
    // column 5 of row 7: green 50, blue 70
    expect([...frames[1].subarray((7 * 16 + 5) * 3, (7 * 16 + 5) * 3 + 3)]).toEqual([frameByte(3), 50, 70]);
    const small = await decodeFrames(join(dir, 'coded.mp4'), [2], { width: 8, height: 6 });
    expect(small[0].length).toBe(8 * 6 * 3);
    // (scaling rounds through ffmpeg's intermediate formats: a level can move by a step or two)
    expect(Math.abs(small[0][0] - frameByte(2))).toBeLessThanOrEqual(2);
  });

  it('encodes ordinary (lossy) H.264 too: the values come back within a few levels', async () => {
    const grey = (f: number) => new Uint8Array(16 * 12 * 3).fill(40 * f + 20);
    await encodeVideo(join(dir, 'lossy.mp4'), Uint8Array.from([0, 1, 2, 3].flatMap((f) => [...grey(f)])), { width: 16, height: 12, fps: 25, codec: 'h264' });
    const frames = await decodeFrames(join(dir, 'lossy.mp4'), [1, 3], { width: 16, height: 12 });
    expect(frames.map((f, k) => Math.abs(f[0] - [60, 140][k]) <= 4)).toEqual([true, true]);
  });

  it.each(['grey.avi', 'grey.webm'])('decodes %s (its frame n grey 16 n)', async (name) => {
    const [f] = await decodeFrames(join(dir, name), [5], { width: 16, height: 12 });
    expect(Math.abs(f[40] - 80)).toBeLessThanOrEqual(3);
  });
});

describe('errors', () => {
  it('a video with fewer frames than asked', async () => {
    const e = await decodeFrames(join(dir, 'coded.mp4'), [3, 15, 20], { width: 16, height: 12 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).message).toContain('has fewer frames than asked (expected frame 20 (0-based), found 2 of the 3 frames asked)');
  });

  it('a file that is not a video', async () => {
    const e = await probeVideo(join(dir, 'broken.mp4')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).message).toContain(`cannot read video ${join(dir, 'broken.mp4')}: `);
    await expect(decodeFrames(join(dir, 'broken.mp4'), [0], { width: 4, height: 4 })).rejects.toThrow(DataError);
  });

  it('ffmpeg missing', async () => {
    const e = await probeVideo(join(dir, 'coded.mp4'), '/nonexistent/ffmpeg').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).message).toContain('/nonexistent/ffprobe is not installed');
    await expect(decodeFrames(join(dir, 'coded.mp4'), [0], { width: 4, height: 4 }, '/nonexistent/ffmpeg')).rejects.toThrow('/nonexistent/ffmpeg is not installed');
  });
});
