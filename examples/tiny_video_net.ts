// A tiny video classifier: a Conv3d stem, a learned filter along time in the frequency domain (the DTF
// pattern: rfft over T, complex multiply, irfft) with a residual connection, global average pooling and
// a linear head. Parameter names and layouts are those of the equivalent PyTorch module's state_dict
// (Conv3d weight (Cout, Cin, kT, kH, kW), Linear weight (out, in)), and their inits are PyTorch's defaults.
//
//   tempofuse run examples/tiny_video_net.ts --target reference --arg frames=16 --arg classes=5
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { init } from '../ir/init.ts';

/** Arguments (`--arg key=value`) with their defaults: input clip (batch, channels, frames, size x size),
 *  stem width and classes. Kept small: the reference interpreter is slow. */
export const args = { batch: 1, channels: 3, frames: 8, size: 16, width: 8, classes: 10 };

/** nn.Conv3d / nn.Linear default init: kaiming_uniform(a=sqrt(5)) weights, bias uniform(+-1/sqrt(fan_in)). */
const torchWeight = () => init.kaimingUniform('fan_in', 'leaky_relu', Math.sqrt(5));
const torchBias = (fanIn: number) => init.uniform(-1 / Math.sqrt(fanIn), 1 / Math.sqrt(fanIn));

export default function build(b: GraphBuilder, a: typeof args): { logits: Value } {
  const { batch: N, channels: C, frames: T, size: S, width: W, classes: K } = a;
  const x = b.input('x', 'f32', [N, C, T, S, S]);

  // stem: 3x3x3 conv, "same" padding, + bias, relu
  const h = b.scope('stem', () => {
    const w = b.param('weight', [W, C, 3, 3, 3], torchWeight());
    const bias = b.param('bias', [W], torchBias(C * 27));
    return b.relu(b.add(b.conv(x, w, { padding: [1, 1, 1] }), b.reshape(bias, { shape: [1, W, 1, 1, 1] })));
  });

  // temporal filter: one complex gain per (channel, frequency bin), applied along T
  const F = Math.floor(T / 2) + 1;
  const filtered = b.scope('temporal', () => {
    const re = b.param('filter_re', [W, F], init.normal(0.02));
    const im = b.param('filter_im', [W, F], init.normal(0.02));
    const filter = b.complex(b.reshape(re, { shape: [1, W, F, 1, 1] }), b.reshape(im, { shape: [1, W, F, 1, 1] }));
    const spectrum = b.rfft(h, { axis: 2, norm: 'ortho' });
    return b.irfft(b.mul(spectrum, filter), { axis: 2, n: T, norm: 'ortho' });
  });
  const features = b.mean(b.add(h, filtered), { axes: [2, 3, 4] }); // (N, W)

  // head: features @ weight^T + bias
  const logits = b.scope('head', () => {
    const w = b.param('weight', [K, W], torchWeight());
    const bias = b.param('bias', [K], torchBias(W));
    return b.add(b.matmul(features, b.permute(w, { perm: [1, 0] })), bias);
  });
  return { logits };
}
