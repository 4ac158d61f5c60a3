// An evaluation's files: scores, the confusion matrix as JSON and CSV, its heatmap PNG and an HTML page.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../report/classification.ts';
import { CONFUSION_COLOR, confusionCsv, confusionSpec, writeEvaluation } from '../../report/evaluation-report.ts';
import { countColor, decodePng } from '../helpers/png.ts';

// 3 classes, 6 samples: class 0 right twice, class 1 once right once as 0, class 2 twice as 1
const SUMMARY = summarize({
  logits: [3, 0, 0, 3, 0, 0, 0, 3, 0, 3, 0, 0, 0, 3, 0, 0, 3, 1],
  labels: [0, 0, 1, 1, 2, 2],
  classes: 3,
}, ['left', 'right "fast"', 'up, then down']);

describe('evaluation report', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'tf-eval-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('the matrix as CSV, names quoted where they must be', () => {
    expect(SUMMARY.confusion).toEqual([[2, 0, 0], [1, 1, 0], [0, 2, 0]]);
    expect(confusionCsv(SUMMARY)).toBe([
      'true \\ predicted,left,"right ""fast""","up, then down"',
      'left,2,0,0',
      '"right ""fast""",1,1,0',
      '"up, then down",0,2,0',
      '',
    ].join('\n'));
  });

  it('the heatmap spec puts the class names on both axes in class order', () => {
    const spec = confusionSpec(SUMMARY, 't') as { data: { values: unknown[] }; encoding: Record<'x' | 'y', { sort: string[] }> };
    expect(spec.data.values).toHaveLength(9);
    expect(spec.data.values).toContainEqual({ truth: 'up, then down', predicted: 'right "fast"', count: 2 });
    expect(spec.encoding.x.sort).toEqual(['left', 'right "fast"', 'up, then down']);
    expect(spec.encoding.y.sort).toEqual(spec.encoding.x.sort);
  });

  it('writes scores, matrix, heatmap and page', async () => {
    const paths = await writeEvaluation(dir, SUMMARY, 'motion');
    const scores = JSON.parse(await readFile(paths.scores, 'utf8'));
    expect(scores).toMatchObject({ samples: 6, top1: 0.5, top5: null, meanClassAccuracy: 0.5 });
    expect(scores.perClass[2]).toEqual({ name: 'up, then down', samples: 2, correct: 0, accuracy: 0 });
    expect(JSON.parse(await readFile(paths.matrixJson, 'utf8'))).toEqual({
      rows: 'true class', columns: 'predicted class', classes: ['left', 'right "fast"', 'up, then down'], matrix: SUMMARY.confusion,
    });
    expect(await readFile(paths.matrixCsv, 'utf8')).toBe(confusionCsv(SUMMARY));
    const png = await readFile(paths.picture);
    const img = decodePng(png);
    expect(img.width).toBeGreaterThan(300);
    // the two cells of count 2 (the highest) are filled with the scale's end colour
    expect(countColor(img, CONFUSION_COLOR, 2)).toBeGreaterThan(1000);
    const html = await readFile(paths.html, 'utf8');
    expect(html).toContain(png.toString('base64'));
    expect(html).toContain('<td>right &quot;fast&quot;</td><td>2</td><td>1</td><td>50.0%</td>');
    expect(html).not.toMatch(/https?:/);
  });
});
