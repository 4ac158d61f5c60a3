import { describe, expect, it } from 'vitest';
import { GraphBuilder, type Value } from '../../ir/builder.ts';
import { AttrError, DTypeError, ShapeError } from '../../ir/errors.ts';
import { init } from '../../ir/init.ts';
import { sifa, type SifaOptions } from '../../nn/sifa.ts';
import { compareTensors } from '../helpers/compare.ts';
import { nnSuite, randomParams, runGraphOracle, type InputGen, type NnCase } from '../helpers/graph-oracle.ts';
import { Tensor } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';

type Sampler = 'gather' | 'grid_sample' | 'torchvision';

interface Extra { sampler?: Sampler; float64?: boolean; tol?: number; kernelTol?: number }

const sifaCase = (title: string, x: InputGen, opts: SifaOptions = {}, extra: Extra = {}): NnCase => ({
  title: `sifa ${title}`,
  module: 'sifa',
  config: {
    kernel: opts.kernel ?? 3, variant: opts.variant ?? 'code', correlation: opts.correlation ?? false,
    sampler: extra.sampler ?? 'gather', float64: extra.float64 ?? false,
  },
  inputs: { x },
  tol: extra.tol,
  kernelTol: extra.kernelTol,
  build: (b, { x: v }) => {
    const r = sifa(b, v, opts);
    const out: Record<string, Value> = { y: r.y };
    if (r.correlation) out.correlation = r.correlation;
    return out;
  },
});

/** Frames whose saliency input is a multiple of 3 everywhere: frame 0 holds −2, 0 or 2 (sparse), and each
 *  later frame keeps the previous value or turns it off (0). Then X − X_prev is 0 wherever X ≠ 0, so
 *  MSM = 1.5·X ∈ {−3, 0, 3}, and with every offset-conv weight 1 the offsets are exact integers: every tap
 *  lands on the pixel grid, some exactly on −1 or on H/W (read as nothing), some far off the image. */
function integerFrames(shape: [number, number, number, number, number], seed: number): InputGen {
  const [N, C, T, H, W] = shape;
  let s = seed >>> 0;
  const rand = (): number => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
  const first = Array.from({ length: N * C * H * W }, () => { const r = rand(); return r < 0.12 ? 2 : r < 0.24 ? -2 : 0; });
  const values: number[] = new Array(N * C * T * H * W);
  for (let n = 0; n < N; n++) {
    for (let c = 0; c < C; c++) {
      const plane = first.slice((n * C + c) * H * W, (n * C + c + 1) * H * W);
      for (let t = 0; t < T; t++) {
        if (t > 0) for (let i = 0; i < plane.length; i++) if (rand() < 0.3) plane[i] = 0;
        values.splice(((n * C + c) * T + t) * H * W, H * W, ...plane);
      }
    }
  }
  return { shape: [...shape], values };
}

const big = init.normal(1); // offsets of several pixels: many taps leave the 5×7 image
const zero = init.constant(0); // all taps on the grid; the top/left taps of the border sit at exactly −1
// With offsets of several pixels the float32 oracle's offsets carry errors of a few ulps of |Δ|, which
// move each sample along the image gradient and then pass through the cubic correlation × aggregation:
// up to ~2e-6 of the output's magnitude. The float64 runs of the same cases show the gap is only that.
const f32Large: Extra = { tol: 5e-6 };
const f64: Extra = { float64: true };

