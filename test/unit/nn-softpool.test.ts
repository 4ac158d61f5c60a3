import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { AttrError, ShapeError } from '../../ir/errors.ts';
import { softPool, type SoftPoolOptions } from '../../nn/softpool.ts';
import { nnSuite, type InputGen, type NnCase } from '../helpers/graph-oracle.ts';

const sp = (title: string, x: InputGen, opts: SoftPoolOptions = {}): NnCase => ({
  title, module: 'softpool', config: { ...opts }, inputs: { x }, build: (b, { x: v }) => ({ y: softPool(b, v, opts) }),
});

nnSuite('softpool', [
  sp('2x2 on (N, C, H, W)', { shape: [2, 3, 4, 6] }),
  sp('odd H and W drop the last row and column', { shape: [1, 2, 5, 7] }),
  sp('5-D, per frame', { shape: [2, 2, 3, 4, 4] }),
  sp('window equal to the input', { shape: [2, 1, 2, 2] }),
  sp('kernel 3, stride 2 (overlapping)', { shape: [1, 2, 7, 6] }, { kernel: 3, stride: 2 }),
  sp('rectangular kernel and stride', { shape: [2, 2, 5, 8] }, { kernel: [2, 3], stride: [1, 2] }),
  sp('kernel 1 is the identity', { shape: [1, 2, 3, 3] }, { kernel: 1 }),
  // e^x overflows f32 beyond 88 and f64 beyond 709; with a shift by the plane's maximum, windows ~6000
  // below it would underflow to 0/0 instead, so this also checks the per-window shift
  sp('large magnitudes (naive exp overflows)', { shape: [2, 2, 6, 6], scale: 3000 }),
  sp('equal values in a window', { shape: [1, 1, 2, 4], values: [7, 7, -3, 5, 7, 7, 5, -3] }),
]);

describe('softPool: arguments', () => {
  it('output shape: floor((S - k) / s) + 1 per pooled axis', () => {
    const b = new GraphBuilder();
    expect(softPool(b, b.input('x', 'f32', [2, 3, 4, 9, 7])).shape).toEqual([2, 3, 4, 4, 3]);
    expect(softPool(b, b.input('y', 'f32', [1, 1, 7, 6]), { kernel: 3, stride: 2 }).shape).toEqual([1, 1, 3, 2]);
  });

  it('rejects bad ranks, windows larger than the input and bad sizes', () => {
    const b = new GraphBuilder();
    expect(() => softPool(b, b.input('x', 'f32', [2, 3, 4]))).toThrow(/input must be \(N, C, H, W\) or \(N, C, T, H, W\) \(expected rank 4 or 5, found rank 3 \[2,3,4\]\)/);
    const x = b.input('small', 'f32', [1, 1, 1, 4]);
    expect(() => b.scope('pool', () => softPool(b, x))).toThrow(/^softPool 'pool': input \[1,1,1,4\] is smaller than the window on axis 2 \(expected size >= 2, found 1\)/);
    expect(() => softPool(b, x, { kernel: 0 })).toThrow(AttrError);
    expect(() => softPool(b, b.input('z', 'f32', [1, 1, 4, 4]), { stride: [2, 0] })).toThrow(AttrError);
    expect(() => softPool(b, b.input('w', 'f32', [1, 1, 4, 4]), { kernel: [2, 5] })).toThrow(ShapeError);
  });
});
