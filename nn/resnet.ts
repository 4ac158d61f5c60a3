// ResNet backbone pieces the five temporal blocks sit in, with the state_dict names of torchvision and
// of the official code of each paper, so that a checkpoint loads by name:
//
//   convBnRelu / conv3dBnRelu   conv (no bias) -> BatchNorm -> ReLU, the conv and BN named as asked
//   stem3d / c2dStem / resnet3dStem / tsnStem
//                               the C2D stem of DTF and SIFA (Conv3d (4,7,7) stride (4,2,2) + BN + ReLU +
//                               MaxPool3d (1,3,3)), the SlowFast-style "3DResNet" stem of SGS (5x7x7), and
//                               torchvision's 2-D stem for TSN-style networks (TAM)
//   bottleneck                  the ResNet v1.5 bottleneck (stride in the 3x3 conv) in two layouts:
//                                 '2d': TSN form, frames folded into the batch, x (N*T, C, H, W), k x k convs
//                                 '3d': C2D / 3-D form, x (N, C, T, H, W), 1 x k x k convs (conv1 may be
//                                       kt x 1 x 1 as in SlowFast's BottleneckTransform)
//                               with hooks that insert a block at a named position, downsample (conv + BN),
//                               zero_init_residual, SIFA's GBottleneck global-context bias, and the names
//                               of torchvision (conv1 .. bn3, downsample.0/1) or SlowFast (branch2.a ..
//                               branch2.c_bn, branch1/branch1_bn).
//
// Every BN takes the `training` flag. In training, BN normalises with batch statistics; the updated
// running statistics are recorded in `stats` (state_dict key -> new value) when one is given, so that a
// network can output them and the caller store them back.
//
// Initialisation follows the backbones: every conv kaiming_normal(fan_out, relu), BN weight 1 and bias 0,
// bn3's weight 0 under zero_init_residual, the GBottleneck's fc1/fc2 PyTorch's Linear default.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { AttrError, ShapeError } from '../ir/errors.ts';
import { init } from '../ir/init.ts';
import { formatShape } from '../ir/tensor.ts';
import { requireDim, requireKnownOptions, requireRankIn, requireSize, site } from './check.ts';
import { linear } from './linear.ts';
import { batchNorm, batchNormParams } from './norm.ts';

/** Where updated running statistics go in training: state_dict key ("layer1.0.bn1.running_mean") -> value. */
export type BnStats = Map<string, Value>;

export interface NormOptions {
  /** BatchNorm with batch statistics (true) or the running ones (false). */
  training: boolean;
  /** Training: collect the updated running statistics here by state_dict key. */
  stats?: BnStats;
  /** BN eps (default 1e-5). */
  eps?: number;
}

// Every exported helper refuses an option it does not have, at the user's call; the helpers call one
// another through the unchecked forms below (`...Of`), passing on options that are meant for others.
const NORM: Record<keyof NormOptions, true> = { training: true, stats: true, eps: true };

/** nn.BatchNorm{2,3}d under scope `name`: weight (ones, or zeros with zeroInit), bias, running stats. */
export function bn(b: GraphBuilder, x: Value, name: string, features: number, opts: NormOptions & { zeroInit?: boolean }): Value {
  requireKnownOptions(b, 'bn', opts, { ...NORM, zeroInit: true });
  return bnOf(b, x, name, features, opts);
}

function bnOf(b: GraphBuilder, x: Value, name: string, features: number, opts: NormOptions & { zeroInit?: boolean }): Value {
  return b.scope(name, () => {
    // PyTorch's order: weight, bias, running_mean, running_var
    const affine = { weight: b.param('weight', [features], opts.zeroInit ? init.zeros() : init.ones()), bias: b.param('bias', [features], init.zeros()) };
    const params = { ...affine, ...batchNormParams(b, features, false) };
    const r = batchNorm(b, x, { features, training: opts.training, eps: opts.eps, params });
    if (opts.training && opts.stats) {
      opts.stats.set(b.scoped('running_mean'), r.runningMean);
      opts.stats.set(b.scoped('running_var'), r.runningVar);
    }
    return r.y;
  });
}

const kaimingFanOut = () => init.kaimingNormal('fan_out', 'relu');

