// The MTBlock case (nn/mtconv-paper.ts mtBlock, inference: the paper's MTConv with the paper's frame
// selection, a 2-layer Squeeze-and-Recursion GRU gating the block input) written with TF.js ops,
// channels-last (N, T, H, W, C) inside.
import type * as tfType from '@tensorflow/tfjs-core';
import { bnEval } from './tfjs-network.ts';
import type { TfCase } from './tfjs-case.ts';

type Tf = typeof tfType;
type T = tfType.Tensor;
type P = Record<string, T>;

/** SoftPool 2×2, stride 2, per frame: Σ e^{x−m} x / Σ e^{x−m} over each window, m the window's max,
 *  with TF.js's pooling ops (the window sums as average pools; their 1/4 cancels). */
function softPool(tf: Tf, v: T): T {
  const [N, T, H, W, C] = v.shape;
  const h = Math.floor(H / 2), w = Math.floor(W / 2);
  const x = tf.reshape(tf.slice(v, [0, 0, 0, 0, 0], [N, T, 2 * h, 2 * w, C]), [N * T, 2 * h, 2 * w, C]) as tfType.Tensor4D;
  // the window max broadcast over its window: (N·T, 2h, 2w, C) viewed as (N·T, h, 2, w, 2, C)
  const m = tf.reshape(tf.maxPool(x, 2, 2, 'valid'), [N * T, h, 1, w, 1, C]);
  const e = tf.reshape(tf.exp(tf.sub(tf.reshape(x, [N * T, h, 2, w, 2, C]), m)), x.shape) as tfType.Tensor4D;
  const pooled = tf.div(tf.avgPool(tf.mul(e, x) as tfType.Tensor4D, 2, 2, 'valid'), tf.avgPool(e, 2, 2, 'valid'));
  return tf.reshape(pooled, [N, T, h, w, C]);
}

/** The paper's triplet cosine selection: the ⌊T/2⌋ interior frames with the smallest s_{j−1} + s_j
 *  (s the cosine of neighbouring frames' spatial sums, eps 1e-4 on the product of squared norms), in
 *  ascending frame order. */
function cosineSelect(tf: Tf, v: T): T {
  const T = v.shape[1]!;
  const g = tf.sum(v, [2, 3]); // (N, T, C)
  const prev = tf.slice(g, [0, 0], [-1, T - 1]), next = tf.slice(g, [0, 1], [-1, T - 1]);
  const dot = (a: T, b: T): T => tf.sum(tf.mul(a, b), -1);
  const s = tf.div(dot(prev, next), tf.sqrt(tf.maximum(tf.mul(dot(prev, prev), dot(next, next)), 1e-8)));
  const score = tf.add(tf.slice(s, [0, 0], [-1, T - 2]), tf.slice(s, [0, 1], [-1, T - 2])); // frames 1..T−2
  const k = Math.floor(T / 2);
  const chosen = tf.topk(tf.neg(score), k).indices;
  const ascending = tf.reverse(tf.topk(chosen, k).values, -1);
  return tf.gather(v, tf.add(ascending, tf.scalar(1, 'int32')), 1, 1);
}

/** Trilinear resize (align_corners = False) of (N, T', H', W', C) to (T, H, W): separable, so bilinear over
 *  (H, W) per frame, then over (T, H·W), where the unchanged axis maps each position to itself. */
function trilinear(tf: Tf, v: T, T: number, H: number, W: number): T {
  const [N, t, h, w, C] = v.shape;
  const spatial = tf.image.resizeBilinear(tf.reshape(v, [N * t, h, w, C]) as tfType.Tensor4D, [H, W], false, true);
  const temporal = tf.image.resizeBilinear(tf.reshape(spatial, [N, t, H * W, C]) as tfType.Tensor4D, [T, H * W], false, true);
  return tf.reshape(temporal, [N, T, H, W, C]);
}

/** The paper's MTConv (δ = 0.875; the channel split and kernel are the weights') under `key`, on
 *  x (N, T, H, W, C) -> (N, T, H, W, C_L + C_P). */
function mtconv(tf: Tf, p: P, key: string, x: T): T {
  const [, T, H, W] = x.shape;
  // Conv3d, stride 1, padding k//2 (odd k): 'same'; PyTorch's (O, I, kt, kh, kw) to TF.js's (kt, kh, kw, I, O)
  const conv = (v: T, name: string): T =>
    tf.conv3d(v as tfType.Tensor5D, tf.transpose(p[`${key}.${name}.weight`], [2, 3, 4, 1, 0]) as tfType.Tensor5D, 1, 'same');
  const bn = (v: T, name: string): T => bnEval(tf, p, v, `${key}.${name}`);
  const aL = tf.relu(bn(conv(x, 'conv_local'), 'bn_local'));
  const zLP = bn(conv(cosineSelect(tf, softPool(tf, aL)), 'conv_l2p'), 'bn_l2p');
  const zP = bn(conv(cosineSelect(tf, softPool(tf, x)), 'conv_p'), 'bn_p');
  const aP = trilinear(tf, tf.add(tf.relu(zLP), tf.relu(zP)), T, H, W);
  return tf.concat([aL, aP], 4);
}

/** Squeeze-and-Recursion: the GRU's (PyTorch gate order r, z, n) hidden sequence over the frames' spatial
 *  means, (N, T, C); the input projection of all frames is one matmul per layer, the hidden one per step. */
function srGate(tf: Tf, p: P, key: string, x: T, layers: number): T {
  const [N, T, , , C] = x.shape;
  let seq = tf.mean(x, [2, 3]); // (N, T, C)
  const linear = (v: T, w: string, b: string): T => tf.add(tf.matMul(v, p[`${key}.${w}`], false, true), p[`${key}.${b}`]);
  const gate = (v: T, g: number): T => tf.slice(v, [0, g * C], [-1, C]);
  for (let l = 0; l < layers; l++) {
    const gi = tf.reshape(linear(tf.reshape(seq, [N * T, C]), `weight_ih_l${l}`, `bias_ih_l${l}`), [N, T, 3 * C]);
    let h: T = tf.zeros([N, C]);
    const steps: T[] = [];
    for (let t = 0; t < T; t++) {
      const it = tf.reshape(tf.slice(gi, [0, t, 0], [N, 1, 3 * C]), [N, 3 * C]);
      const gh = linear(h, `weight_hh_l${l}`, `bias_hh_l${l}`);
      const r = tf.sigmoid(tf.add(gate(it, 0), gate(gh, 0)));
      const z = tf.sigmoid(tf.add(gate(it, 1), gate(gh, 1)));
      const n = tf.tanh(tf.add(gate(it, 2), tf.mul(r, gate(gh, 2))));
      h = tf.add(n, tf.mul(z, tf.sub(h, n)));
      steps.push(h);
    }
    seq = tf.stack(steps, 1);
  }
  return seq;
}

// ---- MTBlock (channels 16, width 8): MTConv 1×1×1 -> 3×3×3 -> 1×1×1, out = ReLU(y + x ⊙ g)
export const mtBlockTfjs: TfCase = (tf, t) => {
  const x = tf.transpose(t.x, [0, 2, 3, 4, 1]);
  const [N, T, , , C] = x.shape;
  const y = mtconv(tf, t, 'conv3', mtconv(tf, t, 'conv2', mtconv(tf, t, 'conv1', x)));
  const g = tf.reshape(srGate(tf, t, 'sr.op', x, 2), [N, T, 1, 1, C]);
  return { y: tf.transpose(tf.relu(tf.add(y, tf.mul(x, g))), [0, 4, 1, 2, 3]) };
};
