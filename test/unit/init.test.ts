import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import type { DType } from '../../ir/dtype.ts';
import { InputMismatchError } from '../../ir/errors.ts';
import { fans, gain, init, type InitSpec, type Nonlinearity } from '../../ir/init.ts';
import { initParams, kaimingScale, randomInputs, streamSeed } from '../../runtime/init.ts';

function graphWith(params: [name: string, shape: number[], spec: InitSpec, dtype?: DType][]) {
  const b = new GraphBuilder('t');
  for (const [name, shape, spec, dtype] of params) b.param(name, shape, spec, { dtype });
  return b.graph;
}

function stats(data: ArrayLike<number>) {
  const d = Float64Array.from(data);
  const mean = d.reduce((a, v) => a + v, 0) / d.length;
  const std = Math.sqrt(d.reduce((a, v) => a + (v - mean) ** 2, 0) / d.length);
  return { mean, std, min: d.reduce((a, v) => Math.min(a, v)), max: d.reduce((a, v) => Math.max(a, v)) };
}

/** One param drawn from `spec` with seed 0. */
const draw = (shape: number[], spec: InitSpec, dtype?: DType) => initParams(graphWith([['w', shape, spec, dtype]]), 0).get('w')!;

describe('fans and gains follow PyTorch', () => {
  // torch.nn.init._calculate_fan_in_and_fan_out and calculate_gain, torch 1.13
  it.each([
    [[10, 8], 8, 10], [[16, 3, 3, 3, 3], 81, 432], [[64, 32, 3, 3], 288, 576], [[5, 7, 1], 7, 5], [[4, 6, 2, 1, 5], 60, 40],
  ])('fans of %j', (shape, fanIn, fanOut) => {
    expect(fans(shape)).toEqual({ fanIn, fanOut });
  });

  it.each([
    ['linear', 0, 1], ['relu', 0, 1.4142135623730951], ['leaky_relu', 0.01, 1.4141428569978354],
    ['leaky_relu', Math.sqrt(5), 0.5773502691896257], ['tanh', 0, 1.6666666666666667], ['sigmoid', 0, 1],
  ] as [Nonlinearity, number, number][])('gain of %s (a = %d)', (nl, a, g) => {
    expect(gain(nl, a)).toBeCloseTo(g, 14);
  });

  it('kaiming scales: std = gain / sqrt(fan), uniform bound = gain * sqrt(3 / fan)', () => {
    expect(kaimingScale({ kind: 'kaiming_normal', mode: 'fan_in', nonlinearity: 'relu', a: 0 }, [64, 32, 3, 3])).toBeCloseTo(Math.SQRT2 / Math.sqrt(288), 14);
    expect(kaimingScale({ kind: 'kaiming_uniform', mode: 'fan_out', nonlinearity: 'tanh', a: 0 }, [64, 32, 3, 3])).toBeCloseTo((5 / 3) * Math.sqrt(3 / 576), 14);
    // nn.Linear's default: kaiming_uniform(a=sqrt(5)) gives the bound 1/sqrt(fan_in)
    expect(kaimingScale({ kind: 'kaiming_uniform', mode: 'fan_in', nonlinearity: 'leaky_relu', a: Math.sqrt(5) }, [10, 8])).toBeCloseTo(1 / Math.sqrt(8), 14);
  });
});

