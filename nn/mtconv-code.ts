// The official code's two-stream MTConv and MTBlock (spec §5.2, network/MTnet.py of
// alexandrosstergiou/Squeeze-and-Recursion-Temporal-Gates at b443ccb). Every tensor is a pair
// (short, long); groups = 1 (BatchNorm3d; the code's GroupNorm variant for groups > 1 is not built).
//
// MTConv(in, out, kernel, rate r, stride, padding, lateral):
//   in_s = int(in·r), in_l = in − in_s, out_s = int(out·r), out_l = out − out_s
//   s = conv_short(x_s), l = conv_long(x_l)                      (same kernel/stride/padding, no bias)
//   lateral p = avg_pool3d(s, (1,2,2)) taken pre-BN; temporal_cossim_pool(p) when T(p) > 2;
//           trilinear resize to l's (T, H, W) (align_corners False; an identity when sizes agree);
//           conv_short2long (1x1x1, out_s -> out_l)
//   out = (norm_short(s), norm_long(l) + norm_long(p))     one BN module, applied twice: in training its
//         running statistics are updated twice, first by l, then by p. No ReLU inside.
//
// MTBlock(inplanes, planes, stride, downsample, base_width, rate), width = int(planes·base_width/64):
//   conv1_1 (1x1x1, inplanes -> width), ReLU; conv1_2 (1x1x1, width -> inplanes), ReLU;
//   conv2 (3x3x3, stride (s,s,s), pad 1, inplanes -> width), ReLU;
//   conv3 (1x3x3 pad (0,1,1) without downsample, else 1x1x1; width -> planes);
//   identity: downsample = MTConv(1x1x1, stride (s,s,s), no lateral) when present, its long input first
//   resized to (T, 3, 3) when H < 3 (the code tests H twice, never W); then each identity is trilinearly
//   resized to its stream's output size when they differ;
//   out_x = ReLU(out_x ⊙ SR_x(out_x) + identity_x) per stream, SR with its own pooled features and the raw
//   GRU output (tanh range) as multiplier.
//
// Param names are the official state_dict keys:
//   MTConv: conv_short.weight, conv_long.weight, conv_short2long.weight (unless no lateral),
//           norm_short.{weight,bias,running_mean,running_var}, norm_long.{...}
//   MTBlock: conv1_1.*, conv1_2.*, conv2.*, conv3.*, downsample.*, sr_short.op.{weight_ih_l0, weight_hh_l0,
//           bias_ih_l0, bias_hh_l0, ..._l1}, sr_long.op.*
// (num_batches_tracked is not represented; see nn/norm.ts.) Conv weights use the official init
// (kaiming_normal, fan_out, relu).
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { AttrError, ShapeError } from '../ir/errors.ts';
import { init } from '../ir/init.ts';
import { formatShape } from '../ir/tensor.ts';
import { cosineSelect } from './cossim.ts';
import { batchNormParams } from './norm.ts';
import { requireDim, requireKnownOptions, requireRankIn, requireSize, site } from './check.ts';
import { bn3d, conv3d, requireRatio, srGate, triple, type BnOptions, type Triple } from './mtconv-common.ts';

export type Streams = readonly [short: Value, long: Value];

/** The code's split of `planes` channels: [short, long] = [int(planes·r), planes − int(planes·r)]. */
export function codeSplit(planes: number, rate = 0.875): [number, number] {
  const short = Math.trunc(planes * rate);
  return [short, planes - short];
}

export interface MtConvCodeOptions extends BnOptions {
  in: number;
  out: number;
  /** Default 1. */
  kernel?: Triple;
  /** Default 1. */
  stride?: Triple;
  /** Default 0. */
  padding?: Triple;
  /** Short-stream share r (default 0.875). */
  rate?: number;
  /** The short -> long lateral connection (default true; false is the code's no_lateral, used by downsample). */
  lateral?: boolean;
}

const CONV = 'mtConvCode';
const CONV_OPTIONS: Record<keyof MtConvCodeOptions, true> = {
  in: true, out: true, kernel: true, stride: true, padding: true, rate: true, lateral: true, training: true, stats: true,
};
const BLOCK_OPTIONS: Record<keyof MtBlockCodeOptions, true> = {
  inplanes: true, planes: true, stride: true, downsample: true, baseWidth: true, rate: true, layers: true, training: true, stats: true,
};

