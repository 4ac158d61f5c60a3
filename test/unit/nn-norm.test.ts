import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { AttrError, GraphError, ShapeError } from '../../ir/errors.ts';
import { batchNorm, batchNormParams, layerNorm, type BatchNormOptions } from '../../nn/norm.ts';
import { nnSuite, type InputGen, type NnCase } from '../helpers/graph-oracle.ts';

const ln = (title: string, shape: number[], norm: number[], opts: { eps?: number; affine?: boolean } = {}, tol?: number): NnCase => ({
  title: `layerNorm ${title}`, module: 'layer_norm', config: { shape: norm, ...opts }, tol,
  inputs: { x: { shape } }, build: (b, { x }) => ({ y: layerNorm(b, x, { shape: norm, ...opts }) }),
});

// every batch norm case runs in both modes; training also compares the updated running statistics
const bn = (title: string, x: InputGen, opts: Omit<BatchNormOptions, 'training' | 'features'> = {}, tol?: number): NnCase[] =>
  ([true, false] as const).map((training) => ({
    title: `batchNorm ${training ? 'train' : 'eval'} ${title}`,
    module: training ? 'batch_norm_train' : 'batch_norm_eval',
    config: { features: x.shape[1], ...opts },
    inputs: { x },
    tol,
    build: (b, { x: v }) => {
      const { y, runningMean, runningVar } = batchNorm(b, v, { features: x.shape[1], training, ...opts });
      return { y, running_mean: runningMean, running_var: runningVar };
    },
  }));

nnSuite('norm', [
  ln('last axis', [3, 5], [5]),
  ln('last two axes of 4-D', [2, 3, 4, 5], [4, 5]),
  ln('rank 1', [7], [7]),
  // the output is exactly the bias; PyTorch's f32 kernel computes x·(rstd·w) + (b − mean·rstd·w) with
  // rstd = 1/sqrt(eps) ≈ 316, which cancels and leaves ~316·|x|·2^-24 of error
  ln('size-1 normalized axis', [4, 1], [1], {}, 1e-4),
  ln('whole tensor, no affine, eps 1e-3', [2, 3], [2, 3], { eps: 1e-3, affine: false }),
  ln('offset input', [3, 6], [6]),
  ...bn('(N, C)', { shape: [6, 3] }),
  ...bn('3-D (N, C, L)', { shape: [2, 4, 5] }),
  ...bn('4-D odd sizes', { shape: [3, 5, 3, 7] }),
  ...bn('5-D', { shape: [2, 3, 4, 3, 2] }),
  ...bn('5-D N = 1, one channel', { shape: [1, 1, 2, 3, 3] }),
  ...bn('affine false (DTF FFT BN)', { shape: [2, 3, 2, 3, 4] }, { affine: false }),
  ...bn('momentum 0.3, eps 1e-3', { shape: [4, 2, 3] }, { momentum: 0.3, eps: 1e-3 }),
  // a mean far from zero relative to the spread: f32 values near 100 have an ulp of 7.6e-6, which bounds
  // how closely the float32 oracle's batch mean (and so x - mean) can match
  ...bn('offset 100', { shape: [4, 3, 5], offset: 100 }, {}, 2e-5),
]);

describe('norm: parameters and arguments', () => {
  it('batch norm registers PyTorch state_dict names, running stats not trainable', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 4, 3]);
    const r = b.scope('layer1', () => b.scope('bn1', () => batchNorm(b, x, { features: 4, training: true })));
    b.output('y', r.y);
    const params = b.graph.params().map((n) => [n.attrs.name, n.attrs.trainable, n.attrs.init]);
    expect(params).toEqual([
      ['layer1.bn1.weight', true, { kind: 'ones' }],
      ['layer1.bn1.bias', true, { kind: 'zeros' }],
      ['layer1.bn1.running_mean', false, { kind: 'zeros' }],
      ['layer1.bn1.running_var', false, { kind: 'ones' }],
    ]);
  });

  it('batch norm without affine has only the running stats; inference returns them unchanged', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 4]);
    const r = batchNorm(b, x, { features: 4, training: false, affine: false });
    expect(b.graph.params().map((n) => n.attrs.name)).toEqual(['running_mean', 'running_var']);
    expect(b.graph.node(r.runningMean.id).op).toBe('param');
  });

  it('one BN module applied twice shares its params (MTNet norm_long); a second set of names would clash', () => {
    const b = new GraphBuilder();
    const [x1, x2] = [b.input('a', 'f32', [2, 3, 4]), b.input('c', 'f32', [2, 3, 5])];
    const p = b.scope('norm_long', () => batchNormParams(b, 3));
    const first = batchNorm(b, x1, { features: 3, training: true, params: p });
    batchNorm(b, x2, { features: 3, training: true, params: { ...p, runningMean: first.runningMean, runningVar: first.runningVar } });
    expect(b.graph.params()).toHaveLength(4);
    expect(() => b.scope('norm_long', () => batchNorm(b, x2, { features: 3, training: true }))).toThrow(GraphError);
  });

  it('layer norm registers weight and bias of the normalized shape', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 3, 4]);
    b.scope('norm', () => layerNorm(b, x, { shape: [3, 4] }));
    expect(b.graph.params().map((n) => [n.attrs.name, n.attrs.shape])).toEqual([['norm.weight', [3, 4]], ['norm.bias', [3, 4]]]);
  });

  it('rejects mismatched shapes and bad options with typed errors', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 4, 3]);
    expect(() => b.scope('bn', () => batchNorm(b, x, { features: 3, training: false })))
      .toThrow(/^batchNorm 'bn': input \[2,4,3\] has size 4 on axis 1, but features = 3 \(expected 3, found 4\)/);
    expect(() => batchNorm(b, b.input('v', 'f32', [4]), { features: 4, training: false })).toThrow(ShapeError);
    expect(() => batchNorm(b, b.input('one', 'f32', [1, 4]), { features: 4, training: true })).toThrow(/more than one value per channel/);
    expect(() => batchNorm(b, x, { features: 4, training: true, momentum: 1.5 })).toThrow(AttrError);
    expect(() => batchNorm(b, x, { features: 0, training: true })).toThrow(AttrError);
    const wrong = { runningMean: b.input('m', 'f32', [3]), runningVar: b.input('s', 'f32', [4]) };
    expect(() => batchNorm(b, x, { features: 4, training: false, params: wrong })).toThrow(/params.runningMean must be one value per channel \(expected \[4\], found \[3\]\)/);
    expect(() => layerNorm(b, x, { shape: [4] })).toThrow(/does not end with the normalized shape \(expected \[\.\.\., 4\], found \[2,4,3\]\)/);
    expect(() => layerNorm(b, x, { shape: [1, 2, 4, 3] })).toThrow(ShapeError);
    expect(() => layerNorm(b, x, { shape: [] })).toThrow(AttrError);
  });
});
