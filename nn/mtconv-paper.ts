// MTConv and MTBlock as the paper describes them (spec §5.1; the official code differs: mtconv-code.ts).
//
// MTConv, a (N, C, T, H, W) -> (N, C̃, T, H, W), C̃ = out, split C_L = ⌊δC̃⌋, C_P = C̃ − C_L (= ⌈(1−δ)C̃⌉):
//   local      z_L = BN(Conv3d_k(a; C -> C_L)),  a_L = ReLU(z_L)
//   prolonged  ā = SoftPool2x2(a), ā_L = SoftPool2x2(a_L) per frame (H' = ⌊H/2⌋, W' = ⌊W/2⌋),
//              each frame-selected on its own content by the triplet cosine selection T (-> ⌊T/2⌋ frames),
//              z_{L->P} = BN(Conv3d_k(T(ā_L); C_L -> C_P)),  z_P = BN(Conv3d_k(T(ā); C -> C_P)),
//              a_P = trilinear(ReLU(z_{L->P}) + ReLU(z_P)) back to (T, H, W) (align_corners = False)
//   output     concat(a_L, a_P) on channels.
// Every conv has kernel k (odd sizes), stride 1 and padding ⌊k/2⌋, so sizes are kept; no bias (BN follows).
// The selection defaults to the paper's rule (argmin of summed cosines); `selection: 'code'` uses the
// official temporal_cossim_pool's.
//
// MTBlock (X3D-style, channels -> channels): y = MTConv_1x1(C -> width) -> MTConv_k(width -> width) ->
// MTConv_1x1(width -> C); the Squeeze-and-Recursion excitation g = GRU(GAP(a)) (2 layers, input = hidden = C)
// is computed from the block input a (spec §7) and, by the paper's wording, multiplies the block input inside
// the residual: out = ReLU(y + a ⊙ g). `gate: 'output'` instead gates the MTConv path: ReLU(y ⊙ g + a).
//
// Param names (paper has no code; chosen to read clearly, SR named like the official Squeeze_and_Recursion):
//   conv_local.weight, bn_local.{weight,bias,running_mean,running_var}, conv_l2p.weight, bn_l2p.*,
//   conv_p.weight, bn_p.*; block: conv1.*, conv2.*, conv3.*, sr.op.{weight_ih_l0,weight_hh_l0,bias_ih_l0,...}.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { AttrError, ShapeError } from '../ir/errors.ts';
import { init } from '../ir/init.ts';
import { formatShape } from '../ir/tensor.ts';
import { cosineSelect, type CosineVariant } from './cossim.ts';
import { softPool } from './softpool.ts';
import { requireDim, requireKnownOptions, requireRankIn, requireSize, site } from './check.ts';
import { bn3d, conv3d, requireRatio, srGate, triple, type BnOptions, type Triple } from './mtconv-common.ts';

export interface MtConvOptions extends BnOptions {
  /** Input channels C. */
  in: number;
  /** Output channels C̃ (split into C_L local and C_P prolonged). */
  out: number;
  /** Conv kernel of all three convs, odd sizes (default 3); padding is ⌊k/2⌋. */
  kernel?: Triple;
  /** δ: the local share of the output channels (default 0.875). */
  delta?: number;
  /** Frame selection rule (default 'paper'). */
  selection?: CosineVariant;
}

const CONV = 'mtconv';
const CONV_OPTIONS: Record<keyof MtConvOptions, true> = { in: true, out: true, kernel: true, delta: true, selection: true, training: true, stats: true };
const BLOCK_OPTIONS: Record<keyof MtBlockOptions, true> = {
  channels: true, width: true, kernel: true, delta: true, selection: true, layers: true, gate: true, training: true, stats: true,
};

/** The channel split (C_L, C_P) of C̃ output channels. */
export function paperSplit(out: number, delta = 0.875): [number, number] {
  const local = Math.floor(delta * out);
  return [local, out - local];
}

