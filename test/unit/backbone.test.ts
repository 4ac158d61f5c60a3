// The backbone pieces (nn/resnet.ts, nn/head.ts) against PyTorch modules written as torchvision and the
// official code write them (test/oracle/block_backbone.py; strict load_state_dict checks the names), at
// small shapes, in training (batch statistics; the updated running statistics compared too) and inference.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, type Value } from '../../ir/builder.ts';
import { AttrError, ShapeError } from '../../ir/errors.ts';
import { init } from '../../ir/init.ts';
import { poolingHead } from '../../nn/head.ts';
import {
  bottleneck, c2dStem, layer, NAMES, resnet3dStem, tsnStem, type BnStats, type BottleneckHook, type BottleneckOptions, type HookPosition, type HookSite,
} from '../../nn/resnet.ts';
import { nnSuite, type NnCase } from '../helpers/graph-oracle.ts';

const SCRIPT = 'block_backbone.py';

/** Outputs: y, plus the running statistics by state_dict key in training. */
const withStats = (y: Value, stats: BnStats): Record<string, Value> => ({ y, ...Object.fromEntries(stats) });

const stemCase = (title: string, kind: 'c2d' | 'resnet3d' | 'tsn', shape: number[], out: number, training: boolean, extra: Record<string, number> = {}): NnCase => ({
  title: `stem ${title}`, module: 'stem', config: { kind, out, training, in: shape[1], ...extra },
  inputs: { x: { shape } },
  build: (b, { x }) => {
    const stats: BnStats = new Map();
    const o = { in: shape[1], out, training, stats, ...extra };
    const y = kind === 'c2d' ? c2dStem(b, x, o) : kind === 'resnet3d' ? resnet3dStem(b, x, o) : tsnStem(b, x, o);
    return withStats(y, stats);
  },
});

/** A test hook the oracle mirrors: tanh, or a per-channel scale with its own param `hook.weight`. */
const testHook = (kind: 'tanh' | 'scale'): BottleneckHook => (b, x, s) =>
  kind === 'tanh' ? b.tanh(x) : b.mul(x, b.reshape(b.scope('hook', () => b.param('weight', [s.channels], init.ones())), { shape: [1, s.channels, ...x.shape.slice(2).map(() => 1)] }));

interface BlockCase {
  layout: '2d' | '3d';
  shape: number[];
  planes: number;
  stride?: number;
  downsample?: boolean;
  conv1T?: number;
  gc?: boolean;
  names?: 'torchvision' | 'slowfast';
  inner?: string;
  hook?: 'tanh' | 'scale';
  hookAt?: HookPosition;
  finalRelu?: boolean;
  training: boolean;
}

const blockCase = (title: string, c: BlockCase, tol?: number): NnCase => ({
  title: `bottleneck ${title}`, module: 'bottleneck', tol,
  config: { ...c, inplanes: c.shape[1] },
  inputs: { x: { shape: c.shape } },
  build: (b, { x }) => {
    const stats: BnStats = new Map();
    const y = bottleneck(b, x, {
      layout: c.layout, inplanes: c.shape[1], planes: c.planes, stride: c.stride, downsample: c.downsample,
      conv1TemporalKernel: c.conv1T, globalContext: c.gc, names: c.names ? NAMES[c.names] : undefined, inner: c.inner,
      hooks: c.hook ? { [c.hookAt!]: testHook(c.hook) } : undefined, finalRelu: c.finalRelu, training: c.training, stats,
    });
    return withStats(y, stats);
  },
});

