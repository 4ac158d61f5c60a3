// Convolution and pooling over 1 to 3 spatial axes (layout N, C, *spatial), with PyTorch's semantics.
// Per-axis attributes (stride, padding, dilation) cannot have a rank-dependent default, so an empty
// list stands for the default on every axis; otherwise the list has one entry per spatial axis.
import { defineOp, type TensorType } from '../registry.ts';
import { bool, int, ints } from '../attrs.ts';
import { AttrError, ShapeError } from '../errors.ts';
import { storeAs } from '../dtype.ts';
import { Tensor, formatShape, numel, stridesOf } from '../tensor.ts';
import { indices, requireDType, requireLength, requireRank, sameDType } from './util.ts';
import { emitAvgPool, emitConv, emitMaxPool } from '../../codegen/lower-conv.ts';

/** A per-spatial-axis attribute: [] means `fallback`, otherwise exactly n entries. */
function perAxis(list: readonly number[], n: number, fallback: readonly number[], attr: string): number[] {
  if (list.length === 0) return [...fallback];
  requireLength(list, n, attr);
  return [...list];
}

/** Every multi-index of `shape`, materialised once so inner loops do not re-run a generator. */
const allIndices = (shape: readonly number[]): number[][] => Array.from(indices(shape), (i) => [...i]);

// ---- conv --------------------------------------------------------------------------------------

interface ConvGeometry { stride: number[]; padding: number[]; dilation: number[]; outSpatial: number[] }

function convGeometry(x: TensorType, w: TensorType, a: { stride: number[]; padding: number[]; dilation: number[]; groups: number }): ConvGeometry {
  requireRank(w, 'weight', (r) => r >= 3 && r <= 5, 'rank 3, 4 or 5 (Cout, Cin/groups and 1 to 3 kernel axes)');
  const nd = w.shape.length - 2;
  requireRank(x, 'x', (r) => r === nd + 2, `rank ${nd + 2} like weight (N, Cin and ${nd} spatial axes)`);
  const stride = perAxis(a.stride, nd, Array(nd).fill(1), 'stride');
  const padding = perAxis(a.padding, nd, Array(nd).fill(0), 'padding');
  const dilation = perAxis(a.dilation, nd, Array(nd).fill(1), 'dilation');
  const [cout, cinPerGroup] = w.shape;
  if (cout % a.groups !== 0) {
    throw new ShapeError(`weight ${formatShape(w.shape)} has ${cout} output channels, not divisible by groups = ${a.groups}`, {
      expected: `a multiple of ${a.groups}`, found: `${cout}`,
    });
  }
  if (x.shape[1] !== cinPerGroup * a.groups) {
    throw new ShapeError(`x ${formatShape(x.shape)} has ${x.shape[1]} channels but weight ${formatShape(w.shape)} with groups = ${a.groups} takes ${cinPerGroup} * ${a.groups}`, {
      expected: `${cinPerGroup * a.groups} channels`, found: `${x.shape[1]}`,
    });
  }
  const outSpatial = x.shape.slice(2).map((size, i) => {
    const extent = dilation[i] * (w.shape[2 + i] - 1) + 1;
    const padded = size + 2 * padding[i];
    // with stride >= 1 the output size floor((padded - extent) / stride) + 1 is positive exactly when this holds
    if (extent > padded) {
      throw new ShapeError(`kernel is larger than the padded input along spatial axis ${i} (output size would be non-positive)`, {
        expected: `dilated kernel extent <= ${padded} (input ${size} + 2 * padding ${padding[i]})`, found: `${extent}`,
      });
    }
    return Math.floor((padded - extent) / stride[i]) + 1;
  });
  return { stride, padding, dilation, outSpatial };
}

const convAttrs = {
  stride: ints(1).default([]),
  padding: ints(0).default([]),
  dilation: ints(1).default([]),
  groups: int(1).default(1),
};

