// Loading a tensor file for a network's parameters (or inputs) as users have them: a .safetensors file or
// a torch.save checkpoint (.pth/.pt/.pth.tar; the format is told by content), its state dict perhaps nested
// under a training checkpoint's 'state_dict'/'model'/... key, its names perhaps prefixed ('module.' from
// DataParallel), its dtypes those PyTorch writes. Names are matched, dtypes converted where no value changes
// beyond float rounding (io/stored-tensor.ts), then names and shapes checked as for any binding. Decisions taken
// on the user's behalf are returned as notes for the caller to print. Only the tensors the network declares
// are read from the file (io/source.ts).
import type { DType } from '../../ir/dtype.ts';
import { CheckpointError, InputMismatchError, ParamMismatchError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { checkBindings, type BindingKind, type Declared } from '../bindings.ts';
import { readSafetensorsHeader, readSafetensorsTensor } from '../../io/safetensors.ts';
import { describe, type PyValue, type TensorView } from './pickle.ts';
import { isPickle, readTorchFile, storedTensorOf } from './pth.ts';
import { readBytes, withFileSource, type ByteSource } from '../../io/source.ts';
import { convertStored, DTYPE_OF, tensorOf, type StoredTensor } from '../../io/stored-tensor.ts';
import { isZip } from './zip.ts';
import { OPTIMIZER_PREFIX, TRAINING_KEY } from '../../io/training-keys.ts';

export interface CheckpointOptions {
  /** Removed from the start of every key that has it. */
  readonly stripPrefix?: string;
  /** false: keys the network does not declare are ignored (and listed in a note) rather than an error. */
  readonly strict?: boolean;
}

export interface LoadedTensors {
  readonly tensors: Map<string, Tensor>;
  readonly notes: string[];
}

/** A file's entry: a tensor (read on demand, so that unused ones cost nothing) or what else it is. */
type Entry = { tensor: () => StoredTensor } | { other: string };

/** Training checkpoints keep the model's state dict under one of these keys, tried in this order. */
const NESTING_KEYS = ['state_dict', 'model_state_dict', 'model_state', 'model', 'module', 'net'];

/** PyTorch's BatchNorm counts its training steps in this buffer; no block here uses it (nn/norm.ts). */
const BN_COUNTER = /(^|\.)num_batches_tracked$/;

export async function loadCheckpoint(path: string, declared: readonly Declared[], kind: BindingKind, opts: CheckpointOptions = {}): Promise<LoadedTensors> {
  return withFileSource(path, (src) => {
    const notes: string[] = [];
    const start = readBytes(src, 0, Math.min(9, src.size));
    // A .safetensors header is JSON ('{' after the 8-byte length), which no pickle has at that byte.
    const torch = isZip(start) || (isPickle(start) && start[8] !== 0x7b);
    const entries = torch ? torchEntries(src, notes) : safetensorsEntries(src, notes);
    const named = matchNames(entries, declared, kind, path, opts.stripPrefix, notes);
    return { tensors: bind(named, declared, kind, path, opts.strict ?? true, notes), notes };
  });
}

/** A training checkpoint (its header names it so: train/checkpoint.ts) also holds the optimizer's state under
 *  `optim.` names: for a network those entries are not parameters, and are left out with a note. */
function safetensorsEntries(src: ByteSource, notes: string[]): Map<string, Entry> {
  const { tensors, metadata } = readSafetensorsHeader(src);
  let names = [...tensors.keys()];
  if (metadata[TRAINING_KEY] !== undefined) {
    const optimizer = names.filter((k) => k.startsWith(OPTIMIZER_PREFIX));
    if (optimizer.length) notes.push(`${src.name} is a training checkpoint: its ${optimizer.length} optimizer entries (${OPTIMIZER_PREFIX}*) are left out`);
    names = names.filter((k) => !k.startsWith(OPTIMIZER_PREFIX));
  }
  return new Map(names.map((k) => [k, { tensor: () => readSafetensorsTensor(src, k, tensors.get(k)!) }]));
}

function torchEntries(src: ByteSource, notes: string[]): Map<string, Entry> {
  const path = src.name;
  const file = readTorchFile(src);
  const root = file.root;
  if (!(root instanceof Map)) throw new CheckpointError(`${path}: holds ${describe(root)}, not a dict of tensors`, { expected: 'a state dict (torch.save(model.state_dict(), path))', found: describe(root) });
  let dict = root as Map<PyValue, PyValue>;
  const nestedUnder = NESTING_KEYS.find((k) => root.get(k) instanceof Map);
  if (nestedUnder !== undefined) {
    dict = root.get(nestedUnder);
    notes.push(`${path}: using the state dict under the key '${nestedUnder}'`);
  }
  const out = new Map<string, Entry>();
  for (const [k, v] of dict) {
    const name = String(k);
    out.set(name, (v as TensorView | null)?.kind === 'tensor' ? { tensor: () => storedTensorOf(v as TensorView, file, name, path) } : { other: describe(v) });
  }
  return out;
}

/** Keys renamed to the network's names: --strip-prefix when given, else, when no key matches a declared
 *  name as it is, the prefix whose removal makes the most keys match (noted). */
function matchNames(entries: Map<string, Entry>, declared: readonly Declared[], kind: BindingKind, path: string, strip: string | undefined, notes: string[]): Map<string, Entry> {
  const rename = (p: string) => {
    const out = new Map<string, Entry>();
    for (const [k, e] of entries) {
      const name = k.startsWith(p) ? k.slice(p.length) : k;
      if (out.has(name)) throw new CheckpointError(`${path}: removing the prefix '${p}' gives two keys the name '${name}'`, { expected: 'distinct names', found: `'${name}' and '${p}${name}'` });
      out.set(name, e);
    }
    return out;
  };
  if (strip !== undefined) return rename(strip);
  const names = new Set(declared.map((d) => d.name));
  if (!names.size || [...entries.keys()].some((k) => names.has(k))) return entries;
  const counts = new Map<string, number>();
  for (const k of entries.keys()) {
    for (let i = k.indexOf('.'); i >= 0; i = k.indexOf('.', i + 1)) {
      if (names.has(k.slice(i + 1))) counts.set(k.slice(0, i + 1), (counts.get(k.slice(0, i + 1)) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0];
  if (!best) return entries;
  notes.push(`no key of ${path} is ${A_KIND[kind]} name as it is; removed the prefix '${best[0]}' (then ${best[1]} of ${names.size} names match; --strip-prefix ${best[0]} chooses it)`);
  return rename(best[0]);
}

/** The declared tensors, parameters converted to their declared dtypes (inputs must have theirs). Every
 *  problem (a missing name, an extra key when strict, a value that does not convert, a key that is not a
 *  tensor, a wrong shape) is reported at once. */
function bind(entries: Map<string, Entry>, declared: readonly Declared[], kind: BindingKind, path: string, strict: boolean, notes: string[]): Map<string, Tensor> {
  const byName = new Map(declared.map((d) => [d.name, d]));
  const counters = [...entries.keys()].filter((k) => !byName.has(k) && BN_COUNTER.test(k));
  if (counters.length) notes.push(`${path}: skipped ${counters.length} BatchNorm step counter(s) (num_batches_tracked), which no block uses`);
  const extra = [...entries.keys()].filter((k) => !byName.has(k) && !BN_COUNTER.test(k));
  if (extra.length && !strict) notes.push(`${path}: ignored ${extra.length} key(s) the network does not declare (--strict false): ${extra.join(', ')}`);
  // Extra keys are reported by name only, so their values are not read.
  const given = new Map<string, Tensor | string>(strict ? extra.map((k) => [k, 'unexpected']) : []);
  for (const [name, e] of entries) {
    const d = byName.get(name);
    if (d) given.set(name, 'other' in e ? `is ${e.other}, not a tensor` : kind === 'param' ? convertStored(e.tensor(), d.dtype) : asDeclared(e.tensor(), d.dtype, kind));
  }
  try {
    checkBindings(declared, kind, given, { unexpectedHint: kind === 'param' ? ' (--strict false ignores it)' : '' });
  } catch (e) {
    if (e instanceof ParamMismatchError || e instanceof InputMismatchError) e.at({ loc: path });
    throw e;
  }
  return given as Map<string, Tensor>;
}

const A_KIND: Record<BindingKind, string> = { input: 'an input', param: 'a parameter', cotangent: 'a cotangent' };

/** An input or cotangent as stored: its dtype must be the declared one (a wrong dtype is reported as a mismatch). */
function asDeclared(t: StoredTensor, to: DType, kind: BindingKind): Tensor | string {
  const own = DTYPE_OF[t.dtype];
  return own ? tensorOf(own, t.shape, t.data) : `holds ${t.dtype} values, and ${A_KIND[kind]} takes its declared dtype (${to}) only`;
}
