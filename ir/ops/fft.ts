// Real-input FFTs along one axis, with torch.fft.rfft / irfft semantics (n, norm). The reference is a
// direct DFT in float64 over every 1-D line along the axis: O(n^2) per line, but exact to rounding and
// valid for any n, not only powers of two.
import { defineOp, type TensorType } from '../registry.ts';
import { int, oneOf, optInt } from '../attrs.ts';
import { ShapeError } from '../errors.ts';
import { Tensor, formatShape } from '../tensor.ts';
import { normAxis, requireDType, requireRank } from './util.ts';
import * as k from '../../codegen/kexpr.ts';
import type { Expr } from '../../codegen/kir.ts';
import { conj, cscale, dft, toC64, ZERO, type Cx } from '../../codegen/short-fft.ts';
import { withAxis } from '../../codegen/index-math.ts';
import type { LowerCtx, ReadPattern } from '../../codegen/lowering.ts';

type Norm = 'backward' | 'ortho' | 'forward';

const fftAttrs = {
  axis: int().default(-1),
  n: optInt(1).default(null),
  norm: oneOf('backward', 'ortho', 'forward').default('backward'),
};

/** Scale applied to a transform of length n: the forward one (rfft) or the inverse one (irfft). */
function scale(norm: Norm, n: number, inverse: boolean): number {
  if (norm === 'ortho') return 1 / Math.sqrt(n);
  return (norm === 'forward') !== inverse ? 1 / n : 1;
}

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

// ---- lowering helpers ----------------------------------------------------------------------------

/** What rfft and irfft share as lowerings: each output reads its input's whole line along `axis`, which
 *  makes them line ops (codegen/fuse.ts rule 2b). */
const lineLowering = {
  kind: 'loop' as const,
  reads: (): ReadPattern[] => ['many'],
  readsPerOutput: ([x]: readonly TensorType[], a: { axis: number }) => [x.shape[normAxis(a.axis, x.shape.length)]],
  lineAxis: ([x]: readonly TensorType[], a: { axis: number }) => normAxis(a.axis, x.shape.length),
};

/** (j + step) mod n for j, step in [0, n): one conditional subtraction, no product that could overflow. */
function wrapAdd(ctx: LowerCtx, j: Expr, step: Expr, n: Expr): Expr {
  const s = ctx.let(k.add(j, step), 'js');
  return k.select(k.ge(s, n), k.sub(s, n), s);
}

/** cos and sin of 2*pi*j/n for an integer j in [0, n), in f32. The angle is taken in [-pi, pi] (j - n for
 *  j > n/2) so its rounding error is at most that of pi; the period makes cos and sin the same. */
function twiddle(ctx: LowerCtx, j: Expr, n: Expr, length: number): [Expr, Expr] {
  const angle = (i: Expr) => {
    const jr = k.select(k.gt(k.mul(i, k.i32(2)), n), k.sub(i, n), i);
    return ctx.let(k.div(k.mul(k.cast('f32', jr), k.f32(2 * Math.PI)), k.cast('f32', n)), 'angle');
  };
  if (length > TWIDDLE_TABLE_MAX) {
    const a = angle(j);
    return [ctx.let(k.call('cos', [a]), 'c'), ctx.let(k.call('sin', [a]), 's')];
  }
  // the n twiddles, once per invocation, instead of two trigonometric calls per (bin, sample) pair
  const key = JSON.stringify(n);
  const cos = ctx.table(`cos ${key}`, 'f32', length, n, (i) => k.call('cos', [angle(i)]));
  const sin = ctx.table(`sin ${key}`, 'f32', length, n, (i) => k.call('sin', [angle(i)]));
  return [ctx.let(cos(j), 'c'), ctx.let(sin(j), 's')];
}

/** Transforms up to this length keep their twiddles in a register table (the lengths the blocks use). */
const TWIDDLE_TABLE_MAX = 64;

/** Transforms up to this length whose line position is a literal (a line kernel computing whole lines,
 *  codegen/fuse.ts rule 2b) are straight-line FFTs: the whole line is transformed once, with literal
 *  twiddles, instead of one O(n) sum per output element. */
const STRAIGHT_LINE_MAX = 64;

const literalPosition = (e: Expr, n: number): number | undefined => (e.k === 'const' && n <= STRAIGHT_LINE_MAX ? e.v : undefined);

/** The whole line of one transform, straight-line: `values` builds its outputs from the input line read
 *  at literal positions `read(p)`. */
function wholeLine(ctx: LowerCtx, idx: readonly Expr[], ax: number, values: (read: (p: number) => Expr) => Expr[]): (i: number) => Expr {
  const base = withAxis(idx, ax, k.i32(0));
  return ctx.group(`line ${JSON.stringify(base)}`, base, () => values((p) => ctx.input(0, withAxis(idx, ax, k.i32(p)))));
}

/** v times the transform's scale (see `scale`), as a division so that 1/n is not rounded separately. */
function applyScale(norm: Norm, v: Expr, n: Expr, inverse: boolean): Expr {
  if (norm === 'ortho') return k.div(v, k.call('sqrt', [k.cast('f32', n)]));
  return (norm === 'forward') !== inverse ? k.div(v, k.cast('f32', n)) : v;
}

