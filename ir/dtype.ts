// Element types of the IR. c64 is a complex number of two f32 stored as interleaved (re, im) pairs;
// bool is the result type of comparisons (stored one byte per element in .safetensors).

export const DTYPES = ['f32', 'f16', 'i32', 'u32', 'c64', 'bool'] as const;
export type DType = (typeof DTYPES)[number];

export function isDType(s: unknown): s is DType {
  return typeof s === 'string' && (DTYPES as readonly string[]).includes(s);
}

export const isFloat = (d: DType): boolean => d === 'f32' || d === 'f16';
export const isInt = (d: DType): boolean => d === 'i32' || d === 'u32';
export const isComplex = (d: DType): boolean => d === 'c64';
/** Real numeric types: the ones ordinary arithmetic accepts. */
export const isRealNumeric = (d: DType): boolean => isFloat(d) || isInt(d);

/** Bytes per element when stored. */
export function byteSize(d: DType): number {
  switch (d) {
    case 'f32': case 'i32': case 'u32': return 4;
    case 'f16': return 2;
    case 'c64': return 8;
    case 'bool': return 1;
  }
}

/** Scalars stored per element in a tensor's data (complex: re and im). */
export const lanes = (d: DType): number => (d === 'c64' ? 2 : 1);

const f16bits = new Uint16Array(1);

/** Round a float64 to the nearest float16 value (round to nearest even), returned as float64. */
export function roundF16(x: number): number {
  f16bits[0] = f32ToF16Bits(x);
  return f16BitsToF32(f16bits[0]);
}

export function f32ToF16Bits(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a >= 65520) return sign | 0x7c00; // rounds to infinity
  if (a < 2 ** -24 * 0.5) return sign; // underflows to zero
  if (a < 2 ** -14) {
    // subnormal: multiples of 2^-24, round half to even
    return sign | roundHalfEven(a / 2 ** -24);
  }
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e -= 1; // guard against log2 rounding
  if (2 ** (e + 1) <= a) e += 1;
  let m = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) { m = 0; e += 1; }
  if (e > 15) return sign | 0x7c00;
  return sign | ((e + 15) << 10) | m;
}

export function f16BitsToF32(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const r = v - f;
  if (r > 0.5) return f + 1;
  if (r < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** Wrap an integer-valued float64 into the range of an i32 / u32 (two's complement). */
export const wrapI32 = (x: number): number => Number(BigInt.asIntN(32, BigInt(x)));
export const wrapU32 = (x: number): number => Number(BigInt.asUintN(32, BigInt(x)));

/** Round a float64 result to what a tensor of dtype d can hold. f32 keeps float64 (the reference's
 *  working precision); f16 and the integers round, because that is the value the type can store. */
export function storeAs(d: DType, x: number): number {
  switch (d) {
    case 'f16': return roundF16(x);
    case 'i32': return Number.isFinite(x) ? wrapI32(Math.trunc(x)) : 0;
    case 'u32': return Number.isFinite(x) ? wrapU32(Math.trunc(x)) : 0;
    case 'bool': return x !== 0 ? 1 : 0;
    default: return x;
  }
}