nnSuite('block sifa', [
  // the official defaults: K = 3, kaiming_normal(fan_out) offsets
  sifaCase('K=3 T=4 C=6 5x7 N=2', { shape: [2, 6, 4, 5, 7] }),
  sifaCase('K=3 odd T=3 C=4', { shape: [2, 4, 3, 5, 7] }),
  sifaCase('K=3 T=5 C=5 non-negative input (as after ReLU)', { shape: [2, 5, 5, 5, 7], gen: 'uniform', scale: 1, offset: 1 }),
  sifaCase('K=5 T=4 C=8', { shape: [2, 8, 4, 5, 7] }, { kernel: 5 }),
  sifaCase('K=5 odd T=5 C=4', { shape: [2, 4, 5, 5, 7] }, { kernel: 5 }),
  sifaCase('K=1 T=3', { shape: [2, 4, 3, 5, 7] }, { kernel: 1 }),
  // offsets that push samples off the image: large inputs, or a large offset-conv weight
  sifaCase('large input (scale 4), K=3', { shape: [2, 6, 4, 5, 7], scale: 4 }, {}, f32Large),
  sifaCase('large input (scale 4), K=3, float64 oracle', { shape: [2, 6, 4, 5, 7], scale: 4 }, {}, f64),
  sifaCase('large offsets K=3 T=4', { shape: [2, 5, 4, 5, 7] }, { offsetInit: big }, f32Large),
  sifaCase('large offsets K=5 T=3', { shape: [2, 4, 3, 5, 7] }, { kernel: 5, offsetInit: big }, f32Large),
  sifaCase('large offsets K=5 T=3, float64 oracle', { shape: [2, 4, 3, 5, 7] }, { kernel: 5, offsetInit: big }, f64),
  // integer and zero offsets: coordinates exactly −1 (and exactly H, W) at the border
  sifaCase('zero offsets K=3', { shape: [2, 4, 4, 5, 7] }, { offsetInit: zero }),
  sifaCase('zero offsets K=5 T=3', { shape: [2, 6, 3, 5, 7] }, { kernel: 5, offsetInit: zero }),
  sifaCase('integer offsets K=3 T=4', integerFrames([2, 4, 4, 5, 7], 7), { offsetInit: init.constant(1) }),
  sifaCase('integer offsets K=5 T=3', integerFrames([2, 4, 3, 5, 7], 11), { kernel: 5, offsetInit: init.constant(1) }),
  // degenerate sizes
  sifaCase('T=1 (every frame masked: Y = X)', { shape: [2, 4, 1, 5, 7] }),
  sifaCase('T=2', { shape: [2, 4, 2, 5, 7] }),
  sifaCase('H=1', { shape: [2, 4, 3, 1, 6] }, { offsetInit: big }, f32Large),
  sifaCase('W=1', { shape: [2, 4, 3, 5, 1] }, { offsetInit: big }, f32Large),
  sifaCase('N=1 C=1 3x3', { shape: [1, 1, 4, 3, 3] }),
  // the paper's last-frame self attention
  sifaCase('paper K=3 T=4', { shape: [2, 6, 4, 5, 7] }, { variant: 'paper' }),
  sifaCase('paper K=5 odd T=3 large offsets', { shape: [2, 4, 3, 5, 7] }, { variant: 'paper', kernel: 5, offsetInit: big }, f32Large),
  sifaCase('paper zero offsets T=5', { shape: [2, 4, 5, 5, 7] }, { variant: 'paper', offsetInit: zero }),
  sifaCase('paper T=1 (self pair only)', { shape: [2, 4, 1, 5, 7] }, { variant: 'paper' }),
  sifaCase('paper T=2', { shape: [2, 4, 2, 5, 7] }, { variant: 'paper' }),
  // the raw correlation (the official defcor output, frame 0's self pair included)
  sifaCase('correlation K=3 T=4', { shape: [2, 6, 4, 5, 7] }, { correlation: true }),
  sifaCase('correlation K=5 T=3 large offsets', { shape: [2, 4, 3, 5, 7] }, { correlation: true, kernel: 5, offsetInit: big }, f32Large),
  sifaCase('correlation K=5 T=3 large offsets, float64 oracle', { shape: [2, 4, 3, 5, 7] }, { correlation: true, kernel: 5, offsetInit: big }, f64),
  sifaCase('correlation paper T=4', { shape: [2, 4, 4, 5, 7] }, { correlation: true, variant: 'paper' }),
  sifaCase('correlation T=1', { shape: [2, 4, 1, 5, 7] }, { correlation: true }),
  sifaCase('correlation zero offsets', { shape: [2, 4, 3, 5, 7] }, { correlation: true, offsetInit: zero }),
  // the same math with the oracle sampling through torchvision's deform_conv2d and through grid_sample
  sifaCase('torchvision sampler, large offsets K=3', { shape: [2, 5, 4, 5, 7] }, { correlation: true, offsetInit: big }, { ...f32Large, sampler: 'torchvision' }),
  sifaCase('torchvision sampler, K=5 paper', { shape: [2, 4, 3, 5, 7] }, { correlation: true, kernel: 5, variant: 'paper', offsetInit: big }, { ...f32Large, sampler: 'torchvision' }),
  sifaCase('torchvision sampler, K=5 paper, float64', { shape: [2, 4, 3, 5, 7] }, { correlation: true, kernel: 5, variant: 'paper', offsetInit: big }, { ...f64, sampler: 'torchvision' }),
  sifaCase('torchvision sampler, integer offsets', integerFrames([2, 4, 4, 5, 7], 3), { correlation: true, offsetInit: init.constant(1) }, { sampler: 'torchvision' }),
  sifaCase('grid_sample sampler, large offsets', { shape: [2, 5, 4, 5, 7] }, { correlation: true, offsetInit: big }, { ...f32Large, sampler: 'grid_sample' }),
  sifaCase('grid_sample sampler, zero offsets K=5', { shape: [2, 4, 3, 5, 7] }, { kernel: 5, offsetInit: zero }, { sampler: 'grid_sample' }),
], { script: 'block_sifa.py' });

