import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { InternalError } from '../../ir/errors.ts';
import { Graph } from '../../ir/graph.ts';
import { init } from '../../ir/init.ts';
import { printGraph } from '../../ir/text.ts';
import { Tensor } from '../../ir/tensor.ts';
import { cleanUpAlgebra } from '../../ir/rewrite/algebra.ts';
import { eliminateCommonSubexpressions } from '../../ir/rewrite/common-subexpressions.ts';
import { eliminateDeadCode } from '../../ir/rewrite/dead-code.ts';
import { rebuildGraph } from '../../ir/rewrite/rebuild.ts';
import { simplify } from '../../ir/rewrite/simplify.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';

const build = (f: (b: GraphBuilder) => void): Graph => {
  const b = new GraphBuilder('t');
  f(b);
  return b.build();
};

/** The graph as `op(inputs)` per node, and its outputs: what each pass test expects. */
const shapeOf = (g: Graph) => ({
  nodes: g.nodes.map((n) => `${n.op}(${n.inputs.join(',')})`),
  outputs: g.outputs.map((o) => `${o.name}=%${o.node}`),
});

describe('rebuildGraph', () => {
  it('copies every node as it was when the visit copies all', () => {
    const g = build((b) => {
      const x = b.input('x', 'f32', [2, 3]);
      b.output('y', b.sum(b.relu(x), { axes: [1] }));
    });
    const { graph, idMap } = rebuildGraph(g);
    expect(printGraph(graph)).toBe(printGraph(g));
    expect(idMap).toEqual([0, 1, 2]);
  });

  it('drops and replaces nodes, maps the outputs by name and keeps loc and provenance', () => {
    const g = new Graph('p');
    g.append('input', [], { name: 'x', dtype: 'f32', shape: [3] }, 'a.ts:1');
    g.append('neg', [0], {}, 'a.ts:2', '∂ of %7 conv @ nn/dtf.ts:146');
    g.append('neg', [1], {}, 'a.ts:3');
    g.append('relu', [2], {}, 'a.ts:4');
    g.addOutput('y', 3);
    const { graph, idMap } = rebuildGraph(g, (n, r) => (n.id === 1 ? undefined : n.id === 2 ? r.mapped(0) : r.copy(n)));
    expect(shapeOf(graph)).toEqual({ nodes: ['input()', 'relu(0)'], outputs: ['y=%1'] });
    expect(idMap).toEqual([0, undefined, 0, 1]);
    expect(graph.nodes[1].loc).toBe('a.ts:4');
    const kept = rebuildGraph(g).graph.nodes[1];
    expect([kept.loc, kept.provenance]).toEqual(['a.ts:2', '∂ of %7 conv @ nn/dtf.ts:146']);
  });

  it('refuses a replacement of another type, and a dropped node that is still read (compiler bugs)', () => {
    const g = build((b) => b.output('y', b.sum(b.input('x', 'f32', [2, 3]), { axes: [0] })));
    expect(() => rebuildGraph(g, (n, r) => (n.op === 'sum' ? 0 : r.copy(n)))).toThrow(InternalError);
    expect(() => rebuildGraph(g, (n, r) => (n.op === 'input' ? undefined : r.copy(n)))).toThrow(InternalError);
  });
});

describe('dead-code elimination', () => {
  const g = build((b) => {
    const x = b.input('x', 'f32', [4]);
    b.input('unused', 'f32', [2]);
    b.param('w', [2], init.zeros());
    b.exp(x); // dead
    const k = b.constant(3); // dead const
    b.neg(k);
    b.output('y', b.relu(x));
  });

  it('drops what no output reads, keeps inputs and params', () => {
    expect(shapeOf(eliminateDeadCode(g).graph)).toEqual({ nodes: ['input()', 'input()', 'param()', 'relu(0)'], outputs: ['y=%3'] });
  });

  it('drops unused inputs when asked', () => {
    const { graph, idMap } = eliminateDeadCode(g, { dropUnusedSources: true });
    expect(shapeOf(graph)).toEqual({ nodes: ['input()', 'relu(0)'], outputs: ['y=%1'] });
    expect(idMap).toEqual([0, undefined, undefined, undefined, undefined, undefined, 1]);
  });
});

