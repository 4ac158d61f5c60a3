// Mutation fuzzing of the project's parsers: a seeded generator per case (so a failing case reruns
// alone from its seed and index), mutators for bytes, JSON values and .tfir tokens, and a tally that
// checks the property every parser owes its caller: each input ends in a typed error (TempofuseError)
// or in a result that passes the caller's correctness check, within a time budget. Anything else (a
// TypeError, RangeError, plain Error, a failed check, a slow case) is recorded as a failure with the
// mutations that made the input.
//
// TEMPOFUSE_FUZZ_SEED and TEMPOFUSE_FUZZ_COUNT override the seed and the number of cases per format.
import { TempofuseError } from '../../ir/errors.ts';
import { Rng } from '../../runtime/random.ts';

export interface FuzzConfig {
  readonly seed: number;
  readonly count: number;
}

export function fuzzConfig(defaultCount: number): FuzzConfig {
  const read = (name: string, fallback: number): number => {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return fallback;
    const v = Number(raw);
    if (!Number.isInteger(v) || v < 0) throw new Error(`${name} must be an integer >= 0, found ${JSON.stringify(raw)}`);
    return v;
  };
  return { seed: read('TEMPOFUSE_FUZZ_SEED', 20261206), count: read('TEMPOFUSE_FUZZ_COUNT', defaultCount) };
}

/** The generator of case `index`: independent of every other case, so one case replays alone. */
export const caseRng = (seed: number, index: number): Rng => new Rng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + index * 0x27d4eb2f);

/** A correct result that fails its check: thrown by the checks, counted as a failure. */
export class PropertyViolation extends Error {}

export function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new PropertyViolation(what);
}

export interface FuzzFailure {
  readonly index: number;
  readonly mutations: string;
  readonly error: string;
}

/** Counts outcomes for one format and keeps the failures. */
export class FuzzTally {
  cases = 0;
  typed = 0;
  parsed = 0;
  readonly failures: FuzzFailure[] = [];
  private readonly typedClasses = new Map<string, number>();

  constructor(readonly format: string, readonly config: FuzzConfig, readonly budgetMs = 2000) {}

  /** Runs one case: `body` parses the mutated input and checks any result it gives. */
  async run(index: number, mutations: readonly string[], body: () => unknown): Promise<void> {
    this.cases++;
    const start = performance.now();
    let error: string | undefined;
    try {
      await body();
      this.parsed++;
    } catch (e) {
      if (e instanceof TempofuseError) {
        this.typed++;
        this.typedClasses.set(e.name, (this.typedClasses.get(e.name) ?? 0) + 1);
      } else error = e instanceof PropertyViolation ? `wrong answer: ${e.message}` : `untyped ${(e as Error)?.name ?? typeof e}: ${(e as Error)?.message ?? String(e)}`;
    }
    const ms = performance.now() - start;
    if (error === undefined && ms > this.budgetMs) error = `slow: ${ms.toFixed(0)} ms (budget ${this.budgetMs} ms)`;
    if (error !== undefined) this.failures.push({ index, mutations: mutations.join(' + ').slice(0, 300), error: error.slice(0, 300) });
  }

  /** The line CI logs show. */
  summary(): string {
    const classes = [...this.typedClasses].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    return `fuzz ${this.format}: ${this.cases} cases, ${this.typed} typed errors, ${this.parsed} parsed, ${this.failures.length} failures `
      + `(seed ${this.config.seed}; typed: ${classes || 'none'})`;
  }

  /** What a failing test prints: the first failures, each with how to replay it. */
  report(limit = 20): string {
    return this.failures.slice(0, limit).map((f) => `case ${f.index} [${f.mutations}]: ${f.error}`).join('\n');
  }
}

export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(0, xs.length)];

// ---- bytes ------------------------------------------------------------------------------------------

const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x22, 0x5b, 0x7b, 0x2c, 0x3a];

/** One random byte-level mutation inside [lo, hi) of `b` (default: anywhere): flip a bit, set a byte,
 *  truncate, insert, delete or duplicate a run. */
