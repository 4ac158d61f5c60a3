// A compiled artifact: plain files that a runtime loads without the compiler.
//   manifest.json          inputs, outputs, parameters, stored values, kernels (their kernel IR too, as
//                          data, so the program is whole without the compiler), the modules that
//                          implement them, launches (with workgroup counts), and the cost fused vs unfused
//   kernels/<name>.<ext>   one source file per module (.wgsl or .cu): one per kernel, or with
//                          specialisation one per kernel and set of uniform values; a CUDA module's
//                          function is named after the module
//   kernels/all-kernels.*  CUDA: every module compiled together, one PTX and one cubin per architecture
//                          (codegen/cuda/nvcc.ts writes them; runtime/cuda/executor.ts loads them)
//   constants.safetensors  values of stored constants, when the graph has any (keyed by node id)
//   graph.json             the graph the program computes (for `diff` against the reference interpreter)
// Same program, same bytes: names, order and formatting are deterministic.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DType } from '../ir/dtype.ts';
import type { InitSpec } from '../ir/init.ts';
import { FileError, InternalError, ParseError } from '../ir/errors.ts';
import type { Tensor } from '../ir/tensor.ts';
import { decodeSafetensors, encodeSafetensors } from '../runtime/safetensors.ts';
import type { Cost, Launch, Program, StoredValue } from './compile.ts';
import { describeFused, type Kernel } from './kir.ts';
import type { Graph } from '../ir/graph.ts';
import { graphFromJSON, graphToJSON, jsonSyntaxError } from '../ir/json.ts';
import { joinInside, realInside, writeFileAtomic } from '../runtime/files.ts';

export const ARTIFACT_FORMAT = 'tempofuse.artifact';
export const ARTIFACT_VERSION = 1;

export type Target = 'wgsl' | 'cuda';
const EXT: Record<Target, string> = { wgsl: 'wgsl', cuda: 'cu' };

export interface ArtifactKernel extends Kernel {
  /** Source of the kernel's (first) module. */
  readonly file: string;
}

/** A compiled unit of source: a kernel, possibly with its uniforms inlined (`specialized`). */
export interface ArtifactModule {
  readonly name: string;
  readonly kernel: string;
  /** Launch indices that run this module. */
  readonly launches: readonly number[];
  readonly specialized?: readonly number[];
}

export interface PrintedModule extends ArtifactModule {
  readonly source: string;
}

export interface ArtifactLaunch extends Launch {
  /** Workgroups (x, y, z): 2-D when one dimension would exceed the per-dimension limit. */
  readonly workgroups: readonly [number, number, number];
}

export interface NamedValue {
  readonly name: string;
  readonly node: number;
  readonly dtype: DType;
  readonly shape: readonly number[];
  /** Parameters: the init spec fresh values are drawn from. */
  readonly init?: InitSpec;
}

export interface Manifest {
  readonly format: typeof ARTIFACT_FORMAT;
  readonly version: typeof ARTIFACT_VERSION;
  readonly target: Target;
  readonly name: string;
  /** Backend choices fixed at compile time (e.g. how f16 is stored on WebGPU). */
  readonly options: Readonly<Record<string, string | number | boolean>>;
  readonly inputs: readonly NamedValue[];
  readonly params: readonly NamedValue[];
  readonly outputs: readonly NamedValue[];
  readonly values: readonly StoredValue[];
  readonly constants?: string;
  readonly graph?: string;
  readonly kernels: readonly ArtifactKernel[];
  readonly modules: readonly (ArtifactModule & { readonly file: string })[];
  readonly launches: readonly ArtifactLaunch[];
  readonly cost: { readonly fused: Cost; readonly unfused: Cost };
}

export interface Artifact {
  readonly manifest: Manifest;
  /** Kernel sources by file path (relative to the artifact folder). */
  readonly sources: ReadonlyMap<string, string>;
  /** Stored constants by node id. */
  readonly constants: ReadonlyMap<number, Tensor>;
  readonly graph?: Graph;
}

/** Where a CUDA artifact's kernels, compiled together, go (without the `.sm_XX.cubin` / `.compute_XX.ptx`
 *  ending). Not a C identifier, so no module's own files can take the name. */
export const CUDA_UNIT = 'kernels/all-kernels';

/** Prints one module of a kernel (named as the module: its entry point takes that name); `comment` says
 *  which graph nodes each launch of it computes; `specialize` holds the uniform values to inline, if any. */
export type KernelPrinter = (kernel: Kernel, comment: string, specialize?: readonly number[]) => string;

/** The modules of a program: one per kernel, or, when `specialize`, one per distinct (kernel, uniform
 *  values) pair, named `<kernel>_s<n>` for the n-th set of values of a kernel. */
