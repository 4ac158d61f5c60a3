// The README's Performance section shows the latest WebGPU table: it lives between two markers, and every
// full run (or `tsx bench/render.ts <json> --readme`) replaces what is between them.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const START = '<!-- bench:webgpu:start -->';
const END = '<!-- bench:webgpu:end -->';

export async function updateReadme(root: string, table: string): Promise<boolean> {
  const path = join(root, 'README.md');
  const text = await readFile(path, 'utf8');
  const a = text.indexOf(START), b = text.indexOf(END);
  if (a < 0 || b < a) return false;
  await writeFile(path, `${text.slice(0, a + START.length)}\n${table.replace(/^### /, '#### ')}\n${text.slice(b)}`);
  return true;
}