export function mutateBytes(rng: Rng, b: Uint8Array, lo = 0, hi = b.length): { bytes: Uint8Array; name: string } {
  const at = b.length ? rng.int(lo, Math.max(lo + 1, Math.min(hi, b.length))) : 0;
  const join = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) { out.set(p, o); o += p.length; }
    return out;
  };
  switch (rng.int(0, 6)) {
    case 0: {
      const out = b.slice();
      if (out.length) out[at] ^= 1 << rng.int(0, 8);
      return { bytes: out, name: `flip bit @${at}` };
    }
    case 1: {
      const out = b.slice();
      if (out.length) out[at] = rng.next() < 0.5 ? pick(rng, INTERESTING_BYTES) : rng.int(0, 256);
      return { bytes: out, name: `set byte @${at}` };
    }
    case 2: return { bytes: b.slice(0, at), name: `truncate to ${at}` };
    case 3: {
      const ins = Uint8Array.from({ length: rng.int(1, 9) }, () => (rng.next() < 0.5 ? pick(rng, INTERESTING_BYTES) : rng.int(0, 256)));
      return { bytes: join(b.subarray(0, at), ins, b.subarray(at)), name: `insert ${ins.length} @${at}` };
    }
    case 4: {
      const n = rng.int(1, 17);
      return { bytes: join(b.subarray(0, at), b.subarray(at + n)), name: `delete ${n} @${at}` };
    }
    default: {
      const n = rng.int(1, 17);
      return { bytes: join(b.subarray(0, at + n), b.subarray(at, at + n), b.subarray(at + n)), name: `duplicate ${n} @${at}` };
    }
  }
}

// ---- JSON values ------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Slot = { parent: Json[] | { [k: string]: Json }; key: string | number; path: string };

/** Every position in `v` that holds a value (not the root), with its path (cut short past 60
 *  characters, so that deep nesting costs linear time); iterative, for any depth. */
function slots(v: Json): Slot[] {
  const out: Slot[] = [];
  const stack: [Json, string][] = [[v, '$']];
  const extend = (path: string, seg: string) => (path.length < 60 ? path + seg : path.endsWith('...') ? path : `${path}...`);
  while (stack.length) {
    const [x, path] = stack.pop()!;
    if (x === null || typeof x !== 'object') continue;
    for (const k of Object.keys(x)) {
      const p = extend(path, Array.isArray(x) ? `[${k}]` : `.${k}`);
      const key = Array.isArray(x) ? Number(k) : k;
      out.push({ parent: x, key, path: p });
      stack.push([(x as Record<string, Json>)[k], p]);
    }
  }
  return out;
}

const HUGE = [2 ** 31, 2 ** 31 - 1, 2 ** 32, 2 ** 53, 2 ** 53 + 2, 1e21, 1e308, Number.MAX_SAFE_INTEGER, 3 * 2 ** 30];
const NEGATIVE = [-1, -2, -0.5, -(2 ** 31), -1e308];
const MARKERS = ['nan', 'inf', '-inf', '-0', 'NaN', 'Infinity', '1e999'];
const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'extra', ''];
const ODD_STRINGS = ['', 'x', '../../escaped', 'constructor', '__proto__', 'f64', 'F64', 'a'.repeat(300), '\u0000', '%0'];
const OTHER_TYPES: Json[] = [null, true, false, 0, 1, 1.5, '', 'x', [], {}, [1, 2], { a: 1 }];

/** A deep copy, iteratively (structuredClone overflows the stack on deep nesting). */
export function cloneJson(v: Json): Json {
  const copy = (x: Json): Json => (Array.isArray(x) ? new Array<Json>(x.length) : x !== null && typeof x === 'object' ? {} : x);
  const root = copy(v);
  const stack: [Json, Json][] = [[v, root]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    if (from === null || typeof from !== 'object') continue;
    for (const k of Object.keys(from)) {
      const c = copy((from as Record<string, Json>)[k]);
      // defineProperty: a key "__proto__" stays an own key, as JSON.parse makes it
      Object.defineProperty(to, k, { value: c, enumerable: true, writable: true, configurable: true });
      stack.push([(from as Record<string, Json>)[k], c]);
    }
  }
  return root;
}

/** Wraps `v` in `depth` arrays or objects, built iteratively. */
export function nest(v: Json, depth: number, inObjects: boolean): Json {
  let x = v;
  for (let i = 0; i < depth; i++) x = inObjects ? { k: x } : [x];
  return x;
}

/** One structural mutation of a (deep-copied) JSON value, in place of its parts; returns the new root
 *  and a name for the mutation. `names` lists strings worth duplicating (tensor, node or output names). */
