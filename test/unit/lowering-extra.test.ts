// Lowerings of the FFT, complex, sampling and selection ops beyond the single-op cases: fused chains
// through them, the FFTs' f32 accuracy over every length up to 64, straight-line short transforms, kernel sharing across sizes, and
// gather's run-time index check.
import { describe, expect, it } from 'vitest';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import type { DType } from '../../ir/dtype.ts';
import { ExecutionError } from '../../ir/errors.ts';
import type { Graph } from '../../ir/graph.ts';
import type { Stmt } from '../../codegen/kir.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { runOnCpu } from '../../runtime/cpu/kernel-interpreter.ts';
import { compareTensors } from '../helpers/compare.ts';

/** As in kernels-cpu.test.ts: f32 kernels against the float64 reference. */
const KERNEL_TOL = 2e-6;

function randomTensor(rng: Rng, dtype: DType, shape: number[]): Tensor {
  const n = numel(shape) * (dtype === 'c64' ? 2 : 1);
  return Tensor.from(dtype, shape, Array.from({ length: n }, () => rng.normal()));
}

/** Compile `g`, run it on the CPU kernel interpreter and compare every output with the reference. */
function checkAgainstReference(g: Graph, inputs: Map<string, Tensor>, tol = KERNEL_TOL): Program {
  const program = compileGraph(g);
  const ref = runReference(g, inputs, new Map()).outputs;
  const got = runOnCpu(program, inputs, new Map());
  for (const [name, want] of ref) {
    const d = compareTensors(got.get(name)!, want, tol);
    expect(d.ok, `${name}: ${d.message}`).toBe(true);
  }
  return program;
}

function graph(build: (b: GraphBuilder) => void): Graph {
  const b = new GraphBuilder('extra');
  build(b);
  return b.build();
}

describe('FFT accuracy of the f32 direct DFT', () => {
  const NORMS = ['backward', 'ortho', 'forward'] as const;
  it('rfft matches the reference for every n up to 64 and every norm', () => {
    const rng = new Rng(11);
    for (let n = 1; n <= 64; n++) {
      const x = randomTensor(rng, 'f32', [2, n]);
      for (const norm of NORMS) {
        const g = graph((b) => b.output('y', b.rfft(b.input('x', 'f32', [2, n]), { norm })));
        checkAgainstReference(g, new Map([['x', x]]));
      }
    }
  });

  it('irfft matches the reference for every n up to 64 and every norm', () => {
    const rng = new Rng(12);
    for (let n = 1; n <= 64; n++) {
      const m = (n >> 1) + 1;
      const x = randomTensor(rng, 'c64', [2, m]);
      for (const norm of NORMS) {
        const g = graph((b) => b.output('y', b.irfft(b.input('x', 'c64', [2, m]), { n, norm })));
        checkAgainstReference(g, new Map([['x', x]]));
      }
    }
  });

  // a line kernel's transforms of up to 64 points are straight-line FFTs with literal twiddles: no loop,
  // no register array (which SwiftShader and ptxas would keep in memory when indexed dynamically)
  it('transforms of up to 64 points compute whole lines as straight-line code', () => {
    const shapeOf = (body: readonly Stmt[]): string[] => body.flatMap((s) => (s.k === 'for' ? ['for', ...shapeOf(s.body)]
      : s.k === 'if' ? [...shapeOf(s.then), ...shapeOf(s.else ?? [])] : s.k === 'reg_array' ? ['reg_array'] : []));
    for (const T of [8, 13, 16, 33, 64]) {
      const p = compileGraph(graph((b) => {
        const x = b.input('x', 'f32', [2, 3, T, 2]);
        const w = b.input('w', 'c64', [3, (T >> 1) + 1, 1]);
        b.output('y', b.add(x, b.irfft(b.mul(b.rfft(x, { axis: 2, norm: 'ortho' }), w), { axis: 2, n: T, norm: 'ortho' })));
      }));
      expect(p.kernels).toHaveLength(1);
      expect(shapeOf(p.kernels[0].body), `T=${T}`).toEqual([]);
    }
  });

  // longer transforms keep their loops; their register arrays' capacity (the length rounded up to a power
  // of two) is part of the code, so lengths within one capacity share a kernel
  it('longer transforms that differ only in length (within one register capacity) compile to the same kernel code', () => {
    const code = (build: (b: GraphBuilder) => void) => {
      const p = compileGraph(graph(build));
      expect(p.kernels).toHaveLength(1);
      return JSON.stringify({ ...p.kernels[0], name: undefined });
    };
    expect(code((b) => b.output('y', b.rfft(b.input('x', 'f32', [3, 130])))))
      .toBe(code((b) => b.output('y', b.rfft(b.input('x', 'f32', [5, 140]), { n: 130 }))));
    expect(code((b) => b.output('y', b.irfft(b.input('z', 'c64', [2, 70])))))
      .toBe(code((b) => b.output('y', b.irfft(b.input('z', 'c64', [4, 80]), { n: 138 }))));
  });
});

