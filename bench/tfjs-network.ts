// examples/tam_resnet.ts written with TF.js ops (inference): the torchvision stem, one TemporalBottleneck
// per stage with TAM after conv1 + bn1 + relu, global average pooling, fc per frame and the average over
// the T frames. Parameters come by the network's state_dict keys (PyTorch layouts: OIHW convs, (out, in)
// linears); TF.js computes channels-last, so the input is transposed once and the weights as they are used.
// TAM itself (tamTfjs) also serves the TAM block case (tfjs-blocks.ts).
import type * as tfType from '@tensorflow/tfjs-core';

type Tf = typeof tfType;
type T = tfType.Tensor;
type T4 = tfType.Tensor4D;

/** nn.BatchNorm (eval, running statistics) on the last axis, params under `key`. */
export const bnEval = (tf: Tf, p: Record<string, T>, x: T, key: string): T =>
  tf.batchNorm(x, p[`${key}.running_mean`], p[`${key}.running_var`], p[`${key}.bias`], p[`${key}.weight`], 1e-5);

/** nn.Linear without its bias: x (rows, in) times weight (out, in) transposed. */
const linearNoBias = (tf: Tf, p: Record<string, T>, x: T, key: string): T =>
  tf.matMul(x as tfType.Tensor2D, p[`${key}.weight`] as tfType.Tensor2D, false, true);

export interface TamResnetShape { batch: number; segments: number; stages: number; planes: number }

/** TAM (nn/tam.ts, inference) on channels-last frames x (N·T, H, W, C) with T = `segments`; `key` is the
 *  module's state_dict prefix with its trailing dot ('' for a bare block). */
export function tamTfjs(tf: Tf, p: Record<string, T>, key: string, segments: number, x: T): T {
  const bn = (v: T, k: string): T => bnEval(tf, p, v, k);
  const linear = (v: T, k: string): T => linearNoBias(tf, p, v, k);
  const [NT, H, W, C] = x.shape;
  const Tn = segments, N = NT / Tn;
  const frames = tf.reshape(tf.mean(x, [1, 2]), [N, Tn, C]); // (N, T, C)
  const rows = tf.reshape(tf.transpose(frames, [0, 2, 1]), [N * C, Tn]);
  const g = linear(tf.relu(bn(linear(rows, `${key}G.0`), `${key}G.1`)), `${key}G.3`);
  const theta = tf.reshape(tf.softmax(g, -1), [N, C, 3]);
  // the local branch's Conv1d (kernel 3, zero padding 1) on the zero-padded frames, 'valid'
  const conv1d = (v: T, weight: string): T => tf.conv1d(v as tfType.Tensor3D, tf.transpose(p[weight], [2, 1, 0]) as tfType.Tensor3D, 1, 'valid');
  const l0 = conv1d(tf.pad(frames, [[0, 0], [1, 1], [0, 0]]), `${key}L.0.weight`);
  const l3 = conv1d(tf.relu(bn(l0, `${key}L.1`)), `${key}L.3.weight`);
  const z = tf.mul(tf.reshape(x, [N, Tn, H * W, C]), tf.reshape(tf.sigmoid(l3), [N, Tn, 1, C]));
  const padded = tf.pad(z, [[0, 0], [1, 1], [0, 0], [0, 0]]);
  let y: T | undefined;
  for (let k = 0; k < 3; k++) {
    const term = tf.mul(tf.slice(padded, [0, k, 0, 0], [N, Tn, H * W, C]), tf.reshape(tf.slice(theta, [0, 0, k], [N, C, 1]), [N, 1, 1, C]));
    y = y ? tf.add(y, term) : term;
  }
  return tf.reshape(y!, [NT, H, W, C]);
}

export function tamResnetTfjs(tf: Tf, p: Record<string, T>, s: TamResnetShape): (x: T) => T {
  const bn = (x: T, key: string): T => bnEval(tf, p, x, key);
  const conv = (x: T, key: string, stride: number, pad: number): T4 =>
    tf.conv2d(x as T4, tf.transpose(p[key], [2, 3, 1, 0]) as T4, stride, pad);
  const linear = (x: T, key: string): T => linearNoBias(tf, p, x, key);

  function bottleneck(x: T, key: string, stride: number): T {
    let y = tf.relu(bn(conv(x, `${key}.net.conv1.weight`, 1, 0), `${key}.net.bn1`));
    y = tamTfjs(tf, p, `${key}.tam.`, s.segments, y);
    y = tf.relu(bn(conv(y, `${key}.net.conv2.weight`, stride, 1), `${key}.net.bn2`));
    y = bn(conv(y, `${key}.net.conv3.weight`, 1, 0), `${key}.net.bn3`);
    const shortcut = p[`${key}.net.downsample.0.weight`] ? bn(conv(x, `${key}.net.downsample.0.weight`, stride, 0), `${key}.net.downsample.1`) : x;
    return tf.relu(tf.add(y, shortcut));
  }

  return (x) => {
    let y: T = tf.transpose(x, [0, 2, 3, 1]); // NCHW -> NHWC
    y = tf.maxPool(tf.relu(bn(conv(y, 'conv1.weight', 2, 3), 'bn1')) as T4, 3, 2, 1);
    for (let st = 0; st < s.stages; st++) y = bottleneck(y, `layer${st + 1}.0`, st === 0 ? 1 : 2);
    const logits = tf.add(linear(tf.mean(y, [1, 2]), 'fc'), p['fc.bias']);
    const NT = logits.shape[0];
    return tf.mean(tf.reshape(logits, [NT / s.segments, s.segments, logits.shape[1]!]), 1);
  };
}
