// Which frames make a clip: TSN segments (random within each segment in training, the middle one in
// evaluation) and dense clips with a stride, for long and for short videos.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../ir/random.ts';
import { sampleFrames } from '../../data/sampling.ts';
import { mixSeed } from '../../data/seeds.ts';

const TSN = { kind: 'tsn' } as const;

describe('TSN segments', () => {
  it('evaluation takes the middle frame of each of T equal segments', () => {
    expect(sampleFrames(16, 4, TSN, false, new Rng(0))).toEqual([2, 6, 10, 14]);
    expect(sampleFrames(10, 4, TSN, false, new Rng(0))).toEqual([1, 3, 6, 8]);
  });

  it('training takes one frame in each segment, at random, and every frame of a segment in time', () => {
    const seen = Array.from({ length: 4 }, () => new Set<number>());
    const rng = new Rng(1);
    for (let i = 0; i < 200; i++) {
      const idx = sampleFrames(16, 4, TSN, true, rng);
      idx.forEach((f, k) => {
        expect(f).toBeGreaterThanOrEqual(4 * k);
        expect(f).toBeLessThan(4 * k + 4);
        seen[k].add(f);
      });
    }
    expect(seen.map((s) => s.size)).toEqual([4, 4, 4, 4]);
  });

  it('a video shorter than T repeats frames in order', () => {
    expect(sampleFrames(3, 8, TSN, false, new Rng(0))).toEqual([0, 0, 0, 1, 1, 2, 2, 2]);
    const idx = sampleFrames(3, 8, TSN, true, new Rng(5));
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
    expect(Math.max(...idx)).toBeLessThan(3);
  });
});

describe('dense clips', () => {
  const dense = (stride: number) => ({ kind: 'dense', stride }) as const;

  it('evaluation centres the span of T frames `stride` apart', () => {
    expect(sampleFrames(16, 4, dense(2), false, new Rng(0))).toEqual([4, 6, 8, 10]);
    expect(sampleFrames(8, 4, dense(1), false, new Rng(0))).toEqual([2, 3, 4, 5]);
  });

  it('training starts at a random frame, every start reachable, the span inside the video', () => {
    const starts = new Set<number>();
    const rng = new Rng(2);
    for (let i = 0; i < 300; i++) {
      const idx = sampleFrames(16, 4, dense(2), true, rng);
      expect(idx.map((f) => f - idx[0])).toEqual([0, 2, 4, 6]);
      expect(idx[3]).toBeLessThan(16);
      starts.add(idx[0]);
    }
    expect([...starts].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('a video shorter than the span loops from frame 0 (mmaction2 out_of_bound_opt=loop)', () => {
    expect(sampleFrames(5, 4, dense(2), false, new Rng(0))).toEqual([0, 2, 4, 1]);
    expect(sampleFrames(5, 4, dense(2), true, new Rng(9))).toEqual([0, 2, 4, 1]);
  });
});

describe('seeds', () => {
  it('neighbouring keys give different streams; the same keys the same one', () => {
    expect(mixSeed(0, 0, 1)).not.toBe(mixSeed(0, 1, 0));
    expect(mixSeed(0, 0, 1)).not.toBe(mixSeed(0, 0, 2));
    expect(mixSeed(3, 4, 5)).toBe(mixSeed(3, 4, 5));
  });
});
