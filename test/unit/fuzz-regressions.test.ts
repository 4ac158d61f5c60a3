// Minimal inputs for the bugs the fuzz suites found: each one used to crash with an untyped error, give a
// silently wrong result, or a typed error that did not say what was wrong.
import { describe, expect, it } from 'vitest';
import { ParseError, SafetensorsError } from '../../ir/errors.ts';
import { graphFromJSON } from '../../ir/json.ts';
import { parseGraph } from '../../ir/text.ts';
import { decodeSafetensors } from '../../io/safetensors.ts';

/** A .safetensors file with this header text and `data` zero bytes of data. */
function safetensors(header: string, data = 0): Uint8Array {
  const json = new TextEncoder().encode(header);
  const out = new Uint8Array(8 + json.length + data);
  new DataView(out.buffer).setBigUint64(0, BigInt(json.length), true);
  out.set(json, 8);
  return out;
}

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('fuzz regressions: .safetensors', () => {
  const refused = (header: string, message: RegExp, data = 4) => {
    expect(() => decodeSafetensors(safetensors(header, data), 'f.safetensors')).toThrow(SafetensorsError);
    expect(() => decodeSafetensors(safetensors(header, data), 'f.safetensors')).toThrow(message);
  };

  it('a tensor described by null or a number, not an object', () => {
    refused('{"a":null}', /tensor 'a' is not described by an object.*found null/);
    refused('{"a":3}', /tensor 'a' is not described by an object.*found 3/);
  });

  it('__metadata__ that is not an object of strings', () => {
    refused('{"__metadata__":{"format":null}}', /__metadata__ is not an object of strings/);
    refused('{"__metadata__":[1]}', /__metadata__ is not an object of strings/);
  });

  it('a dtype that is a key of every object ("constructor")', () => {
    refused('{"a":{"dtype":"constructor","shape":[],"data_offsets":[0,4]}}', /unsupported dtype.*found constructor/);
  });

  it('dimensions beyond 2^53, or so many that the byte count is not a number', () => {
    refused('{"a":{"dtype":"F32","shape":[9007199254740992,0],"data_offsets":[0,0]}}', /malformed shape/);
    const many = Array(20).fill(2 ** 52).concat(0).join(',');
    refused(`{"a":{"dtype":"F32","shape":[${many}],"data_offsets":[0,0]}}`, /shape too large to hold/);
  });

  it('values nested 20,000 deep in the header', () => {
    refused(`{"a":{"dtype":"F32","shape":${deep(20_000)},"data_offsets":[0,4]}}`, /malformed shape.*found \[\[\[\[\[\.\.\.\]\]\]\]\]/);
    refused(`{"a":{"dtype":${deep(20_000)},"shape":[],"data_offsets":[0,4]}}`, /unsupported dtype/);
    refused(`{"a":{"dtype":"F32","shape":[],"data_offsets":${deep(20_000)}}}`, /data_offsets/);
  });
});

describe('fuzz regressions: JSON graphs', () => {
  const doc = () => ({
    format: 'tempofuse.graph', version: 1, name: 'g',
    nodes: [
      { id: 0, op: 'input', inputs: [], attrs: { name: 'x', dtype: 'f32', shape: [2] }, type: { dtype: 'f32', shape: [2] } },
      { id: 1, op: 'relu', inputs: [0], attrs: {}, type: { dtype: 'f32', shape: [2] } },
    ],
    outputs: [{ name: 'y', node: 1 }],
  });
  const nested = (depth: number): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  };
  const refused = (edit: (d: ReturnType<typeof doc>) => void, at: string) => {
    const d = doc();
    edit(d);
    expect(() => graphFromJSON(d)).toThrow(ParseError);
    expect(() => graphFromJSON(d)).toThrow(at);
  };

  it('the document as written parses', () => {
    expect(graphFromJSON(doc()).nodes).toHaveLength(2);
  });

  it('an attribute nested 20,000 deep is refused where it is', () => {
    refused((d) => { d.nodes[0].attrs.shape = nested(20_000) as number[]; }, '<json>:nodes[0].attrs.shape');
  });

  it('a recorded type nested deep, or with a dtype that is no dtype', () => {
    refused((d) => { d.nodes[1].type.shape = [nested(20_000) as number]; }, '<json>:nodes[1].type.shape[0]');
    refused((d) => { d.nodes[1].type.dtype = nested(20_000) as string; }, '<json>:nodes[1].type.dtype');
    refused((d) => { d.nodes[1].type.dtype = 'f64'; }, '<json>:nodes[1].type.dtype');
  });

  it('an output node that is not a node id', () => {
    refused((d) => { d.outputs[0].node = nested(20_000) as number; }, '<json>:outputs[0].node');
  });
});

describe('fuzz regressions: .tfir text', () => {
  const text = (shape: string) => `graph "g" {\n  %0 = input {name="x", dtype="f32", shape=${shape}}\n  output "y" = %0\n}\n`;

  it('the text as written parses', () => {
    expect(parseGraph(text('[2]')).nodes[0].type.shape).toEqual([2]);
  });

  it('an attribute value nested 20,000 deep is a ParseError at the level past the limit', () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    expect(() => parseGraph(text(deep), 'g.tfir')).toThrow(ParseError);
    expect(() => parseGraph(text(deep), 'g.tfir')).toThrow(/^g\.tfir:2:\d+: attribute value nested too deep/);
  });
});
