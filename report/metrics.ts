// One training run's metrics as JSON lines (metrics.jsonl): a record per logged step interval and per
// epoch, each a JSON object on a line of its own, so that a run can append as it goes and a resumed run
// can go on appending to the same file. Numbers that JSON cannot hold (a diverged loss is NaN or
// Infinity) are written as the strings "NaN", "Infinity" and "-Infinity" and read back as numbers.
import { ParseError } from '../ir/errors.ts';

export type MetricKind = 'step' | 'epoch';
export type MetricSplit = 'train' | 'val';

export interface MetricRecord {
  /** 'step': the mean over the steps since the previous step record; 'epoch': the mean over an epoch. */
  kind: MetricKind;
  /** 'train': the training batches; 'val': the held-out set. */
  split: MetricSplit;
  /** The epoch the record belongs to, counted from 1. */
  epoch: number;
  /** Optimizer steps done since the run began when the record was taken. */
  step: number;
  loss: number;
  /** Top-1 accuracy, a fraction in [0, 1]. */
  acc: number;
  /** The learning rate of the last step. */
  lr: number;
  clipsPerSec: number;
  /** Mean wall time of one step (one evaluation batch for 'val'), in milliseconds. */
  stepMs: number;
  /** When the record was taken, ISO 8601 UTC. */
  time: string;
}

const KINDS: readonly string[] = ['step', 'epoch'];
const SPLITS: readonly string[] = ['train', 'val'];
const COUNTS = ['epoch', 'step'] as const;
const MEASURES = ['loss', 'acc', 'lr', 'clipsPerSec', 'stepMs'] as const;
const NON_FINITE: Readonly<Record<string, number>> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** The record as one line of metrics.jsonl, newline included; its keys in a fixed order. */
export function formatMetric(r: MetricRecord): string {
  const num = (x: number): number | string => (Number.isFinite(x) ? x : String(x));
  return `${JSON.stringify({
    kind: r.kind, split: r.split, epoch: r.epoch, step: r.step,
    loss: num(r.loss), acc: num(r.acc), lr: num(r.lr), clipsPerSec: num(r.clipsPerSec), stepMs: num(r.stepMs),
    time: r.time,
  })}\n`;
}

/** Where `value` (a parsed line, or a record about to be written) breaks the record's schema, as
 *  { key, expected, found }; undefined when it is a record. */
export function metricProblem(value: unknown): { key: string; expected: string; found: string } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { key: '(line)', expected: 'a JSON object', found: JSON.stringify(value) };
  }
  const o = value as Record<string, unknown>;
  const show = (x: unknown) => (x === undefined ? 'nothing' : typeof x === 'number' ? String(x) : JSON.stringify(x));
  if (!KINDS.includes(o.kind as string)) return { key: 'kind', expected: '"step" or "epoch"', found: show(o.kind) };
  if (!SPLITS.includes(o.split as string)) return { key: 'split', expected: '"train" or "val"', found: show(o.split) };
  for (const key of COUNTS) {
    const min = key === 'epoch' ? 1 : 0;
    if (!Number.isSafeInteger(o[key]) || (o[key] as number) < min) return { key, expected: `an integer >= ${min}`, found: show(o[key]) };
  }
  for (const key of MEASURES) {
    if (typeof o[key] !== 'number' && !(typeof o[key] === 'string' && o[key] in NON_FINITE)) {
      return { key, expected: 'a number (or "NaN", "Infinity", "-Infinity")', found: show(o[key]) };
    }
  }
  if (typeof o.time !== 'string' || Number.isNaN(Date.parse(o.time))) return { key: 'time', expected: 'an ISO 8601 time', found: show(o.time) };
  const extra = Object.keys(o).find((k) => !['kind', 'split', 'time', ...COUNTS, ...MEASURES].includes(k));
  if (extra !== undefined) return { key: extra, expected: 'no other key', found: show(o[extra]) };
  return undefined;
}

export interface ParsedMetrics {
  records: MetricRecord[];
  /** Lines read but not kept, each said in a sentence naming its line (an incomplete last line). */
  warnings: string[];
}

/** The records of metrics.jsonl text (`file` names it in messages). A line that does not parse or breaks
 *  the schema is a ParseError naming `file:line` and the key; except the last line when the text does not
 *  end with a newline and that line does not parse: a run stopped while writing it, so it is left out and
 *  said so in `warnings`. An empty text has no records. */
export function parseMetrics(text: string, file: string): ParsedMetrics {
  const lines = text.split('\n');
  const unterminated = lines.pop()!; // '' when the text ends with a newline
  const records: MetricRecord[] = [];
  const warnings: string[] = [];
  const read = (line: string, n: number, last: boolean): void => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      if (last) {
        warnings.push(`${file}:${n}: an incomplete last record (the run stopped while writing it) is left out`);
        return;
      }
      throw new ParseError('a line of metrics that is not JSON', { loc: `${file}:${n}`, expected: 'one JSON object per line', found: preview(line) });
    }
    const problem = metricProblem(value);
    if (problem) {
      throw new ParseError(`a metrics record with a bad "${problem.key}"`, { loc: `${file}:${n}`, expected: problem.expected, found: problem.found });
    }
    const o = value as Record<string, unknown>;
    const num = (x: unknown): number => (typeof x === 'string' ? NON_FINITE[x] : (x as number));
    records.push({
      kind: o.kind as MetricKind, split: o.split as MetricSplit, epoch: o.epoch as number, step: o.step as number,
      loss: num(o.loss), acc: num(o.acc), lr: num(o.lr), clipsPerSec: num(o.clipsPerSec), stepMs: num(o.stepMs),
      time: o.time as string,
    });
  };
  lines.forEach((line, i) => read(line, i + 1, false));
  if (unterminated !== '') read(unterminated, lines.length + 1, true);
  return { records, warnings };
}

const preview = (line: string): string => JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}...` : line);
