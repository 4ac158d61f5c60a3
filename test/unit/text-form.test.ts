import { describe, expect, it } from 'vitest';
import { ALL_CASES } from '../cases/index.ts';
import { caseGraph, caseId, caseInputs } from '../helpers/cases.ts';
import { expectSameOutputs, richGraph } from '../helpers/roundtrip.ts';
import { parseGraph, printGraph } from '../../ir/text.ts';
import { AttrError, DTypeError, GraphError, ParseError, ShapeError, UnknownOpError } from '../../ir/errors.ts';

describe('text form: every op case round-trips', () => {
  for (const c of ALL_CASES) {
    it(caseId(c), () => {
      const g = caseGraph(c);
      const text = printGraph(g);
      const back = parseGraph(text);
      expect(printGraph(back)).toBe(text);
      expectSameOutputs(g, back, new Map(caseInputs(c).map((t, i) => [`x${i}`, t])));
    });
  }
});

describe('text form: multi-node graph', () => {
  it('round-trips params of every init kind, non-finite constants, locations and several outputs', () => {
    const g = richGraph();
    const text = printGraph(g);
    expect(text).toContain('init={kind="kaiming_normal", mode="fan_out", nonlinearity="relu", a=0}, trainable=true} : f32[4,3,3] @ "test/helpers/roundtrip.ts:');
    expect(text).toContain('init={kind="ones"}, trainable=false}');
    expect(text).toContain('value=[inf,-inf,nan,-0,5e-324,1.5e+21,0.1]');
    expect(text).toContain('value=-inf}');
    expect(text.startsWith('graph "rich \\"graph\\"\\n" {\n')).toBe(true);
    expect(text.endsWith('  output "y" = %18\n  output "pooled" = %16\n  output "special" = %20\n}\n')).toBe(true);
    const back = parseGraph(text);
    expect(printGraph(back)).toBe(text);
    expect(back.nodes.map((n) => n.loc)).toEqual(g.nodes.map((n) => n.loc));
    expectSameOutputs(g, back);
  });

  it('accepts comments, free whitespace, any labels and omitted types, and renumbers', () => {
    const text = `# hand-written
      graph "hand"{   # the name
        %x.in = input {name = "x", dtype = "f32", shape = [2, 3]}
        %w_1 = param {"name"="w", dtype="f32", shape=[3,3], init={kind="zeros"}}  # trainable defaults to true
        %Y=matmul(%x.in,%w_1)@"net.ts:4:2"
        output "out" = %Y output "again" = %x.in
      }
      # trailing comment`;
    expect(printGraph(parseGraph(text))).toBe([
      'graph "hand" {',
      '  %0 = input {name="x", dtype="f32", shape=[2,3]} : f32[2,3]',
      '  %1 = param {name="w", dtype="f32", shape=[3,3], init={kind="zeros"}, trainable=true} : f32[3,3]',
      '  %2 = matmul(%0, %1) : f32[2,3] @ "net.ts:4:2"',
      '  output "out" = %2',
      '  output "again" = %0',
      '}',
      '',
    ].join('\n'));
  });
});