describe('fused chains through the FFT, complex, sampling and selection lowerings', () => {
  it('spectral filter: rfft with a fused prologue, real/imag/complex epilogue, then irfft', () => {
    const rng = new Rng(1);
    const T = 16;
    const g = graph((b) => {
      const x = b.input('x', 'f32', [2, 3, T]);
      const w = b.input('w', 'f32', [T / 2 + 1]);
      const spec = b.rfft(b.mul(x, 0.5), { norm: 'ortho' });
      const filtered = b.complex(b.mul(b.real(spec), w), b.imag(spec));
      b.output('y', b.irfft(filtered, { n: T, norm: 'ortho' }));
    });
    const p = checkAgainstReference(g, new Map([['x', randomTensor(rng, 'f32', [2, 3, T])], ['w', randomTensor(rng, 'f32', [T / 2 + 1])]]));
    // rfft (a loop, with mul fused in) is stored: it has two consumers, real and imag; those, the mul by w
    // and complex are inline and fuse into the irfft kernel
    expect(p.launches).toHaveLength(2);
    const ops = p.launches.flatMap((l) => l.fuses.map((f) => f.op));
    expect(ops.filter((o) => o === 'rfft' || o === 'irfft')).toEqual(['rfft', 'irfft']);
  });

  it('real(rfft(exp(x))) is one kernel: prologue and epilogue fused around the loop', () => {
    const rng = new Rng(2);
    const g = graph((b) => b.output('y', b.real(b.rfft(b.exp(b.input('x', 'f32', [4, 7]))))));
    const p = checkAgainstReference(g, new Map([['x', randomTensor(rng, 'f32', [4, 7])]]));
    expect(p.launches).toHaveLength(1);
    expect(p.launches[0].fuses.map((f) => f.op)).toEqual(['exp', 'rfft', 'real']);
  });

  it('rfft then irfft round-trips the signal', () => {
    const rng = new Rng(3);
    const g = graph((b) => b.output('y', b.irfft(b.rfft(b.input('x', 'f32', [3, 10])), { n: 10 })));
    const x = randomTensor(rng, 'f32', [3, 10]);
    checkAgainstReference(g, new Map([['x', x]]));
    const got = runOnCpu(compileGraph(g), new Map([['x', x]]), new Map()).get('y')!;
    expect(compareTensors(got, x, 1e-6).ok).toBe(true);
  });

  it('bilinear with fused producers on the image and on the coordinates', () => {
    const rng = new Rng(4);
    const g = graph((b) => {
      const img = b.input('img', 'f32', [2, 3, 5, 6]);
      const dy = b.input('dy', 'f32', [2, 4, 4]), dx = b.input('dx', 'f32', [2, 4, 4]);
      b.output('y', b.relu(b.bilinear(b.tanh(img), b.mul(dy, 3), b.add(b.mul(dx, 3), 2))));
    });
    const p = checkAgainstReference(g, new Map([
      ['img', randomTensor(rng, 'f32', [2, 3, 5, 6])], ['dy', randomTensor(rng, 'f32', [2, 4, 4])], ['dx', randomTensor(rng, 'f32', [2, 4, 4])],
    ]));
    expect(p.launches).toHaveLength(1);
  });

  it('interpolate of a fused elementwise producer, and a sum of two resizes', () => {
    const rng = new Rng(5);
    const g = graph((b) => {
      const x = b.input('x', 'f32', [1, 2, 4, 5]);
      const up = b.interpolate(b.sigmoid(x), { size: [7, 9], alignCorners: true });
      b.output('y', b.add(up, b.interpolate(x, { size: [7, 9] })));
    });
    checkAgainstReference(g, new Map([['x', randomTensor(rng, 'f32', [1, 2, 4, 5])]]));
  });

  it('builder topk (topk_indices then gather), on a fused producer, sorted and unsorted', () => {
    const rng = new Rng(6);
    for (const sorted of [true, false]) {
      for (const largest of [true, false]) {
        const g = graph((b) => {
          const x = b.input('x', 'f32', [3, 11]);
          const { values, indices } = b.topk(b.mul(x, x), { k: 4, sorted, largest });
          b.output('values', values);
          b.output('indices', indices);
        });
        const x = randomTensor(rng, 'f32', [3, 11]);
        x.data[5] = NaN;
        x.data[13] = x.data[14] = x.data[15] = 0.25; // ties (squared equal)
        checkAgainstReference(g, new Map([['x', x]]));
      }
    }
  });

  it('gather of a complex spectrum along the frequency axis', () => {
    const rng = new Rng(7);
    const g = graph((b) => {
      const spec = b.rfft(b.input('x', 'f32', [2, 12]));
      const idx = b.input('i', 'i32', [2, 3]);
      b.output('y', b.imag(b.gather(spec, idx, { axis: 1 })));
    });
    checkAgainstReference(g, new Map([['x', randomTensor(rng, 'f32', [2, 12])], ['i', Tensor.from('i32', [2, 3], [0, 6, 3, 5, 5, 1])]]));
  });
});

