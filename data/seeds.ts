// One random stream per (seed, epoch, clip): a clip's frames, crop and flip depend on nothing else, so
// they are the same whatever the batch size, the shuffle order or the number of decoding threads.
import { Rng } from '../ir/random.ts';

/** A 32-bit seed mixed from `keys` (each a non-negative integer) with a multiply-xorshift hash, so that
 *  neighbouring keys give unrelated streams. */
export function mixSeed(...keys: number[]): number {
  let h = 0x9e3779b9;
  for (const k of keys) {
    h = Math.imul(h ^ (k >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export const streamFor = (...keys: number[]): Rng => new Rng(mixSeed(...keys));
