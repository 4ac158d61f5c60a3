// The results of `npm run bench:gpu` and their markdown table: per block config, each part's time (or why
// it did not run), the ratio to PyTorch eager, and the fraction of the device's measured copy bandwidth.
import type { Check } from './data.ts';
import { machineLine, type Machine } from './machine.ts';

/** One system's result on one config: a time, or why there is none. */
export interface Part { ms?: number; gpuMs?: number; check?: Check; skipped?: string }

export const PARTS = {
  tempofuseCuda: 'tempofuse CUDA',
  tempofuseWgsl: 'tempofuse WGSL (Dawn, Vulkan)',
  eager: 'PyTorch eager',
  eagerGraph: 'PyTorch eager + CUDA graph',
  compiled: 'torch.compile',
  compiledGraph: 'torch.compile + CUDA graphs (reduce-overhead)',
} as const;

export interface GpuConfigResult {
  id: string;
  title: string;
  /** Bytes of the block's input and output (each once): the floor of a memory-bound block. */
  idealBytes: number;
  parts: Record<keyof typeof PARTS, Part>;
}

export interface GpuReport {
  date: string;
  dry: boolean;
  machine: Machine;
  torch: string;
  torchDevice: string;
  copyGbPerS: number;
  copyBytes: number;
  /** What every output was checked against. */
  reference: string;
  tol: number;
  seconds: number;
  configs: GpuConfigResult[];
}

const fmt = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3));

export function gpuMarkdown(r: GpuReport): string {
  const out = [
    `### GPU suite${r.dry ? ' (dry run: PyTorch on the CPU at tiny shapes)' : ''}, ${r.date}`,
    '',
    `Machine: ${machineLine(r.machine)}. PyTorch ${r.torch} on ${r.torchDevice}; copy bandwidth ${r.copyGbPerS.toFixed(2)} GB/s ` +
    `(read + write of ${(r.copyBytes / 2 ** 20).toFixed(0)} MiB). Outputs checked against the ${r.reference} ` +
    `(max |y − y_ref| / max |y_ref| ≤ ${r.tol}). Times: median ms per forward${r.dry ? '' : ', L2 flushed before each PyTorch forward'}; ` +
    `"× eager" is PyTorch eager's time over the part's (above 1: faster than eager); "of copy" is the block's ` +
    `input + output bytes over the time, as a fraction of the copy bandwidth. The run took ${r.seconds.toFixed(0)} s.`,
    '',
    `| config | ${Object.values(PARTS).join(' | ')} |`,
    `| --- | ${Object.keys(PARTS).map(() => '---').join(' | ')} |`,
  ];
  const notes = new Map<string, number>();
  const note = (why: string): string => {
    if (!notes.has(why)) notes.set(why, notes.size + 1);
    return `skipped [${notes.get(why)}]`;
  };
  for (const c of r.configs) {
    const eager = c.parts.eager.ms;
    const cells = (Object.keys(PARTS) as (keyof typeof PARTS)[]).map((k) => {
      const p = c.parts[k];
      if (p.ms === undefined) return p.check && !p.check.pass ? `**FAIL** (${p.check.relError.toExponential(1)})` : note(p.skipped ?? 'no result');
      const bw = c.idealBytes / (p.ms * 1e6) / r.copyGbPerS;
      return `${fmt(p.ms)}${eager !== undefined && k !== 'eager' ? ` (${(eager / p.ms).toFixed(2)}×)` : ''}, ${(100 * bw).toFixed(1)}% of copy`;
    });
    out.push(`| ${c.title} | ${cells.join(' | ')} |`);
  }
  out.push('');
  for (const [why, i] of notes) out.push(`[${i}] ${why}  `);
  return out.join('\n');
}
