import { describe, expect, it } from 'vitest';
import { grad } from '../../ir/autodiff/grad.ts';
import { VJPS } from '../../ir/autodiff/rules/index.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { DTypeError, GraphError, ShapeError } from '../../ir/errors.ts';
import { OP_NAMES } from '../../ir/ops/index.ts';
import { simplify } from '../../ir/rewrite/simplify.ts';
import { parseGraph, printGraph } from '../../ir/text.ts';
import { Tensor } from '../../ir/tensor.ts';
import { softmax } from '../../nn/activations.ts';
import { dtf } from '../../nn/dtf.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';

describe('VJP coverage', () => {
  it('every registry op has a VJP rule, and only registry ops do', () => {
    expect(OP_NAMES.filter((op) => !VJPS.has(op))).toEqual([]);
    expect([...VJPS.keys()].filter((op) => !OP_NAMES.includes(op))).toEqual([]);
  });

  it('ops with integer or bool outputs pass nothing back', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 3]);
    const picked = b.gather(x, b.argmax(x, { axis: 1, keepdims: true }), { axis: 1 });
    b.output('y', b.add(b.sum(picked, { axes: [0, 1] }), b.sum(b.cast(b.gt(x, b.constant(0)), { to: 'f32' }), { axes: [0, 1] })));
    const out = runReference(grad(b.build(), { of: 'y', wrt: ['x'] }), { x: Tensor.from('f32', [2, 3], [1, 5, 2, -1, 0, 3]) }, {}).outputs;
    expect([...out.get('grad:x')!.data]).toEqual([0, 1, 0, 0, 0, 1]);
  });
});

describe('differentiated paths', () => {
  it('a node no differentiated source reaches gets no backward nodes', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 3]);
    const w = b.param('w', [2, 3], { kind: 'zeros' });
    b.output('y', b.add(b.maxpool(b.reshape(x, { shape: [1, 2, 3] }), { kernel: [3] }), b.sum(w, { axes: [0, 1] })));
    const g = grad(b.build(), { of: 'y', seed: 'input' });
    expect(g.outputs.map((o) => o.name)).toEqual(['y', 'grad:w']);
    expect(g.nodes.some((n) => n.op === 'scatter_add')).toBe(false);
  });

  it("DTF's block (its unfold: fold) differentiates to its input and every parameter", () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [1, 16, 3, 3, 3]);
    b.output('y', dtf(b, x, { channels: 16, clipLen: 3, training: false }).y);
    const g = grad(b.build(), { of: 'y', seed: 'input', wrt: ['x'] });
    expect(g.nodes.some((n) => n.op === 'fold')).toBe(true);
  });
});

