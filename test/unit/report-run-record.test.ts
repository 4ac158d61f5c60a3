// A run's record in its folder: records appended to metrics.jsonl and kept for the plot, across a resume.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MetricRecord } from '../../report/metrics.ts';
import { readMetrics } from '../../report/metrics-log.ts';
import { METRICS_FILE, RunRecord } from '../../report/run-record.ts';

const epoch = (n: number, split: 'train' | 'val'): MetricRecord => ({
  kind: 'epoch', split, epoch: n, step: 10 * n, loss: 1 / n, acc: 0.2 * n, lr: 0.1, clipsPerSec: 50, stepMs: 20, time: '2026-12-07T02:00:00.000Z',
});

describe('run record', () => {
  let dir: string;
  beforeEach(async () => { dir = join(await mkdtemp(join(tmpdir(), 'tf-run-')), 'run'); });
  afterEach(async () => { await rm(join(dir, '..'), { recursive: true, force: true }); });

  it('appends records, redraws the report from all of them, and resumes from a checkpoint step', async () => {
    const { run, warnings } = await RunRecord.open(dir, { title: 'motion' });
    expect(warnings).toEqual([]);
    for (const n of [1, 2, 3]) {
      await run.add(epoch(n, 'train'));
      await run.add(epoch(n, 'val'));
    }
    expect(await run.writeReport()).toEqual({ plot: join(dir, 'plot.png'), html: join(dir, 'report.html') });
    expect((await stat(join(dir, 'plot.png'))).size).toBeGreaterThan(1000);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain('<title>motion</title>');
    expect((await readMetrics(join(dir, METRICS_FILE))).records).toHaveLength(6);

    // the checkpoint was taken after epoch 2 (step 20): epoch 3 is run again
    const resumed = await RunRecord.open(dir, { resumeAtStep: 20 });
    expect(resumed.warnings).toHaveLength(1);
    expect(resumed.run.records.map((r) => r.epoch)).toEqual([1, 1, 2, 2]);
    await resumed.run.add(epoch(3, 'train'));
    expect(resumed.run.records).toHaveLength(5);
    expect((await readMetrics(join(dir, METRICS_FILE))).records).toEqual(resumed.run.records);
  });
});
