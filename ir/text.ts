// The text form of a graph: a readable dump in the style of MLIR/Halide IR that parses back to the same
// graph. One node per line, every attribute spelled out, the inferred type after ':' and the source
// location after '@'; a node a pass made also says why it exists after 'provenance':
//
//   graph "tiny" {
//     %0 = input {name="x", dtype="f32", shape=[2,3,8]} : f32[2,3,8] @ "examples/tiny.ts:9:15"
//     %2 = conv(%0, %1) {stride=[1], padding=[1], dilation=[1], groups=1} : f32[2,4,8]
//     %3 = neg(%2) : f32[2,4,8] provenance "∂ of %2 conv @ examples/tiny.ts:10:3"
//     output "y" = %2
//   }
//
// The parser also takes '#' comments, free whitespace, any %labels (renumbered in order), and nodes
// without the ': type' annotation. Every node goes through graph.append, so the registry is the one
// place that validates ops, attributes and shapes.
import type { AttrValue } from './attrs.ts';
import { isDType } from './dtype.ts';
import { AttrError, DTypeError, ParseError, ShapeError, TempofuseError, type ErrorDetail } from './errors.ts';
import { Graph, formatType, lookupOp, type Node, type TensorType } from './graph.ts';

export function printGraph(g: Graph): string {
  const lines = [`graph ${JSON.stringify(g.name)} {`];
  for (const n of g.nodes) lines.push(`  ${printNode(n)}`);
  for (const o of g.outputs) lines.push(`  output ${JSON.stringify(o.name)} = %${o.node}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

function printNode(n: Node): string {
  const args = n.inputs.length ? `(${n.inputs.map((i) => `%${i}`).join(', ')})` : '';
  const attrs = Object.keys(n.attrs).length ? ` ${printValue(n.attrs)}` : '';
  const loc = n.loc !== undefined ? ` @ ${JSON.stringify(n.loc)}` : '';
  const provenance = n.provenance !== undefined ? ` provenance ${JSON.stringify(n.provenance)}` : '';
  return `%${n.id} = ${n.op}${args}${attrs} : ${formatType(n.type)}${loc}${provenance}`;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Shortest round-trip form; '-0' keeps the sign String() drops; inf/-inf/nan for the non-finite. */
function printNumber(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return Object.is(x, -0) ? '-0' : String(x);
}

function printValue(v: AttrValue): string {
  if (typeof v === 'number') return printNumber(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(printValue).join(',')}]`;
  const key = (k: string) => (IDENT.test(k) ? k : JSON.stringify(k));
  return `{${Object.entries(v).map(([k, x]) => `${key(k)}=${printValue(x)}`).join(', ')}}`;
}

// ---- shared with json.ts --------------------------------------------------------------------------

/** How deep an attribute value may nest (lists of lists, objects): far beyond any op's attributes, and
 *  low enough that checking, printing and copying them recursively cannot overflow the stack. */
export const MAX_ATTR_DEPTH = 32;

/** Whether `v` nests lists or objects more than `limit` deep (iteratively: `v` may nest any depth). */
export function nestedDeeper(v: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length) {
    const [x, depth] = stack.pop()!;
    if (x === null || typeof x !== 'object') continue;
    if (depth === limit) return true;
    for (const c of Object.values(x)) stack.push([c, depth + 1]);
  }
  return false;
}

/** The same error class and text, located at `loc` (a text position or JSON path) instead of the node's
 *  source location: when reading a file, the file is where the reader must look (the '@' location is
 *  still visible on the offending line). */
export function relocate(e: unknown, loc: string, node?: string): unknown {
  if (!(e instanceof TempofuseError)) return e;
  const Cls = e.constructor as new (detail: string, info: ErrorDetail) => TempofuseError;
  return new Cls(e.detail, { loc, node: node ?? e.node, expected: e.expected, found: e.found });
}

/** The first attribute the op's schema rejects (unknown key or bad value), to point an AttrError at it.
 *  This only re-runs the schema's own checks; it adds no rules of its own. */
