// Constructors for kernel-IR expressions. They fold what is foldable at compile time (constant
// arithmetic, x + 0, x * 1, x * 0 for integers) so generated source stays readable.
import type { BinOp, Expr, Fn, KType } from './kir.ts';
import { typeOf } from './kir.ts';

export const i32 = (v: number): Expr => ({ k: 'const', t: 'i32', v });
export const u32 = (v: number): Expr => ({ k: 'const', t: 'u32', v });
export const f32 = (v: number): Expr => ({ k: 'const', t: 'f32', v });
export const bool = (v: boolean): Expr => ({ k: 'const', t: 'bool', v: v ? 1 : 0 });
export const constant = (t: KType, v: number): Expr => ({ k: 'const', t, v });
export const sym = (name: string): Expr => ({ k: 'sym', name });
export const v = (name: string, t: KType): Expr => ({ k: 'var', name, t });

const isConst = (e: Expr, val?: number): e is Extract<Expr, { k: 'const' }> => e.k === 'const' && (val === undefined || e.v === val);
const isInt = (t: KType) => t === 'i32' || t === 'u32';

function foldInt(op: BinOp, a: number, b: number): number | undefined {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b !== 0 ? Math.trunc(a / b) : undefined;
    case '%': return b !== 0 ? a % b : undefined;
    case '<': return Number(a < b);
    case '<=': return Number(a <= b);
    case '>': return Number(a > b);
    case '>=': return Number(a >= b);
    case '==': return Number(a === b);
    case '!=': return Number(a !== b);
    default: return undefined;
  }
}

const COMPARE: readonly BinOp[] = ['<', '<=', '>', '>=', '==', '!='];

export function bin(op: BinOp, a: Expr, b: Expr): Expr {
  const ta = typeOf(a);
  const t: KType = COMPARE.includes(op) || op === '&&' || op === '||' ? 'bool' : ta;
  if (isInt(ta) && isConst(a) && isConst(b)) {
    const r = foldInt(op, a.v, b.v);
    if (r !== undefined && Number.isSafeInteger(r) && Math.abs(r) < 2 ** 31) return { k: 'const', t, v: r };
  }
  if (isInt(ta)) {
    if (op === '+' && isConst(b, 0)) return a;
    if (op === '+' && isConst(a, 0)) return b;
    if (op === '-' && isConst(b, 0)) return a;
    if (op === '*' && (isConst(b, 1))) return a;
    if (op === '*' && (isConst(a, 1))) return b;
    if (op === '*' && (isConst(a, 0) || isConst(b, 0))) return { k: 'const', t, v: 0 };
    if (op === '/' && isConst(b, 1)) return a;
    if (op === '%' && isConst(b, 1)) return { k: 'const', t, v: 0 };
  }
  return { k: 'bin', op, a, b, t };
}

export const add = (a: Expr, b: Expr) => bin('+', a, b);
export const sub = (a: Expr, b: Expr) => bin('-', a, b);
export const mul = (a: Expr, b: Expr) => bin('*', a, b);
export const div = (a: Expr, b: Expr) => bin('/', a, b);
export const mod = (a: Expr, b: Expr) => bin('%', a, b);
export const lt = (a: Expr, b: Expr) => bin('<', a, b);
export const le = (a: Expr, b: Expr) => bin('<=', a, b);
export const gt = (a: Expr, b: Expr) => bin('>', a, b);
export const ge = (a: Expr, b: Expr) => bin('>=', a, b);
export const eq = (a: Expr, b: Expr) => bin('==', a, b);
export const ne = (a: Expr, b: Expr) => bin('!=', a, b);

export function and(a: Expr, b: Expr): Expr {
  if (isConst(a)) return a.v ? b : a;
  if (isConst(b)) return b.v ? a : b;
  return bin('&&', a, b);
}
export function or(a: Expr, b: Expr): Expr {
  if (isConst(a)) return a.v ? a : b;
  if (isConst(b)) return b.v ? b : a;
  return bin('||', a, b);
}
export const not = (a: Expr): Expr => (isConst(a) ? bool(!a.v) : { k: 'not', a });

export const neg = (a: Expr): Expr => (isConst(a) ? { ...a, v: -a.v } : { k: 'neg', a, t: typeOf(a) });

export function call(fn: Fn, args: readonly Expr[], t?: KType): Expr {
  return { k: 'call', fn, args, t: t ?? resultOf(fn, args) };
}

function resultOf(fn: Fn, args: readonly Expr[]): KType {
  switch (fn) {
    case 'isnan': return 'bool';
    case 're': case 'im': return 'f32';
    case 'cplx': return 'c64';
    default: return typeOf(args[0]);
  }
}

export function select(cond: Expr, a: Expr, b: Expr): Expr {
  if (isConst(cond)) return cond.v ? a : b;
  return { k: 'select', cond, a, b, t: typeOf(a) };
}

export function cast(to: KType, a: Expr): Expr {
  if (typeOf(a) === to) return a;
  if (isConst(a) && to !== 'c64' && to !== 'bool' && typeOf(a) !== 'c64') {
    const val = isInt(to) ? Math.trunc(a.v) : a.v;
    return { k: 'const', t: to, v: val };
  }
  return { k: 'cast', to, a };
}

export const load = (buf: string, index: Expr, t: KType): Expr => ({ k: 'load', buf, index, t });

/** Sum of products of index expressions and strides (i32): the flat offset of a multi-index. */
export function dot(idx: readonly Expr[], strides: readonly Expr[]): Expr {
  let acc: Expr = i32(0);
  idx.forEach((e, i) => { acc = add(acc, mul(e, strides[i])); });
  return acc;
}

/** `e` (its children already in their final form) rebuilt through the folding constructors above. */
export function refold(e: Expr): Expr {
  switch (e.k) {
    case 'bin': return e.op === '&&' ? and(e.a, e.b) : e.op === '||' ? or(e.a, e.b) : bin(e.op, e.a, e.b);
    case 'select': return select(e.cond, e.a, e.b);
    case 'not': return not(e.a);
    case 'neg': return neg(e.a);
    case 'cast': return cast(e.to, e.a);
    default: return e;
  }
}
