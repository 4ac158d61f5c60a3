// Output geometry of conv and the pools (ir/ops/conv.ts): per-axis stride, padding and dilation with
// their defaults, and the output size, checked; shared by the shape rules, the references and the code
// generator.
import type { TensorType } from '../registry.ts';
import { AttrError, ShapeError } from '../errors.ts';
import { formatShape } from '../tensor.ts';
import { requireDType, requireLength, requireRank } from './util.ts';

/** A per-spatial-axis attribute: [] means `fallback`, otherwise exactly n entries. */
function perAxis(list: readonly number[], n: number, fallback: readonly number[], attr: string): number[] {
  if (list.length === 0) return [...fallback];
  requireLength(list, n, attr);
  return [...list];
}

interface ConvGeometry { stride: number[]; padding: number[]; dilation: number[]; inputDilation: number[]; outSpatial: number[] }

/** `inputDilation` r spreads x's elements r apart (r - 1 zeros between neighbours: size (S - 1) * r + 1)
 *  before the correlation: a transposed conv's input, without the zeros in memory. */
export function convGeometry(x: TensorType, w: TensorType, a: { stride: number[]; padding: number[]; dilation: number[]; inputDilation?: number[]; groups: number }): ConvGeometry {
  requireRank(w, 'weight', (r) => r >= 3 && r <= 5, 'rank 3, 4 or 5 (Cout, Cin/groups and 1 to 3 kernel axes)');
  const nd = w.shape.length - 2;
  requireRank(x, 'x', (r) => r === nd + 2, `rank ${nd + 2} like weight (N, Cin and ${nd} spatial axes)`);
  const stride = perAxis(a.stride, nd, Array(nd).fill(1), 'stride');
  const padding = perAxis(a.padding, nd, Array(nd).fill(0), 'padding');
  const dilation = perAxis(a.dilation, nd, Array(nd).fill(1), 'dilation');
  const inputDilation = perAxis(a.inputDilation ?? [], nd, Array(nd).fill(1), 'inputDilation');
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
    const padded = dilatedSize(size, inputDilation[i]) + 2 * padding[i];
    // with stride >= 1 the output size floor((padded - extent) / stride) + 1 is positive exactly when this holds
    if (extent > padded) {
      throw new ShapeError(`kernel is larger than the padded input along spatial axis ${i} (output size would be non-positive)`, {
        expected: `dilated kernel extent <= ${padded} (input ${size}${inputDilation[i] > 1 ? ` dilated by ${inputDilation[i]}` : ''} + 2 * padding ${padding[i]})`, found: `${extent}`,
      });
    }
    return Math.floor((padded - extent) / stride[i]) + 1;
  });
  return { stride, padding, dilation, inputDilation, outSpatial };
}

/** The length of `size` elements spread `r` apart. */
export const dilatedSize = (size: number, r: number): number => (size - 1) * r + 1;

interface PoolAttrs { kernel: number[]; stride: number[]; padding: number[]; ceilMode: boolean; dilation?: number[] }
interface PoolGeometry { kernel: number[]; stride: number[]; padding: number[]; dilation: number[]; outSpatial: number[] }

export function poolGeometry(x: TensorType, a: PoolAttrs): PoolGeometry {
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
