import { describe, expect, it } from 'vitest';
import { ALL_CASES } from '../cases/index.ts';
import { caseGraph, caseId, caseInputs } from '../helpers/cases.ts';
import { expectSameOutputs, richGraph } from '../helpers/roundtrip.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { graphFromJSON, graphToJSON, type GraphJSON } from '../../ir/json.ts';
import { printGraph } from '../../ir/text.ts';
import type { Graph } from '../../ir/graph.ts';
import { AttrError, DTypeError, GraphError, ParseError, ShapeError, UnknownOpError } from '../../ir/errors.ts';

/** Through a JSON string and back, as a file would go. */
const viaString = (g: Graph): Graph => graphFromJSON(JSON.parse(JSON.stringify(graphToJSON(g))));

describe('JSON form: every op case round-trips', () => {
  for (const c of ALL_CASES) {
    it(caseId(c), () => {
      const g = caseGraph(c);
      const back = viaString(g);
      expect(printGraph(back)).toBe(printGraph(g));
      expectSameOutputs(g, back, new Map(caseInputs(c).map((t, i) => [`x${i}`, t])));
    });
  }
});

describe('JSON form: multi-node graph', () => {
  it('round-trips params, non-finite constants, locations and several outputs', () => {
    const g = richGraph();
    const back = viaString(g);
    expect(printGraph(back)).toBe(printGraph(g));
    expect(back.nodes.map((n) => n.loc)).toEqual(g.nodes.map((n) => n.loc));
    expectSameOutputs(g, back);
  });

  it('writes the documented layout, with non-finite numbers and -0 as strings', () => {
    const j = graphToJSON(richGraph());
    expect(Object.keys(j)).toEqual(['format', 'version', 'name', 'nodes', 'outputs']);
    expect(j.format).toBe('tempofuse.graph');
    expect(j.version).toBe(1);
    expect(j.outputs).toEqual([{ name: 'y', node: 18 }, { name: 'pooled', node: 16 }, { name: 'special', node: 20 }]);
    const konst = j.nodes[17];
    expect(konst).toMatchObject({ id: 17, op: 'const', inputs: [], type: { dtype: 'f32', shape: [7] } });
    expect(konst.attrs.value).toEqual(['inf', '-inf', 'nan', '-0', 5e-324, 1.5e21, 0.1]);
    expect(j.nodes[15].attrs.value).toBe('-inf');
    expect(j.nodes[6].attrs).toEqual({ name: 'scale', dtype: 'f32', shape: [4, 1], init: { kind: 'ones' }, trainable: false });
    expect(JSON.stringify(j)).not.toContain('null');
  });

  it('a string attribute spelled like a marker stays a string', () => {
    const b = new GraphBuilder('g');
    b.output('y', b.relu(b.input('nan', 'f32', [2])));
    const back = viaString(b.build());
    expect(back.nodes[0].attrs.name).toBe('nan');
  });

  it('a node without loc has no loc key', () => {
    const j = graphToJSON(richGraph());
    const { loc: _, ...first } = j.nodes[0];
    const back = graphFromJSON({ ...j, nodes: [first, ...j.nodes.slice(1)] });
    expect(back.nodes[0].loc).toBeUndefined();
    expect(graphToJSON(back).nodes[0]).not.toHaveProperty('loc');
  });
});

describe('JSON form: errors', () => {
  const base = (): GraphJSON => {
    const b = new GraphBuilder('g');
    b.output('y', b.sum(b.input('x', 'f32', [2, 3]), { axes: [1] }));
    return JSON.parse(JSON.stringify(graphToJSON(b.build())));
  };
  const fails = (doc: unknown, cls: new (...a: never[]) => Error, message: string, source?: string) => {
    let err: unknown;
    try { graphFromJSON(doc, source); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(cls);
    expect((err as Error).message).toBe(message);
  };
  const edit = (f: (j: GraphJSON & Record<string, unknown>) => void): GraphJSON => {
    const j = base();
    f(j as GraphJSON & Record<string, unknown>);
    return j;
  };

  it('wrong format and version', () => {
    fails(edit((j) => { (j as { format: string }).format = 'onnx'; }), ParseError,
      '<json>:format: bad format (expected "tempofuse.graph", found "onnx")');
    fails(edit((j) => { (j as { version: number }).version = 2; }), ParseError, 'net.json:version: bad version (expected 1, found 2)', 'net.json');
    fails([], ParseError, '<json>:$: bad document (expected an object, found [])');
  });

  it('missing and unknown keys', () => {
    fails(edit((j) => { delete (j as Partial<GraphJSON>).outputs; }), ParseError, '<json>:outputs: bad outputs (expected a value, found nothing)');
    fails(edit((j) => { (j.nodes[1] as unknown as Record<string, unknown>).attr = {}; }), ParseError,
      '<json>:nodes[1].attr: bad nodes[1].attr (expected only the keys id, op, inputs, attrs, type, loc, provenance, found "attr")');
  });

  it('non-sequential ids', () => fails(edit((j) => { j.nodes[1].id = 5; }), GraphError,
    '<json>:nodes[1].id: node ids must be 0, 1, 2, ... in order (expected 1, found 5)'));

  it('forward reference', () => fails(edit((j) => { j.nodes[1].inputs = [1]; }), GraphError,
    '<json>:nodes[1].inputs[0]: inputs must reference earlier nodes (expected an id in 0..0, found 1)'));

  it('unknown op', () => fails(edit((j) => { j.nodes[1].op = 'frobnicate'; }), UnknownOpError,
    "<json>:nodes[1].op: unknown op 'frobnicate' (expected an op of the registry (see `tempofuse ops`), found frobnicate)"));

  it('bad attribute, located at its path', () => {
    fails(edit((j) => { j.nodes[1].attrs.axes = 'inf'; }), AttrError,
      `<json>:nodes[1].attrs.axes %1 = sum: attribute 'axes' (expected a list of integers, found "inf")`);
    fails(edit((j) => { j.nodes[1].attrs.axis = 1; }), AttrError,
      "<json>:nodes[1].attrs.axis %1 = sum: unknown attribute 'axis' for op 'sum' (expected one of axes, keepdims, found axis)");
    fails(edit((j) => { delete j.nodes[1].attrs.axes; }), AttrError,
      "<json>:nodes[1] %1 = sum: missing attribute 'axes' for op 'sum' (expected a list of integers, found nothing)");
  });

  it('recorded type differs from the inferred one', () => {
    fails(edit((j) => { j.nodes[1].type.shape = [3]; }), ShapeError,
      '<json>:nodes[1].type %1 = sum: recorded type differs from the inferred type (expected f32[2], found f32[3])');
    fails(edit((j) => { j.nodes[1].type.dtype = 'i32'; }), DTypeError,
      '<json>:nodes[1].type %1 = sum: recorded type differs from the inferred type (expected f32[2], found i32[2])');
  });

  it("errors from the op's shape rule are located at the node", () => fails(edit((j) => { j.nodes[1].attrs.axes = [4]; }), AttrError,
    "<json>:nodes[1] %1 = sum: attribute 'axes' is out of range for a rank-2 input (expected -2..1, found 4)"));

  it('bad outputs', () => {
    fails(edit((j) => { j.outputs[0].node = 7; }), GraphError, '<json>:outputs[0]: no node %7');
    fails(edit((j) => { j.outputs = []; }), GraphError, "<json>:outputs: graph 'g' has no outputs");
  });
});
