// The run's plot and HTML report: a real PNG of the asked width with both splits' curves and legible text,
// and a page that holds the picture and the epochs' numbers with nothing fetched from the network.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricRecord } from '../../report/metrics.ts';
import { chartFont, renderPng } from '../../report/render.ts';
import { SPLIT_COLORS, trainingPlotSpec, writeTrainingReport } from '../../report/training-plot.ts';
import { countColor, decodePng, inkFraction } from '../helpers/png.ts';

const TIME = '2026-12-07T02:00:00.000Z';

/** Three epochs of two logged steps each, with held-out records. */
function run(): MetricRecord[] {
  const records: MetricRecord[] = [];
  let step = 0;
  for (let epoch = 1; epoch <= 3; epoch++) {
    for (let s = 0; s < 2; s++) {
      step += 5;
      records.push({ kind: 'step', split: 'train', epoch, step, loss: 2 / step, acc: 0.1 * epoch, lr: 0.05, clipsPerSec: 100, stepMs: 10, time: TIME });
    }
    records.push({ kind: 'epoch', split: 'train', epoch, step, loss: 1 / epoch, acc: 0.25 * epoch, lr: 0.05, clipsPerSec: 100, stepMs: 10, time: TIME });
    records.push({ kind: 'epoch', split: 'val', epoch, step, loss: 1.5 / epoch, acc: 0.2 * epoch, lr: 0.05, clipsPerSec: 300, stepMs: 4, time: TIME });
  }
  return records;
}

describe('training plot', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'tf-plot-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('plots loss and accuracy per epoch for both splits, and the training loss per step', () => {
    const spec = trainingPlotSpec(run(), 'run') as { hconcat: { title: string; data: { values: unknown[] } }[] };
    expect(spec.hconcat.map((p) => p.title)).toEqual(['loss per epoch', 'accuracy per epoch', 'training loss per step']);
    expect(spec.hconcat[0].data.values).toContainEqual({ epoch: 2, split: 'val', loss: 0.75, acc: 0.4 });
    expect(spec.hconcat[2].data.values).toHaveLength(6);
    const epochsOnly = trainingPlotSpec(run().filter((r) => r.kind === 'epoch'), 'run') as { hconcat: unknown[] };
    expect(epochsOnly.hconcat).toHaveLength(2);
  });

  it('writes plot.png: a PNG of the asked width showing both curves, and report.html with the picture and the numbers, offline', async () => {
    const records = run();
    records.push({ ...records.at(-1)!, epoch: 4, step: 40, loss: NaN, acc: 0.5 }); // a diverged held-out loss
    const paths = await writeTrainingReport(dir, records, { title: 'tam on motion <test>', widthPx: 1200 });
    expect(paths).toEqual({ plot: join(dir, 'plot.png'), html: join(dir, 'report.html') });
    const png = await readFile(paths.plot);
    const img = decodePng(png);
    expect(img.width).toBe(1200);
    expect(img.height).toBeGreaterThan(250);
    expect(img.height).toBeLessThan(600);
    expect(countColor(img, SPLIT_COLORS.train)).toBeGreaterThan(200);
    expect(countColor(img, SPLIT_COLORS.val)).toBeGreaterThan(200);
    expect(inkFraction(img)).toBeGreaterThan(0.02);

    const html = await readFile(paths.html, 'utf8');
    expect(html).toContain(`src="data:image/png;base64,${png.toString('base64')}"`);
    expect(html).toContain('<title>tam on motion &lt;test&gt;</title>');
    // epoch 2: train loss 0.5, acc 50%; held-out loss 0.75, acc 40%; epoch 4's loss diverged
    expect(html).toContain('<tr><td>2</td><td>20</td><td>0.5000</td><td>50.0%</td><td>0.7500</td><td>40.0%</td>');
    expect(html).toContain('<tr><td>4</td><td>40</td><td></td><td></td><td>nan</td><td>50.0%</td>');
    expect(html).not.toMatch(/https?:/);
  });

  it('draws text: the chart font is found', async () => {
    expect(chartFont.family).toBe('DejaVu Sans');
    const text = await renderPng({ width: 200, height: 60, data: { values: [{ t: 'Epoch' }] }, mark: { type: 'text', fontSize: 40 }, encoding: { text: { field: 't' } }, config: { view: { stroke: null } } }, 400);
    expect(inkFraction(decodePng(text.png))).toBeGreaterThan(0.01);
  });
});