export function failingAttr(op: string, attrs: Record<string, unknown>): string | undefined {
  const schema = lookupOp(op).attrs;
  return Object.keys(attrs).find((k) => {
    if (!Object.hasOwn(schema, k)) return true;
    try { schema[k].check(attrs[k], k); return false; } catch { return true; }
  });
}

/** A DTypeError or ShapeError when a recorded type differs from the one the registry infers. */
export function typeMismatch(recorded: TensorType, inferred: TensorType, loc: string, node: string): TempofuseError {
  const Cls = recorded.dtype !== inferred.dtype ? DTypeError : ShapeError;
  return new Cls('recorded type differs from the inferred type', { loc, node, expected: formatType(inferred), found: formatType(recorded) });
}

// ---- parser -----------------------------------------------------------------------------------------

type Kind = 'ident' | 'label' | 'string' | 'number' | 'punct' | 'eof';
interface Token { kind: Kind; text: string; line: number; col: number; value?: string | number }

const PUNCT = '=(){}[],:@';
const WORD = /[A-Za-z0-9_.]/;
const NUMBER = /-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORDS: Record<string, AttrValue> = { true: true, false: false, null: null, inf: Infinity, nan: NaN };
type Labels = Map<string, { id: number; at: string }>;

export function parseGraph(text: string, source = '<text>'): Graph {
  return new Parser(text, source).graph();
}

class Parser {
  private i = 0;
  private line = 1;
  private col = 1;
  private tok: Token;

  constructor(private readonly text: string, private readonly source: string) {
    this.tok = this.lex();
  }

  graph(): Graph {
    this.keyword('graph');
    const g = new Graph(this.string('the graph name'));
    this.punct('{');
    const labels: Labels = new Map();
    while (!this.isPunct('}')) {
      if (this.tok.kind === 'ident' && this.tok.text === 'output') this.output(g, labels);
      else this.node(g, labels);
    }
    const end = this.next();
    if (this.tok.kind !== 'eof') this.fail('the end of the text');
    try { g.validate(); } catch (e) { throw relocate(e, this.at(end)); }
    return g;
  }

  private node(g: Graph, labels: Labels): void {
    const label = this.expectKind('label', "a node ('%label = op ...') or 'output'");
    const prev = labels.get(label.text);
    if (prev) {
      throw new ParseError(`label %${label.text} is already defined at ${prev.at}`, { loc: this.at(label), expected: 'a new label', found: `%${label.text}` });
    }
    this.punct('=');
    const opTok = this.expectKind('ident', 'an op name');
    const op = opTok.text;
    const site = `%${label.text} = ${op}`;
    try { lookupOp(op); } catch (e) { throw relocate(e, this.at(opTok)); }
    const inputs: number[] = [];
    if (this.eat('(')) {
      while (!this.isPunct(')')) {
        if (inputs.length) this.punct(',');
        const ref = this.expectKind('label', 'an input %label');
        const def = labels.get(ref.text);
        if (!def) throw new ParseError(`undefined label %${ref.text}`, { loc: this.at(ref), node: site, expected: 'a label defined earlier', found: `%${ref.text}` });
        inputs.push(def.id);
      }
      this.next();
    }
    const keyAt = new Map<string, Token>();
    const attrs = this.isPunct('{') ? this.object(keyAt) : {};
    let annotated: { type: TensorType; tok: Token } | undefined;
    if (this.eat(':')) annotated = { tok: this.tok, type: this.type() };
    let loc: string | undefined;
    if (this.eat('@')) loc = this.string('a source location string');
    let provenance: string | undefined;
    if (this.tok.kind === 'ident' && this.tok.text === 'provenance') {
      this.next();
      provenance = this.string('the provenance string');
    }

    let node: Node;
    try {
      node = g.append(op, inputs, attrs, loc, provenance);
    } catch (e) {
      // Point an attribute error at the offending attribute, anything else at the op.
      const bad = e instanceof AttrError ? failingAttr(op, attrs) : undefined;
      throw relocate(e, this.at(bad !== undefined ? keyAt.get(bad)! : opTok), site);
    }
    if (annotated && formatType(annotated.type) !== formatType(node.type)) {
      throw typeMismatch(annotated.type, node.type, this.at(annotated.tok), site);
    }
    labels.set(label.text, { id: node.id, at: `${label.line}:${label.col}` });
  }

