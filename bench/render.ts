// Re-render a results JSON's markdown table (after a change to the report's layout):
// `tsx bench/render.ts bench/results/<date>-webgpu.json > bench/results/latest-webgpu.md`.
import { readFile } from 'node:fs/promises';
import { markdown, type RunReport } from './report.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx bench/render.ts <results .json>');
process.stdout.write(`${markdown(JSON.parse(await readFile(file, 'utf8')) as RunReport)}\n`);
