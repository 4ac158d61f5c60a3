// DTF in its real position (spec §1.1): a C2D ResNet (C2D_DTF_ResNet of FuchenUSTC/DTF) cut down to a
// few channels: the C2D stem (Conv3d (4,7,7) stride (4,2,2) + BN + ReLU + MaxPool3d (1,3,3)), so the stages
// run at T = frames / 4; then one bottleneck per stage with the DTF block after conv2 and before bn2
// (conv1 -> bn1 -> relu -> conv2 -> DTF -> bn2 -> relu -> conv3 -> bn3 (+ shortcut) -> relu), the first
// stage at stride 1, the next ones at stride 2 (the stride is in conv2, so DTF sees the downsampled map);
// global average pooling and fc. State_dict names are the official ones (conv1, bn1, layer1.0.conv1,
// layer1.0.dtf_blk.filter_g.weight, ..., fc), so a (shrunk) checkpoint loads by name.
//
//   tempofuse run examples/dtf_resnet.ts --target reference --arg frames=32
//   tempofuse run examples/dtf_resnet.ts --arg variant=paper --arg planes=16
//
// Sizes: the code variant needs C*M*2 divisible by G (default 16, M = T/4/2 + 1): with frames = 16 (T = 4,
// M = 3) every bottleneck width must be a multiple of 8; the paper variant needs C divisible by G. With `training`, every BN (the FFT-domain BN of DTF included)
// normalises with batch statistics and the updated running statistics are outputs named by their keys.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { dtf } from '../nn/dtf.ts';
import { poolingHead } from '../nn/head.ts';
import { c2dStem, layer, type BnStats } from '../nn/resnet.ts';

/** Input clip (batch, 3, frames, size, size); stem width; bottleneck width of stage 1 (doubled per stage);
 *  stages (1 or more), blocks per stage; classes; DTF variant ('code' or 'paper') and factor G; BN mode. */
export const args = { batch: 1, frames: 16, size: 32, stem: 16, planes: 8, stages: 2, blocks: 1, classes: 10, variant: 'code', G: 16, training: false };

export default function build(b: GraphBuilder, a: typeof args): Record<string, Value> {
  const training = a.training;
  const stats: BnStats = new Map();
  const x = b.input('x', 'f32', [a.batch, 3, a.frames, a.size, a.size]);
  let y = c2dStem(b, x, { out: a.stem, training, stats });
  const T = y.shape[2]; // clip_length // 4
  let channels = a.stem;
  for (let s = 0; s < a.stages; s++) {
    const r = b.scope(`layer${s + 1}`, () => layer(b, y, {
      layout: '3d', inplanes: channels, planes: a.planes << s, blocks: a.blocks, stride: s === 0 ? 1 : 2, training, stats,
      // DTF on the raw conv2 output (before bn2), as Bottleneck.dtf_blk
      hooks: () => ({
        afterConv2BeforeBn2: (bb, v, site) => bb.scope('dtf_blk', () => {
          const d = dtf(bb, v, { channels: site.channels, clipLen: T, G: a.G, training, variant: a.variant as 'code' | 'paper' });
          if (training && d.runningMean && d.runningVar) {
            stats.set(bb.scoped('norm1.norm.running_mean'), d.runningMean);
            stats.set(bb.scoped('norm1.norm.running_var'), d.runningVar);
          }
          return d.y;
        }),
      }),
    }));
    y = r.y;
    channels = r.channels;
  }
  const logits = poolingHead(b, y, { classes: a.classes });
  return { logits, ...Object.fromEntries(stats) };
}
