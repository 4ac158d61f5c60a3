// The cases written with TF.js ops (what a TF.js user would write), keyed by case id. Tensors arrive by
// the graph's input/param names; each function returns the outputs by the graph's output names.
import type * as tfType from '@tensorflow/tfjs-core';
import { DTF_AGG_SHAPE, fftShape, TAM_CONV_SHAPE, TAM_RESNET_ARGS } from './cases.ts';
import { dtfBlock, sgsBlock, sifaBlock, tamBlock } from './tfjs-blocks.ts';
import { mtBlockTfjs } from './tfjs-mtblock.ts';
import { tamResnetTfjs } from './tfjs-network.ts';
import type { TfCase } from './tfjs-case.ts';

type T = tfType.Tensor;

/** TF.js's rfft/irfft work on the innermost axis: T is moved last and back. TF.js's transforms are
 *  unnormalised with 1/n in the inverse, so ortho's two 1/√T factors are the same 1/T in total. */
function fftFilter(T: number): TfCase {
  const { N, C, H, W } = fftShape(T);
  const M = T / 2 + 1;
  return (tf, t) => {
    const x = t.x;
    const lines = tf.transpose(x, [0, 1, 3, 4, 2]); // (N, C, H, W, T)
    const spec = tf.spectral.rfft(lines); // (N, C, H, W, M)
    const filter = tf.complex(tf.reshape(t.filter_re, [1, C, 1, 1, M]), tf.reshape(t.filter_im, [1, C, 1, 1, M]));
    const back = tf.spectral.irfft(tf.mul(spec, filter)); // (N, C, H, W, T)
    return { y: tf.add(x, tf.transpose(tf.reshape(back, [N, C, H, W, T]), [0, 1, 4, 2, 3])) };
  };
}

const tamConv: TfCase = (tf, t) => {
  const { N, T, C, H, W, K } = TAM_CONV_SHAPE;
  const z = tf.reshape(t.z, [N, T, C, H * W]);
  const padded = tf.pad(z, [[0, 0], [1, 1], [0, 0], [0, 0]]);
  let y: T | undefined;
  for (let k = 0; k < K; k++) {
    const wk = tf.reshape(tf.slice(t.theta, [0, 0, k], [N, C, 1]), [N, 1, C, 1]);
    const term = tf.mul(tf.slice(padded, [0, k, 0, 0], [N, T, C, H * W]), wk);
    y = y ? tf.add(y, term) : term;
  }
  return { y: tf.reshape(y!, [N * T, C, H, W]) };
};

const dtfCorrAgg: TfCase = (tf, t) => {
  const { N, C, T, H, W, K } = DTF_AGG_SHAPE;
  const x = t.x;
  const q = tf.slice(x, [0, 0, 0, 0, 0], [N, C, T - 1, H, W]);
  const next = tf.reshape(tf.slice(x, [0, 0, 1, 0, 0], [N, C, T - 1, H, W]), [N * C * (T - 1), H, W]);
  const p = (K - 1) / 2;
  const padded = tf.pad(next, [[0, 0], [p, p], [p, p]]);
  const keys: T[] = [];
  for (let kh = 0; kh < K; kh++) {
    for (let kw = 0; kw < K; kw++) keys.push(tf.reshape(tf.slice(padded, [0, kh, kw], [N * C * (T - 1), H, W]), [N, C, T - 1, H, W]));
  }
  const corr = tf.stack(keys.map((k) => tf.div(tf.sum(tf.mul(q, k), 1), C)), -1); // (N, T−1, H, W, K²)
  const attn = tf.softmax(corr, -1);
  let agg: T | undefined;
  keys.forEach((k, i) => {
    const a = tf.reshape(tf.slice(attn, [0, 0, 0, 0, i], [N, T - 1, H, W, 1]), [N, 1, T - 1, H, W]);
    const term = tf.mul(a, k);
    agg = agg ? tf.add(agg, term) : term;
  });
  return { y: tf.concat([tf.add(q, agg!), tf.slice(x, [0, 0, T - 1, 0, 0], [N, C, 1, H, W])], 2) };
};

export const TFJS_CASES: Record<string, TfCase> = {
  'fft-filter-T8': fftFilter(8), 'fft-filter-T16': fftFilter(16), 'fft-filter-T32': fftFilter(32), 'fft-filter-T64': fftFilter(64),
  'tam-conv': tamConv, 'dtf-corr-agg': dtfCorrAgg,
  'block-dtf': dtfBlock, 'block-tam': tamBlock, 'block-sifa': sifaBlock, 'block-sgs': sgsBlock, 'block-mtconv': mtBlockTfjs,
  'net-tam-resnet': (tf, t) => {
    const { x, ...params } = t;
    return { logits: tamResnetTfjs(tf, params, TAM_RESNET_ARGS)(x) };
  },
};
