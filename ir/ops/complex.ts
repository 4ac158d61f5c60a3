// Moving between c64 and pairs of f32: real and imag take a c64 apart, complex builds one. These are
// the only ways across (cast refuses c64 -> real, which would drop the imaginary part silently). conj
// flips the sign of the imaginary part (gradients of complex values are conjugated, as PyTorch's).
import { defineOp, type TensorType } from '../registry.ts';
import { DTypeError } from '../errors.ts';
import { Tensor, numel } from '../tensor.ts';
import { broadcastIndexer, broadcastShapes, requireDType } from './util.ts';

function part<const Name extends string>(name: Name, lane: 0 | 1, doc: string) {
  return defineOp({
    name, arity: 1, inputs: ['x'], attrs: {}, doc,
    infer: ([x]): TensorType => {
      requireDType(x, 'complex', `${name} input x`);
      return { dtype: 'f32', shape: x.shape };
    },
    reference: ([x], _a, out) => {
      const r = Tensor.zeros(out.dtype, out.shape);
      for (let i = 0; i < r.numel; i++) r.data[i] = x.data[2 * i + lane];
      return r;
    },
  });
}

export const real = part('real', 0, 'The real part of a c64 tensor, as f32 of the same shape.');
export const imag = part('imag', 1, 'The imaginary part of a c64 tensor, as f32 of the same shape.');

// f32 only (not f16): c64 is a pair of f32, and no promotion is implicit.
function requireF32(t: TensorType, what: string): void {
  if (t.dtype !== 'f32') throw new DTypeError(`${what} has an unsupported dtype`, { expected: 'f32', found: t.dtype });
}

export const complex = defineOp({
  name: 'complex', arity: 2, inputs: ['re', 'im'], attrs: {},
  doc: 're + i*im as c64, from two f32 tensors broadcast together (the broadcasting rule of the binary ops).',
  infer: ([re, im]): TensorType => {
    requireF32(re, 'complex input re');
    requireF32(im, 'complex input im');
    return { dtype: 'c64', shape: broadcastShapes([re.shape, im.shape], ['re', 'im']) };
  },
  reference: ([re, im], _a, out) => {
    const r = Tensor.zeros(out.dtype, out.shape);
    const ir = broadcastIndexer(re.shape, out.shape);
    const ii = broadcastIndexer(im.shape, out.shape);
    for (let i = 0; i < numel(out.shape); i++) {
      r.data[2 * i] = re.data[ir(i)];
      r.data[2 * i + 1] = im.data[ii(i)];
    }
    return r;
  },
});

export const conj = defineOp({
  name: 'conj', arity: 1, inputs: ['x'], attrs: {},
  doc: 'The complex conjugate re - i*im of a c64 tensor.',
  infer: ([x]): TensorType => {
    requireDType(x, 'complex', 'conj input x');
    return { dtype: 'c64', shape: x.shape };
  },
  reference: ([x], _a, out) => {
    const r = Tensor.zeros(out.dtype, out.shape);
    for (let i = 0; i < r.numel; i++) {
      r.data[2 * i] = x.data[2 * i];
      r.data[2 * i + 1] = -x.data[2 * i + 1];
    }
    return r;
  },
});
