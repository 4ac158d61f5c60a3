// The synthetic motion task: its spec string, determinism, a single frame that does not depend on the
// class while the motion between frames shows it, and batches of it through the loader.
import { describe, expect, it } from 'vitest';
import { DataError } from '../../ir/errors.ts';
import { ClipLoader } from '../../data/loader.ts';
import { openDataset } from '../../data/open-dataset.ts';
import { motionClasses, renderMotionClip } from '../../data/synthetic-motion.ts';
import { MOTION_DEFAULTS, parseSyntheticSpec } from '../../data/synthetic-spec.ts';

const SPEC = 'synthetic:motion?classes=4&train=12&val=4&frames=4&size=16&speed=2&seed=7';

describe('spec string', () => {
  it('reads every key, with defaults for those left out', () => {
    expect(parseSyntheticSpec('synthetic:motion')).toEqual(MOTION_DEFAULTS);
    expect(parseSyntheticSpec(SPEC)).toEqual({ classes: 4, train: 12, val: 4, frames: 4, size: 16, speed: 2, seed: 7 });
    expect(parseSyntheticSpec('synthetic:motion?speed=1.5').speed).toBe(1.5);
  });

  it.each([
    ['synthetic:motion?colour=3', "unknown key 'colour'"],
    ['synthetic:motion?frames=1', "bad value of 'frames'"],
    ['synthetic:motion?size=abc', "bad value of 'size'"],
    ['synthetic:motion?seed=-1', "bad value of 'seed'"],
    ['synthetic:motion?classes=2.5', "bad value of 'classes'"],
    ['synthetic:motion?train=', "bad value of 'train'"],
    ['synthetic:motion?seed=1&seed=2', "key 'seed' given twice"],
    ['synthetic:motion?size=8&speed=3', 'speed too high'],
    ['synthetic:shapes', 'unknown synthetic dataset'],
  ])('%s is a DataError (%s)', (spec, message) => {
    expect(() => parseSyntheticSpec(spec)).toThrow(DataError);
    expect(() => parseSyntheticSpec(spec)).toThrow(message);
  });
});

/** How many pixels of frame `a` reappear, all three bytes equal, `dx`,`dy` further on in frame `b`. */
function matches(a: Uint8Array, b: Uint8Array, size: number, dx: number, dy: number): number {
  let n = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p = (y * size + x) * 3, q = ((((y + dy) % size + size) % size) * size + (((x + dx) % size + size) % size)) * 3;
      if (a[p] === b[q] && a[p + 1] === b[q + 1] && a[p + 2] === b[q + 2]) n++;
    }
  }
  return n;
}

describe('clips', () => {
  const spec = parseSyntheticSpec(SPEC);
  const bytes = 16 * 16 * 3;

  it('are the same for the same spec, different for another seed or split', () => {
    expect(renderMotionClip(spec, 'train', 3)).toEqual(renderMotionClip(spec, 'train', 3));
    expect(renderMotionClip(spec, 'train', 3).frames).not.toEqual(renderMotionClip({ ...spec, seed: 8 }, 'train', 3).frames);
    expect(renderMotionClip(spec, 'train', 3).frames).not.toEqual(renderMotionClip(spec, 'val', 3).frames);
    expect(() => renderMotionClip(spec, 'val', 4)).toThrow(DataError);
  });

  it('a first frame does not depend on the direction; the later ones do', () => {
    // clip 2 is class 0 (moving right) of 2 classes and class 2 (moving left) of 4, all else drawn alike
    const right = renderMotionClip({ ...spec, classes: 2 }, 'train', 2), left = renderMotionClip(spec, 'train', 2);
    expect([right.label, left.label]).toEqual([0, 2]);
    expect(right.frames.subarray(0, bytes)).toEqual(left.frames.subarray(0, bytes));
    expect(right.frames.subarray(bytes, 2 * bytes)).not.toEqual(left.frames.subarray(bytes, 2 * bytes));
  });

  it('the textured square moves by `speed` pixels a frame in the class direction', () => {
    const steps = [[2, 0], [0, 2], [-2, 0], [0, -2]]; // right, down, left, up
    for (let i = 0; i < 8; i++) {
      const { frames, label } = renderMotionClip(spec, 'train', i);
      const [f0, f1] = [frames.subarray(0, bytes), frames.subarray(bytes, 2 * bytes)];
      const best = steps.map(([dx, dy]) => matches(f0, f1, 16, dx, dy));
      expect(best.indexOf(Math.max(...best))).toBe(label);
    }
  });

  it('classes are named by direction, in sorted order', () => {
    expect(motionClasses(spec)).toEqual(['dir000', 'dir090', 'dir180', 'dir270']);
  });
});