describe('gather: out-of-range indices are run-time errors', () => {
  const gatherGraph = (xShape: number[], iShape: number[], axis: number) => graph((b) => {
    b.output('y', b.gather(b.exp(b.input('x', 'f32', xShape)), b.input('i', 'i32', iShape), { axis }));
  });

  it('the kernel binds the status buffer', () => {
    const p = compileGraph(gatherGraph([3, 4], [3, 2], 1));
    expect(p.kernels.every((k) => k.traps)).toBe(true);
  });

  for (const [what, bad] of [['negative', -1], ['equal to the size', 4], ['far past the size', 1 << 30]] as const) {
    it(`an index ${what} raises ExecutionError from runOnCpu (no out-of-bounds load)`, () => {
      const g = gatherGraph([3, 4], [3, 2], 1);
      const x = randomTensor(new Rng(8), 'f32', [3, 4]);
      const i = Tensor.from('i32', [3, 2], [0, 1, 2, bad, 3, 0]);
      const run = () => runOnCpu(compileGraph(g), new Map([['x', x], ['i', i]]), new Map());
      expect(run).toThrow(ExecutionError);
      expect(run).toThrow(/index out of range/);
      // the reference agrees that this is an error
      expect(() => runReference(g, new Map([['x', x], ['i', i]]), new Map())).toThrow(ExecutionError);
    });
  }

  it('valid indices do not trap', () => {
    const g = gatherGraph([3, 4], [3, 2], 1);
    checkAgainstReference(g, new Map([['x', randomTensor(new Rng(9), 'f32', [3, 4])], ['i', Tensor.from('i32', [3, 2], [0, 3, 2, 1, 3, 0])]]));
  });

  it('gathering from an empty axis traps without loading', () => {
    const g = graph((b) => b.output('y', b.gather(b.input('x', 'f32', [2, 0]), b.input('i', 'i32', [2, 1]), { axis: 1 })));
    const run = () => runOnCpu(compileGraph(g), new Map([['x', Tensor.zeros('f32', [2, 0])], ['i', Tensor.from('i32', [2, 1], [0, 0])]]), new Map());
    expect(run).toThrow(/index out of range/);
  });
});