nnSuite('backbone', [
  stemCase('C2D (4,7,7)/(4,2,2), train', 'c2d', [2, 3, 8, 16, 16], 4, true),
  stemCase('C2D, eval, early stride 2', 'c2d', [1, 3, 4, 12, 12], 5, false, { earlyStride: 2 }),
  stemCase('3DResNet 5x7x7, eval', 'resnet3d', [1, 3, 6, 16, 16], 4, false),
  stemCase('3DResNet 5x7x7, train', 'resnet3d', [2, 3, 4, 10, 10], 3, true),
  stemCase('TSN 2-D 7x7, train', 'tsn', [4, 3, 15, 15], 4, true),

  // 2-D (TSN) layout against torchvision's own Bottleneck
  blockCase('2-D identity shortcut, eval (torchvision forward)', { layout: '2d', shape: [4, 16, 6, 6], planes: 4, training: false }),
  blockCase('2-D stride 2 + downsample, train (torchvision forward)', { layout: '2d', shape: [4, 8, 7, 7], planes: 4, stride: 2, training: true }),
  blockCase('2-D wrapped as net, hook after conv1 (TAM position), train', { layout: '2d', shape: [4, 16, 5, 5], planes: 4, inner: 'net', hook: 'scale', hookAt: 'afterConv1', training: true }),
  // 3-D C2D layout (1x3x3), official C2D module names
  blockCase('3-D identity, hook before bn2 (DTF position), eval', { layout: '3d', shape: [2, 16, 3, 6, 6], planes: 4, hook: 'tanh', hookAt: 'afterConv2BeforeBn2', training: false }),
  blockCase('3-D stride 2 + downsample, hook after bn2+relu (SIFA position), train', { layout: '3d', shape: [2, 8, 2, 8, 8], planes: 4, stride: 2, hook: 'scale', hookAt: 'afterBn2Relu', training: true }),
  blockCase('3-D downsample without stride (channels change), eval', { layout: '3d', shape: [1, 6, 2, 5, 5], planes: 3, training: false }),
  blockCase('3-D GBottleneck (global context), stride 2, train', { layout: '3d', shape: [2, 16, 2, 6, 6], planes: 8, stride: 2, gc: true, training: true }),
  blockCase('3-D GBottleneck, identity, eval', { layout: '3d', shape: [1, 64, 2, 4, 4], planes: 16, gc: true, training: false }),
  blockCase('3-D conv1 3x1x1, SlowFast names, pre-ReLU hook (SGS position), no final ReLU', {
    layout: '3d', shape: [1, 4, 4, 6, 6], planes: 2, conv1T: 3, names: 'slowfast', hook: 'scale', hookAt: 'beforeFinalRelu', finalRelu: false, training: false,
  }),
  blockCase('3-D SlowFast names, stride 2, train', { layout: '3d', shape: [2, 8, 3, 6, 6], planes: 2, conv1T: 3, stride: 2, names: 'slowfast', training: true }),

  { title: 'head 5-D', module: 'head', config: { classes: 5 }, inputs: { x: { shape: [2, 6, 3, 4, 4] } }, build: (b, { x }) => ({ y: poolingHead(b, x, { classes: 5 }) }) },
  { title: 'head 4-D', module: 'head', config: { classes: 3 }, inputs: { x: { shape: [3, 5, 2, 3] } }, build: (b, { x }) => ({ y: poolingHead(b, x, { classes: 3 }) }) },
  {
    title: 'head TSN consensus over 4 segments', module: 'head', config: { classes: 4, segments: 4 }, inputs: { x: { shape: [8, 6, 3, 3] } },
    build: (b, { x }) => ({ y: poolingHead(b, x, { classes: 4, segments: 4 }) }),
  },
  {
    title: 'head masked temporal average, SlowFast projection', module: 'head', config: { classes: 3, masked: true, name: 'projection' },
    inputs: { x: { shape: [2, 5, 4, 3, 3] }, mask: { shape: [2, 4], values: [1, 1, 1, 0, 1, 1, 0, 0] } },
    build: (b, { x, mask }) => ({ y: poolingHead(b, x, { classes: 3, mask, name: 'projection', weightStd: 0.01 }) }),
  },
  {
    title: 'head over the first validFrames = 3 frames (SGS maxLength)', module: 'head', config: { classes: 2, validFrames: 3 }, inputs: { x: { shape: [2, 4, 5, 2, 2] } },
    build: (b, { x }) => ({ y: poolingHead(b, x, { classes: 2, validFrames: b.constant(3, 'i32') }) }),
  },
  {
    title: 'head over validFrames per clip [4, 2] (SGS lengths)', module: 'head', config: { classes: 2, validFrames: [4, 2] }, inputs: { x: { shape: [2, 4, 5, 2, 2] } },
    build: (b, { x }) => ({ y: poolingHead(b, x, { classes: 2, validFrames: b.constant([4, 2], 'i32', [2]) }) }),
  },
  {
    title: 'head two streams concatenated', module: 'head', config: { classes: 4, streams: 2 },
    inputs: { x0: { shape: [2, 6, 2, 4, 4] }, x1: { shape: [2, 2, 1, 2, 2] } },
    build: (b, { x0, x1 }) => ({ y: poolingHead(b, [x0, x1], { classes: 4 }) }),
  },
], { script: SCRIPT });

