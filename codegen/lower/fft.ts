// Lowerings of rfft and irfft (ir/ops/fft.ts): a straight-line FFT of the whole line where the line
// position is a literal (a line kernel), else one O(n) sum per output element over the line in registers.
import type { TensorType } from '../../ir/registry.ts';
import { normAxis } from '../../ir/ops/util.ts';
import { irfftLength, rfftLength, scale, type Norm } from '../../ir/ops/fft-length.ts';
import * as k from '../kexpr.ts';
import type { Expr } from '../kir.ts';
import { withAxis } from '../index-math.ts';
import type { LowerCtx, LoweringTable, ReadPattern } from '../lowering.ts';
import { conj, cscale, dft, toC64, ZERO, type Cx } from './short-fft.ts';

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

export const FFT = {
  rfft: {
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
  irfft: {
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
} satisfies LoweringTable;
