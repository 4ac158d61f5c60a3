// Elementwise ops: unary math, binary arithmetic and comparisons with the broadcasting rule of
// util.ts, where (select), and cast. Operands of a binary op must share a dtype: nothing is promoted
// implicitly. On i32/u32 results wrap like the 32-bit machine types; f16 results round to f16.
import { defineOp, type TensorType } from '../registry.ts';
import { dtype } from '../attrs.ts';
import { isComplex, isFloat, storeAs, type DType } from '../dtype.ts';
import { Tensor, numel } from '../tensor.ts';
import { broadcastIndexer, broadcastShapes, requireDType, sameDType, type DTypeClass } from './util.ts';

// ---- unary -------------------------------------------------------------------------------------

function unary<const Name extends string>(
  name: Name, cls: DTypeClass, doc: string, f: (x: number) => number,
  fc?: (re: number, im: number) => [number, number],
) {
  return defineOp({
    name, arity: 1, inputs: ['x'], attrs: {}, doc,
    infer: ([x]) => {
      requireDType(x, cls, 'x');
      return { dtype: x.dtype, shape: x.shape };
    },
    reference: ([x], _a, out) => {
      const r = Tensor.zeros(out.dtype, out.shape);
      if (isComplex(x.dtype)) {
        for (let i = 0; i < x.numel; i++) {
          const [re, im] = fc!(x.data[2 * i], x.data[2 * i + 1]);
          r.data[2 * i] = re;
          r.data[2 * i + 1] = im;
        }
      } else {
        for (let i = 0; i < x.data.length; i++) r.data[i] = storeAs(out.dtype, f(x.data[i]));
      }
      return r;
    },
  });
}

export const neg = unary('neg', 'numeric', '-x.', (x) => -x, (re, im) => [-re, -im]);
export const abs = unary('abs', 'real', '|x|.', Math.abs);
export const exp = unary('exp', 'float', 'e^x.', Math.exp);
export const log = unary('log', 'float', 'Natural logarithm (log 0 = -inf, negative -> NaN).', Math.log);
export const sqrt = unary('sqrt', 'float', 'Square root (negative -> NaN).', Math.sqrt);
export const rsqrt = unary('rsqrt', 'float', '1 / sqrt(x).', (x) => 1 / Math.sqrt(x));
export const sigmoid = unary('sigmoid', 'float', '1 / (1 + e^-x).', (x) => 1 / (1 + Math.exp(-x)));
export const tanh = unary('tanh', 'float', 'Hyperbolic tangent.', Math.tanh);
export const relu = unary('relu', 'real', 'max(x, 0); NaN stays NaN.', (x) => (x < 0 ? 0 : x));
export const sin = unary('sin', 'float', 'Sine (radians).', Math.sin);
export const cos = unary('cos', 'float', 'Cosine (radians).', Math.cos);

// ---- binary ------------------------------------------------------------------------------------

type Complex = [number, number];

function binary<const Name extends string>(
  name: Name, cls: DTypeClass, doc: string, f: (a: number, b: number) => number,
  opts: { result?: DType; fc?: (a: Complex, b: Complex) => Complex } = {},
) {
  return defineOp({
    name, arity: 2, inputs: ['a', 'b'], attrs: {}, doc,
    infer: ([a, b]) => {
      requireDType(a, cls, 'a');
      const d = sameDType([a, b], ['a', 'b']);
      return { dtype: opts.result ?? d, shape: broadcastShapes([a.shape, b.shape], ['a', 'b']) };
    },
    reference: ([a, b], _attrs, out) => {
      const r = Tensor.zeros(out.dtype, out.shape);
      const ia = broadcastIndexer(a.shape, out.shape);
      const ib = broadcastIndexer(b.shape, out.shape);
      const n = numel(out.shape);
      if (isComplex(a.dtype) && opts.fc && isComplex(out.dtype)) {
        for (let i = 0; i < n; i++) {
          const j = ia(i), k = ib(i);
          const [re, im] = opts.fc([a.data[2 * j], a.data[2 * j + 1]], [b.data[2 * k], b.data[2 * k + 1]]);
          r.data[2 * i] = re;
          r.data[2 * i + 1] = im;
        }
      } else if (isComplex(a.dtype)) {
        // eq / ne on complex: both parts compared
        for (let i = 0; i < n; i++) {
          const j = ia(i), k = ib(i);
          const same = a.data[2 * j] === b.data[2 * k] && a.data[2 * j + 1] === b.data[2 * k + 1];
          r.data[i] = f(same ? 0 : 1, 0);
        }
      } else {
        for (let i = 0; i < n; i++) r.data[i] = storeAs(out.dtype, f(a.data[ia(i)], b.data[ib(i)]));
      }
      return r;
    },
  });
}

