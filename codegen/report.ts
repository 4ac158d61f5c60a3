// A human-readable account of a compiled program: each launch with the kernel it runs, the graph nodes
// it fuses and the bytes it moves, then the cost of the whole plan fused and unfused.
import type { Cost, Program } from './compile.ts';
import { describeFused } from './kir.ts';

const kib = (b: number) => (b >= 1024 ? `${(b / 1024).toFixed(1)} KiB` : `${b} B`);
const costLine = (c: Cost) => `${c.launches} launches, ${kib(c.bytesRead)} read, ${kib(c.bytesWritten)} written, ${kib(c.bytesRead + c.bytesWritten)} moved`;

export function describeProgram(p: Program): string {
  const lines = [`# ${p.name}: ${p.kernels.length} kernels, ${p.launches.length} launches`];
  p.launches.forEach((l, i) => {
    const k = p.kernels.find((kk) => kk.name === l.kernel)!;
    const map = k.mapping.kind === 'flat' ? `${l.total} invocations` : `${l.total} workgroups x ${k.mapping.workgroupSize} (cooperative reduction)`;
    lines.push(`launch ${i}: ${l.kernel}  ${map}  reads ${kib(l.bytesRead)}, writes ${kib(l.bytesWritten)}`);
    for (const f of l.fuses) lines.push(`    ${describeFused(f, (loc) => `  @ ${loc}`)}`);
    for (const w of l.why ?? []) lines.push(`  stores ${w}`);
  });
  const { fused, unfused } = p.cost;
  const moved = (c: Cost) => c.bytesRead + c.bytesWritten;
  lines.push(`fused:   ${costLine(fused)}`);
  lines.push(`unfused: ${costLine(unfused)}`);
  lines.push(`fusion saves ${unfused.launches - fused.launches} launches and ${kib(moved(unfused) - moved(fused))} ` +
    `(${moved(unfused) ? ((1 - moved(fused) / moved(unfused)) * 100).toFixed(1) : '0.0'}% of the bytes moved)`);
  return lines.join('\n');
}