function requireStreams(b: GraphBuilder, block: string, [xs, xl]: Streams, inS: number, inL: number): void {
  requireRankIn(b, block, 'short stream', xs, [5], '(N, C, T, H, W)');
  requireRankIn(b, block, 'long stream', xl, [5], '(N, C, T, H, W)');
  requireDim(b, block, 'short stream', xs, 1, inS, `int(in * rate)`);
  requireDim(b, block, 'long stream', xl, 1, inL, `in - int(in * rate)`);
  requireDim(b, block, 'long stream', xl, 0, xs.shape[0], 'the batch size of the short stream');
}

/** The code's MTConv on (x_short, x_long) -> [short, long]. */
export function mtConvCode(b: GraphBuilder, x: Streams, opts: MtConvCodeOptions): [Value, Value] {
  requireKnownOptions(b, CONV, opts, CONV_OPTIONS);
  requireSize(b, CONV, 'in', opts.in);
  requireSize(b, CONV, 'out', opts.out);
  const rate = opts.rate ?? 0.875;
  requireRatio(b, CONV, 'rate', rate);
  const kernel = triple(b, CONV, 'kernel', opts.kernel ?? 1, 1);
  const stride = triple(b, CONV, 'stride', opts.stride ?? 1, 1);
  const padding = triple(b, CONV, 'padding', opts.padding ?? 0, 0);
  const [inS, inL] = codeSplit(opts.in, rate);
  const [outS, outL] = codeSplit(opts.out, rate);
  if (Math.min(inS, inL, outS, outL) < 1) {
    throw new AttrError(`${site(b, CONV)}: in = ${opts.in}, out = ${opts.out} with rate = ${rate} leave a stream without channels`, {
      expected: 'int(c * rate) >= 1 and c - int(c * rate) >= 1 for in and out', found: `in ${inS}/${inL}, out ${outS}/${outL}`,
    });
  }
  requireStreams(b, CONV, x, inS, inL);
  const convInit = init.kaimingNormal('fan_out', 'relu');
  const geom = { kernel, stride, padding, init: convInit };
  const s = conv3d(b, x[0], 'conv_short', { in: inS, out: outS, ...geom });
  const l = conv3d(b, x[1], 'conv_long', { in: inL, out: outL, ...geom });

  let p: Value | undefined;
  if (opts.lateral ?? true) {
    const [, , , H, W] = s.shape;
    if (H < 2 || W < 2) {
      throw new ShapeError(`${site(b, CONV)}: the short conv's output ${formatShape(s.shape)} is too small for the lateral's (1,2,2) average pool`, {
        expected: 'H >= 2 and W >= 2', found: `H = ${H}, W = ${W}`,
      });
    }
    p = b.avgpool(s, { kernel: [1, 2, 2], stride: [1, 2, 2] });
    if (p.shape[2] > 2) p = cosineSelect(b, p, { variant: 'code' });
    const size = l.shape.slice(2);
    if (p.shape.slice(2).some((d, i) => d !== size[i])) p = b.interpolate(p, { size, alignCorners: false });
    p = conv3d(b, p, 'conv_short2long', { in: outS, out: outL, kernel: [1, 1, 1], init: convInit });
  }
  // params in the state_dict's order; applied in the code's: norm_long(long), norm_short(short), norm_long(lateral)
  const normShort = b.scope('norm_short', () => batchNormParams(b, outS));
  const normLong = b.scope('norm_long', () => batchNormParams(b, outL));
  const long = bn3d(b, l, 'norm_long', outL, opts, normLong);
  const short = bn3d(b, s, 'norm_short', outS, opts, normShort).y;
  if (!p) return [short, long.y];
  return [short, b.add(long.y, bn3d(b, p, 'norm_long', outL, opts, long.params).y)];
}

export interface MtBlockCodeOptions extends BnOptions {
  inplanes: number;
  planes: number;
  /** Stride of conv2 and the downsample, on T, H and W alike (default 1). */
  stride?: number;
  /** The identity's MTConv 1x1x1 (no lateral). Default as the code's _make_layer: stride != 1 or inplanes != planes. */
  downsample?: boolean;
  /** width = int(planes · baseWidth / 64) (default 64). */
  baseWidth?: number;
  rate?: number;
  /** GRU layers of each Squeeze-and-Recursion (default 2). */
  layers?: number;
}

