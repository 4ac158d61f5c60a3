import { describe, expect, it } from 'vitest';
import { cases } from '../cases/fft.ts';
import { opSuite } from '../helpers/op-suite.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { Tensor } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';

opSuite('fft and complex', cases);

// irfft(rfft(x, n), n) is x (truncated or zero-padded to n) for every norm: checked on the reference,
// whose ops are each checked against PyTorch above.
describe('irfft(rfft(x)) round trip', () => {
  const rng = new Rng(7);
  const trips: { shape: number[]; axis: number; n: number | null; norm: 'backward' | 'ortho' | 'forward' }[] = [
    ...[1, 2, 3, 4, 5, 7, 8, 16, 33, 64].map((T) => ({ shape: [2, T], axis: -1, n: T, norm: 'backward' as const })),
    { shape: [2, 3, 7, 2, 2], axis: 2, n: 7, norm: 'ortho' },
    { shape: [2, 3, 8, 2, 2], axis: -3, n: 8, norm: 'forward' },
    { shape: [3, 6], axis: 1, n: 9, norm: 'backward' },
    { shape: [3, 6], axis: 1, n: 4, norm: 'ortho' },
  ];
  for (const c of trips) {
    it(`shape [${c.shape}] axis ${c.axis} n=${c.n} ${c.norm}`, () => {
      const b = new GraphBuilder('roundtrip');
      const x = b.input('x', 'f32', c.shape);
      b.output('y', b.irfft(b.rfft(x, { axis: c.axis, n: c.n, norm: c.norm }), { axis: c.axis, n: c.n, norm: c.norm }));
      const xs = Tensor.from('f32', c.shape, Array.from({ length: c.shape.reduce((p, q) => p * q, 1) }, () => rng.normal()));
      const y = runReference(b.build(), { x: xs }, {}).outputs.get('y')!;
      const ax = c.axis < 0 ? c.axis + c.shape.length : c.axis;
      const n = c.n ?? c.shape[ax];
      expect(y.shape).toEqual(c.shape.map((d, i) => (i === ax ? n : d)));
      // compare with x cut or padded to n along the axis
      const inner = c.shape.slice(ax + 1).reduce((p, q) => p * q, 1);
      for (let f = 0; f < y.numel; f++) {
        const i = f % inner, t = Math.floor(f / inner) % n, o = Math.floor(f / inner / n);
        const want = t < c.shape[ax] ? xs.data[(o * c.shape[ax] + t) * inner + i] : 0;
        expect(Math.abs(y.data[f] - want)).toBeLessThan(1e-12);
      }
    });
  }
});
