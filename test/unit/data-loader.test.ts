// The loader's prefetching: clips asked a bounded number of batches ahead of the consumer, and batches in
// order whatever order the clips finish in.
import { describe, expect, it } from 'vitest';
import { DataError } from '../../ir/errors.ts';
import type { Clip, ClipDataset } from '../../data/dataset.ts';
import { ClipLoader } from '../../data/loader.ts';

/** Clips of one value each (the index), finishing after a delay that shuffles their order; the indices
 *  asked are recorded. Clip `failAt` fails. */
function fakeDataset(size: number, failAt = -1): ClipDataset & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked, size, classes: ['a', 'b'], clipShape: [1, 1, 1, 1],
    label: (i) => i % 2,
    path: (i) => `clip${i}`,
    load: (i): Promise<Clip> => {
      asked.push(i);
      return new Promise((resolve, reject) => setTimeout(() => (i === failAt ? reject(new DataError(`clip ${i} broken`)) : resolve({ video: Float32Array.of(i), label: i % 2, path: `clip${i}` })), (i * 7) % 5));
    },
    close: async () => {},
  };
}

describe('prefetch', () => {
  it('asks at most `prefetch` batches beyond the one being consumed', async () => {
    const ds = fakeDataset(20);
    const it = new ClipLoader(ds, { batchSize: 2, prefetch: 2 }).epoch(0);
    await it.next();
    expect(ds.asked.length).toBe(6);
    await it.next();
    expect(ds.asked.length).toBe(8);
    await it.return(undefined);
  });

  it('yields batches in order, whatever order their clips finish in', async () => {
    const ds = fakeDataset(9);
    const seen: number[][] = [];
    for await (const b of new ClipLoader(ds, { batchSize: 4, prefetch: 3 }).epoch(0)) seen.push([...b.video.data]);
    expect(seen).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8]]);
  });

  it('a failing clip fails its batch; a consumer that stops early leaves no stray failure', async () => {
    const ds = fakeDataset(8, 5);
    const batches: number[] = [];
    await expect((async () => { for await (const b of new ClipLoader(ds, { batchSize: 2 }).epoch(0)) batches.push(b.step); })()).rejects.toThrow('clip 5 broken');
    expect(batches).toEqual([0, 1]);
    // batch 2 (with clip 5) is asked ahead of batch 0's consumer, which stops: nothing unhandled
    for await (const b of new ClipLoader(ds, { batchSize: 2, prefetch: 3 }).epoch(0)) { expect(b.step).toBe(0); break; }
    await new Promise((r) => setTimeout(r, 20));
  });

  it('starts an epoch at a given batch without loading the ones before it, as a resumed run does', async () => {
    const ds = fakeDataset(9);
    const loader = new ClipLoader(ds, { batchSize: 2, shuffle: true, seed: 4 });
    const whole: number[][] = [];
    for await (const b of loader.epoch(3)) whole.push([...b.video.data]);
    const asked = ds.asked.length;
    const rest: { step: number; data: number[] }[] = [];
    for await (const b of loader.epoch(3, 2)) rest.push({ step: b.step, data: [...b.video.data] });
    expect(rest.map((r) => r.step)).toEqual([2, 3, 4]);
    expect(rest.map((r) => r.data)).toEqual(whole.slice(2));
    expect(ds.asked.length - asked).toBe(5);
    await expect(loader.epoch(3, 6).next()).rejects.toThrow(DataError);
  });
});