export interface ConvOptions {
  in: number;
  out: number;
  /** One entry per spatial axis: 2 for Conv2d on (N, C, H, W), 3 for Conv3d on (N, C, T, H, W). */
  kernel: readonly number[];
  /** Default 1 on every axis. */
  stride?: readonly number[];
  /** Default 0 on every axis. */
  padding?: readonly number[];
}

const CONV: Record<keyof ConvOptions, true> = { in: true, out: true, kernel: true, stride: true, padding: true };

/** nn.Conv{2,3}d(bias=False) under scope `name` (param `<name>.weight`), kaiming_normal(fan_out, relu). */
export function conv(b: GraphBuilder, x: Value, name: string, opts: ConvOptions): Value {
  requireKnownOptions(b, 'conv', opts, CONV);
  return convOf(b, x, name, opts);
}

function convOf(b: GraphBuilder, x: Value, name: string, opts: ConvOptions): Value {
  const nd = opts.kernel.length;
  requireSize(b, 'conv', 'in', opts.in);
  requireSize(b, 'conv', 'out', opts.out);
  opts.kernel.forEach((k) => requireSize(b, 'conv', 'kernel', k));
  requireRankIn(b, 'conv', 'input', x, [nd + 2], nd === 2 ? '(N, C, H, W)' : '(N, C, T, H, W)');
  requireDim(b, 'conv', 'input', x, 1, opts.in, 'in');
  const w = b.scope(name, () => b.param('weight', [opts.out, opts.in, ...opts.kernel], kaimingFanOut()));
  return b.conv(x, w, { stride: [...(opts.stride ?? [])], padding: [...(opts.padding ?? [])] });
}

export interface ConvBnReluOptions extends ConvOptions, NormOptions {
  /** Names of the conv and the BN under the current scope (default 'conv' and 'bn'). */
  names?: { conv: string; bn: string };
  /** Default true. */
  relu?: boolean;
  /** Initialise the BN weight to 0 (zero_init_residual for a block's last BN). */
  zeroInitBn?: boolean;
}

const CONV_BN_RELU: Record<keyof ConvBnReluOptions, true> = { ...CONV, ...NORM, names: true, relu: true, zeroInitBn: true };

/** conv (no bias) -> BN -> ReLU, in 2-D or 3-D by the kernel's length. */
export function convBnRelu(b: GraphBuilder, x: Value, opts: ConvBnReluOptions): Value {
  requireKnownOptions(b, 'convBnRelu', opts, CONV_BN_RELU);
  return convBnReluOf(b, x, opts);
}

function convBnReluOf(b: GraphBuilder, x: Value, opts: ConvBnReluOptions): Value {
  const names = opts.names ?? { conv: 'conv', bn: 'bn' };
  const y = bnOf(b, convOf(b, x, names.conv, opts), names.bn, opts.out, { ...opts, zeroInit: opts.zeroInitBn });
  return opts.relu === false ? y : b.relu(y);
}

/** Conv3d -> BatchNorm3d -> ReLU on (N, C, T, H, W); `kernel` (and stride, padding) has 3 entries. */
export function conv3dBnRelu(b: GraphBuilder, x: Value, opts: ConvBnReluOptions): Value {
  requireKnownOptions(b, 'conv3dBnRelu', opts, CONV_BN_RELU);
  if (opts.kernel.length !== 3) throw new AttrError(`${site(b, 'conv3dBnRelu')}: option 'kernel' needs 3 entries (kT, kH, kW)`, { expected: '3 entries', found: `${opts.kernel.length}` });
  return convBnReluOf(b, x, opts);
}

// ---- stems ---------------------------------------------------------------------------------------

export interface StemOptions extends NormOptions {
  /** Input channels (default 3). */
  in?: number;
  out: number;
  kernel: readonly number[];
  stride: readonly number[];
  padding: readonly number[];
  /** Names of the conv and the BN (default conv1 / bn1, torchvision's). */
  names?: { conv: string; bn: string };
  /** The max pool after the ReLU: (1,3,3) stride (1,2,2) pad (0,1,1) in 3-D, 3 stride 2 pad 1 in 2-D.
   *  Default true. */
  maxpool?: boolean;
}

const STEM: Record<keyof StemOptions, true> = { ...NORM, in: true, out: true, kernel: true, stride: true, padding: true, names: true, maxpool: true };

/** conv -> BN -> ReLU -> max pool, in 2-D or 3-D by the kernel's length. */
export function stem(b: GraphBuilder, x: Value, opts: StemOptions): Value {
  requireKnownOptions(b, 'stem', opts, STEM);
  return stemOf(b, x, opts);
}