// ---- names, inits, hooks and arguments ---------------------------------------------------------------

const names = (b: GraphBuilder): string[] => b.graph.params().map((n) => n.attrs.name as string);

describe('backbone: state_dict names and inits', () => {
  it('C2D stem: conv1 (64, 3, 4, 7, 7) kaiming fan_out, bn1 in PyTorch order; T/4 and H/4 out', () => {
    const b = new GraphBuilder();
    const y = c2dStem(b, b.input('x', 'f32', [1, 3, 16, 32, 32]), { training: false });
    expect(y.shape).toEqual([1, 64, 4, 8, 8]);
    expect(names(b)).toEqual(['conv1.weight', 'bn1.weight', 'bn1.bias', 'bn1.running_mean', 'bn1.running_var']);
    expect(b.graph.params()[0].attrs.shape).toEqual([64, 3, 4, 7, 7]);
    expect(b.graph.params()[0].attrs.init).toEqual(init.kaimingNormal('fan_out', 'relu'));
  });

  it('torchvision bottleneck under layer2.0: conv1..bn3, downsample.0/1; zero_init_residual zeroes bn3.weight', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [1, 16, 2, 8, 8]);
    const y = b.scope('layer2', () => b.scope('0', () => bottleneck(b, x, { layout: '3d', inplanes: 16, planes: 8, stride: 2, training: false, zeroInitResidual: true })));
    expect(y.shape).toEqual([1, 32, 2, 4, 4]);
    const bnKeys = (p: string) => ['weight', 'bias', 'running_mean', 'running_var'].map((k) => `layer2.0.${p}.${k}`);
    expect(names(b)).toEqual([
      'layer2.0.conv1.weight', ...bnKeys('bn1'), 'layer2.0.conv2.weight', ...bnKeys('bn2'), 'layer2.0.conv3.weight', ...bnKeys('bn3'),
      'layer2.0.downsample.0.weight', ...bnKeys('downsample.1'),
    ]);
    const byName = new Map(b.graph.params().map((n) => [n.attrs.name, n.attrs]));
    expect(byName.get('layer2.0.conv2.weight')!.shape).toEqual([8, 8, 1, 3, 3]);
    expect(byName.get('layer2.0.bn3.weight')!.init).toEqual(init.zeros());
    expect(byName.get('layer2.0.bn1.weight')!.init).toEqual(init.ones());
  });

  it('a hook runs in the block scope, outside `inner`; GBottleneck names fc1 / fc2', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [4, 16, 4, 4]);
    b.scope('layer1', () => b.scope('0', () => bottleneck(b, x, {
      layout: '2d', inplanes: 16, planes: 4, inner: 'net', segments: 4, training: false,
      hooks: { afterConv1: (bb, v) => bb.scope('tam', () => bb.mul(v, bb.param('w', [1], init.ones()))) },
    })));
    expect(names(b)).toContain('layer1.0.tam.w');
    expect(names(b)).toContain('layer1.0.net.conv1.weight');
    const g = new GraphBuilder();
    bottleneck(g, g.input('x', 'f32', [1, 32, 2, 4, 4]), { layout: '3d', inplanes: 32, planes: 8, globalContext: true, training: false });
    expect(names(g).filter((n) => n.startsWith('fc'))).toEqual(['fc1.weight', 'fc1.bias', 'fc2.weight', 'fc2.bias']);
    expect(g.graph.params().find((n) => n.attrs.name === 'fc1.weight')!.attrs.shape).toEqual([2, 32]);
  });

  it('hooks see their position, channels, layout and segments, in order', () => {
    const b = new GraphBuilder();
    const seen: [string, number, number[]][] = [];
    const spy: BottleneckHook = (_, v, s: HookSite) => { seen.push([s.position, s.channels, [...v.shape]]); return v; };
    const hooks = Object.fromEntries((['afterConv1', 'afterConv2BeforeBn2', 'afterBn2Relu', 'beforeFinalRelu'] as const).map((p) => [p, spy]));
    bottleneck(b, b.input('x', 'f32', [8, 8, 6, 6]), { layout: '2d', inplanes: 8, planes: 4, stride: 2, segments: 4, training: false, hooks });
    expect(seen).toEqual([
      ['afterConv1', 4, [8, 4, 6, 6]], ['afterConv2BeforeBn2', 4, [8, 4, 3, 3]], ['afterBn2Relu', 4, [8, 4, 3, 3]], ['beforeFinalRelu', 16, [8, 16, 3, 3]],
    ]);
  });

  it('training records every BN running statistic by state_dict key; inference records none', () => {
    const run = (training: boolean) => {
      const b = new GraphBuilder();
      const stats: BnStats = new Map();
      b.scope('layer1', () => layer(b, b.input('x', 'f32', [2, 8, 2, 4, 4]), { layout: '3d', inplanes: 8, planes: 4, blocks: 2, training, stats }));
      return [...stats.keys()];
    };
    expect(run(false)).toEqual([]);
    const keys = run(true);
    expect(keys.length).toBe(2 * (3 * 2) + 2); // 3 BNs per block, the first block's downsample BN
    expect(keys).toContain('layer1.0.downsample.1.running_var');
    expect(keys).toContain('layer1.1.bn3.running_mean');
  });

  it('layer(): torchvision _make_layer naming, stride and downsample only on block 0', () => {
    const b = new GraphBuilder();
    const { y, channels } = b.scope('layer3', () => layer(b, b.input('x', 'f32', [1, 16, 2, 8, 8]), { layout: '3d', inplanes: 16, planes: 4, blocks: 3, stride: 2, training: false }));
    expect([channels, ...y.shape]).toEqual([16, 1, 16, 2, 4, 4]);
    expect(names(b).filter((n) => n.includes('downsample.0'))).toEqual(['layer3.0.downsample.0.weight']);
    expect(names(b)).toContain('layer3.2.conv3.weight');
  });
});