// randomParams draws def_cor.weight as its constant 1/C; a checkpoint's values are used as loaded, so
// check the indexing [c, t, kh, kw] (t = the key frame of each pair) with a random weight.
describe('block sifa: a non-uniform def_cor.weight', () => {
  const shape = [2, 3, 4, 5, 7];
  const variants: SifaOptions[] = [{ correlation: true }, { variant: 'paper', correlation: true, kernel: 5 }, { variant: 'paper' }];
  it.each(variants)('matches the oracle (%o)', async (opts) => {
    const b = new GraphBuilder('sifa weight');
    const x = b.input('x', 'f32', shape);
    const r = sifa(b, x, opts);
    b.output('y', r.y);
    if (r.correlation) b.output('correlation', r.correlation);
    const graph = b.build();
    const rng = new Rng(17);
    const f32 = (sh: number[], draw: () => number): Tensor => new Tensor('f32', sh, Float64Array.from({ length: sh.reduce((a, c) => a * c, 1) }, () => Math.fround(draw())));
    const K = opts.kernel ?? 3;
    const params = { ...randomParams(graph, 5), 'def_cor.weight': f32([3, 4, K, K], () => rng.uniform(-1, 1)) };
    const inputs = { x: f32(shape, () => rng.normal(0, 1)) };
    const oracle = await runGraphOracle([{
      id: 'w', module: 'sifa', inputs, params,
      config: { kernel: K, variant: opts.variant ?? 'code', correlation: opts.correlation ?? false, sampler: 'gather', float64: true },
    }], 'block_sifa.py');
    expect(oracle.errors).toEqual({});
    const ours = runReference(graph, inputs, params).outputs;
    const refs = oracle.outputs.get('w')!;
    expect([...refs.keys()].sort()).toEqual([...ours.keys()].sort());
    for (const [name, ref] of refs) {
      const d = compareTensors(ours.get(name)!, ref, 1e-6);
      expect(d.ok, `${name}: ${d.message}`).toBe(true);
    }
  }, 60_000);
});

// §7: the paper variant's last frame is the pair computation on (X[T−1], X[T−1]), so it equals frame 0 of
// the code variant on the two-frame clip (X[T−1], X[T−1]), whose only pair is that self pair (saliency
// input 1.5·X[T−1], its own offsets), not one reusing the offsets of the pair (T−2, T−1).
describe('block sifa: the paper variant\'s last frame is the self pair', () => {
  it('equals the code variant\'s frame 0 on the clip (X[T−1], X[T−1])', () => {
    const [N, C, T, H, W] = [2, 3, 4, 5, 6];
    const build = (frames: number, variant: 'code' | 'paper') => {
      const b = new GraphBuilder(`sifa ${variant}`);
      b.output('y', sifa(b, b.input('x', 'f32', [N, C, frames, H, W]), { variant }).y);
      return b.build();
    };
    const paper = build(T, 'paper');
    const pair = build(2, 'code');
    const rng = new Rng(5);
    const x = new Tensor('f32', [N, C, T, H, W], Float64Array.from({ length: N * C * T * H * W }, () => Math.fround(rng.normal(0, 1))));
    const plane = H * W;
    const frame = (t: number, data: ArrayLike<number>, frames: number): number[] =>
      Array.from({ length: N * C }, (_, nc) => Array.from(data).slice((nc * frames + t) * plane, (nc * frames + t + 1) * plane)).flat();
    const last = frame(T - 1, x.data, T);
    const twice = new Tensor('f32', [N, C, 2, H, W], Float64Array.from(Array.from({ length: N * C }, (_, nc) => {
      const p = last.slice(nc * plane, (nc + 1) * plane);
      return [...p, ...p];
    }).flat()));
    // the offset weights from the paper graph; def_cor.weight holds its constant 1/C in both
    const params = randomParams(paper, 9);
    const pairParams = { ...params, 'def_cor.weight': randomParams(pair, 9)['def_cor.weight'] };
    const yPaper = runReference(paper, { x }, params).outputs.get('y')!;
    const yPair = runReference(pair, { x: twice }, pairParams).outputs.get('y')!;
    const got = frame(T - 1, yPaper.data, T), want = frame(0, yPair.data, 2);
    const scale = Math.max(...want.map(Math.abs));
    expect(Math.max(...got.map((v, i) => Math.abs(v - want[i])))).toBeLessThanOrEqual(1e-12 * scale);
    // and the self pair does attend: the last frame moved away from X[T−1]
    expect(Math.max(...got.map((v, i) => Math.abs(v - last[i])))).toBeGreaterThan(1e-3 * scale);
  });
});

