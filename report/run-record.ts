// A training run's record in its run folder: metrics.jsonl appended record by record, and the plot and
// HTML report redrawn from all the records so far. The one object a training loop keeps for its files.
import { join } from 'node:path';
import type { MetricRecord } from './metrics.ts';
import { MetricsLog, type OpenMetricsOptions } from './metrics-log.ts';
import { writeTrainingReport, type TrainingReportOptions } from './training-plot.ts';

export const METRICS_FILE = 'metrics.jsonl';

export class RunRecord {
  private constructor(
    readonly dir: string,
    private readonly log: MetricsLog,
    private readonly kept: MetricRecord[],
    private readonly report: TrainingReportOptions,
  ) {}

  /** Opens the record of the run in folder `dir` (made when missing): a new run's, or a resumed run's
   *  (`resumeAtStep`, see MetricsLog.open). `warnings` say what opening left out of metrics.jsonl. */
  static async open(dir: string, options: OpenMetricsOptions & TrainingReportOptions = {}): Promise<{ run: RunRecord; warnings: string[] }> {
    const { resumeAtStep, ...report } = options;
    const { log, records, warnings } = await MetricsLog.open(join(dir, METRICS_FILE), { resumeAtStep });
    return { run: new RunRecord(dir, log, records, report), warnings };
  }

  /** The records so far, those of earlier runs resumed from included. */
  get records(): readonly MetricRecord[] {
    return this.kept;
  }

  /** Appends `record` to metrics.jsonl. */
  async add(record: MetricRecord): Promise<void> {
    await this.log.append(record);
    this.kept.push(record);
  }

  /** Redraws plot.png and report.html from the records so far (after each epoch). */
  async writeReport(): Promise<{ plot: string; html: string }> {
    return writeTrainingReport(this.dir, this.kept, this.report);
  }
}