describe('text form: errors', () => {
  const base = [
    'graph "g" {',
    '  %0 = input {name="x", dtype="f32", shape=[2,3]}',
    '  %1 = sum(%0) {axes=[1]}',
    '  output "y" = %1',
    '}',
  ].join('\n');

  const fails = (text: string, cls: new (...a: never[]) => Error, message: string, source?: string) => {
    let err: unknown;
    try { parseGraph(text, source); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(cls);
    expect((err as Error).message).toBe(message);
  };

  it('unknown op', () => fails(base.replace('sum', 'frobnicate'), UnknownOpError,
    "<text>:3:8: unknown op 'frobnicate' (expected an op of the registry (see `tempofuse ops`), found frobnicate)"));

  it('undefined label', () => fails(base.replace('sum(%0)', 'sum(%zz)'), ParseError,
    '<text>:3:12 %1 = sum: undefined label %zz (expected a label defined earlier, found %zz)'));

  it('label used before its definition', () => fails(base.replace('output "y" = %1', 'output "y" = %2'), ParseError,
    '<text>:4:16: undefined label %2 (expected a label defined earlier, found %2)'));

  it('duplicate label', () => fails(base.replace('%1 = sum', '%0 = sum'), ParseError,
    '<text>:3:3: label %0 is already defined at 2:3 (expected a new label, found %0)'));

  it('bad token', () => fails(base.replace('{axes=[1]}', '{axes=[1]} $'), ParseError,
    '<text>:3:27: bad token (expected a name, number, string, %label or one of = ( ) { } [ ] , : @, found "$")'));

  it('malformed number', () => fails(base.replace('axes=[1]', 'axes=[1.5e]'), ParseError,
    '<text>:3:23: bad token (expected a name, number, string, %label or one of = ( ) { } [ ] , : @, found "1.5e")'));

  it('syntax error names what was expected and found', () => {
    fails(base.replace('axes=[1]', 'axes [1]'), ParseError, "<text>:3:22: syntax error (expected '=', found '[')");
    fails(base.replace('axes=[1]', 'axes=[1,]'), ParseError,
      "<text>:3:25: syntax error (expected an attribute value (number, string, true, false, null, inf, nan, [list] or {object}), found ']')");
    fails(base.slice(0, -2), ParseError, "<text>:4:18: syntax error (expected a node ('%label = op ...') or 'output', found the end of the text)");
    fails(base + ' extra', ParseError, "<text>:5:3: syntax error (expected the end of the text, found ident 'extra')");
  });

  it('bad attribute value, pointing at the attribute', () => fails(base.replace('axes=[1]', 'axes="1"'), AttrError,
    `<text>:3:17 %1 = sum: attribute 'axes' (expected a list of integers, found "1")`));

  it('unknown attribute', () => fails(base.replace('axes=[1]', 'axes=[1], bogus=2'), AttrError,
    "<text>:3:27 %1 = sum: unknown attribute 'bogus' for op 'sum' (expected one of axes, keepdims, found bogus)"));

  it('duplicate attribute', () => fails(base.replace('axes=[1]', 'axes=[1], axes=[0]'), ParseError,
    "<text>:3:27: duplicate attribute 'axes' (expected each attribute once, found axes)"));

  it('type annotation mismatch: shape and dtype', () => {
    fails(base.replace('{axes=[1]}', '{axes=[1]} : f32[3]'), ShapeError,
      '<text>:3:29 %1 = sum: recorded type differs from the inferred type (expected f32[2], found f32[3])');
    fails(base.replace('{axes=[1]}', '{axes=[1]} : i32[2]'), DTypeError,
      '<text>:3:29 %1 = sum: recorded type differs from the inferred type (expected f32[2], found i32[2])');
  });

  it('shape errors from the registry carry the text position and the label', () => fails(
    base.replace('output "y" = %1', '%bad = add(%0, %1)\n  output "y" = %bad'), ShapeError,
    '<text>:4:10 %bad = add: cannot broadcast a [2,3] with b [2] at axis -1 (expected 3 or 1, found 2)'));

  it('unterminated string, with the source name', () => {
    fails(base.replace('%1 = sum(%0) {axes=[1]}', '%1 = sum(%0) {axes=[1]} @ "net.ts:3'), ParseError,
      `net.txt:3:29: unterminated string (expected a closing '"' on the same line, found a line break)`, 'net.txt');
    fails('graph "g', ParseError, `<text>:1:7: unterminated string (expected a closing '"' on the same line, found the end of the text)`);
  });

  it('bad string escape', () => fails(base.replace('"x"', '"\\q"'), ParseError,
    '<text>:2:20: bad string literal (expected a JSON string (escapes \\" \\\\ \\n \\uXXXX ...), found "\\q")'));

  it('graph errors: duplicate input name, duplicate output, no outputs', () => {
    fails(base.replace('%1 = sum(%0) {axes=[1]}', '%1 = input {name="x", dtype="f32", shape=[2]}'), GraphError,
      "<text>:3:8 %1 = input: duplicate input name 'x' (already used by %0)");
    fails(base.replace('output "y" = %1', 'output "y" = %1 output "y" = %0'), GraphError, "<text>:4:19: duplicate output name 'y'");
    fails(base.replace('  output "y" = %1\n', ''), GraphError, "<text>:4:1: graph 'g' has no outputs");
  });
});
