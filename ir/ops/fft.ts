// Real-input FFTs along one axis, with torch.fft.rfft / irfft semantics (n, norm). The reference is a
// direct DFT in float64 over every 1-D line along the axis: O(n^2) per line, but exact to rounding and
// valid for any n, not only powers of two.
import { defineOp, type TensorType } from '../registry.ts';
import { int, oneOf, optInt } from '../attrs.ts';
import { Tensor } from '../tensor.ts';
import { normAxis, requireDType, requireRank } from './util.ts';
import { irfftLength, rfftLength, scale } from './fft-length.ts';

const fftAttrs = {
  axis: int().default(-1),
  n: optInt(1).default(null),
  norm: oneOf('backward', 'ortho', 'forward').default('backward'),
};

/** The input viewed as [outer, len, inner] around `axis`: element (o, t, i) is at (o*len + t)*inner + i. */
function lines(shape: readonly number[], axis: number): { outer: number; len: number; inner: number } {
  const prod = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
  return { outer: prod(shape.slice(0, axis)), len: shape[axis], inner: prod(shape.slice(axis + 1)) };
}

/** cos and sin of 2*pi*j/n for j in 0..n-1; indexing with (k*t) mod n keeps the angle reduced exactly. */
function twiddles(n: number): { cos: Float64Array; sin: Float64Array } {
  const cos = new Float64Array(n), sin = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    cos[j] = Math.cos((2 * Math.PI * j) / n);
    sin[j] = Math.sin((2 * Math.PI * j) / n);
  }
  return { cos, sin };
}

function checkInput(x: TensorType, axis: number, op: string, cls: 'float' | 'complex'): number {
  requireRank(x, `${op} input x`, (r) => r >= 1, 'rank >= 1');
  requireDType(x, cls, `${op} input x`);
  return normAxis(axis, x.shape.length);
}

export const rfft = defineOp({
  name: 'rfft', arity: 1, inputs: ['x'], attrs: fftAttrs,
  doc: 'FFT of a real signal (f32/f16) along `axis`, as torch.fft.rfft: the signal is first truncated or zero-padded ' +
    'to length n (null = its length L), then X[k] = s * sum_{t<n} x[t] * exp(-2*pi*i*k*t/n) for k = 0..n//2, as c64. ' +
    "s = 1 ('backward'), 1/sqrt(n) ('ortho') or 1/n ('forward'). The axis has length n//2+1 in the output.",
  infer: ([x], a): TensorType => {
    const ax = checkInput(x, a.axis, 'rfft', 'float');
    const n = rfftLength(x, ax, a.n);
    const shape = [...x.shape];
    shape[ax] = Math.floor(n / 2) + 1;
    return { dtype: 'c64', shape };
  },
  reference: ([x], a, out) => {
    const ax = normAxis(a.axis, x.rank);
    const n = rfftLength(x, ax, a.n);
    const { outer, len, inner } = lines(x.shape, ax);
    const bins = out.shape[ax];
    const s = scale(a.norm, n, false);
    const w = twiddles(n);
    const used = Math.min(len, n); // samples past n are dropped; missing ones are zeros
    const r = Tensor.zeros(out.dtype, out.shape);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        for (let k = 0; k < bins; k++) {
          let re = 0, im = 0;
          for (let t = 0; t < used; t++) {
            const v = x.data[(o * len + t) * inner + i];
            const j = (k * t) % n;
            re += v * w.cos[j];
            im -= v * w.sin[j];
          }
          const at = (o * bins + k) * inner + i;
          r.data[2 * at] = s * re;
          r.data[2 * at + 1] = s * im;
        }
      }
    }
    return r;
  },
});

export const irfft = defineOp({
  name: 'irfft', arity: 1, inputs: ['x'], attrs: fftAttrs,
  doc: 'Inverse of rfft along `axis`, as torch.fft.irfft: c64 half-spectrum in, real signal of length n out (f32). ' +
    'n = null means 2*(m-1) for an input of length m (an error when that is < 1). The input is truncated or zero-padded ' +
    'to h = n//2+1 bins Z[0..h-1] and taken as the half of a Hermitian spectrum: the imaginary part of Z[0], and of Z[n/2] ' +
    'when n is even, is ignored, so y[t] = s * (Re Z[0] + sum_{0<k<h} c_k * Re(Z[k] * exp(2*pi*i*k*t/n))) with c_k = 1 ' +
    "for k = n/2 (n even) and 2 otherwise. s = 1/n ('backward'), 1/sqrt(n) ('ortho') or 1 ('forward').",
  infer: ([x], a): TensorType => {
    const ax = checkInput(x, a.axis, 'irfft', 'complex');
    const shape = [...x.shape];
    shape[ax] = irfftLength(x, ax, a.n);
    return { dtype: 'f32', shape };
  },
  reference: ([x], a, out) => {
    const ax = normAxis(a.axis, x.rank);
    const n = irfftLength(x, ax, a.n);
    const { outer, len, inner } = lines(x.shape, ax);
    const h = Math.floor(n / 2) + 1;
    const used = Math.min(len, h); // bins past h are dropped; missing ones are zeros
    const s = scale(a.norm, n, true);
    const w = twiddles(n);
    const r = Tensor.zeros(out.dtype, out.shape);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const bin = (k: number) => 2 * ((o * len + k) * inner + i);
        for (let t = 0; t < n; t++) {
          let acc = used > 0 ? x.data[bin(0)] : 0; // Re Z[0]; Im Z[0] ignored
          for (let k = 1; k < used; k++) {
            const j = (k * t) % n;
            // Re(Z e^{i theta}) = re cos - im sin; the Nyquist bin of an even n has no mirror and its Im is ignored
            const term = 2 * k === n
              ? x.data[bin(k)] * w.cos[j]
              : 2 * (x.data[bin(k)] * w.cos[j] - x.data[bin(k) + 1] * w.sin[j]);
            acc += term;
          }
          r.data[(o * n + t) * inner + i] = s * acc;
        }
      }
    }
    return r;
  },
});
