// A program's WGSL modules, as codegen/artifact.ts plans them: one per kernel, or, when uniforms are
// specialised, one per distinct (kernel, uniform values) pair. The artifact writer and the WebGPU runtime both go through here, so a module's name,
// header comment and source are the same wherever they are printed.
import type { PrintedModule } from '../../artifact/manifest.ts';
import { planModules } from '../artifact.ts';
import type { Launch, Program } from '../compile.ts';
import { describeFused, type Kernel } from '../kir.ts';
import type { F16Mode } from '../../artifact/wgsl-layout.ts';
import { printWgsl } from './printer.ts';

/** A printed module: its name (the kernel's, plus `_s<n>` for the n-th specialisation of a kernel), kernel,
 *  launches, source, and the uniform values inlined into it when specialised. */
export type WgslModule = PrintedModule;

export interface WgslProgramOptions {
  readonly f16: F16Mode;
  /** Inline every launch's uniform values into its own module (default false: one module per kernel). */
  readonly specialize?: boolean;
  /** The device's narrowest subgroup, for reductions' lane shuffles (WgslOptions.subgroups); none if unset. */
  readonly subgroups?: number;
}

/** What a launch computes, one line per graph node it fuses (root last). */
export function describeLaunch(launch: Launch): string[] {
  return launch.fuses.map((f) => describeFused(f, (loc) => ` (${loc})`));
}

/** Header comment of a kernel's module: the nodes its launches fuse. */
export function kernelComment(program: Program, kernel: Kernel, launches: readonly number[]): string {
  const ls = launches.map((i) => program.launches[i]);
  if (ls.length === 0) return `${kernel.name}: not launched`;
  const lines = [`Fuses: ${describeLaunch(ls[0]).join(', ')}`, ...(ls[0].why ?? []).map((w) => `Stores ${w}`)];
  if (ls.length > 1) lines.push(`Also launched for: ${ls.slice(1).map((l) => `%${l.fuses[l.fuses.length - 1].id}`).join(', ')}`);
  return lines.join('\n');
}

export function printProgramWgsl(program: Program, opts: WgslProgramOptions): WgslModule[] {
  return planModules(program, opts.specialize === true).map((m) => {
    const kernel = program.kernels.find((k) => k.name === m.kernel)!;
    const comment = kernelComment(program, kernel, m.launches);
    return { ...m, source: printWgsl(kernel, { f16: opts.f16, comment, ...(m.specialized ? { specialize: m.specialized } : {}), ...(opts.subgroups ? { subgroups: opts.subgroups } : {}) }) };
  });
}
