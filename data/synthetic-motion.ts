// The synthetic motion task: a square with a checkered texture glides at constant speed over a static
// textured background, in one of `classes` directions evenly spread over the circle; the class is the
// direction. The frame wraps around (the square leaving on the right comes back on the left) and the start
// is uniform over the frame, so the square is at a uniform position in every frame whatever the class:
// any single frame has the same distribution for every class, and only the change between frames tells the
// direction. Everything is drawn from (seed, split, clip index): the same spec gives the same clips.
import { DataError } from '../ir/errors.ts';
import type { Rng } from '../ir/random.ts';
import { streamFor } from './seeds.ts';
import type { MotionSpec } from './synthetic-spec.ts';

export type SyntheticSplit = 'train' | 'val';

const SPLIT_KEY: Record<SyntheticSplit, number> = { train: 0, val: 1 };

/** Class names: the direction in degrees, clockwise from "right" (image y points down), zero-padded so
 *  that sorting the names keeps the class order. */
export const motionClasses = (spec: MotionSpec): string[] =>
  Array.from({ length: spec.classes }, (_, k) => `dir${String(Math.round((360 * k) / spec.classes)).padStart(3, '0')}`);

export const splitSize = (spec: MotionSpec, split: SyntheticSplit): number => (split === 'train' ? spec.train : spec.val);

/** A colour of three bytes. */
const colour = (rng: Rng): number[] => [rng.int(0, 256), rng.int(0, 256), rng.int(0, 256)];

/** A smooth random background, H x W x 3 bytes: per channel a base level, three plane waves whose
 *  frequencies are whole turns over the frame, and a little fixed pixel noise. */
function background(rng: Rng, size: number): Uint8Array {
  const img = new Uint8Array(size * size * 3);
  for (let c = 0; c < 3; c++) {
    const base = rng.uniform(60, 196);
    const waves = Array.from({ length: 3 }, () => ({ a: rng.uniform(10, 30), fx: rng.int(-3, 4), fy: rng.int(-3, 4), ph: rng.uniform(0, 2 * Math.PI) }));
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        let v = base + rng.uniform(-8, 8);
        for (const w of waves) v += w.a * Math.sin((2 * Math.PI * (w.fx * x + w.fy * y)) / size + w.ph);
        img[(y * size + x) * 3 + c] = Math.max(0, Math.min(255, Math.round(v)));
      }
    }
  }
  return img;
}

/** Clip `index` of `split`: T frames of H x W x 3 bytes one after the other, and its class. */
export function renderMotionClip(spec: MotionSpec, split: SyntheticSplit, index: number): { frames: Uint8Array; label: number } {
  if (!Number.isInteger(index) || index < 0 || index >= splitSize(spec, split)) {
    throw new DataError(`no clip ${index} in the synthetic ${split} split`, { expected: `0..${splitSize(spec, split) - 1}`, found: String(index) });
  }
  const { size, frames: t } = spec;
  const rng = streamFor(spec.seed, SPLIT_KEY[split], index);
  const label = index % spec.classes;
  const bg = background(rng, size);
  const side = Math.max(3, Math.round(size / 4));
  const cell = Math.max(1, Math.round(side / 4));
  const [ink, paper] = [colour(rng), colour(rng)];
  const [x0, y0] = [rng.uniform(0, size), rng.uniform(0, size)];
  const angle = (2 * Math.PI * label) / spec.classes;
  const [vx, vy] = [spec.speed * Math.cos(angle), spec.speed * Math.sin(angle)];
  const out = new Uint8Array(t * size * size * 3);
  const wrap = (v: number): number => ((Math.floor(v) % size) + size) % size;
  for (let f = 0; f < t; f++) {
    const frame = out.subarray(f * size * size * 3, (f + 1) * size * size * 3);
    frame.set(bg);
    const [left, top] = [wrap(x0 + f * vx), wrap(y0 + f * vy)];
    for (let dy = 0; dy < side; dy++) {
      for (let dx = 0; dx < side; dx++) {
        const rgb = (Math.floor(dx / cell) + Math.floor(dy / cell)) % 2 ? ink : paper;
        frame.set(rgb, (((top + dy) % size) * size + ((left + dx) % size)) * 3);
      }
    }
  }
  return { frames: out, label };
}
