// Host tensors given to a network are stored at their own dtype (an f32 tensor in a Float32Array: 4 bytes
// a value, not 8), from drawing, files and devices alike, and uploads view that storage without a copy;
// the reference interpreter still computes its results in float64.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import type { DType } from '../../ir/dtype.ts';
import { ShapeError } from '../../ir/errors.ts';
import { init } from '../../ir/init.ts';
import { hostElementBytes, Tensor } from '../../ir/tensor.ts';
import { fromDeviceData, toDeviceData } from '../../runtime/device-data.ts';
import { initParams, randomInputs } from '../../runtime/init.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { decodeSafetensors, encodeSafetensors } from '../../io/safetensors.ts';

const STORAGE: Record<DType, string> = { f32: 'Float32Array', c64: 'Float32Array', f16: 'Float32Array', i32: 'Int32Array', u32: 'Uint32Array', bool: 'Uint8Array' };
const kind = (t: Tensor) => t.data.constructor.name;

describe('host tensors at their own dtype', () => {
  it('Tensor.from stores each dtype in its own array, rounded as the dtype holds it', () => {
    for (const [dtype, name] of Object.entries(STORAGE) as [DType, string][]) expect(kind(Tensor.from(dtype, [2], dtype === 'c64' ? [1, 2, 3, 4] : [1, 2]))).toBe(name);
    expect([...Tensor.from('f32', [2], [0.1, 1e40]).data]).toEqual([Math.fround(0.1), Infinity]);
    expect([...Tensor.from('i32', [3], [2.7, -2.7, 2 ** 31]).data]).toEqual([2, -2, -(2 ** 31)]);
    expect([...Tensor.from('f16', [1], [0.1]).data]).toEqual([0.0999755859375]);
    expect([...Tensor.from('bool', [2], [5, 0]).data]).toEqual([1, 0]);
    expect(() => Tensor.from('f32', [3], [1, 2])).toThrow(ShapeError);
    expect([hostElementBytes('f32'), hostElementBytes('c64'), hostElementBytes('bool')]).toEqual([4, 8, 1]);
  });

  it('drawn inputs and parameters are stored at their dtype', () => {
    const b = new GraphBuilder('t');
    b.input('x', 'f32', [1000]);
    b.param('w', [4], init.normal(), { dtype: 'f16' });
    b.param('k', [3], init.constant(2.5), { dtype: 'i32' });
    const x = randomInputs(b.graph, 0).get('x')!;
    expect(kind(x)).toBe('Float32Array');
    const p = initParams(b.graph, 0);
    expect(kind(p.get('w')!)).toBe('Float32Array');
    expect(kind(p.get('k')!)).toBe('Int32Array');
    expect([...p.get('k')!.data]).toEqual([2, 2, 2]);
  });

  it('f32 tensors read from .safetensors keep Float32Array storage, with the same values', () => {
    const given = { a: Tensor.from('f32', [3], [0.1, -2, 3.5]), b: Tensor.from('i32', [2], [7, -7]), c: Tensor.from('bool', [2], [1, 0]), d: Tensor.from('c64', [1], [1, -1]) };
    const read = decodeSafetensors(encodeSafetensors(given)).tensors;
    for (const [name, t] of Object.entries(given)) {
      expect(kind(read.get(name)!)).toBe(STORAGE[t.dtype]);
      expect(read.get(name)!.data).toEqual(t.data);
    }
  });

  it('uploads view an f32, i32 or u32 tensor\'s storage; read-backs are stored at the dtype', () => {
    const t = Tensor.from('f32', [4], [1, 2, 3, 4]);
    const bytes = toDeviceData(t);
    expect(bytes.buffer).toBe(t.data.buffer);
    const k = Tensor.from('i32', [2], [1, 2]);
    expect(toDeviceData(k).buffer).toBe(k.data.buffer);
    const flags = Tensor.from('bool', [2], [1, 0]);
    expect(toDeviceData(flags).buffer).not.toBe(flags.data.buffer); // stored as u32 on devices: a copy
    const back = fromDeviceData('f32', [4], bytes);
    expect(kind(back)).toBe('Float32Array');
    expect(back.data).toEqual(t.data);
    expect(kind(fromDeviceData('bool', [2], toDeviceData(Tensor.from('bool', [2], [1, 0]))))).toBe('Uint8Array');
  });

  it('a computed f32 tensor (float64) is rounded to f32 on upload', () => {
    const t = new Tensor('f32', [1], Float64Array.of(0.1));
    expect([...new Float32Array(toDeviceData(t).slice().buffer)]).toEqual([Math.fround(0.1)]);
  });

  it('the reference interpreter computes at float64 from f32-stored inputs', () => {
    const b = new GraphBuilder('t');
    const x = b.input('x', 'f32', [1]);
    b.output('y', b.div(x, b.constant(3)));
    const y = runReference(b.graph, new Map([['x', Tensor.from('f32', [1], [1])]]), new Map()).outputs.get('y')!;
    expect(kind(y)).toBe('Float64Array');
    expect(y.data[0]).toBe(1 / Math.fround(3));
  });
});
