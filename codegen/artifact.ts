// Building an artifact from a compiled program: the modules to print (one per kernel, or one per kernel and
// set of uniform values), their sources, workgroup counts, and the manifest (artifact/manifest.ts says what
// it holds). Writing and reading the folder is artifact/'s (write.ts, read.ts), which the runtimes use
// without the compiler; nothing here touches files, so that the compiler runs in a browser too.
import { InternalError } from '../ir/errors.ts';
import { ARTIFACT_FORMAT, ARTIFACT_VERSION, MAX_WORKGROUPS_PER_DIM, type Artifact, type ArtifactKernel, type ArtifactLaunch, type ArtifactModule, type Manifest, type PrintedModule, type Target } from '../artifact/manifest.ts';
import { groupsOf, workgroupsFor } from '../artifact/manifest-refs.ts';
import type { Program, StoredValue } from './compile.ts';
import { describeFused, type Kernel } from './kir.ts';

export { ARTIFACT_FORMAT, ARTIFACT_VERSION, CUDA_UNIT, programOf, printedModules } from '../artifact/manifest.ts';
export type { Artifact, ArtifactKernel, ArtifactLaunch, ArtifactModule, Manifest, NamedValue, PrintedModule, Target } from '../artifact/manifest.ts';

const EXT: Record<Target, string> = { wgsl: 'wgsl', cuda: 'cu' };

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
export function buildArtifact(program: Program, target: Target, print: KernelPrinter | readonly PrintedModule[], options: Manifest['options'] = {}, maxPerDim = MAX_WORKGROUPS_PER_DIM): Artifact {
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
    return { ...l, workgroups: splitWorkgroups(groupsOf(k, l.total), maxPerDim) };
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

/** Workgroups for `n` groups: (n, 1, 1) when it fits one dimension, else (limit, ceil(n / limit), 1). */
export function splitWorkgroups(n: number, maxPerDim: number): [number, number, number] {
  const wg = workgroupsFor(n, maxPerDim);
  // (sizes are checked against 32-bit indexing first, which keeps any launch far below this)
  if (!wg) throw new InternalError(`${n} workgroups exceed ${maxPerDim} x ${maxPerDim}`);
  return wg;
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