/** The paper's MTConv: x (N, C, T, H, W), T >= 3, H, W >= 2 -> (N, out, T, H, W). */
export function mtconv(b: GraphBuilder, x: Value, opts: MtConvOptions): Value {
  requireKnownOptions(b, CONV, opts, CONV_OPTIONS);
  requireSize(b, CONV, 'in', opts.in);
  requireSize(b, CONV, 'out', opts.out);
  const delta = opts.delta ?? 0.875;
  requireRatio(b, CONV, 'delta', delta);
  const kernel = triple(b, CONV, 'kernel', opts.kernel ?? 3, 1);
  if (kernel.some((k) => k % 2 === 0)) {
    throw new AttrError(`${site(b, CONV)}: option 'kernel' must have odd sizes (every conv keeps its input's size)`, { expected: 'odd sizes', found: JSON.stringify(opts.kernel) });
  }
  const [cl, cp] = paperSplit(opts.out, delta);
  if (cl < 1 || cp < 1) {
    throw new AttrError(`${site(b, CONV)}: out = ${opts.out} with delta = ${delta} leaves a branch without channels`, {
      expected: 'C_L = floor(delta * out) >= 1 and out - C_L >= 1', found: `C_L = ${cl}, C_P = ${cp}`,
    });
  }
  requireRankIn(b, CONV, 'input', x, [5], '(N, C, T, H, W)');
  requireDim(b, CONV, 'input', x, 1, opts.in, 'in');
  const [, , T, H, W] = x.shape;
  if (T < 3 || H < 2 || W < 2) {
    throw new ShapeError(`${site(b, CONV)}: input ${formatShape(x.shape)} is too small for the prolonged branch (2x2 SoftPool, frame selection)`, {
      expected: 'T >= 3, H >= 2, W >= 2', found: `T = ${T}, H = ${H}, W = ${W}`,
    });
  }
  const padding = kernel.map((k) => (k - 1) / 2) as [number, number, number];
  const convInit = init.kaimingNormal('fan_out', 'relu');
  const conv = (v: Value, name: string, cin: number, cout: number): Value => conv3d(b, v, name, { in: cin, out: cout, kernel, padding, init: convInit });
  const norm = (v: Value, name: string, c: number): Value => bn3d(b, v, name, c, opts).y;
  const select = (v: Value): Value => cosineSelect(b, v, { variant: opts.selection ?? 'paper' });

  const aL = b.relu(norm(conv(x, 'conv_local', opts.in, cl), 'bn_local', cl));
  const zLP = norm(conv(select(softPool(b, aL)), 'conv_l2p', cl, cp), 'bn_l2p', cp);
  const zP = norm(conv(select(softPool(b, x)), 'conv_p', opts.in, cp), 'bn_p', cp);
  const aP = b.interpolate(b.add(b.relu(zLP), b.relu(zP)), { size: [T, H, W], alignCorners: false });
  return b.concat([aL, aP], { axis: 1 });
}

export interface MtBlockOptions extends BnOptions {
  /** Block input and output channels C. */
  channels: number;
  /** Inner width of the three MTConvs. */
  width: number;
  /** Kernel of the middle MTConv (default 3); the outer two are 1x1x1. */
  kernel?: Triple;
  delta?: number;
  selection?: CosineVariant;
  /** GRU layers of Squeeze-and-Recursion (default 2). */
  layers?: number;
  /** What the excitation multiplies: the block input (default, the paper's wording) or the MTConv path. */
  gate?: 'input' | 'output';
}

/** The paper's MTBlock: x (N, C, T, H, W) -> (N, C, T, H, W). */
export function mtBlock(b: GraphBuilder, x: Value, opts: MtBlockOptions): Value {
  const BLOCK = 'mtBlock';
  requireKnownOptions(b, BLOCK, opts, BLOCK_OPTIONS);
  requireSize(b, BLOCK, 'channels', opts.channels);
  requireSize(b, BLOCK, 'width', opts.width);
  const gate = opts.gate ?? 'input';
  if (gate !== 'input' && gate !== 'output') {
    throw new AttrError(`${site(b, BLOCK)}: option 'gate' must be 'input' or 'output'`, { expected: "'input' | 'output'", found: String(opts.gate) });
  }
  requireRankIn(b, BLOCK, 'input', x, [5], '(N, C, T, H, W)');
  requireDim(b, BLOCK, 'input', x, 1, opts.channels, 'channels');
  const common = { delta: opts.delta, selection: opts.selection, training: opts.training, stats: opts.stats };
  const m = (v: Value, name: string, cin: number, cout: number, kernel: Triple): Value =>
    b.scope(name, () => mtconv(b, v, { ...common, in: cin, out: cout, kernel }));
  let y = m(x, 'conv1', opts.channels, opts.width, 1);
  y = m(y, 'conv2', opts.width, opts.width, opts.kernel ?? 3);
  y = m(y, 'conv3', opts.width, opts.channels, 1);
  const g = b.scope('sr', () => srGate(b, x, { layers: opts.layers }));
  return b.relu(gate === 'input' ? b.add(y, b.mul(x, g)) : b.add(b.mul(y, g), x));
}
