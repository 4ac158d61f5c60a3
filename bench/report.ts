// Summaries of a run: per case and system, the median over rounds of each round's median forward, its
// min and max, the ratio to tempofuse's median, and the fraction of the copy kernel's bandwidth reached
// where the case's ideal bytes are known; then the markdown table the README shows.
import { median, type KernelTime } from './system.ts';
import { machineLine, type Machine } from './machine.ts';
import { SYSTEM_LABELS, type SystemName } from './systems/registry.ts';

export interface Check { pass: boolean; relError: number; maxAbsError: number; detail?: string }

/** Everything one system said about one case over the run. */
export interface Row {
  case: string;
  system: SystemName;
  device?: string;
  note?: string;
  check?: Check;
  /** Each round's median ms, and GPU-timestamp ms where the system has it. */
  roundsMs: number[];
  gpuMs: number[];
  repeats: number[];
  /** tempofuse: each round's launches (GPU time and cost-model bytes), in launch order. */
  kernels: KernelTime[][];
  /** Why there is no time: not written, the check failed, an error, or the process limit. */
  status: 'timed' | 'unavailable' | 'failed' | 'error' | 'timeout';
  reason?: string;
  checkMs?: number;
}

export interface Stats { median: number; min: number; max: number; spread: number }

/** One launch over the rounds: its median GPU time, the GB/s its cost-model bytes make of it, and that as a
 *  fraction of the copy kernel's bandwidth. */
export interface KernelSummary { launch: number; kernel: string; ms: number; bytes: number; gbPerS: number; ofCopy: number }

export interface Summary extends Row {
  stats?: Stats; gpuMedianMs?: number; vsOurs?: number; gbPerS?: number; ofCopy?: number; launches?: KernelSummary[];
}

function launchesOf(rounds: readonly KernelTime[][], copyGbPerS: number): KernelSummary[] | undefined {
  if (!rounds.length) return undefined;
  return rounds[0].map((k, i) => {
    const ms = median(rounds.map((r) => r[i].ms));
    const gbPerS = k.bytes / (ms * 1e6);
    return { launch: i, kernel: k.kernel, ms, bytes: k.bytes, gbPerS, ofCopy: gbPerS / copyGbPerS };
  });
}

export interface Limits { copyGbPerS: number[]; copyMs: number[]; dispatchUs: number[]; check: Check | { pass: boolean; detail?: string } }

export interface RunReport {
  date: string;
  machine: Machine;
  rounds: number;
  budgetMs: number;
  timeoutS: number;
  limits: Limits & { copyGbPerSMedian: number; dispatchUsMedian: number; copyBytes: number };
  cases: { id: string; title: string; idealBytes?: number; referenceMs: number; rows: Summary[] }[];
}

export function stats(xs: readonly number[]): Stats | undefined {
  if (!xs.length) return undefined;
  const m = median(xs), min = Math.min(...xs), max = Math.max(...xs);
  return { median: m, min, max, spread: (max - min) / m };
}

export function summarise(rows: readonly Row[], idealBytes: number | undefined, copyGbPerS: number): Summary[] {
  const ours = stats(rows.find((r) => r.system === 'ours')?.roundsMs ?? []);
  return rows.map((r) => {
    const s = stats(r.roundsMs);
    if (!s) return { ...r };
    const gbPerS = idealBytes !== undefined ? idealBytes / (s.median * 1e6) : undefined;
    return {
      ...r, stats: s, gpuMedianMs: r.gpuMs.length ? median(r.gpuMs) : undefined,
      vsOurs: ours ? s.median / ours.median : undefined,
      gbPerS, ofCopy: gbPerS !== undefined && r.system !== 'torch-cpu' ? gbPerS / copyGbPerS : undefined,
      launches: launchesOf(r.kernels ?? [], copyGbPerS),
    };
  });
}

const ms = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3));
const sci = (v: number): string => (v === 0 ? '0' : v.toExponential(1));

