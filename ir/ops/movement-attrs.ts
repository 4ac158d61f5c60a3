// Normalised attributes of slice and pad (ir/ops/movement.ts), checked against the input; shared by the
// shape rules, the references and the code generator.
import { AttrError } from '../errors.ts';
import { storeAs, type DType } from '../dtype.ts';
import { normAxes } from './util.ts';

interface SliceAxis { axis: number; start: number; step: number; size: number }

/** Normalise slice attributes against `shape`: one entry per sliced axis. */
export function sliceAxes(shape: readonly number[], a: { axes: number[]; starts: number[]; ends: number[]; steps: number[] }): SliceAxis[] {
  const n = a.axes.length;
  for (const [name, list] of [['starts', a.starts], ['ends', a.ends]] as const) {
    if (list.length !== n) throw new AttrError(`attribute '${name}' needs one entry per entry of 'axes'`, { expected: `${n} entries`, found: `${list.length}` });
  }
  if (a.steps.length !== 0 && a.steps.length !== n) {
    throw new AttrError(`attribute 'steps' needs one entry per entry of 'axes' (or none, for all 1)`, { expected: `${n} entries`, found: `${a.steps.length}` });
  }
  return normAxes(a.axes, shape.length, 'axes').map((axis, i) => {
    const dim = shape[axis];
    const bound = (v: number, name: string): number => {
      const p = v < 0 ? v + dim : v;
      if (p < 0 || p > dim) throw new AttrError(`attribute '${name}' entry ${i} is out of range for axis ${axis} of size ${dim}`, { expected: `${-dim}..${dim}`, found: String(v) });
      return p;
    };
    const start = bound(a.starts[i], 'starts');
    const end = bound(a.ends[i], 'ends');
    if (end < start) throw new AttrError(`attribute 'ends' entry ${i} lies before its start on axis ${axis}`, { expected: `end >= ${start}`, found: `${end} (given ${a.ends[i]})` });
    const step = a.steps.length ? a.steps[i] : 1;
    return { axis, start, step, size: Math.ceil((end - start) / step) };
  });
}

/** The pad fill as the dtype holds it; a fill the dtype cannot hold exactly is an error (f16 rounds, as a cast would). */
export function padFill(d: DType, value: number): number {
  const range: Partial<Record<DType, [number, number]>> = { i32: [-(2 ** 31), 2 ** 31 - 1], u32: [0, 2 ** 32 - 1], bool: [0, 1] };
  const r = range[d];
  if (r && !(Number.isInteger(value) && value >= r[0] && value <= r[1])) {
    throw new AttrError(`attribute 'value' cannot be stored in x's dtype ${d}`, { expected: `an integer in ${r[0]}..${r[1]}`, found: String(value) });
  }
  return storeAs(d, value);
}