describe('common-subexpression elimination', () => {
  it('merges equal nodes and equal constants, never inputs', () => {
    const g = build((b) => {
      const x = b.input('x', 'f32', [3]);
      const y = b.input('y', 'f32', [3]);
      const a = b.mul(b.exp(x), b.constant(2, 'f32', [3]));
      const c = b.mul(b.exp(x), b.constant([2, 2, 2], 'f32', [3])); // the same value written per element
      const d = b.add(b.exp(y), b.constant(-0, 'f32', [3])); // -0 is not 0
      const e = b.add(b.exp(y), b.constant(0, 'f32', [3]));
      b.output('s', b.add(b.add(a, c), b.add(d, e)));
    });
    const { graph } = eliminateCommonSubexpressions(g);
    expect(shapeOf(eliminateDeadCode(graph).graph).nodes).toEqual([
      'input()', 'input()', 'exp(0)', 'const()', 'mul(2,3)', 'exp(1)', 'const()', 'add(5,6)', 'const()', 'add(5,8)',
      'add(4,4)', 'add(7,9)', 'add(10,11)',
    ]);
  });

  it('keeps nodes whose attributes differ', () => {
    const g = build((b) => {
      const x = b.input('x', 'f32', [2, 3]);
      b.output('a', b.sum(x, { axes: [0] }));
      b.output('b', b.sum(x, { axes: [1] }));
      b.output('c', b.sum(x, { axes: [1] }));
    });
    expect(shapeOf(eliminateCommonSubexpressions(g).graph)).toEqual({ nodes: ['input()', 'sum(0)', 'sum(0)'], outputs: ['a=%1', 'b=%2', 'c=%2'] });
  });
});

/** The graph after clean-up and dead-code elimination. */
const cleaned = (g: Graph, exactFloats = true) => shapeOf(eliminateDeadCode(cleanUpAlgebra(g, { exactFloats }).graph).graph);

