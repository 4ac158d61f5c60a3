// A restricted reader of Python pickles, enough for what torch.save writes (protocols 2 to 5). It executes
// nothing: a global is only a name, and calling one builds a value for the few that torch.save uses for
// state dicts (collections.OrderedDict, torch._utils._rebuild_tensor_v2 and _rebuild_parameter). Any other
// call yields an Opaque value that records what it was, so a checkpoint that also pickles, say, training
// arguments still loads, while using such a value as a tensor is an error. Opcodes of the text protocols
// (0 and 1) and extension registries are refused.
import { CheckpointError } from '../../ir/errors.ts';

export class PyGlobal {
  constructor(readonly module: string, readonly name: string) {}
  get qualified(): string { return `${this.module}.${this.name}`; }
}

/** The result of calling or instantiating anything this reader does not build. */
export class Opaque {
  constructor(readonly what: string) {}
}

/** A tensor as `_rebuild_tensor_v2` describes it: a view (offset, sizes, strides in elements) of a storage. */
export interface TensorView {
  readonly kind: 'tensor';
  readonly storage: unknown;
  readonly offset: number;
  readonly shape: readonly number[];
  readonly stride: readonly number[];
}

export type PyValue = unknown;

/** What a persistent id (BINPERSID) stands for: torch.save's storages live outside the pickle. */
export type LoadPersistent = (pid: PyValue) => PyValue;

/** nn.Parameter's rebuilders: their first argument is the tensor it wraps. */
const PARAMETER_BUILDERS = new Set(['torch._utils._rebuild_parameter', 'torch._utils._rebuild_parameter_with_state']);