describe('grad()', () => {
  const build = () => {
    const b = new GraphBuilder('net');
    const x = b.input('x', 'f32', [3]);
    const w = b.param('w', [3], { kind: 'zeros' });
    const frozen = b.param('frozen', [3], { kind: 'zeros' }, { trainable: false });
    const unused = b.param('unused', [2], { kind: 'zeros' });
    void unused;
    const h = b.mul(x, w);
    b.output('h', h);
    // x is read three times: its cotangents are summed
    b.output('loss', b.sum(b.add(b.mul(h, x), b.mul(x, frozen)), { axes: [0] }));
    return b.build();
  };
  const values = { x: [1, -2, 0.5], w: [0.5, 3, -1], frozen: [2, 1, 4], unused: [0, 0] };
  const t = (v: number[]) => Tensor.from('f32', [v.length], v);
  const run = (g: ReturnType<typeof build>, extra: Record<string, Tensor> = {}) => runReference(g,
    { x: t(values.x), ...extra }, { w: t(values.w), frozen: t(values.frozen), unused: t(values.unused) }).outputs;

  it('keeps the forward nodes and outputs, and adds one gradient output per trainable param by default', () => {
    const f = build();
    const g = grad(f, { of: 'loss' });
    expect(g.nodes.slice(0, f.nodes.length).map((n) => [n.op, n.inputs, n.loc])).toEqual(f.nodes.map((n) => [n.op, n.inputs, n.loc]));
    expect(g.outputs.map((o) => o.name)).toEqual(['h', 'loss', 'grad:w', 'grad:unused']);
    // backward nodes carry the line of the forward node they differentiate
    const locs = new Set(f.nodes.map((n) => n.loc));
    expect(g.nodes.slice(f.nodes.length).every((n) => n.loc === undefined || locs.has(n.loc))).toBe(true);
    const out = run(g);
    // loss = sum(w x^2 + frozen x): d/dw = x^2, d/dx = 2 w x + frozen; unused gets zeros
    expect([...out.get('grad:w')!.data]).toEqual(values.x.map((v) => v * v));
    expect([...out.get('grad:unused')!.data]).toEqual([0, 0]);
  });

  it('sums the cotangents of a value read several times', () => {
    const out = run(grad(build(), { of: 'loss', wrt: ['x', 'frozen'] }));
    expect([...out.get('grad:x')!.data]).toEqual(values.x.map((v, i) => 2 * values.w[i] * v + values.frozen[i]));
    expect([...out.get('grad:frozen')!.data]).toEqual(values.x);
  });

  it("seed 'input' takes the cotangent as an input named after the output", () => {
    const g = grad(build(), { of: ['h'], wrt: ['w'], seed: 'input' });
    const seedNode = g.inputs().find((n) => n.attrs.name === 'grad_in:h')!;
    expect(seedNode.type).toEqual({ dtype: 'f32', shape: [3] });
    // an ordinary graph: its text form prints and parses back unchanged
    expect(printGraph(parseGraph(printGraph(g)))).toBe(printGraph(g));
    const out = run(g, { 'grad_in:h': t([1, 2, 3]) });
    expect([...out.get('grad:w')!.data]).toEqual(values.x.map((v, i) => v * (i + 1)));
  });

  it('refuses unknown names, non-scalar or complex outputs seeded with 1, and integer inputs, with typed errors', () => {
    const f = build();
    expect(() => grad(f, { of: 'nope' })).toThrow(GraphError);
    expect(() => grad(f, { of: 'nope' })).toThrow(/no output named 'nope'.*expected one of 'h', 'loss'/);
    expect(() => grad(f, { of: 'loss', wrt: ['missing'] })).toThrow(/no input or parameter named 'missing'/);
    expect(() => grad(f, { of: 'h' })).toThrow(ShapeError);
    const b = new GraphBuilder();
    const i = b.input('i', 'i32', [2]);
    const z = b.input('z', 'c64', []);
    b.output('zz', b.mul(z, z));
    b.output('s', b.sum(b.cast(i, { to: 'f32' }), { axes: [0] }));
    const g = b.build();
    expect(() => grad(g, { of: 's', wrt: ['i'] })).toThrow(DTypeError);
    expect(() => grad(g, { of: 'zz', wrt: ['z'] })).toThrow(/not a real scalar/);
    // through an integer value no gradient flows: the float input it came from gets zeros
    const b2 = new GraphBuilder();
    const x = b2.input('x', 'f32', [2]);
    b2.output('s', b2.sum(b2.cast(b2.cast(x, { to: 'i32' }), { to: 'f32' }), { axes: [0] }));
    const out = runReference(grad(b2.build(), { of: 's', wrt: ['x'] }), { x: Tensor.from('f32', [2], [1.5, 2]) }, {}).outputs;
    expect([...out.get('grad:x')!.data]).toEqual([0, 0]);
  });
});

describe('the gradient graph', () => {
  const convReluMean = () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 4, 9, 9]);
    const w = b.param('w', [6, 2, 3, 3], { kind: 'zeros' });
    b.output('y', b.mean(b.relu(b.conv(x, w, { stride: [2, 2], padding: [1, 1], groups: 2 })), { axes: [0, 1, 2, 3] }));
    return b.build();
  };

  it('is simplified: no node repeats another, and simplifying again changes nothing', () => {
    const g = grad(convReluMean(), { of: 'y', wrt: ['x', 'w'] });
    const keys = g.nodes.map((n) => JSON.stringify([n.op, n.inputs, n.attrs]));
    expect(new Set(keys).size).toBe(keys.length);
    // relu's and the stride's zeros are built by separate rules: one constant remains
    expect(g.nodes.filter((n) => n.op === 'const' && JSON.stringify(n.attrs.value) === '[0]')).toHaveLength(1);
    expect(simplify(g).graph).toBe(g);
  });

  it('names on every backward node the forward node it differentiates, at that node\'s line', () => {
    const f = convReluMean();
    const g = grad(f, { of: 'y', wrt: ['x', 'w'] });
    const backward = g.nodes.slice(f.nodes.length);
    expect(backward.length).toBeGreaterThan(0);
    for (const n of backward) {
      const m = /^∂ (?:of|seed of|sum into) %(\d+)(?: (\w+))?$/.exec(n.provenance ?? '');
      expect(m, `%${n.id} ${n.op}: ${n.provenance}`).not.toBeNull();
      const from = g.node(Number(m![1]));
      if (m![2] !== undefined) expect(from.op).toBe(m![2]);
      expect(n.loc).toBe(from.loc);
    }
    const conv = f.nodes.find((n) => n.op === 'conv')!;
    expect(g.nodes.filter((n) => n.provenance === `∂ of %${conv.id} conv`).map((n) => n.op)).toContain('conv');
    // the text form prints it
    expect(printGraph(g)).toContain(`provenance "∂ of %${conv.id} conv"`);
  });

  it('sums the cotangents of a value read twice in a node of its own', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [3]);
    b.output('y', b.sum(b.mul(b.exp(x), b.sin(x)), { axes: [0] }));
    const g = grad(b.build(), { of: 'y', wrt: ['x'] });
    expect(g.nodes.filter((n) => n.provenance === '∂ sum into %0').map((n) => n.op)).toEqual(['add']);
  });
});