describe('initParams draws', () => {
  it('zeros, ones and constants exactly', () => {
    expect([...draw([3], init.zeros()).data]).toEqual([0, 0, 0]);
    expect([...draw([2, 2], init.ones()).data]).toEqual([1, 1, 1, 1]);
    expect([...draw([2], init.constant(0.25)).data]).toEqual([0.25, 0.25]);
  });

  it('normal and uniform with the asked mean, std and range', () => {
    const n = stats(draw([200_000], init.normal(0.5, 2)).data);
    expect(n.mean).toBeCloseTo(2, 2);
    expect(n.std).toBeCloseTo(0.5, 2);
    const u = stats(draw([200_000], init.uniform(-3, 1)).data);
    expect(u.min).toBeGreaterThanOrEqual(-3);
    expect(u.max).toBeLessThan(1);
    expect(u.mean).toBeCloseTo(-1, 1);
    expect(u.std).toBeCloseTo(4 / Math.sqrt(12), 2);
  });

  it('kaiming_normal and kaiming_uniform with the std PyTorch computes', () => {
    const shape = [128, 64, 3, 3]; // fan_in 576, fan_out 1152
    const kn = stats(draw(shape, init.kaimingNormal('fan_out', 'relu')).data);
    expect(Math.abs(kn.mean)).toBeLessThan(1e-3);
    expect(kn.std / (Math.SQRT2 / Math.sqrt(1152))).toBeCloseTo(1, 2);
    const bound = Math.sqrt(3 / 576); // leaky_relu with a = 1 has gain 1
    const ku = stats(draw(shape, init.kaimingUniform('fan_in', 'leaky_relu', 1)).data);
    expect(ku.min).toBeGreaterThanOrEqual(-bound);
    expect(ku.max).toBeLessThanOrEqual(bound);
    expect(ku.max).toBeGreaterThan(0.99 * bound);
    expect(ku.std / (bound / Math.sqrt(3))).toBeCloseTo(1, 2);
  });

  it('values an f32 file stores exactly; f16 rounded to f16; c64 with both parts drawn', () => {
    expect(draw([1000], init.normal()).data.every((v) => Math.fround(v) === v)).toBe(true);
    const h = draw([1000], init.normal(), 'f16');
    expect(h.data.every((v) => Math.fround(v) === v)).toBe(true);
    expect(new Set(h.data).size).toBeLessThan(1000); // f16 has few values near 0
    const c = draw([50_000], init.normal(), 'c64');
    const re = stats(c.data.filter((_, i) => i % 2 === 0));
    const im = stats(c.data.filter((_, i) => i % 2 === 1));
    expect([re.std, im.std].map((s) => Math.round(s * 10) / 10)).toEqual([1, 1]);
  });
});

describe('initParams is deterministic per (seed, name)', () => {
  const specs: [string, number[], InitSpec][] = [['a.weight', [4, 3], init.normal()], ['a.bias', [4], init.uniform(-1, 1)]];

  it('the same seed gives the same values; another seed others', () => {
    const g = graphWith(specs);
    const [x, y, z] = [initParams(g, 7), initParams(g, 7), initParams(g, 8)];
    expect([...x.keys()]).toEqual(['a.weight', 'a.bias']);
    for (const k of x.keys()) {
      expect(y.get(k)!.data).toEqual(x.get(k)!.data);
      expect(z.get(k)!.data).not.toEqual(x.get(k)!.data);
    }
  });

  it('adding or reordering parameters leaves the others unchanged', () => {
    const before = initParams(graphWith(specs), 3);
    const after = initParams(graphWith([['extra', [5], init.normal()], specs[1], specs[0]]), 3);
    for (const k of before.keys()) expect(after.get(k)!.data).toEqual(before.get(k)!.data);
  });

  it('gives every name its own stream', () => {
    const seeds = ['w', 'w0', 'w1', 'x', 'layer1.0.conv1.weight', 'layer1.0.conv2.weight'].flatMap((n) => [streamSeed(0, n), streamSeed(1, n)]);
    expect(new Set(seeds).size).toBe(seeds.length);
    expect(streamSeed(5, 'w')).toBe(streamSeed(5, 'w'));
  });
});

describe('randomInputs', () => {
  it('draws float inputs from normal(0, 1), deterministically', () => {
    const b = new GraphBuilder('t');
    b.input('x', 'f32', [100_000]);
    const x = randomInputs(b.graph, 2).get('x')!;
    const s = stats(x.data);
    expect(Math.abs(s.mean)).toBeLessThan(0.02);
    expect(s.std).toBeCloseTo(1, 1);
    expect(randomInputs(b.graph, 2).get('x')!.data).toEqual(x.data);
  });

  it('refuses to invent integer inputs', () => {
    const b = new GraphBuilder('t');
    b.input('idx', 'i32', [3]);
    expect(() => randomInputs(b.graph, 0)).toThrow(InputMismatchError);
    expect(() => randomInputs(b.graph, 0)).toThrow(/input 'idx' \(i32\[3\]\) cannot be drawn at random; give it in an inputs file/);
  });
});
