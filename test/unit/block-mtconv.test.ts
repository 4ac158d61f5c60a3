import { describe, expect, it } from 'vitest';
import { GraphBuilder, type Value } from '../../ir/builder.ts';
import { AttrError, ShapeError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { cosineSelect, cosineSelectIndices, tripletScores, type CosineVariant } from '../../nn/cossim.ts';
import { srGate, type BnStats } from '../../nn/mtconv-common.ts';
import { mtBlock, mtconv, type MtBlockOptions, type MtConvOptions } from '../../nn/mtconv-paper.ts';
import { mtBlockCode, mtConvCode, type MtBlockCodeOptions, type MtConvCodeOptions } from '../../nn/mtconv-code.ts';
import { softPool } from '../../nn/softpool.ts';
import { nnSuite, type InputGen, type NnCase } from '../helpers/graph-oracle.ts';

// ------------------------------------------------------------------------------------------ data

/** A deterministic pseudo-random value in [-1, 1) (no dependence on the suite's generator). */
const wave = (i: number, seed: number): number => Math.sin(i * 12.9898 + seed * 78.233) * 0.999;

/** (1, C, T, 2, 2) frames whose spatial means are exactly `means[t][c]` (small integers: every sum, mean
 *  and cosine of the selection is exact in f32 and f64) and whose pixels differ from frame to frame, so
 *  that choosing another frame changes the output. */
function framesWithMeans(means: number[][]): InputGen {
  const T = means.length, C = means[0].length;
  const values: number[] = [];
  for (let c = 0; c < C; c++) {
    for (let t = 0; t < T; t++) {
      const m = means[t][c], d = t + 1, e = 2 * c + 1;
      values.push(m + d, m - d, m + e, m - e);
    }
  }
  return { shape: [1, C, T, 2, 2], values };
}

/** Random frames in which frames `tiny` are scaled by `scale`: their squared norms' products fall below
 *  eps² = 1e-8, where the pre-1.12 rule (clamp the product) and the later one (clamp each norm) differ. */
function nearZeroFrames(shape: [number, number, number, number, number], tiny: number[], scale: number): InputGen {
  const [N, C, T, H, W] = shape;
  const values: number[] = [];
  let i = 0;
  for (let n = 0; n < N; n++) for (let c = 0; c < C; c++) for (let t = 0; t < T; t++) {
    for (let p = 0; p < H * W; p++) values.push(wave(i++, 3) * (tiny.includes(t) ? scale : 1) + (tiny.includes(t) ? 0 : 0.3));
  }
  return { shape, values };
}

// ------------------------------------------------------------------------------------------ cases

const sel = (title: string, variant: CosineVariant, x: InputGen, eps?: number): NnCase => ({
  title: `cossim ${variant} ${title}`, module: 'cossim', config: { variant, ...(eps ? { eps } : {}) }, inputs: { x },
  build: (b, { x: v }) => ({
    y: cosineSelect(b, v, { variant, eps }),
    indices: cosineSelectIndices(b, v, { variant, eps }),
    scores: tripletScores(b, v, { variant, eps }),
  }),
});

// means a, a, a, b, b, b with cos(a, b) = 0: code scores [1, .5, .5, 1] picks 1, 4 and the earlier of the
// tied 2, 3; paper scores [2, 1, 1, 2] picks 2, 3 and the earlier of the tied 1, 4
const tied = framesWithMeans([[1, 2], [1, 2], [1, 2], [2, -1], [2, -1], [2, -1]]);
// every frame a multiple of one vector: all scores equal, the earliest ⌊T/2⌋ interior frames win
const allTied = framesWithMeans([[1, 1, 2], [2, 2, 4], [1, 1, 2], [3, 3, 6], [1, 1, 2], [2, 2, 4], [4, 4, 8], [1, 1, 2]]);

const withStats = (out: Record<string, Value>, stats: BnStats): Record<string, Value> => ({ ...out, ...Object.fromEntries(stats) });

const paperConv = (title: string, shape: number[], opts: Omit<MtConvOptions, 'training' | 'stats'>, training: boolean): NnCase => ({
  title: `mtconv paper ${training ? 'train' : 'eval'} ${title}`, module: 'mtconv_paper', config: { ...opts, training },
  inputs: { x: { shape } },
  build: (b, { x }) => {
    const stats: BnStats = new Map();
    return withStats({ y: mtconv(b, x, { ...opts, training, stats }) }, stats);
  },
});

const paperBlock = (title: string, shape: number[], opts: Omit<MtBlockOptions, 'training' | 'stats'>, training: boolean): NnCase => ({
  title: `mtBlock paper ${training ? 'train' : 'eval'} ${title}`, module: 'mtblock_paper', config: { ...opts, training },
  inputs: { x: { shape } },
  build: (b, { x }) => {
    const stats: BnStats = new Map();
    return withStats({ y: mtBlock(b, x, { ...opts, training, stats }) }, stats);
  },
});

const codeConv = (title: string, xs: number[], xl: number[], opts: Omit<MtConvCodeOptions, 'training' | 'stats'>, training: boolean): NnCase => ({
  title: `mtConv code ${training ? 'train' : 'eval'} ${title}`, module: 'mtconv_code', config: { ...opts, training },
  inputs: { xs: { shape: xs }, xl: { shape: xl } },
  build: (b, { xs: s, xl: l }) => {
    const stats: BnStats = new Map();
    const [short, long] = mtConvCode(b, [s, l], { ...opts, training, stats });
    return withStats({ short, long }, stats);
  },
});

const codeBlock = (title: string, xs: number[], xl: number[], opts: Omit<MtBlockCodeOptions, 'training' | 'stats'>, training: boolean): NnCase => ({
  title: `mtBlock code ${training ? 'train' : 'eval'} ${title}`, module: 'mtblock_code', config: { ...opts, training },
  inputs: { xs: { shape: xs }, xl: { shape: xl } },
  build: (b, { xs: s, xl: l }) => {
    const stats: BnStats = new Map();
    const [short, long] = mtBlockCode(b, [s, l], { ...opts, training, stats });
    return withStats({ short, long }, stats);
  },
});

const both = <T>(f: (training: boolean) => T): T[] => [f(true), f(false)];

nnSuite('mtconv', [
  // triplet cosine selection (§5.3)
  sel('T = 5', 'code', { shape: [2, 3, 5, 3, 4], offset: 0.5 }),
  sel('T = 6', 'code', { shape: [2, 4, 6, 2, 3], offset: 0.5 }),
  sel('T = 8', 'code', { shape: [2, 3, 8, 3, 3], offset: 0.5 }),
  sel('T = 5', 'paper', { shape: [2, 3, 5, 3, 4], offset: 0.5 }),
  sel('T = 6', 'paper', { shape: [2, 4, 6, 2, 3], offset: 0.5 }),
  sel('T = 8', 'paper', { shape: [2, 3, 8, 3, 3], offset: 0.5 }),
  sel('T = 3, H = W = 1', 'code', { shape: [3, 2, 3, 1, 1] }),
  sel('ties go to the earlier frame', 'code', tied),
  sel('ties go to the earlier frame', 'paper', tied),
  sel('all frames equally similar', 'code', allTied),
  sel('all frames equally similar', 'paper', allTied),
  sel('near-zero frames (eps clamps the norm product)', 'code', nearZeroFrames([2, 4, 6, 2, 2], [2, 3], 1e-5)),
  sel('near-zero frames (eps clamps the norm product)', 'paper', nearZeroFrames([2, 4, 6, 2, 2], [1, 4], 1e-5)),
  sel('eps 1e-2', 'code', nearZeroFrames([1, 3, 7, 2, 2], [3], 1e-2), 1e-2),
  // SoftPool 2x2 per frame (§5.4)
  { title: 'softpool 2x2 per frame, odd H and W', module: 'softpool', inputs: { x: { shape: [1, 3, 4, 5, 7] } }, build: (b, { x }) => ({ y: softPool(b, x) }) },
  // Squeeze-and-Recursion gate
  { title: 'sr gate', module: 'sr_gate', config: { channels: 4 }, inputs: { x: { shape: [2, 4, 5, 3, 2] } }, build: (b, { x }) => ({ y: srGate(b, x) }) },
  { title: 'sr gate H = W = 1, 1 layer', module: 'sr_gate', config: { channels: 3, layers: 1 }, inputs: { x: { shape: [2, 3, 4, 1, 1] } }, build: (b, { x }) => ({ y: srGate(b, x, { layers: 1 }) }) },
  // the paper's MTConv and MTBlock (§5.1)
  ...both((t) => paperConv('C 8 -> 8 (7 + 1), k 3, T 8, 6x6', [2, 8, 8, 6, 6], { in: 8, out: 8 }, t)),
  paperConv('C 4 -> 16 (14 + 2), k 1, code selection', [2, 4, 6, 4, 4], { in: 4, out: 16, kernel: 1, selection: 'code' }, true),
  paperConv('odd T, H, W; k (3,1,3); delta 0.5', [1, 3, 5, 5, 7], { in: 3, out: 6, kernel: [3, 1, 3], delta: 0.5 }, true),
  ...both((t) => paperBlock('C 8, width 8, T 8, 6x6', [2, 8, 8, 6, 6], { channels: 8, width: 8 }, t)),
  paperBlock('gate on the MTConv path', [1, 8, 6, 4, 4], { channels: 8, width: 8, gate: 'output' }, true),
  // the code's two-stream MTConv and MTBlock (§5.2)
  ...both((t) => codeConv('16 -> 16, k 3 pad 1', [t ? 2 : 1, 14, 8, 6, 6], [t ? 2 : 1, 2, 4, 3, 3], { in: 16, out: 16, kernel: 3, padding: 1 }, t)),
  codeConv('k 3 stride 2 (lateral T 4 -> 2 -> resized)', [2, 14, 8, 6, 6], [2, 2, 4, 3, 3], { in: 16, out: 16, kernel: 3, padding: 1, stride: 2 }, true),
  codeConv('1x1x1, long size differs (lateral resized 3x2x2 -> 4x3x3)', [1, 14, 6, 4, 4], [1, 2, 4, 3, 3], { in: 16, out: 8 }, true),
  codeConv('no lateral (downsample), stride 2', [2, 7, 4, 4, 4], [2, 1, 2, 2, 2], { in: 8, out: 16, stride: 2, lateral: false }, true),
  // eval at N = 1: the CPU kernel interpreter makes the full-size block the slowest case
  ...both((t) => codeBlock('16 -> 16, no downsample', [t ? 2 : 1, 14, 8, 6, 6], [t ? 2 : 1, 2, 4, 3, 3], { inplanes: 16, planes: 16 }, t)),
  ...both((t) => codeBlock('16 -> 32, downsample, stride 2', [1, 14, 8, 6, 6], [1, 2, 4, 3, 3], { inplanes: 16, planes: 32, stride: 2 }, t)),
  codeBlock('downsample, long H < 3 resized to 3x3 first', [2, 14, 4, 4, 4], [2, 2, 4, 2, 2], { inplanes: 16, planes: 16, stride: 2 }, true),
  codeBlock('base width 32, 1 GRU layer', [1, 14, 4, 4, 4], [1, 2, 4, 2, 2], { inplanes: 16, planes: 16, baseWidth: 32, layers: 1 }, false),
], { script: 'block_mtconv.py' });

// ------------------------------------------------------------------------------------------ structure

const run = (b: GraphBuilder, outputs: Record<string, Value>, inputs: Record<string, Tensor>): Map<string, Tensor> => {
  for (const [k, v] of Object.entries(outputs)) b.output(k, v);
  return runReference(b.build(), inputs, {}).outputs;
};

describe('cosineSelect: semantics', () => {
  it('code and paper pick different frames; ties go to the earlier frame', () => {
    const { shape, values } = tied;
    const x = new Tensor('f32', shape, Float64Array.from(values!));
    for (const [variant, want] of [['code', [1, 2, 4]], ['paper', [1, 2, 3]]] as const) {
      const b = new GraphBuilder();
      const v = b.input('x', 'f32', shape);
      const out = run(b, { i: cosineSelectIndices(b, v, { variant }) }, { x });
      expect(out.get('i')!.dtype).toBe('i32');
      expect([...out.get('i')!.data]).toEqual(want);
    }
  });

  it('the eps rule clamps the product of the norms, not each norm', () => {
    // g_0 = (1e-5, 0), g_1 = (1e-5, 0): w1 w2 = 1e-20 < eps² = 1e-8, so s = 1e-10 / 1e-4 = 1e-6
    // (clamping each norm would give 1e-10 / 1e-8 = 1e-2); g_2 = (1, 0): s = 1e-5 / 1e-4 = 0.1
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [1, 2, 3, 1, 1]);
    const out = run(b, { s: tripletScores(b, x, { variant: 'paper' }) }, { x: new Tensor('f32', [1, 2, 3, 1, 1], Float64Array.from([1e-5, 1e-5, 1, 0, 0, 0].map(Math.fround))) });
    expect(out.get('s')!.data[0]).toBeCloseTo(Math.fround(1e-5) ** 2 / 1e-4 + Math.fround(1e-5) / 1e-4, 7);
  });

  it('output shapes', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 3, 7, 4, 5]);
    expect(cosineSelect(b, x, { variant: 'code' }).shape).toEqual([2, 3, 3, 4, 5]);
    expect(cosineSelectIndices(b, x, { variant: 'paper' }).shape).toEqual([2, 3]);
    expect(tripletScores(b, x, { variant: 'code' }).shape).toEqual([2, 5]);
  });

  it('rejects bad inputs and options with typed errors', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [1, 2, 6, 2, 2]);
    expect(() => b.scope('pool', () => cosineSelect(b, b.input('short', 'f32', [1, 2, 2, 2, 2]), { variant: 'code' })))
      .toThrow(/^cosineSelect 'pool': input \[1,2,2,2,2\] needs at least 3 frames .*\(expected T >= 3, found T = 2\)/);
    expect(() => cosineSelect(b, b.input('r4', 'f32', [1, 2, 6, 2]), { variant: 'code' })).toThrow(ShapeError);
    expect(() => cosineSelect(b, x, { variant: 'mean' as CosineVariant })).toThrow(AttrError);
    expect(() => cosineSelect(b, x, { variant: 'code', eps: 0 })).toThrow(/option 'eps' must be a positive number/);
  });
});