function cell(r: Summary): string[] {
  const check = r.check ? `${r.check.pass ? 'pass' : '**FAIL**'} (${sci(r.check.relError)})` : '–';
  if (!r.stats) return [SYSTEM_LABELS[r.system], check, `– (${r.reason ?? r.status})`, '', '', ''];
  const s = r.stats;
  const time = `${ms(s.median)} [${ms(s.min)}–${ms(s.max)}]${r.gpuMedianMs !== undefined ? `, GPU ${ms(r.gpuMedianMs)}` : ''}`;
  const ratio = r.vsOurs !== undefined ? `${r.vsOurs >= 1 ? r.vsOurs.toFixed(2) : r.vsOurs.toPrecision(2)}×` : '';
  const bw = r.gbPerS !== undefined ? `${r.gbPerS.toFixed(3)}${r.ofCopy !== undefined ? ` (${(100 * r.ofCopy).toFixed(0)}%)` : ''}` : '';
  // timed in some rounds, then stopped (e.g. a later round ran past the process limit): say so
  const stopped = r.status !== 'timed' ? `timed in ${r.roundsMs.length} round(s), then ${r.status}: ${r.reason}` : '';
  return [SYSTEM_LABELS[r.system], check, time, ratio, bw, [r.note, stopped].filter(Boolean).join('; ')];
}

/** Launches listed per case: the slowest ones, the rest summed in one line. */
const LAUNCHES_SHOWN = 6;

/** tempofuse's launches of a case, slowest first: time, cost-model bytes, GB/s and fraction of the copy. */
function launchTable(launches: readonly KernelSummary[]): string[] {
  const slow = [...launches].sort((a, b) => b.ms - a.ms);
  const shown = slow.slice(0, LAUNCHES_SHOWN), rest = slow.slice(LAUNCHES_SHOWN);
  const out = [
    `tempofuse's launches${rest.length ? `, the ${LAUNCHES_SHOWN} slowest of ${launches.length}` : ''} (GPU time, median over rounds; bytes as the cost model counts them):`,
    '',
    '| launch | kernel | GPU ms | MiB moved | GB/s (of copy) |', '| --- | --- | --- | --- | --- |',
    ...shown.map((k) => `| ${k.launch} | ${k.kernel} | ${ms(k.ms)} | ${(k.bytes / 2 ** 20).toFixed(2)} | ${k.gbPerS.toFixed(3)} (${(100 * k.ofCopy).toFixed(1)}%) |`),
  ];
  if (rest.length) {
    const [t, b] = [rest.reduce((a, k) => a + k.ms, 0), rest.reduce((a, k) => a + k.bytes, 0)];
    out.push(`| ${rest.length} more | | ${ms(t)} in all | ${(b / 2 ** 20).toFixed(2)} | |`);
  }
  return [...out, ''];
}

export function markdown(rep: RunReport): string {
  const L = rep.limits;
  const out = [
    `### WebGPU suite, ${rep.date}`,
    '',
    `Machine: ${machineLine(rep.machine)}.`,
    '',
    `Every row was measured in the same run, each system in its own process, in ${rep.rounds} interleaved rounds; ` +
    `a row's time is the median over rounds of each round's median warm forward (each forward ended by a device ` +
    `sync; about ${rep.budgetMs} ms of forwards per process), with the min and max of the round medians. ` +
    `"× ours" is the row's time over tempofuse's (above 1: slower than tempofuse). GB/s counts the bytes an ideal ` +
    `kernel moves (each input and output once), with the fraction of the copy kernel's bandwidth. Every system's ` +
    `output was first checked against the float64 reference interpreter (max |y − y64| / max |y64|); a failing ` +
    `system is not timed. PyTorch runs on the CPU: a different device, for reference only.`,
    '',
    `Limits of this adapter: vec4 copy ${L.copyGbPerSMedian.toFixed(3)} GB/s (read + write of ${L.copyBytes / 2 ** 20} MiB; ` +
    `rounds ${L.copyGbPerS.map((v) => v.toFixed(3)).join(', ')}), ${L.dispatchUsMedian.toFixed(1)} µs per extra dispatch in one pass ` +
    `(rounds ${L.dispatchUs.map((v) => v.toFixed(1)).join(', ')}).`,
    '',
  ];
  for (const c of rep.cases) {
    out.push(`**${c.id}**: ${c.title}${c.idealBytes !== undefined ? ` (ideal ${(c.idealBytes / 2 ** 20).toFixed(2)} MiB)` : ''}`, '');
    out.push('| system | check (rel. error) | ms median [min–max] | × ours | GB/s (of copy) | note |', '| --- | --- | --- | --- | --- | --- |');
    const notWritten = c.rows.filter((r) => r.status === 'unavailable' && !r.stats);
    for (const r of c.rows) if (!notWritten.includes(r)) out.push(`| ${cell(r).join(' | ')} |`);
    out.push('');
    if (notWritten.length) out.push(`Not written for this case: ${notWritten.map((r) => SYSTEM_LABELS[r.system]).join(', ')}.`, '');
    const ours = c.rows.find((r) => r.system === 'ours')?.launches;
    if (ours?.length) out.push(...launchTable(ours));
  }
  return out.join('\n');
}
