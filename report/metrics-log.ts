// metrics.jsonl on disk: read it, and open it for a run to append to. Opening repairs what a crash leaves
// (an incomplete last line) and, on resume, takes out the records written after the checkpoint the run
// resumes from (the resumed run writes them again), so that the file stays one line per record, in order.
import { appendFile, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FileError, InternalError } from '../ir/errors.ts';
import { errno, makeFolder, writeFileAtomic } from '../io/files.ts';
import { formatMetric, metricProblem, parseMetrics, type MetricRecord, type ParsedMetrics } from './metrics.ts';

/** The records of the metrics file at `path` (parseMetrics: a ParseError for a corrupt line, a warning for
 *  an incomplete last line); a FileError when it cannot be read. */
export async function readMetrics(path: string): Promise<ParsedMetrics> {
  const text = await readFile(path, 'utf8').catch((e: unknown) => {
    throw new FileError(`cannot read ${path}: ${errno(e)}`);
  });
  return parseMetrics(text, path);
}

export interface OpenMetricsOptions {
  /** The step of the checkpoint a resumed run starts from: records of later steps are taken out. */
  resumeAtStep?: number;
}

/** A metrics file that a run appends records to, one line each. */
export class MetricsLog {
  private constructor(readonly path: string) {}

  /** Opens (and creates, with its folder) the metrics file at `path`. `records` are those it keeps, for
   *  a resumed run's plot; `warnings` say in a sentence each what opening left out. A corrupt line
   *  before the last is a ParseError: the file is left as it was. */
  static async open(path: string, options: OpenMetricsOptions = {}): Promise<ParsedMetrics & { log: MetricsLog }> {
    await makeFolder(dirname(path), path);
    const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return '';
      throw new FileError(`cannot read ${path}: ${errno(e)}`);
    });
    const { records, warnings } = parseMetrics(text, path);
    const at = options.resumeAtStep;
    const kept = at === undefined ? records : records.filter((r) => r.step <= at);
    if (kept.length < records.length) {
      warnings.push(`${path}: ${records.length - kept.length} record(s) after step ${at} left out (written after the checkpoint the run resumes from)`);
    }
    // rewritten whole when anything was left out or the last line lacks its newline (an empty or new file
    // included), so that appends start on a line of their own
    if (kept.length < records.length || !text.endsWith('\n')) await writeFileAtomic(path, kept.map(formatMetric).join(''));
    return { records: kept, warnings, log: new MetricsLog(path) };
  }

  /** Appends `record` as one line (a single write, so that a crash leaves at most that line incomplete).
   *  A record that breaks the schema is a bug of the caller's: an InternalError. */
  async append(record: MetricRecord): Promise<void> {
    const problem = metricProblem(record);
    if (problem) throw new InternalError(`metrics record with a bad "${problem.key}": expected ${problem.expected}, found ${problem.found}`);
    await appendFile(this.path, formatMetric(record)).catch((e: unknown) => {
      throw new FileError(`cannot write ${this.path}: ${errno(e)}`);
    });
  }
}