export function unpickle(bytes: Uint8Array, persistent: LoadPersistent, source: string): PyValue {
  const bad = (msg: string, info: { expected?: string; found?: string } = {}) => new CheckpointError(`${source}: ${msg} (the opcode at pickle byte ${opAt})`, info);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  let opAt = 0;
  const take = (n: number): number => {
    if (pos + n > bytes.length) throw bad('the pickle ends in the middle of an opcode (truncated?)');
    const at = pos;
    pos += n;
    return at;
  };
  const text = (n: number) => { const at = take(n); return Buffer.from(bytes.subarray(at, at + n)).toString('utf8'); };
  const raw = (n: number) => { const at = take(n); return bytes.slice(at, at + n); };
  const line = () => {
    const end = bytes.indexOf(0x0a, pos);
    if (end < 0) throw bad('the pickle ends in the middle of a line (truncated?)');
    const s = Buffer.from(bytes.subarray(pos, end)).toString('utf8');
    pos = end + 1;
    return s;
  };

  let stack: PyValue[] = [];
  const marks: PyValue[][] = [];
  const memo = new Map<number, PyValue>();
  // `stack` is replaced when a mark closes, so it is read only after the pushed value is computed.
  const push = (v: PyValue) => { stack.push(v); };
  const pop = (): PyValue => {
    if (!stack.length) throw bad('the pickle pops an empty stack (malformed)');
    return stack.pop();
  };
  const popMark = (): PyValue[] => {
    const items = stack;
    const prev = marks.pop();
    if (!prev) throw bad('the pickle closes a mark it never opened (malformed)');
    stack = prev;
    return items;
  };
  const top = (): PyValue => {
    if (!stack.length) throw bad('the pickle reads an empty stack (malformed)');
    return stack[stack.length - 1];
  };
  const setItems = (target: PyValue, kv: PyValue[]) => {
    if (target instanceof Opaque) return;
    if (!(target instanceof Map)) throw bad('the pickle sets items on something that is not a dict');
    for (let i = 0; i + 1 < kv.length; i += 2) target.set(kv[i], kv[i + 1]);
  };
  const append = (target: PyValue, items: PyValue[]) => {
    if (target instanceof Opaque) return;
    if (!Array.isArray(target)) throw bad('the pickle appends to something that is not a list');
    target.push(...items);
  };
  const get = (k: number) => {
    if (!memo.has(k)) throw bad(`the pickle refers to memo entry ${k}, which it never stored (malformed)`);
    return memo.get(k);
  };

  for (;;) {
    opAt = pos;
    const op = bytes[take(1)];
    switch (op) {
      case 0x80: take(1); break; // PROTO
      case 0x95: take(8); break; // FRAME: a length hint only
      case 0x2e: return pop(); // STOP
      case 0x28: marks.push(stack); stack = []; break; // MARK
      case 0x30: pop(); break; // POP
      case 0x31: popMark(); break; // POP_MARK
      case 0x32: push(top()); break; // DUP
      case 0x4e: push(null); break; // NONE
      case 0x88: push(true); break; // NEWTRUE
      case 0x89: push(false); break; // NEWFALSE
      case 0x4a: push(view.getInt32(take(4), true)); break; // BININT
      case 0x4b: push(bytes[take(1)]); break; // BININT1
      case 0x4d: push(view.getUint16(take(2), true)); break; // BININT2
      case 0x8a: push(longOf(raw(bytes[take(1)]))); break; // LONG1
      case 0x8b: push(longOf(raw(view.getUint32(take(4), true)))); break; // LONG4
      case 0x47: push(view.getFloat64(take(8), false)); break; // BINFLOAT (big-endian)
      case 0x58: push(text(view.getUint32(take(4), true))); break; // BINUNICODE
      case 0x8c: push(text(bytes[take(1)])); break; // SHORT_BINUNICODE
      case 0x8d: push(text(Number(view.getBigUint64(take(8), true)))); break; // BINUNICODE8
      case 0x55: push(raw(bytes[take(1)])); break; // SHORT_BINSTRING
      case 0x54: push(raw(view.getUint32(take(4), true))); break; // BINSTRING
      case 0x43: push(raw(bytes[take(1)])); break; // SHORT_BINBYTES
      case 0x42: push(raw(view.getUint32(take(4), true))); break; // BINBYTES
      case 0x8e: push(raw(Number(view.getBigUint64(take(8), true)))); break; // BINBYTES8
      case 0x5d: push([]); break; // EMPTY_LIST
      case 0x6c: push(popMark()); break; // LIST
      case 0x61: { const v = pop(); append(top(), [v]); break; } // APPEND
      case 0x65: { const items = popMark(); append(top(), items); break; } // APPENDS
      case 0x29: push([]); break; // EMPTY_TUPLE
      case 0x74: push(popMark()); break; // TUPLE
      case 0x85: push([pop()]); break; // TUPLE1
      case 0x86: { const b = pop(); push([pop(), b]); break; } // TUPLE2
      case 0x87: { const c = pop(), b = pop(); push([pop(), b, c]); break; } // TUPLE3
      case 0x7d: push(new Map()); break; // EMPTY_DICT
      case 0x64: { const d = new Map(); setItems(d, popMark()); push(d); break; } // DICT
      case 0x73: { const v = pop(), k = pop(); setItems(top(), [k, v]); break; } // SETITEM
      case 0x75: { const kv = popMark(); setItems(top(), kv); break; } // SETITEMS
      case 0x8f: push(new Opaque('set')); break; // EMPTY_SET
      case 0x90: popMark(); break; // ADDITEMS (to a set, which nothing here uses)
      case 0x91: popMark(); push(new Opaque('frozenset')); break; // FROZENSET
      case 0x63: { const module = line(); push(new PyGlobal(module, line())); break; } // GLOBAL
      case 0x93: { const name = pop(), module = pop(); push(new PyGlobal(String(module), String(name))); break; } // STACK_GLOBAL
      case 0x52: { const args = pop(); push(call(pop(), args)); break; } // REDUCE
      case 0x81: { pop(); const cls = pop(); push(new Opaque(describe(cls))); break; } // NEWOBJ
      case 0x92: { pop(); pop(); const cls = pop(); push(new Opaque(describe(cls))); break; } // NEWOBJ_EX
      case 0x62: pop(); break; // BUILD: object state (a dict's attributes such as _metadata) is not needed
      case 0x51: push(persistent(pop())); break; // BINPERSID
      case 0x71: memo.set(bytes[take(1)], top()); break; // BINPUT
      case 0x72: memo.set(view.getUint32(take(4), true), top()); break; // LONG_BINPUT
      case 0x94: memo.set(memo.size, top()); break; // MEMOIZE
      case 0x68: push(get(bytes[take(1)])); break; // BINGET
      case 0x6a: push(get(view.getUint32(take(4), true))); break; // LONG_BINGET
      default:
        throw bad(`the pickle uses opcode 0x${op.toString(16).padStart(2, '0')}, which this reader does not accept`, {
          expected: 'the binary opcodes torch.save writes', found: `0x${op.toString(16).padStart(2, '0')}`,
        });
    }
  }

  function call(fn: PyValue, args: PyValue): PyValue {
    if (!(fn instanceof PyGlobal)) return new Opaque(`a call of ${describe(fn)}`);
    if (!Array.isArray(args)) throw bad(`the pickle calls ${fn.qualified} with arguments that are not a tuple`);
    if (fn.qualified === 'collections.OrderedDict' && args.length === 0) return new Map();
    if (fn.qualified === 'torch._utils._rebuild_tensor_v2') return tensorView(args);
    if (PARAMETER_BUILDERS.has(fn.qualified)) return args[0];
    return new Opaque(fn.qualified);
  }

  function tensorView(args: PyValue[]): TensorView {
    const [storage, offset, shape, stride] = args;
    const ints = (v: PyValue) => Array.isArray(v) && v.every((x) => Number.isInteger(x) && (x as number) >= 0);
    if (!Number.isInteger(offset) || (offset as number) < 0 || !ints(shape) || !ints(stride) || (shape as number[]).length !== (stride as number[]).length) {
      throw bad('the pickle rebuilds a tensor with a malformed offset, size or stride', { found: JSON.stringify([offset, shape, stride]) });
    }
    return { kind: 'tensor', storage, offset: offset as number, shape: shape as number[], stride: stride as number[] };
  }
}

/** A little-endian two's-complement integer (LONG1/LONG4), as a number when exact, else a bigint. */
function longOf(b: Uint8Array): number | bigint {
  let v = 0n;
  for (let i = b.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]);
  if (b.length && b[b.length - 1] & 0x80) v -= 1n << BigInt(8 * b.length);
  return Number.isSafeInteger(Number(v)) ? Number(v) : v;
}

export function describe(v: PyValue): string {
  if (v instanceof PyGlobal) return v.qualified;
  if (v instanceof Opaque) return v.what;
  if (v instanceof Map) return 'a dict';
  if (Array.isArray(v)) return 'a tuple or list';
  if ((v as TensorView | null)?.kind === 'tensor') return 'a tensor';
  return typeof v;
}