export function planModules(program: Program, specialize: boolean): ArtifactModule[] {
  const modules: ArtifactModule[] = [];
  for (const kernel of program.kernels) {
    const launches = program.launches.flatMap((l, i) => (l.kernel === kernel.name ? [i] : []));
    if (!specialize) {
      modules.push({ name: kernel.name, kernel: kernel.name, launches });
      continue;
    }
    const bySyms = new Map<string, number[]>();
    for (const i of launches) {
      const key = program.launches[i].syms.join(',');
      bySyms.set(key, [...(bySyms.get(key) ?? []), i]);
    }
    [...bySyms.values()].forEach((idx, n) => {
      modules.push({ name: `${kernel.name}_s${n}`, kernel: kernel.name, launches: idx, specialized: program.launches[idx[0]].syms });
    });
  }
  return modules;
}

/** An artifact from a program and its printed modules, or a printer that makes them as planModules plans
 *  (specialised when `options.specialized` is true). */
export function buildArtifact(program: Program, target: Target, print: KernelPrinter | readonly PrintedModule[], options: Manifest['options'] = {}, maxPerDim = 65535): Artifact {
  const printed: readonly PrintedModule[] = typeof print === 'function'
    ? planModules(program, options.specialized === true).map((m) => {
      const kernel = program.kernels.find((k) => k.name === m.kernel)!;
      return { ...m, source: print({ ...kernel, name: m.name }, kernelComment(program, m.name, m.launches), m.specialized) };
    })
    : print;
  const sources = new Map<string, string>();
  const modules = printed.map(({ source, ...m }) => {
    const file = `kernels/${m.name}.${EXT[target]}`;
    sources.set(file, source);
    return { ...m, file };
  });
  const kernels = program.kernels.map((k): ArtifactKernel => ({ ...k, file: modules.find((m) => m.kernel === k.name)!.file }));
  const launches = program.launches.map((l): ArtifactLaunch => {
    const k = program.kernels.find((kk) => kk.name === l.kernel)!;
    const groups = k.mapping.kind === 'flat' ? Math.ceil(l.total / k.mapping.workgroupSize) : l.total;
    return { ...l, workgroups: splitWorkgroups(groups, maxPerDim) };
  });
  const named = (role: StoredValue['role']) => program.values.filter((v) => v.role === role)
    .map((v) => ({ name: v.name!, node: v.node, dtype: v.dtype, shape: v.shape, ...(v.init ? { init: v.init } : {}) }));
  const outputs = program.outputs.map((o) => {
    const v = program.values.find((s) => s.node === o.node)!;
    return { name: o.name, node: o.node, dtype: v.dtype, shape: v.shape };
  });
  const manifest: Manifest = {
    format: ARTIFACT_FORMAT, version: ARTIFACT_VERSION, target, name: program.name, options,
    inputs: named('input'), params: named('param'), outputs, values: program.values,
    ...(program.constants.size ? { constants: 'constants.safetensors' } : {}),
    ...(program.graph ? { graph: 'graph.json' } : {}),
    kernels, modules, launches, cost: program.cost,
  };
  return { manifest, sources, constants: program.constants, graph: program.graph };
}

/** The program an artifact was compiled from (kernel IR included), for runtimes that take a Program. */
export function programOf(a: Artifact): Program {
  const m = a.manifest;
  return {
    name: m.name, ...(a.graph ? { graph: a.graph } : {}),
    kernels: m.kernels.map(({ file: _file, ...k }) => k),
    launches: m.launches.map(({ workgroups: _w, ...l }) => l),
    values: m.values, outputs: m.outputs.map((o) => ({ name: o.name, node: o.node })), constants: a.constants, cost: m.cost,
  };
}

/** The artifact's modules with their sources. */
export const printedModules = (a: Artifact): PrintedModule[] =>
  a.manifest.modules.map(({ file, ...m }) => ({ ...m, source: a.sources.get(file)! }));

/** Workgroups for `n` groups: (n, 1, 1) when it fits one dimension, else (limit, ceil(n / limit), 1). */
export function splitWorkgroups(n: number, maxPerDim: number): [number, number, number] {
  if (n <= maxPerDim) return [Math.max(n, 1), 1, 1];
  const y = Math.ceil(n / maxPerDim);
  // (sizes are checked against 32-bit indexing first, which keeps any launch far below this)
  if (y > maxPerDim) throw new InternalError(`${n} workgroups exceed ${maxPerDim} x ${maxPerDim}`);
  return [maxPerDim, y, 1];
}

