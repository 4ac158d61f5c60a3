import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { AttrError, DTypeError, ShapeError } from '../../ir/errors.ts';
import { tam, type TamOptions } from '../../nn/tam.ts';
import { nnSuite, type NnCase } from '../helpers/graph-oracle.ts';

type Opts = Omit<TamOptions, 'training' | 'channels' | 'segments'>;

// every case runs with training BN (also comparing the updated running statistics) and inference BN. The
// input is the TSN form (N·T, C, H, W) with `segments`, or with layout 'ncthw' the clip (N, C, T, H, W)
// without it (T is the input's axis 2); the oracle runs the official TSN forward on the permuted clip.
type Layout = 'tsn' | 'ncthw';
const cases = (title: string, shape: { batch: number; segments: number; channels: number; h: number; w: number }, opts: Opts = {}, layout: Layout = 'tsn'): NnCase[] =>
  ([true, false] as const).map((training) => ({
    title: `tam ${training ? 'train' : 'eval'} ${layout === 'ncthw' ? '(N, C, T, H, W) ' : ''}${title}`,
    module: training ? 'tam_train' : 'tam_eval',
    config: { channels: shape.channels, segments: shape.segments, layout, ...opts },
    inputs: {
      x: { shape: layout === 'ncthw' ? [shape.batch, shape.channels, shape.segments, shape.h, shape.w] : [shape.batch * shape.segments, shape.channels, shape.h, shape.w] },
    },
    build: (b, { x }) => {
      const r = tam(b, x, { channels: shape.channels, ...(layout === 'tsn' ? { segments: shape.segments } : {}), training, ...opts });
      return training ? { y: r.y, ...r.state } : { y: r.y };
    },
  }));

const base = { batch: 2, segments: 4, channels: 8, h: 3, w: 5 };

nnSuite('tam', [
  ...cases('T=4, C=8, K=3 (defaults)', base),
  ...cases('odd T=5, C=16', { ...base, segments: 5, channels: 16 }),
  ...cases('K=5, local kernel K (official)', { ...base, segments: 5 }, { kernel: 5 }),
  ...cases('K=5, local kernel 3 (mmaction2)', { ...base, segments: 5 }, { kernel: 5, localKernel: 3 }),
  ...cases('K=3, local kernel 5', base, { localKernel: 5 }),
  ...cases('K=5 > T=4: windows reach past both ends', base, { kernel: 5 }),
  ...cases('K=1 (no padding), alpha 3, beta 2', base, { kernel: 1, alpha: 3, beta: 2 }),
  ...cases('batch 1, T=5 (BN over one clip)', { ...base, batch: 1, segments: 5, channels: 16 }),
  ...cases('momentum 0.3, eps 1e-3, batch 3', { ...base, batch: 3, h: 1, w: 1 }, { momentum: 0.3, eps: 1e-3 }),
  ...cases('T=4, C=8, K=3 (defaults)', base, {}, 'ncthw'),
  ...cases('odd T=5, K=5, local kernel 3, batch 3', { ...base, batch: 3, segments: 5 }, { kernel: 5, localKernel: 3 }, 'ncthw'),
  ...cases('batch 1, T=3, 1x1', { ...base, batch: 1, segments: 3, h: 1, w: 1 }, {}, 'ncthw'),
], { script: 'block_tam.py' });

