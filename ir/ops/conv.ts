// Convolution and pooling over 1 to 3 spatial axes (layout N, C, *spatial), with PyTorch's semantics.
// Per-axis attributes (stride, padding, dilation) cannot have a rank-dependent default, so an empty
// list stands for the default on every axis; otherwise the list has one entry per spatial axis.
import { defineOp, type TensorType } from '../registry.ts';
import { bool, int, ints } from '../attrs.ts';
import { storeAs } from '../dtype.ts';
import { Tensor, numel, stridesOf } from '../tensor.ts';
import { indices, requireDType, sameDType } from './util.ts';
import { convGeometry, dilatedSize, poolGeometry } from './conv-geometry.ts';

/** Every multi-index of `shape`, materialised once so inner loops do not re-run a generator. */
const allIndices = (shape: readonly number[]): number[][] => Array.from(indices(shape), (i) => [...i]);

// ---- conv --------------------------------------------------------------------------------------

const convAttrs = {
  stride: ints(1).default([]),
  padding: ints(0).default([]),
  dilation: ints(1).default([]),
  inputDilation: ints(1).default([]),
  groups: int(1).default(1),
};

export const conv = defineOp({
  name: 'conv', arity: 2, inputs: ['x', 'weight'], attrs: convAttrs,
  doc: 'Cross-correlation (PyTorch convNd, no bias): x (N, Cin, *S) with weight (Cout, Cin/groups, *K), 1 to 3 spatial ' +
    'axes given by the weight\'s rank. stride, padding (symmetric zeros) and dilation have one entry per spatial axis, ' +
    'or [] for all 1 / all 0 / all 1. inputDilation r (default all 1) first spreads x\'s elements r apart, r - 1 zeros ' +
    'between neighbours, so that S counts (S - 1) * r + 1 (a transposed conv). Output size per axis: ' +
    'floor((S + 2*padding - dilation*(K-1) - 1) / stride) + 1. Channels split into `groups` independent groups; f32 or f16.',
  infer: ([x, w], a): TensorType => {
    requireDType(x, 'float', 'x');
    const dtype = sameDType([x, w], ['x', 'weight']);
    const { outSpatial } = convGeometry(x, w, a);
    return { dtype, shape: [x.shape[0], w.shape[0], ...outSpatial] };
  },
  reference: ([x, w], a, out) => {
    const { stride, padding, dilation, inputDilation, outSpatial } = convGeometry(x, w, a);
    const inSpatial = x.shape.slice(2).map((s, d) => dilatedSize(s, inputDilation[d]));
    const [N, Cout, CinG] = [x.shape[0], w.shape[0], w.shape[1]];
    const CoutG = Cout / a.groups;
    const kShape = w.shape.slice(2);
    const kerIdx = allIndices(kShape);
    const outIdx = allIndices(outSpatial);
    const xs = stridesOf(x.shape), ws = stridesOf(w.shape);
    const r = Tensor.zeros(out.dtype, out.shape);
    let o = 0;
    for (let n = 0; n < N; n++) {
      for (let co = 0; co < Cout; co++) {
        const g = Math.floor(co / CoutG);
        for (const op of outIdx) {
          let acc = 0;
          for (let ci = 0; ci < CinG; ci++) {
            const xBase = n * xs[0] + (g * CinG + ci) * xs[1];
            const wBase = co * ws[0] + ci * ws[1];
            for (let t = 0; t < kerIdx.length; t++) {
              const kk = kerIdx[t];
              let xi = xBase, inside = true;
              for (let d = 0; d < kk.length && inside; d++) {
                const p = op[d] * stride[d] - padding[d] + kk[d] * dilation[d];
                // in x: inside the spread input, on one of x's own elements (not a zero between them)
                inside = p >= 0 && p < inSpatial[d] && p % inputDilation[d] === 0;
                xi += (p / inputDilation[d]) * xs[2 + d];
              }
              if (inside) acc += x.data[xi] * w.data[wBase + t]; // outside: zero padding
            }
          }
          r.data[o++] = storeAs(out.dtype, acc);
        }
      }
    }
    return r;
  },
});

// ---- pooling -----------------------------------------------------------------------------------

