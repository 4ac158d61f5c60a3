// The files of an evaluation: the scores as JSON, the confusion matrix as JSON, CSV and a heatmap PNG, and
// an HTML page with the heatmap and the per-class table. Each file is written atomically.
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { writeFileAtomic } from '../io/files.ts';
import type { ClassificationSummary } from './classification.ts';
import { formatPercent } from './format.ts';
import { htmlPage, htmlTable, pngImage } from './html.ts';
import { renderPng } from './render.ts';

export const EVAL_FILES = {
  scores: 'eval.json', matrixJson: 'confusion.json', matrixCsv: 'confusion.csv', picture: 'confusion.png', html: 'eval.html',
} as const;

/** The heatmap's fill at its highest count (the tests look for it in the picture). */
export const CONFUSION_COLOR = '#08306b';
const CELL_PX = 28;
/** The heatmap's side in chart units (the PNG is drawn about twice as large). */
const heatmapSide = (classes: number): number => Math.max(160, CELL_PX * classes);

/** The Vega-Lite spec of the confusion heatmap: true class down, predicted class across, in class order,
 *  each cell filled by its count and labelled with it. */
export function confusionSpec(s: ClassificationSummary, title: string): TopLevelSpec {
  const names = s.perClass.map((c) => c.name);
  const cells = s.confusion.flatMap((row, t) => row.map((count, q) => ({ truth: names[t], predicted: names[q], count })));
  const max = Math.max(1, ...cells.map((c) => c.count));
  const side = heatmapSide(names.length);
  return {
    title,
    width: side,
    height: side,
    data: { values: cells },
    encoding: {
      x: { field: 'predicted', type: 'ordinal', sort: names, title: 'predicted class', axis: { labelAngle: -45 } },
      y: { field: 'truth', type: 'ordinal', sort: names, title: 'true class' },
    },
    layer: [
      {
        mark: 'rect',
        encoding: { color: { field: 'count', type: 'quantitative', title: 'clips', scale: { domain: [0, max], range: ['#ffffff', CONFUSION_COLOR], interpolate: 'rgb' } } },
      },
      {
        mark: { type: 'text', fontSize: 10 },
        encoding: {
          text: { field: 'count', type: 'quantitative' },
          // dark text on light cells, light on dark
          color: { condition: { test: `datum.count > ${max / 2}`, value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}

/** The matrix as CSV: a header of predicted classes, then a row per true class led by its name. */
export function confusionCsv(s: ClassificationSummary): string {
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const names = s.perClass.map((c) => c.name);
  return [['true \\ predicted', ...names], ...s.confusion.map((row, t) => [names[t], ...row.map(String)])]
    .map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** Writes the evaluation's files (EVAL_FILES) into folder `dir` (which exists); returns their paths. */
export async function writeEvaluation(dir: string, s: ClassificationSummary, title = 'evaluation'):
Promise<Record<keyof typeof EVAL_FILES, string>> {
  const paths = Object.fromEntries(Object.entries(EVAL_FILES).map(([k, f]) => [k, join(dir, f)])) as Record<keyof typeof EVAL_FILES, string>;
  const names = s.perClass.map((c) => c.name);
  const { png } = await renderPng(confusionSpec(s, `${title}: confusion matrix`), 2 * (heatmapSide(names.length) + 160));
  const scores = { samples: s.samples, top1: s.top1, top5: s.top5, meanClassAccuracy: s.meanClassAccuracy, perClass: s.perClass };
  const lines = [
    `top-1 ${formatPercent(s.top1)}`, ...(s.top5 !== null ? [`top-5 ${formatPercent(s.top5)}`] : []),
    `mean class accuracy ${formatPercent(s.meanClassAccuracy)}`, `${s.samples} clips`,
  ];
  const table = htmlTable(['class', 'clips', 'correct', 'accuracy'],
    s.perClass.map((c) => [c.name, String(c.samples), String(c.correct), c.accuracy === null ? 'no clips' : formatPercent(c.accuracy)]));
  await writeFileAtomic(paths.scores, `${JSON.stringify(scores, null, 2)}\n`);
  await writeFileAtomic(paths.matrixJson, `${JSON.stringify({ rows: 'true class', columns: 'predicted class', classes: names, matrix: s.confusion })}\n`);
  await writeFileAtomic(paths.matrixCsv, confusionCsv(s));
  await writeFileAtomic(paths.picture, png);
  await writeFileAtomic(paths.html, htmlPage(title, `<p>${lines.join(' | ')}</p>\n${pngImage(png, 'confusion matrix')}\n${table}`));
  return paths;
}
