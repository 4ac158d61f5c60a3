// MTConv in its real position (spec §5): an MTNet cut down to its stem, one MTBlock and the head.
//
// variant 'code' (default): the official two-stream MTNet (network/MTnet.py at b443ccb of
// alexandrosstergiou/Squeeze-and-Recursion-Temporal-Gates, spec §5.2):
//   stem      Conv3d(3 -> width, (3,7,7), stride (1,2,2), pad (1,3,3)) -> BN -> ReLU   (BasicStem: stem.0, stem.1)
//             replicate padding by 1 when H or W is odd: F.pad(x, (1,0,1,0,0,0)) pads the top row and the
//             left column (the code's comment says "(0, 1)", the tuple it passes is (1, 0))
//             MaxPool3d((1,3,3), (1,2,2), (0,1,1)); temporal_cossim_pool (T -> T/2)
//   streams   short = the first int(width * r) channels, long = the rest; the long stream gets
//             avg_pool3d((1,2,2)) and, when T > 2, temporal_cossim_pool again
//   layer1.0  one MTBlock (inplanes = planes = width, stride 1, no downsample: as MTNet's layer1)
//   head      AdaptiveAvgPool3d of each stream, concatenated, fc (logits)
// variant 'paper' (spec §5.1): one stream. The paper builds MTBlocks into X3D and gives no stem of its
//   own; this uses the same conv stem (stem.0, stem.1, max pool) without the frame selection and the split,
//   then the paper's MTBlock (three MTConvs with SoftPool and the argmin triplet selection, and the
//   Squeeze-and-Recursion gate on the block input), then pooling and fc.
//
//   tempofuse run examples/mtnet.ts --target reference --arg variant=paper
//
// With `training`, every BN uses batch statistics and the updated running statistics are outputs named by
// their keys (norm_long, applied twice per MTConv, leaves its second update).
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { AttrError } from '../ir/errors.ts';
import { cosineSelect } from '../nn/cossim.ts';
import { poolingHead } from '../nn/head.ts';
import { codeSplit, mtBlockCode } from '../nn/mtconv-code.ts';
import { mtBlock } from '../nn/mtconv-paper.ts';
import { stem, type BnStats } from '../nn/resnet.ts';

/** Input clip (batch, 3, frames, size, size) with frames >= 6 (two frame selections); stem and block width
 *  (the code splits it int(width * 0.875) / rest; 16 gives 14 / 2); the paper block's inner width; classes;
 *  'code' or 'paper'; BN mode. */
export const args = { batch: 1, frames: 16, size: 32, width: 16, inner: 8, classes: 10, variant: 'code', training: false };

export default function build(b: GraphBuilder, a: typeof args): Record<string, Value> {
  const training = a.training;
  const stats: BnStats = new Map();
  const x = b.input('x', 'f32', [a.batch, 3, a.frames, a.size, a.size]);
  let y = stem(b, x, { out: a.width, kernel: [3, 7, 7], stride: [1, 2, 2], padding: [1, 3, 3], names: { conv: 'stem.0', bn: 'stem.1' }, maxpool: false, training, stats });
  const pool = (v: Value) => b.maxpool(v, { kernel: [1, 3, 3], stride: [1, 2, 2], padding: [0, 1, 1] });

  if (a.variant === 'paper') {
    y = b.scope('layer1', () => b.scope('0', () => mtBlock(b, pool(y), { channels: a.width, width: a.inner, training, stats })));
    return { logits: poolingHead(b, y, { classes: a.classes }), ...Object.fromEntries(stats) };
  }
  if (a.variant !== 'code') throw new AttrError("mtnet: argument 'variant' must be 'code' or 'paper'", { expected: "'code' or 'paper'", found: a.variant });

  const [, , , H, W] = y.shape;
  if (H % 2 !== 0 || W % 2 !== 0) y = b.pad(y, { pads: [[0, 0], [0, 0], [0, 0], [1, 0], [1, 0]], mode: 'replicate' });
  y = cosineSelect(b, pool(y), { variant: 'code' });
  const [cs, cl] = codeSplit(a.width);
  const short = b.slice(y, { axes: [1], starts: [0], ends: [cs] });
  let long = b.avgpool(b.slice(y, { axes: [1], starts: [cs], ends: [cs + cl] }), { kernel: [1, 2, 2], stride: [1, 2, 2] });
  if (long.shape[2] > 2) long = cosineSelect(b, long, { variant: 'code' });
  const streams = b.scope('layer1', () => b.scope('0', () => mtBlockCode(b, [short, long], { inplanes: a.width, planes: a.width, training, stats })));
  return { logits: poolingHead(b, streams, { classes: a.classes }), ...Object.fromEntries(stats) };
}