describe('f16 graphs', () => {
  it('differentiate with every gradient in f16', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f16', [1, 2, 6]);
    const w = b.param('w', [2, 2, 3], { kind: 'zeros' }, { dtype: 'f16' });
    const h = b.avgpool(b.relu(b.conv(x, w, { stride: [2], padding: [1] })), { kernel: [2], ceilMode: true });
    const s = b.irfft(b.rfft(b.interpolate(h, { size: [5] }), { norm: 'ortho' }), { n: 5 });
    b.output('loss', b.mean(b.cast(s, { to: 'f16' }), { axes: [0, 1, 2] }));
    const g = grad(b.build(), { of: 'loss', wrt: ['x', 'w'] });
    expect(g.outputs.slice(1).map((o) => [o.name, g.node(o.node).type])).toEqual([
      ['grad:x', { dtype: 'f16', shape: [1, 2, 6] }], ['grad:w', { dtype: 'f16', shape: [2, 2, 3] }],
    ]);
  });

  it("bilinear's image gradient is a splat and its coordinates' gradients sample the image: no corner index, gather or scatter", () => {
    const b = new GraphBuilder();
    const image = b.input('image', 'f32', [1, 2, 4, 5]);
    const y = b.input('y', 'f32', [1, 3]), x = b.input('x', 'f32', [1, 3]);
    b.output('loss', b.sum(b.bilinear(image, y, x), { axes: [0, 1, 2] }));
    const g = grad(b.build(), { of: 'loss', wrt: ['image', 'y', 'x'] });
    const ops = new Set(g.nodes.map((n) => n.op));
    expect(ops.has('bilinear_splat')).toBe(true);
    expect(['scatter_add', 'gather'].filter((op) => ops.has(op))).toEqual([]);
  });

  it('a stabilised softmax is differentiated whole: y (g - sum(g y)), nothing through its max', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [2, 5]), t = b.input('t', 'f32', [2, 5]);
    b.output('loss', b.sum(b.mul(softmax(b, x, 1), t), { axes: [0, 1] }));
    const g = grad(b.build(), { of: 'loss', wrt: ['x'] });
    const backward = g.nodes.filter((n) => n.provenance !== undefined);
    expect(backward.some((n) => n.provenance!.includes('softmax'))).toBe(true);
    // no selection of the maximal elements (eq), no exponentials rebuilt
    expect(backward.filter((n) => ['eq', 'exp', 'max'].includes(n.op))).toEqual([]);
    const xs = [0.5, -1, 2, 2, 0.25, 3, 1, -2, 0, 1.5], ts = [1, 0, -2, 0.5, 3, -1, 2, 0, 1, -0.5];
    const out = runReference(g, { x: Tensor.from('f32', [2, 5], xs), t: Tensor.from('f32', [2, 5], ts) }, {}).outputs.get('grad:x')!;
    for (let r = 0; r < 2; r++) {
      const e = xs.slice(5 * r, 5 * r + 5).map(Math.exp);
      const y = e.map((v) => v / e.reduce((a, w) => a + w, 0));
      const gy = y.reduce((a, v, i) => a + v * ts[5 * r + i], 0);
      y.forEach((v, i) => expect(out.data[5 * r + i]).toBeCloseTo(v * (ts[5 * r + i] - gy), 6));
    }
  });

  it('differentiate through bilinear and maxpool', () => {
    const b = new GraphBuilder();
    const image = b.input('image', 'f16', [1, 2, 4, 5]);
    const y = b.input('y', 'f16', [1, 3]), x = b.input('x', 'f16', [1, 3]);
    const pooled = b.maxpool(image, { kernel: [2, 3], stride: [1, 2], padding: [1, 1], ceilMode: true });
    b.output('loss', b.sum(b.bilinear(pooled, y, x), { axes: [0, 1, 2] }));
    const f = b.build();
    const g = grad(f, { of: 'loss', wrt: ['image', 'y', 'x'] });
    expect(g.outputs.slice(1).map((o) => g.node(o.node).type)).toEqual(['image', 'y', 'x'].map((n) => f.inputs().find((i) => i.attrs.name === n)!.type));
    const h = (shape: number[], v: number[]) => Tensor.from('f16', shape, v);
    const out = runReference(g, { image: h([1, 2, 4, 5], Array.from({ length: 40 }, (_, i) => (i * 7) % 11)), y: h([1, 3], [0.5, 2, -1]), x: h([1, 3], [1.25, 0, 2]) }, {}).outputs;
    // the third sample sits at y = -1: nothing
    expect(out.get('grad:y')!.data[2]).toBe(0);
    expect([...out.get('grad:image')!.data].some((v) => v !== 0)).toBe(true);
  });
});
