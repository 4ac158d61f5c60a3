// The machine a run was measured on, as the report states it: adapter, CPU model and cores, Node, and
// the load average around the run (the cores may be shared with other work).
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  adapter: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  loadAtStart: number[];
  loadAtEnd?: number[];
}

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1].trim();
  } catch { /* not Linux: fall back to Node's view */ }
  return cpus()[0]?.model ?? 'unknown CPU';
}

export function describeMachine(adapter: string): Machine {
  return {
    adapter, cpu: cpuModel(), cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version, loadAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

export const machineLine = (m: Machine): string =>
  `${m.adapter}; ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}; load average (1/5/15 min) ` +
  `${m.loadAtStart.join('/')} at start${m.loadAtEnd ? `, ${m.loadAtEnd.join('/')} at end` : ''}`;
