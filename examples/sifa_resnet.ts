// SIFA in its real position (spec §3.1): a C2D ResNet (C2D_SIFA_ResNet of FuchenUSTC/SIFA) cut down to a
// few channels: the C2D stem (Conv3d (4,7,7) stride (4,2,2) + BN + ReLU + MaxPool3d (1,3,3)), so T =
// frames / 4; res2 (layer1) of plain bottlenecks; then res3 (layer2), where the blocks alternate: even
// blocks are GBottlenecks (a global-context bias GAP(bn3) -> fc1 -> ReLU -> fc2 added before the final
// ReLU; block 0 carries the stride 2 and the downsample), odd blocks DEFLocalTransBottlenecks with SIFA
// after conv2 -> bn2 -> relu and before conv3. zero_init_residual = True as in the official model (bn3's
// weight starts at 0). Global average pooling and fc. The dual res5 head of the official model is not
// built. State_dict names are the official ones (conv1, bn1, layer1.0.conv1.weight, layer2.0.fc1.weight,
// layer2.1.conv_offset.weight, layer2.1.def_cor.weight, ..., fc).
//
//   tempofuse run examples/sifa_resnet.ts --target reference --arg blocks=4 --arg variant=paper
//
// With `training`, every BN uses batch statistics and the updated running statistics are outputs named by
// their keys.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { poolingHead } from '../nn/head.ts';
import { c2dStem, layer, type BnStats } from '../nn/resnet.ts';
import { sifa, type SifaVariant } from '../nn/sifa.ts';

/** Input clip (batch, 3, frames, size, size); stem width; bottleneck width of res2 (doubled in res3, whose
 *  planes * 4 must be >= 16 for the global context's C/16); blocks of res2 and of res3 (>= 2 for a SIFA
 *  block); SIFA window and variant; classes; BN mode. */
export const args = { batch: 1, frames: 16, size: 32, stem: 16, planes: 8, res2Blocks: 1, blocks: 2, kernel: 3, variant: 'code', classes: 10, training: false };

export default function build(b: GraphBuilder, a: typeof args): Record<string, Value> {
  const training = a.training;
  const stats: BnStats = new Map();
  const x = b.input('x', 'f32', [a.batch, 3, a.frames, a.size, a.size]);
  const stem = c2dStem(b, x, { out: a.stem, training, stats });
  const common = { layout: '3d' as const, zeroInitResidual: true, training, stats };
  const res2 = b.scope('layer1', () => layer(b, stem, { ...common, inplanes: a.stem, planes: a.planes, blocks: a.res2Blocks }));
  const res3 = b.scope('layer2', () => layer(b, res2.y, {
    ...common, inplanes: res2.channels, planes: a.planes * 2, blocks: a.blocks, stride: 2,
    // even: GBottleneck; odd: DEFLocalTransBottleneck (SIFA on relu(bn2(conv2)), params in the block's scope)
    block: (i) => (i % 2 === 0 ? { globalContext: true } : {}),
    hooks: (i) => (i % 2 === 1
      ? { afterBn2Relu: (bb, v) => sifa(bb, v, { kernel: a.kernel, variant: a.variant as SifaVariant }).y }
      : undefined),
  }));
  const logits = poolingHead(b, res3.y, { classes: a.classes });
  return { logits, ...Object.fromEntries(stats) };
}