describe('backbone: arguments', () => {
  const base = (over: Partial<BottleneckOptions>, shape = [1, 8, 2, 4, 4]) => () => {
    const b = new GraphBuilder();
    bottleneck(b, b.input('x', 'f32', shape), { layout: '3d', inplanes: 8, planes: 2, training: false, ...over });
  };
  it('a needed projection cannot be turned off', () => expect(base({ stride: 2, downsample: false })).toThrow(AttrError));
  it('an unknown hook position is an error', () => expect(base({ hooks: { afterConv3: (_b: unknown, v: Value) => v } as never })).toThrow(/unknown hook position 'afterConv3'/));
  it('the input channels must match inplanes', () => expect(base({ inplanes: 6 })).toThrow(ShapeError));
  it('the layout must match the input rank', () => expect(base({ layout: '2d' })).toThrow(ShapeError));
  it('conv1TemporalKernel is odd and 3-D only', () => {
    expect(base({ conv1TemporalKernel: 2 })).toThrow(AttrError);
    expect(base({ layout: '2d', conv1TemporalKernel: 3 }, [4, 8, 4, 4])).toThrow(AttrError);
  });
  it('global context needs at least `reduction` channels', () => expect(base({ planes: 2, globalContext: { reduction: 16 } })).toThrow(/fewer than its reduction/));
  it('the C2D stem needs T divisible by the early stride', () => {
    const b = new GraphBuilder();
    expect(() => c2dStem(b, b.input('x', 'f32', [1, 3, 6, 16, 16]), { training: false })).toThrow(/not a multiple of earlyStride = 4/);
  });
  it('head: a mask must be (N, T); TSN segments must divide the batch', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 4, 3, 2, 2]);
    expect(() => poolingHead(b, x, { classes: 2, mask: b.input('m', 'f32', [2, 4]) })).toThrow(/frame mask must be/);
    expect(() => poolingHead(b, b.input('y', 'f32', [6, 4, 2, 2]), { classes: 2, segments: 4 })).toThrow(/not a multiple of segments/);
  });
});