describe('tam: parameters and arguments', () => {
  it('registers the official state_dict keys under the scope, with PyTorch default inits', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [8, 16, 3, 5]);
    const r = b.scope('layer1.0.tam', () => tam(b, x, { channels: 16, segments: 4, kernel: 5, localKernel: 3, training: true }));
    b.output('y', r.y);
    const kaiming = { kind: 'kaiming_uniform', mode: 'fan_in', nonlinearity: 'leaky_relu', a: Math.sqrt(5) };
    const p = 'layer1.0.tam.';
    expect(b.graph.params().map((n) => [n.attrs.name, n.attrs.shape, n.attrs.trainable, n.attrs.init])).toEqual([
      [`${p}G.0.weight`, [8, 4], true, kaiming],
      [`${p}G.1.weight`, [8], true, { kind: 'ones' }],
      [`${p}G.1.bias`, [8], true, { kind: 'zeros' }],
      [`${p}G.1.running_mean`, [8], false, { kind: 'zeros' }],
      [`${p}G.1.running_var`, [8], false, { kind: 'ones' }],
      [`${p}G.3.weight`, [5, 8], true, kaiming],
      [`${p}L.0.weight`, [4, 16, 3], true, kaiming],
      [`${p}L.1.weight`, [4], true, { kind: 'ones' }],
      [`${p}L.1.bias`, [4], true, { kind: 'zeros' }],
      [`${p}L.1.running_mean`, [4], false, { kind: 'zeros' }],
      [`${p}L.1.running_var`, [4], false, { kind: 'ones' }],
      [`${p}L.3.weight`, [16, 4, 1], true, kaiming],
    ]);
    expect(Object.keys(r.state).sort()).toEqual([`${p}G.1.running_mean`, `${p}G.1.running_var`, `${p}L.1.running_mean`, `${p}L.1.running_var`]);
    expect(r.y.shape).toEqual([8, 16, 3, 5]);
  });

  it('the local kernel defaults to K (official); inference returns the running-stat params', () => {
    const b = new GraphBuilder();
    const r = tam(b, b.input('x', 'f32', [10, 8, 2, 2]), { channels: 8, segments: 5, kernel: 5, training: false });
    expect(b.graph.params().find((n) => n.attrs.name === 'L.0.weight')!.attrs.shape).toEqual([2, 8, 5]);
    expect(b.graph.params().find((n) => n.attrs.name === 'G.3.weight')!.attrs.shape).toEqual([5, 10]);
    for (const v of Object.values(r.state)) expect(b.graph.node(v.id).op).toBe('param');
  });

  it('excitation and the adaptive conv compile into one kernel with the output reshape', async () => {
    const { planFusion } = await import('../../codegen/fuse.ts');
    const b = new GraphBuilder();
    const r = tam(b, b.input('x', 'f32', [8, 8, 3, 5]), { channels: 8, segments: 4, training: false });
    b.output('y', r.y);
    const g = b.build();
    const plan = planFusion(g);
    const last = plan.kernels.find((k) => k.root === r.y.id)!;
    const ops = new Set(last.members.map((m) => g.nodes[m].op));
    for (const op of ['mul', 'unfold', 'sum', 'sigmoid', 'div']) expect(ops.has(op), op).toBe(true);
    // squeeze, two G matmuls, softmax max and sum, two L convs, the L BN-ReLU chain (stored: the 1x1 conv
    // reads each of its elements Cout times, codegen/fuse.ts rule 3), and this one (inference)
    expect(plan.kernels.length).toBeLessThanOrEqual(9);
  });

  it('takes a clip (N, C, T, H, W): T from axis 2, the output in the same layout, the same parameters', () => {
    const shapes = (x: number[], segments?: number) => {
      const b = new GraphBuilder();
      const r = tam(b, b.input('x', 'f32', x), { channels: 8, segments, training: false });
      return [r.y.shape, b.graph.params().map((n) => [n.attrs.name, n.attrs.shape])];
    };
    const [y5, p5] = shapes([2, 8, 5, 3, 4]);
    expect(y5).toEqual([2, 8, 5, 3, 4]);
    expect(shapes([2, 8, 5, 3, 4], 5)).toEqual([y5, p5]);
    // the same state_dict as the TSN form of the same clips
    expect(p5).toEqual(shapes([10, 8, 3, 4], 5)[1]);
    const b = new GraphBuilder();
    expect(() => b.scope('tam', () => tam(b, b.input('x', 'f32', [2, 8, 5, 3, 4]), { channels: 8, segments: 4, training: false })))
      .toThrow(/^tam 'tam': input \[2,8,5,3,4\] has size 5 on axis 2, but segments = 4 \(expected 4, found 5\)/);
    expect(() => tam(b, b.input('e', 'f32', [2, 8, 0, 3, 4]), { channels: 8, training: false })).toThrow(/has no clip or no frame \(expected N >= 1 and T >= 1, found N = 2, T = 0\)/);
    expect(() => tam(b, b.input('c', 'f32', [2, 4, 5, 3, 4]), { channels: 8, training: false })).toThrow(/has 4 channels on axis 1, but channels = 8/);
  });

  it('rejects bad shapes and options with typed errors naming expected and found', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [8, 16, 3, 5]);
    const ok = { channels: 16, segments: 4, training: true };
    expect(() => b.scope('tam', () => tam(b, x, { ...ok, segments: 3 })))
      .toThrow(/^tam 'tam': input \[8,16,3,5\] has 8 rows on axis 0, not a positive multiple of segments = 3 \(expected N·3 with N >= 1, found 8\)/);
    expect(() => tam(b, x, { ...ok, channels: 8 })).toThrow(/has 16 channels on axis 1, but channels = 8 \(expected 8, found 16\)/);
    expect(() => tam(b, x, { ...ok, kernel: 4 })).toThrow(/option 'kernel' must be odd .*\(expected an odd integer, found 4\)/);
    expect(() => tam(b, x, { ...ok, localKernel: 2 })).toThrow(AttrError);
    expect(() => tam(b, x, { ...ok, kernel: 0 })).toThrow(AttrError);
    expect(() => tam(b, x, { ...ok, beta: 3 })).toThrow(/channels must be divisible by beta .*\(expected a multiple of 3, found channels = 16\)/);
    expect(() => tam(b, x, { ...ok, alpha: 1.5 })).toThrow(AttrError);
    expect(() => tam(b, x, { ...ok, segments: 0 })).toThrow(AttrError);
    expect(() => tam(b, b.input('r3', 'f32', [8, 16, 15]), ok))
      .toThrow(/input must be \(N·T, C, H, W\) or \(N, C, T, H, W\) \(expected rank 4 or 5, found rank 3 \[8,16,15\]\)/);
    expect(() => tam(b, b.input('r6', 'f32', [2, 16, 4, 3, 5, 1]), ok)).toThrow(ShapeError);
    expect(() => tam(b, x, { channels: 16, training: true })).toThrow(/option 'segments' is required for the \(N·T, C, H, W\) input .*\(expected an integer >= 1, found undefined\)/);
    expect(() => tam(b, b.input('i', 'i32', [8, 16, 3, 5]), ok)).toThrow(DTypeError);
    expect(() => tam(b, b.input('e', 'f32', [0, 16, 3, 5]), ok)).toThrow(ShapeError);
    // training BN of the global branch needs more than one (n, c) row: one clip with one channel has one
    expect(() => tam(b, b.input('one', 'f32', [4, 1, 2, 2]), { channels: 1, segments: 4, beta: 1, training: true })).toThrow(/more than one value per channel/);
  });
});
