// A small video classifier for training (examples/train-video/README.md): two per-frame 2-D conv layers
// (conv 1x3x3 -> BN -> ReLU, the second with stride 2), one temporal block, a third per-frame conv layer
// (stride 2) over the block's input h, its output y and their difference y - h side by side (channels
// concatenated), then global average pooling and a linear head. The block is the only place where frames
// meet: with `block: 'none'` (the identity, y = h) the network sees each frame alone and averages, so it
// cannot tell a motion's direction. With TAM's adaptive temporal convolution or DTF's filtering along time,
// the third conv weighs a frame against its temporal neighbourhood with different spatial filters: a filter
// oriented in space-time, which tells the direction (a temporal filter followed by a spatial one alone
// could not: TAM's kernels are positive, and a separable filter responds alike to opposite motions). The
// difference is there for TAM: its output is a positive blend of frames, in which the static background
// stays; y - h is the change along time, as motion-excitation designs feed it, and without it a network
// with TAM learns this task only now and then within the same number of steps (README).
//
//   tempofuse train examples/train-video/net.ts --data synthetic:motion --arg block=tam
//
// With `training`, every BN uses batch statistics and the updated running statistics are outputs named by
// their parameters (the trainer writes them back).
import type { GraphBuilder, Value } from '../../ir/builder.ts';
import { AttrError } from '../../ir/errors.ts';
import { dtf } from '../../nn/dtf.ts';
import { poolingHead } from '../../nn/head.ts';
import { convBnRelu, type BnStats } from '../../nn/resnet.ts';
import { tam } from '../../nn/tam.ts';

/** Clip (batch, 3, frames, size, size); conv widths; classes; the temporal block: 'tam', 'dtf' or 'none'. */
export const args = { batch: 8, frames: 8, size: 16, width: 16, classes: 4, block: 'tam', training: false };

export default function build(b: GraphBuilder, a: typeof args): Record<string, Value> {
  const { batch: N, frames: T, size: S, width: W, training } = a;
  if (!['tam', 'dtf', 'none'].includes(a.block)) throw new AttrError(`argument 'block' must be 'tam', 'dtf' or 'none'`, { expected: 'tam, dtf, none', found: a.block });
  const stats: BnStats = new Map();
  const x = b.input('x', 'f32', [N, 3, T, S, S]);
  const frameConv = (v: Value, name: string, inC: number, stride: number) => b.scope(name, () => convBnRelu(b, v, {
    in: inC, out: W, kernel: [1, 3, 3], stride: [1, stride, stride], padding: [0, 1, 1], training, stats,
  }));
  const h = frameConv(frameConv(x, 'conv1', 3, 1), 'conv2', W, 2);
  let y = h;
  if (a.block === 'tam') {
    y = b.scope('tam', () => {
      const t = tam(b, h, { channels: W, segments: T, training });
      if (training) for (const [k, v] of Object.entries(t.state)) stats.set(k, v);
      return t.y;
    });
  } else if (a.block === 'dtf') {
    y = b.scope('dtf', () => {
      const d = dtf(b, h, { channels: W, clipLen: T, G: 4, training });
      if (training && d.runningMean && d.runningVar) {
        stats.set(b.scoped('norm1.norm.running_mean'), d.runningMean);
        stats.set(b.scoped('norm1.norm.running_var'), d.runningVar);
      }
      return d.y;
    });
  }
  y = frameConv(b.concat([h, y, b.sub(y, h)], { axis: 1 }), 'conv3', 3 * W, 2);
  const logits = poolingHead(b, y, { classes: a.classes });
  return { logits, ...Object.fromEntries(stats) };
}