describe('block sifa: parameters and arguments', () => {
  it('registers the official state_dict keys under the bottleneck scope', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 8, 4, 5, 7]);
    const r = b.scope('layer2', () => b.scope('1', () => sifa(b, x, { kernel: 5 })));
    b.output('y', r.y);
    expect(r.y.shape).toEqual([2, 8, 4, 5, 7]);
    expect(r.correlation).toBeUndefined();
    expect(b.graph.params().map((n) => [n.attrs.name, n.attrs.shape, n.attrs.trainable, n.attrs.init])).toEqual([
      ['layer2.1.conv_offset.weight', [50, 8, 1, 3, 3], true, { kind: 'kaiming_normal', mode: 'fan_out', nonlinearity: 'relu', a: 0 }],
      ['layer2.1.def_cor.weight', [8, 4, 5, 5], false, { kind: 'constant', value: 1 / 8 }],
    ]);
  });

  it('returns the correlation in the official layout (N, K², T, H, W) when asked', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [1, 3, 5, 4, 6]);
    const r = sifa(b, x, { correlation: true, variant: 'paper' });
    expect(r.correlation.shape).toEqual([1, 9, 5, 4, 6]);
    expect(r.y.shape).toEqual([1, 3, 5, 4, 6]);
  });

  it('a code-variant T = 1 block is the identity but still holds its state_dict entries', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [1, 3, 1, 4, 4]);
    expect(sifa(b, x).y).toBe(x);
    expect(b.graph.params().map((n) => n.attrs.name)).toEqual(['conv_offset.weight', 'def_cor.weight']);
  });

  it('the offset init can be replaced (zero: the author\'s intent before the global re-init)', () => {
    const b = new GraphBuilder();
    sifa(b, b.input('x', 'f32', [1, 2, 2, 3, 3]), { offsetInit: init.constant(0) });
    expect(b.graph.params()[0].attrs.init).toEqual({ kind: 'constant', value: 0 });
  });

  it('rejects bad inputs and options with typed errors naming expected and found', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 4, 3, 5, 7]);
    expect(() => sifa(b, b.input('x4', 'f32', [2, 4, 5, 7]))).toThrow(ShapeError);
    expect(() => sifa(b, b.input('x4b', 'f32', [2, 4, 5, 7]))).toThrow(/^sifa: input must be \(N, C, T, H, W\) \(expected rank 5, found rank 4 \[2,4,5,7\]\)/);
    expect(() => b.scope('layer3.1', () => sifa(b, b.input('xh', 'f16', [2, 4, 3, 5, 7]))))
      .toThrow(/^sifa 'layer3.1': input must be f32 \(expected f32, found f16\)/);
    expect(() => sifa(b, b.input('xh2', 'f16', [2, 4, 3, 5, 7]))).toThrow(DTypeError);
    expect(() => sifa(b, b.input('x0', 'f32', [2, 4, 0, 5, 7]))).toThrow(/every size >= 1 \(expected sizes >= 1, found \[2,4,0,5,7\]\)/);
    expect(() => sifa(b, x, { kernel: 4 })).toThrow(/option 'kernel' must be a positive odd integer \(expected an odd integer >= 1, found 4\)/);
    expect(() => sifa(b, x, { kernel: 0 })).toThrow(AttrError);
    expect(() => sifa(b, x, { kernel: 2.5 })).toThrow(AttrError);
    expect(() => sifa(b, x, { variant: 'Paper' as never })).toThrow(/option 'variant' must be 'code' or 'paper' \(expected 'code' or 'paper', found "Paper"\)/);
    expect(() => sifa(b, x, { correlation: 1 as never })).toThrow(AttrError);
    expect(() => sifa(b, x, { K: 3 } as never)).toThrow(/unknown option 'K' \(expected one of kernel, variant, correlation, offsetInit, found K\)/);
    // nothing was added by the failed calls
    expect(b.graph.params()).toHaveLength(0);
  });
});