  private output(g: Graph, labels: Labels): void {
    const start = this.next();
    const name = this.string('the output name');
    this.punct('=');
    const ref = this.expectKind('label', 'the output %label');
    const def = labels.get(ref.text);
    if (!def) throw new ParseError(`undefined label %${ref.text}`, { loc: this.at(ref), expected: 'a label defined earlier', found: `%${ref.text}` });
    try { g.addOutput(name, def.id); } catch (e) { throw relocate(e, this.at(start)); }
  }

  private type(): TensorType {
    const dt = this.expectKind('ident', 'a dtype');
    if (!isDType(dt.text)) this.fail('a dtype', dt);
    this.punct('[');
    const shape: number[] = [];
    while (!this.isPunct(']')) {
      if (shape.length) this.punct(',');
      const d = this.tok;
      if (d.kind !== 'number' || !Number.isInteger(d.value) || (d.value as number) < 0) this.fail('a dimension (an integer >= 0)');
      shape.push(d.value as number);
      this.next();
    }
    this.next();
    return { dtype: dt.text, shape };
  }

  /** `{key=value, ...}`; records where each key is when `keyAt` is given. `depth`: how deep its values
   *  nest inside an attribute value (0 for the node's attributes). */
  private object(keyAt?: Map<string, Token>, depth = 0): { [k: string]: AttrValue } {
    this.punct('{');
    const entries: [string, AttrValue][] = [];
    while (!this.isPunct('}')) {
      if (entries.length) this.punct(',');
      const keyTok = this.tok;
      if (keyTok.kind !== 'ident' && keyTok.kind !== 'string') this.fail('an attribute name');
      const key = keyTok.kind === 'string' ? (keyTok.value as string) : keyTok.text;
      if (entries.some(([k]) => k === key)) {
        throw new ParseError(`duplicate attribute '${key}'`, { loc: this.at(keyTok), expected: 'each attribute once', found: key });
      }
      keyAt?.set(key, keyTok);
      this.next();
      this.punct('=');
      entries.push([key, this.value(depth)]);
    }
    this.next();
    return Object.fromEntries(entries); // own properties even for keys like "__proto__"
  }

  /** An attribute value nested `depth` lists or objects deep in an attribute's value. */
  private value(depth: number): AttrValue {
    const t = this.tok;
    if (t.kind === 'number' || t.kind === 'string') { this.next(); return t.value!; }
    if (t.kind === 'ident' && Object.hasOwn(WORDS, t.text)) { this.next(); return WORDS[t.text]; }
    if ((this.isPunct('{') || this.isPunct('[')) && depth === MAX_ATTR_DEPTH) {
      throw new ParseError('attribute value nested too deep', { loc: this.at(t), expected: `lists and objects nested at most ${MAX_ATTR_DEPTH} deep`, found: 'more' });
    }
    if (this.isPunct('{')) return this.object(undefined, depth + 1);
    if (this.eat('[')) {
      const items: AttrValue[] = [];
      while (!this.isPunct(']')) {
        if (items.length) this.punct(',');
        items.push(this.value(depth + 1));
      }
      this.next();
      return items;
    }
    return this.fail('an attribute value (number, string, true, false, null, inf, nan, [list] or {object})');
  }

  // ---- token helpers ----

  private at(t: Token): string { return `${this.source}:${t.line}:${t.col}`; }

  private describe(t: Token): string {
    if (t.kind === 'eof') return 'the end of the text';
    if (t.kind === 'label') return `%${t.text}`;
    return t.kind === 'punct' ? `'${t.text}'` : `${t.kind} ${t.kind === 'ident' ? `'${t.text}'` : t.text}`;
  }

  private fail(expected: string, t: Token = this.tok): never {
    throw new ParseError('syntax error', { loc: this.at(t), expected, found: this.describe(t) });
  }