export const conv = defineOp({
  name: 'conv', arity: 2, inputs: ['x', 'weight'], attrs: convAttrs,
  doc: 'Cross-correlation (PyTorch convNd, no bias): x (N, Cin, *S) with weight (Cout, Cin/groups, *K), 1 to 3 spatial ' +
    'axes given by the weight\'s rank. stride, padding (symmetric zeros) and dilation have one entry per spatial axis, ' +
    'or [] for all 1 / all 0 / all 1. Output size per axis: floor((S + 2*padding - dilation*(K-1) - 1) / stride) + 1. ' +
    'Channels split into `groups` independent groups; f32 or f16.',
  infer: ([x, w], a): TensorType => {
    requireDType(x, 'float', 'x');
    const dtype = sameDType([x, w], ['x', 'weight']);
    const { outSpatial } = convGeometry(x, w, a);
    return { dtype, shape: [x.shape[0], w.shape[0], ...outSpatial] };
  },
  reference: ([x, w], a, out) => {
    const { stride, padding, dilation, outSpatial } = convGeometry(x, w, a);
    const inSpatial = x.shape.slice(2);
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
                inside = p >= 0 && p < inSpatial[d];
                xi += p * xs[2 + d];
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
  lower: {
    kind: 'loop',
    reads: () => ['many', 'many'],
    readsPerOutput: ([, w]) => { const n = numel(w.shape.slice(1)); return [n, n]; },
    rowAxis: ([x]) => x.shape.length - 1,
    emit: (ctx, idx, a, [x, w], out) => emitConv(ctx, idx, x, w, out, { ...convGeometry(x, w, a), kernel: w.shape.slice(2), groups: a.groups }),
  },
});

// ---- pooling -----------------------------------------------------------------------------------

interface PoolAttrs { kernel: number[]; stride: number[]; padding: number[]; ceilMode: boolean; dilation?: number[] }
interface PoolGeometry { kernel: number[]; stride: number[]; padding: number[]; dilation: number[]; outSpatial: number[] }

function poolGeometry(x: TensorType, a: PoolAttrs): PoolGeometry {
  requireDType(x, 'float', 'x');
  const nd = a.kernel.length;
  if (nd < 1 || nd > 3) {
    throw new AttrError("attribute 'kernel' needs one entry per spatial axis, 1 to 3 of them", { expected: '1 to 3 entries', found: `${nd}` });
  }
  requireRank(x, 'x', (r) => r === nd + 2, `rank ${nd + 2} (N, C and ${nd} spatial axes, one per kernel entry)`);
  const kernel = a.kernel;
  const stride = perAxis(a.stride, nd, kernel, 'stride');
  const padding = perAxis(a.padding, nd, Array(nd).fill(0), 'padding');
  const dilation = perAxis(a.dilation ?? [], nd, Array(nd).fill(1), 'dilation');
  padding.forEach((p, i) => {
    if (2 * p > kernel[i]) {
      throw new AttrError(`attribute 'padding' is more than half the kernel along spatial axis ${i}`, {
        expected: `<= ${Math.floor(kernel[i] / 2)} (kernel ${kernel[i]})`, found: `${p}`,
      });
    }
  });
  const outSpatial = x.shape.slice(2).map((size, i) => {
    const span = size + 2 * padding[i] - dilation[i] * (kernel[i] - 1) - 1;
    let n = Math.floor((span + (a.ceilMode ? stride[i] - 1 : 0)) / stride[i]) + 1;
    // ceil mode: the last window must start inside the input or the left padding
    if (a.ceilMode && (n - 1) * stride[i] >= size + padding[i]) n--;
    if (n < 1) {
      throw new ShapeError(`pooling output size along spatial axis ${i} is not positive: the window does not fit the padded input`, {
        expected: `output size >= 1 (input ${size}, padding ${padding[i]}, kernel ${kernel[i]}, dilation ${dilation[i]}, stride ${stride[i]})`,
        found: `${n}`,
      });
    }
    return n;
  });
  return { kernel, stride, padding, dilation, outSpatial };
}

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
  lower: {
    kind: 'loop',
    reads: () => ['many'],
    readsPerOutput: (_ins, a) => [numel(a.kernel)],
    emit: (ctx, idx, a, [x]) => emitAvgPool(ctx, idx, x, poolGeometry(x, a), a.countIncludePad),
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
  lower: {
    kind: 'loop',
    reads: () => ['many'],
    readsPerOutput: (_ins, a) => [numel(a.kernel)],
    emit: (ctx, idx, a, [x]) => emitMaxPool(ctx, idx, x, poolGeometry(x, a), a.ceilMode),
  },
});
