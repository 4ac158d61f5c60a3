// Re-render a results JSON's markdown table (after a change to the report's layout):
// `tsx bench/render.ts bench/results/<date>-webgpu.json [--readme] > bench/results/latest-webgpu.md`;
// --readme also puts it in README.md's Performance section.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { updateReadme } from './readme.ts';
import { markdown, type RunReport } from './report.ts';

const [file, flag] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/render.ts <results .json> [--readme]');
const table = markdown(JSON.parse(await readFile(file, 'utf8')) as RunReport);
if (flag === '--readme' && !(await updateReadme(dirname(dirname(fileURLToPath(import.meta.url))), table))) {
  throw new Error('README.md has no bench:webgpu markers');
}
process.stdout.write(`${table}\n`);