/** Calls visit(inPlaneOffset, outPlaneOffset) for each of the N*C planes of x and out. */
function forEachPlane(x: Tensor, outSpatial: readonly number[], visit: (inBase: number, outBase: number) => void): void {
  const inPlane = numel(x.shape.slice(2)), outPlane = numel(outSpatial);
  for (let p = 0; p < x.shape[0] * x.shape[1]; p++) visit(p * inPlane, p * outPlane);
}

const poolAttrs = {
  kernel: ints(1),
  stride: ints(1).default([]),
  padding: ints(0).default([]),
  ceilMode: bool().default(false),
};

const POOL_DOC = 'over x (N, C, *S) with 1 to 3 spatial axes, one per `kernel` entry. stride defaults ([]) to the kernel, ' +
  'padding ([] = all 0) must be <= kernel/2. Output size per axis: floor((S + 2*padding - dilation*(kernel-1) - 1) / stride) + 1, ' +
  'or with ceilMode rounded up, less one if the last window would start past the input and left padding. f32 or f16.';

export const avgpool = defineOp({
  name: 'avgpool', arity: 1, inputs: ['x'], attrs: { ...poolAttrs, countIncludePad: bool().default(true) },
  doc: `Average pooling (PyTorch avg_poolNd) ${POOL_DOC} Padding is zeros; the divisor is the window size clipped ` +
    'to the padded input when countIncludePad, else the number of input elements in the window.',
  infer: ([x], a): TensorType => ({ dtype: x.dtype, shape: [x.shape[0], x.shape[1], ...poolGeometry(x, a).outSpatial] }),
  reference: ([x], a, out) => {
    const { kernel, stride, padding, outSpatial } = poolGeometry(x, a);
    const inSpatial = x.shape.slice(2), xs = stridesOf(inSpatial);
    const outIdx = allIndices(outSpatial);
    const r = Tensor.zeros(out.dtype, out.shape);
    forEachPlane(x, outSpatial, (inBase, outBase) => {
      outIdx.forEach((op, j) => {
        // per axis: the window clipped to the padded input (for the divisor), then to the input (for the sum)
        const lo: number[] = [], hi: number[] = [];
        let padded = 1;
        op.forEach((o, d) => {
          const start = o * stride[d] - padding[d];
          const end = Math.min(start + kernel[d], inSpatial[d] + padding[d]);
          padded *= end - start;
          lo.push(Math.max(start, 0));
          hi.push(Math.min(end, inSpatial[d]));
        });
        const win = hi.map((h, d) => h - lo[d]);
        let sum = 0;
        for (const w of indices(win)) {
          let xi = inBase;
          w.forEach((v, d) => { xi += (lo[d] + v) * xs[d]; });
          sum += x.data[xi];
        }
        r.data[outBase + j] = storeAs(out.dtype, sum / (a.countIncludePad ? padded : numel(win)));
      });
    });
    return r;
  },
});

export const maxpool = defineOp({
  name: 'maxpool', arity: 1, inputs: ['x'], attrs: { ...poolAttrs, dilation: ints(1).default([]) },
  doc: `Max pooling (PyTorch max_poolNd) ${POOL_DOC} dilation ([] = all 1) spaces the window's taps. Padding is -inf; ` +
    'a NaN in the window gives NaN.',
  infer: ([x], a): TensorType => ({ dtype: x.dtype, shape: [x.shape[0], x.shape[1], ...poolGeometry(x, a).outSpatial] }),
  reference: ([x], a, out) => {
    const { kernel, stride, padding, dilation, outSpatial } = poolGeometry(x, a);
    const inSpatial = x.shape.slice(2), xs = stridesOf(inSpatial);
    const outIdx = allIndices(outSpatial);
    const taps = allIndices(kernel);
    const r = Tensor.zeros(out.dtype, out.shape);
    forEachPlane(x, outSpatial, (inBase, outBase) => {
      outIdx.forEach((op, j) => {
        let best = -Infinity;
        for (const kk of taps) {
          let xi = inBase, inside = true;
          kk.forEach((k, d) => {
            const p = op[d] * stride[d] - padding[d] + k * dilation[d];
            inside &&= p >= 0 && p < inSpatial[d];
            xi += p * xs[d];
          });
          if (!inside) continue; // padding is -inf: never the max
          const v = x.data[xi];
          if (v > best || Number.isNaN(v)) best = v;
          if (Number.isNaN(best)) break;
        }
        r.data[outBase + j] = best;
      });
    });
    return r;
  },
});
