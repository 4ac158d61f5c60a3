// The run's picture: loss and accuracy per epoch, training and held-out, and the training loss per logged
// step, as plot.png and as report.html (the same picture and a table of the epochs' numbers). Both are
// rewritten whole after each epoch, each atomically, so a reader never sees half a file.
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { writeFileAtomic } from '../io/files.ts';
import { formatAmount, formatLoss, formatPercent } from './format.ts';
import { htmlPage, htmlTable, pngImage } from './html.ts';
import type { MetricRecord, MetricSplit } from './metrics.ts';
import { renderPng } from './render.ts';

/** The colour of each split's curves (the tests look for them in the picture). */
export const SPLIT_COLORS: Readonly<Record<MetricSplit, string>> = { train: '#1f6fb4', val: '#e8590c' };

export const PLOT_FILE = 'plot.png';
export const REPORT_FILE = 'report.html';
const PANEL = { width: 300, height: 220 };
/** One chart of a concatenation. */
type Panel = Extract<TopLevelSpec, { hconcat: unknown }>['hconcat'][number];

// A diverged value (NaN, Infinity) has no place on an axis: it is drawn as a gap (Vega-Lite leaves out
// null points), and the report's table says it.
const plotted = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The Vega-Lite spec of the run's curves: loss and accuracy against epoch (one line per split), and the
 *  training loss against step when there are step records. */
export function trainingPlotSpec(records: readonly MetricRecord[], title: string): TopLevelSpec {
  const epochs = records.filter((r) => r.kind === 'epoch').map((r) => ({ epoch: r.epoch, split: r.split, loss: plotted(r.loss), acc: plotted(r.acc) }));
  const steps = records.filter((r) => r.kind === 'step' && r.split === 'train').map((r) => ({ step: r.step, loss: plotted(r.loss) }));
  const perEpoch = (field: 'loss' | 'acc', axisTitle: string): Panel => ({
    ...PANEL,
    title: `${axisTitle} per epoch`,
    data: { values: epochs },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'epoch', type: 'quantitative', axis: { tickMinStep: 1, format: 'd' } },
      y: {
        field, type: 'quantitative', title: axisTitle,
        scale: field === 'acc' ? { domain: [0, 1] } : { zero: false }, axis: field === 'acc' ? { format: '%' } : {},
      },
      color: { field: 'split', type: 'nominal', title: null, scale: { domain: Object.keys(SPLIT_COLORS), range: Object.values(SPLIT_COLORS) } },
    },
  });
  const perStep: Panel = {
    ...PANEL,
    title: 'training loss per step',
    data: { values: steps },
    mark: { type: 'line', color: SPLIT_COLORS.train },
    encoding: {
      x: { field: 'step', type: 'quantitative' },
      y: { field: 'loss', type: 'quantitative', title: 'loss', scale: { zero: false } },
    },
  };
  return {
    title,
    hconcat: [
      perEpoch('loss', 'loss'),
      perEpoch('acc', 'accuracy'),
      ...(steps.length > 0 ? [perStep] : []),
    ],
  };
}

/** The rows of the report's table: one per epoch, the training and held-out numbers side by side. */
function epochRows(records: readonly MetricRecord[]): string[][] {
  const byEpoch = new Map<number, Partial<Record<MetricSplit, MetricRecord>>>();
  for (const r of records) if (r.kind === 'epoch') byEpoch.set(r.epoch, { ...byEpoch.get(r.epoch), [r.split]: r });
  return [...byEpoch].sort(([a], [b]) => a - b).map(([epoch, { train, val }]) => [
    String(epoch), String((train ?? val)!.step),
    train ? formatLoss(train.loss) : '', train ? formatPercent(train.acc) : '',
    val ? formatLoss(val.loss) : '', val ? formatPercent(val.acc) : '',
    train ? train.lr.toPrecision(4) : '', train ? formatAmount(train.clipsPerSec) : '', train ? formatAmount(train.stepMs) : '',
  ]);
}

export interface TrainingReportOptions {
  /** Shown above the plot and as the page's title. */
  title?: string;
  /** The PNG's width in pixels (its height follows the layout); default 1600. */
  widthPx?: number;
}

/** Writes plot.png and report.html of `records` (a run's metrics) into folder `dir` (which exists);
 *  returns their paths. */
export async function writeTrainingReport(dir: string, records: readonly MetricRecord[], options: TrainingReportOptions = {}):
Promise<{ plot: string; html: string }> {
  const title = options.title ?? 'training';
  const { png } = await renderPng(trainingPlotSpec(records, title), options.widthPx ?? 1600);
  const table = htmlTable(
    ['epoch', 'step', 'train loss', 'train acc', 'val loss', 'val acc', 'lr', 'clips/s', 'ms/step'],
    epochRows(records),
  );
  const paths = { plot: join(dir, PLOT_FILE), html: join(dir, REPORT_FILE) };
  await writeFileAtomic(paths.plot, png);
  await writeFileAtomic(paths.html, htmlPage(title, `${pngImage(png, 'loss and accuracy curves')}\n${table}`));
  return paths;
}
