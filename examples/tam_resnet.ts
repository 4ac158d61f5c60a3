// TAM in its real position (spec §2.1): a TSN-style 2-D ResNet (TANet of liu-zhy/temporal-adaptive-module)
// cut down to a few channels. Frames are folded into the batch, x (N*T, 3, H, W) with T = segments; the
// torchvision stem (7x7 stride 2 + BN + ReLU + max pool 3/2); one bottleneck per stage with TAM after
// conv1 + bn1 + relu and before conv2 (the official TemporalBottleneck: torchvision's Bottleneck wrapped
// as `net`, the module as `tam`), the first stage at stride 1 and the next ones at stride 2 (TAM precedes
// the strided conv2, so it sees the stage input's resolution); then global average pooling, fc per frame
// and the average of the T frame scores (TSN's avg consensus). State_dict names are the official ones
// below TSN's base_model: conv1, bn1, layer1.0.net.conv1.weight, layer1.0.tam.G.0.weight, ..., fc.
//
//   tempofuse run examples/tam_resnet.ts --target reference --arg segments=16
//
// With `training`, every BN (TAM's two BatchNorm1d included) uses batch statistics and the updated running
// statistics are outputs named by their keys.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { poolingHead } from '../nn/head.ts';
import { layer, tsnStem, type BnStats } from '../nn/resnet.ts';
import { tam } from '../nn/tam.ts';

/** Clips (batch) of `segments` frames of size x size; stem width; bottleneck width of stage 1 (doubled per
 *  stage, a multiple of 4 for TAM's C/4 local branch); stages, blocks per stage; classes; BN mode. */
export const args = { batch: 1, segments: 8, size: 32, stem: 16, planes: 8, stages: 2, blocks: 1, classes: 10, training: false };

export default function build(b: GraphBuilder, a: typeof args): Record<string, Value> {
  const { training, segments } = a;
  const stats: BnStats = new Map();
  const x = b.input('x', 'f32', [a.batch * segments, 3, a.size, a.size]);
  let y = tsnStem(b, x, { out: a.stem, training, stats });
  let channels = a.stem;
  for (let s = 0; s < a.stages; s++) {
    const r = b.scope(`layer${s + 1}`, () => layer(b, y, {
      layout: '2d', inplanes: channels, planes: a.planes << s, blocks: a.blocks, stride: s === 0 ? 1 : 2, segments, inner: 'net', training, stats,
      hooks: () => ({
        afterConv1: (bb, v, site) => bb.scope('tam', () => {
          const t = tam(bb, v, { channels: site.channels, segments, training });
          if (training) for (const [k, val] of Object.entries(t.state)) stats.set(k, val);
          return t.y;
        }),
      }),
    }));
    y = r.y;
    channels = r.channels;
  }
  const logits = poolingHead(b, y, { classes: a.classes, segments });
  return { logits, ...Object.fromEntries(stats) };
}