export const add = binary('add', 'numeric', 'a + b.', (a, b) => a + b, { fc: ([a, b], [c, d]) => [a + c, b + d] });
export const sub = binary('sub', 'numeric', 'a - b.', (a, b) => a - b, { fc: ([a, b], [c, d]) => [a - c, b - d] });
export const mul = binary('mul', 'numeric', 'a * b (complex product on c64).', (a, b) => a * b,
  { fc: ([a, b], [c, d]) => [a * c - b * d, a * d + b * c] });
export const div = binary('div', 'floatOrComplex', 'a / b (IEEE: x/0 = ±inf, 0/0 = NaN). Integer division is not an op: cast first.', (a, b) => a / b,
  { fc: ([a, b], [c, d]) => { const den = c * c + d * d; return [(a * c + b * d) / den, (b * c - a * d) / den]; } });
export const maximum = binary('maximum', 'real', 'Elementwise max(a, b); NaN if either is NaN.', (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b)));
export const minimum = binary('minimum', 'real', 'Elementwise min(a, b); NaN if either is NaN.', (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b)));
export const pow = binary('pow', 'float', 'a ^ b (negative base with a fractional exponent -> NaN).', Math.pow);

// Comparisons produce bool. eq/ne accept any dtype (complex compares both parts); ordering needs a real type.
// For complex operands the reference passes (0, 0) when equal and (1, 0) when not.
export const eq = binary('eq', 'any', 'a == b, as bool.', (a, b) => Number(a === b), { result: 'bool' });
export const ne = binary('ne', 'any', 'a != b, as bool (NaN != NaN).', (a, b) => Number(a !== b), { result: 'bool' });
export const lt = binary('lt', 'real', 'a < b, as bool.', (a, b) => Number(a < b), { result: 'bool' });
export const le = binary('le', 'real', 'a <= b, as bool.', (a, b) => Number(a <= b), { result: 'bool' });
export const gt = binary('gt', 'real', 'a > b, as bool.', (a, b) => Number(a > b), { result: 'bool' });
export const ge = binary('ge', 'real', 'a >= b, as bool.', (a, b) => Number(a >= b), { result: 'bool' });

// ---- where and cast ----------------------------------------------------------------------------

export const where = defineOp({
  name: 'where', arity: 3, inputs: ['cond', 'a', 'b'], attrs: {},
  doc: 'cond ? a : b elementwise; cond is bool, a and b share a dtype; all three broadcast together.',
  infer: ([c, a, b]) => {
    requireDType(c, 'bool', 'cond');
    const d = sameDType([a, b], ['a', 'b']);
    return { dtype: d, shape: broadcastShapes([c.shape, a.shape, b.shape], ['cond', 'a', 'b']) };
  },
  reference: ([c, a, b], _attrs, out) => {
    const r = Tensor.zeros(out.dtype, out.shape);
    const [ic, ia, ib] = [c, a, b].map((t) => broadcastIndexer(t.shape, out.shape));
    const L = isComplex(out.dtype) ? 2 : 1;
    for (let i = 0; i < numel(out.shape); i++) {
      const [src, j] = c.data[ic(i)] ? [a, ia(i)] : [b, ib(i)];
      for (let l = 0; l < L; l++) r.data[L * i + l] = src.data[L * j + l];
    }
    return r;
  },
});

export const cast = defineOp({
  name: 'cast', arity: 1, inputs: ['x'], attrs: { to: dtype() },
  doc: 'Convert to dtype `to`: float -> int truncates toward zero and saturates at the integer range (NaN -> 0), int -> int wraps, ' +
    'int -> float rounds to nearest, anything -> bool is x != 0, real -> c64 sets im = 0. c64 -> real is an error (use real/imag).',
  infer: ([x], a): TensorType => {
    if (isComplex(x.dtype) && !isComplex(a.to)) requireDType(x, 'real', 'x (cast from c64 loses the imaginary part; use real or imag)');
    return { dtype: a.to, shape: x.shape };
  },
  reference: ([x], a, out) => {
    const r = Tensor.zeros(out.dtype, out.shape);
    if (isComplex(a.to)) {
      for (let i = 0; i < x.numel; i++) {
        r.data[2 * i] = isComplex(x.dtype) ? x.data[2 * i] : x.data[i];
        r.data[2 * i + 1] = isComplex(x.dtype) ? x.data[2 * i + 1] : 0;
      }
      return r;
    }
    // to f32 rounds to f32: that is the conversion's meaning (elsewhere f32 results keep float64)
    for (let i = 0; i < x.numel; i++) r.data[i] = a.to === 'f32' ? Math.fround(x.data[i]) : storeAs(a.to, saturate(x.dtype, a.to, x.data[i]));
    return r;
  },
});

/** Float -> integer conversion saturates at the integer range (as GPU conversions do); NaN gives 0. */
function saturate(from: DType, to: DType, v: number): number {
  if (!isFloat(from) || (to !== 'i32' && to !== 'u32')) return v;
  if (Number.isNaN(v)) return 0;
  return to === 'i32' ? Math.min(Math.max(v, -(2 ** 31)), 2 ** 31 - 1) : Math.min(Math.max(v, 0), 2 ** 32 - 1);
}