function stemOf(b: GraphBuilder, x: Value, opts: StemOptions): Value {
  const y = convBnReluOf(b, x, { ...opts, in: opts.in ?? 3, names: opts.names ?? { conv: 'conv1', bn: 'bn1' } });
  if (opts.maxpool === false) return y;
  return opts.kernel.length === 3
    ? b.maxpool(y, { kernel: [1, 3, 3], stride: [1, 2, 2], padding: [0, 1, 1] })
    : b.maxpool(y, { kernel: [3, 3], stride: [2, 2], padding: [1, 1] });
}

/** The C2D stem of DTF and SIFA (spec §1.1, §3.1): Conv3d(in -> out, (s,7,7), stride (s,2,2), pad (0,3,3))
 *  + BN + ReLU + MaxPool3d((1,3,3), (1,2,2), (0,1,1)), with s = earlyStride (default 4), so every stage
 *  runs at T/s. Names conv1 / bn1 (C2D_DTF_ResNet, C2D_SIFA_ResNet). */
export function c2dStem(b: GraphBuilder, x: Value, opts: NormOptions & { in?: number; out?: number; earlyStride?: number }): Value {
  requireKnownOptions(b, 'c2dStem', opts, { ...NORM, in: true, out: true, earlyStride: true });
  const s = opts.earlyStride ?? 4;
  requireSize(b, 'c2dStem', 'earlyStride', s);
  requireRankIn(b, 'c2dStem', 'input', x, [5], '(N, C, T, H, W)');
  if (x.shape[2] % s !== 0) {
    throw new ShapeError(`${site(b, 'c2dStem')}: ${x.shape[2]} frames are not a multiple of earlyStride = ${s}`, { expected: `T divisible by ${s}`, found: formatShape(x.shape) });
  }
  return stemOf(b, x, { ...opts, out: opts.out ?? 64, kernel: [s, 7, 7], stride: [s, 2, 2], padding: [0, 3, 3] });
}

/** The "3DResNet" stem of ATFR/SGS (spec §4.1; SlowFast ResNetBasicStem): Conv3d(in -> out, (kt,7,7),
 *  stride (1,2,2), pad (kt//2,3,3)) + BN + ReLU + MaxPool3d((1,3,3), (1,2,2), (0,1,1)), kt = 5, out = 8
 *  (WIDTH_PER_GROUP_FAST). Names conv / bn: scope it as `s1.pathway0_stem` for the official keys. */
export function resnet3dStem(b: GraphBuilder, x: Value, opts: NormOptions & { in?: number; out?: number; temporalKernel?: number }): Value {
  requireKnownOptions(b, 'resnet3dStem', opts, { ...NORM, in: true, out: true, temporalKernel: true });
  const kt = opts.temporalKernel ?? 5;
  return stemOf(b, x, { ...opts, out: opts.out ?? 8, kernel: [kt, 7, 7], stride: [1, 2, 2], padding: [kt >> 1, 3, 3], names: { conv: 'conv', bn: 'bn' } });
}

/** torchvision's ResNet stem on frames folded into the batch, x (N*T, C, H, W): Conv2d(in -> out, 7,
 *  stride 2, pad 3) + BN + ReLU + MaxPool2d(3, 2, 1). Names conv1 / bn1. */
export function tsnStem(b: GraphBuilder, x: Value, opts: NormOptions & { in?: number; out?: number }): Value {
  requireKnownOptions(b, 'tsnStem', opts, { ...NORM, in: true, out: true });
  return stemOf(b, x, { ...opts, out: opts.out ?? 64, kernel: [7, 7], stride: [2, 2], padding: [3, 3] });
}

// ---- bottleneck ----------------------------------------------------------------------------------

/** Where a hook inserts a block in the bottleneck:
 *  - afterConv1: after conv1 -> bn1 -> relu, before conv2 (TAM, spec §2.1)
 *  - afterConv2BeforeBn2: on the raw conv2 output, before bn2 (DTF, spec §1.1)
 *  - afterBn2Relu: after conv2 -> bn2 -> relu, before conv3 (SIFA, spec §3.1)
 *  - beforeFinalRelu: on the residual sum (and global-context bias), before the final ReLU (SGS on the
 *    last block of res2, spec §4.1; the hook may change the number of frames) */
