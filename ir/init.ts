// Parameter initialisers. A param node carries its init spec as an attribute; runtime/init.ts draws
// the values. Fans follow PyTorch: fan_in = shape[1] * receptive field, fan_out = shape[0] * receptive field.
import { object } from './attrs.ts';

export type Nonlinearity = 'linear' | 'relu' | 'leaky_relu' | 'tanh' | 'sigmoid';

export type InitSpec =
  | { kind: 'zeros' }
  | { kind: 'ones' }
  | { kind: 'constant'; value: number }
  | { kind: 'normal'; mean: number; std: number }
  | { kind: 'uniform'; low: number; high: number }
  | { kind: 'kaiming_normal' | 'kaiming_uniform'; mode: 'fan_in' | 'fan_out'; nonlinearity: Nonlinearity; a: number };

const NONLIN = ['linear', 'relu', 'leaky_relu', 'tanh', 'sigmoid'];
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkInit(v: unknown): InitSpec | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).sort().join(',');
  switch (o.kind) {
    case 'zeros': case 'ones':
      return keys === 'kind' ? { kind: o.kind } : undefined;
    case 'constant':
      return keys === 'kind,value' && num(o.value) ? { kind: 'constant', value: o.value } : undefined;
    case 'normal':
      return keys === 'kind,mean,std' && num(o.mean) && num(o.std) && o.std >= 0 ? { kind: 'normal', mean: o.mean, std: o.std } : undefined;
    case 'uniform':
      return keys === 'high,kind,low' && num(o.low) && num(o.high) && o.low <= o.high ? { kind: 'uniform', low: o.low, high: o.high } : undefined;
    case 'kaiming_normal': case 'kaiming_uniform':
      return keys === 'a,kind,mode,nonlinearity' && (o.mode === 'fan_in' || o.mode === 'fan_out') &&
        typeof o.nonlinearity === 'string' && NONLIN.includes(o.nonlinearity) && num(o.a)
        ? { kind: o.kind, mode: o.mode, nonlinearity: o.nonlinearity as Nonlinearity, a: o.a }
        : undefined;
    default:
      return undefined;
  }
}

export const initAttr = () => object<InitSpec>(
  'an init spec: {kind:"zeros"|"ones"}, {kind:"constant",value}, {kind:"normal",mean,std}, {kind:"uniform",low,high}, ' +
  'or {kind:"kaiming_normal"|"kaiming_uniform",mode:"fan_in"|"fan_out",nonlinearity,a}',
  checkInit,
);

/** Shorthands for builder calls. */
export const init = {
  zeros: (): InitSpec => ({ kind: 'zeros' }),
  ones: (): InitSpec => ({ kind: 'ones' }),
  constant: (value: number): InitSpec => ({ kind: 'constant', value }),
  normal: (std = 1, mean = 0): InitSpec => ({ kind: 'normal', mean, std }),
  uniform: (low: number, high: number): InitSpec => ({ kind: 'uniform', low, high }),
  kaimingNormal: (mode: 'fan_in' | 'fan_out' = 'fan_in', nonlinearity: Nonlinearity = 'leaky_relu', a = 0): InitSpec =>
    ({ kind: 'kaiming_normal', mode, nonlinearity, a }),
  kaimingUniform: (mode: 'fan_in' | 'fan_out' = 'fan_in', nonlinearity: Nonlinearity = 'leaky_relu', a = 0): InitSpec =>
    ({ kind: 'kaiming_uniform', mode, nonlinearity, a }),
};

/** PyTorch's fan computation for a weight of the given shape. */
export function fans(shape: readonly number[]): { fanIn: number; fanOut: number } {
  if (shape.length < 2) return { fanIn: shape[0] ?? 1, fanOut: shape[0] ?? 1 };
  const rf = shape.slice(2).reduce((a, b) => a * b, 1);
  return { fanIn: shape[1] * rf, fanOut: shape[0] * rf };
}

/** PyTorch's calculate_gain. */
export function gain(nl: Nonlinearity, a: number): number {
  switch (nl) {
    case 'linear': case 'sigmoid': return 1;
    case 'relu': return Math.SQRT2;
    case 'leaky_relu': return Math.sqrt(2 / (1 + a * a));
    case 'tanh': return 5 / 3;
  }
}