  private next(): Token {
    const t = this.tok;
    this.tok = this.lex();
    return t;
  }

  private isPunct(p: string): boolean { return this.tok.kind === 'punct' && this.tok.text === p; }

  private eat(p: string): boolean {
    if (!this.isPunct(p)) return false;
    this.next();
    return true;
  }

  private punct(p: string): void {
    if (!this.eat(p)) this.fail(`'${p}'`);
  }

  private keyword(w: string): void {
    if (this.tok.kind !== 'ident' || this.tok.text !== w) this.fail(`'${w}'`);
    this.next();
  }

  private expectKind(kind: Kind, expected: string): Token {
    if (this.tok.kind !== kind) this.fail(expected);
    return this.next();
  }

  private string(expected: string): string {
    return this.expectKind('string', expected).value as string;
  }

  // ---- lexer ----

  private advance(n: number): void {
    for (let k = 0; k < n; k++) {
      if (this.text[this.i++] === '\n') { this.line++; this.col = 1; } else this.col++;
    }
  }

  private lex(): Token {
    const s = this.text;
    for (;;) { // skip whitespace and comments
      if (/\s/.test(s[this.i] ?? '')) this.advance(1);
      else if (s[this.i] === '#') { while (this.i < s.length && s[this.i] !== '\n') this.advance(1); }
      else break;
    }
    const start = { line: this.line, col: this.col };
    const tok = (kind: Kind, len: number, value?: string | number): Token => {
      const t = { kind, text: s.slice(this.i, this.i + len), ...start, value };
      this.advance(len);
      return t;
    };
    const c = s[this.i];
    if (c === undefined) return { kind: 'eof', text: '', ...start };
    if (PUNCT.includes(c)) return tok('punct', 1);
    if (c === '"') return this.lexString(start);
    if (c === '%') {
      let j = this.i + 1;
      while (j < s.length && WORD.test(s[j])) j++;
      if (j === this.i + 1) this.badToken('%', start);
      const t = tok('label', j - this.i);
      return { ...t, text: t.text.slice(1) };
    }
    if (s.startsWith('-inf', this.i) && !WORD.test(s[this.i + 4] ?? '')) return tok('number', 4, -Infinity);
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(s);
    if (m && !WORD.test(s[this.i + m[0].length] ?? '')) return tok('number', m[0].length, Number(m[0]));
    if (/[A-Za-z_]/.test(c)) {
      let j = this.i + 1;
      while (j < s.length && WORD.test(s[j])) j++;
      return tok('ident', j - this.i);
    }
    return this.badToken(m ? m[0] + s.slice(this.i + m[0].length).match(/^[A-Za-z0-9_.]*/)![0] : c, start);
  }

  private badToken(found: string, start: { line: number; col: number }): never {
    throw new ParseError('bad token', { loc: `${this.source}:${start.line}:${start.col}`, expected: `a name, number, string, %label or one of ${PUNCT.split('').join(' ')}`, found: JSON.stringify(found) });
  }

  /** A JSON string literal on one line. */
  private lexString(start: { line: number; col: number }): Token {
    const s = this.text;
    let j = this.i + 1;
    while (j < s.length && s[j] !== '"' && s[j] !== '\n') j += s[j] === '\\' ? 2 : 1;
    if (j >= s.length || s[j] !== '"') {
      throw new ParseError('unterminated string', { loc: `${this.source}:${start.line}:${start.col}`, expected: 'a closing \'"\' on the same line', found: j >= s.length ? 'the end of the text' : 'a line break' });
    }
    const raw = s.slice(this.i, j + 1);
    let value: string;
    try { value = JSON.parse(raw); } catch {
      throw new ParseError('bad string literal', { loc: `${this.source}:${start.line}:${start.col}`, expected: 'a JSON string (escapes \\" \\\\ \\n \\uXXXX ...)', found: raw });
    }
    const t: Token = { kind: 'string', text: raw, ...start, value };
    this.advance(raw.length);
    return t;
  }
}
