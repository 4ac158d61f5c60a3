import { describe, expect, it } from 'vitest';
import { GraphBuilder, type Value } from '../../ir/builder.ts';
import { AttrError, ShapeError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { dtf, type DtfOptions } from '../../nn/dtf.ts';
import { initParams, randomInputs } from '../../runtime/init.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { nnSuite, type NnCase } from '../helpers/graph-oracle.ts';

type Opts = Omit<DtfOptions, 'channels' | 'clipLen' | 'training'>;

// The suite draws every param around its init: α and bias (init 0) become U(±0.5), the running stats
// are perturbed, W_lin ~ N(0, 0.02), filter_g kaiming: so the filter path contributes (α = 0 would hide it).
const dtfCase = (title: string, shape: [number, number, number, number, number], training: boolean, opts: Opts = {},
  extra: Partial<NnCase> = {}): NnCase => ({
  title: `dtf ${opts.variant ?? 'code'} ${training ? 'train' : 'eval'} ${title}`,
  module: training ? 'dtf_train' : 'dtf_eval',
  config: { channels: shape[1], clipLen: shape[2], ...opts },
  inputs: { x: { shape, scale: 2 } },
  ...extra,
  build: (b, { x }): Record<string, Value> => {
    const r = dtf(b, x, { channels: shape[1], clipLen: shape[2], training, ...opts });
    return r.runningMean && r.runningVar ? { y: r.y, running_mean: r.runningMean, running_var: r.runningVar } : { y: r.y };
  },
});

nnSuite('block dtf', [
  dtfCase('C16 T4 5×7 N2 G16', [2, 16, 4, 5, 7], true),
  dtfCase('C16 T4 5×7 N2 G16', [2, 16, 4, 5, 7], false),
  dtfCase('odd T3 3×5 N2', [2, 16, 3, 3, 5], true),
  dtfCase('odd T5 5×3 N2', [2, 16, 5, 5, 3], false),
  dtfCase('T6 (not a power of two) G4', [2, 16, 6, 3, 5], true, { G: 4 }),
  dtfCase('T6 G2', [2, 16, 6, 5, 3], false, { G: 2 }),
  // C·M·2 = 48 with G = 16: the repeat blocks straddle channels and frequencies
  dtfCase('C8 T4 blocks straddle channels', [2, 8, 4, 3, 5], true),
  dtfCase('K5 window wider than the image', [2, 16, 4, 3, 4], true, { K: 5 }),
  dtfCase('T2 N1 momentum 0.3 eps 1e-3', [1, 16, 2, 5, 7], true, { momentum: 0.3, eps: 1e-3 }),
  dtfCase('T1 (no aggregation)', [2, 16, 1, 3, 5], false),
  dtfCase('C16 T4 5×7 G16', [2, 16, 4, 5, 7], false, { variant: 'paper' }),
  dtfCase('odd T5 3×5 G4', [2, 16, 5, 3, 5], false, { variant: 'paper', G: 4 }),
  dtfCase('T6 G8', [2, 16, 6, 5, 3], false, { variant: 'paper', G: 8 }),
], { script: 'block_dtf.py' });

describe('dtf: parameters and arguments', () => {
  const x5 = (b: GraphBuilder, shape: number[]) => b.input('x', 'f32', shape);

  it('registers the official state_dict keys and shapes; buffers are not trainable', () => {
    const b = new GraphBuilder();
    const x = x5(b, [2, 16, 4, 5, 7]);
    const r = b.scope('layer1.0.dtf_blk', () => dtf(b, x, { channels: 16, clipLen: 4, training: true }));
    b.output('y', r.y);
    const params = Object.fromEntries(b.graph.params().map((n) => [n.attrs.name, [n.attrs.shape, n.attrs.trainable, n.attrs.init]]));
    expect(params).toEqual({
      'layer1.0.dtf_blk.weights_cor': [[16, 4, 3, 3], false, { kind: 'constant', value: 1 / 16 }],
      'layer1.0.dtf_blk.filter_g.weight': [[6, 100, 1, 1], true, { kind: 'kaiming_normal', mode: 'fan_out', nonlinearity: 'relu', a: 0 }],
      'layer1.0.dtf_blk.linear1.complex_weight': [[16, 16, 2], true, { kind: 'normal', mean: 0, std: 0.02 }],
      'layer1.0.dtf_blk.norm1.norm.running_mean': [[16], false, { kind: 'zeros' }],
      'layer1.0.dtf_blk.norm1.norm.running_var': [[16], false, { kind: 'ones' }],
      'layer1.0.dtf_blk.alpha1': [[1, 16, 1, 1, 1], true, { kind: 'zeros' }],
      'layer1.0.dtf_blk.bias': [[1, 16, 1, 1, 1], true, { kind: 'zeros' }],
    });
    expect(r.y.shape).toEqual([2, 16, 4, 5, 7]);
    expect(r.runningMean?.shape).toEqual([16]);
  });

  it('the paper variant has only weights_cor and filter_g, and no running statistics', () => {
    const b = new GraphBuilder();
    const r = dtf(b, x5(b, [1, 32, 8, 3, 3]), { channels: 32, clipLen: 8, training: false, variant: 'paper' });
    expect(b.graph.params().map((n) => [n.attrs.name, n.attrs.shape])).toEqual([
      ['weights_cor', [32, 8, 3, 3]], ['filter_g.weight', [2 * 5 * 2, (32 + 9) * 8, 1, 1]],
    ]);
    expect(r.runningMean).toBeUndefined();
  });

  it('starts as an exact identity (α = bias = 0) in both BN modes', () => {
    for (const training of [true, false]) {
      const b = new GraphBuilder();
      const x = x5(b, [2, 16, 4, 3, 5]);
      b.output('y', dtf(b, x, { channels: 16, clipLen: 4, training }).y);
      const g = b.build();
      const xs = randomInputs(g, 1);
      const y = runReference(g, Object.fromEntries(xs), Object.fromEntries(initParams(g, 2))).outputs.get('y') as Tensor;
      expect(Array.from(y.data)).toEqual(Array.from(xs.get('x')!.data));
    }
  });

  it('rejects bad arguments with typed errors naming expected and found', () => {
    const b = new GraphBuilder();
    const x = x5(b, [2, 16, 5, 5, 7]);
    const base = { channels: 16, clipLen: 5, training: true };
    expect(() => b.scope('blk', () => dtf(b, x, { ...base, clipLen: 4 })))
      .toThrow(/^dtf 'blk': input \[2,16,5,5,7\] has size 5 on axis 2, but clipLen = 4 \(expected 4, found 5\)/);
    expect(() => dtf(b, x, { ...base, clipLen: 4 })).toThrow(ShapeError);
    expect(() => dtf(b, x, { ...base, channels: 8 })).toThrow(/has size 16 on axis 1, but channels = 8 \(expected 8, found 16\)/);
    expect(() => dtf(b, b.input('x4', 'f32', [2, 16, 5, 5]), base)).toThrow(ShapeError);
    expect(() => dtf(b, b.input('x4b', 'f32', [2, 16, 5, 5]), base)).toThrow(/must be \(N, C, T, H, W\) \(expected rank 5, found rank 4 \[2,16,5,5\]\)/);
    // C·M·2 = 16·3·2 = 96 is not a multiple of 5; 4·3·2 = 24 is not a multiple of 16
    expect(() => dtf(b, x, { ...base, G: 5 })).toThrow(AttrError);
    expect(() => dtf(b, x, { ...base, G: 5 })).toThrow(/C·M·2 = 16·3·2 = 96 .* must be divisible by G \(expected G dividing 96, found G = 5\)/);
    expect(() => dtf(b, b.input('c4', 'f32', [1, 4, 4, 3, 3]), { channels: 4, clipLen: 4, training: false }))
      .toThrow(/\(expected G dividing 24, found G = 16\)/);
    expect(() => dtf(b, x, { ...base, variant: 'paper', G: 32 })).toThrow(/C = 16 must be divisible by G \(expected G dividing 16, found G = 32\)/);
    expect(() => dtf(b, x, { ...base, K: 4 })).toThrow(AttrError);
    expect(() => dtf(b, x, { ...base, K: 4 })).toThrow(/option 'K' must be odd .*\(expected an odd integer, found 4\)/);
    expect(() => dtf(b, x, { ...base, K: 0 })).toThrow(AttrError);
    expect(() => dtf(b, x, { ...base, G: 1.5 })).toThrow(/option 'G' must be a positive integer/);
    expect(() => dtf(b, x, { ...base, variant: 'fast' as 'code' })).toThrow(/option 'variant' must be 'code' or 'paper' \(expected 'code' or 'paper', found fast\)/);
  });
});
