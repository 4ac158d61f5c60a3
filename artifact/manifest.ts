// A compiled artifact: plain files that a runtime loads without the compiler.
//   manifest.json          inputs, outputs, parameters, stored values, kernels (their kernel IR too, as
//                          data, so the program is whole without the compiler), the modules that
//                          implement them, launches (with workgroup counts), the cost fused vs unfused,
//                          the sha256 of every other file it names, and of each of its own keys
//                          (all checked when it is read: artifact/manifest-hash.ts)
//   kernels/<name>.<ext>   one source file per module (.wgsl or .cu): one per kernel, or with
//                          specialisation one per kernel and set of uniform values; a CUDA module's
//                          function is named after the module
//   kernels/all-kernels.*  CUDA: every module compiled together, one PTX and one cubin per architecture
//                          (codegen/cuda/nvcc.ts writes them; runtime/cuda/executor.ts loads them)
//   constants.safetensors  values of stored constants, when the graph has any (keyed by node id)
//   graph.json             the graph the program computes (for `diff` and the reference interpreter)
// Same program, same bytes: names, order and formatting are deterministic.
import type { DType } from '../ir/dtype.ts';
import type { Graph } from '../ir/graph.ts';
import type { InitSpec } from '../ir/init.ts';
import type { Tensor } from '../ir/tensor.ts';
import type { Kernel } from './kernel-ir.ts';
import type { Cost, Launch, Program, StoredValue } from './program.ts';

export const ARTIFACT_FORMAT = 'tempofuse.artifact';
/** 2: every file the manifest names has its sha256 in `sha256`. 3: so has each of its own keys, in
 *  `contentSha256`. 4: a cooperative reduction's tree is one `group_reduce` statement in the kernel IR. */
export const ARTIFACT_VERSION = 4;

export type Target = 'wgsl' | 'cuda';
export const TARGETS: readonly Target[] = ['wgsl', 'cuda'];

/** Workgroups per dispatch dimension that every WebGPU device and CUDA's y and z dimensions allow. */
export const MAX_WORKGROUPS_PER_DIM = 65535;

/** Where a CUDA artifact's kernels, compiled together, go (without the `.sm_XX.cubin` / `.compute_XX.ptx`
 *  ending). Not a C identifier, so no module's own files can take the name. */
export const CUDA_UNIT = 'kernels/all-kernels';

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
  /** The sha256 (hex) of each file named above (module sources, constants, graph), by path. Written by
   *  writeArtifact, which alone knows the files' bytes; required in a manifest read from disk. */
  readonly sha256?: Readonly<Record<string, string>>;
  /** The sha256 of each other key of the manifest (but `format` and `version`), by key: its content as
   *  written, in artifact/manifest-hash.ts's canonical form. Written by writeArtifact; required when read. */
  readonly contentSha256?: Readonly<Record<string, string>>;
}

export interface Artifact {
  readonly manifest: Manifest;
  /** Kernel sources by file path (relative to the artifact folder). */
  readonly sources: ReadonlyMap<string, string>;
  /** Stored constants by node id. */
  readonly constants: ReadonlyMap<number, Tensor>;
  readonly graph?: Graph;
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

// JSON has no infinities or NaN, and kernel IR constants can be either (e.g. -inf starting a max); nor does
// JSON.stringify keep -0, which a kernel constant can be too (printed as -0.0f). They are written as
// {"$float": "inf" | "-inf" | "nan" | "-0"}, which no other manifest value looks like.
export function keepExactNumbers(_key: string, v: unknown): unknown {
  if (typeof v !== 'number' || (Number.isFinite(v) && !Object.is(v, -0))) return v;
  return { $float: Number.isNaN(v) ? 'nan' : v === 0 ? '-0' : v > 0 ? 'inf' : '-inf' };
}

const SPECIAL: Readonly<Record<string, number>> = { inf: Infinity, '-inf': -Infinity, nan: NaN, '-0': -0 };

export function reviveExactNumbers(_key: string, v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const keys = Object.keys(v);
  if (keys.length !== 1 || keys[0] !== '$float') return v;
  const f = (v as { $float: unknown }).$float;
  return typeof f === 'string' && Object.hasOwn(SPECIAL, f) ? SPECIAL[f] : v;
}