describe('algebraic clean-up', () => {
  it('reshape of a reshape is one reshape, and a reshape back is nothing', () => {
    expect(cleaned(build((b) => {
      const x = b.input('x', 'f32', [2, 6]);
      const r = b.reshape(b.reshape(b.reshape(x, { shape: [3, 4] }), { shape: [12] }), { shape: [4, 3] });
      b.output('y', r);
      b.output('z', b.reshape(r, { shape: [2, -1] }));
    }))).toEqual({ nodes: ['input()', 'reshape(0)'], outputs: ['y=%1', 'z=%0'] });
  });

  it('permute of a permute composes, and an identity permute goes', () => {
    const g = build((b) => {
      const x = b.input('x', 'f32', [2, 3, 4]);
      const p = b.permute(b.permute(x, { perm: [2, 0, 1] }), { perm: [0, 2, 1] });
      b.output('y', p);
      b.output('z', b.permute(b.permute(x, { perm: [1, 2, 0] }), { perm: [-1, 0, 1] }));
      b.output('w', b.permute(x, { perm: [0, 1, 2] }));
    });
    const { graph } = eliminateDeadCode(cleanUpAlgebra(g).graph);
    expect(shapeOf(graph)).toEqual({ nodes: ['input()', 'permute(0)'], outputs: ['y=%1', 'z=%0', 'w=%0'] });
    expect(graph.nodes[1].attrs.perm).toEqual([2, 1, 0]);
    const x = Tensor.from('f32', [2, 3, 4], Array.from({ length: 24 }, (_, i) => i));
    expect(runReference(graph, { x }, {}).outputs.get('y')!.data).toEqual(runReference(g, { x }, {}).outputs.get('y')!.data);
  });

  it('identity movement and casts go; a cast to f32 stays (where the reference rounds)', () => {
    expect(cleaned(build((b) => {
      const x = b.input('x', 'f32', [2, 3]);
      const i = b.input('i', 'i32', [2, 3]);
      b.output('a', b.expand(x, { shape: [2, 3] }));
      b.output('b', b.slice(x, { axes: [1], starts: [0], ends: [3] }));
      b.output('c', b.cast(i, { to: 'i32' }));
      b.output('d', b.cast(x, { to: 'f32' }));
      b.output('e', b.neg(b.neg(x)));
    }))).toEqual({ nodes: ['input()', 'input()', 'cast(0)'], outputs: ['a=%0', 'b=%0', 'c=%1', 'd=%2', 'e=%0'] });
  });

  it('x*1, 1*x, x/1 and x-0 fold, also with the constant behind an expand', () => {
    expect(cleaned(build((b) => {
      const x = b.input('x', 'f32', [2, 3]);
      const one = b.expand(b.constant(1, 'f32', [1]), { shape: [2, 3] });
      b.output('a', b.mul(x, 1));
      b.output('b', b.mul(one, x));
      b.output('c', b.div(x, one));
      b.output('d', b.sub(x, 0));
    }))).toEqual({ nodes: ['input()'], outputs: ['a=%0', 'b=%0', 'c=%0', 'd=%0'] });
  });

  it('keeps an identity operand that broadcasts x, complex products, and x / 1 for the divisor side', () => {
    expect(cleaned(build((b) => {
      const x = b.input('x', 'f32', [3]);
      const z = b.input('z', 'c64', [3]);
      b.output('a', b.mul(x, b.constant(1, 'f32', [2, 3])));
      b.output('b', b.mul(z, b.constant([1, 0], 'c64', [])));
      b.output('c', b.div(b.constant(1, 'f32', [3]), x));
    })).nodes).toEqual(['input()', 'input()', 'const()', 'mul(0,2)', 'const()', 'mul(1,4)', 'const()', 'div(6,0)']);
  });

  it('x+0 folds for integers and for -0; for floats +0 only with exactFloats false', () => {
    const g = build((b) => {
      const x = b.input('x', 'f32', [3]);
      const i = b.input('i', 'i32', [3]);
      b.output('a', b.add(i, 0));
      b.output('b', b.add(b.constant(-0, 'f32', [3]), x));
      b.output('c', b.add(x, 0));
      b.output('d', b.sub(x, -0));
    });
    expect(cleaned(g)).toEqual({
      nodes: ['input()', 'input()', 'const()', 'add(0,2)', 'const()', 'sub(0,4)'], outputs: ['a=%1', 'b=%0', 'c=%3', 'd=%5'],
    });
    expect(cleaned(g, false)).toEqual({ nodes: ['input()', 'input()'], outputs: ['a=%1', 'b=%0', 'c=%0', 'd=%0'] });
    // the documented change: -0 + 0 is +0, and x is -0
    const x = Tensor.from('f32', [3], [-0, 1, -2]);
    const i = Tensor.from('i32', [3], [1, 2, 3]);
    expect(Object.is(runReference(g, { x, i }, {}).outputs.get('c')!.data[0], 0)).toBe(true);
    expect(Object.is(runReference(cleanUpAlgebra(g, { exactFloats: false }).graph, { x, i }, {}).outputs.get('c')!.data[0], -0)).toBe(true);
  });

  it('a sum of an expand over its copies is a multiply for integers, and for floats only with exactFloats false', () => {
    const g = build((b) => {
      const i = b.input('i', 'i32', [3, 1]);
      const x = b.input('x', 'f32', [3, 1]);
      b.output('a', b.sum(b.expand(i, { shape: [3, 4] }), { axes: [1], keepdims: true }));
      b.output('b', b.sum(b.expand(x, { shape: [3, 4] }), { axes: [1], keepdims: true }));
    });
    expect(cleaned(g)).toEqual({ nodes: ['input()', 'input()', 'const()', 'mul(0,2)', 'expand(1)', 'sum(4)'], outputs: ['a=%3', 'b=%5'] });
    expect(cleaned(g, false)).toEqual({ nodes: ['input()', 'input()', 'const()', 'mul(0,2)', 'const()', 'mul(1,4)'], outputs: ['a=%3', 'b=%5'] });
    const i = Tensor.from('i32', [3, 1], [5, -7, 2 ** 30]);
    const x = Tensor.from('f32', [3, 1], [1, 2, 3]);
    const before = runReference(g, { i, x }, {}).outputs, after = runReference(cleanUpAlgebra(g).graph, { i, x }, {}).outputs;
    expect([...after.get('a')!.data]).toEqual([...before.get('a')!.data]);
  });

  it('a sum over axes the expand did not repeat becomes a smaller sum, then the expand', () => {
    const g = build((b) => {
      const x = b.input('x', 'f32', [1, 3, 5]);
      b.output('y', b.sum(b.expand(x, { shape: [4, 3, 5] }), { axes: [-1] }));
    });
    const { graph } = eliminateDeadCode(cleanUpAlgebra(g).graph);
    expect(shapeOf(graph).nodes).toEqual(['input()', 'sum(0)', 'expand(1)']);
    expect(graph.nodes[1].type.shape).toEqual([1, 3]);
    const x = Tensor.from('f32', [1, 3, 5], Array.from({ length: 15 }, (_, k) => Math.fround(Math.sin(k))));
    expect(runReference(graph, { x }, {}).outputs.get('y')!.data).toEqual(runReference(g, { x }, {}).outputs.get('y')!.data);
  });

  it('does not grow the graph when the expand has other readers', () => {
    const g = build((b) => {
      const x = b.input('x', 'f32', [1, 5]);
      const e = b.expand(x, { shape: [4, 5] });
      b.output('e', e);
      b.output('y', b.sum(e, { axes: [1] }));
    });
    expect(cleaned(g)).toEqual(shapeOf(g));
  });
});

describe('simplify', () => {
  it('runs clean-up, CSE and DCE until nothing changes', () => {
    const g = build((b) => {
      const x = b.input('x', 'f32', [2, 3]);
      const a = b.mul(b.reshape(b.reshape(x, { shape: [6] }), { shape: [3, 2] }), 1);
      const c = b.reshape(x, { shape: [3, 2] });
      b.output('y', b.add(b.exp(a), b.exp(c)));
    });
    const { graph, idMap } = simplify(g);
    expect(shapeOf(graph)).toEqual({ nodes: ['input()', 'reshape(0)', 'exp(1)', 'add(2,2)'], outputs: ['y=%3'] });
    expect(idMap[g.outputs[0].node]).toBe(3);
    expect(simplify(graph).graph).toBe(graph);
  });
});