/** Signal length n of a transform: the attribute, or what it defaults to for the input (`fallback`). */
function signalLength(x: TensorType, axis: number, n: number | null, op: string, fallback: number, rule: string): number {
  if (n !== null) return n;
  if (fallback >= 1) return fallback;
  throw new ShapeError(`${op}: x ${formatShape(x.shape)} has length ${x.shape[axis]} along axis ${axis}, so the default n = ${rule} is ${fallback}; give n explicitly`, {
    expected: `n = ${rule} >= 1`, found: `n = ${fallback}`,
  });
}

function checkInput(x: TensorType, axis: number, op: string, cls: 'float' | 'complex'): number {
  requireRank(x, `${op} input x`, (r) => r >= 1, 'rank >= 1');
  requireDType(x, cls, `${op} input x`);
  return normAxis(axis, x.shape.length);
}

const rfftLength = (x: TensorType, ax: number, n: number | null) => signalLength(x, ax, n, 'rfft', x.shape[ax], 'the input length');
const irfftLength = (x: TensorType, ax: number, n: number | null) => signalLength(x, ax, n, 'irfft', 2 * (x.shape[ax] - 1), '2*(m-1)');

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
  lower: {
    ...lineLowering,
    // X[k] = s * sum_{t < used} x[t] * (cos - i sin)(2 pi ((k t) mod n) / n)
    emit: (ctx, idx, a, [x]) => {
      const ax = normAxis(a.axis, x.shape.length);
      const n = rfftLength(x, ax, a.n);
      const at = literalPosition(idx[ax], n);
      if (at !== undefined) {
        const used = Math.min(x.shape[ax], n);
        const s = scale(a.norm, n, false);
        return wholeLine(ctx, idx, ax, (read) => {
          const signal = Array.from({ length: n }, (_, t): Cx => (t < used ? { re: read(t), im: null } : ZERO));
          return dft(signal, -1).slice(0, Math.floor(n / 2) + 1).map((v) => toC64(cscale(v, s)));
        })(at);
      }
      const nS = ctx.sym(n, 'n');
      const bin = idx[ax];
      const signal = ctx.line(0, idx, ax, x.shape[ax]);
      const re = ctx.mutable(k.f32(0), 're'), im = ctx.mutable(k.f32(0), 'im');
      const j = ctx.mutable(k.i32(0), 'j'); // (bin * t) mod n, advanced by bin per sample
      ctx.loop(ctx.sym(Math.min(x.shape[ax], n), 'used'), (t) => {
        const v = ctx.let(signal(t), 'v');
        const [c, s] = twiddle(ctx, j.ref, nS, n);
        re.set(k.add(re.ref, k.mul(v, c)));
        im.set(k.sub(im.ref, k.mul(v, s)));
        j.set(wrapAdd(ctx, j.ref, bin, nS));
      }, { hint: 't' });
      return k.call('cplx', [applyScale(a.norm, re.ref, nS, false), applyScale(a.norm, im.ref, nS, false)]);
    },
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
  lower: {
    ...lineLowering,
    // y[t] = s * sum_{k < used} c_k * (Re Z[k] cos - Im Z[k] sin)(2 pi ((k t) mod n) / n), where the DC and
    // Nyquist bins have c_k = 1 and their Im ignored (k = 0 gives cos = 1 exactly, so its term is Re Z[0])
    emit: (ctx, idx, a, [x]) => {
      const ax = normAxis(a.axis, x.shape.length);
      const n = irfftLength(x, ax, a.n);
      const at = literalPosition(idx[ax], n);
      if (at !== undefined) {
        const used = Math.min(x.shape[ax], Math.floor(n / 2) + 1);
        const s = scale(a.norm, n, true);
        const y = wholeLine(ctx, idx, ax, (read) => {
          // the Hermitian spectrum of length n: Z[k] for k <= n/2 (Im of DC and Nyquist ignored), its mirror above
          const half = Array.from({ length: Math.floor(n / 2) + 1 }, (_, bin): Cx => {
            if (bin >= used) return ZERO;
            const z = read(bin);
            return { re: k.call('re', [z]), im: bin === 0 || 2 * bin === n ? null : k.call('im', [z]) };
          });
          const full = Array.from({ length: n }, (_, bin) => (bin < half.length ? half[bin] : conj(half[n - bin])));
          return dft(full, 1).map((v) => cscale(v, s).re ?? k.f32(0));
        });
        return y(at);
      }
      const nS = ctx.sym(n, 'n');
      const t = idx[ax];
      const spectrum = ctx.line(0, idx, ax, x.shape[ax]);
      const acc = ctx.mutable(k.f32(0), 'acc');
      const j = ctx.mutable(k.i32(0), 'j'); // (bin * t) mod n, advanced by t per bin
      ctx.loop(ctx.sym(Math.min(x.shape[ax], Math.floor(n / 2) + 1), 'used'), (bin) => {
        const z = ctx.let(spectrum(bin), 'z');
        const edge = ctx.let(k.or(k.eq(bin, k.i32(0)), k.eq(k.mul(bin, k.i32(2)), nS)), 'edge');
        const [c, s] = twiddle(ctx, j.ref, nS, n);
        const zi = k.select(edge, k.f32(0), k.call('im', [z]));
        const term = ctx.let(k.sub(k.mul(k.call('re', [z]), c), k.mul(zi, s)), 'term');
        acc.set(k.add(acc.ref, k.select(edge, term, k.mul(term, k.f32(2)))));
        j.set(wrapAdd(ctx, j.ref, t, nS));
      }, { hint: 'k' });
      return applyScale(a.norm, acc.ref, nS, true);
    },
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
