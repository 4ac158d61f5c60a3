// A CUDA artifact of a compiled program: every module printed by the CUDA printer, specialised (each
// launch's sizes inlined) unless said otherwise, with fast f32 arithmetic unless `precise`; nvcc builds it
// afterwards (codegen/cuda/nvcc.ts).
import { buildArtifact, type Artifact } from '../artifact.ts';
import type { Program } from '../compile.ts';
import type { ScatterStrategy } from '../fuse.ts';
import { cudaKernelPrinter } from './printer.ts';

export const cudaArtifact = (program: Program, opts: { specialized?: boolean; precise?: boolean; scatter?: ScatterStrategy } = {}): Artifact =>
  buildArtifact(program, 'cuda', cudaKernelPrinter, { specialized: opts.specialized ?? true, precise: opts.precise ?? false, ...(opts.scatter ? { scatter: opts.scatter } : {}) });
