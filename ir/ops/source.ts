// Source ops: nodes with no inputs. The executor binds input and param nodes to the tensors the caller
// gives; a const node carries its values (one value fills the shape, or one value per element).
import { defineOp } from '../registry.ts';
import { bool, dtype, ints, numbers, str } from '../attrs.ts';
import { AttrError, ExecutionError } from '../errors.ts';
import { lanes } from '../dtype.ts';
import { initAttr } from '../init.ts';
import { Tensor, numel, formatShape } from '../tensor.ts';

const unbound = (what: string) => (): never => {
  throw new ExecutionError(`${what} nodes are bound by the executor, not computed`);
};

export const input = defineOp({
  name: 'input', arity: 0, inputs: [], source: true,
  doc: 'A graph input, bound by name at run time.',
  attrs: { name: str(), dtype: dtype(), shape: ints(0) },
  infer: (_, a) => ({ dtype: a.dtype, shape: a.shape }),
  reference: unbound('input'),
});

export const param = defineOp({
  name: 'param', arity: 0, inputs: [], source: true,
  doc: 'A parameter, bound by name (a state_dict key); init says how to draw fresh values. trainable=false marks ' +
    'state that is not learned (BatchNorm running statistics, frozen buffers): it gets no gradient.',
  attrs: { name: str(), dtype: dtype(), shape: ints(0), init: initAttr(), trainable: bool().default(true) },
  infer: (_, a) => {
    if ((a.init.kind === 'kaiming_normal' || a.init.kind === 'kaiming_uniform') && a.shape.length < 2) {
      throw new AttrError(`attribute 'init': ${a.init.kind} needs a weight of rank >= 2 to compute fans`, { expected: 'rank >= 2', found: formatShape(a.shape) });
    }
    return { dtype: a.dtype, shape: a.shape };
  },
  reference: unbound('param'),
});

export const constant = defineOp({
  name: 'const', arity: 0, inputs: [], source: true,
  doc: 'A constant tensor: `value` holds one number (filling the shape) or every element in row-major order (c64: re, im pairs).',
  attrs: { dtype: dtype(), shape: ints(0), value: numbers() },
  infer: (_, a) => {
    const n = numel(a.shape) * lanes(a.dtype);
    if (a.value.length !== n && a.value.length !== lanes(a.dtype)) {
      throw new AttrError(`attribute 'value' does not fit ${a.dtype}${formatShape(a.shape)}`, { expected: `${lanes(a.dtype)} or ${n} numbers`, found: `${a.value.length}` });
    }
    return { dtype: a.dtype, shape: a.shape };
  },
  reference: (_, a) => {
    const n = numel(a.shape);
    const L = lanes(a.dtype);
    const full = a.value.length === n * L ? a.value : Array.from({ length: n * L }, (_, i) => a.value[i % L]);
    return Tensor.from(a.dtype, a.shape, full);
  },
});