export function mutateJson(rng: Rng, root: Json, names: readonly string[] = []): { value: Json; name: string } {
  const all = slots(root);
  if (!all.length) return { value: pick(rng, OTHER_TYPES), name: 'replace root' };
  const s = pick(rng, all);
  const cur = (s.parent as Record<string | number, Json>)[s.key];
  const set = (v: Json) => { (s.parent as Record<string | number, Json>)[s.key] = v; };
  const kind = rng.int(0, 12);
  switch (kind) {
    case 0: // delete a key or an element
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
      else delete s.parent[s.key as string];
      return { value: root, name: `delete ${s.path}` };
    case 1: { const v = pick(rng, OTHER_TYPES); set(cloneJson(v)); return { value: root, name: `type ${s.path}=${JSON.stringify(v)}` }; }
    case 2: { const v = pick(rng, HUGE); set(typeof cur === 'number' && rng.next() < 0.3 ? cur + v : v); return { value: root, name: `huge ${s.path}` }; }
    case 3: { const v = typeof cur === 'number' && rng.next() < 0.5 ? -cur : pick(rng, NEGATIVE); set(v); return { value: root, name: `negative ${s.path}=${v}` }; }
    case 4: { const v = pick(rng, MARKERS); set(v); return { value: root, name: `marker ${s.path}=${v}` }; }
    case 5: {
      const depth = pick(rng, [2, 50, 2000, 20000]);
      set(nest(cur, depth, rng.next() < 0.5));
      return { value: root, name: `nest ${s.path} x${depth}` };
    }
    case 6: { // duplicate a name somewhere a string is
      if (!names.length || typeof cur !== 'string') break;
      const v = pick(rng, names);
      set(v);
      return { value: root, name: `rename ${s.path}=${JSON.stringify(v)}` };
    }
    case 7: { // add a key or an element
      if (Array.isArray(cur)) { cur.splice(rng.int(0, cur.length + 1), 0, cur.length ? cloneJson(pick(rng, cur)) : 0); return { value: root, name: `grow ${s.path}` }; }
      if (cur !== null && typeof cur === 'object') { const k = pick(rng, ODD_KEYS); Object.defineProperty(cur, k, { value: 1, enumerable: true, writable: true, configurable: true }); return { value: root, name: `add key ${s.path}.${k}` }; }
      break;
    }
    case 8: { // nudge a number
      if (typeof cur !== 'number') break;
      const v = pick(rng, [cur + 1, cur - 1, cur * 2, cur + 0.5, 0, cur * 1e6]);
      set(v);
      return { value: root, name: `nudge ${s.path}=${v}` };
    }
    case 9: { // swap two elements of an array
      if (!Array.isArray(s.parent) || s.parent.length < 2) break;
      const j = rng.int(0, s.parent.length);
      const i = s.key as number;
      [s.parent[i], s.parent[j]] = [s.parent[j], s.parent[i]];
      return { value: root, name: `swap ${s.path} with [${j}]` };
    }
    case 10: { const v = pick(rng, ODD_STRINGS); set(v); return { value: root, name: `string ${s.path}=${JSON.stringify(v.slice(0, 12))}` }; }
    default: { // copy a value from another place
      const o = pick(rng, all);
      set(cloneJson((o.parent as Record<string | number, Json>)[o.key]));
      return { value: root, name: `copy ${o.path} to ${s.path}` };
    }
  }
  // the drawn mutation did not apply here: change the type instead
  set(null);
  return { value: root, name: `type ${s.path}=null` };
}

/** `n` JSON mutations in a row. */
export function mutateJsonTimes(rng: Rng, value: Json, n: number, names: readonly string[] = []): { value: Json; names: string[] } {
  let v = cloneJson(value);
  const done: string[] = [];
  for (let i = 0; i < n; i++) {
    const m = mutateJson(rng, v, names);
    v = m.value;
    done.push(m.name);
  }
  return { value: v, names: done };
}

export type { Json };

// ---- .tfir tokens -----------------------------------------------------------------------------------