describe('as a dataset', () => {
  it('gives normalised (C, T, H, W) clips and balanced labels', async () => {
    const ds = await openDataset(SPEC, { split: 'val' });
    expect([ds.size, ds.clipShape, ds.classes.length]).toEqual([4, [3, 4, 16, 16], 4]);
    const clip = await ds.load(1, 0);
    expect(clip.label).toBe(1);
    expect(clip.video.length).toBe(3 * 4 * 16 * 16);
    expect(Math.max(...clip.video)).toBeLessThanOrEqual((1 - 0.406) / 0.225 + 1e-6);
    expect(Math.min(...clip.video)).toBeGreaterThanOrEqual(-0.485 / 0.229 - 1e-6);
    await expect(openDataset(SPEC, { frames: 8 })).rejects.toThrow("bad dataset option frames");
    await expect(openDataset(SPEC, { split: 'test' })).rejects.toThrow(DataError);
    await expect(openDataset(SPEC, { flip: true })).rejects.toThrow('dataset option flip does not apply to the synthetic task');
    await expect(openDataset(SPEC, { sampling: { kind: 'dense', stride: 2 } })).rejects.toThrow('dataset option sampling does not apply');
    expect((await openDataset(SPEC, { flip: false, workers: 3, frames: 4 })).size).toBe(12);
  });

  it('batches: a seeded shuffle per epoch, every clip once, drop_last', async () => {
    const ds = await openDataset(SPEC);
    const loader = new ClipLoader(ds, { batchSize: 5, shuffle: true, seed: 1 });
    const epoch = async (e: number) => { const out = []; for await (const b of loader.epoch(e)) out.push(b); return out; };
    const [a, again, b] = [await epoch(0), await epoch(0), await epoch(1)];
    expect(a.map((x) => x.video.shape)).toEqual([[5, 3, 4, 16, 16], [5, 3, 4, 16, 16], [2, 3, 4, 16, 16]]);
    expect(a.flatMap((x) => x.indices).sort((p, q) => p - q)).toEqual([...Array(12).keys()]);
    expect(a.map((x) => x.indices)).toEqual(again.map((x) => x.indices));
    expect(a.map((x) => x.video.data)).toEqual(again.map((x) => x.video.data));
    expect(a.flatMap((x) => x.indices)).not.toEqual(b.flatMap((x) => x.indices));
    expect(a.flatMap((x) => x.indices)).not.toEqual([...Array(12).keys()]);
    expect([...a[0].labels.data]).toEqual(a[0].indices.map((i) => i % 4));
    expect(a[0].labels.dtype).toBe('i32');
    expect(a.map((x) => [x.epoch, x.step])).toEqual([[0, 0], [0, 1], [0, 2]]);
    const dropped = new ClipLoader(ds, { batchSize: 5, dropLast: true });
    expect(dropped.batchesPerEpoch).toBe(2);
    let n = 0;
    for await (const x of dropped.epoch(0)) n += x.indices.length;
    expect(n).toBe(10);
    expect(() => new ClipLoader(ds, { batchSize: 0 })).toThrow(DataError);
    await expect(loader.epoch(-1).next()).rejects.toThrow('bad epoch index');
    expect(() => new ClipLoader(ds, { batchSize: 13, dropLast: true })).toThrow(DataError);
  });
});
