// Straight-line FFTs of a length known at compile time, as kernel-IR expression trees: a mixed-radix
// decimation-in-time transform (radix 4 and 2, then the odd primes directly) whose twiddles are literal
// constants. A value known to be exactly zero is `null`, so real inputs, zero padding and the trivial
// twiddles (±1, ±i) cost no arithmetic. The trees share subexpressions by object identity; the kernel
// builder binds a shared one to a local once (LowerCtx.group), and never emits what no output reads.
import * as k from '../kexpr.ts';
import type { Expr } from '../kir.ts';

/** A complex value; null parts are exactly zero. */
export interface Cx {
  readonly re: Expr | null;
  readonly im: Expr | null;
}

export const ZERO: Cx = { re: null, im: null };

// Negations fold into the sums around them (exact in IEEE arithmetic, up to the sign of a zero).
const negated = (e: Expr): Expr | undefined => (e.k === 'neg' ? e.a : undefined);
function neg(a: Expr | null): Expr | null {
  if (a === null) return null;
  if (a.k === 'bin' && a.op === '-') return k.sub(a.b, a.a);
  return negated(a) ?? k.neg(a);
}
function add(a: Expr | null, b: Expr | null): Expr | null {
  if (a === null || b === null) return a ?? b;
  const nb = negated(b), na = negated(a);
  return nb ? k.sub(a, nb) : na ? k.sub(b, na) : k.add(a, b);
}
function sub(a: Expr | null, b: Expr | null): Expr | null {
  if (b === null) return a;
  if (a === null) return neg(b);
  const nb = negated(b);
  return nb ? k.add(a, nb) : k.sub(a, b);
}
/** a * c for a literal c (0 and ±1 exactly). */
function scaleBy(a: Expr | null, c: number): Expr | null {
  if (a === null || c === 0) return null;
  if (c === 1) return a;
  if (c === -1) return k.neg(a);
  return k.mul(a, k.f32(c));
}

export const cadd = (a: Cx, b: Cx): Cx => ({ re: add(a.re, b.re), im: add(a.im, b.im) });
export const csub = (a: Cx, b: Cx): Cx => ({ re: sub(a.re, b.re), im: sub(a.im, b.im) });
export const cscale = (a: Cx, c: number): Cx => ({ re: scaleBy(a.re, c), im: scaleBy(a.im, c) });
export const conj = (a: Cx): Cx => ({ re: a.re, im: neg(a.im) });

/** a * (c + i s) for literal c, s. */
function crotate(a: Cx, [c, s]: readonly [number, number]): Cx {
  return { re: sub(scaleBy(a.re, c), scaleBy(a.im, s)), im: add(scaleBy(a.re, s), scaleBy(a.im, c)) };
}

/** exp(sign * 2*pi*i * j / n) in float64, exact at multiples of a quarter turn (cos(pi/2) is not 0 in
 *  floating point, and a literal 6e-17 would cost a multiplication). */
export function unitRoot(sign: 1 | -1, j: number, n: number): [number, number] {
  const r = ((j % n) + n) % n;
  if ((4 * r) % n === 0) {
    const quarter = (4 * r) / n;
    return [[1, 0, -1, 0][quarter], sign * [0, 1, 0, -1][quarter]];
  }
  const angle = (2 * Math.PI * r) / n;
  return [Math.cos(angle), sign * Math.sin(angle)];
}

/** The radix of the first decimation of a length-n transform: 4, 2, then the smallest odd prime. */
function radixOf(n: number): number {
  if (n % 4 === 0 && n > 4) return 4;
  if (n % 2 === 0) return 2;
  for (let p = 3; p * p <= n; p += 2) if (n % p === 0) return p;
  return n;
}

/** X[q] = sum_r t[r] * exp(sign*2*pi*i*r*q/p), for a small p: butterflies for 2 and 4, else directly. */
function smallDft(t: readonly Cx[], sign: 1 | -1): Cx[] {
  const p = t.length;
  if (p === 1) return [t[0]];
  if (p === 2) return [cadd(t[0], t[1]), csub(t[0], t[1])];
  if (p === 4) {
    const a0 = cadd(t[0], t[2]), a1 = csub(t[0], t[2]);
    const b0 = cadd(t[1], t[3]), b1 = crotate(csub(t[1], t[3]), [0, sign]);
    return [cadd(a0, b0), cadd(a1, b1), csub(a0, b0), csub(a1, b1)];
  }
  return t.map((_, q) => t.reduce((acc, tr, r) => cadd(acc, crotate(tr, unitRoot(sign, r * q, p))), ZERO));
}

/** The length-n DFT X[j] = sum_t x[t] * exp(sign*2*pi*i*j*t/n) of x (n = x.length), unscaled. */
export function dft(x: readonly Cx[], sign: 1 | -1): Cx[] {
  const n = x.length;
  const p = radixOf(n);
  if (p === n) return smallDft(x, sign);
  const m = n / p;
  const subs = Array.from({ length: p }, (_, r) => dft(x.filter((_, i) => i % p === r), sign));
  const out = new Array<Cx>(n);
  for (let j = 0; j < m; j++) {
    const twiddled = subs.map((s, r) => crotate(s[j], unitRoot(sign, r * j, n)));
    smallDft(twiddled, sign).forEach((v, q) => { out[j + q * m] = v; });
  }
  return out;
}

/** A complex value as a c64 expression. */
export const toC64 = (a: Cx): Expr => k.call('cplx', [a.re ?? k.f32(0), a.im ?? k.f32(0)]);
