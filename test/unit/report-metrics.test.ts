// metrics.jsonl: records written and read back, corrupt and incomplete lines, and the repairs a run makes
// when it opens the file again (after a crash, on resume).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileError, InternalError, ParseError } from '../../ir/errors.ts';
import { formatMetric, parseMetrics, type MetricRecord } from '../../report/metrics.ts';
import { MetricsLog, readMetrics } from '../../report/metrics-log.ts';

const TIME = '2026-12-07T02:00:00.000Z';
const rec = (over: Partial<MetricRecord> = {}): MetricRecord => ({
  kind: 'step', split: 'train', epoch: 1, step: 10, loss: 1.25, acc: 0.5, lr: 0.01, clipsPerSec: 120.5, stepMs: 8.25, time: TIME, ...over,
});

describe('metrics lines', () => {
  it('round-trips records, non-finite numbers included', () => {
    const records = [rec(), rec({ kind: 'epoch', split: 'val', step: 20, loss: NaN, acc: 0 }), rec({ step: 30, loss: Infinity, lr: -Infinity })];
    const text = records.map(formatMetric).join('');
    expect(text.split('\n')).toHaveLength(4);
    expect(text).toContain('"loss":"NaN"');
    expect(parseMetrics(text, 'm.jsonl')).toEqual({ records, warnings: [] });
  });

  it('names the line and key of a corrupt line', () => {
    const good = formatMetric(rec());
    const cases: [string, RegExp][] = [
      [`${good}{"kind":"step",\n${good}`, /^m\.jsonl:2: a line of metrics that is not JSON/],
      [`${good}${good.replace('"step"', '"batch"')}`, /^m\.jsonl:2: .*"kind" \(expected "step" or "epoch", found "batch"\)/],
      [`${good.replace('"epoch":1', '"epoch":0')}`, /^m\.jsonl:1: .*"epoch" \(expected an integer >= 1, found 0\)/],
      [`${good.replace('"acc":0.5', '"acc":"high"')}`, /"acc"/],
      [`${good.replace(`,"time":"${TIME}"`, '')}`, /"time" \(expected an ISO 8601 time, found nothing\)/],
      [`${good.replace('{', '{"extra":1,')}`, /"extra" \(expected no other key/],
      [`${good}\n${good}`, /^m\.jsonl:2: a line of metrics that is not JSON/], // a blank line is not a record either
      ['[1,2]\n', /^m\.jsonl:1: .*expected a JSON object/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseMetrics(text, 'm.jsonl'), text).toThrow(ParseError);
      expect(() => parseMetrics(text, 'm.jsonl'), text).toThrow(message);
    }
  });

  it('leaves out an incomplete last line with a warning; keeps a complete one that lacks its newline', () => {
    const good = formatMetric(rec());
    const cut = formatMetric(rec({ step: 20 })).slice(0, 40);
    expect(parseMetrics(good + cut, 'm.jsonl')).toEqual({
      records: [rec()],
      warnings: ['m.jsonl:2: an incomplete last record (the run stopped while writing it) is left out'],
    });
    expect(parseMetrics(good + good.trimEnd(), 'm.jsonl')).toEqual({ records: [rec(), rec()], warnings: [] });
    expect(parseMetrics('', 'm.jsonl')).toEqual({ records: [], warnings: [] });
  });
});

describe('metrics file', () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'tf-metrics-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('creates the file and its folder, appends, and reads back', async () => {
    const path = join(dir, 'run', 'metrics.jsonl');
    const { log, records, warnings } = await MetricsLog.open(path);
    expect([records, warnings]).toEqual([[], []]);
    expect(await readFile(path, 'utf8')).toBe('');
    await log.append(rec());
    await log.append(rec({ kind: 'epoch', step: 20 }));
    expect((await readMetrics(path)).records).toEqual([rec(), rec({ kind: 'epoch', step: 20 })]);
  });

  it('after a crash mid-line, opening drops the incomplete line so that appends stay readable', async () => {
    const path = join(dir, 'metrics.jsonl');
    await writeFile(path, formatMetric(rec()) + formatMetric(rec({ step: 20 })).slice(0, 30));
    const opened = await MetricsLog.open(path);
    expect(opened.records).toEqual([rec()]);
    expect(opened.warnings).toEqual([expect.stringMatching(/metrics\.jsonl:2: an incomplete last record/)]);
    await opened.log.append(rec({ step: 20 }));
    expect(await readMetrics(path)).toEqual({ records: [rec(), rec({ step: 20 })], warnings: [] });
  });

  it('ends a complete last line that lacks its newline before appending', async () => {
    const path = join(dir, 'metrics.jsonl');
    await writeFile(path, formatMetric(rec()).trimEnd());
    const { log } = await MetricsLog.open(path);
    await log.append(rec({ step: 20 }));
    expect((await readMetrics(path)).records).toEqual([rec(), rec({ step: 20 })]);
  });

  it('on resume, takes out the records after the checkpoint step and says so', async () => {
    const path = join(dir, 'metrics.jsonl');
    await writeFile(path, [10, 20, 30, 40].map((step) => formatMetric(rec({ step }))).join(''));
    const { records, warnings } = await MetricsLog.open(path, { resumeAtStep: 20 });
    expect(records.map((r) => r.step)).toEqual([10, 20]);
    expect(warnings).toEqual([`${path}: 2 record(s) after step 20 left out (written after the checkpoint the run resumes from)`]);
    expect((await readMetrics(path)).records.map((r) => r.step)).toEqual([10, 20]);
  });

  it('refuses a file corrupt before its last line, and leaves it as it was', async () => {
    const path = join(dir, 'metrics.jsonl');
    const text = `${formatMetric(rec())}garbage\n${formatMetric(rec())}`;
    await writeFile(path, text);
    await expect(MetricsLog.open(path)).rejects.toThrow(/metrics\.jsonl:2: a line of metrics that is not JSON/);
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('rejects a record that breaks the schema as a bug of the caller, and a missing file as a FileError', async () => {
    const { log } = await MetricsLog.open(join(dir, 'metrics.jsonl'));
    await expect(log.append(rec({ step: 1.5 }))).rejects.toThrow(InternalError);
    await expect(readMetrics(join(dir, 'none.jsonl'))).rejects.toThrow(FileError);
  });
});
