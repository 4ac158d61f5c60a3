// The spatial side of a clip: short-side resize sizes, centre and random resized crops, resampling, flip
// and the ImageNet normalisation, on frames whose pixel values say where they came from.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../ir/random.ts';
import { centreCrop, clipToTensorData, IMAGENET_MEAN, IMAGENET_STD, randomResizedCrop, shortSideSize } from '../../data/transforms.ts';

/** A frame of width w and height h whose red byte is 10*x, green 10*y and blue `blue`. */
function frame(w: number, h: number, blue: number): Uint8Array {
  const px = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) px.set([10 * x, 10 * y, blue], (y * w + x) * 3);
  return px;
}

const norm = (byte: number, c: number) => (byte / 255 - IMAGENET_MEAN[c]) / IMAGENET_STD[c];

describe('sizes and boxes', () => {
  it('resizes the short side and keeps the aspect, the long side rounded down', () => {
    expect(shortSideSize(320, 240, 128)).toEqual({ width: 170, height: 128 });
    expect(shortSideSize(240, 320, 128)).toEqual({ width: 128, height: 170 });
    expect(shortSideSize(32, 32, 16)).toEqual({ width: 16, height: 16 });
  });

  it('a centre crop sits in the middle', () => {
    expect(centreCrop({ width: 16, height: 12 }, 12)).toEqual({ top: 0, left: 2, height: 12, width: 12 });
    expect(centreCrop({ width: 9, height: 9 }, 4)).toEqual({ top: 2, left: 2, height: 4, width: 4 });
  });

  it('a random resized crop lies in the frame, its area and ratio within the ranges', () => {
    const rng = new Rng(0), frameSize = { width: 40, height: 30 };
    const areas: number[] = [];
    for (let i = 0; i < 500; i++) {
      const b = randomResizedCrop(rng, frameSize, [0.25, 1], [3 / 4, 4 / 3]);
      expect(b.top >= 0 && b.left >= 0 && b.top + b.height <= 30 && b.left + b.width <= 40).toBe(true);
      areas.push((b.width * b.height) / 1200);
      // rounding of a few-pixel box moves its ratio a little
      expect(b.width / b.height).toBeGreaterThan(0.7);
      expect(b.width / b.height).toBeLessThan(1.4);
    }
    expect(Math.min(...areas)).toBeGreaterThan(0.2);
    expect(Math.max(...areas)).toBeLessThanOrEqual(1);
    expect(Math.min(...areas)).toBeLessThan(0.35);
  });

  it('falls back to the largest centred box of an allowed ratio when no draw fits', () => {
    // a 100x10 frame: no box of area >= 90% with ratio in [3/4, 4/3] fits
    expect(randomResizedCrop(new Rng(0), { width: 100, height: 10 }, [0.9, 1], [3 / 4, 4 / 3])).toEqual({ top: 0, left: 43, height: 10, width: 13 });
  });
});

describe('clip values', () => {
  it('writes (C, T, H, W), normalised with the ImageNet mean and std, a same-size box copied exactly', () => {
    const frames = [frame(6, 4, 7), frame(6, 4, 200)];
    const out = clipToTensorData({ frames, frame: { width: 6, height: 4 }, box: { top: 0, left: 1, height: 4, width: 4 }, flip: false, size: 4 });
    expect(out.length).toBe(3 * 2 * 4 * 4);
    const at = (c: number, t: number, y: number, x: number) => out[((c * 2 + t) * 4 + y) * 4 + x];
    expect(at(0, 0, 2, 3)).toBeCloseTo(norm(10 * 4, 0), 6);
    expect(at(1, 1, 2, 3)).toBeCloseTo(norm(10 * 2, 1), 6);
    expect(at(2, 0, 0, 0)).toBeCloseTo(norm(7, 2), 6);
    expect(at(2, 1, 3, 3)).toBeCloseTo(norm(200, 2), 6);
    // mean grey maps to 0
    const grey = Uint8Array.from(IMAGENET_MEAN, (m) => Math.round(m * 255));
    expect(Math.abs(clipToTensorData({ frames: [grey], frame: { width: 1, height: 1 }, box: { top: 0, left: 0, height: 1, width: 1 }, flip: false, size: 1 })[0])).toBeLessThan(0.01);
  });

  it('a flip mirrors columns', () => {
    const args = { frames: [frame(4, 4, 0)], frame: { width: 4, height: 4 }, box: { top: 0, left: 0, height: 4, width: 4 }, size: 4 };
    const [a, b] = [clipToTensorData({ ...args, flip: false }), clipToTensorData({ ...args, flip: true })];
    for (let y = 0; y < 4; y++) for (let x = 0; x < 4; x++) expect(b[y * 4 + x]).toBe(a[y * 4 + 3 - x]);
    expect(b[0]).toBeCloseTo(norm(30, 0), 6);
  });

  it('resamples a box bilinearly with pixel centres aligned', () => {
    // a 4-wide box down to 2: each output pixel is the mean of two source columns
    const out = clipToTensorData({ frames: [frame(4, 4, 0)], frame: { width: 4, height: 4 }, box: { top: 0, left: 0, height: 4, width: 4 }, flip: false, size: 2 });
    expect(out[0]).toBeCloseTo(norm(5, 0), 5);
    expect(out[1]).toBeCloseTo(norm(25, 0), 5);
    expect(out[4 + 2]).toBeCloseTo(norm(25, 1), 5);
  });
});
