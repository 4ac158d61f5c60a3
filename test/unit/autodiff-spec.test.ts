import { describe, expect, it } from 'vitest';
import { grad } from '../../ir/autodiff/grad.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { Tensor } from '../../ir/tensor.ts';
import { cosineSelect, cosineSelectIndices } from '../../nn/cossim.ts';
import { sgs, sgsKernels } from '../../nn/sgs.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { randomParams } from '../helpers/graph-oracle.ts';

const t = (shape: number[], v: number[]) => Tensor.from('f32', shape, v);

describe('bilinear gradients', () => {
  it('a NaN coordinate gives and gets nothing, whatever its cotangent, and poisons no other sample', () => {
    const b = new GraphBuilder();
    const image = b.input('image', 'f32', [1, 1, 2, 2]);
    const y = b.input('y', 'f32', [1, 3]), x = b.input('x', 'f32', [1, 3]);
    b.output('v', b.bilinear(image, y, x));
    const g = grad(b.build(), { of: 'v', wrt: ['image', 'y', 'x'], seed: 'input' });
    const out = runReference(g, {
      image: t([1, 1, 2, 2], [1, 2, 3, 5]), y: t([1, 3], [NaN, 0.5, 0.25]), x: t([1, 3], [0.5, NaN, 0.5]), 'grad_in:v': t([1, 1, 3], [Infinity, NaN, 2]),
    }, {}).outputs;
    // only the third sample (0.25, 0.5) counts: corner weights 0.375, 0.375, 0.125, 0.125, times its cotangent 2
    expect([...out.get('grad:image')!.data]).toEqual([0.75, 0.75, 0.25, 0.25]);
    // dv/dy = 0.5 (5 - 2) + 0.5 (3 - 1) = 2.5, dv/dx = 0.25 (5 - 3) + 0.75 (2 - 1) = 1.25
    expect([...out.get('grad:y')!.data]).toEqual([0, 0, 5]);
    expect([...out.get('grad:x')!.data]).toEqual([0, 0, 2.5]);
  });
});

describe('bilinear gradients in f16', () => {
  it('scatter to pixel numbers past 2048 exactly (the index is integer arithmetic)', () => {
    const b = new GraphBuilder();
    const image = b.input('image', 'f16', [1, 1, 3, 1500]);
    b.output('v', b.bilinear(image, b.input('y', 'f16', [1, 1]), b.input('x', 'f16', [1, 1])));
    const g = grad(b.build(), { of: 'v', wrt: ['image'], seed: 'input' });
    const h = (shape: number[], v: number[]) => Tensor.from('f16', shape, v);
    const out = runReference(g, { image: h([1, 1, 3, 1500], Array(4500).fill(1)), y: h([1, 1], [2]), x: h([1, 1], [3.5]), 'grad_in:v': h([1, 1, 1], [1]) }, {}).outputs;
    const gi = out.get('grad:image')!.data;
    // pixel 2 · 1500 + 3 = 3003, which f16 would round to 3004
    expect([gi[3003], gi[3004]]).toEqual([0.5, 0.5]);
    expect(Array.from(gi).reduce((p, q) => p + q, 0)).toBe(1);
  });
});

describe('SGS gradients (§4.3)', () => {
  it("the linear kernel's derivative in d is the official one: +1 on [μ-1, μ], -1 on (μ, μ+1], 0 outside", () => {
    const b = new GraphBuilder();
    const d = b.input('d', 'f32', [1, 9]);
    b.output('k', sgsKernels(b, d, 2, 'linear'));
    const g = grad(b.build(), { of: 'k', wrt: ['d'], seed: 'input' });
    // bin 0 (μ = 1) passes its cotangent times 1, bin 1 (μ = 3) times 2
    const cot = t([1, 2, 9], [...Array(9).fill(1), ...Array(9).fill(2)]);
    const out = runReference(g, { d: t([1, 9], [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5]), 'grad_in:k': cot }, {}).outputs;
    // d = 1 and d = 3 sit on a centre (+1, not abs's 0); d = 2 is bin 0's right edge (-1) and bin 1's left (+2)
    expect([...out.get('grad:d')!.data]).toEqual([1, 1, 1, -1, 1, 2, 2, -2, 0]);
  });

  it('frames past a clip\'s active bins pass no gradient to the input or any parameter', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 4, 5, 1, 1]);
    const r = sgs(b, x, { training: false });
    b.output('y', r.y);
    b.output('lengths', r.lengths);
    const f = b.build();
    const params = randomParams(f, 3);
    const trainable = f.params().filter((p) => p.attrs.trainable === true).map((p) => p.attrs.name as string);
    const g = grad(f, { of: 'y', wrt: ['x', ...trainable], seed: 'input' });
    // clip 0 repeats one frame (one active bin), clip 1 is random (several)
    const frame = [0.5, -1, 2, 0.25];
    const values = [...Array.from({ length: 4 }, (_, c) => Array(5).fill(frame[c])).flat(), ...Array.from({ length: 20 }, (_, i) => Math.sin(3 * i + 1))];
    const inputs = { x: t([2, 4, 5, 1, 1], values) };
    const lengthsOf = [...runReference(f, inputs, params).outputs.get('lengths')!.data];
    expect(lengthsOf[0]).toBe(1);
    expect(lengthsOf[1]).toBeGreaterThan(1);
    const cotangent = (padded: boolean) => t([2, 4, 5, 1, 1], Array.from({ length: 40 }, (_, i) => {
      const n = Math.floor(i / 20), j = i % 5;
      return (j >= lengthsOf[n]) === padded ? 1 + (i % 3) : 0;
    }));
    const grads = (padded: boolean) => runReference(g, { ...inputs, 'grad_in:y': cotangent(padded) }, params).outputs;
    const onPadded = grads(true);
    for (const name of ['x', ...trainable]) expect([...onPadded.get(`grad:${name}`)!.data].every((v) => v === 0), name).toBe(true);
    // the same cotangent on the valid frames does reach the input
    expect([...grads(false).get('grad:x')!.data].some((v) => v !== 0)).toBe(true);
  });
});

describe('cosine frame selection', () => {
  it('passes the gradient to the selected frames only, each its own slot of the cotangent', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [1, 2, 7, 1, 1]);
    b.output('y', cosineSelect(b, x, { variant: 'code' }));
    b.output('idx', cosineSelectIndices(b, x, { variant: 'code' }));
    const g = grad(b.build(), { of: 'y', wrt: ['x'], seed: 'input' });
    const xv = t([1, 2, 7, 1, 1], Array.from({ length: 14 }, (_, i) => Math.cos(2 * i) + 0.1 * i));
    const cot = t([1, 2, 3, 1, 1], [1, 2, 3, 4, 5, 6]);
    const out = runReference(g, { x: xv, 'grad_in:y': cot }, {}).outputs;
    const idx = [...out.get('idx')!.data];
    const want = Array.from({ length: 14 }, (_, i) => {
      const c = Math.floor(i / 7), slot = idx.indexOf(i % 7);
      return slot < 0 ? 0 : cot.data[c * 3 + slot];
    });
    expect(idx).toHaveLength(3);
    expect([...out.get('grad:x')!.data]).toEqual(want);
  });
});
