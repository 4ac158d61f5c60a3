// The spec string of the synthetic motion task, as a command line takes it:
//   synthetic:motion?classes=4&train=256&val=64&frames=8&size=32&speed=2&seed=0
// Every key is optional (defaults below); an unknown key or a value out of range is a DataError.
import { DataError } from '../ir/errors.ts';

export interface MotionSpec {
  /** Directions of motion, evenly spread over the circle; the class is the direction. */
  classes: number;
  /** Clips in the training and in the validation split. */
  train: number;
  val: number;
  /** Frames per clip, and the height and width of a frame. */
  frames: number;
  size: number;
  /** Pixels the shape moves per frame. */
  speed: number;
  seed: number;
}

export const MOTION_DEFAULTS: Readonly<MotionSpec> = { classes: 4, train: 256, val: 64, frames: 8, size: 32, speed: 2, seed: 0 };

export const SYNTHETIC_PREFIX = 'synthetic:';

/** Each key's accepted values: [least, most, integer only]. */
const RANGES: Record<keyof MotionSpec, [number, number, boolean]> = {
  classes: [2, 36, true],
  train: [1, 1_000_000, true],
  val: [1, 1_000_000, true],
  frames: [2, 512, true],
  size: [8, 1024, true],
  speed: [0.25, 64, false],
  seed: [0, 2 ** 32 - 1, true],
};

export function parseSyntheticSpec(spec: string): MotionSpec {
  const body = spec.startsWith(SYNTHETIC_PREFIX) ? spec.slice(SYNTHETIC_PREFIX.length) : undefined;
  const [task, query = ''] = (body ?? '').split(/\?(.*)/s);
  if (task !== 'motion') {
    throw new DataError('unknown synthetic dataset', { loc: spec, expected: `${SYNTHETIC_PREFIX}motion[?key=value&...]`, found: body === undefined ? spec : task || 'nothing' });
  }
  const out: MotionSpec = { ...MOTION_DEFAULTS };
  const seen = new Set<string>();
  for (const pair of query ? query.split('&') : []) {
    const eq = pair.indexOf('=');
    const [key, text] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    if (!(key in RANGES)) {
      throw new DataError(`unknown key '${key}' in the synthetic dataset spec`, { loc: spec, expected: `one of ${Object.keys(RANGES).join(', ')}`, found: key || 'an empty key' });
    }
    if (seen.has(key)) throw new DataError(`key '${key}' given twice in the synthetic dataset spec`, { loc: spec });
    seen.add(key);
    const [lo, hi, integer] = RANGES[key as keyof MotionSpec];
    const v = /^[+]?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (!(v >= lo && v <= hi) || (integer && !Number.isInteger(v))) {
      throw new DataError(`bad value of '${key}' in the synthetic dataset spec`, { loc: spec, expected: `${integer ? 'an integer' : 'a number'} in ${lo}..${hi}`, found: JSON.stringify(text) });
    }
    out[key as keyof MotionSpec] = v;
  }
  if (out.speed * 4 > out.size) {
    throw new DataError('speed too high for the frame size: the shape would seem to move the other way round the wrapping frame', { loc: spec, expected: `speed <= size/4 = ${out.size / 4}`, found: String(out.speed) });
  }
  return out;
}