/** The code's MTBlock on (x_short, x_long) -> [short, long]. */
export function mtBlockCode(b: GraphBuilder, x: Streams, opts: MtBlockCodeOptions): [Value, Value] {
  const BLOCK = 'mtBlockCode';
  requireKnownOptions(b, BLOCK, opts, BLOCK_OPTIONS);
  const { inplanes, planes } = opts;
  requireSize(b, BLOCK, 'inplanes', inplanes);
  requireSize(b, BLOCK, 'planes', planes);
  const stride = opts.stride ?? 1;
  requireSize(b, BLOCK, 'stride', stride);
  requireSize(b, BLOCK, 'baseWidth', opts.baseWidth ?? 64);
  const rate = opts.rate ?? 0.875;
  requireRatio(b, BLOCK, 'rate', rate);
  const width = Math.trunc(planes * ((opts.baseWidth ?? 64) / 64));
  requireSize(b, BLOCK, 'width (int(planes * baseWidth / 64))', width);
  const downsample = opts.downsample ?? (stride !== 1 || inplanes !== planes);
  if (!downsample && inplanes !== planes) {
    throw new AttrError(`${site(b, BLOCK)}: without downsample the identity has inplanes = ${inplanes} channels but the block outputs planes = ${planes}`, {
      expected: 'downsample when inplanes != planes', found: 'downsample = false',
    });
  }
  // the code sizes each GRU by int(planes·r) and int(planes·(1 − r)): those must be the streams' widths
  const [, outL] = codeSplit(planes, rate);
  const srL = Math.trunc(planes * (1 - rate));
  if (srL !== outL) {
    throw new AttrError(`${site(b, BLOCK)}: planes = ${planes}, rate = ${rate}: the official sr_long GRU has int(planes * (1 - rate)) = ${srL} channels but the long stream has ${outL} (the official block fails at run time)`, {
      expected: `int(planes * (1 - rate)) = planes - int(planes * rate) = ${outL}`, found: `${srL}`,
    });
  }
  const [inS, inL] = codeSplit(inplanes, rate);
  if (Math.min(inS, inL) >= 1) requireStreams(b, BLOCK, x, inS, inL);
  const common = { rate, training: opts.training, stats: opts.stats };
  const m = (v: Streams, name: string, o: Omit<MtConvCodeOptions, 'training' | 'stats' | 'rate'>): [Value, Value] =>
    b.scope(name, () => mtConvCode(b, v, { ...common, ...o }));
  const relu = ([s, l]: [Value, Value]): [Value, Value] => [b.relu(s), b.relu(l)];

  let out = relu(m(x, 'conv1_1', { in: inplanes, out: width }));
  out = relu(m(out, 'conv1_2', { in: width, out: inplanes }));
  out = relu(m(out, 'conv2', { in: inplanes, out: width, kernel: 3, stride, padding: 1 }));
  out = m(out, 'conv3', downsample ? { in: width, out: planes } : { in: width, out: planes, kernel: [1, 3, 3], padding: [0, 1, 1] });

  let [idS, idL] = x;
  if (downsample) {
    if (idL.shape[3] < 3) idL = b.interpolate(idL, { size: [idL.shape[2], 3, 3], alignCorners: false });
    [idS, idL] = m([idS, idL], 'downsample', { in: inplanes, out: planes, stride, lateral: false });
  }
  const resize = (id: Value, like: Value): Value => {
    const size = like.shape.slice(2);
    return id.shape.slice(2).some((d, i) => d !== size[i]) ? b.interpolate(id, { size, alignCorners: false }) : id;
  };
  const gated = (v: Value, name: string): Value => b.mul(v, b.scope(name, () => srGate(b, v, { layers: opts.layers })));
  const short = b.relu(b.add(gated(out[0], 'sr_short'), resize(idS, out[0])));
  const long = b.relu(b.add(gated(out[1], 'sr_long'), resize(idL, out[1])));
  return [short, long];
}