export type HookPosition = 'afterConv1' | 'afterConv2BeforeBn2' | 'afterBn2Relu' | 'beforeFinalRelu';
export const HOOK_POSITIONS: readonly HookPosition[] = ['afterConv1', 'afterConv2BeforeBn2', 'afterBn2Relu', 'beforeFinalRelu'];

export interface HookSite {
  position: HookPosition;
  layout: Layout;
  /** Channels at the hook: the bottleneck width, or planes * expansion at beforeFinalRelu. */
  channels: number;
  /** Frames per clip ('2d': the TSN segment count, so x is (N*segments, C, H, W)). */
  segments?: number;
  training: boolean;
  stats?: BnStats;
}

/** Runs in the block's scope (outside `inner`): scope its params as the official module names them. */
export type BottleneckHook = (b: GraphBuilder, x: Value, site: HookSite) => Value;

export type Layout = '2d' | '3d';

/** State_dict names of the bottleneck's modules. */
export interface BottleneckNames { conv1: string; bn1: string; conv2: string; bn2: string; conv3: string; bn3: string; dsConv: string; dsBn: string }

export const NAMES: Record<'torchvision' | 'slowfast', BottleneckNames> = {
  torchvision: { conv1: 'conv1', bn1: 'bn1', conv2: 'conv2', bn2: 'bn2', conv3: 'conv3', bn3: 'bn3', dsConv: 'downsample.0', dsBn: 'downsample.1' },
  // SlowFast's ResBlock: branch2 = BottleneckTransform (a, a_bn, b, b_bn, c, c_bn), branch1 the projection
  slowfast: { conv1: 'branch2.a', bn1: 'branch2.a_bn', conv2: 'branch2.b', bn2: 'branch2.b_bn', conv3: 'branch2.c', bn3: 'branch2.c_bn', dsConv: 'branch1', dsBn: 'branch1_bn' },
};

export interface BottleneckOptions extends NormOptions {
  layout: Layout;
  /** Input channels. */
  inplanes: number;
  /** Output channels are planes * expansion. */
  planes: number;
  /** Default 4. */
  expansion?: number;
  /** Inner width (default planes: base_width 64, groups 1). */
  width?: number;
  /** Spatial stride, carried by conv2 (ResNet v1.5) and the downsample conv. Default 1. */
  stride?: number;
  /** Projection shortcut conv1x1(stride) + BN. Default: when stride != 1 or inplanes != planes * expansion
   *  (then it is required). */
  downsample?: boolean;
  /** '3d' only: conv1's temporal kernel kt (kt x 1 x 1, temporal pad kt//2), as SlowFast's Tx1x1
   *  (3DResNet res2: 3). Default 1. */
  conv1TemporalKernel?: number;
  /** bn3's weight starts at 0 (the block starts as its shortcut). Default false (torchvision, DTF). */
  zeroInitResidual?: boolean;
  /** SIFA's GBottleneck: GAP(bn3 output) -> fc1 (C -> C/r) -> ReLU -> fc2 (C/r -> C) added per channel to the
   *  residual sum before the final ReLU. */
  globalContext?: boolean | { reduction?: number };
  /** Insert blocks; see HookPosition. */
  hooks?: Partial<Record<HookPosition, BottleneckHook>>;
  /** '2d': frames per clip, passed to the hooks (TAM needs it). */
  segments?: number;
  /** Apply the final ReLU (default true). False returns the pre-ReLU sum (SGS's stage applies it). */
  finalRelu?: boolean;
  /** Module names (default torchvision's). */
  names?: BottleneckNames;
  /** A sub-scope for the bottleneck's own modules, e.g. 'net' for the official TAM's TemporalBottleneck,
   *  which wraps torchvision's Bottleneck as `net` next to its `tam`. Hooks run outside it. */
  inner?: string;
}

/** The ResNet bottleneck under the current scope (e.g. b.scope('layer1', () => b.scope('0', ...))):
 *  conv1 1x1 -> bn1 -> relu -> conv2 3x3 (stride) -> bn2 -> relu -> conv3 1x1 -> bn3, plus the shortcut
 *  (identity or downsample), then ReLU. x is (N*T, C, H, W) for '2d' and (N, C, T, H, W) for '3d'. */
