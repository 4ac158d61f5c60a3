// The bounded splat (codegen/splat-bounds.ts): a deterministic bilinear_splat becomes sample_table and
// bilinear_splat_bounded, which give the same bits as the plain splat's kernel on every splat case, on
// the CPU kernel interpreter, as built and specialised; when the rewrite applies and when it does not;
// and the bounded form is refused by autodiff with a typed error.
import { describe, expect, it } from 'vitest';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import { splatBlockFor } from '../../codegen/splat-bounds.ts';
import { grad } from '../../ir/autodiff/grad.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { NotDifferentiableError, TargetError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { cases as SAMPLING_CASES } from '../cases/sampling.ts';
import { caseGraph, caseId, caseInputs } from '../helpers/cases.ts';
import { checked, launchOps, specialised } from '../helpers/fusion-check.ts';

const sameBits = (a: Tensor, b: Tensor): boolean => a.data.length === b.data.length && a.data.every((v, i) => Object.is(v, b.data[i]));

/** A splat of `values` (B, C, K, H, W) sampled around each pixel of an H x W grid (deformable taps). */
function gridSplat(B: number, C: number, K: number, H: number, W: number) {
  const b = new GraphBuilder();
  const values = b.input('v', 'f32', [B, C, K, H, W]);
  const y = b.input('y', 'f32', [B, K, H, W]), x = b.input('x', 'f32', [B, K, H, W]);
  b.output('out', b.bilinear_splat(values, y, x, { size: [H, W] }));
  return b.build();
}

/** Values, and coordinates within 1.5 pixels of each tap's grid position, for gridSplat's graph. */
function gridInputs(B: number, C: number, K: number, H: number, W: number): Map<string, Tensor> {
  const rng = new Rng(3);
  const n = B * K * H * W;
  const jitter = () => Math.fround(rng.uniform(-1.5, 1.5));
  return new Map([
    ['v', Tensor.from('f32', [B, C, K, H, W], Array.from({ length: B * C * K * H * W }, jitter))],
    ['y', Tensor.from('f32', [B, K, H, W], Array.from({ length: n }, (_, i) => Math.floor(i / W) % H + jitter()))],
    ['x', Tensor.from('f32', [B, K, H, W], Array.from({ length: n }, (_, i) => i % W + jitter()))],
  ]);
}

describe('bounded splat: the same bits as the plain splat', () => {
  for (const c of SAMPLING_CASES.filter((c) => c.op === 'bilinear_splat')) {
    it(caseId(c), () => {
      const g = caseGraph(c);
      const inputs = new Map(caseInputs(c).map((t, i) => [`x${i}`, t]));
      const plain = runOnCpu(compileGraph(g, { splatBlock: 0 }), inputs, new Map()).get('y')!;
      const samples = c.inputs[1].shape.slice(1).reduce((p, q) => p * q, 1);
      for (const block of [1, 2, 3]) {
        const program = compileGraph(g, { splatBlock: block });
        // a splat of one block keeps the plain kernel
        expect(launchOps(program).join(' | ')).toBe(samples > block ? 'reshape+reshape+sample_table | bilinear_splat_bounded' : 'bilinear_splat');
        for (const p of [program, specialised(program)] as Program[]) {
          expect(sameBits(runOnCpu(p, inputs, new Map()).get('y')!, plain), `block ${block}`).toBe(true);
        }
      }
    });
  }
});

describe('bounded splat: when the compiler bounds a splat', () => {
  it('blocks of about sqrt(H W) samples, a power of two within [8, 256]', () => {
    expect([[1, 1], [7, 7], [14, 14], [28, 28], [56, 56], [4, 1000], [512, 512]].map(([h, w]) => splatBlockFor(h, w))).toEqual([8, 8, 16, 32, 64, 64, 256]);
  });

  it('a splat of deformable taps over a 14 x 14 grid is bounded by default, in blocks of 16, and matches the reference', () => {
    const g = gridSplat(1, 2, 9, 14, 14);
    const program = compileGraph(g);
    expect(launchOps(program)).toEqual(['reshape+reshape+sample_table', 'bilinear_splat_bounded']);
    expect(program.graph!.nodes.find((n) => n.op === 'sample_table')!.attrs.block).toBe(16);
    checked(g, {}, gridInputs(1, 2, 9, 14, 14));
  });

  it('splats onto small images (a pixel would visit more than half the samples), splatBlock 0 and the atomic strategy keep bilinear_splat', () => {
    // 4 x 4: 144 samples in blocks of 8, 18 bounds and about 9 (8 + 8) samples a pixel
    expect(launchOps(compileGraph(gridSplat(1, 2, 9, 4, 4)))).toEqual(['bilinear_splat']);
    expect(launchOps(compileGraph(gridSplat(1, 2, 9, 8, 8)))).toEqual(['reshape+reshape+sample_table', 'bilinear_splat_bounded']);
    expect(launchOps(compileGraph(gridSplat(1, 2, 9, 14, 14), { splatBlock: 0 }))).toEqual(['bilinear_splat']);
    // (the atomic splat: a zero-fill launch, then the splat)
    expect(launchOps(compileGraph(gridSplat(1, 2, 9, 14, 14), { scatter: 'atomic' }))).toEqual(['bilinear_splat', 'bilinear_splat']);
  });

  it('splatBlock must be a whole number of samples', () => {
    for (const bad of [-1, 1.5, NaN]) {
      expect(() => compileGraph(gridSplat(1, 1, 1, 3, 3), { splatBlock: bad })).toThrow(TargetError);
    }
    expect(() => compileGraph(gridSplat(1, 1, 1, 3, 3), { splatBlock: -1 })).toThrow(/splatBlock must be a whole number of samples \(expected an integer >= 0, found -1\)/);
  });
});

describe('bounded splat: autodiff', () => {
  it('has no gradient: differentiate before compiling (a typed error naming the node)', () => {
    const b = new GraphBuilder();
    const v = b.input('v', 'f32', [1, 1, 4]);
    const y = b.input('y', 'f32', [1, 4]), x = b.input('x', 'f32', [1, 4]);
    const table = b.sample_table(y, x, { size: [3, 3], block: 2 });
    b.output('loss', b.sum(b.bilinear_splat_bounded(v, table, { size: [3, 3], block: 2 }), { axes: [0, 1, 2, 3] }));
    const g = b.build();
    expect(() => grad(g, { of: 'loss', wrt: ['v'] })).toThrow(NotDifferentiableError);
    expect(() => grad(g, { of: 'loss', wrt: ['v'] })).toThrow(/%\d+ = bilinear_splat_bounded: bilinear_splat_bounded is the form the compiler gives bilinear_splat; differentiate the graph before compiling it/);
    expect(() => grad(g, { of: 'loss', wrt: ['y'] })).toThrow(NotDifferentiableError);
  });
});