describe('paper MTConv / MTBlock: parameters and arguments', () => {
  it('names and shapes: local, L->P and P convs with their BNs; SR as the official module', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [1, 8, 4, 4, 4]);
    const y = b.scope('m', () => mtconv(b, x, { in: 8, out: 16, training: false }));
    expect(y.shape).toEqual([1, 16, 4, 4, 4]);
    const bn = (p: string, c: number) => [[`${p}.weight`, [c]], [`${p}.bias`, [c]], [`${p}.running_mean`, [c]], [`${p}.running_var`, [c]]];
    expect(b.graph.params().map((n) => [n.attrs.name, n.attrs.shape])).toEqual([
      ['m.conv_local.weight', [14, 8, 3, 3, 3]], ...bn('m.bn_local', 14),
      ['m.conv_l2p.weight', [2, 14, 3, 3, 3]], ...bn('m.bn_l2p', 2),
      ['m.conv_p.weight', [2, 8, 3, 3, 3]], ...bn('m.bn_p', 2),
    ]);
    const b2 = new GraphBuilder();
    expect(mtBlock(b2, b2.input('x', 'f32', [1, 8, 4, 4, 4]), { channels: 8, width: 16, training: false }).shape).toEqual([1, 8, 4, 4, 4]);
    const names = b2.graph.params().map((n) => n.attrs.name as string);
    expect(names.filter((n) => n.startsWith('sr.'))).toEqual(['0', '1'].flatMap((l) => ['weight_ih', 'weight_hh', 'bias_ih', 'bias_hh'].map((w) => `sr.op.${w}_l${l}`)));
    expect(new Set(names.map((n) => n.split('.')[0]))).toEqual(new Set(['conv1', 'conv2', 'conv3', 'sr']));
  });

  it('training records every BN running statistic by state_dict key', () => {
    const b = new GraphBuilder();
    const stats: BnStats = new Map();
    mtBlock(b, b.input('x', 'f32', [2, 8, 4, 4, 4]), { channels: 8, width: 8, training: true, stats });
    expect(stats.size).toBe(3 * 3 * 2);
    expect(stats.has('conv2.bn_l2p.running_var')).toBe(true);
  });

  it('rejects bad options and inputs with typed errors', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [1, 4, 6, 4, 4]);
    expect(() => b.scope('c', () => mtconv(b, x, { in: 4, out: 1, training: false })))
      .toThrow(/^mtconv 'c': out = 1 with delta = 0.875 leaves a branch without channels \(expected .*, found C_L = 0, C_P = 1\)/);
    expect(() => mtconv(b, x, { in: 4, out: 8, delta: 1, training: false })).toThrow(AttrError);
    expect(() => mtconv(b, x, { in: 4, out: 8, kernel: 2, training: false })).toThrow(/odd sizes/);
    expect(() => mtconv(b, x, { in: 4, out: 8, kernel: [3, 3] as unknown as 3, training: false })).toThrow(AttrError);
    expect(() => mtconv(b, x, { in: 5, out: 8, training: false })).toThrow(/has size 4 on axis 1, but in = 5/);
    expect(() => mtconv(b, b.input('t2', 'f32', [1, 4, 2, 4, 4]), { in: 4, out: 8, training: false })).toThrow(ShapeError);
    expect(() => mtconv(b, b.input('h1', 'f32', [1, 4, 6, 1, 4]), { in: 4, out: 8, training: false })).toThrow(/too small for the prolonged branch/);
    expect(() => mtBlock(b, x, { channels: 4, width: 8, gate: 'both' as 'input', training: false })).toThrow(AttrError);
    expect(() => mtBlock(b, x, { channels: 8, width: 8, training: false })).toThrow(ShapeError);
  });
});