function kernelComment(program: Program, name: string, launches: readonly number[]): string {
  const lines = [`${name}: ${launches.length} launch(es)`];
  launches.forEach((i) => {
    const l = program.launches[i];
    lines.push(`launch ${i}: reads ${l.bytesRead} B, writes ${l.bytesWritten} B; fuses:`);
    for (const f of l.fuses) lines.push(`  ${describeFused(f, (loc) => `  @ ${loc}`)}`);
    for (const w of l.why ?? []) lines.push(`stores ${w}`);
  });
  return lines.join('\n');
}

/** Write the artifact's files into `dir` (which `compile` makes fresh, so that no file of an earlier
 *  artifact stays beside them); every file name, kernel names included, must stay inside `dir`. */
export async function writeArtifact(dir: string, a: Artifact): Promise<void> {
  const write = (rel: string, field: string, data: Uint8Array | string) => writeFileAtomic(joinInside(dir, rel, field), data);
  try {
    await mkdir(join(dir, 'kernels'), { recursive: true });
  } catch (e) {
    throw new FileError(`cannot write artifact ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  await write('manifest.json', 'manifest.json', JSON.stringify(a.manifest, keepNonFinite, 2) + '\n');
  if (a.manifest.graph && a.graph) await write(a.manifest.graph, 'graph', JSON.stringify(graphToJSON(a.graph), null, 1) + '\n');
  for (const [file, text] of a.sources) await write(file, `kernel source ${JSON.stringify(file)}`, text);
  if (a.manifest.constants) {
    const byKey = new Map([...a.constants].map(([node, t]) => [String(node), t] as const));
    await write(a.manifest.constants, 'constants', encodeSafetensors(byKey));
  }
}

/** Whether `dir` holds a tempofuse artifact's manifest.json (of any version, whole or not). */
export async function isArtifactFolder(dir: string): Promise<boolean> {
  try {
    return (JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { format?: unknown }).format === ARTIFACT_FORMAT;
  } catch {
    return false;
  }
}

/** An artifact folder, read. Every path the manifest names must stay inside `dir`; errors name the file
 *  and the manifest field, never the content of a file. */
export async function readArtifact(dir: string): Promise<Artifact> {
  const path = join(dir, 'manifest.json');
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new FileError(`cannot read artifact ${dir}: ${e.code === 'ENOENT' ? 'no manifest.json' : e.code ?? e.message}`);
  });
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text, reviveNonFinite) as Manifest;
  } catch (e) {
    throw new ParseError(`${path} is not JSON (${jsonSyntaxError(e, text)})`);
  }
  if (manifest.format !== ARTIFACT_FORMAT || manifest.version !== ARTIFACT_VERSION) {
    throw new ParseError(`${path} is not a tempofuse artifact manifest`, {
      expected: `format "${ARTIFACT_FORMAT}" version ${ARTIFACT_VERSION}`, found: `format ${JSON.stringify(manifest.format)} version ${JSON.stringify(manifest.version)}`,
    });
  }
  const sources = new Map<string, string>();
  for (const [i, { file }] of manifest.modules.entries()) {
    const full = await realInside(dir, file, `manifest.json modules[${i}].file`);
    sources.set(file, await readFile(full, 'utf8').catch(() => {
      throw new FileError(`artifact ${dir} lacks kernel source ${file}`);
    }));
  }
  const constants = new Map<number, Tensor>();
  if (manifest.constants) {
    const file = await realInside(dir, manifest.constants, 'manifest.json constants');
    const bytes = await readFile(file).catch(() => { throw new FileError(`artifact ${dir} lacks ${manifest.constants}`); });
    for (const [k, t] of decodeSafetensors(bytes, file).tensors) constants.set(Number(k), t);
  }
  return { manifest, sources, constants, ...(manifest.graph ? { graph: await readGraph(await realInside(dir, manifest.graph, 'manifest.json graph')) } : {}) };
}

async function readGraph(file: string): Promise<Graph> {
  const text = await readFile(file, 'utf8').catch(() => { throw new FileError(`artifact lacks ${file}`); });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ParseError(`${file} is not JSON (${jsonSyntaxError(e, text)})`);
  }
  return graphFromJSON(json, file);
}

// JSON has no infinities or NaN, and kernel IR constants can be either (e.g. -inf starting a max): they
// are written as {"$float": "inf" | "-inf" | "nan"}, which no other manifest value looks like.
function keepNonFinite(_key: string, v: unknown): unknown {
  if (typeof v !== 'number' || Number.isFinite(v)) return v;
  return { $float: Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf' };
}

function reviveNonFinite(_key: string, v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const keys = Object.keys(v);
  if (keys.length !== 1 || keys[0] !== '$float') return v;
  const f = (v as { $float: unknown }).$float;
  return f === 'inf' ? Infinity : f === '-inf' ? -Infinity : f === 'nan' ? NaN : v;
}