const BOTTLENECK: Record<keyof BottleneckOptions, true> = {
  ...NORM, layout: true, inplanes: true, planes: true, expansion: true, width: true, stride: true, downsample: true, conv1TemporalKernel: true,
  zeroInitResidual: true, globalContext: true, hooks: true, segments: true, finalRelu: true, names: true, inner: true,
};

export function bottleneck(b: GraphBuilder, x: Value, opts: BottleneckOptions): Value {
  const blk = 'bottleneck';
  requireKnownOptions(b, blk, opts, BOTTLENECK);
  const { layout, inplanes, planes } = opts;
  const expansion = opts.expansion ?? 4;
  const width = opts.width ?? planes;
  const stride = opts.stride ?? 1;
  const kt = opts.conv1TemporalKernel ?? 1;
  for (const [k, v] of Object.entries({ inplanes, planes, expansion, width, stride, conv1TemporalKernel: kt })) requireSize(b, blk, k, v);
  if (layout !== '2d' && layout !== '3d') throw new AttrError(`${site(b, blk)}: option 'layout' must be '2d' or '3d'`, { expected: "'2d' or '3d'", found: String(layout) });
  if (layout === '2d' && kt !== 1) throw new AttrError(`${site(b, blk)}: conv1TemporalKernel applies only to the '3d' layout`, { expected: '1', found: `${kt}` });
  if (kt % 2 === 0) throw new AttrError(`${site(b, blk)}: conv1TemporalKernel must be odd (padding kt//2 keeps T)`, { expected: 'an odd size', found: `${kt}` });
  requireRankIn(b, blk, 'input', x, [layout === '2d' ? 4 : 5], layout === '2d' ? '(N*T, C, H, W)' : '(N, C, T, H, W)');
  requireDim(b, blk, 'input', x, 1, inplanes, 'inplanes');
  if (opts.segments !== undefined) {
    requireSize(b, blk, 'segments', opts.segments);
    if (layout === '2d' && x.shape[0] % opts.segments !== 0) {
      throw new ShapeError(`${site(b, blk)}: batch ${x.shape[0]} of input ${formatShape(x.shape)} is not a multiple of segments = ${opts.segments}`, { expected: `N*${opts.segments}`, found: `${x.shape[0]}` });
    }
  }
  for (const k of Object.keys(opts.hooks ?? {})) {
    if (!(HOOK_POSITIONS as readonly string[]).includes(k)) throw new AttrError(`${site(b, blk)}: unknown hook position '${k}'`, { expected: HOOK_POSITIONS.join(', '), found: k });
  }
  const out = planes * expansion;
  const needsProjection = stride !== 1 || inplanes !== out;
  const downsample = opts.downsample ?? needsProjection;
  if (needsProjection && !downsample) {
    throw new AttrError(`${site(b, blk)}: the shortcut needs a downsample (stride ${stride}, ${inplanes} -> ${out} channels)`, { expected: 'downsample: true', found: 'false' });
  }
  const names = opts.names ?? NAMES.torchvision;
  const norm: NormOptions = { training: opts.training, stats: opts.stats, eps: opts.eps };
  const hookSite = (position: HookPosition, channels: number): HookSite => ({ position, layout, channels, segments: opts.segments, training: opts.training, stats: opts.stats });
  const hook = (position: HookPosition, v: Value, channels: number): Value => {
    const h = opts.hooks?.[position];
    return h ? h(b, v, hookSite(position, channels)) : v;
  };
  const inner = <T>(fn: () => T): T => (opts.inner ? b.scope(opts.inner, fn) : fn());
  const k = (spatial: number, temporal = 1): number[] => (layout === '2d' ? [spatial, spatial] : [temporal, spatial, spatial]);
  const s = (v: number): number[] => (layout === '2d' ? [v, v] : [1, v, v]);
  const p = (spatial: number, temporal = 0): number[] => (layout === '2d' ? [spatial, spatial] : [temporal, spatial, spatial]);

  let y = inner(() => convBnReluOf(b, x, { ...norm, in: inplanes, out: width, kernel: k(1, kt), padding: p(0, kt >> 1), names: { conv: names.conv1, bn: names.bn1 } }));
  y = hook('afterConv1', y, width);
  y = inner(() => convOf(b, y, names.conv2, { in: width, out: width, kernel: k(3), stride: s(stride), padding: p(1) }));
  y = hook('afterConv2BeforeBn2', y, width);
  y = inner(() => b.relu(bnOf(b, y, names.bn2, width, norm)));
  y = hook('afterBn2Relu', y, width);
  y = inner(() => convBnReluOf(b, y, { ...norm, in: width, out, kernel: k(1), names: { conv: names.conv3, bn: names.bn3 }, relu: false, zeroInitBn: opts.zeroInitResidual }));
  const identity = downsample
    ? inner(() => bnOf(b, convOf(b, x, names.dsConv, { in: inplanes, out, kernel: k(1), stride: s(stride) }), names.dsBn, out, norm))
    : x;
  if (!sameShape(identity, y)) {
    throw new ShapeError(`${site(b, blk)}: the shortcut ${formatShape(identity.shape)} does not match the residual ${formatShape(y.shape)}`, { expected: formatShape(y.shape), found: formatShape(identity.shape) });
  }
  let sum = b.add(y, identity);
  if (opts.globalContext) {
    const r = typeof opts.globalContext === 'object' ? opts.globalContext.reduction ?? 16 : 16;
    requireSize(b, blk, 'globalContext.reduction', r);
    const hidden = Math.floor(out / r);
    if (hidden < 1) throw new AttrError(`${site(b, blk)}: the global context has ${out} channels, fewer than its reduction ${r}`, { expected: `planes * expansion >= ${r}`, found: `${out}` });
    sum = b.add(sum, inner(() => globalContext(b, y, out, hidden)));
  }
  sum = hook('beforeFinalRelu', sum, out);
  return opts.finalRelu === false ? sum : b.relu(sum);
}

