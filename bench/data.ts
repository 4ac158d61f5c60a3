// One case's data, shared by every system of a run: inputs and parameters drawn once (seeded), and the
// float64 result of the reference interpreter on the same graph, written to a folder that each worker
// (Node or Python) reads. Files: tensors.safetensors (inputs and params, f32 as the graph declares them),
// expected/<output>.f64 (raw little-endian float64, row-major) and meta.json (names, shapes, dtypes).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Graph } from '../ir/graph.ts';
import { Tensor } from '../ir/tensor.ts';
import { declaredBy } from '../runtime/bindings.ts';
import { drawInit, initParams, randomInputs, streamSeed } from '../runtime/init.ts';
import { Rng } from '../runtime/random.ts';
import { runReference } from '../runtime/reference/interpreter.ts';
import { encodeSafetensors, loadSafetensors } from '../io/safetensors.ts';
import { caseById } from './cases.ts';

export interface TensorInfo { name: string; shape: number[]; dtype: string }

export interface CaseMeta {
  case: string;
  inputs: TensorInfo[];
  params: TensorInfo[];
  outputs: TensorInfo[];
  /** Whether expected/ holds the float64 reference (and how long the interpreter took). */
  reference: boolean;
  referenceMs: number;
}

export interface CaseData {
  meta: CaseMeta;
  inputs: Map<string, Tensor>;
  params: Map<string, Tensor>;
  expected: Map<string, Float64Array>;
}

const SEED = 7;
const info = (name: string, t: Tensor): TensorInfo => ({ name, shape: [...t.shape], dtype: t.dtype });

/** Parameters from their init specs, except that zeros and ones are drawn uniformly within ±0.5 of
 *  themselves: the blocks' zero-initialised gates (DTF's alpha and bias) would otherwise make the block an
 *  identity whose check proves nothing. */
function drawParams(g: Graph): Map<string, Tensor> {
  const params = initParams(g, SEED + 1);
  for (const p of declaredBy(g, 'param')) {
    if (p.init?.kind !== 'zeros' && p.init?.kind !== 'ones') continue;
    const at = p.init.kind === 'ones' ? 1 : 0;
    params.set(p.name, drawInit({ kind: 'uniform', low: at - 0.5, high: at + 0.5 }, p.dtype, p.shape, new Rng(streamSeed(SEED + 2, p.name))));
  }
  return params;
}

/** Draw the case's inputs and parameters and compute its float64 reference into `dir`. */
export const prepareCase = (id: string, dir: string): Promise<CaseMeta> => prepareGraph(caseById(id).build(), id, dir);

/** The same for any graph; without `reference`, only the inputs and parameters are written (shapes too
 *  large for the interpreter are checked against another system instead). */
export async function prepareGraph(g: Graph, id: string, dir: string, opts: { reference?: boolean } = {}): Promise<CaseMeta> {
  const inputs = randomInputs(g, SEED);
  const params = drawParams(g);
  await mkdir(join(dir, 'expected'), { recursive: true });
  await writeFile(join(dir, 'tensors.safetensors'), encodeSafetensors(new Map([...inputs, ...params])));
  let referenceMs = 0;
  const reference = opts.reference ?? true;
  let outputs: TensorInfo[] = g.outputs.map((o) => ({ name: o.name, shape: [...g.nodes[o.node].type.shape], dtype: g.nodes[o.node].type.dtype }));
  if (reference) {
    const t0 = performance.now();
    const got = runReference(g, inputs, params).outputs;
    referenceMs = performance.now() - t0;
    for (const [name, t] of got) await writeFile(join(dir, 'expected', `${name}.f64`), new Uint8Array(Float64Array.from(t.data).buffer));
    outputs = [...got].map(([n, t]) => info(n, t));
  }
  const meta: CaseMeta = {
    case: id, reference, referenceMs,
    inputs: [...inputs].map(([n, t]) => info(n, t)), params: [...params].map(([n, t]) => info(n, t)), outputs,
  };
  await writeFile(join(dir, 'meta.json'), JSON.stringify(meta, null, 1));
  return meta;
}

export async function loadCase(dir: string): Promise<CaseData> {
  const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as CaseMeta;
  const file = await loadSafetensors(join(dir, 'tensors.safetensors'));
  const pick = (list: TensorInfo[]) => new Map(list.map((i) => [i.name, file.tensors.get(i.name)!] as const));
  const expected = new Map<string, Float64Array>();
  for (const o of meta.outputs) {
    if (!meta.reference) break;
    const bytes = await readFile(join(dir, 'expected', `${o.name}.f64`));
    expected.set(o.name, new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
  }
  return { meta, inputs: pick(meta.inputs), params: pick(meta.params), expected };
}

export interface Check {
  pass: boolean;
  /** max |y − y64| / max |y64|, over every output (the worst). */
  relError: number;
  maxAbsError: number;
  detail?: string;
}

/** Compare a system's outputs (by name, any numeric array) with the float64 reference. */
export function checkOutputs(data: CaseData, got: ReadonlyMap<string, ArrayLike<number>>, tol: number): Check {
  let relError = 0, maxAbsError = 0;
  for (const [name, want] of data.expected) {
    const y = got.get(name);
    if (!y) return { pass: false, relError: Infinity, maxAbsError: Infinity, detail: `output '${name}' missing` };
    if (y.length !== want.length) return { pass: false, relError: Infinity, maxAbsError: Infinity, detail: `output '${name}' has ${y.length} values, expected ${want.length}` };
    let scale = 0, err = 0;
    for (let i = 0; i < want.length; i++) {
      scale = Math.max(scale, Math.abs(want[i]));
      const e = Math.abs(y[i] - want[i]);
      err = Number.isNaN(e) ? Infinity : Math.max(err, e);
    }
    maxAbsError = Math.max(maxAbsError, err);
    relError = Math.max(relError, err / (scale || 1));
  }
  return { pass: relError <= tol, relError, maxAbsError };
}
