// The cases as ONNX graphs (opset 17), for onnxruntime-node's WebGPU execution provider, keyed by case id.
// Graph inputs carry the case's input/param names; the output is named as the case's output.
import { DTF_AGG_SHAPE, fftShape, TAM_CONV_SHAPE } from './cases.ts';
import { encodeModel, OnnxBuilder } from './onnx.ts';

/** FFT-filter-IFFT with ONNX's DFT (unnormalised forward, 1/n inverse: the same total scaling as ortho).
 *  The inverse DFT takes the whole spectrum, so bins M..T−1 are rebuilt as conjugates of bins T/2−1..1.
 *  On SwiftShader, ORT 1.30's WebGPU DFT is the slow part: one forward DFT of x (2,64,8,14,14) alone took
 *  about 24 s when measured on its own (2026-12-06), so these rows usually hit the process limit. */
function fftFilter(T: number): Uint8Array {
  const { N, C, H, W } = fftShape(T);
  const M = T / 2 + 1;
  const b = new OnnxBuilder();
  const x6 = b.op('Unsqueeze', ['x', b.ints([5])]); // (N, C, T, H, W, 1): a real signal
  const spec = b.op('DFT', [x6], { axis: 2, onesided: 1 }); // (N, C, M, H, W, 2)
  const sr = b.slice(spec, 5, 0, 1), si = b.slice(spec, 5, 1, 2);
  const fr = b.reshape('filter_re', [1, C, M, 1, 1, 1]), fi = b.reshape('filter_im', [1, C, M, 1, 1, 1]);
  const yr = b.op('Sub', [b.op('Mul', [sr, fr]), b.op('Mul', [si, fi])]);
  const yi = b.op('Add', [b.op('Mul', [sr, fi]), b.op('Mul', [si, fr])]);
  // bins T/2−1 .. 1 in reverse by a Gather (a Slice with step −1 gives wrong values on ORT 1.30's WebGPU EP)
  const mirror = b.ints(Array.from({ length: T / 2 - 1 }, (_, i) => T / 2 - 1 - i));
  const fullRe = b.op('Concat', [yr, b.op('Gather', [yr, mirror], { axis: 2 })], { axis: 2 });
  const fullIm = b.op('Concat', [yi, b.op('Neg', [b.op('Gather', [yi, mirror], { axis: 2 })])], { axis: 2 });
  const back = b.op('DFT', [b.op('Concat', [fullRe, fullIm], { axis: 5 })], { axis: 2, inverse: 1, onesided: 0 });
  const real = b.op('Squeeze', [b.slice(back, 5, 0, 1), b.ints([5])]);
  b.output(b.op('Add', ['x', real]), 'y');
  const dims = [N, C, T, H, W];
  return encodeModel({
    name: `fft_filter_T${T}`, nodes: b.nodes, initializers: b.initializers,
    inputs: [{ name: 'x', dims }, { name: 'filter_re', dims: [C, M] }, { name: 'filter_im', dims: [C, M] }],
    outputs: [{ name: 'y', dims }],
  });
}

function tamConv(): Uint8Array {
  const { N, T, C, H, W, K } = TAM_CONV_SHAPE;
  const b = new OnnxBuilder();
  const padded = b.op('Pad', [b.reshape('z', [N, T, C, H * W]), b.ints([0, 1, 0, 0, 0, 1, 0, 0])]);
  let y = '';
  for (let k = 0; k < K; k++) {
    const wk = b.reshape(b.slice('theta', 2, k, k + 1), [N, 1, C, 1]);
    const term = b.op('Mul', [b.slice(padded, 1, k, k + T), wk]);
    y = y ? b.op('Add', [y, term]) : term;
  }
  b.output(b.reshape(y, [N * T, C, H, W]), 'y');
  return encodeModel({
    name: 'tam_conv', nodes: b.nodes, initializers: b.initializers,
    inputs: [{ name: 'z', dims: [N * T, C, H, W] }, { name: 'theta', dims: [N, C, K] }],
    outputs: [{ name: 'y', dims: [N * T, C, H, W] }],
  });
}

function dtfCorrAgg(): Uint8Array {
  const { N, C, T, H, W, K } = DTF_AGG_SHAPE;
  const b = new OnnxBuilder();
  const p = (K - 1) / 2;
  const q = b.slice('x', 2, 0, T - 1);
  const padded = b.op('Pad', [b.slice('x', 2, 1, T), b.ints([0, 0, 0, p, p, 0, 0, 0, K - 1 - p, K - 1 - p])]);
  const keys: string[] = [];
  for (let kh = 0; kh < K; kh++) for (let kw = 0; kw < K; kw++) keys.push(b.slice(b.slice(padded, 3, kh, kh + H), 4, kw, kw + W));
  const invC = b.scalar(1 / C);
  const corr = b.op('Concat', keys.map((k) => b.op('Mul', [b.op('ReduceSum', [b.op('Mul', [q, k]), b.ints([1])], { keepdims: 1 }), invC])), { axis: 1 });
  const attn = b.op('Softmax', [corr], { axis: 1 }); // (N, K², T−1, H, W)
  let agg = '';
  keys.forEach((k, i) => {
    const term = b.op('Mul', [b.slice(attn, 1, i, i + 1), k]);
    agg = agg ? b.op('Add', [agg, term]) : term;
  });
  b.output(b.op('Concat', [b.op('Add', [q, agg]), b.slice('x', 2, T - 1, T)], { axis: 2 }), 'y');
  const dims = [N, C, T, H, W];
  return encodeModel({ name: 'dtf_corr_agg', nodes: b.nodes, initializers: b.initializers, inputs: [{ name: 'x', dims }], outputs: [{ name: 'y', dims }] });
}

export const ONNX_CASES: Record<string, () => Uint8Array> = {
  'fft-filter-T8': () => fftFilter(8), 'fft-filter-T16': () => fftFilter(16), 'fft-filter-T32': () => fftFilter(32), 'fft-filter-T64': () => fftFilter(64),
  'tam-conv': tamConv, 'dtf-corr-agg': dtfCorrAgg,
};
