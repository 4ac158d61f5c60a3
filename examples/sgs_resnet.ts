// SGS in its real position (spec §4.1): the "3DResNet" of ATFR (SimilarityGuidedSampling's ResNet3D,
// SlowFast code base) cut down to res2: the stem s1 (Conv3d 5x7x7 stride (1,2,2) -> BN -> ReLU -> MaxPool3d
// (1,3,3)/(1,2,2), 8 channels = WIDTH_PER_GROUP_FAST), the res2 stage s2 of bottleneck ResBlocks
// (branch2: a 3x1x1, b 1x3x3, c 1x1x1; branch1 projection on the first), where the stage applies each
// block's ReLU; SGS (`s2.ts_layer`) runs on the last block's pre-ReLU residual sum and the stage's ReLU on
// its output. Then the head: global average pooling over the frames SGS produced and the projection
// (head.projection, logits: the evaluation softmax of ResNetAdaptHead is not applied).
//
// SGS's output length is data dependent; here shapes are static (nn/sgs.ts): the output has B = T frames,
// clip n's active bins first and zeros after; SGS's aggregation kernel computes only the active ones. The
// official model truncates to T' = maxLength (the batch maximum) and averages over those T' frames, so the
// head averages over the first maxLength frames (the shorter clips' zero frames included, as the official
// AdaptiveAvgPool3d does) and its kernel skips the frames past them; `perClip` averages each clip over its
// own `lengths` frames instead. The outputs also give `lengths` (active bins per clip).
// State_dict names are the official ones (s1.pathway0_stem.conv.weight, s2.pathway0_res0.branch2.a.weight,
// s2.pathway0_res0.branch1_bn.*, s2.ts_layer.fc.0.weight, s2.ts_layer.bn.*, head.projection.weight).
//
//   tempofuse run examples/sgs_resnet.ts --target reference --arg frames=16 --arg blocks=3
//
// With `training`, every BN (SGS's BatchNorm1d included) uses batch statistics and the updated running
// statistics are outputs named by their keys.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { poolingHead } from '../nn/head.ts';
import { layer, NAMES, resnet3dStem, type BnStats } from '../nn/resnet.ts';
import { sgs } from '../nn/sgs.ts';

/** Input clip (batch, 3, frames, size, size); stem width (dim_inner of res2 too); res2 blocks (the R18
 *  3DResNet has 2, R50 3); SGS latent dimension L and bins (-1: B = T); classes; per-clip averaging; BN mode. */
export const args = { batch: 1, frames: 8, size: 32, width: 8, blocks: 2, latent: 8, bins: -1, classes: 10, perClip: false, training: false };

export default function build(b: GraphBuilder, a: typeof args): Record<string, Value> {
  const training = a.training;
  const stats: BnStats = new Map();
  const x = b.input('x', 'f32', [a.batch, 3, a.frames, a.size, a.size]);
  const stem = b.scope('s1', () => b.scope('pathway0_stem', () => resnet3dStem(b, x, { out: a.width, training, stats })));
  const { y: sgsOut, lengths, maxLength } = b.scope('s2', () => {
    // ResBlocks pathway0_res{i}; the last one's ReLU waits for SGS
    const res = layer(b, stem, {
      layout: '3d', names: NAMES.slowfast, inplanes: a.width, planes: a.width, blocks: a.blocks, conv1TemporalKernel: 3,
      zeroInitResidual: true, blockName: (i) => `pathway0_res${i}`, block: (i) => ({ finalRelu: i < a.blocks - 1 }), training, stats,
    });
    const s = b.scope('ts_layer', () => sgs(b, res.y, { training, latent: a.latent, numBins: a.bins }));
    if (training) {
      stats.set('s2.ts_layer.bn.running_mean', s.runningMean);
      stats.set('s2.ts_layer.bn.running_var', s.runningVar);
    }
    return { ...s, y: b.relu(s.y) };
  });
  const logits = b.scope('head', () => poolingHead(b, sgsOut, { classes: a.classes, name: 'projection', weightStd: 0.01, validFrames: a.perClip ? lengths : maxLength }));
  return { logits, lengths, ...Object.fromEntries(stats) };
}