/** SIFA GBottleneck's context: flatten(AdaptiveAvgPool(x)) -> fc1 -> ReLU -> fc2, broadcast per channel. */
function globalContext(b: GraphBuilder, x: Value, channels: number, hidden: number): Value {
  const pooled = b.mean(x, { axes: x.shape.slice(2).map((_, i) => i + 2) }); // (N, C)
  const h = b.relu(b.scope('fc1', () => linear(b, pooled, { in: channels, out: hidden })));
  const gc = b.scope('fc2', () => linear(b, h, { in: hidden, out: channels }));
  return b.reshape(gc, { shape: [x.shape[0], channels, ...x.shape.slice(2).map(() => 1)] });
}

const sameShape = (a: Value, c: Value): boolean => a.rank === c.rank && a.shape.every((d, i) => d === c.shape[i]);

// ---- stages --------------------------------------------------------------------------------------

export interface LayerOptions extends Omit<BottleneckOptions, 'inplanes' | 'stride' | 'downsample' | 'hooks'> {
  inplanes: number;
  blocks: number;
  /** The first block's stride (default 1). */
  stride?: number;
  /** Hooks of block i (i from 0), or undefined for none. */
  hooks?: (i: number) => BottleneckOptions['hooks'];
  /** Per-block overrides (e.g. SIFA's alternating GBottleneck). */
  block?: (i: number) => Partial<BottleneckOptions>;
  /** How block i is scoped (default String(i): torchvision's layerK.i). */
  blockName?: (i: number) => string;
}

const LAYER: Record<keyof LayerOptions, true> = {
  ...NORM, layout: true, inplanes: true, planes: true, expansion: true, width: true, stride: true, conv1TemporalKernel: true, zeroInitResidual: true,
  globalContext: true, hooks: true, segments: true, finalRelu: true, names: true, inner: true, blocks: true, block: true, blockName: true,
};

/** torchvision's _make_layer under the current scope: `blocks` bottlenecks, the first with the stride and
 *  the downsample when needed. Returns the output and its channel count. */
export function layer(b: GraphBuilder, x: Value, opts: LayerOptions): { y: Value; channels: number } {
  requireKnownOptions(b, 'layer', opts, LAYER);
  requireSize(b, 'layer', 'blocks', opts.blocks);
  const { blocks, hooks, block, blockName, ...common } = opts;
  const out = opts.planes * (opts.expansion ?? 4);
  let y = x;
  for (let i = 0; i < blocks; i++) {
    const o: BottleneckOptions = { ...common, inplanes: i === 0 ? opts.inplanes : out, stride: i === 0 ? opts.stride ?? 1 : 1, hooks: hooks?.(i), ...block?.(i) };
    y = b.scope(blockName ? blockName(i) : String(i), () => bottleneck(b, y, o));
  }
  return { y, channels: out };
}
