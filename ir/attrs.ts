// Attribute schemas. An op declares its attributes once; the same schema validates what a builder call,
// the text form or the JSON form supplies, fills defaults, and fixes the order attributes print in.
import { AttrError, SizeError } from './errors.ts';
import { DTYPES, isDType, type DType } from './dtype.ts';
import { SIZE_LIMIT } from './tensor.ts';

/** Attribute values are JSON-like (numbers may also be ±Infinity or NaN). */
export type AttrValue = number | boolean | string | null | AttrValue[] | { [k: string]: AttrValue };

export interface AttrSpec<T> {
  /** Human description of the accepted values, used in errors. */
  readonly describe: string;
  /** Present when the attribute may be omitted. */
  readonly fallback?: { value: T };
  check(v: unknown, name: string): T;
}

export type AttrSchema = Record<string, AttrSpec<unknown>>;
type ValueOf<S> = S extends AttrSpec<infer T> ? T : never;
/** Attributes as an op's reference, shape rule and lowering see them: all present. */
export type AttrsOf<S extends AttrSchema> = { [K in keyof S]: ValueOf<S[K]> };
/** Attributes as a caller supplies them: the ones with defaults may be left out. */
export type AttrsIn<S extends AttrSchema> =
  { [K in keyof S as S[K] extends { fallback: object } ? never : K]: ValueOf<S[K]> } &
  { [K in keyof S as S[K] extends { fallback: object } ? K : never]?: ValueOf<S[K]> };

function spec<T>(describe: string, check: (v: unknown) => T | undefined, integers = false): AttrSpec<T> & {
  default(value: T): AttrSpec<T> & { fallback: { value: T } };
} {
  const base: AttrSpec<T> = {
    describe,
    check(v, name) {
      const r = check(v);
      const huge = integers && r === undefined ? [v].flat(2).find((x) => Number.isInteger(x) && Math.abs(x as number) > SIZE_LIMIT) : undefined;
      if (huge !== undefined) {
        throw new SizeError(`attribute '${name}' is beyond kernels' 32-bit indexing`, { expected: `integers of magnitude at most ${SIZE_LIMIT}`, found: show(huge) });
      }
      if (r === undefined) throw new AttrError(`attribute '${name}'`, { expected: describe, found: show(v) });
      return r;
    },
  };
  return { ...base, default: (value: T) => ({ ...base, fallback: { value } }) };
}

export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  try {
    return typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v, (_k, x) =>
      typeof x === 'number' && !Number.isFinite(x) ? String(x) : x) ?? String(v);
  } catch {
    return String(v);
  }
}

// (integer attributes are sizes, axes, strides and offsets: kernels take them as 32-bit uniforms)
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= SIZE_LIMIT;

export const int = (min = -Infinity) =>
  spec<number>(min === -Infinity ? 'an integer' : `an integer >= ${min}`, (v) => (isInt(v) && v >= min ? v : undefined), true);

export const float = () => spec<number>('a number', (v) => (typeof v === 'number' ? v : undefined));

export const bool = () => spec<boolean>('true or false', (v) => (typeof v === 'boolean' ? v : undefined));

export const oneOf = <const C extends readonly string[]>(...choices: C) =>
  spec<C[number]>(`one of ${choices.map((c) => JSON.stringify(c)).join(', ')}`,
    (v) => (typeof v === 'string' && choices.includes(v) ? (v as C[number]) : undefined));

export const str = () => spec<string>('a string', (v) => (typeof v === 'string' ? v : undefined));

export const dtype = () => spec<DType>(`a dtype (${DTYPES.join(', ')})`, (v) => (isDType(v) ? v : undefined));

/** A list of integers, each >= min. */
export const ints = (min = -Infinity) =>
  spec<number[]>(min === -Infinity ? 'a list of integers' : `a list of integers >= ${min}`,
    (v) => (Array.isArray(v) && v.every((x) => isInt(x) && x >= min) ? [...v] : undefined), true);

/** A list of [before, after] integer pairs, each >= 0. */
export const pairs = () =>
  spec<[number, number][]>('a list of [before, after] pairs of integers >= 0', (v) =>
    Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => isInt(x) && x >= 0))
      ? v.map((p) => [p[0], p[1]] as [number, number])
      : undefined, true);

/** A list of numbers (constant data). */
export const numbers = () =>
  spec<number[]>('a list of numbers', (v) => (Array.isArray(v) && v.every((x) => typeof x === 'number') ? [...v] : undefined));

/** An integer or null. */
export const optInt = (min = -Infinity) =>
  spec<number | null>(`an integer >= ${min} or null`, (v) => (v === null ? null : isInt(v) && v >= min ? v : undefined), true);

/** Any JSON object validated by a function that returns an error text or the checked value. */
export const object = <T>(describe: string, check: (v: unknown) => T | undefined) => spec<T>(describe, check);

/** Validate raw attributes against a schema: unknown keys are errors, defaults fill omissions, and
 *  the result has the schema's key order (which is the order the text form prints). */
export function checkAttrs<S extends AttrSchema>(schema: S, raw: Record<string, unknown>, op: string): AttrsOf<S> {
  for (const k of Object.keys(raw)) {
    if (!Object.hasOwn(schema, k)) {
      const known = Object.keys(schema);
      throw new AttrError(`unknown attribute '${k}' for op '${op}'`, {
        expected: known.length ? `one of ${known.join(', ')}` : 'no attributes',
        found: k,
      });
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(schema)) {
    const v = raw[k];
    if (v === undefined) {
      if (!s.fallback) throw new AttrError(`missing attribute '${k}' for op '${op}'`, { expected: s.describe, found: 'nothing' });
      out[k] = structuredClone(s.fallback.value);
    } else {
      out[k] = s.check(v, k);
    }
  }
  return out as AttrsOf<S>;
}
