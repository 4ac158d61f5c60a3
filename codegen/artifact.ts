// A compiled artifact: plain files that a runtime loads without the compiler.
//   manifest.json          inputs, outputs, parameters, stored values, kernels, launches (with
//                          workgroup counts), and the plan's cost fused vs unfused
//   kernels/<name>.<ext>   one source file per kernel (.wgsl or .cu)
//   constants.safetensors  values of stored constants, when the graph has any (keyed by node id)
// Same program, same bytes: names, order and formatting are deterministic.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DType } from '../ir/dtype.ts';
import { FileError, ParseError } from '../ir/errors.ts';
import type { Tensor } from '../ir/tensor.ts';
import { decodeSafetensors, encodeSafetensors } from '../runtime/safetensors.ts';
import type { Cost, Launch, Program, StoredValue } from './compile.ts';
import type { KBuffer, Kernel, Mapping, SharedArray } from './kir.ts';

export const ARTIFACT_FORMAT = 'tempofuse.artifact';
export const ARTIFACT_VERSION = 1;

export type Target = 'wgsl' | 'cuda';
const EXT: Record<Target, string> = { wgsl: 'wgsl', cuda: 'cu' };

export interface ArtifactKernel {
  readonly name: string;
  readonly file: string;
  readonly buffers: readonly KBuffer[];
  readonly syms: readonly string[];
  readonly mapping: Mapping;
  readonly shared: readonly SharedArray[];
  readonly traps: boolean;
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
  readonly kernels: readonly ArtifactKernel[];
  readonly launches: readonly ArtifactLaunch[];
  readonly cost: { readonly fused: Cost; readonly unfused: Cost };
}

export interface Artifact {
  readonly manifest: Manifest;
  /** Kernel sources by file path (relative to the artifact folder). */
  readonly sources: ReadonlyMap<string, string>;
  /** Stored constants by node id. */
  readonly constants: ReadonlyMap<number, Tensor>;
}

/** Prints one kernel; `comment` says which graph nodes each launch of it computes. */
export type KernelPrinter = (kernel: Kernel, comment: string) => string;

export function buildArtifact(program: Program, target: Target, print: KernelPrinter, options: Manifest['options'] = {}, maxPerDim = 65535): Artifact {
  const sources = new Map<string, string>();
  const kernels = program.kernels.map((k): ArtifactKernel => {
    const file = `kernels/${k.name}.${EXT[target]}`;
    sources.set(file, print(k, kernelComment(program, k.name)));
    return { name: k.name, file, buffers: k.buffers, syms: k.syms, mapping: k.mapping, shared: k.shared, traps: k.traps };
  });
  const launches = program.launches.map((l): ArtifactLaunch => {
    const k = program.kernels.find((kk) => kk.name === l.kernel)!;
    const groups = k.mapping.kind === 'flat' ? Math.ceil(l.total / k.mapping.workgroupSize) : l.total;
    return { ...l, workgroups: splitWorkgroups(groups, maxPerDim) };
  });
  const named = (role: StoredValue['role']) => program.values.filter((v) => v.role === role)
    .map((v) => ({ name: v.name!, node: v.node, dtype: v.dtype, shape: v.shape }));
  const outputs = program.outputs.map((o) => {
    const v = program.values.find((s) => s.node === o.node)!;
    return { name: o.name, node: o.node, dtype: v.dtype, shape: v.shape };
  });
  const manifest: Manifest = {
    format: ARTIFACT_FORMAT, version: ARTIFACT_VERSION, target, name: program.name, options,
    inputs: named('input'), params: named('param'), outputs, values: program.values,
    ...(program.constants.size ? { constants: 'constants.safetensors' } : {}),
    kernels, launches, cost: program.cost,
  };
  return { manifest, sources, constants: program.constants };
}

/** Workgroups for `n` groups: (n, 1, 1) when it fits one dimension, else (limit, ceil(n / limit), 1). */
export function splitWorkgroups(n: number, maxPerDim: number): [number, number, number] {
  if (n <= maxPerDim) return [Math.max(n, 1), 1, 1];
  const y = Math.ceil(n / maxPerDim);
  if (y > maxPerDim) throw new ParseError(`${n} workgroups exceed ${maxPerDim} x ${maxPerDim}`);
  return [maxPerDim, y, 1];
}

function kernelComment(program: Program, kernel: string): string {
  const lines = [`${kernel}: ${program.launches.filter((l) => l.kernel === kernel).length} launch(es)`];
  program.launches.forEach((l, i) => {
    if (l.kernel !== kernel) return;
    lines.push(`launch ${i}: reads ${l.bytesRead} B, writes ${l.bytesWritten} B; fuses:`);
    for (const f of l.fuses) lines.push(`  %${f.id} ${f.op}${f.loc ? `  @ ${f.loc}` : ''}`);
  });
  return lines.join('\n');
}

export async function writeArtifact(dir: string, a: Artifact): Promise<void> {
  try {
    await mkdir(join(dir, 'kernels'), { recursive: true });
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(a.manifest, null, 2) + '\n');
    for (const [file, text] of a.sources) await writeFile(join(dir, file), text);
    if (a.manifest.constants) {
      const byKey = new Map([...a.constants].map(([node, t]) => [String(node), t] as const));
      await writeFile(join(dir, a.manifest.constants), encodeSafetensors(byKey));
    }
  } catch (e) {
    throw new FileError(`cannot write artifact ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export async function readArtifact(dir: string): Promise<Artifact> {
  const path = join(dir, 'manifest.json');
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new FileError(`cannot read artifact ${dir}: ${e.code === 'ENOENT' ? 'no manifest.json' : e.code ?? e.message}`);
  });
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch (e) {
    throw new ParseError(`${path} is not JSON (${(e as Error).message})`);
  }
  if (manifest.format !== ARTIFACT_FORMAT || manifest.version !== ARTIFACT_VERSION) {
    throw new ParseError(`${path} is not a tempofuse artifact manifest`, {
      expected: `format "${ARTIFACT_FORMAT}" version ${ARTIFACT_VERSION}`, found: `format ${JSON.stringify(manifest.format)} version ${JSON.stringify(manifest.version)}`,
    });
  }
  const sources = new Map<string, string>();
  for (const k of manifest.kernels) {
    sources.set(k.file, await readFile(join(dir, k.file), 'utf8').catch(() => {
      throw new FileError(`artifact ${dir} lacks kernel source ${k.file}`);
    }));
  }
  const constants = new Map<number, Tensor>();
  if (manifest.constants) {
    const file = join(dir, manifest.constants);
    const bytes = await readFile(file).catch(() => { throw new FileError(`artifact ${dir} lacks ${manifest.constants}`); });
    for (const [k, t] of decodeSafetensors(bytes, file).tensors) constants.set(Number(k), t);
  }
  return { manifest, sources, constants };
}
