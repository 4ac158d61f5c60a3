// A human-readable account of a compiled program: each launch with the kernel it runs, the graph nodes
// it fuses and the bytes it moves, then the cost of the whole plan fused and unfused.
import type { Cost, Program } from './compile.ts';
import { describeFused } from './kir.ts';

const UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** A byte count in the largest binary unit that keeps it at 1 or more ("512 B", "1.5 KiB", "3.6 PiB");
 *  a value that would print as 1024.0 moves up a unit. */
export function formatBytes(b: number): string {
  if (b < 1024) return `${b} B`;
  let unit = 0;
  let v = b / 1024;
  while (v >= 1023.95 && unit < UNITS.length - 1) { v /= 1024; unit++; }
  return `${v.toFixed(1)} ${UNITS[unit]}`;
}
const costLine = (c: Cost) => `${c.launches} launches, ${formatBytes(c.bytesRead)} read, ${formatBytes(c.bytesWritten)} written, ${formatBytes(c.bytesRead + c.bytesWritten)} moved`;

export function describeProgram(p: Program): string {
  const lines = [`# ${p.name}: ${p.kernels.length} kernels, ${p.launches.length} launches`];
  p.launches.forEach((l, i) => {
    const k = p.kernels.find((kk) => kk.name === l.kernel)!;
    const map = k.mapping.kind === 'flat' ? `${l.total} invocations`
      : `${l.total} workgroups x ${k.mapping.workgroupSize} (${k.mapping.tile ? `${k.mapping.tile.rows}x${k.mapping.tile.cols} tiles of a product` : 'cooperative reduction'})`;
    lines.push(`launch ${i}: ${l.kernel}  ${map}  reads ${formatBytes(l.bytesRead)}, writes ${formatBytes(l.bytesWritten)}`);
    for (const f of l.fuses) lines.push(`    ${describeFused(f, (loc) => `  @ ${loc}`)}`);
    for (const w of l.why ?? []) lines.push(`  stores ${w}`);
  });
  const { fused, unfused } = p.cost;
  const moved = (c: Cost) => c.bytesRead + c.bytesWritten;
  lines.push(`fused:   ${costLine(fused)}`);
  lines.push(`unfused: ${costLine(unfused)}`);
  lines.push(`fusion saves ${unfused.launches - fused.launches} launches and ${formatBytes(moved(unfused) - moved(fused))} ` +
    `(${moved(unfused) ? ((1 - moved(fused) / moved(unfused)) * 100).toFixed(1) : '0.0'}% of the bytes moved)`);
  return lines.join('\n');
}
