// Checks of JSON data against a schema written as data: each check either accepts a value or throws a
// ManifestError naming the file and the JSON path of the value (`out/x/manifest.json: kernels[3].bindings[1]:
// ...`). Checks of nested values are queued rather than called, so that a deeply nested value (an edited
// kernel body) costs no stack.
import { show } from '../ir/attrs.ts';
import { ManifestError } from '../ir/errors.ts';

/** Where a value sits: its file and its JSON path. */
export class Site {
  constructor(readonly file: string, readonly path = '') {}

  at(key: string | number): Site {
    return new Site(this.file, typeof key === 'number' ? `${this.path}[${key}]` : this.path ? `${this.path}.${key}` : key);
  }

  /** `found` as it is to be printed (brief() of a JSON value). */
  fail(detail: string, expected?: string, found?: string): never {
    throw new ManifestError(`${this.file}: ${this.path || '(top level)'}: ${detail}`, {
      ...(expected !== undefined ? { expected } : {}), ...(found !== undefined ? { found } : {}),
    });
  }
}

/** A value in a few words: small scalars as written, bigger values by kind (no long text is echoed). */
export function brief(v: unknown): string {
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'object' && v !== null) return 'an object';
  const s = show(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

type Todo = readonly [Check, unknown, Site];
/** Accepts `v` at `at`, or throws; checks of parts of `v` go to `todo`. */
export type Check = (v: unknown, at: Site, todo: Todo[]) => void;

/** Runs `check` on `v` and every check it queues. */
export function validate(check: Check, v: unknown, at: Site): void {
  const todo: Todo[] = [[check, v, at]];
  for (let next = todo.pop(); next; next = todo.pop()) next[0](next[1], next[2], todo);
}

const scalar = (expected: string, ok: (v: unknown) => boolean): Check => (v, at) => {
  if (!ok(v)) at.fail(v === undefined ? 'missing' : 'wrong value', expected, brief(v));
};

export const str: Check = scalar('a string', (v) => typeof v === 'string');
export const nonEmpty: Check = scalar('a non-empty string', (v) => typeof v === 'string' && v !== '');
export const bool: Check = scalar('true or false', (v) => typeof v === 'boolean');
export const num: Check = scalar('a number', (v) => typeof v === 'number');
export const int = (min: number, max: number): Check =>
  scalar(`an integer from ${min} to ${max}`, (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max);
export const oneOf = (choices: readonly string[]): Check =>
  scalar(`one of ${choices.map((c) => JSON.stringify(c)).join(', ')}`, (v) => typeof v === 'string' && choices.includes(v));
export const pattern = (re: RegExp, expected: string): Check => scalar(expected, (v) => typeof v === 'string' && re.test(v));

/** An array whose every element passes `each` (and of `length` elements, when given). */
export const arrayOf = (each: Check, length?: number): Check => (v, at, todo) => {
  if (!Array.isArray(v)) return at.fail(v === undefined ? 'missing' : 'wrong type', length === undefined ? 'an array' : `an array of ${length}`, brief(v));
  if (length !== undefined && v.length !== length) at.fail('wrong length', `an array of ${length}`, brief(v));
  v.forEach((e, i) => todo.push([each, e, at.at(i)]));
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object with exactly the keys of `required` and, optionally, those of `optional`. */
export const record = (required: Readonly<Record<string, Check>>, optional: Readonly<Record<string, Check>> = {}): Check => (v, at, todo) => {
  if (!isObject(v)) return at.fail(v === undefined ? 'missing' : 'wrong type', 'an object', brief(v));
  for (const key of Object.keys(required)) if (!(key in v)) at.at(key).fail('missing key', describeCheck(required, optional), 'nothing');
  for (const key of Object.keys(v)) {
    const check = required[key] ?? optional[key];
    if (!Object.hasOwn(required, key) && !Object.hasOwn(optional, key)) {
      at.at(key).fail('unknown key', `one of ${[...Object.keys(required), ...Object.keys(optional)].join(', ')}`, JSON.stringify(key));
    }
    todo.push([check, v[key], at.at(key)]);
  }
};

const describeCheck = (required: Readonly<Record<string, Check>>, optional: Readonly<Record<string, Check>>): string =>
  `keys ${Object.keys(required).join(', ')}${Object.keys(optional).length ? ` (optional: ${Object.keys(optional).join(', ')})` : ''}`;

/** An object with any keys, each value passing `each`. */
export const mapOf = (each: Check): Check => (v, at, todo) => {
  if (!isObject(v)) return at.fail(v === undefined ? 'missing' : 'wrong type', 'an object', brief(v));
  for (const [key, value] of Object.entries(v)) todo.push([each, value, at.at(key)]);
};

/** One of several object shapes, told apart by the string at `tag`. */
export const tagged = (tag: string, shapes: Readonly<Record<string, Check>>): Check => (v, at, todo) => {
  if (!isObject(v)) return at.fail(v === undefined ? 'missing' : 'wrong type', 'an object', brief(v));
  const kind = v[tag];
  if (typeof kind !== 'string' || !Object.hasOwn(shapes, kind)) return at.at(tag).fail(kind === undefined ? 'missing key' : 'wrong value', `one of ${Object.keys(shapes).join(', ')}`, brief(kind));
  todo.push([shapes[kind], v, at]);
};