describe('code MTConv / MTBlock: parameters and arguments', () => {
  // the keys of MTnet.py's MTBlock state_dict (b443ccb; without num_batches_tracked), in its order
  const mtconvKeys = (p: string, lateral: boolean): string[] => [
    `${p}.conv_short.weight`, `${p}.conv_long.weight`, ...(lateral ? [`${p}.conv_short2long.weight`] : []),
    ...['norm_short', 'norm_long'].flatMap((n) => ['weight', 'bias', 'running_mean', 'running_var'].map((s) => `${p}.${n}.${s}`)),
  ];
  const gruKeys = (p: string): string[] => ['0', '1'].flatMap((l) => ['weight_ih', 'weight_hh', 'bias_ih', 'bias_hh'].map((w) => `${p}.op.${w}_l${l}`));

  it('registers the official state_dict keys and shapes', () => {
    const b = new GraphBuilder();
    const xs = b.input('xs', 'f32', [1, 14, 4, 4, 4]), xl = b.input('xl', 'f32', [1, 2, 2, 2, 2]);
    const [s, l] = b.scope('layer2.0', () => mtBlockCode(b, [xs, xl], { inplanes: 16, planes: 32, stride: 2, training: false }));
    expect([s.shape, l.shape]).toEqual([[1, 28, 2, 2, 2], [1, 4, 1, 1, 1]]);
    const params = b.graph.params();
    expect(params.map((n) => n.attrs.name)).toEqual([
      ...['conv1_1', 'conv1_2', 'conv2', 'conv3'].flatMap((c) => mtconvKeys(`layer2.0.${c}`, true)),
      ...mtconvKeys('layer2.0.downsample', false), ...gruKeys('layer2.0.sr_short'), ...gruKeys('layer2.0.sr_long'),
    ]);
    const shape = (k: string) => params.find((n) => n.attrs.name === `layer2.0.${k}`)!.attrs.shape;
    expect(shape('conv2.conv_short.weight')).toEqual([28, 14, 3, 3, 3]);
    expect(shape('conv2.conv_short2long.weight')).toEqual([4, 28, 1, 1, 1]);
    expect(shape('conv3.conv_long.weight')).toEqual([4, 4, 1, 1, 1]);
    expect(shape('sr_long.op.weight_ih_l0')).toEqual([12, 4]);
    expect(params.find((n) => n.attrs.name === 'layer2.0.conv1_1.conv_short.weight')!.attrs.init).toEqual({ kind: 'kaiming_normal', mode: 'fan_out', nonlinearity: 'relu', a: 0 });
  });

  it('one norm_long module serves the long conv and the lateral; training chains its running statistics', () => {
    const b = new GraphBuilder();
    const stats: BnStats = new Map();
    const xs = b.input('xs', 'f32', [2, 7, 4, 4, 4]), xl = b.input('xl', 'f32', [2, 1, 2, 2, 2]);
    mtConvCode(b, [xs, xl], { in: 8, out: 8, training: true, stats });
    expect(b.graph.params().filter((n) => (n.attrs.name as string).startsWith('norm_long')).length).toBe(4);
    expect([...stats.keys()].sort()).toEqual(['norm_long.running_mean', 'norm_long.running_var', 'norm_short.running_mean', 'norm_short.running_var']);
  });

  it('conv3 is 1x3x3 without downsample and 1x1x1 with it', () => {
    const b = new GraphBuilder();
    const xs = b.input('xs', 'f32', [1, 14, 4, 4, 4]), xl = b.input('xl', 'f32', [1, 2, 2, 2, 2]);
    mtBlockCode(b, [xs, xl], { inplanes: 16, planes: 16, training: false });
    const w = b.graph.params().find((n) => n.attrs.name === 'conv3.conv_short.weight')!;
    expect(w.attrs.shape).toEqual([14, 14, 1, 3, 3]);
    expect(b.graph.params().some((n) => (n.attrs.name as string).startsWith('downsample'))).toBe(false);
  });

  it('rejects bad options and inputs with typed errors', () => {
    const b = new GraphBuilder();
    const xs = b.input('xs', 'f32', [2, 14, 4, 4, 4]), xl = b.input('xl', 'f32', [2, 2, 2, 2, 2]);
    expect(() => b.scope('c', () => mtConvCode(b, [xs, xl], { in: 8, out: 8, training: false })))
      .toThrow(/^mtConvCode 'c': short stream \[2,14,4,4,4\] has size 14 on axis 1, but int\(in \* rate\) = 7/);
    expect(() => mtConvCode(b, [xs, b.input('n1', 'f32', [1, 2, 2, 2, 2])], { in: 16, out: 8, training: false })).toThrow(/batch size of the short stream/);
    expect(() => mtConvCode(b, [xs, xl], { in: 1, out: 8, training: false })).toThrow(/leave a stream without channels/);
    expect(() => mtConvCode(b, [xs, xl], { in: 16, out: 8, rate: 0, training: false })).toThrow(AttrError);
    expect(() => mtConvCode(b, [xs, xl], { in: 16, out: 8, stride: 0, training: false })).toThrow(AttrError);
    expect(() => mtConvCode(b, [b.input('h1', 'f32', [2, 14, 4, 1, 4]), xl], { in: 16, out: 8, training: false }))
      .toThrow(/too small for the lateral's \(1,2,2\) average pool/);
    expect(() => mtBlockCode(b, [xs, xl], { inplanes: 16, planes: 12, training: false }))
      .toThrow(/official sr_long GRU has int\(planes \* \(1 - rate\)\) = 1 channels but the long stream has 2/);
    expect(() => mtBlockCode(b, [xs, xl], { inplanes: 16, planes: 32, downsample: false, training: false })).toThrow(/without downsample/);
    expect(() => mtBlockCode(b, [xs, xl], { inplanes: 16, planes: 16, stride: 0, training: false })).toThrow(AttrError);
  });
});