// (a run of brackets is one token, so that a value nested 20,000 deep stays cheap to mutate again)
const TOKEN = /"(?:[^"\\\n]|\\.)*"|%[A-Za-z0-9_.]+|-?\d[\w.+-]*|[A-Za-z_][A-Za-z0-9_.]*|\s+|#[^\n]*|\[+|\]+|./gs;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const TOKEN_DICT = [
  '%0', '%1', '%999', '%', '0', '-1', '1e309', '2147483648', '1.5', '-0', 'nan', 'inf', '-inf', 'true', 'null',
  '"', '"x"', '""', '{', '}', '[', ']', '(', ')', ',', '=', ':', '@', '#', '\n', 'graph', 'output', 'input',
  'param', 'const', 'add', 'conv', 'reshape', 'sum', 'f32', 'i32', 'c64', 'bool', 'f64', 'shape', 'name', 'dtype', '\\', '\u0000',
];

/** One token-level mutation of a .tfir text: delete, duplicate, swap, replace or insert a token, turn a
 *  number huge or negative, reuse a label, nest an attribute value deeply, or a byte-level change. */
export function mutateTokens(rng: Rng, text: string): { text: string; name: string } {
  const toks = tokens(text);
  const solid = toks.map((t, i) => [t, i] as const).filter(([t]) => !/^\s/.test(t));
  if (!solid.length) return { text: pick(rng, TOKEN_DICT), name: 'replace all' };
  const [tok, i] = pick(rng, solid);
  const out = toks.slice();
  switch (rng.int(0, 9)) {
    case 0: out.splice(i, 1); return { text: out.join(''), name: `delete token ${i} ${JSON.stringify(tok)}` };
    case 1: out.splice(i, 0, tok); return { text: out.join(''), name: `duplicate token ${i}` };
    case 2: { const [, j] = pick(rng, solid); [out[i], out[j]] = [out[j], out[i]]; return { text: out.join(''), name: `swap tokens ${i} ${j}` }; }
    case 3: { const r = rng.next() < 0.5 ? pick(rng, TOKEN_DICT) : pick(rng, solid)[0]; out[i] = r; return { text: out.join(''), name: `replace token ${i} with ${JSON.stringify(r)}` }; }
    case 4: { const r = pick(rng, TOKEN_DICT); out.splice(i, 0, r, ' '); return { text: out.join(''), name: `insert ${JSON.stringify(r)} at ${i}` }; }
    case 5: {
      const nums = solid.filter(([t]) => /^-?\d/.test(t));
      if (!nums.length) break;
      const [, j] = pick(rng, nums);
      const r = String(pick(rng, [...HUGE, ...NEGATIVE, 0, 1e-320, 0.5]));
      out[j] = r;
      return { text: out.join(''), name: `number token ${j}=${r}` };
    }
    case 6: {
      const labels = solid.filter(([t]) => t.startsWith('%'));
      if (labels.length < 2) break;
      const [, j] = pick(rng, labels);
      out[j] = pick(rng, labels)[0];
      return { text: out.join(''), name: `relabel token ${j}=${out[j]}` };
    }
    case 7: {
      const eqs = solid.filter(([t], k) => t === '=' && k > 0);
      const depth = pick(rng, [3, 33, 100, 20000]);
      if (!eqs.length) break;
      const [, j] = pick(rng, eqs);
      out.splice(j + 1, 0, '['.repeat(depth) + ']'.repeat(depth));
      return { text: out.join(''), name: `nest value at ${j} x${depth}` };
    }
    default: break;
  }
  const m = mutateBytes(rng, new TextEncoder().encode(text));
  return { text: new TextDecoder().decode(m.bytes), name: m.name };
}

/** JSON text of `v`, iteratively: JSON.stringify overflows the stack on values nested a few thousand deep,
 *  which the mutators make on purpose. The stack holds values still to write and literal text. */
export function stringifyDeep(v: Json): string {
  const out: string[] = [];
  const stack: ({ value: Json } | { text: string })[] = [{ value: v }];
  while (stack.length) {
    const item = stack.pop()!;
    if ('text' in item) { out.push(item.text); continue; }
    const x = item.value;
    if (x === null || typeof x !== 'object') { out.push(JSON.stringify(x) ?? 'null'); continue; }
    const keys = Array.isArray(x) ? null : Object.keys(x);
    out.push(keys ? '{' : '[');
    stack.push({ text: keys ? '}' : ']' });
    const n = keys ? keys.length : (x as Json[]).length;
    for (let i = n - 1; i >= 0; i--) {
      stack.push({ value: keys ? (x as Record<string, Json>)[keys[i]] : (x as Json[])[i] });
      const sep = i ? ',' : '';
      stack.push({ text: keys ? `${sep}${JSON.stringify(keys[i])}:` : sep });
    }
  }
  return out.join('');
}
